import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * The shared fixtures (the seed article and what ingesting it must yield): ../shared/fixtures beside the
 * project when present (it is the source of truth), else the copy committed in tests/fixtures/shared.
 */
export const SHARED_FIXTURES = [path.resolve(root, "../shared/fixtures"), path.join(root, "tests/fixtures/shared")].find((dir) =>
  fs.existsSync(path.join(dir, "seed-article.expected.json")),
)!;
