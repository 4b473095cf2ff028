import fs from "node:fs";
import { dist, ensureBuilt, spawnNode } from "../helpers/processes";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

/** The live child processes of a process (its cluster workers). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync(`/proc/${pid}/task`)
    .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/))
    .filter(Boolean)
    .map(Number);
}

async function until<T>(probe: () => T | Promise<T>, ok: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let db: TestDatabase;

beforeAll(async () => {
  await ensureBuilt();
  db = await createTestDatabase();
  await db.dataSource.destroy();
});

afterAll(async () => {
  await db?.drop();
});

describe("WORKERS=2", () => {
  it("serves from two processes on one port, replaces a dead worker and drains on SIGTERM", async () => {
    const server = spawnNode([dist("src/main.js")], { DATABASE_URL: db.url, PORT: "0", HOST: "127.0.0.1", WORKERS: "2", LOAD_SAMPLES: "false", API_KEYS: "k", LOG_LEVEL: "warn" });
    try {
      const [, port] = await server.waitFor(/http:\/\/localhost:(\d+)\/graphql/);
      await server.waitFor(/Newsgraph is ready \(2 workers\)/);
      const primary = server.process.pid!;
      const workers = childrenOf(primary);
      expect(workers).toHaveLength(2);
      const ask = () =>
        fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }) })
          .then((r) => r.json() as Promise<any>)
          .catch(() => null);
      expect((await ask())?.data.articles.totalCount).toBe(0);

      process.kill(workers[0], "SIGKILL");
      const replaced = await until(() => childrenOf(primary), (pids) => pids.length === 2 && !pids.includes(workers[0]));
      expect(replaced).toContain(workers[1]);
      for (let i = 0; i < 4; i++) expect((await until(ask, (r) => r?.data !== undefined))?.data.articles.totalCount).toBe(0);

      server.process.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      for (const pid of replaced) expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
    } finally {
      if (server.process.exitCode === null) server.process.kill("SIGKILL");
    }
  }, 120_000);
});
