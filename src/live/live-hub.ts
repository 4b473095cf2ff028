import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { ErrorCode } from "../errors";
import type { Logger } from "../logger";
import { articleColumns, articleFromRow } from "../services/columns";
import { type ArticleEvent, type LiveKind } from "./matchers";
import { ARTICLE_ADDED_CHANNEL, NotifyListener } from "./notify-listener";

/** Every relation an event carries, so subscribers' selections resolve without SQL of their own. */
const EVENT_FIELDS = new Set(["body", "countries", "topics", "actors", "quotes", "figures"]);
/** Ids remembered to drop an event seen twice (a NOTIFY and the catch-up after a reconnect). */
const RECENT_IDS = 1_000;
/** Most articles replayed after the LISTEN connection comes back. */
const CATCH_UP_LIMIT = 1_000;
/** Longest a new subscription waits for the first LISTEN before it is handed out anyway. */
const LISTEN_WAIT_MS = 5_000;

interface Registration {
  kind: LiveKind;
  /** The search term this subscription filters on, if any: the event read evaluates it in SQL. */
  search?: string;
  offer(event: ArticleEvent): void;
}

/**
 * A subscriber's stream: events wait in a bounded queue until graphql-ws pulls them. A consumer that falls
 * more than `maxQueued` events behind is ended with an error instead of being buffered without bound.
 */
class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: { resolve(result: IteratorResult<T>): void; reject(error: unknown): void } | null = null;
  private failure: unknown = null;
  private finished = false;

  constructor(
    private readonly maxQueued: number,
    private readonly onPull: () => void,
    private readonly onEnd: () => void,
  ) {}

  push(items: T[]): void {
    for (const item of items) {
      if (this.finished) return;
      if (this.waiting) {
        const waiting = this.waiting;
        this.waiting = null;
        this.onPull();
        waiting.resolve({ value: item, done: false });
      } else if (this.queue.length >= this.maxQueued) {
        this.fail(new GraphQLError(`The subscriber fell more than ${this.maxQueued} events behind and was dropped`, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }));
      } else {
        this.queue.push(item);
      }
    }
  }

  private fail(error: unknown): void {
    this.failure = error;
    this.queue.length = 0;
    this.end();
    if (this.waiting) {
      this.waiting.reject(error);
      this.waiting = null;
    }
  }

  private end(): void {
    if (this.finished) return;
    this.finished = true;
    this.onEnd();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.queue.length) {
      this.onPull();
      return Promise.resolve({ value: this.queue.shift()!, done: false });
    }
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.end();
    this.waiting?.resolve({ value: undefined, done: true });
    this.waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.fail(error);
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * Live events for one server process: one LISTEN connection (opened with the first subscription), one read of
 * each new article with all its relations however many subscribe, then each subscription's filter in memory.
 */
export class LiveHub {
  private readonly registrations = new Set<Registration>();
  private listener: NotifyListener | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly recent = new Set<string>();
  private lastId = "0";

