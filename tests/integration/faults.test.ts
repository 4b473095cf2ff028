import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { loadConfig } from "../../src/config";
import { databaseUrl, findFreePort } from "../../src/database/embedded";
import { createLogger } from "../../src/logger";
import { type RunningService, startService } from "../../src/main";
import { removeTempDir, startPostgresProcess } from "../helpers/processes";
import { rawArticle } from "../helpers/test-app";

/** A PostgreSQL of this file's own, in a temp folder, that the test can stop and start on one port. */
let dir: string;
let port: number;
let postgres: { stop(): Promise<void> } | null = null;
let service: RunningService;
let base: string;
const KEY = "faults-write-key";

const startPostgres = async () => {
  postgres = await startPostgresProcess(dir, port);
};
const stopPostgres = async () => {
  await postgres?.stop();
  postgres = null;
  // The server is down only once its port refuses connections.
  for (let i = 0; i < 100 && (await portOpen(port)); i++) await sleep(100);
  expect(await portOpen(port)).toBe(false);
};

function portOpen(target: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(target, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function gql(query: string, variables: Record<string, unknown> = {}, auth = false): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${KEY}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, body: await res.json() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A tag of lower-case letters only, so no variant adds a number, name or figure the extractor would pick up. */
const letters = (n: number) => `fault-${n.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))}`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-faults-"));
  port = await findFreePort();
  await startPostgres(); // initialises the folder
  await stopPostgres();
}, 300_000); // initdb and a first build on a busy machine take a while
afterAll(async () => {
  await service?.shutdown();
  await stopPostgres().catch(() => undefined);
  // Should a stop have failed, leave no server behind.
  const pidFile = path.join(dir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    try {
      process.kill(Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]), "SIGINT");
    } catch {
      // already gone
    }
  }
  removeTempDir(dir);
}, 120_000);

