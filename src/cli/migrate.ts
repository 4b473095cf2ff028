import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../database/connect";
import { StartupError } from "../database/startup-errors";
import { createLogger } from "../logger";

/** `npm run migration:run`: applies pending migrations to DATABASE_URL, or to the embedded database (joining a running server's). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL || "warn");
  const before = Date.now();
  const database = await openDatabase(config, logger);
  try {
    const [{ n }] = await database.dataSource.query(`SELECT count(*)::int AS n FROM migrations`);
    const target = database.embedded ? `the embedded database in ${config.dataDir}${database.embedded.joined ? ` (held by pid ${database.embedded.joined.pid})` : ""}` : "DATABASE_URL";
    process.stdout.write(`${target} is migrated: ${n} migrations applied in all (${((Date.now() - before) / 1000).toFixed(1)} s)\n`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`migration:run failed: ${error instanceof StartupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
