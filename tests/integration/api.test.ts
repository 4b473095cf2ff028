import type { ExtractedArticle } from "../../src/ingestion/types";
import { makeArticle } from "../helpers/articles";
import { startTestApp, type TestApp } from "../helpers/test-app";

let app: TestApp;
const ids: Record<string, string> = {};

async function save(name: string, article: ExtractedArticle): Promise<string> {
  const { article: saved } = await app.services.ingest.save(article, { url: null, fetchedAt: new Date("2024-08-01T00:00:00Z") });
  ids[name] = saved.id;
  return saved.id;
}

const ryder = { key: "ryder", name: "Patrick Ryder", kind: "PERSON" as const, title: "Pentagon spokesman", country: "US", aliases: ["Ryder"], mentions: 2 };
const putin = { key: "putin", name: "Vladimir Putin", kind: "PERSON" as const, title: "President", country: "RU", aliases: ["Putin"], mentions: 1 };
const ministry = { key: "mfa", name: "Foreign Ministry", kind: "ORGANIZATION" as const, title: null, country: "KR", aliases: [], mentions: 1 };

beforeAll(async () => {
  app = await startTestApp();
  const bodyA = 'Casualties passed 500,000, officials said. "We are watching closely," Ryder said.';
  await save(
    "frontline",
    makeArticle({
      title: "Front lines hold in eastern Ukraine",
      source: "alpha.com",
      publishedAt: new Date("2024-06-10T10:00:00Z"),
      body: bodyA,
      countries: ["UA", "RU", "US"],
      topics: ["conflict-war-and-peace"],
      actors: [ryder],
      quotes: [{ text: "We are watching closely,", start: bodyA.indexOf("We"), end: bodyA.indexOf("We") + 24, speakerKey: "ryder" }],
      figures: [{ value: 500000, kind: "COUNT", unit: "casualties", text: "500,000", context: "Casualties passed 500,000, officials said.", start: 18, end: 25 }],
    }),
  );
  const bodyB = "The budget adds $24.5 billion for ports. Inflation was 3.1 percent.";
  await save(
    "budget",
    makeArticle({
      title: "Congress passes port budget",
      source: "beta.com",
      publishedAt: new Date("2024-06-30T23:30:00Z"),
      body: bodyB,
      countries: ["US"],
      topics: ["economy-business-and-finance"],
      figures: [
        { value: 24_500_000_000, kind: "MONEY", unit: "USD", text: "$24.5 billion", context: "The budget adds $24.5 billion for ports.", start: 16, end: 29 },
        { value: 3.1, kind: "PERCENT", unit: "%", text: "3.1 percent", context: "Inflation was 3.1 percent.", start: 55, end: 66 },
      ],
    }),
  );
  const bodyC = '"Turnout will be high," an election official predicted in Tokyo.';
  await save(
    "election",
    makeArticle({
      title: "Japan votes in snap election",
      source: "alpha.com",
      publishedAt: new Date("2024-07-01T00:00:00Z"),
      body: bodyC,
      countries: ["JP"],
      topics: ["politics-and-government"],
      actors: [ministry],
      quotes: [{ text: "Turnout will be high,", start: 1, end: 22, speakerKey: null }],
    }),
  );
  const bodyD = 'Putin said the talks "will continue in good faith" and Ryder disagreed.';
  await save(
    "talks",
    makeArticle({
      title: "Moscow signals talks with Kyiv",
      source: "gamma.org",
      publishedAt: new Date("2024-05-01T08:00:00Z"),
      body: bodyD,
      countries: ["RU", "UA"],
      topics: ["politics-and-government", "conflict-war-and-peace"],
      actors: [putin, ryder],
      quotes: [{ text: "will continue in good faith", start: 22, end: 49, speakerKey: "putin" }],
    }),
  );
});
afterAll(() => app.close());

const titles = (data: any, list = "articles") => data[list].nodes.map((n: any) => n.title);

async function articleTitles(filter: Record<string, unknown>): Promise<string[]> {
  const res = await app.gql(`query ($f: ArticleFilter) { articles(filter: $f, first: 100) { nodes { title } } }`, { f: filter });
  expect(res.errors).toBeUndefined();
  return titles(res.data);
}

