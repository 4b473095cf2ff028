import { makeArticle } from "../helpers/articles";
import { startTestApp, type TestApp } from "../helpers/test-app";

let app: TestApp;
let day = 0;

/** Saves an article dated `offsetDays` after 2024-01-01 with quotes, figures, actors, countries and topics. */
async function saveDated(offsetDays: number, suffix = ""): Promise<string> {
  day += 1;
  const body = `"Talks will resume soon after the break," Ana Costa said on day ${day}. About 1,200 drones were counted.`;
  const article = makeArticle({
    title: `Dated article ${offsetDays}${suffix} #${day}`,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + offsetDays * 86_400_000),
    body,
    countries: ["PT", "ES"],
    topics: ["politics-and-government"],
    actors: [
      { key: "costa", name: "Ana Costa", kind: "PERSON", title: "Finance Minister", country: "PT", aliases: ["Costa"], mentions: 1 },
      { key: "gov", name: "Portuguese government", kind: "ORGANIZATION", title: null, country: "PT", aliases: [], mentions: 1 },
    ],
    quotes: [{ text: "Talks will resume soon after the break,", start: 1, end: 40, speakerKey: "costa" }],
    figures: [{ value: 1200, kind: "COUNT", unit: "drones", text: "1,200", context: "About 1,200 drones were counted.", start: body.indexOf("1,200"), end: body.indexOf("1,200") + 5 }],
  });
  return (await app.services.ingest.save(article, { url: null, fetchedAt: new Date() })).article.id;
}

beforeAll(async () => {
  app = await startTestApp();
  for (let i = 0; i < 60; i++) await saveDated(i % 20); // ties on publishedAt on purpose
});
afterAll(() => app.close());

describe("paging", () => {
  it("walks every article exactly once while new ones arrive between pages", async () => {
    const before = (await app.services.dataSource.query(`SELECT id::text FROM article`)).map((r: any) => r.id).sort();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await app.gql(`query ($after: String) { articles(first: 7, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(res.errors).toBeUndefined();
      const conn = res.data.articles;
      seen.push(...conn.edges.map((e: any) => e.node.id));
      expect(conn.edges[conn.edges.length - 1]?.cursor ?? null).toBe(conn.pageInfo.endCursor);
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      // Newer, older and same-instant articles land between pages.
      await saveDated(400 + pages, "new");
      await saveDated(-5 - pages, "old");
      await saveDated(10, "tie");
      pages += 1;
    } while (after);
    const seenOriginal = seen.filter((id) => before.includes(id));
    expect(seenOriginal.sort()).toEqual(before);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("pages quotes, figures and actors the same way", async () => {
    for (const [list, type] of [["quotes", "QuoteFilter"], ["figures", "FigureFilter"], ["actors", "ActorFilter"]]) {
      const total = (await app.gql(`{ ${list} { totalCount } }`)).data[list].totalCount;
      const seen = new Set<string>();
      let after: string | null = null;
      do {
        const res: any = await app.gql(`query ($after: String, $f: ${type}) { ${list}(first: 9, after: $after, filter: $f) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { after, f: {} });
        expect(res.errors).toBeUndefined();
        for (const node of res.data[list].nodes) {
          expect(seen.has(node.id)).toBe(false);
          seen.add(node.id);
        }
        after = res.data[list].pageInfo.hasNextPage ? res.data[list].pageInfo.endCursor : null;
      } while (after);
      expect(seen.size).toBe(total);
    }
  });

  it("sends the same number of SQL statements for first: 5 and first: 50 with every relation asked for", async () => {
    const q = `query ($n: Int) { articles(first: $n) { nodes { id title countries { code } topics { slug parent { slug } } actors { name country { code } }
      quotes { text speaker { name country { code } } } figures { value unit } } } }`;
    const five = await app.gql(q, { n: 5 });
    const fifty = await app.gql(q, { n: 50 });
    expect(five.errors).toBeUndefined();
    expect(fifty.data.articles.nodes).toHaveLength(50);
    expect(fifty.statements).toBe(five.statements);
    // One statement: the page reads each article's country codes, topic ids, actors, quotes (with speakers) and figures
    expect(five.statements).toBe(1);
  });

  it("counts only when totalCount is asked for", async () => {
    const without = await app.gql(`{ articles(first: 3) { nodes { id } } }`);
    const withCount = await app.gql(`{ articles(first: 3) { totalCount nodes { id } } }`);
    expect(withCount.statements).toBe(without.statements + 1);
  });
});

