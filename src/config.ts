import { availableParallelism } from "node:os";
import path from "node:path";

/** Every setting the service reads, from the environment, validated once at start. */
export interface Config {
  /** "development" | "production" | "test" */
  nodeEnv: string;
  port: number;
  host: string;
  /** postgres://… ; when absent, an embedded PostgreSQL is started in dataDir. */
  databaseUrl: string | null;
  /** Where the embedded database and the generated API key live (git-ignored). */
  dataDir: string;
  /** Plain keys accepted for writes, from API_KEYS (comma-separated). */
  apiKeys: string[];
  /** Load the sample articles into an empty database at start. */
  loadSamples: boolean;
  samplesDir: string;
  /** Secret that signs paging cursors, so forged cursors are rejected. */
  cursorSecret: string;
  /** Largest `raw` accepted by ingestArticle, in bytes. */
  maxRawBytes: number;
  /** Connections in the pg pool. */
  dbPoolSize: number;
  /** Milliseconds any one SQL statement may run. */
  statementTimeoutMs: number;
  /** Serve Apollo Sandbox and allow introspection (SANDBOX); on by default except in production. */
  sandbox: boolean;
  /** Log SQL statements (debugging). */
  logSql: boolean;
  logLevel: string;
  /** Deepest field nesting a query may have (MAX_QUERY_DEPTH); introspection fields are not counted. */
  maxQueryDepth: number;
  /** Highest estimated cost a query may have (MAX_QUERY_COST): list fields cost their items times `first`. */
  maxQueryCost: number;
  /** Most aliased fields one document may hold (MAX_ALIASES). */
  maxAliases: number;
  /** Most lexical tokens one document may hold; parsing stops beyond it (MAX_TOKENS). */
  maxTokens: number;
  /** Largest HTTP request body accepted, in bytes (MAX_BODY_BYTES); default leaves room for a MAX_RAW_BYTES `raw`. */
  maxBodyBytes: number;
  /** Requests per minute per API key, or per client address without one (RATE_LIMIT_PER_MINUTE); 0 turns it off. */
  rateLimitPerMinute: number;
  /** Requests per minute per client address, counted before any key is looked up (RATE_LIMIT_PER_ADDRESS_PER_MINUTE). */
  rateLimitPerAddressPerMinute: number;
  /** Milliseconds a verified (or unknown) key stays cached (KEY_CACHE_TTL_MS); revoking on this server clears it at once. */
  keyCacheTtlMs: number;
  /** redis://… (REDIS_URL): when set, the rate limit is shared through Redis by every instance. */
  redisUrl: string | null;
  /** Browser origins allowed by CORS (CORS_ORIGINS, comma-separated, or "*" for any). */
  corsOrigins: string[];
  /** Reads need an API key too (READS_REQUIRE_KEY); otherwise only writes do. */
  readsRequireKey: boolean;
  /** Take the client address from X-Forwarded-For (TRUST_PROXY), when behind a reverse proxy. */
  trustProxy: boolean;
  /** Milliseconds start-up keeps trying a database that does not answer before it gives up (DB_CONNECT_TIMEOUT_MS). */
  dbConnectTimeoutMs: number;
  /** "text": plain start-up lines on stdout, JSON logs on stderr; "json": JSON lines only, all on stdout (LOG_FORMAT). */
  logFormat: "text" | "json";
  /** Milliseconds SIGTERM waits for requests in flight before closing them (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** Worker threads that run the extraction for ingestArticle (EXTRACT_WORKERS); default: one per core. */
  extractWorkers: number;
  /** Milliseconds one article's extraction may take before its worker is replaced (EXTRACT_TIMEOUT_MS). */
  extractTimeoutMs: number;
  /** Heap (old generation, MB) each extraction worker may use (EXTRACT_HEAP_MB). */
  extractHeapMb: number;
  /** Caps on what one article stores (MAX_QUOTES_PER_ARTICLE, MAX_FIGURES_PER_ARTICLE, MAX_ACTORS_PER_ARTICLE, MAX_QUOTE_CHARS). */
  maxQuotesPerArticle: number;
  maxFiguresPerArticle: number;
  maxActorsPerArticle: number;
  maxQuoteChars: number;
  /** Characters of an article's body that go into its full-text index (MAX_SEARCH_TEXT_CHARS). */
  maxSearchTextChars: number;
  /** Largest GraphQL response body, in bytes (MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
  /** Longest `search` text a filter accepts, in characters (MAX_SEARCH_CHARS). */
  maxSearchChars: number;
  /** Expensive operations (search, totalCount) one client may run at once (MAX_EXPENSIVE_PER_CLIENT). */
  maxExpensivePerClient: number;
  /** Milliseconds a request waits for a database connection before SERVICE_UNAVAILABLE (DB_POOL_WAIT_MS). */
  dbPoolWaitMs: number;
  /** Live subscriptions one WebSocket connection may hold (SUBSCRIPTIONS_PER_CONNECTION). */
  subscriptionsPerConnection: number;
  /** Live subscriptions one API key (or client address without one) may hold on this process (SUBSCRIPTIONS_PER_KEY). */
  subscriptionsPerKey: number;
  /** Bytes a WebSocket may have waiting to be sent before its client is dropped as too slow (WS_MAX_BUFFERED_BYTES). */
  wsMaxBufferedBytes: number;
  /** Ingest queue workers this process runs (INGEST_WORKERS); 0 runs none. */
  ingestWorkers: number;
  /** Seconds a queued ingest may stay taken before another worker retries it (INGEST_JOB_TIMEOUT_SECONDS). */
  ingestJobTimeoutSeconds: number;
  /** Read-only streaming replicas that serve reads (DATABASE_REPLICA_URLS, comma-separated). */
  databaseReplicaUrls: string[];
  /** A replica further behind the primary than this is skipped (REPLICA_MAX_LAG_MS). */
  replicaMaxLagMs: number;
  /** How often each replica's health and lag are checked (REPLICA_CHECK_INTERVAL_MS). */
  replicaCheckIntervalMs: number;
  /** Serve the documents it understands with one JSON-building SQL statement (FAST_PATH); off: resolvers only. */
  fastPath: boolean;
  /** Parsed, validated and compiled documents (and automatic persisted queries) kept per process (DOCUMENT_CACHE_SIZE). */
  documentCacheSize: number;
  /** JSON file of sha256 -> document (PERSISTED_DOCUMENTS); when set, only those documents run. */
  persistedDocuments: string | null;
  /** Server processes sharing the port (WORKERS, node:cluster); 1 runs the server in this process. */
  workers: number;
  /** Most periods one histogram or figure series may return (MAX_HISTOGRAM_BUCKETS). */
  maxHistogramBuckets: number;
}

