import type { DataSource, EntityManager } from "typeorm";
import { bandHashes, minhashSignature, SIGNATURE_SIZE } from "../ingestion/story/minhash";
import { ARTICLE_FACET_FILL } from "../../migrations/1796700000000-ArticleFacet";
import { type SyntheticArticle, SyntheticCorpus, type SyntheticOptions } from "./generator";

export interface LoadOptions extends SyntheticOptions {
  articles: number;
  /** Articles per set of INSERT ... SELECT FROM unnest(...) statements. */
  batchSize?: number;
  /** Empties articles and actors (and everything hanging off them) first. */
  reset?: boolean;
  onProgress?: (articlesLoaded: number) => void;
}

export interface LoadResult {
  articles: number;
  actors: number;
  quotes: number;
  figures: number;
  milliseconds: number;
}

type Queryable = Pick<DataSource | EntityManager, "query">;

async function insertActors(db: Queryable, corpus: SyntheticCorpus): Promise<string[]> {
  const a = corpus.actors;
  const rows: Array<{ id: string; identity: string }> = await db.query(
    `INSERT INTO actor (name, normalized_name, identity, kind, title, country_code, aliases)
     SELECT n, nn, i, k::actor_kind, t, c, string_to_array(al, E'\\x1f')::text[]
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(n, nn, i, k, t, c, al)
     ON CONFLICT (identity) DO UPDATE SET name = EXCLUDED.name
     RETURNING id::text AS id, identity`,
    [
      a.map((x) => x.name),
      a.map((x) => x.normalizedName),
      a.map((x) => x.identity),
      a.map((x) => x.kind),
      a.map((x) => x.title),
      a.map((x) => x.countryCode),
      a.map((x) => x.aliases.join("\x1f")),
    ],
  );
  const idByIdentity = new Map(rows.map((r) => [r.identity, r.id]));
  return a.map((x) => idByIdentity.get(x.identity)!);
}

/** Ids and story links known before any batch is written: article i gets ids[i], so a copy can name its original's story. */
interface StoryPlan {
  ids: string[];
  /** The story id of article i (its original's id), or null for an article that has no copy. */
  storyOf(index: number): string | null;
}

/**
 * The rows of one batch, column by column, as the unnest(...) inserts take them. Filled one article at a time
 * (the generator, MinHash and band hashes run here), so filling can yield to the event loop between articles.
 */
class BatchRows {
  readonly article: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
  readonly country: unknown[][] = [[], [], []];
  readonly topic: unknown[][] = [[], [], [], []];
  readonly actor: unknown[][] = [[], [], [], []];
  readonly quote: unknown[][] = [[], [], [], [], [], [], []];
  readonly figure: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
  readonly signed: string[] = [];
  readonly signatures: number[] = [];
  readonly band: string[][] = [[], []];
  size = 0;

  constructor(
    private readonly actorIds: string[],
    private readonly topicIds: Map<string, number>,
    private readonly plan: StoryPlan,
  ) {}

  add(x: SyntheticArticle): void {
    const id = this.plan.ids[x.index];
    const at = x.publishedAt.toISOString();
    // A copy is published after its original, so every copy is a later copy (story_copy) and every original the earliest.
    push(this.article, [id, x.title, x.url, x.source, at, x.fetchedAt.toISOString(), x.body, x.contentHash, this.plan.storyOf(x.index), x.copyOf !== undefined]);
    for (const code of x.countries) push(this.country, [id, code, at]);
    x.topics.forEach((slug, rank) => push(this.topic, [id, this.topicIds.get(slug), rank, at]));
    for (const m of x.actors) push(this.actor, [id, this.actorIds[m.actor], m.mentions, at]);
    x.quotes.forEach((q, position) => push(this.quote, [id, q.speaker === null ? null : this.actorIds[q.speaker], q.text, q.start, q.end, position, at]));
    x.figures.forEach((f, position) => push(this.figure, [id, f.value, f.unit, f.text, f.context, f.start, f.end, position, at, f.kind]));
    // The MinHash signature and LSH bands, as ingestion stores them, so later ingests find these articles' copies.
    const signature = minhashSignature(x.body);
    if (signature) {
      this.signed.push(id);
      this.signatures.push(...signature);
      for (const band of new Set(bandHashes(signature))) push(this.band, [band, id]);
    }
    this.size += 1;
  }

