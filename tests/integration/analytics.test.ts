import { createContext } from "../../src/context";
import { createLogger } from "../../src/logger";
import { createServer } from "../../src/server";
import { createServices } from "../../src/services";
import { loadSyntheticCorpus } from "../../src/synthetic/load";
import { OTHER_AGENCY_REPORT, REPUBLISHED_COPY, WIRE_REPORT } from "../fixtures/stories";
import { startTestApp, type TestApp } from "../helpers/test-app";

let app: TestApp;
let busyActor: { id: string; name: string };
let busyCountry: string;
let busyTopic: string;

type Interval = "DAY" | "WEEK" | "MONTH" | "YEAR";
type Count = { key: string; count: number };

const FILTER_TYPES = { articles: "ArticleFilter", quotes: "QuoteFilter", figures: "FigureFilter" } as const;

/** Every item a list matches, by paging through it 100 at a time. */
async function pageAll(list: keyof typeof FILTER_TYPES, filter: Record<string, unknown>, selection: string): Promise<any[]> {
  const items: any[] = [];
  let after: string | null = null;
  do {
    const res: any = await app.gql(
      `query ($filter: ${FILTER_TYPES[list]}, $after: String) { ${list}(filter: $filter, first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    expect(res.errors).toBeUndefined();
    items.push(...res.data[list].nodes);
    after = res.data[list].pageInfo.hasNextPage ? res.data[list].pageInfo.endCursor : null;
  } while (after);
  return items;
}

function countBy<T>(items: T[], keys: (item: T) => Array<string | null | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of new Set(keys(item))) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** A facet is the top `first` of the counts paging computed: right counts, most first, nothing with more left out. */
function expectTop(returned: Count[], expected: Map<string, number>, first: number): void {
  expect(returned.length).toBe(Math.min(first, expected.size));
  for (const entry of returned) expect({ key: entry.key, count: entry.count }).toEqual({ key: entry.key, count: expected.get(entry.key) });
  for (let i = 1; i < returned.length; i++) expect(returned[i - 1].count).toBeGreaterThanOrEqual(returned[i].count);
  const last = returned.length ? returned[returned.length - 1].count : 0;
  const keys = new Set(returned.map((r) => r.key));
  for (const [key, count] of expected) if (count > last) expect(keys).toContain(key);
}

/** Start of the UTC period holding `date`: midnight, Monday, the 1st, or 1 January. */
function periodStart(date: Date, interval: Interval): number {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  if (interval === "YEAR") return Date.UTC(y, 0, 1);
  if (interval === "MONTH") return Date.UTC(y, m, 1);
  const day = Date.UTC(y, m, d);
  return interval === "DAY" ? day : day - ((date.getUTCDay() + 6) % 7) * 86_400_000;
}

function nextPeriod(start: number, interval: Interval): number {
  const date = new Date(start);
  if (interval === "YEAR") return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  if (interval === "MONTH") return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return start + (interval === "DAY" ? 1 : 7) * 86_400_000;
}

/** Every period from the first to the last date, zeros included, as the API returns it. */
function expectedHistogram(dates: string[], interval: Interval): Array<{ start: string; count: number }> {
  if (!dates.length) return [];
  const counts = countBy(dates, (d) => [String(periodStart(new Date(d), interval))]);
  const starts = [...counts.keys()].map(Number);
  const out: Array<{ start: string; count: number }> = [];
  for (let t = Math.min(...starts); t <= Math.max(...starts); t = nextPeriod(t, interval)) out.push({ start: new Date(t).toISOString(), count: counts.get(String(t)) ?? 0 });
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

beforeAll(async () => {
  app = await startTestApp();
  await loadSyntheticCorpus(app.db.dataSource, { articles: 500, actorCount: 120, seed: 7, batchSize: 200 });
  const [actor] = await app.db.dataSource.query(
    `SELECT a.id::text, a.name FROM article_actor x JOIN actor a ON a.id = x.actor_id GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`,
  );
  busyActor = actor;
  [{ code: busyCountry }] = await app.db.dataSource.query(`SELECT country_code AS code FROM article_country GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  [{ slug: busyTopic }] = await app.db.dataSource.query(`SELECT t.slug FROM article_topic x JOIN topic t ON t.id = x.topic_id GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
}, 120_000);
afterAll(() => app.close());

const ARTICLE_FACETS = `facets {
  countries(first: 100) { country { code } count }
  topics(first: 100) { topic { slug } count }
  sources(first: 100) { source count }
  actors(first: 100) { actor { id } count }
  people: actors(first: 100, kind: PERSON) { actor { id } count }
}`;

describe("article facets and histograms", () => {
  const filters = () => [
    {},
    { country: busyCountry },
    { country: busyCountry, topic: busyTopic, from: "2024-01-01", to: "2025-06-30" },
    { actorId: busyActor.id, source: "reuters.com" },
    { search: "drought" },
    { uniqueStories: true },
    { country: busyCountry, uniqueStories: true, from: "2023-07-01" },
  ];

  it.each([0, 1, 2, 3, 4, 5, 6])("equal what paging through every match counts (filter %i)", async (i) => {
    const filter = filters()[i];
    const items = await pageAll("articles", filter, "id publishedAt source countries { code } topics { slug } actors { id kind }");
    expect(items.length).toBeGreaterThan(0);
    const res = await app.gql(
      `query ($filter: ArticleFilter) { articles(filter: $filter, first: 1) { totalCount ${ARTICLE_FACETS}
         day: histogram(interval: DAY) { start count } week: histogram(interval: WEEK) { start count }
         month: histogram(interval: MONTH) { start count } year: histogram(interval: YEAR) { start count } } }`,
      { filter },
    );
    expect(res.errors).toBeUndefined();
    const { facets, totalCount } = res.data.articles;
    expect(totalCount).toBe(items.length);
    expectTop(facets.countries.map((c: any) => ({ key: c.country.code, count: c.count })), countBy(items, (a) => a.countries.map((c: any) => c.code)), 100);
    expectTop(facets.topics.map((c: any) => ({ key: c.topic.slug, count: c.count })), countBy(items, (a) => a.topics.map((t: any) => t.slug)), 100);
    expectTop(facets.sources.map((c: any) => ({ key: c.source, count: c.count })), countBy(items, (a) => [a.source]), 100);
    expectTop(facets.actors.map((c: any) => ({ key: c.actor.id, count: c.count })), countBy(items, (a) => a.actors.map((x: any) => x.id)), 100);
    expectTop(facets.people.map((c: any) => ({ key: c.actor.id, count: c.count })), countBy(items, (a) => a.actors.filter((x: any) => x.kind === "PERSON").map((x: any) => x.id)), 100);
    const dates = items.map((a) => a.publishedAt);
    for (const interval of ["DAY", "WEEK", "MONTH", "YEAR"] as const) {
      expect(res.data.articles[interval.toLowerCase()]).toEqual(expectedHistogram(dates, interval));
    }
  });

  it("orders ties by name: entries with the same count come in the database's name order", async () => {
    const res = await app.gql(`{ articles(first: 0) { facets { actors(first: 100) { actor { id name } count } } } }`);
    const actors = res.data.articles.facets.actors;
    const [{ ordered }] = await app.db.dataSource.query(`SELECT array_agg(id::text ORDER BY n DESC, name, id) AS ordered FROM unnest($1::bigint[], $2::text[], $3::int[]) AS x(id, name, n)`, [
      actors.map((a: any) => a.actor.id),
      actors.map((a: any) => a.actor.name),
      actors.map((a: any) => a.count),
    ]);
    expect(actors.map((a: any) => a.actor.id)).toEqual(ordered);
  });

  it("counts a topic's subtopics' articles towards it, each article once", async () => {
    const parent = busyTopic;
    const [{ id: parentId }] = await app.db.dataSource.query(`SELECT id FROM topic WHERE slug = $1`, [parent]);
    await app.db.dataSource.query(`INSERT INTO topic (slug, code, name, parent_id) VALUES ('test-subtopic', 'medtop:99999999', 'Test subtopic', $1)`, [parentId]);
    try {
      // Tag ten articles with the subtopic: five that have the parent already, five that do not.
      await app.db.dataSource.query(
        `INSERT INTO article_topic (article_id, topic_id, rank, published_at)
         SELECT id, (SELECT id FROM topic WHERE slug = 'test-subtopic'), 5, published_at FROM (
           (SELECT a.id, a.published_at FROM article a WHERE EXISTS (SELECT 1 FROM article_topic t WHERE t.article_id = a.id AND t.topic_id = $1) ORDER BY a.id LIMIT 5)
           UNION ALL
           (SELECT a.id, a.published_at FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_topic t WHERE t.article_id = a.id AND t.topic_id = $1) ORDER BY a.id LIMIT 5)) x`,
        [parentId],
      );
      const fresh = await startTestAppOn(app);
      const res = await fresh.gql(`{ articles(first: 0) { facets { topics(first: 100) { topic { slug } count } } } }`);
      const [{ n }] = await app.db.dataSource.query(
        `SELECT count(DISTINCT article_id)::int AS n FROM article_topic WHERE topic_id IN ($1, (SELECT id FROM topic WHERE slug = 'test-subtopic'))`,
        [parentId],
      );
      const counts = new Map(res.data.articles.facets.topics.map((t: any) => [t.topic.slug, t.count]));
      expect(counts.get(parent)).toBe(n);
      expect(counts.get("test-subtopic")).toBe(10);
      await fresh.stop();
    } finally {
      await app.db.dataSource.query(`DELETE FROM article_topic WHERE topic_id = (SELECT id FROM topic WHERE slug = 'test-subtopic')`);
      await app.db.dataSource.query(`DELETE FROM topic WHERE slug = 'test-subtopic'`);
    }
  });

  it("sends one statement for all the facets of a list, one per histogram, and none for those not asked for", async () => {
    const base = await app.gql(`{ articles(first: 5) { nodes { id } } }`);
    const one = await app.gql(`{ articles(first: 5) { nodes { id } facets { countries { count } } } }`);
    const all = await app.gql(`{ articles(first: 5) { nodes { id } facets { countries { count } topics { count } sources { count } actors { count } } histogram(interval: MONTH) { count } } }`);
    expect(one.statements).toBe(base.statements + 1);
    expect(all.statements).toBe(base.statements + 2);
    // The shared statement answers each facet as its own statement would.
    for (const facet of ["countries", "topics", "sources", "actors"]) {
      const alone = await app.gql(`{ articles(first: 5) { facets { ${facet} { count } } } }`);
      expect(alone.data.articles.facets[facet]).toEqual(all.data.articles.facets[facet]);
    }
    const quotes = await app.gql(`{ quotes(first: 5) { nodes { id } } }`);
    const quoteFacets = await app.gql(`{ quotes(first: 5) { nodes { id } facets { speakers { count } speakerCountries { count } } histogram(interval: WEEK) { count } } }`);
    expect(quoteFacets.statements).toBe(quotes.statements + 2);
    const figures = await app.gql(`{ figures(first: 5) { nodes { id } } }`);
    const figureFacets = await app.gql(`{ figures(first: 5) { nodes { id } facets { units { count } } histogram(interval: YEAR) { count } } }`);
    expect(figureFacets.statements).toBe(figures.statements + 2);
  });

  it("checks first and the date span before any facet SQL, and counts facets in the cost limit", async () => {
    const base = await app.gql(`{ articles(first: 0) { nodes { id } } }`);
    for (const first of [0, 101, -1]) {
      const res = await app.gql(`query ($first: Int) { articles(first: 0) { facets { countries(first: $first) { count } } } }`, { first });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toMatch(/first/);
      expect(res.statements).toBe(base.statements);
    }
    // One bad facet among good ones: no statement for any of them.
    const mixed = await app.gql(`{ articles(first: 0) { facets { countries { count } topics(first: 101) { count } actors { count } } } }`);
    expect(mixed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(mixed.errors?.[0].message).toMatch(/first/);
    expect(mixed.statements).toBe(base.statements);
    const wide = await app.gql(`{ articles(filter: { from: "1000-01-01", to: "9000-01-01" }, first: 0) { histogram(interval: DAY) { count } } }`);
    expect(wide.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(wide.errors?.[0].message).toMatch(/interval/);
    expect(wide.statements).toBe(base.statements);
    const badInterval = await app.gql(`query ($i: Interval!) { articles(first: 0) { histogram(interval: $i) { count } } }`, { i: "HOUR" });
    expect(badInterval.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(badInterval.statements).toBe(0);
    const nested = `actor { quotes(first: 100) { nodes { id text } } }`;
    const costly = await app.gql(`{ articles(first: 0) { a: facets { actors(first: 100) { ${nested} } } b: facets { actors(first: 100) { ${nested} } } } }`);
    expect(costly.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(costly.statements).toBe(0);
  });
});

describe("quote and figure facets, histograms and series", () => {
  it.each([{}, { speakerCountry: "US" }, { country: "US", from: "2024-01-01" }, { uniqueStories: true }])("quote facets equal paging (%o)", async (filter) => {
    const items = await pageAll("quotes", filter, "id publishedAt speaker { id country { code } }");
    const res = await app.gql(
      `query ($filter: QuoteFilter) { quotes(filter: $filter, first: 1) { totalCount facets { speakers(first: 100) { actor { id } count } speakerCountries(first: 100) { country { code } count } }
         histogram(interval: MONTH) { start count } } }`,
      { filter },
    );
    expect(res.errors).toBeUndefined();
    const { facets } = res.data.quotes;
    expect(res.data.quotes.totalCount).toBe(items.length);
    expectTop(facets.speakers.map((c: any) => ({ key: c.actor.id, count: c.count })), countBy(items, (q) => [q.speaker?.id]), 100);
    expectTop(facets.speakerCountries.map((c: any) => ({ key: c.country.code, count: c.count })), countBy(items, (q) => [q.speaker?.country?.code]), 100);
    expect(res.data.quotes.histogram).toEqual(expectedHistogram(items.map((q) => q.publishedAt), "MONTH"));
  });

  it.each([{}, { unit: "USD" }, { kind: "COUNT" }, { country: "US", minValue: 50 }, { country: "US", uniqueStories: true }])("figure facets equal paging (%o)", async (filter) => {
    const items = await pageAll("figures", filter, "id publishedAt kind unit");
    const res = await app.gql(
      `query ($filter: FigureFilter) { figures(filter: $filter, first: 1) { facets { units(first: 100) { kind unit count } } histogram(interval: WEEK) { start count } } }`,
      { filter },
    );
    expect(res.errors).toBeUndefined();
    const units = res.data.figures.facets.units;
    expectTop(units.map((u: any) => ({ key: `${u.kind} ${u.unit}`, count: u.count })), countBy(items, (f) => [`${f.kind} ${f.unit}`]), 100);
    expect(res.data.figures.histogram).toEqual(expectedHistogram(items.map((f) => f.publishedAt), "WEEK"));
  });

  it.each([
    [{ unit: "USD" }, "MONTH"],
    [{ unit: "%", country: "US" }, "YEAR"],
    [{ country: "US", from: "2024-03-01", to: "2024-05-31" }, "WEEK"],
    [{ unit: "USD", uniqueStories: true }, "MONTH"],
  ] as const)("figureSeries %o by %s equals what paging computes", async (filter, interval) => {
    const items = await pageAll("figures", filter, "id value publishedAt");
    expect(items.length).toBeGreaterThan(1);
    const res = await app.gql(
      `query ($filter: FigureFilter!, $interval: Interval) { figureSeries(filter: $filter, interval: $interval) { start count min max median latest { id value publishedAt } } }`,
      { filter, interval },
    );
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    const groups = new Map<number, any[]>();
    for (const f of items) {
      const start = periodStart(new Date(f.publishedAt), interval);
      groups.set(start, [...(groups.get(start) ?? []), f]);
    }
    const expected = [...groups.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([start, figures]) => {
        const values = figures.map((f) => f.value);
        // Paging lists newest first, ties by the higher id: the first of the period is its latest.
        const latest = figures[0];
        return { start: new Date(start).toISOString(), count: figures.length, min: Math.min(...values), max: Math.max(...values), median: median(values), latest: { id: latest.id, value: latest.value, publishedAt: latest.publishedAt } };
      });
    expect(res.data.figureSeries.map((b: any) => ({ ...b, median: Number(b.median.toFixed(6)) }))).toEqual(expected.map((b) => ({ ...b, median: Number(b.median.toFixed(6)) })));
  });

  it("figureSeries defaults to months and rejects a bad filter before any SQL", async () => {
    const monthly = await app.gql(`{ figureSeries(filter: { unit: "USD" }) { start } }`);
    expect(monthly.data.figureSeries.every((b: any) => /-01T00:00:00.000Z$/.test(b.start))).toBe(true);
    const bad = await app.gql(`{ figureSeries(filter: { country: "XX" }) { start } }`);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.statements).toBe(0);
  });
});

describe("Actor.coMentioned", () => {
  it.each([null, { country: "US" }, { from: "2024-01-01", uniqueStories: true }])("equals the co-occurrences paging finds (filter %o)", async (filter) => {
    const items = await pageAll("articles", { ...(filter ?? {}), actorId: busyActor.id }, "id actors { id }");
    const expected = countBy(items, (a) => a.actors.map((x: any) => x.id).filter((id: string) => id !== busyActor.id));
    const res = await app.gql(`query ($id: ID!, $filter: ArticleFilter) { actor(id: $id) { coMentioned(first: 100, filter: $filter) { actor { id name } count } } }`, {
      id: busyActor.id,
      filter,
    });
    expect(res.errors).toBeUndefined();
    const returned = res.data.actor.coMentioned;
    expectTop(returned.map((c: any) => ({ key: c.actor.id, count: c.count })), expected, 100);
    const small = await app.gql(`query ($id: ID!, $filter: ArticleFilter) { actor(id: $id) { coMentioned(first: 3, filter: $filter) { actor { id } count } } }`, { id: busyActor.id, filter });
    expect(small.data.actor.coMentioned).toEqual(returned.slice(0, 3).map((c: any) => ({ actor: { id: c.actor.id }, count: c.count })));
  });

  it("rejects first outside 1..100", async () => {
    const res = await app.gql(`query ($id: ID!) { actor(id: $id) { coMentioned(first: 0) { count } } }`, { id: busyActor.id });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps the co-mention summary right when an article is deleted", async () => {
    const [article] = await pageAll("articles", { actorId: busyActor.id, from: "2025-12-01" }, "id actors { id }");
    const before = await app.gql(`query ($id: ID!) { actor(id: $id) { coMentioned(first: 100) { actor { id } count } } }`, { id: busyActor.id });
    const del = await app.gql(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: article.id });
    expect(del.data.deleteArticle).toBe(true);
    const after = await app.gql(`query ($id: ID!) { actor(id: $id) { coMentioned(first: 100) { actor { id } count } } }`, { id: busyActor.id });
    const others = new Set(article.actors.map((a: any) => a.id));
    const countOf = (list: any[], id: string) => list.find((c) => c.actor.id === id)?.count ?? 0;
    for (const id of others) if (id !== busyActor.id) expect(countOf(after.data.actor.coMentioned, id as string)).toBe(countOf(before.data.actor.coMentioned, id as string) - 1);
  });
});

describe("one story across sites", () => {
  let wire: string;
  let copy: string;
  let other: string;

  beforeAll(async () => {
    wire = (await app.ingest(WIRE_REPORT, { url: "https://andeswire.example/peru-quake", fetchedAt: "2025-03-10T09:00:00Z" })).id;
    copy = (await app.ingest(REPUBLISHED_COPY, { url: "https://dailyglobe.example/peru-quake", fetchedAt: "2025-03-10T12:00:00Z" })).id;
    other = (await app.ingest(OTHER_AGENCY_REPORT, { url: "https://pacificnews.example/peru-quake", fetchedAt: "2025-03-10T10:00:00Z" })).id;
  });

  it("groups an edited copy with the original and keeps another agency's own report apart", async () => {
    const read = async (id: string) =>
      (await app.gql(`query ($id: ID!) { article(id: $id) { id source sameStory { id source } } }`, { id })).data.article;
    expect((await read(wire)).sameStory).toEqual([{ id: copy, source: "dailyglobe.example" }]);
    expect((await read(copy)).sameStory).toEqual([{ id: wire, source: "andeswire.example" }]);
    expect((await read(other)).sameStory).toEqual([]);
    expect((await read(copy)).source).toBe("dailyglobe.example");
  });

  it("uniqueStories keeps the earliest copy and the other agency's report", async () => {
    const ids = async (uniqueStories: boolean) =>
      (await pageAll("articles", { search: "Arequipa", uniqueStories }, "id")).map((a) => a.id).sort();
    expect(await ids(false)).toEqual([wire, copy, other].sort());
    expect(await ids(true)).toEqual([wire, other].sort());
  });

  it("gives the same answers over HTTP (where the fast path serves plain lists) as in process", async () => {
    const base = await app.url();
    const post = async (query: string) => {
      const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      const body: any = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual((await app.gql(query)).data);
      return body;
    };
    // A plain list (what the fast path serves), then analytics fields (which the resolvers serve).
    const body = await post(`{ articles(filter: { search: "Arequipa", uniqueStories: true }) { nodes { id title } } }`);
    await post(`{ article(id: "${copy}") { sameStory { id } } figures(filter: { uniqueStories: true, unit: "USD" }, first: 100) { nodes { id } facets { units { kind unit count } } } }`);
    expect(body.data.articles.nodes.map((n: any) => n.id).sort()).toEqual([wire, other].sort());
  });

  it("reads sameStory for a whole page in one statement", async () => {
    const without = await app.gql(`{ articles(first: 50) { nodes { id } } }`);
    const withCopies = await app.gql(`{ articles(first: 50) { nodes { id sameStory { id } } } }`);
    expect(withCopies.statements).toBe(without.statements + 1);
    expect(withCopies.data.articles.nodes.some((a: any) => a.sameStory.length > 0)).toBe(true);
  });

  it("chooses the earliest copy again when it is deleted", async () => {
    const later = REPUBLISHED_COPY.replace("dailyglobe.example 3 hours ago", "metroherald.example 2 hours ago").replace("blood donors", "blood and plasma donors");
    const extra = (await app.ingest(later, { fetchedAt: "2025-03-11T12:00:00Z" })).id;
    expect(extra).not.toBe(copy);
    const del = await app.gql(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: wire });
    expect(del.data.deleteArticle).toBe(true);
    const unique = (await pageAll("articles", { search: "Arequipa", uniqueStories: true }, "id")).map((a) => a.id).sort();
    expect(unique).toEqual([copy, other].sort());
    const sameStory = (await app.gql(`query ($id: ID!) { article(id: $id) { sameStory { id } } }`, { id: copy })).data.article.sameStory;
    expect(sameStory).toEqual([{ id: extra }]);
  });
});

describe("the per-day summary behind unfiltered and per-country histograms and country facets", () => {
  it("stays exact through ingests, story changes and deletes (compared with paging)", async () => {
    const wire = await app.ingest(WIRE_REPORT.replace("Arequipa", "Arequipa province"), { fetchedAt: "2025-04-02T08:00:00Z" });
    const copy = await app.ingest(REPUBLISHED_COPY.replace("Arequipa", "Arequipa province"), { fetchedAt: "2025-04-02T07:00:00Z" });
    await app.gql(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: copy.id });
    expect(wire.id).toBeDefined();
    for (const filter of [{}, { uniqueStories: true }, { country: "PE" }, { country: busyCountry, uniqueStories: true, from: "2024-01-01", to: "2025-12-31" }]) {
      const items = await pageAll("articles", filter, "id publishedAt countries { code }");
      const res = await app.gql(
        `query ($filter: ArticleFilter) { articles(filter: $filter, first: 0) { facets { countries(first: 100) { country { code } count } } histogram(interval: WEEK) { start count } } }`,
        { filter },
      );
      expect(res.errors).toBeUndefined();
      expectTop(res.data.articles.facets.countries.map((c: any) => ({ key: c.country.code, count: c.count })), countBy(items, (a) => a.countries.map((c: any) => c.code)), 100);
      expect(res.data.articles.histogram).toEqual(expectedHistogram(items.map((a) => a.publishedAt), "WEEK"));
    }
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM article_day_count WHERE articles < 0`);
    expect(n).toBe(0);
  });
});

