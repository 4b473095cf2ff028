import "reflect-metadata";
import { randomBytes } from "node:crypto";
import cluster from "node:cluster";
import fs from "node:fs";
import path from "node:path";
import { runPrimary, WORKER_READY } from "./cluster";
import { type Config, loadConfig } from "./config";
import { embeddedDir, folderInUse, type OpenDatabase, openDatabase } from "./database/connect";
import { liveOwner } from "./database/owner";
import { StartupError } from "./database/startup-errors";
import { loadSamples } from "./ingestion/load-samples";
import { createLogger, type Logger } from "./logger";
import { type AppServer, createServer } from "./server";
import { closeServices, createServices, type Services } from "./services";
import { generateKey } from "./services/api-key.service";

/** A secret made once with `make` and kept (owner-only) in the data folder, read back on later starts. */
function keptSecret(dataDir: string, name: string, make: () => string): string {
  const file = path.join(dataDir, name);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = make();
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** With no API_KEYS and no stored keys, a key is made once and kept in the data folder. */
function localKey(dataDir: string): string {
  return keptSecret(dataDir, "api-key", generateKey);
}

/** With no CURSOR_SECRET, the cursor secret is made once and kept in the data folder (cursors outlive restarts). */
export function localCursorSecret(dataDir: string): string {
  return keptSecret(dataDir, "cursor-secret", () => randomBytes(32).toString("base64url"));
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
    database = await openDatabase(config, logger, { kind: "server", signal: stopping.signal });
    database.embedded?.describe(`http://localhost:${port}/graphql`);
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

/** The one line a failed start prints: the message alone for problems phrased for the user, else the stack. */
function failureLine(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Exits 1 with a line on stderr (and a JSON log line when LOG_FORMAT=json). */
function fail(logger: Logger, config: Config, error: unknown): never {
  const line = failureLine(error);
  if (config.logFormat === "json") logger.fatal({ err: line }, "Newsgraph could not start");
  else process.stderr.write(`Newsgraph could not start: ${line}\n`);
  process.exit(1);
}

/** config -> listen -> database -> serve; SIGINT/SIGTERM drain, then stop the database. */
async function bootstrap(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`Newsgraph could not start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel, config.logFormat);
  // A second server on the same data folder is refused before it takes a port.
  const holder = config.databaseUrl ? null : liveOwner(embeddedDir(config));
  if (holder) fail(logger, config, folderInUse(config, holder));
  let generatedKey: string | null = null;
  if (config.apiKeys.length === 0) {
    generatedKey = localKey(config.dataDir);
    config.apiKeys = [generatedKey];
  }
  // No built-in cursor secret: without CURSOR_SECRET one is generated on first start and kept like the key.
  if (!config.cursorSecret) config.cursorSecret = localCursorSecret(config.dataDir);
  const announce = (port: number) => {
    const base = `http://localhost:${port}`;
    const keyFile = path.join(config.dataDir, "api-key");
    logger.info({ url: `${base}/graphql`, graphiql: `${base}/graphiql`, ...(generatedKey ? { keyFile } : {}) }, "Newsgraph is ready");
    if (config.logFormat === "json") return;
    process.stdout.write(`\nNewsgraph API and Apollo Sandbox: ${base}/graphql\nGraphiQL (works offline): ${base}/graphiql\n`);
    if (generatedKey) process.stdout.write(`API key for writes (kept in ${keyFile}): ${generatedKey}\n`);
    process.stdout.write("\n");
  };
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config, logger, announce).catch((error) => fail(logger, config, error));
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

  try {
    service = await startService(config, logger);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      fail(logger, config, new StartupError(`PORT ${config.port} is in use on ${config.host} by another program; stop it, or set PORT to a free port (PORT=0 picks one)`));
    }
    throw error;
  }
  const running = service;
  running.ready.then(
    () => (cluster.isWorker ? process.send?.(WORKER_READY) : announce(running.port)),
    (error) => {
      if (!stopping) fail(logger, config, error);
    },
  );
}

if (require.main === module) {
  bootstrap().catch((error) => {
    process.stderr.write(`Newsgraph could not start: ${failureLine(error)}\n`);
    process.exit(1);
  });
}