  get quotes(): number {
    return this.quote[0].length;
  }

  get figures(): number {
    return this.figure[0].length;
  }
}

function push(columns: unknown[][], row: unknown[]): void {
  for (let c = 0; c < columns.length; c++) columns[c].push(row[c]);
}

/** Inserts one batch of articles with their links, quotes, figures and story index: eight statements whatever the size. */
async function insertBatch(db: Queryable, rows: BatchRows): Promise<void> {
  await db.query(
    `INSERT INTO article (id, title, url, source, published_at, fetched_at, body, content_hash, story_id, story_copy)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[], $9::bigint[], $10::boolean[])`,
    rows.article,
  );
  await db.query(`INSERT INTO article_country (article_id, country_code, published_at) SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[])`, rows.country);
  await db.query(`INSERT INTO article_topic (article_id, topic_id, rank, published_at) SELECT * FROM unnest($1::bigint[], $2::int[], $3::smallint[], $4::timestamptz[])`, rows.topic);
  await db.query(`INSERT INTO article_actor (article_id, actor_id, mentions, published_at) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::timestamptz[])`, rows.actor);
  await db.query(
    `INSERT INTO quote (article_id, speaker_id, text, start_offset, end_offset, position, published_at)
     SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::int[], $5::int[], $6::int[], $7::timestamptz[])`,
    rows.quote,
  );
  await db.query(
    `INSERT INTO figure (article_id, value, unit, text, context, start_offset, end_offset, position, published_at, kind)
     SELECT * FROM unnest($1::bigint[], $2::numeric[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::timestamptz[], $10::figure_kind[])`,
    rows.figure,
  );
  // One flat int[] of all signatures, sliced per article: arrays of arrays do not pass through unnest as rows.
  await db.query(
    `INSERT INTO article_minhash (article_id, signature)
     SELECT x.id, ($2::int[])[(x.n - 1) * ${SIGNATURE_SIZE} + 1 : x.n * ${SIGNATURE_SIZE}] FROM unnest($1::bigint[]) WITH ORDINALITY AS x(id, n)`,
    [rows.signed, rows.signatures],
  );
  await db.query(`INSERT INTO article_story_band (band_hash, article_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])`, rows.band);
}