describe("database faults", () => {
  it("starts while the database is down: /ready says not ready, and it serves once the database is back", async () => {
    const config = loadConfig({
      NODE_ENV: "test",
      DATABASE_URL: databaseUrl(`postgres://postgres:newsgraph@127.0.0.1:${port}/postgres`, "newsgraph"),
      API_KEYS: KEY,
      PORT: "0",
      HOST: "127.0.0.1",
      LOAD_SAMPLES: "false",
      RATE_LIMIT_PER_MINUTE: "0",
      STATEMENT_TIMEOUT_MS: "5000",
      DB_POOL_SIZE: "6",
      DB_CONNECT_TIMEOUT_MS: "600000", // this test decides when the database comes back
    });
    service = await startService(config, createLogger("silent"));
    service.ready.catch(() => undefined);
    base = `http://127.0.0.1:${service.port}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const notReady = await fetch(`${base}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: "not ready" });
    const early = await gql("{ articles { totalCount } }");
    expect(early.status).toBe(503);
    expect(early.body.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
    await sleep(1_500); // a few retries go by
    expect((await fetch(`${base}/ready`)).status).toBe(503);

    await startPostgres();
    await service.ready;
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect((await gql("{ articles { totalCount } }")).body.data).toEqual({ articles: { totalCount: 0 } });
  }, 180_000);

  it("survives a database restart under a stream of reads and ingests: every acknowledged write is stored exactly once and whole", async () => {
    const figures = { requests: 0, errorsByKind: {} as Record<string, number>, writesAcknowledged: 0, acknowledgedCreated: 0, acknowledgedExisting: 0, writesFound: 0 };
    const count = (kind: string) => (figures.errorsByKind[kind] = (figures.errorsByKind[kind] ?? 0) + 1);
    const INGEST = `mutation ($i: IngestArticleInput!) { ingestArticle(input: $i) { created article { id quotes { id } figures { id } countries { code } } } }`;
    const reference = (await gql(INGEST, { i: { raw: rawArticle(letters(100000)), fetchedAt: "2025-06-20T12:00:00Z" } }, true)).body.data.ingestArticle.article;
    const shape = (a: any) => ({ quotes: a.quotes.length, figures: a.figures.length, countries: a.countries.length });
    expect(shape(reference).quotes).toBeGreaterThan(0);

    /** Sends one request; a failure must be a clean SERVICE_UNAVAILABLE (or a refused connection), never a 500. */
    const attempt = async (query: string, variables: Record<string, unknown>, auth: boolean) => {
      figures.requests += 1;
      try {
        const res = await gql(query, variables, auth);
        const codes: string[] = (res.body.errors ?? []).map((e: any) => e.extensions?.code);
        for (const code of codes) count(`${res.status} ${code}`);
        expect(codes.filter((c) => c !== "SERVICE_UNAVAILABLE")).toEqual([]);
        return codes.length ? null : res.body.data;
      } catch (error) {
        count(`network ${(error as Error).name}`);
        throw error;
      }
    };

    const acknowledged = new Map<string, any>();
    let writing = true;
    const writer = async (w: number) => {
      for (let k = 0; k < 15; k++) {
        const tag = letters(w * 1000 + k);
        for (;;) {
          const data = await attempt(INGEST, { i: { raw: rawArticle(tag), fetchedAt: "2025-06-20T12:00:00Z" } }, true);
          if (data) {
            acknowledged.set(tag, data.ingestArticle.article);
            figures.writesAcknowledged += 1;
            figures[data.ingestArticle.created ? "acknowledgedCreated" : "acknowledgedExisting"] += 1;
            break;
          }
          await sleep(100);
        }
      }
    };
    const reader = async () => {
      while (writing) {
        await attempt("{ articles(first: 5) { totalCount nodes { id title quotes { text } } } }", {}, false);
        await sleep(20);
      }
    };
    const fault = async () => {
      await sleep(700);
      await stopPostgres();
      await sleep(1_500);
      await startPostgres();
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer)).finally(() => {
      writing = false;
    });
    // Every loop runs to its end before anything is checked, so a failure leaves nothing running.
    const outcomes = await Promise.allSettled([writers, reader(), reader(), fault()]);
    for (const outcome of outcomes) if (outcome.status === "rejected") throw outcome.reason;

    // Service resumed by itself: ready again and answering.
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect(acknowledged.size).toBe(60);
    const check = new Client({ connectionString: databaseUrl(`postgres://postgres:newsgraph@127.0.0.1:${port}/postgres`, "newsgraph") });
    await check.connect();
    try {
      const rows: Array<{ title: string; id: string; quotes: number; figures: number; countries: number }> = (
        await check.query(
          `SELECT a.title, a.id::text AS id,
                  (SELECT count(*)::int FROM quote q WHERE q.article_id = a.id) AS quotes,
                  (SELECT count(*)::int FROM figure f WHERE f.article_id = a.id) AS figures,
                  (SELECT count(*)::int FROM article_country c WHERE c.article_id = a.id) AS countries
           FROM article a`,
        )
      ).rows;
      for (const [tag, article] of acknowledged) {
        const found = rows.filter((r) => r.title.endsWith(`Update ${tag}`));
        expect({ tag, stored: found.length }).toEqual({ tag, stored: 1 });
        expect(found[0].id).toBe(article.id);
        expect({ tag, ...shape({ quotes: { length: found[0].quotes }, figures: { length: found[0].figures }, countries: { length: found[0].countries } }) }).toEqual({ tag, ...shape(reference) });
        figures.writesFound += 1;
      }
      expect(rows).toHaveLength(acknowledged.size + 1); // nothing unacknowledged left behind either
    } finally {
      await check.end();
    }
    console.log(`fault figures: ${JSON.stringify(figures)}`);
    expect(Object.keys(figures.errorsByKind).length).toBeGreaterThan(0); // the restart was felt
  }, 240_000);
});
