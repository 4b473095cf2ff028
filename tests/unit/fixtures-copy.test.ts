import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const shared = path.resolve(root, "../shared/fixtures");

describe("the committed copy of the shared fixtures", () => {
  const files = ["seed-article.txt", "seed-article.expected.json", "API.md"];
  (fs.existsSync(shared) ? it : it.skip)("matches ../shared/fixtures byte for byte", () => {
    for (const file of files) {
      const original = file === "API.md" ? path.resolve(shared, "..", file) : path.join(shared, file);
      expect(fs.readFileSync(path.join(root, "tests/fixtures/shared", file), "utf8")).toBe(fs.readFileSync(original, "utf8"));
    }
  });
});
