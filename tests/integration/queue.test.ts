import { Client } from "pg";
import { type Child, dist, ensureBuilt, spawnNode } from "../helpers/processes";
import { rawArticle, startTestApp, type TestApp } from "../helpers/test-app";

const ENQUEUE = `mutation ($inputs: [IngestArticleInput!]!) { enqueueArticles(inputs: $inputs) { id total done created failed pending errors { index code message } } }`;
const STATUS = `query ($id: ID!) { ingestBatch(id: $id) { id total done created failed pending errors { index code message } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ INGEST_JOB_TIMEOUT_SECONDS: "4" });
});
afterAll(() => app.close());

async function waitUntilDone(id: string, timeoutMs = 90_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data, errors } = await app.gql(STATUS, { id });
    expect(errors).toBeUndefined();
    if (data.ingestBatch.pending === 0) return data.ingestBatch;
    if (Date.now() > deadline) throw new Error(`batch ${id} still pending: ${JSON.stringify(data.ingestBatch)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await app.db.dataSource.query(sql, params);
  return Number(Object.values(row)[0]);
}

describe("enqueueArticles and ingestBatch", () => {
  it("refuses a bad input before storing anything, naming it by index, and needs a write key", async () => {
    const bad = await app.gql(ENQUEUE, { inputs: [{ raw: rawArticle("q-ok") }, { raw: rawArticle("q-ok-2") }, { raw: rawArticle("q-bad"), url: "ftp://example.com/x" }] });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0].message).toMatch(/^inputs\[2\]\.url: /);
    const nul = await app.gql(ENQUEUE, { inputs: [{ raw: "Title\u0000" }] });
    expect(nul.errors?.[0].message).toMatch(/inputs\[0\]\.raw: must not contain NUL characters/);
    const none = await app.gql(ENQUEUE, { inputs: [] });
    expect(none.errors?.[0].message).toMatch(/^inputs: must hold 1 to 1000 articles, got 0/);
    const tooMany = await app.gql(ENQUEUE, { inputs: Array.from({ length: 1001 }, () => ({ raw: "x" })) });
    expect(tooMany.errors?.[0].message).toMatch(/got 1001/);
    const anonymous = await app.gql(ENQUEUE, { inputs: [{ raw: rawArticle("q-anon") }] }, { key: null });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await count(`SELECT count(*) FROM ingest_batch`)).toBe(0);
    const unknown = await app.gql(STATUS, { id: "999999" });
    expect(unknown.data).toEqual({ ingestBatch: null });
  });

  it("ingests each input as ingestArticle would and reports created, already stored and failed ones", async () => {
    const known = await app.ingest(rawArticle("q-known"));
    const inputs = [
      { raw: rawArticle("q-1"), fetchedAt: "2025-06-20T12:00:00Z" },
      { raw: rawArticle("q-known"), fetchedAt: "2025-06-20T12:00:00Z" },
      { raw: "Home\n\nA Headline With Nothing After It" },
      { raw: rawArticle("q-2"), url: "https://example.com/q-2", fetchedAt: "2025-06-20T12:00:00Z" },
    ];
    const queued = await app.gql(ENQUEUE, { inputs });
    expect(queued.errors).toBeUndefined();
    expect(queued.data.enqueueArticles).toMatchObject({ total: 4, pending: 4, done: 0 });
    await app.services.queue.startWorkers(1);
    const done = await waitUntilDone(queued.data.enqueueArticles.id);
    expect(done).toMatchObject({ total: 4, done: 4, created: 2, failed: 1, pending: 0 });
    expect(done.errors).toEqual([{ index: 2, code: "BAD_USER_INPUT", message: expect.stringMatching(/^input\.raw: /) }]);
    const stored = await app.gql(`{ articles(filter: { search: "q-2" }) { nodes { url publishedAt quotes { text } } } }`);
    expect(stored.data.articles.nodes).toEqual([expect.objectContaining({ url: "https://example.com/q-2" })]);
    expect(stored.data.articles.nodes[0].quotes.length).toBeGreaterThan(0);
    const [item] = await app.db.dataSource.query(`SELECT article_id::text AS id, state FROM ingest_batch_item WHERE position = 1 AND batch_id = $1`, [done.id]);
    expect(item).toEqual({ id: known.id, state: "duplicate" });
  });
});