describe("article_facet, the arrays behind article facets, counts and coMentioned", () => {
  /**
   * Rows of article_facet that differ from what each article's link rows give (topics with every ancestor), both ways,
   * plus the per-key summary's counts that differ from a recount of those.
   */
  async function facetDrift(): Promise<number> {
    const [{ n }] = await app.db.dataSource.query(
      `WITH expected AS (
         SELECT a.id AS article_id, a.published_at, a.source, a.story_copy,
                ARRAY(SELECT x.country_code::text FROM article_country x WHERE x.article_id = a.id ORDER BY 1) AS country_codes,
                ARRAY(WITH RECURSIVE up(id) AS (SELECT x.topic_id FROM article_topic x WHERE x.article_id = a.id UNION SELECT t.parent_id FROM topic t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL)
                      SELECT id FROM up ORDER BY 1) AS topic_ids,
                ARRAY(SELECT x.actor_id FROM article_actor x WHERE x.article_id = a.id ORDER BY 1) AS actor_ids
         FROM article a),
       stored AS (SELECT article_id, published_at, source, story_copy, country_codes, topic_ids, actor_ids FROM article_facet),
       per_country AS (SELECT '' AS country_code, e.* FROM expected e UNION ALL SELECT unnest(e.country_codes), e.* FROM expected e),
       keys AS (
         SELECT country_code, facet, key, copy, count(*)::int AS articles FROM (
           SELECT country_code, 'country' AS facet, unnest(country_codes) AS key, story_copy AS copy FROM per_country
           UNION ALL SELECT country_code, 'topic', unnest(topic_ids)::text, story_copy FROM per_country
           UNION ALL SELECT country_code, 'actor', unnest(actor_ids)::text, story_copy FROM per_country
           UNION ALL SELECT country_code, 'source', source, story_copy FROM per_country) k GROUP BY 1, 2, 3, 4),
       summary AS (SELECT country_code, facet, key, copy, articles FROM article_key_count WHERE articles <> 0)
       SELECT ((SELECT count(*) FROM (TABLE expected EXCEPT TABLE stored) x) + (SELECT count(*) FROM (TABLE stored EXCEPT TABLE expected) y)
             + (SELECT count(*) FROM (TABLE keys EXCEPT TABLE summary) z) + (SELECT count(*) FROM (TABLE summary EXCEPT TABLE keys) w))::int AS n`,
    );
    return n;
  }

  it("holds exactly each article's link keys after the bulk load, ingests, re-ingests, link changes, topic moves and deletes", async () => {
    const [{ rows }] = await app.db.dataSource.query(`SELECT count(*)::int AS rows FROM article_facet`);
    expect(rows).toBeGreaterThan(0);
    expect(await facetDrift()).toBe(0);
    const raw = WIRE_REPORT.replace("Arequipa", "Arequipa region");
    const first = await app.ingest(raw, { fetchedAt: "2025-05-02T08:00:00Z" });
    expect(first.created).toBe(true);
    const again = await app.ingest(raw, { fetchedAt: "2025-05-02T09:00:00Z" });
    expect(again).toEqual({ id: first.id, created: false });
    // A republished copy published earlier makes the first a later copy (story_copy on the article and facet rows, and in the summary).
    const copy = await app.ingest(REPUBLISHED_COPY.replace("Arequipa", "Arequipa region"), { fetchedAt: "2025-05-02T06:00:00Z" });
    expect(copy.created).toBe(true);
    const copies = await app.db.dataSource.query(`SELECT article_id::text AS id FROM article_facet WHERE story_copy AND article_id IN ($1, $2)`, [first.id, copy.id]);
    // (Both, when the unedited wire report of an earlier test leads the story.)
    expect(copies).toContainEqual({ id: first.id });
    const [stored] = await app.db.dataSource.query(`SELECT country_codes, actor_ids FROM article_facet WHERE article_id = $1`, [first.id]);
    expect(stored.country_codes.length).toBeGreaterThan(0);
    expect(stored.actor_ids.length).toBeGreaterThan(0);
    expect(await facetDrift()).toBe(0);
    // Link rows changed on their own (no writer does today; the triggers keep the arrays right whoever does).
    await app.db.dataSource.query(`DELETE FROM article_actor WHERE article_id = $1 AND actor_id = $2`, [first.id, stored.actor_ids[0]]);
    await app.db.dataSource.query(`DELETE FROM article_country WHERE article_id = $1 AND country_code = $2`, [first.id, stored.country_codes[0]]);
    await app.db.dataSource.query(`INSERT INTO article_country (article_id, country_code, published_at) SELECT id, 'NZ', published_at FROM article WHERE id = $1 ON CONFLICT DO NOTHING`, [first.id]);
    expect(await facetDrift()).toBe(0);
    // A topic moved under another adds the new parent to its articles' arrays, and moving it back removes it.
    const [{ id: child }, { id: parent }] = await app.db.dataSource.query(
      `(SELECT t.id FROM topic t WHERE t.parent_id IS NULL AND t.slug <> $1 AND EXISTS (SELECT 1 FROM article_topic x WHERE x.topic_id = t.id) ORDER BY t.id LIMIT 1)
       UNION ALL (SELECT id FROM topic WHERE slug = $1)`,
      [busyTopic],
    );
    await app.db.dataSource.query(`UPDATE topic SET parent_id = $2 WHERE id = $1`, [child, parent]);
    try {
      expect(await facetDrift()).toBe(0);
      const fresh = await startTestAppOn(app);
      const res = await fresh.gql(`{ articles(first: 0) { totalCount facets { topics(first: 100) { topic { slug } count } } } }`);
      const [{ n }] = await app.db.dataSource.query(`SELECT count(DISTINCT article_id)::int AS n FROM article_topic WHERE topic_id IN ($1, $2)`, [child, parent]);
      expect(new Map(res.data.articles.facets.topics.map((t: any) => [t.topic.slug, t.count])).get(busyTopic)).toBe(n);
      await fresh.stop();
    } finally {
      await app.db.dataSource.query(`UPDATE topic SET parent_id = NULL WHERE id = $1`, [child]);
    }
    expect(await facetDrift()).toBe(0);
    const deleted = await app.gql(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: first.id });
    expect(deleted.errors).toBeUndefined();
    expect(await facetDrift()).toBe(0);
    expect((await app.gql(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: copy.id })).errors).toBeUndefined();
    const [{ left }] = await app.db.dataSource.query(`SELECT count(*)::int AS left FROM article_facet WHERE article_id = $1`, [first.id]);
    expect(left).toBe(0);
    expect(await facetDrift()).toBe(0);
  });

  it.each([
    () => ({ country: busyCountry, topic: busyTopic, from: "2024-01-01", to: "2025-06-30" }),
    () => ({ actorId: busyActor.id, country: busyCountry }),
    () => ({ topic: busyTopic, source: "reuters.com", uniqueStories: true }),
  ])("counts and coMentioned over several keys equal paging (%#)", async (make) => {
    const filter = make();
    const items = await pageAll("articles", filter, "id actors { id }");
    expect(items.length).toBeGreaterThan(0);
    const res = await app.gql(
      `query ($filter: ArticleFilter, $id: ID!) { articles(filter: $filter, first: 0) { totalCount } actor(id: $id) { coMentioned(first: 100, filter: $filter) { actor { id } count } } }`,
      { filter, id: busyActor.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.articles.totalCount).toBe(items.length);
    const shared = items.filter((a) => a.actors.some((x: any) => x.id === busyActor.id));
    const expected = countBy(shared, (a) => a.actors.map((x: any) => x.id).filter((id: string) => id !== busyActor.id));
    expectTop(res.data.actor.coMentioned.map((c: any) => ({ key: c.actor.id, count: c.count })), expected, 100);
  });
});

