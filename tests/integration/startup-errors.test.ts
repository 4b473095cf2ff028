import { randomBytes } from "node:crypto";
import net from "node:net";
import { Client } from "pg";
import { findFreePort } from "../../src/database/embedded";
import { dist, ensureBuilt, removeTempDir, spawnNode, tempDataDir } from "../helpers/processes";

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
