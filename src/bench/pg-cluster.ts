import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The installed PostgreSQL server binaries that include pg_basebackup (Debian's postgresql-15 here). */
export function postgresBinaries(): string {
  const candidates = ["/usr/lib/postgresql/15/bin", ...(fs.existsSync("/usr/lib/postgresql") ? fs.readdirSync("/usr/lib/postgresql").map((v) => `/usr/lib/postgresql/${v}/bin`) : [])];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "pg_basebackup")) && fs.existsSync(path.join(dir, "initdb")));
  if (!found) throw new Error("no PostgreSQL server binaries with pg_basebackup under /usr/lib/postgresql (apt-get install postgresql-15)");
  return found;
}

/** PostgreSQL will not run as root: as root, run its binaries as the postgres user. */
function runAs(): { uid?: number; gid?: number } {
  if (os.userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

function run(bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(path.join(postgresBinaries(), bin), args, { ...runAs(), env: { ...process.env, LC_ALL: "C" }, timeout: 120_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${bin} ${args.join(" ")}: ${stderr || stdout || error.message}`)) : resolve(stdout),
    ),
  );
}

export interface PgServer {
  dataDir: string;
  port: number;
  url(database?: string): string;
  start(): Promise<void>;
  /** Stops at once (no checkpoint): the fastest stop, as a crash would. */
  stop(): Promise<void>;
}

function server(dataDir: string, port: number, socketDir: string): PgServer {
  const pgCtl = (...args: string[]) => run("pg_ctl", ["-D", dataDir, ...args]);
  return {
    dataDir,
    port,
    url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: () => pgCtl("-o", `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${socketDir}`, "-l", path.join(dataDir, "server.log"), "-w", "-t", "60", "start").then(() => undefined),
    stop: () => pgCtl("-m", "immediate", "-w", "-t", "60", "stop").then(() => undefined, () => undefined),
  };
}

/**
 * A primary (wal_level=replica, pg_stat_statements loaded) and a hot-standby streaming replica made from it
 * with pg_basebackup -R, each in a folder of its own under one temporary folder.
 */
export async function startPrimaryAndReplica(ports: { primary: number; replica: number }): Promise<{ primary: PgServer; replica: PgServer; remove(): Promise<void> }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-replication-"));
  fs.chmodSync(root, 0o777);
  const user = runAs();
  const own = (dir: string) => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (user.uid !== undefined) fs.chownSync(dir, user.uid, user.gid!);
  };
  const socketDir = path.join(root, "sockets");
  own(socketDir);
  const primaryDir = path.join(root, "primary");
  own(primaryDir);
  await run("initdb", ["-D", primaryDir, "--auth=trust", "--username=postgres", "--encoding=UTF8", "--no-locale"]);
  fs.appendFileSync(
    path.join(primaryDir, "postgresql.conf"),
    "\nwal_level = replica\nmax_wal_senders = 4\nshared_preload_libraries = 'pg_stat_statements'\nfsync = off\nsynchronous_commit = off\n",
  );
  const primary = server(primaryDir, ports.primary, socketDir);
  const replicaDir = path.join(root, "replica");
  const replica = server(replicaDir, ports.replica, socketDir);
  // If the test process dies first, take both servers down with it.
  const onExit = () => {
    for (const dir of [replicaDir, primaryDir]) {
      try {
        execFileSync(path.join(postgresBinaries(), "pg_ctl"), ["-D", dir, "-m", "immediate", "-w", "stop"], { ...user, stdio: "ignore" });
      } catch {
        // not running
      }
    }
    fs.rmSync(root, { recursive: true, force: true });
  };
  process.once("exit", onExit);
  const remove = async () => {
    process.removeListener("exit", onExit);
    await replica.stop();
    await primary.stop();
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    await primary.start();
    own(replicaDir);
    await run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(ports.primary), "-U", "postgres", "-D", replicaDir, "-R", "-X", "stream", "-c", "fast"]);
    await replica.start();
  } catch (error) {
    await remove();
    throw error;
  }
  return { primary, replica, remove };
}
