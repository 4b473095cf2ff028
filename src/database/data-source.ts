import "reflect-metadata";
import { Client } from "pg";
import { DataSource } from "typeorm";
import { entities } from "../entities";
import { migrations } from "../../migrations";
import { SqlLogger } from "./sql-logger";

export interface DataSourceOptions {
  poolSize?: number;
  statementTimeoutMs?: number;
  logSql?: boolean;
  applicationName?: string;
  /** Longest wait for a free pool connection before the query fails (DB_POOL_WAIT_MS). */
  poolWaitMs?: number;
}

/**
 * The pool's connection class: a pg Client that always has an "error" listener. pg-pool listens for errors only
 * on idle connections; a connection checked out (a TypeORM query runner between two statements) that PostgreSQL
 * closes (a restart, a terminated backend) would otherwise emit an unhandled "error" and end the process. The
 * error is not lost: the connection is no longer queryable, so its next statement fails and the pool drops it.
 */
export class GuardedClient extends Client {
  constructor(config?: ConstructorParameters<typeof Client>[0]) {
    super(config);
    this.on("error", () => undefined);
  }
}

/** The one way to build a DataSource: entities and migrations registered, synchronize off. */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsTableName: "migrations",
    synchronize: false,
    migrationsRun: false,
    logger: new SqlLogger(options.logSql ?? false),
    poolSize: options.poolSize ?? 10,
    extra: {
      Client: GuardedClient,
      statement_timeout: options.statementTimeoutMs ?? 5_000,
      application_name: options.applicationName ?? "newsgraph",
      connectionTimeoutMillis: options.poolWaitMs ?? 5_000,
      // The fast path's named statements are parsed once per connection but planned for each one's parameters.
      options: "-c plan_cache_mode=force_custom_plan",
    },
  });
}

/** Target of the TypeORM CLI (migration:generate / migration:run): DATABASE_URL or the local server. */
export default createDataSource(process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/newsgraph");

/** The postgres:// URL a DataSource was built with (createDataSource always sets one). */
export function urlOf(dataSource: DataSource): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error("this DataSource was not built from a URL");
  return url;
}
