/**
 * The ingestion modules import one another without cycles: every stage depends only on the document, the
 * lexicons and gazetteers, and stages before it (a depth-first search over the relative imports).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../../../src/ingestion");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith(".ts") ? [p] : [];
  });
}

/** Files a module imports or re-exports by relative path (type-only imports included: they tie modules too). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+["'](\.[^"']+)["']/g)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const target = [base + ".ts", path.join(base, "index.ts")].find((f) => fs.existsSync(f));
    if (target && target.startsWith(ROOT)) out.push(target);
  }
  return out;
}

/** The first import cycle found, as a list of files, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("ingestion imports", () => {
  const graph = new Map(sourceFiles(ROOT).map((f) => [f, importsOf(f)]));

  it("reads the imports of the pipeline", () => {
    const pipeline = graph.get(path.join(ROOT, "pipeline.ts"))!;
    expect(pipeline).toContain(path.join(ROOT, "stages/quotes.ts"));
    expect(pipeline).toContain(path.join(ROOT, "document.ts"));
  });

  it("the cycle finder reports a cycle when there is one", () => {
    const g = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", []],
    ]);
    expect(findCycle(g)).toEqual(["a", "b", "c", "a"]);
    expect(findCycle(new Map([["a", ["b"]], ["b", []]]))).toBeNull();
  });

  it("has no import cycle in src/ingestion", () => {
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => path.relative(ROOT, f)) ?? null).toBeNull();
  });
});