describe("a worker killed halfway through a batch", () => {
  const workers: Child[] = [];
  afterAll(async () => {
    for (const worker of workers) worker.process.kill("SIGKILL");
    await Promise.all(workers.map((w) => w.exited));
  });

  it("leaves every one of 500 inputs ingested exactly once after another worker takes over", async () => {
    await ensureBuilt();
    // Only the spawned workers take this batch.
    await app.services.queue.stop();
    const inputs = Array.from({ length: 500 }, (_, i) => ({ raw: rawArticle(`kill-${i}`), fetchedAt: "2025-06-20T12:00:00Z" }));
    const queued = await app.gql(ENQUEUE, { inputs });
    expect(queued.errors).toBeUndefined();
    const id = queued.data.enqueueArticles.id;
    const before = await count(`SELECT count(*) FROM article`);
    const env = { DATABASE_URL: app.db.url, INGEST_WORKERS: "2", INGEST_JOB_TIMEOUT_SECONDS: "4", LOG_LEVEL: "warn" };

    const first = spawnNode([dist("src/cli/worker.js")], env);
    workers.push(first);
    await first.waitFor(/ingest worker ready/);
    const deadline = Date.now() + 90_000;
    while ((await count(`SELECT count(*) FROM ingest_batch_item WHERE batch_id = $1 AND state <> 'pending'`, [id])) < 250) {
      if (Date.now() > deadline) throw new Error("the first worker did not reach half the batch");
      await new Promise((r) => setTimeout(r, 50));
    }
    first.process.kill("SIGKILL");
    expect(await first.exited).toBe("SIGKILL");
    const atKill = await count(`SELECT count(*) FROM ingest_batch_item WHERE batch_id = $1 AND state <> 'pending'`, [id]);
    expect(atKill).toBeLessThan(500);
    // Jobs the dead worker held are still taken: pg-boss gives them back once INGEST_JOB_TIMEOUT_SECONDS pass.
    const admin = new Client({ connectionString: app.db.url });
    await admin.connect();
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ingest-article' AND state = 'active'`);
    await admin.end();
    process.stdout.write(`killed at ${atKill}/500 inputs done, ${rows[0].n} jobs left active by the dead worker\n`);

    const second = spawnNode([dist("src/cli/worker.js")], env);
    workers.push(second);
    await second.waitFor(/ingest worker ready/);
    const done = await waitUntilDone(id, 120_000);
    expect(done).toMatchObject({ total: 500, done: 500, created: 500, failed: 0, pending: 0, errors: [] });
    expect((await count(`SELECT count(*) FROM article`)) - before).toBe(500);
    expect(await count(`SELECT count(DISTINCT article_id) FROM ingest_batch_item WHERE batch_id = $1 AND state = 'created'`, [id])).toBe(500);
    // No article stored twice: one per tag in the titles, and no quote or figure rows beyond one article's worth each.
    expect(await count(`SELECT count(*) FROM (SELECT title FROM article WHERE title LIKE '%Update kill-%' GROUP BY title HAVING count(*) > 1) d`)).toBe(0);
    expect(await count(`SELECT count(DISTINCT title) FROM article WHERE title LIKE '%Update kill-%'`)).toBe(500);
    const perArticle = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM quote q JOIN article a ON a.id = q.article_id WHERE a.title LIKE '%Update kill-%' GROUP BY a.id`);
    expect(new Set(perArticle.map((r: { n: number }) => r.n)).size).toBe(1);
    second.process.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 240_000);
});