/** Takes an id for every article up front (in index order) and works out which originals have copies. */
async function planStories(db: Queryable, corpus: SyntheticCorpus, articles: number): Promise<StoryPlan> {
  const ids: string[] = [];
  for (let from = 0; from < articles; from += 100_000) {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT n::text AS id FROM (SELECT nextval(pg_get_serial_sequence('article', 'id')) AS n FROM generate_series(1, $1::int)) s ORDER BY n`,
      [Math.min(100_000, articles - from)],
    );
    for (const row of rows) ids.push(row.id);
  }
  const original = Array.from({ length: articles }, (_, i) => corpus.originalOf(i));
  const hasCopies = new Set(original.filter((o): o is number => o !== null));
  return { ids, storyOf: (i) => (original[i] !== null ? ids[original[i]!] : hasCopies.has(i) ? ids[i] : null) };
}

/** The tables the corpus fills; their secondary indexes and foreign keys are built once at the end when they start empty. */
const BULK_TABLES = ["article", "article_country", "article_topic", "article_actor", "quote", "figure", "article_minhash", "article_story_band", "actor_co_mention", "article_facet"];
/** The tables whose article_facet_inserted trigger adds or recomputes article_facet rows as rows arrive. */
const FACET_TRIGGER_TABLES = ["article", "article_country", "article_topic", "article_actor"];

/**
 * Into an empty table, article_facet is filled once at the end from the link rows (one GROUP BY per link table)
 * instead of by its triggers per batch, which would recompute each batch's arrays without the link tables' keys.
 * Returns what puts the triggers back.
 */
async function deferFacets(db: Queryable): Promise<() => Promise<void>> {
  for (const table of FACET_TRIGGER_TABLES) await db.query(`ALTER TABLE "${table}" DISABLE TRIGGER article_facet_inserted`);
  return async () => {
    await db.query(ARTICLE_FACET_FILL);
    for (const table of FACET_TRIGGER_TABLES) await db.query(`ALTER TABLE "${table}" ENABLE TRIGGER article_facet_inserted`);
  };
}

/**
 * Drops the secondary indexes, the foreign keys and the primary keys that no foreign key needs of BULK_TABLES, and returns
 * the statements that put them back exactly as they were (pg_get_indexdef / pg_get_constraintdef, same names).
 * Building an index once over sorted input is far cheaper than keeping it up to date row by row: the story band
 * index alone takes 32 random inserts per article. Only inside the load's transaction, so a failed load leaves
 * the schema as it was.
 */
async function deferIndexes(db: Queryable): Promise<string[]> {
  const indexes: Array<{ name: string; def: string }> = await db.query(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relname = ANY($1::text[]) AND t.relnamespace = 'public'::regnamespace AND NOT x.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
     ORDER BY t.relname, i.relname`,
    [BULK_TABLES],
  );
  // Foreign keys, then the primary keys no foreign key refers to (article's stays): the story band key is a random hash.
  const constraints: Array<{ tbl: string; name: string; def: string; type: string }> = await db.query(
    `SELECT t.relname AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def, c.contype AS type
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
     WHERE t.relname = ANY($1::text[]) AND t.relnamespace = 'public'::regnamespace
       AND (c.contype = 'f' OR (c.contype = 'p' AND NOT EXISTS (SELECT 1 FROM pg_constraint r WHERE r.contype = 'f' AND r.confrelid = c.conrelid)))
     ORDER BY c.contype = 'p', t.relname, c.conname`,
    [BULK_TABLES],
  );
  for (const k of constraints) await db.query(`ALTER TABLE "${k.tbl}" DROP CONSTRAINT "${k.name}"`);
  for (const i of indexes) await db.query(`DROP INDEX "public"."${i.name}"`);
  const restore = (k: (typeof constraints)[number]) => `ALTER TABLE "${k.tbl}" ADD CONSTRAINT "${k.name}" ${k.def}`;
  return [...constraints.filter((k) => k.type === "p").map(restore), ...indexes.map((i) => i.def), ...constraints.filter((k) => k.type === "f").map(restore)];
}

/**
 * Recounts the co-mention summary from article_actor in one statement (one pass for the whole corpus instead of an
 * upsert per article). The bulk-loaded table is analysed first: with the statistics of an empty table the planner
 * joins it to itself by nested loops over sequential scans.
 */
async function countCoMentions(db: Queryable): Promise<void> {
  await db.query(`ANALYZE article_actor`);
  await db.query(`TRUNCATE actor_co_mention`);
  await db.query(
    `INSERT INTO actor_co_mention (actor_id, other_id, articles)
     SELECT x.actor_id, y.actor_id, count(*)::int FROM article_actor x JOIN article_actor y ON y.article_id = x.article_id AND y.actor_id <> x.actor_id GROUP BY 1, 2`,
  );
}

/**
 * The co-mention summary of the corpus itself, counted while its articles are generated: for each ordered pair of
 * actors (by corpus index), the articles naming both. A dense actorCount x actorCount table, so only for corpora
 * of at most MAX_ACTORS actors; the counts equal what the recount finds when the corpus is every article.
 */
class PairCounts {
  static readonly MAX_ACTORS = 8_192;
  private readonly counts: Int32Array;

  constructor(private readonly actors: number) {
    this.counts = new Int32Array(actors * actors);
  }

  add(article: SyntheticArticle): void {
    const named = article.actors;
    for (const x of named) for (const y of named) if (x.actor !== y.actor) this.counts[x.actor * this.actors + y.actor] += 1;
  }

