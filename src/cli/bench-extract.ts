import fs from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { fork } from "node:child_process";
import { flag } from "../bench/args";
import { HOSTILE_FAMILIES, hostileFamily } from "../bench/hostile-inputs";
import { PROJECT_ROOT } from "../config";

/**
 * Extraction growth benchmark: every hostile input family at 62 KB, 250 KB and 1 MB through extractArticle
 * in process, each run in a child process of its own under a wall-clock cap, then the log-log slope of
 * CPU time against size (CPU time, so a busy machine's waiting does not count).
 * npm run bench:extract -- [--family NAME] [--cap-ms 30000] [--sizes 62000,250000,1000000]
 */

interface RunRequest {
  family: string;
  bytes: number;
}

interface RunResult {
  /** CPU time of the extraction (user + system), in ms. */
  ms: number;
  wallMs: number;
  /** "ok", or the input error extractArticle raised (a fast, clear rejection). */
  outcome: string;
  counts?: { quotes: number; figures: number; actors: number; countries: number; bodyChars: number };
  heapMb: number;
}

export interface SizeResult {
  bytes: number;
  /** CPU ms; null when the run did not finish. */
  ms: number | null;
  wallMs?: number;
  outcome: string;
  counts?: RunResult["counts"];
  heapMb?: number;
}

export interface FamilyResult {
  name: string;
  stresses: string;
  sizes: SizeResult[];
  /** Log-log slope of time against size over the sizes that finished; null with fewer than two. */
  exponent: number | null;
  /** True when a size timed out: the exponent is then at least the one printed (the cap stands in for its time). */
  lowerBound: boolean;
}

/** Least-squares slope of log(ms) against log(bytes). */
export function growthExponent(points: Array<{ bytes: number; ms: number }>): number | null {
  const usable = points.filter((p) => p.ms > 0);
  if (usable.length < 2) return null;
  const xs = usable.map((p) => Math.log(p.bytes));
  const ys = usable.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

/** In the child: warm the pipeline up on a small page of the family, then time one full-size extraction. */
function runInChild(request: RunRequest): RunResult {
  // Loaded here, not at the top, so the main thread never pays for the lexicons.
  const { extractArticle } = require("../ingestion") as typeof import("../ingestion");
  const family = hostileFamily(request.family);
  const fetchedAt = new Date("2025-06-20T12:00:00Z");
  try {
    extractArticle(family.make(4_000), { fetchedAt, maxBytes: 2_000_000 });
  } catch {
    // a rejection of the warm-up page says nothing about the timed run
  }
  const raw = family.make(request.bytes);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  try {
    const article = extractArticle(raw, { fetchedAt, maxBytes: 2_000_000 });
    const ms = cpuMs();
    return {
      ms,
      wallMs: performance.now() - started,
      outcome: "ok",
      counts: { quotes: article.quotes.length, figures: article.figures.length, actors: article.actors.length, countries: article.countries.length, bodyChars: article.body.length },
      heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
    };
  } catch (error) {
    const ms = cpuMs();
    const message = error instanceof Error ? error.message : String(error);
    return { ms, wallMs: performance.now() - started, outcome: `error: ${message.slice(0, 160)}`, heapMb: Math.round(process.memoryUsage().heapUsed / 1e6) };
  }
}

/** Runs one family at one size in a fresh child process; past capMs it is killed and the run is a timeout. */
function timedRun(request: RunRequest, capMs: number): Promise<SizeResult> {
  return new Promise((resolve) => {
    const child = fork(__filename, ["--run", JSON.stringify(request)], { execArgv: ["--max-old-space-size=2048"], stdio: ["ignore", "ignore", "pipe", "ipc"] });
    let stderr = "";
    child.stderr?.on("data", (chunk) => (stderr = (stderr + String(chunk)).slice(-2_000)));
    let settled = false;
    const finish = (result: SizeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      resolve(result);
    };
    const timer = setTimeout(() => finish({ bytes: request.bytes, ms: null, outcome: "timeout" }), capMs);
    child.once("message", (r: RunResult) => finish({ bytes: request.bytes, ms: r.ms, wallMs: r.wallMs, outcome: r.outcome, counts: r.counts, heapMb: r.heapMb }));
    child.once("exit", (code) => finish({ bytes: request.bytes, ms: null, outcome: /heap out of memory/i.test(stderr) ? "out of memory" : `crash (exit ${code})` }));
  });
}

function format(ms: number | null, outcome: string): string {
  if (ms === null) return outcome;
  const time = ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
  return outcome === "ok" ? time : `${time} (rejected)`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const capMs = Number(flag(args, "cap-ms") ?? 30_000);
  const sizes = (flag(args, "sizes") ?? "62000,250000,1000000").split(",").map(Number);
  const only = flag(args, "family");
  const families = only ? only.split(",").map(hostileFamily) : HOSTILE_FAMILIES;
  const results: FamilyResult[] = [];
  process.stdout.write(`extractArticle in process, one child process per run, CPU time, wall-clock cap ${capMs} ms; ${cpus().length} CPUs, Node ${process.version}\n\n`);
  process.stdout.write(`| family | ${sizes.map((s) => `${Math.round(s / 1000)} KB`).join(" | ")} | exponent |\n| --- | ${sizes.map(() => "---:").join(" | ")} | ---: |\n`);
  for (const family of families) {
    const done: SizeResult[] = [];
    for (const bytes of sizes) {
      // Once a size times out, a larger one would too: say so without spending the cap again.
      if (done.some((d) => d.outcome === "timeout" || d.outcome === "out of memory")) {
        done.push({ bytes, ms: null, outcome: "skipped" });
        continue;
      }
      done.push(await timedRun({ family: family.name, bytes }, capMs));
    }
    const finished = done.filter((d): d is SizeResult & { ms: number } => d.ms !== null).map((d) => ({ bytes: d.bytes, ms: d.ms }));
    const timedOut = done.find((d) => d.outcome === "timeout");
    const lowerBound = !!timedOut;
    const exponent = growthExponent(timedOut ? [...finished, { bytes: timedOut.bytes, ms: capMs }] : finished);
    results.push({ name: family.name, stresses: family.stresses, sizes: done, exponent, lowerBound });
    const shown = exponent === null ? "—" : `${lowerBound ? "≥ " : ""}${exponent.toFixed(2)}`;
    process.stdout.write(`| ${family.name} | ${done.map((d) => format(d.ms, d.outcome)).join(" | ")} | ${shown} |\n`);
  }
  const out = path.join(PROJECT_ROOT, "bench-results", "extract.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, capMs, sizes, families: results }, null, 2)}\n`);
  process.stdout.write(`\nwritten: ${path.relative(process.cwd(), out)}\n`);
}

const runArg = process.argv.indexOf("--run");
if (runArg > 0) {
  process.send!(runInChild(JSON.parse(process.argv[runArg + 1]) as RunRequest), () => process.exit(0));
} else {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
