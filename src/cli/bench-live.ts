import "reflect-metadata";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { createClient } from "graphql-ws";
import { Client } from "pg";
import WebSocket from "ws";
import { flag } from "../bench/args";
import { type PgServer, startPrimaryAndReplica } from "../bench/pg-cluster";
import { loadConfig, PROJECT_ROOT } from "../config";
import { createDataSource } from "../database/data-source";
import { sampleFiles } from "../ingestion/load-samples";
import { createLogger } from "../logger";
import { createServer } from "../server";
import { closeServices, createServices } from "../services";

/**
 * Live and scale-out figures on a primary and a pg_basebackup streaming replica made for the run (ports 41620/41621):
 * event latency with 100 subscribers, queue throughput with 1 and 2 worker processes, and read throughput with and
 * without the replica. npm run bench:live -- [--events 40] [--queue 300] [--duration 5]
 */
const KEY = "bench-live-key";
const number = (name: string, fallback: number) => Number(flag(process.argv, name) ?? fallback);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Distinct pages made from the samples: each copy's title carries its number and run, so none is a duplicate. */
function pages(count: number, tag: string): Array<{ raw: string; fetchedAt: Date }> {
  const samples = sampleFiles(path.join(PROJECT_ROOT, "samples")).map((s) => ({ raw: fs.readFileSync(s.file, "utf8"), fetchedAt: s.fetchedAt ?? new Date() }));
  return Array.from({ length: count }, (_, i) => {
    const sample = samples[i % samples.length];
    const lines = sample.raw.split("\n");
    const titleLine = lines.findIndex((line, k) => k > 0 && line.trim().length > 20);
    lines[titleLine] = `${lines[titleLine]} (${tag} ${i})`;
    return { raw: lines.join("\n"), fetchedAt: sample.fetchedAt };
  });
}

