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
  /** Serve Apollo Sandbox and allow introspection. */
  sandbox: boolean;
  /** Log SQL statements (debugging). */
  logSql: boolean;
  logLevel: string;
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

/** Reads and validates the configuration; throws with the setting's name on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV || "development";
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql://`);
  }
  const dataDir = path.resolve(PROJECT_ROOT, env.DATA_DIR || ".data");
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
    cursorSecret: env.CURSOR_SECRET || "newsgraph-cursors-v1",
    maxRawBytes: intSetting(env, "MAX_RAW_BYTES", 1_000_000, 1_000, 50_000_000),
    dbPoolSize: intSetting(env, "DB_POOL_SIZE", 10, 1, 200),
    statementTimeoutMs: intSetting(env, "STATEMENT_TIMEOUT_MS", 5_000, 100, 600_000),
    sandbox: boolSetting(env, "SANDBOX", nodeEnv !== "production"),
    logSql: boolSetting(env, "LOG_SQL", false),
    logLevel: env.LOG_LEVEL || (nodeEnv === "test" ? "silent" : "info"),
  };
}
