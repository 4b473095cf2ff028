import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { extractOne, type ExtractRequest, type ExtractResponse } from "./extract-worker";
import type { IngestService } from "./ingest.service";

export interface BulkItem {
  /** What failures are reported against: a file path or "stdin". */
  name: string;
  raw: string;
  fetchedAt?: Date;
}

export interface BulkSummary {
  ingested: number;
  alreadyPresent: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  /** Mean extraction time per article, in milliseconds (in the workers). */
  extractMsPerArticle: number;
}

export interface BulkOptions {
  ingest: IngestService;
  maxRawBytes: number;
  /** Extraction threads; 0 extracts on the main thread (tests run TypeScript sources, which workers can't load). */
  workers?: number;
  /** Articles being written at once. */
  writeConcurrency?: number;
  onResult?: (item: BulkItem, outcome: "ingested" | "present" | "failed", reason?: string) => void;
}

/** A small pool of extraction workers, one request in flight per worker. */
class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private readonly all: Worker[] = [];

  constructor(size: number) {
    const script = path.join(__dirname, "extract-worker.js");
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script);
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  async run(request: ExtractRequest): Promise<ExtractResponse> {
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    try {
      return await new Promise<ExtractResponse>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.postMessage(request);
      });
    } finally {
      worker.removeAllListeners("message");
      worker.removeAllListeners("error");
      const next = this.waiting.shift();
      if (next) next(worker);
      else this.idle.push(worker);
    }
  }

  close(): Promise<number[]> {
    return Promise.all(this.all.map((w) => w.terminate()));
  }
}

/**
 * Ingests many raw pages: extraction runs on every core in worker threads while the main thread
 * writes finished articles, each in its own transaction. A failure is reported and the batch goes on.
 */
export async function bulkIngest(items: AsyncIterable<BulkItem> | Iterable<BulkItem>, options: BulkOptions): Promise<BulkSummary> {
  const workers = options.workers ?? availableParallelism();
  const pool = workers > 0 ? new ExtractPool(workers) : null;
  const concurrency = Math.max(1, options.writeConcurrency ?? Math.max(2, workers * 2));
  const summary = { ingested: 0, alreadyPresent: 0, failed: 0, extractMs: 0, extracted: 0 };
  const started = performance.now();
  let nextId = 0;

  const handle = async (item: BulkItem) => {
    const request: ExtractRequest = { id: nextId++, raw: item.raw, fetchedAt: item.fetchedAt ?? new Date(), maxBytes: options.maxRawBytes };
    let result: ExtractResponse;
    try {
      result = pool ? await pool.run(request) : extractOne(request);
    } catch (error) {
      result = { id: request.id, ok: false, field: null, reason: (error as Error).message, ms: 0 };
    }
    summary.extractMs += result.ms;
    summary.extracted += 1;
    if (!result.ok) {
      summary.failed += 1;
      options.onResult?.(item, "failed", result.field ? `${result.field}: ${result.reason}` : result.reason);
      return;
    }
    try {
      const saved = await options.ingest.save(result.article, { url: null, fetchedAt: request.fetchedAt });
      if (saved.created) summary.ingested += 1;
      else summary.alreadyPresent += 1;
      options.onResult?.(item, saved.created ? "ingested" : "present");
    } catch (error) {
      summary.failed += 1;
      options.onResult?.(item, "failed", `database: ${(error as Error).message}`);
    }
  };

  try {
    const inFlight = new Set<Promise<void>>();
    for await (const item of items) {
      const task = handle(item).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const done = summary.ingested + summary.alreadyPresent;
  return {
    ingested: summary.ingested,
    alreadyPresent: summary.alreadyPresent,
    failed: summary.failed,
    seconds,
    articlesPerSecond: seconds > 0 ? done / seconds : 0,
    extractMsPerArticle: summary.extracted ? summary.extractMs / summary.extracted : 0,
  };
}