export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolSetting(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function replicaUrls(raw: string | undefined): string[] {
  const urls = (raw ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);
  for (const url of urls) if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`DATABASE_REPLICA_URLS: each URL must start with postgres:// or postgresql://`);
  return urls;
}

/** Reads and validates the configuration; throws with the setting's name on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV || "development";
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql://`);
  }
  const dataDir = path.resolve(PROJECT_ROOT, env.DATA_DIR || ".data");
  const maxRawBytes = intSetting(env, "MAX_RAW_BYTES", 1_000_000, 1_000, 50_000_000);
  const redisUrl = env.REDIS_URL || null;
  const rateLimitPerMinute = intSetting(env, "RATE_LIMIT_PER_MINUTE", 600, 0, 10_000_000);
  const logFormat = env.LOG_FORMAT || "text";
  if (logFormat !== "text" && logFormat !== "json") throw new Error(`LOG_FORMAT must be text or json, got "${logFormat}"`);
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new Error(`REDIS_URL must start with redis:// or rediss://`);
  return {
    nodeEnv,
    port: intSetting(env, "PORT", 4000, 0, 65535),
    host: env.HOST || "0.0.0.0",
    databaseUrl,
    dataDir,
    apiKeys: (env.API_KEYS || "")
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean),
    loadSamples: boolSetting(env, "LOAD_SAMPLES", true),
    samplesDir: path.resolve(PROJECT_ROOT, env.SAMPLES_DIR || "samples"),
    // Empty: main.ts generates one on first start and keeps it in DATA_DIR (there is no built-in default).
    cursorSecret: env.CURSOR_SECRET || "",
    maxRawBytes,
    dbPoolSize: intSetting(env, "DB_POOL_SIZE", 10, 1, 200),
    statementTimeoutMs: intSetting(env, "STATEMENT_TIMEOUT_MS", 5_000, 100, 600_000),
    sandbox: boolSetting(env, "SANDBOX", nodeEnv !== "production"),
    logSql: boolSetting(env, "LOG_SQL", false),
    logLevel: env.LOG_LEVEL || (nodeEnv === "test" ? "silent" : "info"),
    maxQueryDepth: intSetting(env, "MAX_QUERY_DEPTH", 10, 2, 100),
    maxQueryCost: intSetting(env, "MAX_QUERY_COST", 20_000, 10, 10_000_000),
    maxAliases: intSetting(env, "MAX_ALIASES", 30, 0, 10_000),
    maxTokens: intSetting(env, "MAX_TOKENS", 2_000, 100, 1_000_000),
    // Room for a `raw` of MAX_RAW_BYTES once JSON-escaped (quotes, non-ASCII), plus the rest of the request.
    maxBodyBytes: intSetting(env, "MAX_BODY_BYTES", Math.ceil(maxRawBytes * 1.5) + 100_000, 1_000, 500_000_000),
    rateLimitPerMinute,
    rateLimitPerAddressPerMinute: intSetting(env, "RATE_LIMIT_PER_ADDRESS_PER_MINUTE", rateLimitPerMinute * 4, 1, 100_000_000),
    keyCacheTtlMs: intSetting(env, "KEY_CACHE_TTL_MS", 30_000, 0, 3_600_000),
    redisUrl,
    corsOrigins: (env.CORS_ORIGINS ?? "*")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    readsRequireKey: boolSetting(env, "READS_REQUIRE_KEY", false),
    trustProxy: boolSetting(env, "TRUST_PROXY", false),
    shutdownGraceMs: intSetting(env, "SHUTDOWN_GRACE_MS", 10_000, 0, 600_000),
    extractWorkers: intSetting(env, "EXTRACT_WORKERS", availableParallelism(), 1, 256),
    extractTimeoutMs: intSetting(env, "EXTRACT_TIMEOUT_MS", 10_000, 100, 600_000),
    extractHeapMb: intSetting(env, "EXTRACT_HEAP_MB", 1_024, 64, 65_536),
    maxQuotesPerArticle: intSetting(env, "MAX_QUOTES_PER_ARTICLE", 500, 1, 1_000_000),
    maxFiguresPerArticle: intSetting(env, "MAX_FIGURES_PER_ARTICLE", 1_000, 1, 1_000_000),
    maxActorsPerArticle: intSetting(env, "MAX_ACTORS_PER_ARTICLE", 100, 1, 1_000),
    maxQuoteChars: intSetting(env, "MAX_QUOTE_CHARS", 5_000, 100, 1_000_000),
    maxSearchTextChars: intSetting(env, "MAX_SEARCH_TEXT_CHARS", 200_000, 1_000, 300_000),
    maxResponseBytes: intSetting(env, "MAX_RESPONSE_BYTES", 10_000_000, 10_000, 1_000_000_000),
    maxSearchChars: intSetting(env, "MAX_SEARCH_CHARS", 200, 10, 100_000),
    maxExpensivePerClient: intSetting(env, "MAX_EXPENSIVE_PER_CLIENT", 4, 1, 10_000),
    dbPoolWaitMs: intSetting(env, "DB_POOL_WAIT_MS", 2_000, 50, 60_000),
    subscriptionsPerConnection: intSetting(env, "SUBSCRIPTIONS_PER_CONNECTION", 20, 1, 10_000),
    subscriptionsPerKey: intSetting(env, "SUBSCRIPTIONS_PER_KEY", 200, 1, 1_000_000),
    wsMaxBufferedBytes: intSetting(env, "WS_MAX_BUFFERED_BYTES", 1_000_000, 1_000, 1_000_000_000),
    ingestWorkers: intSetting(env, "INGEST_WORKERS", 1, 0, 64),
    ingestJobTimeoutSeconds: intSetting(env, "INGEST_JOB_TIMEOUT_SECONDS", 120, 2, 86_400),
    databaseReplicaUrls: replicaUrls(env.DATABASE_REPLICA_URLS),
    replicaMaxLagMs: intSetting(env, "REPLICA_MAX_LAG_MS", 5_000, 0, 3_600_000),
    replicaCheckIntervalMs: intSetting(env, "REPLICA_CHECK_INTERVAL_MS", 1_000, 100, 600_000),
    fastPath: boolSetting(env, "FAST_PATH", true),
    documentCacheSize: intSetting(env, "DOCUMENT_CACHE_SIZE", 1_000, 1, 1_000_000),
    persistedDocuments: env.PERSISTED_DOCUMENTS ? path.resolve(PROJECT_ROOT, env.PERSISTED_DOCUMENTS) : null,
    workers: intSetting(env, "WORKERS", 1, 1, 64),
    dbConnectTimeoutMs: intSetting(env, "DB_CONNECT_TIMEOUT_MS", 30_000, 0, 3_600_000),
    logFormat,
    maxHistogramBuckets: intSetting(env, "MAX_HISTOGRAM_BUCKETS", 5_000, 10, 1_000_000),
  };
}
