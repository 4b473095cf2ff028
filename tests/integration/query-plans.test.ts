import { explainActorStatement, explainCases, planCases, type PlanResult, sampleValues } from "../../src/bench/plans";
import { ReferenceData } from "../../src/services/reference.service";
import { loadSyntheticCorpus } from "../../src/synthetic/load";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const BIG_TABLES = new Set(["article", "quote", "figure"]);

/**
 * Counts over a filter that matches a large share of a table (a top country's quotes, a word in a third of
 * all articles) visit most of it whatever the plan; PostgreSQL rightly reads it in order then. Pages never may.
 */
const BROAD_COUNTS = new Set([
  "articles:search",
  "quotes:country",
  "quotes:topic",
  "quotes:country+speakerCountry",
  "quotes:no filter",
  "figures:country",
  "figures:topic",
  "figures:value range",
  "figures:no filter",
]);

/**
 * A searched page starts from all of the search's matches (src/services/filters.ts searchFirst), so a rare word
 * is found through the GIN index whatever `first` is; for a word in a large share of the articles, with no
 * other filter, reading those matches is a scan. Bounded by STATEMENT_TIMEOUT_MS and MAX_EXPENSIVE_PER_CLIENT.
 */
const BROAD_SEARCH_PAGES = new Set(["articles:search"]);

let db: TestDatabase;
let results: PlanResult[];
let rareWord: PlanResult[];
let actorStatements: PlanResult[];

/** Every index a plan reads, by name. */
const indexesIn = (node: any, out: string[] = []): string[] => {
  if (node["Index Name"]) out.push(node["Index Name"]);
  for (const child of node.Plans ?? []) indexesIn(child, out);
  return out;
};

beforeAll(async () => {
  db = await createTestDatabase({ statementTimeoutMs: 120_000 });
  await loadSyntheticCorpus(db.dataSource, { articles: 20_000, seed: 7, actorCount: 3_000 });
  const reference = await ReferenceData.load(db.dataSource);
  const values = await sampleValues(db.dataSource);
  results = await explainCases(db.dataSource, reference, planCases(values));
  actorStatements = await explainActorStatement(db.dataSource, values.actorId);
  const rare = [
    { list: "articles", name: "rare word", filter: { search: "zzzqqq" } },
    { list: "quotes", name: "rare word", filter: { search: "zzzqqq" } },
  ] as Parameters<typeof explainCases>[2];
  // The resolvers' page and count statements and the fast path's page statement (searches are served there too).
  rareWord = [...(await explainCases(db.dataSource, reference, rare, 1)), ...(await explainCases(db.dataSource, reference, rare, 100))];
}, 900_000); // seeding 20,000 articles with their story index and co-mention summary takes minutes on a busy machine
afterAll(() => db.drop());

const describeResult = (r: PlanResult) => `${r.list} filtered by ${r.name} (${r.statement}): seq scan on ${r.seqScans.join(", ")}\n${r.sql}`;

describe("query plans on a 20,000-article synthetic corpus", () => {
  it("covers every filter field alone and in combination for all four lists", () => {
    const lists = new Set(results.map((r) => r.list));
    expect([...lists].sort()).toEqual(["actors", "articles", "figures", "quotes"]);
    expect(results.length).toBeGreaterThan(140);
  });

  it("never reads articles, quotes or figures sequentially to serve a page, on the resolvers or the fast path", () => {
    expect(results.filter((r) => r.statement === "fast")).toHaveLength(results.filter((r) => r.statement === "page").length);
    const offending = results.filter((r) => r.statement !== "count" && !BROAD_SEARCH_PAGES.has(`${r.list}:${r.name}`) && r.seqScans.some((t) => BIG_TABLES.has(t)));
    expect(offending.map(describeResult)).toEqual([]);
  });

  it("finds a rare search word through the full-text (GIN) index whatever first is, for pages and counts", () => {
    expect(rareWord).toHaveLength(12);
    for (const r of rareWord) {
      // The fast path's statement reads countries and topics by key only (Node writes them from the reference data).
      expect(r.seqScans).toEqual([]);
      expect(indexesIn(r.plan)).toContain(r.list === "articles" ? "article_search_idx" : "quote_text_search_idx");
    }
  });

  it("reads actor(id) with its nested quotes and articles pages by index, first page and later ones (fast path)", () => {
    expect(actorStatements).toHaveLength(2);
    for (const r of actorStatements) {
      expect(r.seqScans.filter((t) => BIG_TABLES.has(t) || t === "article_actor")).toEqual([]);
      expect(indexesIn(r.plan)).toEqual(expect.arrayContaining(["quote_speaker_published_at_idx", "article_actor_actor_idx"]));
    }
  });

  it("plans the article pages the fast path runs on a generic plan as it plans them for their values", () => {
    const generic = results.filter((r) => r.statement === "fast-generic");
    // Every article filter without a search, and nothing else (searches, quotes and figures need custom plans).
    expect(generic.map((r) => r.name).sort()).toEqual(results.filter((r) => r.list === "articles" && r.statement === "fast" && !("search" in r.filter)).map((r) => r.name).sort());
    for (const r of generic) {
      const custom = results.find((c) => c.statement === "fast" && c.list === r.list && c.name === r.name)!;
      expect({ name: r.name, seqScans: r.seqScans.filter((t) => BIG_TABLES.has(t)) }).toEqual({ name: r.name, seqScans: [] });
      expect({ name: r.name, indexes: [...new Set(indexesIn(r.plan))].sort() }).toEqual({ name: r.name, indexes: [...new Set(indexesIn(custom.plan))].sort() });
    }
  });

  it("counts (totalCount) by index too, unless the filter matches a large share of the table", () => {
    const offending = results.filter((r) => r.statement === "count" && !BROAD_COUNTS.has(`${r.list}:${r.name}`) && r.seqScans.some((t) => BIG_TABLES.has(t)));
    expect(offending.map(describeResult)).toEqual([]);
  });
});
