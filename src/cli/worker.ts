import "reflect-metadata";
import { loadConfig } from "../config";
import { createDataSource } from "../database/data-source";
import { withRetry } from "../database/connect";
import { createLogger } from "../logger";
import { closeServices, createServices } from "../services";

/**
 * `npm run worker`: ingest queue workers alone (INGEST_WORKERS of them, at least one), on any machine that reaches
 * DATABASE_URL. It leaves migrations to the API server and waits until they are applied.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (!config.databaseUrl) {
    throw new Error("npm run worker needs DATABASE_URL: the PostgreSQL the API server uses (postgres://…)");
  }
  const url = config.databaseUrl;
  const dataSource = createDataSource(url, { poolSize: Math.max(2, config.ingestWorkers + 1), statementTimeoutMs: config.statementTimeoutMs, applicationName: "newsgraph-worker" });
  await withRetry("connecting to PostgreSQL", () => dataSource.initialize(), logger, { attempts: Infinity });
  await withRetry(
    "waiting for the API server to apply the migrations",
    async () => {
      if (await dataSource.showMigrations()) throw new Error("migrations pending");
    },
    logger,
    { attempts: Infinity },
  );
  const services = await createServices(config, dataSource);
  const workers = Math.max(1, config.ingestWorkers);
  await services.queue.startWorkers(workers);
  process.stdout.write(`Newsgraph ingest worker ready (${workers} worker${workers === 1 ? "" : "s"})\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping the ingest workers after the jobs they hold");
    await closeServices(services);
    await dataSource.destroy();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  process.stderr.write(`Newsgraph worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
