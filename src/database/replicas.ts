import { AsyncLocalStorage } from "node:async_hooks";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import type { DataSource } from "typeorm";
import { isUnavailable } from "../http/errors";
import type { Logger } from "../logger";
import { createDataSource } from "./data-source";

/** What the read services query through: the primary DataSource itself, or a ReplicaRouter in front of it. */
export type Reader = Pick<DataSource, "query">;

/** Per HTTP request: whether its reads must see its own writes (it is a mutation), so go to the primary. */
interface ReadRoute {
  primary: boolean;
}
const readRoute = new AsyncLocalStorage<ReadRoute>();

/** Express middleware: the request's reads may go to a replica until it turns out to write. */
export function readRouting(): RequestHandler {
  return (_req, _res, next) => readRoute.run({ primary: false }, next);
}

/** Apollo plugin: a mutation reads from the primary from the start, so the payload it returns shows its own write. */
export function primaryForWritesPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const route = readRoute.getStore();
          if (route && operation?.operation !== "query") route.primary = true;
        },
      };
    },
  };
}

/** "16/B374D848" as a number, to compare WAL positions. */
function lsn(text: string): bigint {
  const [high, low] = text.split("/");
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

interface Replica {
  url: string;
  dataSource: DataSource;
  healthy: boolean;
  /** Upper bound of how far behind the primary it is, from the last check; null when unknown. */
  lagMs: number | null;
}

export interface ReplicaOptions {
  maxLagMs: number;
  checkIntervalMs: number;
  poolSize: number;
  statementTimeoutMs: number;
  logger: Logger;
}

/** A replica answering with one of these has lost its connection or was cancelled by recovery: retry on the primary. */
const RETRY_ON_PRIMARY = new Set(["40001", "57P04"]);

/**
 * Sends reads round robin to the healthy streaming replicas (DATABASE_REPLICA_URLS) and everything else to the
 * primary. Each check samples the primary's WAL position; a replica's lag is the age of the newest sample it has
 * replayed (an upper bound, to one check interval), and one further behind than REPLICA_MAX_LAG_MS, or
 * unreachable, is skipped until a later check finds it well. With no replica fit, reads go to the primary.
 */
export class ReplicaRouter implements Reader {
  private readonly replicas: Replica[];
  private readonly samples: Array<{ at: number; lsn: bigint }> = [];
  private turn = 0;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;

  constructor(
    private readonly primary: DataSource,
    urls: string[],
    private readonly options: ReplicaOptions,
  ) {
    this.replicas = urls.map((url) => ({
      url,
      dataSource: createDataSource(url, { poolSize: options.poolSize, statementTimeoutMs: options.statementTimeoutMs, applicationName: "newsgraph-replica" }),
      healthy: false,
      lagMs: null,
    }));
  }

  /** Runs the first check (replicas that are down stay skipped), then checks every REPLICA_CHECK_INTERVAL_MS. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.options.checkIntervalMs);
    this.timer.unref();
  }

  /** Each replica's state, for /ready-style reporting and tests. */
  status(): Array<{ url: string; healthy: boolean; lagMs: number | null }> {
    return this.replicas.map(({ url, healthy, lagMs }) => ({ url: url.replace(/\/\/[^@/]*@/, "//"), healthy, lagMs }));
  }

  check(): Promise<void> {
    this.checking ??= this.checkAll().finally(() => (this.checking = null));
    return this.checking;
  }

  private async checkAll(): Promise<void> {
    try {
      const [{ position }] = await this.primary.query(`SELECT pg_current_wal_lsn()::text AS position`);
      const now = Date.now();
      this.samples.push({ at: now, lsn: lsn(position) });
      // Keep enough history to measure any lag up to twice the limit.
      const horizon = now - 2 * this.options.maxLagMs - 2 * this.options.checkIntervalMs;
      while (this.samples.length > 2 && this.samples[1].at < horizon) this.samples.shift();
    } catch (error) {
      this.options.logger.warn({ err: (error as Error).message }, "replica check: the primary did not answer");
      return;
    }
    await Promise.all(this.replicas.map((replica) => this.checkOne(replica)));
  }

  private async checkOne(replica: Replica): Promise<void> {
    const wasHealthy = replica.healthy;
    try {
      if (!replica.dataSource.isInitialized) await replica.dataSource.initialize();
      const [row] = await replica.dataSource.query(`SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed`);
      const replayed = row.replayed ? lsn(row.replayed) : null;
      if (!row.standby || replayed === null) throw new Error("not a streaming replica (pg_is_in_recovery() is false)");
      const now = Date.now();
      const latest = this.samples.at(-1)!;
      const newestReplayed = [...this.samples].reverse().find((sample) => sample.lsn <= replayed);
      if (newestReplayed === latest) replica.lagMs = 0;
      else if (newestReplayed) replica.lagMs = now - newestReplayed.at;
      // Behind every sample kept: at least this far behind (and unknown until a second check).
      else replica.lagMs = this.samples.length > 1 ? now - this.samples[0].at : null;
      replica.healthy = replica.lagMs !== null && replica.lagMs <= this.options.maxLagMs;
    } catch (error) {
      replica.healthy = false;
      replica.lagMs = null;
      if (wasHealthy) this.options.logger.warn({ replica: replica.url.replace(/\/\/[^@/]*@/, "//"), err: (error as Error).message }, "replica unreachable; reads go elsewhere");
    }
    if (wasHealthy && !replica.healthy && replica.lagMs !== null) {
      this.options.logger.warn({ lagMs: replica.lagMs, limit: this.options.maxLagMs }, "replica lagging; skipped until it catches up");
    }
  }

  private pick(): Replica | null {
    for (let i = 0; i < this.replicas.length; i++) {
      const replica = this.replicas[(this.turn + i) % this.replicas.length];
      if (replica.healthy) {
        this.turn = (this.turn + i + 1) % this.replicas.length;
        return replica;
      }
    }
    return null;
  }

  async query<T = any>(sql: string, parameters?: any[]): Promise<T> {
    const route = readRoute.getStore();
    // Outside an HTTP request (tests, CLIs, subscriptions) and inside a mutation, reads see the latest writes.
    const replica = route && !route.primary ? this.pick() : null;
    if (!replica) return this.primary.query(sql, parameters);
    try {
      return await replica.dataSource.query(sql, parameters);
    } catch (error) {
      const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
      if (!isUnavailable(error) && !RETRY_ON_PRIMARY.has(code ?? "")) throw error;
      replica.healthy = false;
      return this.primary.query(sql, parameters);
    }
  }

  /**
   * For the fast path, which serves only queries straight on a pg pool (prepared-statement configs): one statement
   * on a healthy replica's pool, or on the primary's when none is fit or the replica went away.
   */
  async poolQuery<R = any>(statement: { name?: string; text: string; values: unknown[] }): Promise<{ rows: R[] }> {
    const poolOf = (dataSource: DataSource) => (dataSource.driver as unknown as { master: { query(q: unknown): Promise<{ rows: R[] }> } }).master;
    const replica = this.pick();
    if (!replica) return poolOf(this.primary).query(statement);
    try {
      return await poolOf(replica.dataSource).query(statement);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!isUnavailable(error) && !RETRY_ON_PRIMARY.has(code ?? "")) throw error;
      replica.healthy = false;
      return poolOf(this.primary).query(statement);
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.checking?.catch(() => undefined);
    await Promise.all(this.replicas.map((r) => (r.dataSource.isInitialized ? r.dataSource.destroy() : undefined)));
  }
}
