import "reflect-metadata";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Pool } from "pg";
import { runAnalyticsBench } from "../bench/analytics";
import { flag } from "../bench/args";
import { treeCpuMs } from "../bench/cpu";
import { chooseParams, OPERATIONS, type BenchOperation, type BenchParams } from "../bench/operations";
import { loadConfig, PROJECT_ROOT } from "../config";
import { createContext } from "../context";
import { openDatabase } from "../database/connect";
import { findFreePort } from "../database/embedded";
import { countStatements } from "../database/request-context";
import { createLogger } from "../logger";
import { createServer } from "../server";
import { createServices, type Services } from "../services";
import { ARTICLE_LIST, FIGURE_LIST, listSql, QUOTE_LIST } from "../services/list.service";
import { loadSyntheticCorpus } from "../synthetic/load";

const USAGE = `usage: npm run bench -- [--articles N] [--duration S] [--connections 1,16] [--workers 1,2] [--seed-if-needed] [--only 1,3|analytics] [--cpu-prof]
  Runs the six-operation suite against the server (a child process, once per WORKERS count), the hand-written SQL
  behind a bare HTTP server (the HTTP floor, a child too) and the same SQL in process (the in-process floor) on the
  synthetic corpus in DATABASE_URL or the embedded database; writes bench-results/latest.{json,md}.`;

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU ms (user + system) the serving process tree spent per request over the run; HTTP runs only. */
  cpuMsPerRequest?: number;
}

interface OperationResult {
  name: string;
  connections: number;
  /** The API with WORKERS=1 (the first --workers count). */
  api: Measurement;
  /** The API per WORKERS count. */
  apiByWorkers: Record<string, Measurement>;
  /** Hand-written SQL behind a bare node:http server in its own process. */
  httpFloor: Measurement;
  /** The same SQL called in the bench process (no HTTP). */
  floor: Measurement;
  /** API throughput over the HTTP floor's. */
  ratio: number;
  statements: Record<string, number>;
  maxRssMb: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `fn` from `concurrency` loops for `seconds`, like autocannon does for HTTP; latencies in ms. */
async function loop(fn: () => Promise<unknown>, concurrency: number, seconds: number): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t0 = process.hrtime.bigint();
        try {
          await fn();
        } catch {
          errors += 1;
        }
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

/** autocannon against url; with `pid`, also the CPU that process tree spent per request meanwhile. */
async function http(url: string, body: string, connections: number, seconds: number, pid?: number): Promise<Measurement> {
  const cpuBefore = pid ? treeCpuMs(pid) : 0;
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    body,
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    ...(pid && result.requests.total ? { cpuMsPerRequest: (treeCpuMs(pid) - cpuBefore) / result.requests.total } : {}),
  };
}

