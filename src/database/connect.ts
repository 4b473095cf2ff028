import path from "node:path";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { createDataSource } from "./data-source";
import { type EmbeddedDatabase, databaseUrl, ensureDatabase, FolderInUseError, startEmbeddedPostgres } from "./embedded";
import { describeOwner, type OwnerRecord } from "./owner";
import { permanentProblem, redactUrl, StartupError, transientProblem } from "./startup-errors";

export interface OpenDatabase {
  dataSource: DataSource;
  url: string;
  /** The embedded PostgreSQL in use (started by this process, or joined: see `joined`); null with DATABASE_URL. */
  embedded: EmbeddedDatabase | null;
  /** Closes the pool, then stops the embedded server if this process started one (never one it joined). */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** How long to keep trying while the database does not answer (default: config.dbConnectTimeoutMs). */
  timeoutMs?: number;
  /** Stops trying (shutdown while the database is still down). */
  signal?: AbortSignal;
  /** "server" (npm start): refuse an embedded folder another live process holds, and restart its database should it die. */
  kind?: "server" | "cli";
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

/**
 * Retries fn with capped exponential backoff while its failure may pass, for up to timeoutMs; a failure no retry
 * can fix (credentials, missing database) or the timeout becomes a StartupError naming `source`.
 */
async function untilConnected<T>(source: string, url: string, fn: () => Promise<T>, logger: Logger, timeoutMs: number, signal?: AbortSignal): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
    signal?.throwIfAborted();
    try {
      return await fn();
    } catch (error) {
      if (signal?.aborted) throw error;
      const permanent = permanentProblem(error, url);
      if (permanent) throw new StartupError(`${source}: ${permanent}`);
      if (Date.now() + delay > deadline) {
        throw new StartupError(`${source}: ${transientProblem(error, url)}; gave up after ${Math.round(timeoutMs / 1000)} s (DB_CONNECT_TIMEOUT_MS)`);
      }
      logger.warn({ retryInMs: delay, err: (error as Error).message }, "connecting to PostgreSQL failed; retrying");
      await pause(delay, signal);
    }
  }
}

/** The embedded database's folder for this configuration. */
export const embeddedDir = (config: Config) => path.join(config.dataDir, "postgres");

/** The refusal a second server on a data folder gets, naming the process that holds it. */
export function folderInUse(config: Config, owner: OwnerRecord): StartupError {
  return new StartupError(`Newsgraph is already running on DATA_DIR ${config.dataDir}: ${describeOwner(owner)}. Use that server, stop it first, or set DATA_DIR to another folder`);
}

/** Starts (or joins) the embedded PostgreSQL, turning its failures into one line naming DATA_DIR. */
async function openEmbedded(config: Config, logger: Logger, kind: "server" | "cli"): Promise<EmbeddedDatabase> {
  const log = (msg: string, level: "debug" | "warn" = "debug") => logger[level]({ postgres: msg });
  try {
    return await startEmbeddedPostgres(embeddedDir(config), { log, kind, supervise: kind === "server" });
  } catch (error) {
    if (error instanceof FolderInUseError) {
      throw folderInUse(config, error.owner);
    }
    throw new StartupError(`DATA_DIR ${config.dataDir}: ${(error as Error).message}`);
  }
}

/**
 * DATABASE_URL, or the embedded PostgreSQL in the data folder (joining the one a running server holds); then runs
 * pending migrations. A database that does not answer is retried for DB_CONNECT_TIMEOUT_MS; what cannot be fixed
 * by waiting fails at once. Either way the failure is a StartupError of one line. An embedded server this process
 * started is stopped again if opening fails.
 */
export async function openDatabase(config: Config, logger: Logger, options: ConnectOptions = {}): Promise<OpenDatabase> {
  const kind = options.kind ?? "cli";
  const timeoutMs = options.timeoutMs ?? config.dbConnectTimeoutMs;
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, "DATABASE_URL not set: using the embedded PostgreSQL");
    embedded = await openEmbedded(config, logger, kind);
    url = databaseUrl(embedded.adminUrl, "newsgraph");
  }
  const target = url;
  const source = embedded ? `the embedded PostgreSQL in DATA_DIR ${config.dataDir}` : `DATABASE_URL (${redactUrl(target)})`;
  const dataSource = createDataSource(target, {
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    logSql: config.logSql,
    poolWaitMs: config.dbPoolWaitMs,
  });
  try {
    await untilConnected(source, target, () => ensureDatabase(target), logger, timeoutMs, options.signal);
    await untilConnected(source, target, () => dataSource.initialize(), logger, timeoutMs, options.signal);
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