describe("uniqueStories paging over the synthetic corpus", () => {
  it.each([{}, { country: "US" }, { topic: "politics-and-government", from: "2024-01-01" }])("never skips or repeats, and keeps exactly the earliest copy of each story (%o)", async (filter) => {
    const everything = await pageAll("articles", filter, "id publishedAt sameStory { id publishedAt }");
    const key = (a: any) => [new Date(a.publishedAt).getTime(), BigInt(a.id)] as const;
    const earlier = (x: any, y: any) => key(x)[0] < key(y)[0] || (key(x)[0] === key(y)[0] && key(x)[1] < key(y)[1]);
    const leads = everything.filter((a) => !a.sameStory.some((c: any) => earlier(c, a))).map((a) => a.id);
    expect(leads.length).toBeLessThan(everything.length);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await app.gql(`query ($filter: ArticleFilter, $after: String) { articles(filter: $filter, first: 7, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, {
        filter: { ...filter, uniqueStories: true },
        after,
      });
      expect(res.data.articles.totalCount).toBe(leads.length);
      seen.push(...res.data.articles.nodes.map((n: any) => n.id));
      after = res.data.articles.pageInfo.hasNextPage ? res.data.articles.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual([...leads].sort());
  });
});

/** A second server over the same database, so reference data (topics) is read again. */
async function startTestAppOn(base: TestApp) {
  const services = await createServices(base.config, base.db.dataSource);
  const server = await createServer(base.config, services, createLogger("silent"));
  return {
    async gql(query: string) {
      const result = await server.apollo.executeOperation({ query }, { contextValue: createContext(services, null, "test") });
      if (result.body.kind !== "single") throw new Error("expected a single result");
      return { data: result.body.singleResult.data as any, errors: result.body.singleResult.errors };
    },
    stop: () => server.stop(),
  };
}
