import { SHARED_FIXTURES } from "../helpers/fixtures";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { startTestApp, type TestApp } from "../helpers/test-app";

const FIXTURES = SHARED_FIXTURES;
const seedRaw = fs.readFileSync(path.join(FIXTURES, "seed-article.txt"), "utf8");
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, "seed-article.expected.json"), "utf8"));

/** The expected file's comparison rule: ignore case, curly and straight quote marks alike. */
const norm = (s: string) => s.replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"').toLowerCase();

const ARTICLE_FIELDS = `id title url source publishedAt body
  countries { code } topics { slug }
  actors { name kind title aliases country { code } }
  quotes { text start end publishedAt speaker { name } }
  figures { value unit text context start end }`;

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { ${ARTICLE_FIELDS} } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_RAW_BYTES: "200000" });
});
afterAll(() => app.close());

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ["article", "quote", "figure", "actor", "article_country", "article_topic", "article_actor"]) {
    counts[table] = (await app.services.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  }
  return counts;
}

describe("ingesting the seed article through GraphQL", () => {
  let article: any;

  beforeAll(async () => {
    const res = await app.gql(INGEST, { input: { raw: seedRaw, fetchedAt: expected.input.fetchedAt, url: "https://thedefensepost.com/2024/06/26/us-north-korea-troops/" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestArticle.created).toBe(true);
    article = res.data.ingestArticle.article;
  });

  it("reads title, source, date and a clean body", () => {
    const want = expected.article;
    expect(norm(article.title)).toBe(norm(want.title));
    expect(article.source).toBe(want.source);
    expect(article.publishedAt.slice(0, 10)).toBe(want.publishedDate);
    expect(norm(article.body).startsWith(norm(want.bodyStartsWith))).toBe(true);
    for (const excluded of want.bodyExcludes) expect(norm(article.body)).not.toContain(norm(excluded));
  });

  it("finds exactly the expected countries and includes the expected topics", () => {
    expect(article.countries.map((c: any) => c.code).sort()).toEqual([...expected.article.countries].sort());
    const slugs = article.topics.map((t: any) => t.slug);
    for (const slug of expected.article.topicsInclude) expect(slugs).toContain(slug);
    expect(slugs.length).toBeGreaterThanOrEqual(1);
    expect(slugs.length).toBeLessThanOrEqual(3);
  });

  it("finds the expected actors with kind, country, title and aliases", () => {
    for (const want of expected.actors) {
      const found = article.actors.find((a: any) =>
        want.name ? norm(a.name) === norm(want.name) : norm(a.name).includes(norm(want.nameContains)),
      );
      expect(found).toBeDefined();
      expect(found.kind).toBe(want.kind);
      expect(found.country?.code ?? null).toBe(want.country);
      if (want.titleContains) expect(norm(found.title ?? "")).toContain(norm(want.titleContains));
      for (const alias of want.aliasesInclude ?? []) expect(found.aliases.map(norm)).toContain(norm(alias));
    }
  });

  it("finds the quotes with their speakers, offsets pointing into the body, and no scare quotes", () => {
    const optional = (expected.optionalQuotes ?? []).map((q: any) => norm(q.textStartsWith));
    const required = article.quotes.filter((q: any) => !optional.some((o: string) => norm(q.text).startsWith(o)));
    expect(required).toHaveLength(expected.quotes.length);
    expected.quotes.forEach((want: any, i: number) => {
      expect(norm(required[i].text).startsWith(norm(want.textStartsWith))).toBe(true);
      expect(required[i].speaker?.name ?? null).toBe(want.speaker);
    });
    for (const quote of article.quotes) {
      expect(article.body.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.publishedAt).toBe(article.publishedAt);
    }
    for (const scare of expected.notQuotes) expect(article.quotes.map((q: any) => norm(q.text))).not.toContain(norm(scare));
  });

  it("finds the figures with value, unit and text, and nothing that is not a figure", () => {
    for (const want of expected.figures) {
      const found = article.figures.find((f: any) => f.value === want.value);
      expect(found).toBeDefined();
      expect(norm(found.text)).toBe(norm(want.text));
      expect(norm(found.unit)).toContain(norm(want.unitContains));
      expect(article.body.slice(found.start, found.end)).toBe(found.text);
      expect(found.context).toContain(found.text);
    }
    for (const not of expected.notFigures) expect(article.figures.map((f: any) => norm(f.text))).not.toContain(norm(not));
  });

  it("returns the stored article, adding nothing, when the same article comes again", async () => {
    const before = await rowCounts();
    const again = await app.gql(INGEST, { input: { raw: seedRaw, fetchedAt: expected.input.fetchedAt } });
    expect(again.errors).toBeUndefined();
    expect(again.data.ingestArticle).toMatchObject({ created: false, article: { id: article.id } });
    const sameUrl = await app.gql(INGEST, {
      input: { raw: seedRaw.replace("bluntly questioned", "openly questioned"), url: "https://thedefensepost.com/2024/06/26/us-north-korea-troops/" },
    });
    expect(sameUrl.data.ingestArticle).toMatchObject({ created: false, article: { id: article.id } });
    expect(await rowCounts()).toEqual(before);
  });

  it("links the speaker so quotes filter by speaker country", async () => {
    const res = await app.gql(`{ quotes(filter: { speakerCountry: "us" }) { nodes { text speaker { name } } } }`);
    expect(res.data.quotes.nodes.length).toBeGreaterThanOrEqual(2);
    for (const q of res.data.quotes.nodes) expect(q.speaker.name).toBe("Patrick Ryder");
  });
});

describe("the same article ingested concurrently", () => {
  it("is stored once", async () => {
    const raw = seedRaw.replace("US Monitoring", "Concurrent Copy: US Monitoring");
    const results = await Promise.all(Array.from({ length: 6 }, () => app.gql(INGEST, { input: { raw, fetchedAt: "2024-06-29T12:00:00Z" } })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results.filter((r) => r.data.ingestArticle.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data.ingestArticle.article.id)).size).toBe(1);
    const stored = await app.services.dataSource.query(`SELECT count(*)::int AS n FROM article WHERE title LIKE 'Concurrent Copy%'`);
    expect(stored[0].n).toBe(1);
  });
});

describe("bad input is refused with BAD_USER_INPUT and writes nothing", () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ["empty raw", { raw: "" }, /raw/],
    ["whitespace raw", { raw: "  \n\t \n" }, /raw/],
    ["oversized raw", { raw: `Home\n\nA Long Title For An Oversized Article\n\nexample.com 2 hours ago\n\n${"Words of the article go on. ".repeat(9000)}` }, /raw/],
    ["NUL bytes", { raw: `Home\n\nTitle With A Null Byte Inside It\n\nexample.com 1 hour ago\n\nText\u0000more text here.` }, /raw/],
    ["HTML markup", { raw: `<html><body><div><p>The minister said the plan would work.</p></div></body></html>` }, /raw/],
    ["bad url", { raw: seedRaw.replace("US Monitoring", "Url Copy"), url: "ftp://example.com/x" }, /url/],
    ["future fetchedAt", { raw: seedRaw.replace("US Monitoring", "Future Copy"), fetchedAt: "2999-01-01T00:00:00Z" }, /fetchedAt/],
    ["malformed fetchedAt", { raw: seedRaw, fetchedAt: "3 days ago" }, /DateTime/],
  ];

  it.each(cases)("%s", async (_name, input, message) => {
    const before = await rowCounts();
    const res = await app.gql(INGEST, { input });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("the sample corpus", () => {
  it("ingests every sample with offsets that point into the body", async () => {
    const dir = path.join(PROJECT_ROOT, "samples");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files) {
      const label = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8"));
      const res = await app.gql(INGEST, { input: { raw: fs.readFileSync(path.join(dir, file), "utf8"), fetchedAt: label.input.fetchedAt } });
      expect(res.errors).toBeUndefined();
      const a = res.data.ingestArticle.article;
      expect(a.publishedAt.slice(0, 10)).toBe(label.article.publishedDate);
      for (const item of [...a.quotes, ...a.figures]) expect(a.body.slice(item.start, item.end)).toBe(item.text);
    }
  });
});
