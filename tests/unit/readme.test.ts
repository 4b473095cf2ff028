import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

describe("README", () => {
  it("documents every setting src/config.ts reads", () => {
    const config = fs.readFileSync(path.join(root, "src/config.ts"), "utf8");
    const names = new Set([...config.matchAll(/env\.([A-Z][A-Z0-9_]+)/g), ...config.matchAll(/Setting\(env, "([A-Z][A-Z0-9_]+)"/g)].map((m) => m[1]));
    expect(names.size).toBeGreaterThan(10);
    const missing = [...names].filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it("documents every npm script", () => {
    const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts);
    const missing = scripts.filter((name) => !readme.includes(name === "test" || name === "start" ? `npm ${name}` : `npm run ${name}`));
    expect(missing).toEqual([]);
  });
});
