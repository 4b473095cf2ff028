import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { DataSource } from "typeorm";

/** Operation names become label values only when short and well formed, and only the first few hundred of them. */
const MAX_OPERATION_NAMES = 200;

/** The service's Prometheus metrics, in a registry of its own (served at /metrics). */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private dataSource: DataSource | null = null;

  readonly requests = new Counter({
    name: "newsgraph_graphql_requests_total",
    help: "GraphQL HTTP requests by operation name and outcome (ok or error).",
    labelNames: ["operation", "outcome"] as const,
    registers: [this.registry],
  });

  readonly duration = new Histogram({
    name: "newsgraph_graphql_request_duration_seconds",
    help: "GraphQL HTTP request latency by operation name.",
    labelNames: ["operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: "newsgraph_graphql_errors_total",
    help: "Errors sent to clients, by extensions.code.",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });

  readonly slowSubscribersDropped = new Counter({
    name: "newsgraph_ws_slow_clients_dropped_total",
    help: "WebSocket clients dropped because their unsent data passed WS_MAX_BUFFERED_BYTES.",
    registers: [this.registry],
  });

  readonly articlesIngested = new Counter({
    name: "newsgraph_articles_ingested_total",
    help: "ingestArticle calls that succeeded, by whether a new article was stored (created) or it was known already.",
    labelNames: ["created"] as const,
    registers: [this.registry],
  });

  readonly databaseUp = new Gauge({
    name: "newsgraph_database_connected",
    help: "1 once the database is connected and migrated, else 0.",
    registers: [this.registry],
  });

  constructor() {
    const metrics = this;
    new Gauge({
      name: "newsgraph_db_pool_connections",
      help: "Connections in the PostgreSQL pool: total, idle, and requests waiting for one.",
      labelNames: ["state"] as const,
      registers: [this.registry],
      collect() {
        const pool = metrics.pool();
        for (const state of ["total", "idle", "waiting"] as const) this.set({ state }, pool ? pool[`${state}Count`] : 0);
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: "newsgraph_" });
    this.databaseUp.set(0);
  }

  /** The pool to report on, once the database is open. */
  watchDatabase(dataSource: DataSource): void {
    this.dataSource = dataSource;
    this.databaseUp.set(1);
  }

  /** A label value for an operation name: "anonymous", the name, or "other" when malformed or too many are seen. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return "other";
    this.operationNames.add(name);
    return name;
  }

  private pool(): { totalCount: number; idleCount: number; waitingCount: number } | null {
    const driver = this.dataSource?.isInitialized ? (this.dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }) : null;
    return driver?.master ?? null;
  }
}
