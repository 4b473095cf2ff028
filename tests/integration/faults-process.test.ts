import { execFileSync } from "node:child_process";
import path from "node:path";
import { Client } from "pg";
import { ApiKeyService } from "../../src/services/api-key.service";
import { dist, ensureBuilt, postmasterOf, processAlive, removeTempDir, startServerProcess, tempDataDir } from "../helpers/processes";
import { rawArticle } from "../helpers/test-app";
import { createTestDatabase } from "../helpers/test-db";

const KEY = "process-write-key";
let dataDir: string;

beforeAll(async () => {
  await ensureBuilt();
  dataDir = tempDataDir("newsgraph-process-");
}, 300_000);
afterAll(() => removeTempDir(dataDir));

/** `node dist/src/main.js` on the embedded database in dataDir; resolves once it serves, with its base URL. */
const startMain = () => startServerProcess({ DATA_DIR: dataDir, LOAD_SAMPLES: "false", API_KEYS: KEY });

async function gql(base: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: await res.json() };
}

const postmaster = () => postmasterOf(path.join(dataDir, "postgres"));
const alive = processAlive;

describe("the real process", () => {
  it("recovers the embedded data folder after SIGKILL, and on SIGTERM drains a slow request then stops its database", async () => {
    const first = await startMain();
    const ingest = await gql(first.base, `mutation ($r: String!) { ingestArticle(input: { raw: $r, fetchedAt: "2025-06-20T12:00:00Z" }) { created } }`, { r: rawArticle("process") });
    expect(ingest.body.data).toEqual({ ingestArticle: { created: true } });
    first.child.process.kill("SIGKILL");
    await first.child.exited;
    const orphan = postmaster();
    expect(orphan && alive(orphan.pid)).toBe(true); // SIGKILL left the embedded PostgreSQL running

    const second = await startMain();
    expect((await gql(second.base, "{ articles { totalCount } }")).body.data).toEqual({ articles: { totalCount: 1 } });
    const running = postmaster()!;
    expect(running.pid).not.toBe(orphan!.pid);

    // Hold a lock so a read waits in PostgreSQL, then SIGTERM while it is in flight.
    const locker = new Client({ connectionString: `postgres://postgres:newsgraph@127.0.0.1:${running.port}/newsgraph` });
    locker.on("error", () => undefined);
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE article IN ACCESS EXCLUSIVE MODE");
    const slow = gql(second.base, "{ articles { totalCount nodes { title } } }");
    for (let i = 0; i < 100; i++) {
      const [{ n }] = (await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'newsgraph'`)).rows;
      if (n > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    second.child.process.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(second.child.process.pid!)).toBe(true); // still draining
    await locker.query("ROLLBACK");
    await locker.end();
    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(answer.body.data.articles.totalCount).toBe(1);
    expect(await second.child.exited).toBe(0);
    expect(alive(running.pid)).toBe(false); // the embedded PostgreSQL was stopped too, cleanly:
    expect(postmaster()).toBeNull();
  }, 180_000);

  it("creates, lists and revokes keys from the command line (npm run keys)", async () => {
    const db = await createTestDatabase();
    try {
      const run = (...args: string[]) => execFileSync(process.execPath, [dist("src/cli/keys.js"), ...args], { env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: "silent" }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      const key = run("create", "ci-reader", "--scope", "read").trim();
      expect(key).toMatch(/^ng_[\w-]{20,}$/);
      const keys = new ApiKeyService(db.dataSource, [], 0); // no cache: the revoke happens in another process
      expect(await keys.verify(key)).toEqual({ name: "ci-reader", scope: "read" });
      expect(run("list")).toMatch(/^ci-reader\tread\tstored in the database\tcreated \S+\tlive$/m);
      expect(run("list")).not.toContain(key);
      expect(run("revoke", "ci-reader")).toMatch(/revoked 1 key/);
      expect(await keys.verify(key)).toBeNull();
      expect(run("list")).toMatch(/^ci-reader\tread\tstored in the database\tcreated \S+\trevoked \S+$/m);
      expect(() => run("create", "x", "--scope", "root")).toThrow();
    } finally {
      await db.drop();
    }
  });
});
