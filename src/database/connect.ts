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

export interface RetryOptions {
  /** Tries in all (Infinity: until it works or the signal aborts). */
  attempts?: number;
  maxDelayMs?: number;
  /** Stops retrying (shutdown while the database is still down). */
  signal?: AbortSignal;
}

/** Waits ms, or less when the signal aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** Retries fn with exponential backoff (capped) until it succeeds, attempts run out or the signal aborts. */
export async function withRetry<T>(what: string, fn: () => Promise<T>, logger: Logger, options: RetryOptions = {}): Promise<T> {
  const { attempts = 30, maxDelayMs = 5_000, signal } = options;
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || signal?.aborted) throw error;
      logger.warn({ attempt, retryInMs: delay, err: (error as Error).message }, `${what} failed; retrying`);
      await pause(delay, signal);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}

/**
 * DATABASE_URL, or an embedded PostgreSQL in the data folder; then runs pending migrations. Connecting is
 * retried with backoff (retry.attempts, default 30); the embedded server is stopped again if opening fails.
 */
export async function openDatabase(config: Config, logger: Logger, retry: RetryOptions = {}): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, "DATABASE_URL not set: starting the embedded PostgreSQL");
    embedded = await startEmbeddedPostgres(path.join(config.dataDir, "postgres"), { log: (msg) => logger.debug({ postgres: msg }) });
    url = databaseUrl(embedded.adminUrl, "newsgraph");
  }
  const target = url;
  const dataSource = createDataSource(target, {
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    logSql: config.logSql,
    poolWaitMs: config.dbPoolWaitMs,
  });
  try {
    await withRetry("connecting to PostgreSQL", () => ensureDatabase(target), logger, retry);
    await withRetry("opening the connection pool", () => dataSource.initialize(), logger, retry);
    const applied = await dataSource.runMigrations({ transaction: "each" });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, "migrations applied");
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    if (embedded) await embedded.stop().catch(() => undefined);
    throw error;
  }
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
