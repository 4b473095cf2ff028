import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../database/connect";
import { createLogger } from "../logger";
import { closeServices, createServices } from "../services";

/**
 * `npm run worker`: ingest queue workers alone (INGEST_WORKERS of them, at least one), on any machine that reaches
 * DATABASE_URL, or on this one against the embedded database a running `npm start` holds.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.logFormat);
  const database = await openDatabase(config, logger);
  const dataSource = database.dataSource;
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
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  process.stderr.write(`Newsgraph worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
