import path from "node:path";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { createDataSource } from "./data-source";
import { type EmbeddedDatabase, databaseUrl, ensureDatabase, startEmbeddedPostgres } from "./embedded";

export interface OpenDatabase {
  dataSource: DataSource;
  url: string;
  embedded: EmbeddedDatabase | null;
  /** Closes the pool, then stops the embedded server if this process started one. */
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries fn with exponential backoff (capped) until it succeeds or attempts run out. */
export async function withRetry<T>(what: string, fn: () => Promise<T>, logger: Logger, attempts = 30, maxDelayMs = 5_000): Promise<T> {
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts) throw error;
      logger.warn({ attempt, retryInMs: delay, err: (error as Error).message }, `${what} failed; retrying`);
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}

/** DATABASE_URL, or an embedded PostgreSQL in the data folder; then runs pending migrations. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, "DATABASE_URL not set: starting the embedded PostgreSQL");
    embedded = await startEmbeddedPostgres(path.join(config.dataDir, "postgres"), { log: (msg) => logger.debug({ postgres: msg }) });
    url = databaseUrl(embedded.adminUrl, "newsgraph");
  }
  const target = url;
  await withRetry("connecting to PostgreSQL", () => ensureDatabase(target), logger);
  const dataSource = createDataSource(target, {
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    logSql: config.logSql,
  });
  await withRetry("opening the connection pool", () => dataSource.initialize(), logger);
  const applied = await dataSource.runMigrations({ transaction: "each" });
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, "migrations applied");
  return {
    dataSource,
    url: target,
    embedded,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (embedded) await embedded.stop();
    },
  };
}
