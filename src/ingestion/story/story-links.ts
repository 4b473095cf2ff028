import type { EntityManager } from "typeorm";
import { bandHashes, estimatedJaccard, minhashSignature, SAME_STORY_JACCARD } from "./minhash";

type Queryable = Pick<EntityManager, "query">;

/** Most candidates read per new article (those sharing the most bands first), so one ingest reads a bounded number of rows. */
const MAX_CANDIDATES = 20;

export interface StoryLink {
  storyId: string;
  /** The existing article it was matched with, and the estimated Jaccard similarity. */
  matchedId: string;
  similarity: number;
}

/**
 * Stores the article's MinHash signature and LSH bands, finds earlier copies through the band index (never a scan
 * of all articles), and on a match over SAME_STORY_JACCARD puts the article into that copy's story. Runs inside the
 * ingest transaction; returns the story joined, or null.
 */
export async function linkStory(db: Queryable, articleId: string, body: string): Promise<StoryLink | null> {
  const signature = minhashSignature(body);
  if (!signature) return null;
  const bands = bandHashes(signature);
  const candidates: Array<{ id: string; storyId: string | null; signature: number[] }> = await db.query(
    `SELECT c.article_id::text AS id, a.story_id::text AS "storyId", m.signature
     FROM (SELECT b.article_id, count(*) AS shared FROM article_story_band b WHERE b.band_hash = ANY($1::bigint[])
           GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT ${MAX_CANDIDATES}) c
     JOIN article_minhash m ON m.article_id = c.article_id JOIN article a ON a.id = c.article_id`,
    [bands],
  );
  await db.query(
    `WITH m AS (INSERT INTO article_minhash (article_id, signature) VALUES ($1, $2::int[]))
     INSERT INTO article_story_band (band_hash, article_id) SELECT DISTINCT unnest($3::bigint[]), $1::bigint`,
    [articleId, signature, bands],
  );
  let best: { id: string; storyId: string | null; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = estimatedJaccard(signature, candidate.signature);
    if (similarity >= SAME_STORY_JACCARD && (!best || similarity > best.similarity)) best = { ...candidate, similarity };
  }
  if (!best) return null;
  // A story's id is the id of its first stored article; an article without a story yet starts one.
  const storyId = best.storyId ?? best.id;
  await db.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [storyId]);
  await db.query(`UPDATE article SET story_id = $1::bigint WHERE id = ANY($2::bigint[]) AND story_id IS DISTINCT FROM $1::bigint`, [storyId, [articleId, best.id]]);
  await markEarliestCopy(db, storyId);
  return { storyId, matchedId: best.id, similarity: best.similarity };
}

/** Sets story_copy on every article of the story but the earliest (published_at, then id). */
export async function markEarliestCopy(db: Queryable, storyId: string): Promise<void> {
  await db.query(
    `UPDATE article a SET story_copy = (a.id <> lead.id)
     FROM (SELECT id FROM article WHERE story_id = $1::bigint ORDER BY published_at, id LIMIT 1) lead
     WHERE a.story_id = $1::bigint AND a.story_copy IS DISTINCT FROM (a.id <> lead.id)`,
    [storyId],
  );
}

/** Counts one more article for every ordered pair of its actors (the co-mention summary). */
export async function addCoMentions(db: Queryable, actorIds: string[]): Promise<void> {
  if (actorIds.length < 2) return;
  await db.query(
    `INSERT INTO actor_co_mention (actor_id, other_id, articles)
     SELECT x.id, y.id, 1 FROM unnest($1::bigint[]) x(id) CROSS JOIN unnest($1::bigint[]) y(id) WHERE x.id <> y.id ORDER BY 1, 2
     ON CONFLICT (actor_id, other_id) DO UPDATE SET articles = actor_co_mention.articles + 1`,
    [[...new Set(actorIds)]],
  );
}
