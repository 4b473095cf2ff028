import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { type Config, loadConfig } from "./config";
import { type OpenDatabase, openDatabase } from "./database/connect";
import { loadSamples } from "./ingestion/load-samples";
import { createLogger, type Logger } from "./logger";
import { type AppServer, createServer } from "./server";
import { closeServices, createServices, type Services } from "./services";
import { generateKey } from "./services/api-key.service";

/** With no API_KEYS and no stored keys, a key is made once and kept in the data folder. */
function localKey(dataDir: string): string {
  const file = path.join(dataDir, "api-key");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const key = generateKey();
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export interface RunningService {
  server: AppServer;
  port: number;
  /** Settles once the database is connected, migrated and serving (rejects if that fails for good). */
  ready: Promise<void>;
  /** Drains requests in flight, closes the pool and stops the embedded database if this process started one. */
  shutdown(): Promise<void>;
}

/**
 * Listens at once (health, /ready = 503, GraphQL = SERVICE_UNAVAILABLE), then connects to the database with
 * backoff for as long as it takes, migrates, and serves.
 */
export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  const server = await createServer(config, null, logger);
  const port = await server.listen();
  const stopping = new AbortController();
  let database: OpenDatabase | null = null;
  let services: Services | null = null;
  const ready = (async () => {
    database = await openDatabase(config, logger, { attempts: Infinity, signal: stopping.signal });
    services = await createServices(config, database.dataSource);
    if (config.loadSamples) {
      const [{ n }] = await database.dataSource.query(`SELECT count(*)::int AS n FROM article`);
      if (n === 0) logger.info({ loaded: await loadSamples(services.ingest, config.samplesDir, config.maxRawBytes) }, "sample articles loaded into the empty database");
    }
    server.attach(services);
    logger.info({ database: database.embedded ? "embedded" : "DATABASE_URL" }, "database connected; serving GraphQL");
    await services.queue.startWorkers(config.ingestWorkers);
  })();
  return {
    server,
    port,
    ready,
    async shutdown() {
      stopping.abort();
      await server.stop();
      await ready.catch(() => undefined);
      if (services) await closeServices(services);
      await database?.close();
    },
  };
}

/** config -> listen -> database -> serve; SIGINT/SIGTERM drain, then stop the database. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let generatedKey: string | null = null;
  if (config.apiKeys.length === 0) {
    generatedKey = localKey(config.dataDir);
    config.apiKeys = [generatedKey];
  }
  // Signal handlers go first, so a signal during a slow start (database retries) also shuts down cleanly.
  let service: RunningService | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: draining requests");
    // Keep the event loop alive until the database has stopped, whatever else has closed.
    setInterval(() => undefined, 1_000);
    try {
      await service?.shutdown();
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  service = await startService(config, logger);
  const url = `http://localhost:${service.port}/graphql`;
  logger.info({ url }, "Newsgraph is listening");
  process.stdout.write(`\nNewsgraph API and Apollo Sandbox: ${url}\n`);
  if (generatedKey) process.stdout.write(`API key for writes (kept in ${path.join(config.dataDir, "api-key")}): ${generatedKey}\n\n`);
  service.ready.then(
    () => process.stdout.write("Newsgraph is ready\n"),
    (error) => {
      if (stopping) return;
      process.stderr.write(`Newsgraph could not open its database: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

if (require.main === module) {
  bootstrap().catch((error) => {
    process.stderr.write(`Newsgraph failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  });
}
