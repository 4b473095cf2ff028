import { AsyncLocalStorage } from "node:async_hooks";

/** The client (verified key or address) the current request runs for; set by the HTTP layer. */
export const currentClient = new AsyncLocalStorage<string>();

/**
 * Lets each client run at most `perClient` expensive operations (full-text searches, counts) at once; the
 * rest wait their turn, holding no database connection, so one client cannot fill the pool with them.
 * Work outside an HTTP request (CLIs, tests calling services) is not gated.
 */
export class ClientGate {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly perClient: number) {}

  /** `client`: whom the work is for (default: the current request's client, as the HTTP layer set it). */
  async run<T>(work: () => Promise<T>, client: string | undefined = currentClient.getStore()): Promise<T> {
    if (client === undefined) return work();
    const busy = this.running.get(client) ?? 0;
    if (busy >= this.perClient) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(client) ?? [];
        queue.push(resolve);
        this.waiting.set(client, queue);
      });
    } else {
      this.running.set(client, busy + 1);
    }
    try {
      return await work();
    } finally {
      this.release(client);
    }
  }

  /** Hands the slot to the client's next waiter, or frees it. */
  private release(client: string): void {
    const queue = this.waiting.get(client);
    const next = queue?.shift();
    if (queue && !queue.length) this.waiting.delete(client);
    if (next) {
      next();
      return;
    }
    const busy = (this.running.get(client) ?? 1) - 1;
    if (busy > 0) this.running.set(client, busy);
    else this.running.delete(client);
  }
}