/** Samples the child's resident set size from /proc every 100 ms. */
function rssSampler(pid: number) {
  let max = 0;
  let windowMax = 0;
  const read = () => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) {
        const mb = Number(match[1]) / 1024;
        max = Math.max(max, mb);
        windowMax = Math.max(windowMax, mb);
      }
    } catch {
      // The child has exited; the last sample stands.
    }
  };
  const timer = setInterval(read, 100);
  return {
    max: () => max,
    /** Highest sample since the previous call. */
    window: () => {
      read();
      const value = windowMax;
      windowMax = 0;
      return value;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * V8 flags `npm start` runs the server with (keep the two in step): a 32 MB young-generation semi-space makes
 * scavenges rarer for the many short-lived objects of each GraphQL response (~10% more op-1 throughput, ~+30 MB RSS).
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

/** The real server (npm start's entry, with its V8 flags) as a child on `port`; rate limiting off, since the suite is one client. */
async function startChild(databaseUrl: string, port: number, cpuProfileDir: string | null, workers = 1): Promise<ChildProcess> {
  const nodeArgs = [...SERVER_NODE_FLAGS, ...(cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [])];
  const child = spawn(process.execPath, [...nodeArgs, path.join(PROJECT_ROOT, "dist/src/main.js")], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOAD_SAMPLES: "false",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      API_KEYS: "bench-only-key",
      RATE_LIMIT_PER_MINUTE: "0",
      WORKERS: String(workers),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitReady(child, `http://127.0.0.1:${port}/ready`);
  return child;
}

/** The HTTP floor (src/bench/floor-server.ts) as a child on `port`. */
async function startFloorChild(databaseUrl: string, port: number, params: BenchParams): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(PROJECT_ROOT, "dist/src/bench/floor-server.js")], {
    env: { ...process.env, FLOOR_DATABASE_URL: databaseUrl, FLOOR_PORT: String(port), FLOOR_PARAMS: JSON.stringify(params) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitReady(child, `http://127.0.0.1:${port}/`);
  return child;
}

/** Polls `url` until it answers (any status but a refused connection counts for the floor; the API needs 200). */
async function waitReady(child: ChildProcess, url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, { method: url.endsWith("/ready") ? "GET" : "POST" });
      if (res.ok || res.status === 404) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  child.kill("SIGTERM");
  throw new Error("the server did not become ready in 20 s");
}

/** Runs an operation in-process, counting its SQL statements; fails on GraphQL errors. */
async function execute(services: Services, server: Awaited<ReturnType<typeof createServer>>, op: BenchOperation, params: BenchParams, pageSize: number) {
  const { result, statements } = await countStatements(() =>
    server.apollo.executeOperation({ query: op.query, variables: op.variables(params, pageSize) }, { contextValue: createContext(services, null, "bench") }),
  );
  if (result.body.kind !== "single") throw new Error("expected a single result");
  const { data, errors } = result.body.singleResult;
  if (errors?.length) throw new Error(`${op.name}: ${JSON.stringify(errors)}`);
  return { data: data as any, statements };
}

/** Median wall time of the count SQL that totalCount sends, over a few runs. */
async function countCost(pool: Pool, services: Services, params: BenchParams) {
  const ref = services.reference;
  const dates = { from: new Date(params.from), to: new Date(params.to) };
  const cases: Array<[string, string]> = [];
  const add = (name: string, sql: { countSql: string; countParams: unknown[] }) => cases.push([name, JSON.stringify(sql)]);
  add("articles, no filter", listSql(ARTICLE_LIST, ARTICLE_LIST.normalize({}, ref), 20));
  add(`articles, country ${params.country}`, listSql(ARTICLE_LIST, ARTICLE_LIST.normalize({ country: params.country }, ref), 20));
  add("articles, operation 1 filter", listSql(ARTICLE_LIST, ARTICLE_LIST.normalize({ country: params.country, topic: params.topic, ...dates }, ref), 20));
  add("articles, operation 2 filter (search)", listSql(ARTICLE_LIST, ARTICLE_LIST.normalize({ country: params.country, topic: params.topic, ...dates, search: params.word }, ref), 20));
  add(`articles, search "${params.word}" alone`, listSql(ARTICLE_LIST, ARTICLE_LIST.normalize({ search: params.word }, ref), 20));
  add("quotes, no filter", listSql(QUOTE_LIST, QUOTE_LIST.normalize({}, ref), 20));
  add("quotes, operation 3 filter", listSql(QUOTE_LIST, QUOTE_LIST.normalize({ speakerCountry: params.speakerCountry, ...dates }, ref), 20));
  add("figures, operation 4 filter", listSql(FIGURE_LIST, FIGURE_LIST.normalize({ country: params.country, unit: params.unit, minValue: params.minValue, maxValue: params.maxValue }, ref), 20));
  const out: Array<{ filter: string; ms: number; total: number }> = [];
  for (const [name, json] of cases) {
    const { countSql, countParams } = JSON.parse(json);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 7; i++) {
      const t0 = process.hrtime.bigint();
      total = (await pool.query<{ n: number }>(countSql, countParams)).rows[0].n;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    out.push({ filter: name, ms: Math.round(times[3] * 10) / 10, total });
  }
  return out;
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

function markdown(meta: Record<string, unknown>, results: OperationResult[], counts: Array<{ filter: string; ms: number; total: number }>): string {
  const lines = [
    `Synthetic corpus of ${meta.articles} articles (${meta.quotes} quotes, ${meta.figures} figures), ${meta.cpus} CPUs, Node ${process.version}, ${meta.seconds} s per run.`,
    `Command: \`${meta.command}\``,
    "",
    "| operation | conn | API req/s | API p50 ms | API p99 ms | API CPU ms/req | API WORKERS=2 req/s (p99 ms) | HTTP floor req/s | HTTP floor p99 ms | HTTP floor CPU ms/req | API / HTTP floor | in-process floor req/s | SQL statements per request | server max RSS MB |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
    ...results.map((r) => {
      const two = r.apiByWorkers["2"];
      return [
        r.name,
        r.connections,
        fmt(r.api.requestsPerSecond),
        fmt(r.api.p50),
        fmt(r.api.p99),
        fmt(r.api.cpuMsPerRequest ?? 0, 2),
        two ? `${fmt(two.requestsPerSecond)} (${fmt(two.p99)})` : "—",
        fmt(r.httpFloor.requestsPerSecond),
        fmt(r.httpFloor.p99),
        fmt(r.httpFloor.cpuMsPerRequest ?? 0, 2),
        `${fmt(r.ratio * 100)}%`,
        fmt(r.floor.requestsPerSecond),
        Object.entries(r.statements)
          .map(([size, n]) => `${n} (first ${size})`)
          .join(", "),
        fmt(r.maxRssMb),
      ]
        .join(" | ")
        .replace(/^/, "| ")
        .concat(" |");
    }),
    "",
    `Server RSS peaked at ${fmt(meta.maxRssMb as number)} MB over the whole run.`,
    "",
    "totalCount (the count statement, median of 7, measured directly):",
    "",
    "| filter | matching rows | ms |",
    "| --- | ---: | ---: |",
    ...counts.map((c) => `| ${c.filter} | ${c.total} | ${c.ms} |`),
    "",
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const wanted = Number(flag(args, "articles") ?? 100_000);
  const seconds = Number(flag(args, "duration") ?? 5);
  const connectionSets = (flag(args, "connections") ?? "1,16").split(",").map(Number);
  // One cursor secret for the in-process server (which walks to page 50) and the server children (which are sent its
  // cursor); without CURSOR_SECRET each would make its own, and the children would refuse the deep-paging cursor.
  process.env.CURSOR_SECRET ||= randomBytes(32).toString("base64url");
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL || "warn");
  const database = await openDatabase(config, logger);
  const children: ChildProcess[] = [];
  const workerCounts = (flag(args, "workers") ?? "1,2").split(",").map(Number);
  const pool = new Pool({ connectionString: database.url, max: 16 });
  try {
    const n: number = (await database.dataSource.query(`SELECT count(*)::int AS n FROM article`))[0].n;
    if (n < wanted) {
      if (!args.includes("--seed-if-needed")) {
        throw new Error(`the database holds ${n} articles, fewer than ${wanted}: run \`npm run seed:synthetic -- --articles ${wanted} --reset\` first, or pass --seed-if-needed`);
      }
      process.stderr.write(`seeding ${wanted} synthetic articles (replacing ${n})...\n`);
      await loadSyntheticCorpus(database.dataSource, { articles: wanted, reset: true });
    }
    const [sizes] = await database.dataSource.query(
      `SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM quote)::int AS quotes, (SELECT count(*) FROM figure)::int AS figures`,
    );

    // In-process server (not listening) to check each operation, count its statements and walk to page 50.
    const services = await createServices(config, database.dataSource);
    const inProcess = await createServer(config, services, createLogger("silent"));
    const params = await chooseParams(pool);
    await runAnalyticsBench(services, inProcess, pool, params);
    if (flag(args, "only") === "analytics") return;
    const deep = OPERATIONS[5];
    let cursor: string | undefined;
    for (let page = 1; page < 50; page++) {
      const { data } = await execute(services, inProcess, deep, { ...params, deepCursor: cursor }, 20);
      cursor = data.articles.pageInfo.endCursor;
    }
    params.deepCursor = cursor;
    const after = services.cursors.decode(cursor!, "articles", 2);
    params.deepAfter = [String(after[0]), String(after[1])];
    for (const op of OPERATIONS) {
      const { data } = await execute(services, inProcess, op, params, op.pageSize);
      const nodes = data.articles?.nodes ?? data.quotes?.nodes ?? data.figures?.nodes ?? data.actor?.quotes.nodes;
      if (!nodes?.length) throw new Error(`${op.name} returned no items: the corpus is too small for the suite`);
    }
    await inProcess.stop();
    const counts = await countCost(pool, services, params);

    const profileDir = args.includes("--cpu-prof") ? path.join(PROJECT_ROOT, "bench-results", "profiles") : null;
    const servers: Array<{ workers: number; child: ChildProcess; url: string }> = [];
    for (const workers of workerCounts) {
      const port = await findFreePort();
      const started = await startChild(database.url, port, profileDir, workers);
      children.push(started);
      servers.push({ workers, child: started, url: `http://127.0.0.1:${port}/graphql` });
    }
    const floorPort = await findFreePort();
    const floorChild = await startFloorChild(database.url, floorPort, params);
    children.push(floorChild);
    const rss = rssSampler(servers[0].child.pid!);
    const results: OperationResult[] = [];
    const only = flag(args, "only");
    for (const op of OPERATIONS.filter((o) => !only || only.split(",").includes(o.name.split(".")[0]))) {
      const body = JSON.stringify({ query: op.query, variables: op.variables(params, op.pageSize) });
      const floorUrl = `http://127.0.0.1:${floorPort}/${OPERATIONS.indexOf(op)}`;
      for (const server of servers) {
        const check = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", "apollo-require-preflight": "true" }, body });
        const checked = (await check.json()) as { errors?: unknown };
        if (checked.errors) throw new Error(`${op.name} over HTTP: ${JSON.stringify(checked.errors)}`);
        await http(server.url, body, 16, 1); // warm-up: JIT, pool connections, caches
      }
      // Statements per request as the server reports them (x-sql-statements), at two page sizes: the path clients get.
      const counts: Record<string, number> = {};
      for (const size of [op.altPageSize, op.pageSize * 2 > 100 ? 100 : op.pageSize * 2]) {
        const sized = await fetch(servers[0].url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: op.query, variables: op.variables(params, size) }) });
        await sized.arrayBuffer();
        counts[size] = Number(sized.headers.get("x-sql-statements"));
      }
      await http(floorUrl, "", 16, 1);
      await loop(() => op.floor(pool, params, services.reference).then((x) => JSON.stringify(x)), 16, 1);
      for (const connections of connectionSets) {
        const apiByWorkers: Record<string, Measurement> = {};
        let maxRssMb = 0;
        for (const server of servers) {
          if (server === servers[0]) rss.window();
          apiByWorkers[server.workers] = await http(server.url, body, connections, seconds, server.child.pid);
          if (server === servers[0]) maxRssMb = rss.window();
        }
        const api = apiByWorkers[servers[0].workers];
        const httpFloor = await http(floorUrl, "", connections, seconds, floorChild.pid);
        const floor = await loop(() => op.floor(pool, params, services.reference).then((x) => JSON.stringify(x)), connections, seconds);
        const result: OperationResult = {
          name: op.name,
          connections,
          api,
          apiByWorkers,
          httpFloor,
          floor,
          ratio: api.requestsPerSecond / httpFloor.requestsPerSecond,
          statements: counts,
          maxRssMb,
        };
        results.push(result);
        const perWorkers = Object.entries(apiByWorkers)
          .map(([w, m]) => `W${w} ${fmt(m.requestsPerSecond).padStart(5)} req/s p99 ${fmt(m.p99).padStart(4)} ms cpu ${fmt(m.cpuMsPerRequest ?? 0, 2)} ms${m.errors ? ` (${m.errors} errors)` : ""}`)
          .join(" | ");
        process.stdout.write(
          `${op.name.slice(0, 40).padEnd(40)} c=${String(connections).padStart(2)} ${perWorkers} | ` +
            `HTTP floor ${fmt(httpFloor.requestsPerSecond).padStart(5)} req/s p99 ${fmt(httpFloor.p99).padStart(4)} cpu ${fmt(httpFloor.cpuMsPerRequest ?? 0, 2)} ms | ` +
            `in-process ${fmt(floor.requestsPerSecond).padStart(5)} req/s | ${fmt(result.ratio * 100).padStart(3)}% | stmts ${JSON.stringify(result.statements)} | RSS ${fmt(maxRssMb)} MB\n`,
        );
      }
    }
    rss.stop();
    const meta = {
      date: new Date().toISOString(),
      ...sizes,
      cpus: os.cpus().length,
      node: process.version,
      seconds,
      command: `npm run bench -- --articles ${wanted} --duration ${seconds} --workers ${workerCounts.join(",")}`,
      workers: workerCounts,
      params,
      maxRssMb: rss.max(),
    };
    const dir = path.join(PROJECT_ROOT, "bench-results");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "latest.json"), `${JSON.stringify({ meta, results, totalCount: counts }, null, 2)}\n`);
    const md = markdown(meta, results, counts);
    fs.writeFileSync(path.join(dir, "latest.md"), md);
    process.stdout.write(`\n${md}\nwrote bench-results/latest.json and bench-results/latest.md\n`);
  } finally {
    for (const child of children) {
      if (child.exitCode !== null) continue;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await pool.end();
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
