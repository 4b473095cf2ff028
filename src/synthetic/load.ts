import type { DataSource, EntityManager } from "typeorm";
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
async function insertBatch(db: Queryable, batch: SyntheticArticle[], actorIds: string[], topicIds: Map<string, number>): Promise<{ quotes: number; figures: number }> {
  const ids: string[] = (
    await db.query(`SELECT nextval(pg_get_serial_sequence('article', 'id'))::text AS id FROM generate_series(1, $1::int)`, [batch.length])
  ).map((r: { id: string }) => r.id);
  const published = batch.map((x) => x.publishedAt.toISOString());
  await db.query(
    `INSERT INTO article (id, title, url, source, published_at, fetched_at, body, content_hash)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[])`,
    [ids, batch.map((x) => x.title), batch.map((x) => x.url), batch.map((x) => x.source), published, batch.map((x) => x.fetchedAt.toISOString()), batch.map((x) => x.body), batch.map((x) => x.contentHash)],
  );
  const links = { country: [[], [], []] as unknown[][], topic: [[], [], [], []] as unknown[][], actor: [[], [], [], []] as unknown[][] };
  const q: unknown[][] = [[], [], [], [], [], [], []];
  const f: unknown[][] = [[], [], [], [], [], [], [], [], []];
  batch.forEach((article, i) => {
    const id = ids[i];
    const at = published[i];
    for (const code of article.countries) links.country.forEach((col, c) => col.push([id, code, at][c]));
    article.topics.forEach((slug, rank) => links.topic.forEach((col, c) => col.push([id, topicIds.get(slug), rank, at][c])));
    for (const m of article.actors) links.actor.forEach((col, c) => col.push([id, actorIds[m.actor], m.mentions, at][c]));
    article.quotes.forEach((x, position) =>
      q.forEach((col, c) => col.push([id, x.speaker === null ? null : actorIds[x.speaker], x.text, x.start, x.end, position, at][c])),
    );
    article.figures.forEach((x, position) => f.forEach((col, c) => col.push([id, x.value, x.unit, x.text, x.context, x.start, x.end, position, at][c])));
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
    `INSERT INTO figure (article_id, value, unit, text, context, start_offset, end_offset, position, published_at)
     SELECT * FROM unnest($1::bigint[], $2::numeric[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::timestamptz[])`,
    f,
  );
  return { quotes: q[0].length, figures: f[0].length };
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
        return insertBatch(db, batch, actorIds, topicIds);
      });
      quotes += counts.quotes;
      figures += counts.figures;
      loaded += batch.length;
      options.onProgress?.(loaded);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
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
