import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { type AppServer, createServer } from "../../src/server";
import { makeArticle } from "../helpers/articles";
import { startTestApp, type TestApp } from "../helpers/test-app";

/**
 * Differential test: every query goes over HTTP to a server with the fast path and to one without it (resolvers
 * only, the plain graphql-js path) over the same database, and the answers must be the same bytes, status and
 * content type. Each query also states whether the fast path should serve it, so a silent fallback is caught.
 */
let app: TestApp;
let plain: AppServer;
let fastUrl: string;
let plainUrl: string;

interface Answer {
  status: number;
  text: string;
  type: string | null;
  statements: number;
}

async function post(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text(), type: res.headers.get("content-type"), statements: Number(res.headers.get("x-sql-statements")) };
}

/** Sends the request to both servers, checks they agree, and returns the fast server's answer parsed. */
async function same(body: { query?: string; variables?: Record<string, unknown>; operationName?: string; extensions?: unknown }, fast: boolean): Promise<any> {
  if (body.query !== undefined) expect(app.server.fastPath!.planFor(body.query, body.operationName ?? null) !== null).toBe(fast);
  const [a, b] = [await post(fastUrl, body), await post(plainUrl, body)];
  expect(a.text).toBe(b.text);
  expect(a.status).toBe(b.status);
  expect(a.type).toBe(b.type);
  // The fast path never sends more statements than the resolvers (it joins what they batch in a loader).
  if (a.status === 200) expect(a.statements).toBeLessThanOrEqual(b.statements);
  return JSON.parse(a.text);
}

const ARTICLE_FIELDS = `id title url source publishedAt fetchedAt createdAt body __typename
  countries { code name __typename } topics { slug code name parent { slug } }
  actors { id name kind title aliases country { code name } }
  quotes { id text publishedAt start end speaker { id name kind title aliases country { code } } }
  figures { id value kind unit text context publishedAt start end }`;

beforeAll(async () => {
  app = await startTestApp({ RATE_LIMIT_PER_MINUTE: "0" });
  const config = loadConfig({ NODE_ENV: "test", API_KEYS: "k", PORT: "0", HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "0", FAST_PATH: "false" });
  plain = await createServer(config, app.services, createLogger("silent"));
  fastUrl = await app.url();
  plainUrl = `http://127.0.0.1:${await plain.listen()}`;
  const awkward = 'Line one\nline "two"\ttabbed \\ back\u0001slash, emoji \u{1F600}, accents é, RTL \u05D0, U+2028 \u2028 end';
  const values = [1e21, 1.5e15, 123456789012345680000, 1e-7, 0.00001, 0.000123, -3.25, 0, 24_500_000_000, 3.1, 0.1 + 0.2, 1 / 3, 2 ** 53 + 2, 5e-324];
  for (let i = 0; i < 7; i++) {
    const body = `${awkward} ${i}. Casualties passed ${i} thousand, officials said.`;
    await app.services.ingest.save(
      makeArticle({
        title: i === 3 ? awkward : `Article ${i} on ports`,
        source: i % 2 ? "alpha.com" : "beta.com",
        publishedAt: new Date(Date.UTC(2024, 5, 10 + i, 12, 30, 15, i === 2 ? 0 : 123 + i)),
        body,
        countries: i % 3 === 0 ? ["UA", "US"] : ["JP"],
        topics: i % 2 ? ["conflict-war-and-peace", "economy-business-and-finance"] : ["politics-and-government"],
        actors: [
          { key: "ryder", name: "Patrick Ryder", kind: "PERSON", title: "Pentagon spokesman", country: "US", aliases: ["Ryder", 'The "Spokesman"'], mentions: 2 },
          { key: "mfa", name: `Foreign Ministry ${i % 2}`, kind: "ORGANIZATION", title: null, country: null, aliases: [], mentions: 1 },
        ],
        quotes: [
          { text: `We are watching ${awkward}`, start: 0, end: 5, speakerKey: "ryder" },
          { text: "Nobody knows,", start: 6, end: 10, speakerKey: i % 2 ? "mfa" : null },
        ],
        figures: values.slice(i * 2, i * 2 + 2).map((value, j) => ({ value, kind: j ? ("MONEY" as const) : ("PERCENT" as const), unit: j ? "USD" : "%", text: `${value}`, context: `It was ${value}. ${awkward}`, start: j, end: j + 1 })),
      }),
      { url: i % 2 ? null : `https://example.com/${i}`, fetchedAt: new Date(Date.UTC(2024, 5, 20, 8, 0, 0, 456)) },
    );
  }
});