describe("articles", () => {
  it("lists newest first with the contract's fields", async () => {
    const res = await app.gql(`{ articles { totalCount nodes { id title url source publishedAt body countries { code name } topics { slug code name parent { slug } } actors { name } quotes { text } figures { value } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    expect(res.errors).toBeUndefined();
    const list = res.data.articles;
    expect(list.totalCount).toBe(4);
    expect(titles(res.data)).toEqual(["Japan votes in snap election", "Congress passes port budget", "Front lines hold in eastern Ukraine", "Moscow signals talks with Kyiv"]);
    const frontline = list.nodes[2];
    expect(frontline.publishedAt).toBe("2024-06-10T10:00:00.000Z");
    expect(frontline.countries.map((c: any) => c.code)).toEqual(["RU", "UA", "US"]);
    expect(frontline.countries[1].name).toBe("Ukraine");
    expect(frontline.topics).toEqual([{ slug: "conflict-war-and-peace", code: "medtop:16000000", name: "Conflict, war and peace", parent: null }]);
    expect(list.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it("filters by country in any case", async () => {
    expect(await articleTitles({ country: "ua" })).toEqual(["Front lines hold in eastern Ukraine", "Moscow signals talks with Kyiv"]);
    expect(await articleTitles({ country: "UA" })).toEqual(await articleTitles({ country: "Ua" }));
  });

  it("filters by topic", async () => {
    expect(await articleTitles({ topic: "politics-and-government" })).toEqual(["Japan votes in snap election", "Moscow signals talks with Kyiv"]);
  });

  it("filters by date range, both ends inclusive, a date-only `to` covering the whole day", async () => {
    expect(await articleTitles({ from: "2024-06-10T10:00:00Z", to: "2024-06-30" })).toEqual(["Congress passes port budget", "Front lines hold in eastern Ukraine"]);
    expect(await articleTitles({ to: "2024-06-30T23:00:00Z", from: "2024-06-01" })).toEqual(["Front lines hold in eastern Ukraine"]);
    expect(await articleTitles({ from: "2024-07-01" })).toEqual(["Japan votes in snap election"]);
  });

  it("filters by actor, source and full-text search", async () => {
    expect(await articleTitles({ actorId: (await actorId("Vladimir Putin")) })).toEqual(["Moscow signals talks with Kyiv"]);
    expect(await articleTitles({ source: "ALPHA.com" })).toEqual(["Japan votes in snap election", "Front lines hold in eastern Ukraine"]);
    expect(await articleTitles({ search: "ports budget" })).toEqual(["Congress passes port budget"]);
  });

  it("combines filter fields with AND", async () => {
    expect(await articleTitles({ country: "ua", topic: "conflict-war-and-peace", from: "2024-06-01" })).toEqual(["Front lines hold in eastern Ukraine"]);
    expect(await articleTitles({ country: "us", topic: "conflict-war-and-peace", source: "gamma.org" })).toEqual([]);
    expect(await articleTitles({ country: "ru", topic: "politics-and-government", to: "2024-05-01", actorId: await actorId("Patrick Ryder") })).toEqual([
      "Moscow signals talks with Kyiv",
    ]);
  });

  it("returns one article by id, and null for an unknown one", async () => {
    const res = await app.gql(`query ($id: ID!) { article(id: $id) { title } missing: article(id: "999999") { title } }`, { id: ids.budget });
    expect(res.data).toEqual({ article: { title: "Congress passes port budget" }, missing: null });
  });
});

async function actorId(name: string): Promise<string> {
  const res = await app.gql(`query ($s: String) { actors(filter: { search: $s }) { nodes { id name } } }`, { s: name });
  return res.data.actors.nodes.find((n: any) => n.name === name).id;
}

describe("quotes", () => {
  const q = `query ($f: QuoteFilter) { quotes(filter: $f) { totalCount nodes { text start end publishedAt speaker { name country { code } } article { title body } } } }`;

  it("carry speaker, speaker country, article and offsets into the body", async () => {
    const res = await app.gql(q);
    expect(res.errors).toBeUndefined();
    expect(res.data.quotes.totalCount).toBe(3);
    for (const quote of res.data.quotes.nodes) expect(quote.article.body.slice(quote.start, quote.end)).toBe(quote.text);
    const ryderQuote = res.data.quotes.nodes.find((n: any) => n.text.startsWith("We are"));
    expect(ryderQuote.speaker).toEqual({ name: "Patrick Ryder", country: { code: "US" } });
    expect(res.data.quotes.nodes.find((n: any) => n.text.startsWith("Turnout")).speaker).toBeNull();
  });

  it("filter by speaker, speaker country, article, country, topic, dates and text", async () => {
    const texts = async (f: object) => (await app.gql(q, { f })).data.quotes.nodes.map((n: any) => n.text);
    expect(await texts({ speakerId: await actorId("Vladimir Putin") })).toEqual(["will continue in good faith"]);
    expect(await texts({ speakerCountry: "us" })).toEqual(["We are watching closely,"]);
    expect(await texts({ articleId: ids.election })).toEqual(["Turnout will be high,"]);
    expect(await texts({ country: "jp" })).toEqual(["Turnout will be high,"]);
    expect(await texts({ topic: "conflict-war-and-peace", from: "2024-06-01" })).toEqual(["We are watching closely,"]);
    expect(await texts({ search: "faith" })).toEqual(["will continue in good faith"]);
    expect(await texts({ country: "ua", speakerCountry: "RU" })).toEqual(["will continue in good faith"]);
  });
});

describe("figures", () => {
  const q = `query ($f: FigureFilter) { figures(filter: $f) { nodes { value unit text context start end article { title } } } }`;
  const values = async (f: object) => {
    const res = await app.gql(q, { f });
    expect(res.errors).toBeUndefined();
    return res.data.figures.nodes.map((n: any) => `${n.value} ${n.unit}`);
  };

  it("filter by unit (currency codes in any case), value range, country, topic and article", async () => {
    expect(await values({ unit: "usd" })).toEqual(["24500000000 USD"]);
    expect(await values({ unit: "%" })).toEqual(["3.1 %"]);
    expect(await values({ minValue: 1000, maxValue: 1_000_000 })).toEqual(["500000 casualties"]);
    expect(await values({ country: "US", topic: "economy-business-and-finance", minValue: 3 })).toEqual(["3.1 %", "24500000000 USD"]); // newest first, then latest id first
    expect(await values({ articleId: ids.frontline })).toEqual(["500000 casualties"]);
    expect(await values({ country: "jp" })).toEqual([]);
  });
});

describe("actors", () => {
  const q = `query ($f: ActorFilter) { actors(filter: $f) { nodes { name kind title aliases country { code } } } }`;
  const names = async (f: object) => (await app.gql(q, { f })).data.actors.nodes.map((n: any) => n.name);

  it("are one row per real actor, with aliases, title and country", async () => {
    const res = await app.gql(q, { f: { search: "ryder" } });
    expect(res.data.actors.nodes).toEqual([{ name: "Patrick Ryder", kind: "PERSON", title: "Pentagon spokesman", aliases: ["Ryder"], country: { code: "US" } }]);
  });

  it("filter by own country, kind, name or alias, and the topic and dates of articles mentioning them", async () => {
    expect(await names({ country: "ru" })).toEqual(["Vladimir Putin"]);
    expect(await names({ kind: "ORGANIZATION" })).toEqual(["Foreign Ministry"]);
    expect(await names({ search: "putin" })).toEqual(["Vladimir Putin"]);
    expect(await names({ topic: "conflict-war-and-peace", from: "2024-06-01" })).toEqual(["Patrick Ryder"]);
    expect(await names({ topic: "conflict-war-and-peace" })).toEqual(["Patrick Ryder", "Vladimir Putin"]);
  });

  it("page their own quotes and articles", async () => {
    const res = await app.gql(
      `query ($id: ID!) { actor(id: $id) { name quotes(first: 1) { totalCount nodes { text } pageInfo { hasNextPage } } articles(first: 1) { totalCount nodes { title } pageInfo { hasNextPage endCursor } } } }`,
      { id: await actorId("Patrick Ryder") },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.actor.quotes).toEqual({ totalCount: 1, nodes: [{ text: "We are watching closely," }], pageInfo: { hasNextPage: false } });
    expect(res.data.actor.articles.totalCount).toBe(2);
    expect(res.data.actor.articles.nodes).toEqual([{ title: "Front lines hold in eastern Ukraine" }]);
    const next = await app.gql(`query ($id: ID!, $after: String) { actor(id: $id) { articles(first: 5, after: $after) { nodes { title } pageInfo { hasNextPage hasPreviousPage } } } }`, {
      id: await actorId("Patrick Ryder"),
      after: res.data.actor.articles.pageInfo.endCursor,
    });
    expect(next.data.actor.articles).toEqual({ nodes: [{ title: "Moscow signals talks with Kyiv" }], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });
});

describe("reference data", () => {
  it("lists countries and the IPTC topics", async () => {
    const res = await app.gql(`{ countries { code name } topics { slug code } }`);
    expect(res.data.countries.length).toBeGreaterThanOrEqual(249);
    expect(res.data.countries).toContainEqual({ code: "KP", name: expect.stringMatching(/Korea/) });
    expect(res.data.topics).toHaveLength(17);
    expect(res.data.topics).toContainEqual({ slug: "arts-culture-entertainment-and-media", code: "medtop:01000000" });
  });
});
