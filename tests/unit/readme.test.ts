import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const configSource = fs.readFileSync(path.join(root, "src/config.ts"), "utf8");

/** What a default written in config.ts means in the README ("—" for none), or undefined when it is computed. */
function literal(expression: string): string | undefined {
  const text = expression.trim();
  if (/^-?[\d_]+(\.\d+)?$/.test(text)) return text.replace(/_/g, "");
  if (text === "true" || text === "false") return text;
  if (text === "null" || text === '""') return "—";
  const quoted = /^"([^"]*)"$/.exec(text);
  return quoted ? quoted[1] : undefined;
}

/** Every setting src/config.ts reads, with its default as written there (undefined: computed, or none given). */
function configSettings(): Map<string, string | undefined> {
  const settings = new Map<string, string | undefined>();
  for (const m of configSource.matchAll(/env\.([A-Z][A-Z0-9_]+)/g)) settings.set(m[1], undefined);
  for (const m of configSource.matchAll(/env\.([A-Z][A-Z0-9_]+) (?:\|\||\?\?) ([^,;)\n]+)/g)) settings.set(m[1], literal(m[2]));
  for (const m of configSource.matchAll(/(?:int|bool)Setting\(env, "([A-Z][A-Z0-9_]+)", ([^,]+),/g)) settings.set(m[1], literal(m[2]));
  return settings;
}

/** The README settings table: name -> the first `code` in its default cell ("—" when the cell says none). */
function readmeSettings(): Map<string, string | undefined> {
  const start = readme.indexOf("<!-- settings:start -->");
  const end = readme.indexOf("<!-- settings:end -->");
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const rows = [...readme.slice(start, end).matchAll(/^\| `([A-Z][A-Z0-9_]+)` \| ([^|]*) \|/gm)];
  return new Map(rows.map((m) => [m[1], m[2].trim() === "—" ? "—" : /`([^`]*)`/.exec(m[2])?.[1]]));
}

describe("README", () => {
  it("its settings table names exactly the settings src/config.ts reads", () => {
    const code = [...configSettings().keys()].sort();
    const table = [...readmeSettings().keys()].sort();
    expect(code.length).toBeGreaterThan(10);
    expect({ onlyInReadme: table.filter((n) => !code.includes(n)), onlyInConfig: code.filter((n) => !table.includes(n)) }).toEqual({ onlyInReadme: [], onlyInConfig: [] });
  });

  it("its settings table gives the defaults src/config.ts applies", () => {
    const table = readmeSettings();
    const wrong = [...configSettings()]
      .filter(([, fallback]) => fallback !== undefined)
      .filter(([name, fallback]) => table.get(name) !== fallback)
      .map(([name, fallback]) => `${name}: config.ts ${JSON.stringify(fallback)}, README ${JSON.stringify(table.get(name))}`);
    expect(wrong).toEqual([]);
  });

  it("documents every npm script", () => {
    const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts);
    const missing = scripts.filter((name) => !readme.includes(name === "test" || name === "start" ? `npm ${name}` : `npm run ${name}`));
    expect(missing).toEqual([]);
  });
});
