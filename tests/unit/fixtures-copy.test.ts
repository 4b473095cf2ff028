import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const shared = path.resolve(root, "../shared/fixtures");

describe("the committed copy of the shared fixtures", () => {
  const files = ["seed-article.txt", "seed-article.expected.json"];
  (fs.existsSync(shared) ? it : it.skip)("matches ../shared/fixtures byte for byte", () => {
    for (const file of files) {
      expect(fs.readFileSync(path.join(root, "tests/fixtures/shared", file), "utf8")).toBe(fs.readFileSync(path.join(shared, file), "utf8"));
    }
  });
});
