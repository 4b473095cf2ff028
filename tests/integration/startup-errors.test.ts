import { randomBytes } from "node:crypto";
import net from "node:net";
import { Client } from "pg";
import { findFreePort } from "../../src/database/embedded";
import { dist, ensureBuilt, removeTempDir, spawnNode, tempDataDir } from "../helpers/processes";
import { createTestDatabase } from "../helpers/test-db";

/** Start-up problems a newcomer meets: each exits 1 with one line saying what was wrong and what to do, no stack. */
let dataDir: string;
const adminUrl = () => process.env.NG_TEST_ADMIN_URL!;

beforeAll(async () => {
  await ensureBuilt();
  dataDir = tempDataDir("newsgraph-startup-");
}, 300_000);
afterAll(() => removeTempDir(dataDir));

/** Runs the server with env until it exits; resolves with its exit code and stderr lines. */
async function start(env: Record<string, string>): Promise<{ code: number | string; lines: string[]; stdout: string }> {
  const child = spawnNode([dist("src/main.js")], { DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", API_KEYS: "startup-key", LOAD_SAMPLES: "false", ...env });
  const code = await child.exited;
  return { code, lines: child.stderr().trim().split("\n"), stdout: child.stdout() };
}

function withUser(url: string, user: string, database?: string, password = ""): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  if (database) parsed.pathname = `/${database}`;
  return parsed.toString();
}

describe("start-up errors name the setting and what to do", () => {
  it("an unknown role", async () => {
    const result = await start({ DATABASE_URL: withUser(adminUrl(), `nobody_${randomBytes(4).toString("hex")}`) });
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(/^Newsgraph could not start: DATABASE_URL \(postgres:\/\/nobody_\w+@[^)]+\): (.*role "nobody_\w+" does not exist; use a role that exists|the server asks for a password and the URL has none)/)]);
    expect(result.stdout).not.toContain("Newsgraph API");
  });

  it("a missing database the role may not create", async () => {
    const role = `ng_nocreate_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN NOCREATEDB PASSWORD 'nocreate'`);
    try {
      const result = await start({ DATABASE_URL: withUser(adminUrl(), role, "ng_missing_database", "nocreate") });
      expect(result.code).toBe(1);
      expect(result.lines).toEqual([expect.stringMatching(/^Newsgraph could not start: DATABASE_URL \(.*\): database "ng_missing_database" does not exist and user "ng_nocreate_\w+" may not create it/)]);
    } finally {
      await admin.query(`DROP ROLE ${role}`);
      await admin.end();
    }
  });

  it("nothing listening at the URL's port, for DB_CONNECT_TIMEOUT_MS", async () => {
    const port = await findFreePort();
    const result = await start({ DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${port}/newsgraph`, DB_CONNECT_TIMEOUT_MS: "1500" });
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      `Newsgraph could not start: DATABASE_URL (postgres://postgres:***@127.0.0.1:${port}/newsgraph): nothing accepts connections at 127.0.0.1:${port} (connection refused); check the host and port, and that PostgreSQL runs; gave up after 2 s (DB_CONNECT_TIMEOUT_MS)`,
    ]);
  });

  it("a port in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const result = await start({ DATABASE_URL: adminUrl(), PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.lines).toEqual([`Newsgraph could not start: PORT ${port} is in use on 127.0.0.1 by another program; stop it, or set PORT to a free port (PORT=0 picks one)`]);
    } finally {
      blocker.close();
    }
  });
});

describe("the ready lines", () => {
  it("come once /ready is 200, as plain lines on stdout with the JSON logs on stderr; LOG_FORMAT=json gives JSON only", async () => {
    const db = await createTestDatabase();
    try {
      const env = { DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", API_KEYS: "", LOAD_SAMPLES: "false", DATABASE_URL: db.url };
      const text = spawnNode([dist("src/main.js")], env);
      await text.waitFor(/API key for writes \(kept in .*api-key\): ng_\S+\n/, 120_000);
      const port = /localhost:(\d+)\/graphql/.exec(text.stdout())![1];
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
      expect(text.stdout()).toMatch(/^\nNewsgraph API and Apollo Sandbox: http:\/\/localhost:\d+\/graphql\nGraphiQL \(works offline\): http:\/\/localhost:\d+\/graphiql\n/);
      expect(text.stdout()).not.toContain('"level"');
      expect(text.stderr()).toContain('"msg":"Newsgraph is ready"');
      text.process.kill("SIGTERM");
      expect(await text.exited).toBe(0);

      const json = spawnNode([dist("src/main.js")], { ...env, LOG_FORMAT: "json" });
      await json.waitFor(/"msg":"Newsgraph is ready"/, 120_000);
      const lines = json.stdout().trim().split("\n");
      expect(lines.map((line) => typeof JSON.parse(line))).toEqual(lines.map(() => "object"));
      const ready = JSON.parse(lines.find((l) => l.includes("Newsgraph is ready"))!);
      expect((await fetch(ready.url.replace("localhost", "127.0.0.1").replace("/graphql", "/ready"))).status).toBe(200);
      json.process.kill("SIGTERM");
      expect(await json.exited).toBe(0);
    } finally {
      await db.drop();
    }
  }, 300_000);
});
