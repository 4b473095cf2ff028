import fc from "fast-check";
import { rawArticle, startTestApp, TEST_KEY, type TestApp } from "../helpers/test-app";

let app: TestApp;
let base: string;
const tally = { requests: 0, byOutcome: {} as Record<string, number>, ingestsAccepted: 0, ingestsRejected: 0 };
let realCursor = "";

/** Sends one operation over HTTP; fails the property on a 5xx, a non-JSON answer or an INTERNAL_SERVER_ERROR. */
async function send(query: string, variables: Record<string, unknown>, auth = false): Promise<any> {
  tally.requests += 1;
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${TEST_KEY}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  if (res.status >= 500) throw new Error(`HTTP ${res.status} for ${JSON.stringify(variables).slice(0, 300)}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text);
  const codes: string[] = (body.errors ?? []).map((e: any) => e.extensions?.code);
  if (codes.includes("INTERNAL_SERVER_ERROR")) throw new Error(`INTERNAL_SERVER_ERROR for ${JSON.stringify(variables).slice(0, 300)}`);
  const outcome = codes.length ? [...new Set(codes)].sort().join("+") : `ok (${res.status})`;
  tally.byOutcome[outcome] = (tally.byOutcome[outcome] ?? 0) + 1;
  return body;
}

async function rowCount(): Promise<number> {
  // Every table an ingest writes to: a rejected ingest must change none of them.
  const [{ n }] = await app.services.dataSource.query(
    `SELECT (SELECT count(*) FROM article) + (SELECT count(*) FROM actor) + (SELECT count(*) FROM quote) + (SELECT count(*) FROM figure)
          + (SELECT count(*) FROM article_country) + (SELECT count(*) FROM article_topic) + (SELECT count(*) FROM article_actor) AS n`,
  );
  return n;
}

beforeAll(async () => {
  app = await startTestApp({ RATE_LIMIT_PER_MINUTE: "0" });
  base = await app.url();
  for (let i = 0; i < 3; i++) await app.ingest(rawArticle(`fuzz-seed-${i}`));
  const page = await app.gql(`{ articles(first: 1) { pageInfo { endCursor } } }`);
  realCursor = page.data.articles.pageInfo.endCursor;
});
afterAll(async () => {
  console.log(`fuzz figures: ${JSON.stringify(tally)}`);
  await app.close();
});

const junk = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("", " ", "\u0000", "'; DROP TABLE article; --", "%", "\\", "null", "9".repeat(40)));
const country = fc.oneof(fc.constantFrom("us", "UA", "gb", "Jp", "XX", "USA", "u"), junk);
const topic = fc.oneof(fc.constantFrom("conflict-war-and-peace", "politics-and-government", "sport", "medtop:16000000", "war"), junk);
const date = fc.oneof(
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date("1990-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2024-02-30", "2024-13-01", "0000-00-00", "2024-06-30T25:00:00Z", "yesterday", "1e10", "-271821-04-20"),
  junk,
);
const number = fc.oneof(fc.integer({ min: -5, max: 150 }), fc.constantFrom(0, 100, 101, -1, 2 ** 31, 2 ** 53, 1.5), fc.double({ noNaN: true }));
const cursor = fc.oneof(fc.constant(() => realCursor), fc.base64String({ maxLength: 60 }).map((s) => () => s), junk.map((s) => () => s), fc.constant(() => realCursor.slice(0, -2) + "AA"));
const id = fc.oneof(fc.constantFrom("1", "0", "-1", "99999999999999999999", "1e3"), fc.nat().map(String), junk);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const lists: Record<"articles" | "quotes" | "figures" | "actors", { type: string; filter: fc.Arbitrary<Record<string, unknown>> }> = {
  articles: { type: "ArticleFilter", filter: fc.record({ country: maybe(country), topic: maybe(topic), from: maybe(date), to: maybe(date), actorId: maybe(id), source: maybe(junk), search: maybe(junk) }) },
  quotes: { type: "QuoteFilter", filter: fc.record({ country: maybe(country), topic: maybe(topic), from: maybe(date), to: maybe(date), speakerId: maybe(id), speakerCountry: maybe(country), articleId: maybe(id), search: maybe(junk) }) },
  figures: { type: "FigureFilter", filter: fc.record({ country: maybe(country), topic: maybe(topic), from: maybe(date), to: maybe(date), articleId: maybe(id), unit: maybe(junk), minValue: maybe(number), maxValue: maybe(number) }) },
  actors: { type: "ActorFilter", filter: fc.record({ country: maybe(country), topic: maybe(topic), from: maybe(date), to: maybe(date), kind: maybe(fc.constantFrom("PERSON", "ORGANIZATION", "ROBOT")), search: maybe(junk) }) },
};

describe("fuzz", () => {
  it("answers random filters, cursors and page sizes without a 5xx or an internal error", async () => {
    const listName = fc.constantFrom(...(Object.keys(lists) as Array<keyof typeof lists>));
    const request = listName.chain((name) => fc.record({ name: fc.constant(name), filter: maybe(lists[name].filter), first: maybe(number), after: maybe(cursor), id: id }));
    await fc.assert(
      fc.asyncProperty(request, async ({ name, filter, first, after, id: someId }) => {
        const { type } = lists[name];
        await send(`query ($f: ${type}, $n: Int, $a: String) { ${name}(filter: $f, first: $n, after: $a) { totalCount nodes { __typename } pageInfo { endCursor } } }`, { f: filter, n: first, a: after?.() });
        await send(`query ($id: ID!) { article(id: $id) { id } actor(id: $id) { id } }`, { id: someId });
      }),
      { numRuns: 200 },
    );
  });

  it("rejects bad raw texts without storing anything, and stores good ones once", async () => {
    const huge = fc.constant(null).map(() => rawArticle("huge") + "\n\nThe officials said more.".repeat(45_000));
    const raw = fc.oneof(
      { weight: 3, arbitrary: fc.nat({ max: 30 }).map((n) => rawArticle(`fuzz-${n}`)) },
      { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
      { weight: 1, arbitrary: fc.nat({ max: 30 }).map((n) => rawArticle(`nul-${n}`).replace("officials", "offi\u0000cials")) },
      { weight: 1, arbitrary: fc.nat({ max: 30 }).map((n) => `<html><body><p>${rawArticle(`html-${n}`)}</p></body></html>`) },
      { weight: 1, arbitrary: huge },
      { weight: 1, arbitrary: fc.constantFrom("", "   ", "\n\n\n") },
    );
    const input = fc.record({ raw, url: maybe(fc.oneof(fc.webUrl(), junk)), fetchedAt: maybe(date) });
    await fc.assert(
      fc.asyncProperty(input, async (variables) => {
        const before = await rowCount();
        const articlesBefore = await app.services.articleList.list(undefined, { first: 0 }).then((p) => p.countTotal());
        const body = await send(`mutation ($i: IngestArticleInput!) { ingestArticle(input: $i) { created article { id } } }`, { i: variables }, true);
        const after = await rowCount();
        const articlesAfter = await app.services.articleList.list(undefined, { first: 0 }).then((p) => p.countTotal());
        if (body.errors) {
          tally.ingestsRejected += 1;
          expect(after).toBe(before);
        } else {
          tally.ingestsAccepted += 1;
          expect(articlesAfter).toBe(articlesBefore + (body.data.ingestArticle.created ? 1 : 0));
          if (!body.data.ingestArticle.created) expect(after).toBe(before);
        }
      }),
      { numRuns: 200 },
    );
  });
});