afterAll(async () => {
  await plain?.stop();
  await app?.close();
});

describe("fast path and resolvers agree", () => {
  it("articles with every field and relation, and __typename", async () => {
    const out = await same({ query: `{ articles(first: 10) { __typename totalCount nodes { ${ARTICLE_FIELDS} } pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename } } }` }, true);
    expect(out.data.articles.nodes).toHaveLength(7);
    expect(out.data.articles.nodes[3].title).toContain("\u2028");
  });

  it("filters through variables and literals, with dates, topics, search and source", async () => {
    const query = `query A($f: ArticleFilter, $n: Int) { articles(filter: $f, first: $n) { totalCount nodes { id title countries { code } } pageInfo { hasNextPage endCursor } } }`;
    for (const f of [{ country: "ua" }, { country: "JP", topic: "politics-and-government" }, { from: "2024-06-12", to: "2024-06-14" }, { source: "ALPHA.com" }, { search: "ports" }, { topic: "conflict-war-and-peace", from: "2024-06-11T00:00:00Z" }, {}]) {
      await same({ query, variables: { f, n: 2 } }, true);
    }
    await same({ query: `{ articles(filter: { country: "US", to: "2024-06-13" }, first: 3) { nodes { id } } }` }, true);
  });

  it("pages through with cursors, first: 0 and totalCount alone", async () => {
    const query = `query P($after: String) { articles(first: 2, after: $after) { nodes { id publishedAt } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    let after: string | null = null;
    const seen: string[] = [];
    for (let page = 0; page < 5; page++) {
      const out = await same({ query, variables: { after } }, true);
      seen.push(...out.data.articles.nodes.map((n: { id: string }) => n.id));
      after = out.data.articles.pageInfo.endCursor;
      if (!out.data.articles.pageInfo.hasNextPage) break;
    }
    expect(new Set(seen).size).toBe(7);
    await same({ query: `{ articles(first: 0) { nodes { id } pageInfo { hasNextPage startCursor endCursor } } }` }, true);
    await same({ query: `{ articles { totalCount } }` }, true);
  });

  it("aliases, named and inline fragments, several operations and operationName", async () => {
    await same({ query: `{ list: articles(first: 3) { items: nodes { heading: title when: publishedAt ...More ... on Article { source c: countries { code } } } info: pageInfo { more: hasNextPage } } } fragment More on Article { id title }` }, true);
    const doc = `query One { quotes(first: 2) { nodes { text } } } query Two { figures(first: 2) { nodes { value } } }`;
    await same({ query: doc, operationName: "Two" }, true);
    await same({ query: doc, operationName: "One" }, true);
    await same({ query: doc }, false);
  });

  it("quotes, figures and actors with their relations and filters", async () => {
    await same({ query: `{ quotes(first: 20) { totalCount nodes { id text publishedAt start end speaker { id name country { code name } } article { id title url publishedAt } } pageInfo { endCursor } } }` }, true);
    await same({ query: `query Q($f: QuoteFilter) { quotes(filter: $f) { nodes { id speaker { name } } } }`, variables: { f: { speakerCountry: "us", from: "2024-06-12" } } }, true);
    await same({ query: `{ quotes(filter: { search: "watching" }) { nodes { id } } }` }, true);
    await same({ query: `{ figures(first: 50) { nodes { id value unit text context publishedAt start end article { id title source } } pageInfo { startCursor endCursor } } }` }, true);
    await same({ query: `{ figures(filter: { unit: "usd", minValue: 1, maxValue: 1e16 }) { totalCount nodes { value } } }` }, true);
    await same({ query: `{ figures(filter: { kind: PERCENT }) { totalCount nodes { value kind unit } } }` }, true);
    await same({ query: `{ figures(filter: { kind: MONEY, search: "ports" }) { nodes { kind text } } }` }, true);
    await same({ query: `{ actors(first: 5) { nodes { id name kind title aliases country { code name } } pageInfo { hasNextPage endCursor } } }` }, true);
    await same({ query: `{ actors(filter: { kind: ORGANIZATION }) { nodes { name } } }` }, true);
  });

  it("actor by id with nested quotes and articles connections, paged with cursors, in one statement", async () => {
    const [{ id }] = await app.db.dataSource.query(`SELECT id::text FROM actor WHERE name = 'Patrick Ryder'`);
    const query = `query Op5($id: ID!, $n: Int, $qa: String, $aa: String) { actor(id: $id) { id name kind title aliases country { code name }
      quotes(first: $n, after: $qa) { totalCount nodes { id text publishedAt speaker { name } article { title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename } __typename }
      later: articles(first: $n, after: $aa) { pageInfo { endCursor hasNextPage } nodes { id title publishedAt countries { code } } totalCount } } }`;
    let [qa, aa]: Array<string | null> = [null, null];
    const quotes: string[] = [];
    const articles: string[] = [];
    for (let page = 0; page < 6; page++) {
      const body = { query, variables: { id, n: 3, qa, aa } };
      expect(app.server.fastPath!.lookup(body, undefined)).not.toBeNull();
      const out = await same(body, true);
      const answer = await post(fastUrl, body);
      expect(answer.statements).toBe(1); // whatever the page size; the resolvers send one per loader
      const { actor } = out.data;
      quotes.push(...actor.quotes.nodes.map((n: { id: string }) => n.id));
      articles.push(...actor.later.nodes.map((n: { id: string }) => n.id));
      qa = actor.quotes.pageInfo.endCursor ?? qa;
      aa = actor.later.pageInfo.endCursor ?? aa;
    }
    expect(new Set(quotes).size).toBe(7);
    expect(new Set(articles).size).toBe(7);
    for (const n of [0, 1, 100]) {
      const body = { query, variables: { id, n } };
      expect(app.server.fastPath!.lookup(body, undefined)).not.toBeNull();
      expect((await post(fastUrl, body)).statements).toBe(1);
      await same(body, true);
    }
    // Defaults, aliases, fragments, __typename, and an id nobody has.
    await same({ query: `{ actor(id: "${id}") { __typename ...A quotes { nodes { id } } } } fragment A on Actor { name articles { pageInfo { startCursor } } }` }, true);
    await same({ query: `{ actor(id: "999999") { id quotes(first: 2) { nodes { id } } } }` }, true);
    // Connections nested deeper: each is a correlated page inside the one statement.
    const deep = { query: `{ actor(id: "${id}") { quotes(first: 2) { nodes { article { title actors { name articles(first: 1) { nodes { id } pageInfo { endCursor hasNextPage } } } } } } } }` };
    expect(app.server.fastPath!.lookup(deep, undefined)).not.toBeNull();
    await same(deep, true);
    await same({ query: `{ article(id: "${(await app.db.dataSource.query(`SELECT id::text FROM article LIMIT 1`))[0].id}") { ${ARTICLE_FIELDS} } }` }, true);
    // Errors are the resolvers' own, data and extensions included: a bad id, bad cursors and page sizes, cost.
    for (const variables of [{ id: "x1", n: 2 }, { id, n: 500 }, { id, n: -1 }, { id, n: 2, qa: "forged.cursor" }, { id, n: 2, aa: qa }, { id, n: 2, qa: aa }]) {
      const out = await same({ query, variables }, true);
      expect(out.errors?.length).toBeGreaterThan(0);
    }
  });

  it("searches run on the fast path with the input guard's refusals and totalCount", async () => {
    const query = `query S($f: ArticleFilter) { articles(filter: $f, first: 3) { totalCount nodes { id title } pageInfo { endCursor } } }`;
    for (const f of [{ search: "ports" }, { search: "casualties officials", country: "JP" }, { search: "nothing-matches-this" }]) {
      const body = { query, variables: { f } };
      expect(app.server.fastPath!.lookup(body, undefined)).not.toBeNull();
      await same(body, true);
    }
    // The search's page and its count each take a turn in the per-client gate, keyed as the rate limit keys the client.
    const gate = app.services.gate;
    const run = gate.run.bind(gate);
    const clients: Array<string | undefined> = [];
    gate.run = ((work: () => Promise<unknown>, client?: string) => {
      clients.push(client);
      return run(work, client);
    }) as typeof gate.run;
    try {
      const answer = await post(fastUrl, { query, variables: { f: { search: "ports" } } });
      expect(JSON.parse(answer.text).data.articles.totalCount).toBeGreaterThan(0);
    } finally {
      gate.run = run;
    }
    expect(clients).toEqual(["ip:127.0.0.1", "ip:127.0.0.1"]);
    const long = "ports ".repeat(100);
    for (const variables of [{ f: { search: long } }, { f: { search: "po\u0000rts" } }, { f: { search: "ports" }, other: { search: long } }, { f: { search: "ports" }, extra: "a\u0000b" }]) {
      const body = { query, variables };
      expect(app.server.fastPath!.lookup(body, undefined)).toBeNull();
      const out = await same(body, true);
      expect(out.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    }
    const literal = { query: `{ quotes(filter: { search: "${"watching ".repeat(100)}" }) { nodes { id } } }` };
    expect(app.server.fastPath!.lookup(literal, undefined)).toBeNull();
    expect((await same(literal, true)).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("what the fast path leaves to the resolvers answers the same", async () => {
    await same({ query: `{ articles(first: 2) { edges { cursor node { id } } } }` }, false);
    await same({ query: `{ articles(first: 2) { nodes { id title @include(if: false) } } }` }, false);
    await same({ query: `{ actors(first: 2) { nodes { name quotes(first: 1) { nodes { text } } } } }` }, false);
    await same({ query: `{ countries { code } }` }, false);
    await same({ query: `{ articles(first: 1) { nodes { id } } quotes(first: 1) { nodes { id } } }` }, false);
  });

  it("errors: bad input, bad cursors, bad variables, limits, validation and syntax", async () => {
    const errors = [
      { query: `{ articles(filter: { country: "XX" }) { nodes { id } } }`, fast: true },
      { query: `{ articles(first: 500) { nodes { id } } }`, fast: true },
      { query: `{ articles(after: "forged.cursor") { nodes { id } } }`, fast: true },
      { query: `query F($f: FigureFilter) { figures(filter: $f) { nodes { id } } }`, variables: { f: { minValue: 5, maxValue: 1 } }, fast: true },
      { query: `query F($n: Int) { figures(first: $n) { nodes { id } } }`, variables: { n: "many" }, fast: true },
      { query: `query F($f: ArticleFilter) { articles(filter: $f) { nodes { id } } }`, variables: { f: { from: "not a date" } }, fast: true },
      { query: `{ articles(first: 100) { nodes { ${ARTICLE_FIELDS} } } }`, fast: true }, // over MAX_QUERY_COST
      { query: `{ articles { nodes { nope } } }`, fast: false },
      { query: `{ articles { nodes { id `, fast: false },
    ];
    for (const { query, variables, fast } of errors) {
      const out = await same({ query, variables }, fast);
      expect(out.errors?.length).toBeGreaterThan(0);
    }
  });

  it("automatic persisted queries: the document with its hash, then the hash alone", async () => {
    const query = `{ figures(first: 3) { nodes { id value } } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    await same({ query, extensions }, true);
    const out = await same({ extensions }, true);
    expect(out.data.figures.nodes).toHaveLength(3);
    await same({ query, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, true);
  });
});

describe("ng_json_float", () => {
  it("prints every double as JSON.stringify does", async () => {
    const values = [0, -0, 1, -1, 0.1, 0.5, 1 / 3, 2 / 3, 1e-7, 1.5e-7, 1e-6, 0.000123, 1e-5, 0.0001, 123.456, 1e15, 1.5e15, 1234567890123456.7, 1e16, 9.99e20, 1e21, 1.234e25, -1e21, -4.5e-9, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, 24_500_000_000];
    const rows: Array<{ out: string }> = await app.db.dataSource.query(`SELECT ng_json_float(v)::text AS out FROM unnest($1::float8[]) WITH ORDINALITY AS x(v, i) ORDER BY i`, [values.map(String)]);
    expect(rows.map((r) => r.out)).toEqual(values.map((v) => JSON.stringify(v)));
  });
});

describe("persisted documents only (PERSISTED_DOCUMENTS)", () => {
  it("runs listed documents, by text or by hash, and refuses any other", async () => {
    const listed = `{ articles(first: 1) { nodes { id } } }`;
    const hash = createHash("sha256").update(listed).digest("hex");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ng-persisted-")), "documents.json");
    fs.writeFileSync(file, JSON.stringify({ [hash]: listed }));
    const config = loadConfig({ NODE_ENV: "test", API_KEYS: "k", PORT: "0", HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "0", PERSISTED_DOCUMENTS: file });
    const locked = await createServer(config, app.services, createLogger("silent"));
    try {
      const url = `http://127.0.0.1:${await locked.listen()}`;
      const byText = await post(url, { query: listed });
      const byHash = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      expect(byText.status).toBe(200);
      expect(byHash.text).toBe(byText.text);
      expect(JSON.parse(byText.text).data.articles.nodes).toHaveLength(1);
      for (const body of [{ query: `{ articles(first: 2) { nodes { id } } }` }, { extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } } }]) {
        const refused = await post(url, body);
        expect(refused.status).toBe(400);
        expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
        expect(refused.statements).toBe(0);
      }
    } finally {
      await locked.stop();
    }
    fs.writeFileSync(file, JSON.stringify({ [hash.replace(/^./, "0")]: listed }));
    await expect(createServer(config, app.services, createLogger("silent"))).rejects.toThrow(/PERSISTED_DOCUMENTS/);
  });
});
