import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { createDataSource } from "../../src/database/data-source";
import { createLogger } from "../../src/logger";
import { localCursorSecret } from "../../src/main";
import { createServer, type AppServer } from "../../src/server";
import { createServices, type Services } from "../../src/services";
import { codes, post } from "../helpers/http";
import { rawArticle, startTestApp, TEST_KEY, type TestApp } from "../helpers/test-app";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created truncated article { id quotes { text } figures { value } actors { name } } } }`;

/** Index scans on api_key so far, as PostgreSQL's statistics report them (flushed at most once a second). */
async function keyLookups(app: TestApp): Promise<number> {
  await new Promise((r) => setTimeout(r, 1_300));
  await app.services.dataSource.query(`SELECT pg_stat_clear_snapshot()`);
  const [{ n }] = await app.services.dataSource.query(`SELECT (coalesce(idx_scan, 0) + coalesce(seq_scan, 0))::int AS n FROM pg_stat_user_tables WHERE relname = 'api_key'`);
  return n;
}

describe("a production server with small limits", () => {
  let app: TestApp;
  let base: string;
  const from = (address: string, extra: Record<string, string> = {}) => ({ "x-forwarded-for": address, ...extra });

  beforeAll(async () => {
    app = await startTestApp({
      NODE_ENV: "production",
      EXTRACT_WORKERS: "1",
      MAX_QUOTES_PER_ARTICLE: "2",
      MAX_FIGURES_PER_ARTICLE: "2",
      MAX_ACTORS_PER_ARTICLE: "1",
      MAX_RESPONSE_BYTES: "20000",
      RATE_LIMIT_PER_MINUTE: "5",
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "8",
      TRUST_PROXY: "true",
    });
    base = await app.url();
  });
  afterAll(() => app.close());

  it("stores at most the per-article caps and says what was cut in `truncated`", async () => {
    const res = await post(base, { query: INGEST, variables: { input: { raw: rawArticle("caps") } } }, from("10.0.0.1", { authorization: `Bearer ${TEST_KEY}` }));
    expect(res.body.errors).toBeUndefined();
    const { truncated, article } = res.body.data.ingestArticle;
    expect(truncated).toEqual(expect.arrayContaining(["quotes", "figures", "actors"]));
    expect(article.quotes).toHaveLength(2);
    expect(article.figures).toHaveLength(2);
    expect(article.actors).toHaveLength(1);
  });

  it("answers a response over MAX_RESPONSE_BYTES with RESPONSE_TOO_LARGE, not a 500", async () => {
    const res = await post(base, { query: `{ articles(first: 10) { nodes { ${Array.from({ length: 25 }, (_, i) => `b${i}: body`).join(" ")} } } }` }, from("10.0.0.2"));
    expect(res.status).toBe(200);
    expect(codes(res)).toEqual(["RESPONSE_TOO_LARGE"]);
    expect(res.body.data).toBeUndefined();
    expect(res.body.extensions.cost.limit).toBeGreaterThan(0);
    const small = await post(base, { query: `{ articles(first: 1) { nodes { id } } }` }, from("10.0.0.2"));
    expect(small.body.errors).toBeUndefined();
  });

  it("gives no field suggestions in production and a JSON 404 for unknown paths", async () => {
    const res = await post(base, { query: `{ articlez { nodes { id } } }` }, from("10.0.0.3"));
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Did you mean/i);
    expect(res.body.errors[0].message).toMatch(/articlez/);
    const missing = await fetch(`${base}/no/such/path`, { headers: from("10.0.0.3") });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/application\/json/);
    expect(((await missing.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
  });

  it("sends RateLimit-* headers on every response and extensions.cost on every GraphQL answer", async () => {
    const ok = await post(base, { query: `{ articles(first: 3) { totalCount nodes { id } } }` }, from("10.0.0.4"));
    expect(ok.headers.get("ratelimit-limit")).toBe("5");
    expect(ok.headers.get("ratelimit-remaining")).toBe("4");
    expect(Number(ok.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    expect(ok.body.extensions.cost).toEqual({ estimated: expect.any(Number), limit: app.config.maxQueryCost });
    expect(ok.body.extensions.cost.estimated).toBeGreaterThanOrEqual(200); // totalCount is counted
    const bad = await post(base, { query: `{ articles(first: 3) { nodes { nope } } }` }, from("10.0.0.4"));
    expect(bad.body.extensions.cost.limit).toBe(app.config.maxQueryCost);
    const health = await fetch(`${base}/health`, { headers: from("10.0.0.4") });
    expect(health.headers.get("ratelimit-limit")).toBe("5");
    expect(health.headers.get("ratelimit-remaining")).toBe("3");
  });

  it("counts the client address before any key lookup: random keys past the budget cost no database work", async () => {
    const before = await keyLookups(app);
    const answers = [];
    for (let i = 0; i < 20; i++) {
      answers.push(await post(base, { query: `{ articles(first: 1) { nodes { id } } }` }, from("10.0.0.5", { authorization: `Bearer ng_random_${i}_${Math.random()}` })));
    }
    // 5 pass; 3 more pass the address budget (8) but spend the address's own budget (5); 12 never reach a lookup.
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBe(15);
    expect(limited.every((a) => codes(a)[0] === "RATE_LIMITED" && a.headers.get("retry-after"))).toBe(true);
    expect((await keyLookups(app)) - before).toBeLessThanOrEqual(8);
  });

  it("caches key lookups briefly and forgets a key revoked here at once", async () => {
    const key = await app.services.apiKeys.create("cached-writer", "write");
    const before = await keyLookups(app);
    for (let i = 0; i < 3; i++) {
      const res = await post(base, { query: `mutation { deleteArticle(id: "999999") }` }, from(`10.0.1.${i}`, { authorization: `Bearer ${key}` }));
      expect(res.body.data.deleteArticle).toBe(false);
    }
    expect((await keyLookups(app)) - before).toBe(1);
    await app.services.apiKeys.revoke("cached-writer");
    const revoked = await post(base, { query: `mutation { deleteArticle(id: "999999") }` }, from("10.0.1.9", { authorization: `Bearer ${key}` }));
    expect(codes(revoked)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("the database pool cannot be starved", () => {
  let db: TestDatabase;
  let services: Services;
  let server: AppServer;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: "test", API_KEYS: TEST_KEY, PORT: "0", HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "0", TRUST_PROXY: "true", DB_POOL_SIZE: "3", DB_POOL_WAIT_MS: "400", MAX_EXPENSIVE_PER_CLIENT: "1" });
    const dataSource = createDataSource(db.url, { poolSize: config.dbPoolSize, poolWaitMs: config.dbPoolWaitMs });
    await dataSource.initialize();
    services = await createServices(config, dataSource);
    server = await createServer(config, services, createLogger("silent"));
    base = `http://127.0.0.1:${await server.listen()}`;
    for (const tag of ["pool-1", "pool-2", "pool-3"]) {
      const res = await post(base, { query: INGEST, variables: { input: { raw: rawArticle(tag) } } }, { authorization: `Bearer ${TEST_KEY}` });
      expect(res.body.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await server.stop();
    await services.dataSource.destroy();
    await db.drop();
  });

  it("keeps cheap queries answering while 16 clients run searches with counts (two with 20 aliases)", async () => {
    const search = (aliases: number) => `{ ${Array.from({ length: aliases }, (_, i) => `s${i}: quotes(first: 1, filter: { search: "zzzqqq" }) { totalCount nodes { id } }`).join(" ")} }`;
    let running = true;
    const searchers = Array.from({ length: 16 }, (_, i) =>
      (async () => {
        const outcomes: string[] = [];
        while (running) outcomes.push(...codes(await post(base, { query: search(i < 2 ? 20 : 1) }, { "x-forwarded-for": `10.1.0.${i}` })));
        return outcomes;
      })(),
    );
    const cheap: string[][] = [];
    for (let i = 0; i < 15; i++) cheap.push(codes(await post(base, { query: `{ articles(first: 2) { nodes { id title } } }` }, { "x-forwarded-for": "10.2.0.1" })));
    running = false;
    const searchErrors = (await Promise.all(searchers)).flat();
    expect(cheap.flat()).toEqual([]);
    // Searches may be told the server is busy; nothing fails otherwise.
    expect(searchErrors.filter((c) => c !== "SERVICE_UNAVAILABLE")).toEqual([]);
  });

  it("answers SERVICE_UNAVAILABLE saying the server is busy, with Retry-After, when no connection frees up in time", async () => {
    const holders = Array.from({ length: 3 }, () => services.dataSource.query(`SELECT pg_sleep(2)`));
    await new Promise((r) => setTimeout(r, 200));
    const res = await post(base, { query: `{ articles(first: 1) { nodes { id } } }` }, { "x-forwarded-for": "10.3.0.1" });
    expect(res.status).toBe(503);
    expect(codes(res)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(res.body.errors[0].message).toMatch(/busy/);
    expect(res.headers.get("retry-after")).toBeTruthy();
    await Promise.all(holders);
    const after = await post(base, { query: `{ articles(first: 1) { nodes { id } } }` }, { "x-forwarded-for": "10.3.0.1" });
    expect(after.body.errors).toBeUndefined();
  });
});

describe("secrets", () => {
  it("has no built-in cursor secret: one is generated on first start and kept in the data folder", () => {
    expect(loadConfig({}).cursorSecret).toBe("");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ng-secret-"));
    const first = localCursorSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(localCursorSecret(dir)).toBe(first);
    expect(fs.statSync(path.join(dir, "cursor-secret")).mode & 0o777).toBe(0o600);
    expect(localCursorSecret(fs.mkdtempSync(path.join(os.tmpdir(), "ng-secret-")))).not.toBe(first);
  });
});
