import type { DataSource, EntityManager } from "typeorm";
import { bandHashes, minhashSignature, SIGNATURE_SIZE } from "../ingestion/story/minhash";
import { type SyntheticArticle, SyntheticCorpus, type SyntheticOptions } from "./generator";

export interface LoadOptions extends SyntheticOptions {
  articles: number;
  /** Articles per set of INSERT ... SELECT FROM unnest(...) statements. */
  batchSize?: number;
  /** Batches in flight at once (each in its own transaction). */
  parallel?: number;
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

/** Inserts one batch of articles with their links, quotes and figures: seven statements whatever the size. */
/** Ids and story links known before any batch is written: article i gets ids[i], so a copy can name its original's story. */
interface StoryPlan {
  ids: string[];
  /** The story id of article i (its original's id), or null for an article that has no copy. */
  storyOf(index: number): string | null;
}

async function insertBatch(db: Queryable, batch: SyntheticArticle[], actorIds: string[], topicIds: Map<string, number>, plan: StoryPlan): Promise<{ quotes: number; figures: number }> {
  const ids = batch.map((x) => plan.ids[x.index]);
  const published = batch.map((x) => x.publishedAt.toISOString());
  // A copy is published after its original, so every copy is a later copy (story_copy) and every original the earliest.
  await db.query(
    `INSERT INTO article (id, title, url, source, published_at, fetched_at, body, content_hash, story_id, story_copy)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[], $9::bigint[], $10::boolean[])`,
    [
      ids,
      batch.map((x) => x.title),
      batch.map((x) => x.url),
      batch.map((x) => x.source),
      published,
      batch.map((x) => x.fetchedAt.toISOString()),
      batch.map((x) => x.body),
      batch.map((x) => x.contentHash),
      batch.map((x) => plan.storyOf(x.index)),
      batch.map((x) => x.copyOf !== undefined),
    ],
  );
  const links = { country: [[], [], []] as unknown[][], topic: [[], [], [], []] as unknown[][], actor: [[], [], [], []] as unknown[][] };
  const q: unknown[][] = [[], [], [], [], [], [], []];
  const f: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
  batch.forEach((article, i) => {
    const id = ids[i];
    const at = published[i];
    for (const code of article.countries) links.country.forEach((col, c) => col.push([id, code, at][c]));
    article.topics.forEach((slug, rank) => links.topic.forEach((col, c) => col.push([id, topicIds.get(slug), rank, at][c])));
    for (const m of article.actors) links.actor.forEach((col, c) => col.push([id, actorIds[m.actor], m.mentions, at][c]));
    article.quotes.forEach((x, position) =>
      q.forEach((col, c) => col.push([id, x.speaker === null ? null : actorIds[x.speaker], x.text, x.start, x.end, position, at][c])),
    );
    article.figures.forEach((x, position) => f.forEach((col, c) => col.push([id, x.value, x.unit, x.text, x.context, x.start, x.end, position, at, x.kind][c])));
  });
  await db.query(`INSERT INTO article_country (article_id, country_code, published_at) SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[])`, links.country);
  await db.query(`INSERT INTO article_topic (article_id, topic_id, rank, published_at) SELECT * FROM unnest($1::bigint[], $2::int[], $3::smallint[], $4::timestamptz[])`, links.topic);
  await db.query(`INSERT INTO article_actor (article_id, actor_id, mentions, published_at) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::timestamptz[])`, links.actor);
  await db.query(
    `INSERT INTO quote (article_id, speaker_id, text, start_offset, end_offset, position, published_at)
     SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::int[], $5::int[], $6::int[], $7::timestamptz[])`,
    q,
  );
  await db.query(
    `INSERT INTO figure (article_id, value, unit, text, context, start_offset, end_offset, position, published_at, kind)
     SELECT * FROM unnest($1::bigint[], $2::numeric[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::timestamptz[], $10::figure_kind[])`,
    f,
  );
  await insertStoryIndex(db, batch, ids);
  return { quotes: q[0].length, figures: f[0].length };
}

/** The MinHash signatures and LSH bands of a batch, as ingestion stores them, so later ingests find these articles' copies. */
async function insertStoryIndex(db: Queryable, batch: SyntheticArticle[], ids: string[]): Promise<void> {
  const signed: string[] = [];
  const signatures: number[] = [];
  const bandIds: string[] = [];
  const bands: string[] = [];
  batch.forEach((article, i) => {
    const signature = minhashSignature(article.body);
    if (!signature) return;
    signed.push(ids[i]);
    signatures.push(...signature);
    for (const band of new Set(bandHashes(signature))) {
      bandIds.push(ids[i]);
      bands.push(band);
    }
  });
  // One flat int[] of all signatures, sliced per article: arrays of arrays do not pass through unnest as rows.
  await db.query(
    `INSERT INTO article_minhash (article_id, signature)
     SELECT x.id, ($2::int[])[(x.n - 1) * ${SIGNATURE_SIZE} + 1 : x.n * ${SIGNATURE_SIZE}] FROM unnest($1::bigint[]) WITH ORDINALITY AS x(id, n)`,
    [signed, signatures],
  );
  await db.query(`INSERT INTO article_story_band (band_hash, article_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])`, [bands, bandIds]);
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

/**
 * Recounts the co-mention summary from article_actor in one pass (parallel batches upserting the same popular pairs
 * would wait on each other's transactions); the statement timeout is lifted for it alone.
 */
async function countCoMentions(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (db) => {
    await db.query(`SET LOCAL statement_timeout = 0`);
    await db.query(`TRUNCATE actor_co_mention`);
    await db.query(
      `INSERT INTO actor_co_mention (actor_id, other_id, articles)
       SELECT x.actor_id, y.actor_id, count(*)::int FROM article_actor x JOIN article_actor y ON y.article_id = x.article_id AND y.actor_id <> x.actor_id GROUP BY 1, 2`,
    );
  });
}

/**
 * Writes a deterministic synthetic corpus: actors once, then articles in batches through multi-row
 * INSERT ... SELECT FROM unnest (a handful of statements per batch, never one per row); ANALYZEs at the end.
 */
export async function loadSyntheticCorpus(dataSource: DataSource, options: LoadOptions): Promise<LoadResult> {
  const started = Date.now();
  const corpus = new SyntheticCorpus(options);
  const batchSize = options.batchSize ?? 2_000;
  const parallel = options.parallel ?? 2;
  if (options.reset) await dataSource.query(`TRUNCATE article, actor RESTART IDENTITY CASCADE`);
  const actorIds = await insertActors(dataSource, corpus);
  const topicRows: Array<{ id: number; slug: string }> = await dataSource.query(`SELECT id, slug FROM topic`);
  const topicIds = new Map(topicRows.map((t) => [t.slug, t.id]));

  const plan = await planStories(dataSource, corpus, options.articles);
  let next = 0;
  let loaded = 0;
  let quotes = 0;
  let figures = 0;
  // Workers take the next batch as they finish, so generation (JS) overlaps with inserting (PostgreSQL).
  const worker = async () => {
    while (next < options.articles) {
      const from = next;
      const to = Math.min(options.articles, from + batchSize);
      next = to;
      const batch: SyntheticArticle[] = [];
      for (let i = from; i < to; i++) batch.push(corpus.article(i));
      const counts = await dataSource.transaction(async (db) => {
        await db.query(`SET LOCAL statement_timeout = 0`); // a bulk batch on a busy machine may outlast STATEMENT_TIMEOUT_MS
        return insertBatch(db, batch, actorIds, topicIds, plan);
      });
      quotes += counts.quotes;
      figures += counts.figures;
      loaded += batch.length;
      options.onProgress?.(loaded);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  await countCoMentions(dataSource);
  // VACUUM cannot run in a transaction (so no SET LOCAL) and outlasts STATEMENT_TIMEOUT_MS on a large corpus.
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`SET statement_timeout = 0`);
    await runner.query(`VACUUM ANALYZE`);
    await runner.query(`RESET statement_timeout`);
  } finally {
    await runner.release();
  }
  return { articles: loaded, actors: actorIds.length, quotes, figures, milliseconds: Date.now() - started };
}
