import "reflect-metadata";
import cliProgress from "cli-progress";
import { loadConfig } from "../config";
import { openDatabase } from "../database/connect";
import { flag } from "../bench/args";
import { createLogger } from "../logger";
import { loadSyntheticCorpus } from "../synthetic/load";

const USAGE = `usage: npm run seed:synthetic -- --articles N [--seed S] [--reset]
  Writes a deterministic synthetic corpus (about 5 quotes, 5 figures and 10 actor mentions per article,
  over three years) into DATABASE_URL or the embedded database. --reset first deletes every article and actor.`;

function positiveInt(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got ${JSON.stringify(raw)}\n${USAGE}`);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("--help") || flag(args, "articles") === undefined) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(args.includes("--help") ? 0 : 2);
  }
  const articles = positiveInt("articles", flag(args, "articles"));
  const seed = positiveInt("seed", flag(args, "seed"), 1);
  const reset = args.includes("--reset");
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL || "warn");
  const database = await openDatabase(config, logger);
  try {
    const [{ n }] = await database.dataSource.query(`SELECT count(*)::int AS n FROM article`);
    if (n > 0 && !reset) {
      throw new Error(`the database already holds ${n} articles; pass --reset to replace them (and all actors) with the synthetic corpus`);
    }
    const bar = new cliProgress.SingleBar(
      { format: "seeding [{bar}] {value}/{total} articles | {speed} articles/s | eta {eta_formatted}", hideCursor: true, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5_000 },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(articles, 0, { speed: "0" });
    const result = await loadSyntheticCorpus(database.dataSource, {
      articles,
      seed,
      reset,
      onProgress: (done) => bar.update(done, { speed: Math.round(done / ((Date.now() - started) / 1000)).toString() }),
    });
    bar.stop();
    process.stdout.write(
      `seeded ${result.articles} articles, ${result.actors} actors, ${result.quotes} quotes, ${result.figures} figures (seed ${seed}) ` +
        `into ${database.embedded ? "the embedded database" : "DATABASE_URL"} in ${(result.milliseconds / 1000).toFixed(1)} s (including VACUUM ANALYZE)\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`seed:synthetic failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