  constructor(
    private readonly dataSource: DataSource,
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** Subscriptions open on this process. */
  get size(): number {
    return this.registrations.size;
  }

  /**
   * A stream of what `select` takes out of each new article. `onEvent` runs before each item is handed on
   * (the subscription refreshes its per-request loaders there). Resolves once this process LISTENs (or after
   * LISTEN_WAIT_MS while the database is unreachable), so whatever commits afterwards is delivered. `onOffer`
   * runs as each event arrives for the subscription; when it answers true, the stream ends.
   */
  async subscribe<T>(
    kind: LiveKind,
    select: (event: ArticleEvent) => T[],
    options: { search?: string; maxQueued: number; onEvent(): void; onEnd?(): void; onOffer?(): boolean },
  ): Promise<AsyncIterableIterator<T>> {
    const registration: Registration = {
      kind,
      search: options.search,
      // onOffer answers true when the subscriber's socket was dropped as too slow: nothing more is queued for it.
      offer: (event) => {
        if (options.onOffer?.()) return void stream.return();
        stream.push(select(event));
      },
    };
    const stream = new EventStream<T>(options.maxQueued, options.onEvent, () => {
      this.registrations.delete(registration);
      options.onEnd?.();
    });
    this.registrations.add(registration);
    const listening = this.ensureListening();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([listening, new Promise((resolve) => (timer = setTimeout(resolve, LISTEN_WAIT_MS)))]);
    clearTimeout(timer);
    return stream;
  }

  private ensureListening(): Promise<void> {
    if (this.listener) return this.listener.listening;
    this.listener = new NotifyListener({
      url: this.url,
      channel: ARTICLE_ADDED_CHANNEL,
      logger: this.logger,
      onPayload: (id) => this.enqueue(id),
      onListening: (first) => this.catchUp(first),
    });
    this.listener.start();
    return this.listener.listening;
  }

  /** On first LISTEN, remembers where the articles end; after a lost connection, replays what was added meanwhile. */
  private async catchUp(first: boolean): Promise<void> {
    try {
      if (first && this.lastId === "0") {
        const [{ id }] = await this.dataSource.query(`SELECT coalesce(max(id), 0)::text AS id FROM article`);
        if (BigInt(id) > BigInt(this.lastId)) this.lastId = id;
        return;
      }
      const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id::text AS id FROM article WHERE id > $1::bigint ORDER BY id LIMIT ${CATCH_UP_LIMIT}`, [this.lastId]);
      for (const row of rows) this.enqueue(row.id);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, "live updates: could not read the articles added while disconnected");
    }
  }

  /** Events are read one after another, so each subscriber gets them in commit order. */
  private enqueue(id: string): void {
    if (!/^[0-9]{1,19}$/.test(id) || this.recent.has(id)) return;
    this.recent.add(id);
    if (this.recent.size > RECENT_IDS) this.recent.delete(this.recent.values().next().value!);
    if (BigInt(id) > BigInt(this.lastId)) this.lastId = id;
    if (!this.registrations.size) return;
    this.chain = this.chain.then(() => this.publish(id));
  }

  private async publish(id: string): Promise<void> {
    try {
      const event = await this.read(id);
      if (!event) return;
      for (const registration of [...this.registrations]) registration.offer(event);
    } catch (error) {
      this.logger.error({ err: error, articleId: id }, "live updates: reading a new article failed");
    }
  }

  /** The article with everything in it, and which subscribed search terms it matches: one statement per event. */
  async read(id: string): Promise<ArticleEvent | null> {
    const terms = (kind: LiveKind) => [...new Set([...this.registrations].filter((r) => r.kind === kind && r.search).map((r) => r.search!))];
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT ${articleColumns(EVENT_FIELDS)},
         ARRAY(SELECT t FROM unnest($2::text[]) t WHERE a.search_vector @@ websearch_to_tsquery('english', t)) AS "articleTerms",
         ARRAY(SELECT xq.id::text || '|' || t FROM quote xq CROSS JOIN unnest($3::text[]) t
               WHERE xq.article_id = a.id AND to_tsvector('english', xq.text) @@ websearch_to_tsquery('english', t)) AS "quoteTerms",
         ARRAY(SELECT xf.id::text || '|' || t FROM figure xf CROSS JOIN unnest($4::text[]) t
               WHERE xf.article_id = a.id AND to_tsvector('english', xf.context) @@ websearch_to_tsquery('english', t)) AS "figureTerms",
         a.story_copy AS "storyCopy"
       FROM article a WHERE a.id = $1::bigint`,
      [id, terms("article"), terms("quote"), terms("figure")],
    );
    if (!rows.length) return null; // deleted again before we read it
    const { articleTerms, quoteTerms, figureTerms, storyCopy, ...row } = rows[0];
    const article = articleFromRow(row) as ArticleEvent["article"];
    for (const quote of article.quoteRows) quote.articleRow = article;
    for (const figure of article.figureRows) figure.articleRow = article;
    return { article, articleTerms: new Set(articleTerms), quoteTerms: new Set(quoteTerms), figureTerms: new Set(figureTerms), storyCopy: Boolean(storyCopy) };
  }

  async close(): Promise<void> {
    await this.listener?.close();
    this.listener = null;
  }
}
