import "reflect-metadata";
import fs from "node:fs";
import { availableParallelism } from "node:os";
import { Client } from "pg";
import { loadConfig } from "../config";
import { openDatabase } from "../database/connect";
import { createDataSource } from "../database/data-source";
import { databaseUrl } from "../database/embedded";
import { type BulkItem, bulkIngest } from "../ingestion/bulk-ingest";
import { IngestService } from "../ingestion/ingest.service";
import { sampleFiles } from "../ingestion/load-samples";
import { createLogger } from "../logger";
import { ReferenceData } from "../services/reference.service";

/**
 * Bulk-ingest benchmark: N distinct articles made from the samples (each copy's title and last
 * paragraph carry its number, so none is a duplicate) into a scratch database, on every core.
 * npm run bench:ingest -- [--articles N]
 */
async function main(): Promise<void> {
  const countArg = process.argv.indexOf("--articles");
  const total = countArg > 0 ? Number(process.argv[countArg + 1]) : 1000;
  if (!Number.isInteger(total) || total < 1) throw new Error("--articles must be a positive whole number");
  const config = loadConfig();
  const logger = createLogger("warn");
  const server = await openDatabase(config, logger);
  const name = `newsgraph_bench_ingest_${process.pid}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const dataSource = createDataSource(databaseUrl(server.url, name), { poolSize: 8 });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
    const ingest = new IngestService(dataSource, await ReferenceData.load(dataSource));
    const samples = sampleFiles(config.samplesDir).map((s) => ({ raw: fs.readFileSync(s.file, "utf8"), fetchedAt: s.fetchedAt ?? new Date() }));
    if (!samples.length) throw new Error(`no sample articles in ${config.samplesDir}`);
    function* items(): Generator<BulkItem> {
      for (let i = 0; i < total; i++) {
        const sample = samples[i % samples.length];
        const copy = Math.floor(i / samples.length);
        const lines = sample.raw.split("\n");
        const titleLine = lines.findIndex((l, k) => k > 0 && l.trim().length > 20);
        if (copy > 0 && titleLine >= 0) lines[titleLine] = `${lines[titleLine]} (${copy})`;
        yield { name: `sample ${i % samples.length} copy ${copy}`, raw: lines.join("\n"), fetchedAt: sample.fetchedAt };
      }
    }
    const summary = await bulkIngest(items(), {
      ingest,
      maxRawBytes: config.maxRawBytes,
      onResult: (item, outcome, reason) => outcome === "failed" && process.stderr.write(`failed: ${item.name}: ${reason}\n`),
    });
    const result = {
      articles: total,
      workers: availableParallelism(),
      ingested: summary.ingested,
      alreadyPresent: summary.alreadyPresent,
      failed: summary.failed,
      seconds: Number(summary.seconds.toFixed(2)),
      articlesPerSecond: Number(summary.articlesPerSecond.toFixed(1)),
      extractMsPerArticle: Number(summary.extractMsPerArticle.toFixed(2)),
    };
    process.stdout.write(
      `bulk ingest of ${total} articles on ${result.workers} cores: ${result.articlesPerSecond} articles/s ` +
        `(${result.seconds} s; ingested ${result.ingested}, present ${result.alreadyPresent}, failed ${result.failed}); ` +
        `extraction ${result.extractMsPerArticle} ms/article\n${JSON.stringify(result)}\n`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:ingest failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
