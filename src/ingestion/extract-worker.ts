import { parentPort } from "node:worker_threads";
import { InputError } from "../errors";
import { extractArticle } from ".";

export interface ExtractRequest {
  id: number;
  raw: string;
  fetchedAt: Date;
  maxBytes: number;
}

export type ExtractResponse =
  | { id: number; ok: true; article: ReturnType<typeof extractArticle>; ms: number }
  | { id: number; ok: false; field: string | null; reason: string; ms: number };

/** Runs one extraction, timing it; input errors come back as data, not exceptions. */
export function extractOne(request: ExtractRequest): ExtractResponse {
  const started = performance.now();
  try {
    const article = extractArticle(request.raw, { fetchedAt: request.fetchedAt, maxBytes: request.maxBytes });
    return { id: request.id, ok: true, article, ms: performance.now() - started };
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof InputError) return { id: request.id, ok: false, field: error.field, reason: error.reason, ms };
    return { id: request.id, ok: false, field: null, reason: error instanceof Error ? error.message : String(error), ms };
  }
}

parentPort?.on("message", (request: ExtractRequest) => parentPort!.postMessage(extractOne(request)));