describe("bad input is a BAD_USER_INPUT naming the field, before any SQL", () => {
  const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
    ["unknown country", `query ($f: ArticleFilter) { articles(filter: $f) { nodes { id } } }`, { f: { country: "XX" } }, /filter\.country.*alpha-2/],
    ["unknown speaker country", `query ($f: QuoteFilter) { quotes(filter: $f) { nodes { id } } }`, { f: { speakerCountry: "ZZ" } }, /filter\.speakerCountry/],
    ["unknown topic", `query ($f: FigureFilter) { figures(filter: $f) { nodes { id } } }`, { f: { topic: "sports" } }, /filter\.topic.*slug/],
    ["from after to", `query ($f: ActorFilter) { actors(filter: $f) { nodes { id } } }`, { f: { from: "2024-02-01", to: "2024-01-01" } }, /filter\.from.*after/],
    ["malformed date (variable)", `query ($f: ArticleFilter) { articles(filter: $f) { nodes { id } } }`, { f: { from: "yesterday" } }, /DateTime.*ISO-8601/],
    ["impossible date", `query ($f: ArticleFilter) { articles(filter: $f) { nodes { id } } }`, { f: { to: "2024-02-31" } }, /DateTime/],
    ["first over 100", `{ articles(first: 101) { nodes { id } } }`, {}, /first.*0 to 100/],
    ["negative first", `{ quotes(first: -1) { nodes { id } } }`, {}, /first.*0 to 100/],
    ["forged cursor", `{ articles(after: "bm90LWEtY3Vyc29y.abc") { nodes { id } } }`, {}, /after.*cursor/],
    ["bad id", `{ article(id: "abc") { id } }`, {}, /id.*digits/],
    ["min over max", `query ($f: FigureFilter) { figures(filter: $f) { nodes { id } } }`, { f: { minValue: 10, maxValue: 1 } }, /filter\.minValue/],
    ["nested first", `{ actors(first: 1) { nodes { quotes(first: 500) { nodes { id } } } } }`, {}, /first/],
  ];

  it.each(cases)("%s", async (_name, query, variables, message) => {
    const res = await app.gql(query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(message);
    if (!query.includes("quotes(first: 500)")) expect(res.statements).toBe(0);
  });

  it("an inline malformed date literal is a BAD_USER_INPUT too", async () => {
    const res = await app.gql(`{ articles(filter: { from: "last week" }) { nodes { id } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/DateTime/);
  });

  it("a cursor from another list is refused", async () => {
    const quotes = await app.gql(`{ quotes(first: 1) { pageInfo { endCursor } } }`);
    const res = await app.gql(`query ($a: String) { articles(after: $a) { nodes { id } } }`, { a: quotes.data.quotes.pageInfo.endCursor });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/^after:/);
  });
});

describe("writes", () => {
  const del = `mutation ($id: ID!) { deleteArticle(id: $id) }`;

  it("need an API key", async () => {
    const id = await saveDated(900, "doomed");
    const none = await app.gql(del, { id }, { key: null });
    expect(none.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await app.gql(del, { id }, { key: "not-a-key" });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const ingest = await app.gql(`mutation { ingestArticle(input: { raw: "x" }) { created } }`, {}, { key: null });
    expect(ingest.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await app.gql(`query ($id: ID!) { article(id: $id) { id } }`, { id })).data.article).toEqual({ id });
  });

  it("deleteArticle removes the article with its quotes, figures and links", async () => {
    const id = await saveDated(901, "deleted");
    const count = async (table: string) => (await app.services.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE article_id = $1`, [id]))[0].n;
    expect(await count("quote")).toBe(1);
    expect((await app.gql(del, { id })).data).toEqual({ deleteArticle: true });
    for (const table of ["quote", "figure", "article_country", "article_topic", "article_actor"]) expect(await count(table)).toBe(0);
    expect((await app.gql(del, { id })).data).toEqual({ deleteArticle: false });
  });
});
