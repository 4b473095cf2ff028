import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "./config";
import { openDatabase } from "./database/connect";
import { loadSamples } from "./ingestion/load-samples";
import { createLogger } from "./logger";
import { createServer } from "./server";
import { createServices } from "./services";
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

/** config -> database -> schema -> listen; nothing else. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  let generatedKey: string | null = null;
  if (config.apiKeys.length === 0) {
    generatedKey = localKey(config.dataDir);
    config.apiKeys = [generatedKey];
  }
  const services = await createServices(config, database.dataSource);
  if (config.loadSamples) {
    const [{ n }] = await database.dataSource.query(`SELECT count(*)::int AS n FROM article`);
    if (n === 0) logger.info({ loaded: await loadSamples(services.ingest, config.samplesDir, config.maxRawBytes) }, "sample articles loaded into the empty database");
  }
  const server = await createServer(config, services, logger);
  const port = await server.listen();
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url, database: database.embedded ? "embedded" : "DATABASE_URL" }, "Newsgraph is serving");
  process.stdout.write(`\nNewsgraph API and Apollo Sandbox: ${url}\n`);
  if (generatedKey) process.stdout.write(`API key for writes (kept in ${path.join(config.dataDir, "api-key")}): ${generatedKey}\n\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: draining requests");
    try {
      await server.stop();
      await database.close();
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

bootstrap().catch((error) => {
  process.stderr.write(`Newsgraph failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
