import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ExtractRequest, ExtractResponse } from "./extract-worker";
import { townIndexForWorkers } from "./gazetteers/towns";

export interface ExtractPoolOptions {
  /** Worker threads (at least one). */
  size: number;
  /** Milliseconds one extraction may run; past it the worker is terminated and replaced. */
  timeoutMs: number;
  /** Old-generation heap each worker may use, in MB; past it the worker dies and is replaced. */
  maxHeapMb?: number;
}

/** Why a run did not produce an article although the input passed validation. */
export class ExtractAbortedError extends Error {
  constructor(
    readonly reason: "timeout" | "memory" | "crash",
    message: string,
  ) {
    super(message);
    this.name = "ExtractAbortedError";
  }
}

interface Task {
  request: Omit<ExtractRequest, "id">;
  resolve(response: ExtractResponse): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: (Task & { id: number; timer: NodeJS.Timeout }) | null;
}

/**
 * How a worker thread is started on this file's worker: compiled JavaScript runs directly (dist/); under
 * the tests the sources are TypeScript, so the worker first installs a require hook that compiles .ts with SWC.
 */
function startWorker(resourceLimits: { maxOldGenerationSizeMb?: number }): Worker {
  // The town gazetteer is built once in this process and shared with every worker, not loaded again in each.
  const workerData = { townIndex: townIndexForWorkers() };
  if (__filename.endsWith(".js")) return new Worker(path.join(__dirname, "extract-worker.js"), { resourceLimits, workerData });
  const script = path.join(__dirname, "extract-worker.ts");
  const swc = require.resolve("@swc/core");
  const options = {
    jsc: { parser: { syntax: "typescript", decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: "es2022", keepClassNames: true },
    module: { type: "commonjs" },
    sourceMaps: "inline",
    swcrc: false,
  };
  const code = `
    const swc = require(${JSON.stringify(swc)});
    const options = ${JSON.stringify(options)};
    require.extensions[".ts"] = (module, filename) => module._compile(swc.transformFileSync(filename, { ...options, filename }).code, filename);
    require(${JSON.stringify(script)});`;
  return new Worker(code, { eval: true, resourceLimits, workerData });
}

/**
 * A pool of extraction worker threads, one article at a time each. A run past the time budget (or past the
 * heap limit) gets its worker terminated and replaced, so one hostile page never holds a thread for long.
 * Workers start on first use and never keep the process alive.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: ExtractPoolOptions) {}

  /** Extracts one page in a worker; rejects with ExtractAbortedError on timeout, out of memory or a crash. */
  run(request: Omit<ExtractRequest, "id">): Promise<ExtractResponse> {
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    while (this.slots.length < Math.max(1, this.options.size)) this.spawn();
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  /** Runs waiting in the queue (not yet handed to a worker). */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error("the extraction pool is closed"));
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, new ExtractAbortedError("crash", "the extraction pool is closed"))));
  }

  private spawn(): Slot {
    const worker = startWorker({ maxOldGenerationSizeMb: this.options.maxHeapMb });
    worker.unref();
    const slot: Slot = { worker, ready: false, task: null };
    this.slots.push(slot);
    worker.on("message", (message: ExtractResponse | { ready: true }) => {
      if ("ready" in message) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== message.id) return;
      clearTimeout(task.timer);
      slot.task = null;
      task.resolve(message);
      this.dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory/i.test(error.message);
      void this.replace(slot, memory ? new ExtractAbortedError("memory", "the extraction ran out of memory") : new ExtractAbortedError("crash", error.message));
    });
    worker.on("exit", () => {
      if (this.slots.includes(slot)) void this.replace(slot, new ExtractAbortedError("crash", "the extraction worker stopped"));
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => void this.replace(slot, new ExtractAbortedError("timeout", `the extraction took longer than ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
      slot.task = { ...task, id, timer };
      slot.worker.postMessage({ ...task.request, id });
    }
  }

  /** Fails the slot's task (if any), terminates its worker and starts a fresh one in its place. */
  private async replace(slot: Slot, error: ExtractAbortedError): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    await this.retire(slot, error);
    if (!this.closed) {
      this.spawn();
      this.dispatch();
    }
  }

  private async retire(slot: Slot, error: ExtractAbortedError): Promise<void> {
    const task = slot.task;
    slot.task = null;
    if (task) {
      clearTimeout(task.timer);
      task.reject(error);
    }
    slot.worker.removeAllListeners("exit");
    await slot.worker.terminate().catch(() => undefined);
  }
}
