import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ownerFile, readOwner } from "../../src/database/owner";
import { type Child, dist, ensureBuilt, postmasterOf, processAlive, removeTempDir, spawnNode, startServerProcess, tempDataDir } from "../helpers/processes";

/** One owner per embedded data folder, with real processes: servers, CLIs and a postmaster killed under the server. */
const KEY = "ownership-write-key";
let dataDir: string;
let server: { child: Child; base: string } | null = null;
const databaseDir = () => path.join(dataDir, "postgres");

/** Runs a compiled CLI to its end; resolves with its exit code and output (never rejects on a non-zero exit). */
function cli(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [dist(script), ...args], { env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "warn", ...env }, timeout: 180_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function count(base: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ articles { totalCount } }" }), signal: AbortSignal.timeout(20_000) });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  await ensureBuilt();
  dataDir = tempDataDir("newsgraph-owner-");
}, 300_000);
afterAll(async () => {
  if (server && processAlive(server.child.process.pid!)) {
    server.child.process.kill("SIGTERM");
    await server.child.exited;
  }
  removeTempDir(dataDir);
}, 120_000);

describe("one owner per embedded data folder", () => {
  it("a CLI with no server running starts its own database and stops it when done", async () => {
    const listed = await cli("src/cli/keys.js", ["list"], { API_KEYS: "" });
    expect(listed).toMatchObject({ code: 0 });
    expect(postmasterOf(databaseDir())).toBeNull(); // stopped again
    expect(fs.existsSync(ownerFile(databaseDir()))).toBe(false); // and the folder released
  }, 240_000);

  it("refuses a second server, lets CLIs use the running server's database, and restarts a postmaster killed under it", async () => {
    server = await startServerProcess({ DATA_DIR: dataDir, LOAD_SAMPLES: "false", API_KEYS: KEY });
    const owner = readOwner(databaseDir());
    expect(owner).toMatchObject({ pid: server.child.process.pid, kind: "server", url: expect.stringMatching(/^http:\/\/localhost:\d+\/graphql$/) });
    const postmaster = postmasterOf(databaseDir())!;
    expect(postmaster.port).toBe(owner!.port);

    // A second server on the same folder: one line naming the running one, exit 1, and the first keeps serving.
    const second = spawnNode([dist("src/main.js")], { DATABASE_URL: "", DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn" });
    expect(await second.exited).toBe(1);
    expect(second.stderr().trim().split("\n")).toEqual([expect.stringContaining(`Newsgraph is already running on DATA_DIR ${dataDir}: a Newsgraph server (pid ${owner!.pid}, ${owner!.url})`)]);

    // CLIs join the server's database and leave it running.
    const created = await cli("src/cli/keys.js", ["create", "joiner", "--scope", "read"]);
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout.trim()).toMatch(/^ng_/);
    const migrated = await cli("src/cli/migrate.js", []);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain(`held by pid ${owner!.pid}`);
    const samples = path.resolve(__dirname, "../../samples");
    const ingested = await cli("src/cli/ingest.js", [path.join(samples, fs.readdirSync(samples).filter((f) => f.endsWith(".txt"))[0])]);
    expect(ingested.code).toBe(0);
    expect(postmasterOf(databaseDir())).toEqual(postmaster);
    expect(processAlive(postmaster.pid)).toBe(true);
    expect((await count(server.base)).body.data).toEqual({ articles: { totalCount: 1 } });
    // keys list names every usable key's source, never the key.
    fs.writeFileSync(path.join(dataDir, "api-key"), "ng_generated-file-key\n");
    const listed = await cli("src/cli/keys.js", ["list"], { API_KEYS: "" });
    expect(listed.stdout).toMatch(/^joiner\tread\tstored in the database\tcreated \S+\tlive$/m);
    expect(listed.stdout).toMatch(new RegExp(`^generated\twrite\tfrom ${path.join(dataDir, "api-key")} \\(used by npm start while API_KEYS is empty\\)\tsha256:[0-9a-f]{12}$`, "m"));
    expect(listed.stdout).not.toContain("ng_generated-file-key");
    const withEnv = await cli("src/cli/keys.js", ["list"], { API_KEYS: "env-key-one,env-key-two" });
    expect(withEnv.stdout).toMatch(/^API_KEYS\[1\]\twrite\tfrom API_KEYS\tsha256:[0-9a-f]{12}$/m);
    expect(withEnv.stdout).toMatch(/^generated\twrite\tfrom .* \(not used while API_KEYS is set\)/m);
    expect(withEnv.stdout).not.toMatch(/env-key-(one|two)/);

    // The postmaster dies: the server starts it again and serves.
    process.kill(postmaster.pid, "SIGKILL");
    let answer: { status: number; body: any } | null = null;
    for (let i = 0; i < 240; i++) {
      answer = await count(server.base).catch(() => null);
      const now = postmasterOf(databaseDir());
      if (answer?.status === 200 && answer.body.data && now && now.pid !== postmaster.pid) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(answer?.body.data).toEqual({ articles: { totalCount: 1 } });
    expect(postmasterOf(databaseDir())!.pid).not.toBe(postmaster.pid);
    expect(server.child.stderr()).toMatch(/has stopped; starting it again/);

    // SIGTERM: the owner stops its database and frees the folder.
    server.child.process.kill("SIGTERM");
    expect(await server.child.exited).toBe(0);
    expect(postmasterOf(databaseDir())).toBeNull();
    expect(fs.existsSync(ownerFile(databaseDir()))).toBe(false);
  }, 300_000);
});