  /** Writes every non-zero pair, CHUNK rows per statement. */
  async write(db: Queryable, actorIds: string[]): Promise<void> {
    const CHUNK = 200_000;
    let rows: string[][] = [[], [], []];
    const flush = async () => {
      if (rows[0].length) await db.query(`INSERT INTO actor_co_mention (actor_id, other_id, articles) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[])`, rows);
      rows = [[], [], []];
    };
    for (let x = 0; x < this.actors; x++) {
      for (let y = 0; y < this.actors; y++) {
        const n = this.counts[x * this.actors + y];
        if (!n) continue;
        rows[0].push(actorIds[x]);
        rows[1].push(actorIds[y]);
        rows[2].push(String(n));
        if (rows[0].length >= CHUNK) await flush();
      }
    }
    await flush();
  }
}

/** Lets pending I/O callbacks run (the batch in flight sends its next statement) in the middle of CPU work. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes a deterministic synthetic corpus in ONE transaction on one connection: actors once, then articles in
 * batches through multi-row INSERT ... SELECT FROM unnest (eight statements per batch, never one per row), the
 * next batch generated while the current one is written; the co-mention summary counted once at the end. When
 * the article table starts empty, secondary indexes and foreign keys are dropped first and built once at the
 * end, in the same transaction (a failure rolls all of it back). VACUUM ANALYZE follows the commit.
 */
export async function loadSyntheticCorpus(dataSource: DataSource, options: LoadOptions): Promise<LoadResult> {
  const started = Date.now();
  const corpus = new SyntheticCorpus(options);
  const batchSize = options.batchSize ?? 2_000;
  let quotes = 0;
  let figures = 0;
  let loaded = 0;
  const actors = await dataSource.transaction(async (db) => {
    // A bulk load on a busy machine outlasts STATEMENT_TIMEOUT_MS; index builds and the recount get memory for sorting.
    await db.query(`SET LOCAL statement_timeout = 0`);
    await db.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await db.query(`SET LOCAL work_mem = '256MB'`);
    if (options.reset) await db.query(`TRUNCATE article, actor RESTART IDENTITY CASCADE`);
    const [{ empty }] = await db.query(`SELECT NOT EXISTS (SELECT 1 FROM article) AS empty`);
    const rebuild = empty ? await deferIndexes(db) : [];
    const fillFacets = empty ? await deferFacets(db) : null;
    const actorIds = await insertActors(db, corpus);
    const topicRows: Array<{ id: number; slug: string }> = await db.query(`SELECT id, slug FROM topic`);
    const topicIds = new Map(topicRows.map((t) => [t.slug, t.id]));
    const plan = await planStories(db, corpus, options.articles);

    // Starting empty, the corpus is every article: its co-mentions are counted as it is generated, not recounted in SQL.
    const pairs = empty && actorIds.length <= PairCounts.MAX_ACTORS ? new PairCounts(actorIds.length) : null;
    const generate = async (from: number): Promise<BatchRows> => {
      const rows = new BatchRows(actorIds, topicIds, plan);
      for (let i = from; i < Math.min(options.articles, from + batchSize); i++) {
        const article = corpus.article(i);
        rows.add(article);
        pairs?.add(article);
        if (i % 25 === 24) await breathe();
      }
      return rows;
    };
    let next = options.articles > 0 ? generate(0) : null;
    for (let from = 0; next; from += batchSize) {
      const rows = await next;
      // The following batch is generated while this one is written (generation yields between articles).
      next = from + batchSize < options.articles ? generate(from + batchSize) : null;
      await insertBatch(db, rows);
      quotes += rows.quotes;
      figures += rows.figures;
      loaded += rows.size;
      options.onProgress?.(loaded);
    }
    if (pairs) {
      await db.query(`TRUNCATE actor_co_mention`);
      await pairs.write(db, actorIds);
    } else await countCoMentions(db);
    await fillFacets?.();
    for (const statement of rebuild) await db.query(statement);
    return actorIds.length;
  });
  // VACUUM cannot run in a transaction (so no SET LOCAL) and outlasts STATEMENT_TIMEOUT_MS on a large corpus.
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`SET statement_timeout = 0`);
    await runner.query(`VACUUM ANALYZE`);
    await runner.query(`RESET statement_timeout`);
  } finally {
    await runner.release();
  }
  return { articles: loaded, actors, quotes, figures, milliseconds: Date.now() - started };
}