async function sql(target: PgServer, text: string): Promise<any[]> {
  const client = new Client({ connectionString: target.url("newsgraph") });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

const articleReads = async (target: PgServer) =>
  Number((await sql(target, `SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_statements WHERE query LIKE '%FROM article%' AND query NOT LIKE '%pg_stat_statements%'`))[0].n);

async function main(): Promise<void> {
  const events = number("events", 40);
  const queued = number("queue", 300);
  const duration = number("duration", 5);
  const cluster = await startPrimaryAndReplica({ primary: 41620, replica: 41621 });
  const children: ChildProcess[] = [];
  try {
    const admin = new Client({ connectionString: cluster.primary.url() });
    await admin.connect();
    await admin.query(`CREATE DATABASE newsgraph`);
    await admin.end();
    await sql(cluster.primary, `CREATE EXTENSION pg_stat_statements`);
    const dataSource = createDataSource(cluster.primary.url("newsgraph"), { poolSize: 10 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
    const env = { NODE_ENV: "production", API_KEYS: KEY, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "0", SUBSCRIPTIONS_PER_KEY: "10000" };
    const config = loadConfig(env);
    const services = await createServices(config, dataSource);
    const server = await createServer(config, services, createLogger("silent"));
    const base = `127.0.0.1:${await server.listen()}`;
    const results: Record<string, unknown> = { machine: { cpus: (await import("node:os")).availableParallelism(), node: process.version } };

    // 1. Event latency: 100 subscribers (10 connections x 10 subscriptions), one ingest at a time. A first ingest
    // loads the extraction pipeline, so its start-up pause does not fall inside the measurement.
    await services.ingest.ingest(pages(1, "warm-up")[0], config.maxRawBytes);
    const arrivals = new Map<string, number[]>();
    let connected = 0;
    const clients = Array.from({ length: 10 }, () =>
      createClient({
        url: `ws://${base}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${KEY}` },
        lazy: false,
        retryAttempts: 0,
        on: { connected: () => void connected++ },
      }),
    );
    for (const client of clients) {
      for (let s = 0; s < 10; s++) {
        client.subscribe({ query: `subscription { articleAdded { id title countries { code } quotes { text speaker { name } } } }` }, {
          next: (result: any) => {
            const id = result.data?.articleAdded?.id;
            if (id) (arrivals.get(id) ?? arrivals.set(id, []).get(id)!).push(performance.now());
          },
          error: (error) => process.stderr.write(`subscription error: ${JSON.stringify(error)}\n`),
          complete: () => undefined,
        });
      }
    }
    while (connected < clients.length) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1_000));
    const committed = new Map<string, number>();
    for (const page of pages(events, "latency")) {
      const result = await services.ingest.ingest(page, config.maxRawBytes);
      if (!result.created) throw new Error("a benchmark page was a duplicate");
      committed.set(String(result.article.id), performance.now()); // resolves right after COMMIT
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 2_000));
    const latencies = [...committed].flatMap(([id, at]) => (arrivals.get(id) ?? []).map((t) => t - at)).sort((a, b) => a - b);
    results.eventLatency = {
      subscribers: 100,
      events,
      deliveries: latencies.length,
      expectedDeliveries: events * 100,
      p50Ms: Number(percentile(latencies, 50).toFixed(1)),
      p99Ms: Number(percentile(latencies, 99).toFixed(1)),
      maxMs: Number(latencies.at(-1)!.toFixed(1)),
    };
    await Promise.all(clients.map((c) => c.dispose()));
    process.stdout.write(`event latency: ${JSON.stringify(results.eventLatency)}\n`);

    // 2. Queue throughput: the same number of inputs, taken by 1 and then 2 worker processes (npm run worker).
    const queue: Array<Record<string, number>> = [];
    for (const workers of [1, 2]) {
      const ready: Array<Promise<unknown>> = [];
      for (let w = 0; w < workers; w++) {
        const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "dist/src/cli/worker.js")], {
          env: { ...process.env, DATABASE_URL: cluster.primary.url("newsgraph"), INGEST_WORKERS: "1", LOG_LEVEL: "warn" },
          stdio: ["ignore", "pipe", "inherit"],
        });
        children.push(child);
        ready.push(new Promise((resolve) => child.stdout!.on("data", (d) => /ingest worker ready/.test(String(d)) && resolve(null))));
      }
      await Promise.all(ready);
      const id = await services.queue.enqueue(pages(queued, `queue-${workers}`), "bench");
      const started = performance.now();
      for (;;) {
        const status = (await services.queue.status(id))!;
        if (status.pending === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const seconds = (performance.now() - started) / 1000;
      // From the first input finished to the last: the steady rate, without each worker's first-ingest start-up.
      const [span] = await dataSource.query(
        `SELECT extract(epoch FROM max(finished_at) - min(finished_at))::float8 AS s, count(*)::int AS n FROM ingest_batch_item WHERE batch_id = $1`,
        [id],
      );
      queue.push({
        workers,
        inputs: queued,
        seconds: Number(seconds.toFixed(2)),
        articlesPerSecond: Number((queued / seconds).toFixed(1)),
        steadyArticlesPerSecond: Number(((span.n - 1) / span.s).toFixed(1)),
      });
      for (const child of children.splice(0)) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      process.stdout.write(`queue: ${JSON.stringify(queue.at(-1))}\n`);
    }
    results.queue = queue;

    // 3. Read throughput: the same query at 16 connections, without and then with the replica.
    const withReplica = loadConfig({ ...env, DATABASE_REPLICA_URLS: cluster.replica.url("newsgraph"), REPLICA_MAX_LAG_MS: "5000" });
    const replicaServices = await createServices(withReplica, dataSource);
    const replicaServer = await createServer(withReplica, replicaServices, createLogger("silent"));
    const replicaBase = `127.0.0.1:${await replicaServer.listen()}`;
    const body = JSON.stringify({ query: `{ articles(filter: { country: "UA" }, first: 20) { nodes { id title source countries { code } quotes { text speaker { name } } figures { value unit } } } }` });
    const reads: Array<Record<string, number | string>> = [];
    for (const [mode, target] of [["primary only", base], ["one replica", replicaBase]] as const) {
      const [primaryBefore, replicaBefore] = [await articleReads(cluster.primary), await articleReads(cluster.replica)];
      const run = await autocannon({ url: `http://${target}/graphql`, method: "POST", headers: { "content-type": "application/json" }, body, connections: 16, duration });
      const [primaryAfter, replicaAfter] = [await articleReads(cluster.primary), await articleReads(cluster.replica)];
      reads.push({ mode, requestsPerSecond: Math.round(run.requests.average), p50Ms: run.latency.p50, p99Ms: run.latency.p99, non2xx: run.non2xx, primaryArticleStatements: primaryAfter - primaryBefore, replicaArticleStatements: replicaAfter - replicaBefore });
      process.stdout.write(`reads: ${JSON.stringify(reads.at(-1))}\n`);
    }
    results.reads = reads;
    await replicaServer.stop();
    await closeServices(replicaServices);
    await server.stop();
    await closeServices(services);
    await dataSource.destroy();
    fs.mkdirSync(path.join(PROJECT_ROOT, "bench-results"), { recursive: true });
    fs.writeFileSync(path.join(PROJECT_ROOT, "bench-results", "live.json"), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } finally {
    for (const child of children) child.kill("SIGKILL");
    await cluster.remove();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench:live failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
