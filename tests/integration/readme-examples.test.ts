import fs from "node:fs";
import path from "node:path";
import { Kind, type OperationDefinitionNode, parse, print } from "graphql";
import { PROJECT_ROOT } from "../../src/config";
import { EXAMPLES } from "../../src/http/example-operations";
import { loadSamples } from "../../src/ingestion/load-samples";
import { startTestApp, type TestApp } from "../helpers/test-app";

/** The ```graphql blocks of the README's "Example queries" section. */
function readmeBlocks(): string[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
  const start = readme.indexOf("## Example queries");
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Each operation of a document on its own (a README block holds several anonymous ones). */
function operations(document: string): Array<{ label: string; query: string; node: OperationDefinitionNode }> {
  return parse(document)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((node) => {
      const query = print(node);
      return { label: node.name?.value ?? query.replace(/\s+/g, " ").slice(0, 90), query, node };
    });
}

/**
 * Paths (list indices folded to []) where a result holds no data: a list that is empty, or an object or field that
 * is null, in every place it occurs. So a page of actors passes when some actor has quotes, not only if all do.
 */
function emptyParts(data: unknown): string[] {
  const seen = new Map<string, boolean>();
  const walk = (value: unknown, at: string) => {
    const filled = value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
    seen.set(at, (seen.get(at) ?? false) || filled);
    if (Array.isArray(value)) value.forEach((v) => walk(v, `${at}[]`));
    else if (filled && typeof value === "object") for (const [k, v] of Object.entries(value as object)) walk(v, `${at}.${k}`);
  };
  walk(data, "data");
  return [...seen].filter(([at, filled]) => !filled && !OPTIONAL.test(at)).map(([at]) => at);
}

/** Scalars the samples never fill (no page URL is given; no figure lacks a unit) and cursors of lists. */
const OPTIONAL = /\.(url|endCursor)$/;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const loaded = await loadSamples(app.services.ingest, app.config.samplesDir, app.config.maxRawBytes);
  expect(loaded).toBeGreaterThan(30);
}, 300_000);
afterAll(() => app?.close());

const readmeOperations = readmeBlocks().flatMap(operations);
const sandboxOperations = EXAMPLES.flatMap((e) => operations(e.document));

describe("README examples and preloaded operations return data from the samples", () => {
  it("finds the examples", () => {
    expect(readmeOperations.length).toBeGreaterThanOrEqual(14);
    expect(sandboxOperations.map((o) => o.label)).toEqual(EXAMPLES.map((e) => e.name));
  });

  // Mutations last, so the reads see exactly the samples.
  const all = [...readmeOperations.map((o) => ({ ...o, from: "README" })), ...sandboxOperations.map((o) => ({ ...o, from: "Sandbox" }))].sort(
    (a, b) => Number(a.node.operation === "mutation") - Number(b.node.operation === "mutation"),
  );
  it.each(all.map((o) => [`${o.from}: ${o.label}`, o] as const))("%s", async (_label, operation) => {
    const first = await app.gql(operation.query);
    expect(first.errors).toBeUndefined();
    expect(emptyParts(first.data)).toEqual([]);
    // An operation that pages by $after is run again on its next page.
    if (operation.node.variableDefinitions?.some((v) => v.variable.name.value === "after")) {
      const cursor = Object.values(first.data as Record<string, { pageInfo: { endCursor: string; hasNextPage: boolean } }>)[0].pageInfo;
      expect(cursor.hasNextPage).toBe(true);
      const next = await app.gql(operation.query, { after: cursor.endCursor });
      expect(next.errors).toBeUndefined();
      expect(emptyParts(next.data)).toEqual([]);
    }
  });
});
