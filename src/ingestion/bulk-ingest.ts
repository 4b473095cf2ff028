import { availableParallelism } from "node:os";
import { ExtractPool } from "./extract-pool";
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
  /** Extraction threads; 0 extracts on the main thread. */
  workers?: number;
  /** Milliseconds one article's extraction may take before it fails and its worker is replaced (default 10 s). */
  timeoutMs?: number;
  /** Articles being written at once. */
  writeConcurrency?: number;
  onResult?: (item: BulkItem, outcome: "ingested" | "present" | "failed", reason?: string) => void;
}

/**
 * Ingests many raw pages: extraction runs on every core in worker threads while the main thread
 * writes finished articles, each in its own transaction. A failure is reported and the batch goes on.
 */
export async function bulkIngest(items: AsyncIterable<BulkItem> | Iterable<BulkItem>, options: BulkOptions): Promise<BulkSummary> {
  const workers = options.workers ?? availableParallelism();
  const pool = workers > 0 ? new ExtractPool({ size: workers, timeoutMs: options.timeoutMs ?? 10_000 }) : null;
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
