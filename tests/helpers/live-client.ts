import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

/** One subscription's results as they arrive, with the time each arrived. */
export interface Subscriber {
  events: Array<{ data?: any; errors?: any[]; at: number }>;
  /** The error message the server ended the subscription with, if any. */
  error: unknown;
  done: boolean;
  /** Resolves once at least n events have arrived (rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  /** Resolves once the subscription has ended (error or complete). */
  ended(timeoutMs?: number): Promise<void>;
  stop(): void;
}

/** A graphql-ws client to ws(s)://…/graphql, as a browser or Sandbox would open it. */
export function liveClient(base: string, options: { key?: string } = {}): Client & { closed: Promise<{ code: number; reason: string }> } {
  let onClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${base.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: options.key ? { authorization: `Bearer ${options.key}` } : undefined,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => onClosed({ code: (event as { code: number }).code, reason: String((event as { reason: string }).reason) }) },
    onNonLazyError: () => undefined,
  });
  return Object.assign(client, { closed });
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Subscribes and collects every result. */
export function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}): Subscriber {
  const subscriber: Subscriber = {
    events: [],
    error: null,
    done: false,
    waitFor: (n, timeoutMs = 15_000) => until(() => subscriber.events.length >= n || subscriber.done, timeoutMs, `${n} events`).then(() => {
      if (subscriber.events.length < n) throw new Error(`subscription ended after ${subscriber.events.length} events: ${JSON.stringify(subscriber.error)}`);
    }),
    ended: (timeoutMs = 15_000) => until(() => subscriber.done, timeoutMs, "the subscription to end"),
    stop: () => undefined,
  };
  subscriber.stop = client.subscribe(
    { query, variables },
    {
      next: (result) => subscriber.events.push({ ...(result as any), at: performance.now() }),
      error: (error) => {
        subscriber.error = error;
        subscriber.done = true;
      },
      complete: () => {
        subscriber.done = true;
      },
    },
  );
  return subscriber;
}
