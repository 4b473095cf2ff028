import { Client } from "pg";
import type { Logger } from "../logger";

/** The channel IngestService notifies, with the new article's id as payload, inside the ingest transaction. */
export const ARTICLE_ADDED_CHANNEL = "newsgraph_article_added";

export interface ListenerOptions {
  url: string;
  channel: string;
  logger: Logger;
  onPayload(payload: string): void;
  /** Called after each (re)connect once LISTEN is active; `first` is false after a lost connection. */
  onListening?(first: boolean): Promise<void> | void;
  /** A round trip on the idle connection this often, so a connection that died silently is noticed. */
  pingIntervalMs?: number;
}

/**
 * One dedicated connection that LISTENs on a channel, reconnecting with backoff after the database restarts
 * or the connection is cut; NOTIFY is delivered only on commit, so every payload names committed work.
 */
export class NotifyListener {
  private client: Client | null = null;
  private closed = false;
  private connectedOnce = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private delayMs = 250;
  private markListening!: () => void;
  /** Settles once LISTEN is first active: events committed after that are all delivered. */
  readonly listening = new Promise<void>((resolve) => (this.markListening = resolve));

  constructor(private readonly options: ListenerOptions) {}

  start(): void {
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client({ connectionString: this.options.url, application_name: "newsgraph-listen", keepAlive: true });
    this.client = client;
    let lost = false;
    const onLost = (reason: unknown) => {
      if (lost || this.closed) return;
      lost = true;
      this.options.logger.warn({ err: reason instanceof Error ? reason.message : String(reason) }, "LISTEN connection lost; reconnecting");
      client.removeAllListeners("notification");
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on("error", onLost);
    client.on("end", () => onLost("connection ended"));
    client.on("notification", (message) => {
      if (message.channel === this.options.channel && message.payload) this.options.onPayload(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
      const first = !this.connectedOnce;
      this.connectedOnce = true;
      this.delayMs = 250;
      this.startPing(client, onLost);
      await this.options.onListening?.(first);
      this.markListening();
    } catch (error) {
      onLost(error);
    }
  }

  private startPing(client: Client, onLost: (reason: unknown) => void): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => {
      if (this.client === client) client.query("SELECT 1").catch(onLost);
    }, this.options.pingIntervalMs ?? 10_000);
    this.pingTimer.unref();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, 5_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
