import cluster, { type Worker } from "node:cluster";
import type { Config } from "./config";
import { openDatabase } from "./database/connect";
import { loadSamples } from "./ingestion/load-samples";
import type { Logger } from "./logger";
import { createServices } from "./services";

/** What a worker sends the primary once its server is serving GraphQL. */
export const WORKER_READY = "newsgraph:ready";

/** A worker that dies sooner than this after starting is restarted only after RESTART_DELAY_MS (no crash loop at full speed). */
const QUICK_DEATH_MS = 5_000;
const RESTART_DELAY_MS = 1_000;

/**
 * WORKERS=N: this process (the primary) opens the database once (starting the embedded one when there is no
 * DATABASE_URL, migrating, loading the samples), then forks N server processes that share the port through
 * node:cluster and that database. A worker that dies is replaced; SIGTERM/SIGINT drain every worker, then stop
 * the database this process started. `announce` prints the ready lines once every worker serves.
 */
export async function runPrimary(config: Config, logger: Logger, announce: (port: number) => void): Promise<void> {
  let stopping = false;
  const database = await openDatabase(config, logger, { kind: "server" });
  if (config.loadSamples) {
    const [{ n }] = await database.dataSource.query(`SELECT count(*)::int AS n FROM article`);
    if (n === 0) {
      const services = await createServices(config, database.dataSource);
      logger.info({ loaded: await loadSamples(services.ingest, config.samplesDir, config.maxRawBytes) }, "sample articles loaded into the empty database");
    }
  }
  // The workers keep their own pools; the primary keeps only the embedded server running.
  await database.dataSource.destroy();
  const env = { DATABASE_URL: database.url, LOAD_SAMPLES: "false", API_KEYS: config.apiKeys.join(",") };
  const ready = new Set<number>();
  let announced = false;
  let port = 0;

  const fork = () => {
    const started = Date.now();
    const worker = cluster.fork(env);
    worker.on("message", (message: unknown) => {
      if (message !== WORKER_READY) return;
      ready.add(worker.id);
      if (ready.size === config.workers && !announced) {
        announced = true;
        database.embedded?.describe(`http://localhost:${port}/graphql`);
        announce(port);
        if (config.logFormat !== "json") process.stdout.write(`Newsgraph is ready (${config.workers} workers)\n`);
      }
    });
    worker.once("listening", (address) => {
      port = address.port;
    });
    worker.once("exit", (code, signal) => {
      ready.delete(worker.id);
      if (stopping) return;
      logger.warn({ worker: worker.process.pid, code, signal }, "worker exited; starting another");
      setTimeout(fork, Date.now() - started < QUICK_DEATH_MS ? RESTART_DELAY_MS : 0);
    });
    return worker;
  };
  for (let i = 0; i < config.workers; i++) fork();

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: draining the workers");
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const kill = setTimeout(() => worker.process.kill("SIGKILL"), config.shutdownGraceMs + 5_000);
            worker.once("exit", () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill("SIGTERM");
          }),
      ),
    );
    await database.close().catch((error) => logger.error({ err: error }, "stopping the database failed"));
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
