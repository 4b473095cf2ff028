import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../errors";
import { extractArticle } from ".";
import { boundArticle, type OutputBounds } from "./bounds";
import { adoptTownIndex } from "./gazetteers/towns";
import { type StoryIndex, storyIndex } from "./story/story-links";

export interface ExtractRequest {
  id: number;
  raw: string;
  fetchedAt: Date;
  maxBytes: number;
  /** Caps applied before the article is sent back, so an unbounded result is never copied between threads. */
  bounds?: Partial<OutputBounds>;
}

export type ExtractResponse =
  | { id: number; ok: true; article: ReturnType<typeof extractArticle>; truncated: string[]; story: StoryIndex | null; ms: number }
  | { id: number; ok: false; field: string | null; reason: string; ms: number; tooComplex?: boolean };

/** Runs one extraction, timing it; input errors come back as data, not exceptions. */
export function extractOne(request: ExtractRequest): ExtractResponse {
  const started = performance.now();
  try {
    const extracted = extractArticle(request.raw, { fetchedAt: request.fetchedAt, maxBytes: request.maxBytes });
    const { article, truncated } = request.bounds ? boundArticle(extracted, request.bounds) : { article: extracted, truncated: [] };
    // The MinHash signature is linear in the body but not free: it is computed here, off the event loop, too.
    return { id: request.id, ok: true, article, truncated, story: storyIndex(article.body), ms: performance.now() - started };
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof InputError) return { id: request.id, ok: false, field: error.field, reason: error.reason, ms };
    // Stack overflow or a string/array past V8's limits: the input is too complex, not a bug to hide.
    const tooComplex = error instanceof RangeError;
    return { id: request.id, ok: false, field: null, reason: error instanceof Error ? error.message : String(error), ms, tooComplex };
  }
}

if (parentPort) {
  // The parent's town gazetteer, shared memory: no worker reads the package itself.
  if (workerData?.townIndex instanceof SharedArrayBuffer) adoptTownIndex(workerData.townIndex);
  parentPort.on("message", (request: ExtractRequest) => parentPort!.postMessage(extractOne(request)));
  // The pipeline is loaded by now (imported above): the pool hands this worker articles from here on.
  parentPort.postMessage({ ready: true });
}
