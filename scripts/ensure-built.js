#!/usr/bin/env node
// Compiles src/ and migrations/ to dist/ (tsconfig.build.json) only when a source is newer than the last build,
// so `npm start` and the CLIs start at once when nothing changed. Plain JavaScript: it must run before any build.
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const STAMP = path.join(ROOT, "dist", ".build-stamp");
const LOCK = path.join(ROOT, "dist", ".build-lock");
const INPUTS = ["src", "migrations", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];

/** Newest modification time under a file or folder (TypeScript and JSON sources only). */
function newest(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return /\.(ts|json)$/.test(target) ? stat.mtimeMs : 0;
  let latest = stat.mtimeMs; // a deleted or renamed file changes its folder
  for (const entry of fs.readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

const fresh = () => {
  const stamp = fs.statSync(STAMP, { throwIfNoEntry: false });
  return Boolean(stamp) && fs.existsSync(path.join(ROOT, "dist", "src", "main.js")) && stamp.mtimeMs >= Math.max(...INPUTS.map((i) => newest(path.join(ROOT, i))));
};

const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds unless dist/ is newer than every source; one caller builds while concurrent ones wait. Returns true if it built. */
function ensureBuilt({ quiet = false } = {}) {
  if (fresh()) return false;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) fs.rmSync(LOCK, { recursive: true, force: true }); // left by a killed build
      pause(200);
    }
  }
  try {
    if (fresh()) return false;
    const started = new Date();
    if (!quiet) process.stderr.write("compiling TypeScript to dist/ (sources changed since the last build)…\n");
    try {
      execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: quiet ? "pipe" : "inherit" });
    } catch (error) {
      // tsc still writes the files on type errors; without them nothing can start.
      if (!fs.existsSync(path.join(ROOT, "dist", "src", "main.js"))) throw error;
    }
    fs.writeFileSync(STAMP, "");
    fs.utimesSync(STAMP, started, started);
    return true;
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

module.exports = { ensureBuilt };

if (require.main === module) {
  try {
    ensureBuilt();
  } catch {
    process.exit(1);
  }
}
