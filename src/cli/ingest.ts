import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { loadConfig } from "../config";
import { openDatabase } from "../database/connect";
import { type BulkItem, bulkIngest } from "../ingestion/bulk-ingest";
import { IngestService } from "../ingestion/ingest.service";
import { createLogger } from "../logger";
import { ReferenceData } from "../services/reference.service";

const USAGE = "usage: npm run ingest -- <file | folder | -> ...   (folders: every .txt inside, recursively; -: one article on stdin)";

/** Expands the arguments into the files to read, in a stable order. */
export function listInputs(args: string[]): string[] {
  const files: string[] = [];
  const walk = (target: string) => {
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) {
        const child = path.join(target, entry);
        if (fs.statSync(child).isDirectory() || entry.endsWith(".txt")) walk(child);
      }
    } else files.push(target);
  };
  for (const arg of args) {
    if (arg === "-") files.push("-");
    else if (!fs.existsSync(arg)) throw new Error(`no such file or folder: ${arg}`);
    else walk(arg);
  }
  return files;
}

async function* readItems(files: string[]): AsyncGenerator<BulkItem> {
  for (const file of files) {
    if (file === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      yield { name: "stdin", raw: Buffer.concat(chunks).toString("utf8") };
    } else {
      yield { name: file, raw: await fs.promises.readFile(file, "utf8") };
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length === 0 || args.includes("--help")) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(args.length === 0 ? 2 : 0);
  }
  const files = listInputs(args);
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL || "warn");
  const database = await openDatabase(config, logger);
  try {
    const reference = await ReferenceData.load(database.dataSource);
    const ingest = new IngestService(database.dataSource, reference);
    const bars = new cliProgress.MultiBar(
      { format: "ingesting [{bar}] {value}/{total} | {speed} articles/s | eta {eta_formatted}", hideCursor: true, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000 },
      cliProgress.Presets.shades_classic,
    );
    const bar = bars.create(files.length, 0, { speed: "0" });
    const started = performance.now();
    let done = 0;
    const summary = await bulkIngest(readItems(files), {
      ingest,
      maxRawBytes: config.maxRawBytes,
      onResult: (item, outcome, reason) => {
        done += 1;
        if (outcome === "failed") {
          const line = `failed: ${item.name}: ${reason}\n`;
          // The bar prints its buffered log lines only on a terminal.
          if (process.stderr.isTTY) bars.log(line);
          else process.stderr.write(line);
        }
        bar.update(done, { speed: (done / ((performance.now() - started) / 1000)).toFixed(1) });
      },
    });
    bars.stop();
    process.stdout.write(
      `ingested ${summary.ingested}, already present ${summary.alreadyPresent}, failed ${summary.failed} ` +
        `in ${summary.seconds.toFixed(1)} s: ${summary.articlesPerSecond.toFixed(1)} articles/s, extraction ${summary.extractMsPerArticle.toFixed(1)} ms/article\n`,
    );
    process.exitCode = summary.failed > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
