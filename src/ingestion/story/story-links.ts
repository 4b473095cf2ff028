import type { EntityManager } from "typeorm";
import { bandHashes, estimatedJaccard, minhashSignature, SAME_STORY_JACCARD } from "./minhash";

type Queryable = Pick<EntityManager, "query">;

/** Most candidates read per new article (those sharing the most bands first), so one ingest reads a bounded number of rows. */
const MAX_CANDIDATES = 20;

/** A body's MinHash signature and LSH band hashes, or null for a body too short to compare. */
export interface StoryIndex {
  signature: number[];
  bands: string[];
}

/** The earlier copy a new article matched, the story it is in (null: none yet), and the estimated Jaccard similarity. */
export interface StoryMatch {
  matchedId: string;
  storyId: string | null;
  similarity: number;
}

export function storyIndex(body: string): StoryIndex | null {
  const signature = minhashSignature(body);
  return signature ? { signature, bands: bandHashes(signature) } : null;
}

/**
 * The best earlier copy: candidates share an LSH band (found through the band index, never a scan of all
 * articles), the best of them by estimated Jaccard similarity counts when it reaches SAME_STORY_JACCARD.
 */
export async function findStoryMatch(db: Queryable, index: StoryIndex | null): Promise<StoryMatch | null> {
  if (!index) return null;
  const candidates: Array<{ id: string; storyId: string | null; signature: number[] }> = await db.query(
    `SELECT c.article_id::text AS id, a.story_id::text AS "storyId", m.signature
     FROM (SELECT b.article_id, count(*) AS shared FROM article_story_band b WHERE b.band_hash = ANY($1::bigint[])
           GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT ${MAX_CANDIDATES}) c
     JOIN article_minhash m ON m.article_id = c.article_id JOIN article a ON a.id = c.article_id`,
    [index.bands],
  );
  let best: StoryMatch | null = null;
  for (const candidate of candidates) {
    const similarity = estimatedJaccard(index.signature, candidate.signature);
    if (similarity >= SAME_STORY_JACCARD && (!best || similarity > best.similarity)) best = { matchedId: candidate.id, storyId: candidate.storyId, similarity };
  }
  return best;
}

/**
 * CTEs for the article's INSERT statement (its rows in `inserted`; $8 the signature, $9 the band hashes): they store the
 * signature and bands in the same statement, so an ingest that others wait on is not made longer.
 */
export const STORY_INDEX_INSERTS = `signature AS (INSERT INTO article_minhash (article_id, signature) SELECT id, $8::int[] FROM inserted WHERE $8::int[] IS NOT NULL),
              bands AS (INSERT INTO article_story_band (band_hash, article_id) SELECT DISTINCT b.hash, i.id FROM inserted i CROSS JOIN unnest($9::bigint[]) AS b(hash))`;

/** Puts a new article into its match's story (a story's id is the id of its first stored article) and marks every copy but the earliest. */
export async function joinStory(db: Queryable, articleId: string, match: StoryMatch): Promise<string> {
  const storyId = match.storyId ?? match.matchedId;
  // One statement, as ingests of the same content wait on this transaction. The advisory lock serialises copies of one
  // story joining at once; the statement's snapshot precedes the lock, so two copies committing in the same instant may
  // both stay marked earliest until the story next changes (markEarliestCopy).
  await db.query(
    `WITH locked AS (SELECT pg_advisory_xact_lock($1::bigint)),
          members AS (SELECT id, published_at FROM article, locked WHERE story_id = $1::bigint OR id = ANY($2::bigint[])),
          lead AS (SELECT id FROM members ORDER BY published_at, id LIMIT 1)
     UPDATE article a SET story_id = $1::bigint, story_copy = (a.id <> lead.id) FROM lead
     WHERE a.id IN (SELECT id FROM members) AND (a.story_id IS DISTINCT FROM $1::bigint OR a.story_copy IS DISTINCT FROM (a.id <> lead.id))`,
    [storyId, [articleId, match.matchedId]],
  );
  return storyId;
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

/** Counts one more article for every ordered pair of the distinct actor ids in $2 (the co-mention summary); sorted, so concurrent ingests lock pairs in one order. */
export const CO_MENTION_UPSERT = `INSERT INTO actor_co_mention (actor_id, other_id, articles)
     SELECT x.id, y.id, 1 FROM unnest($2::bigint[]) x(id) CROSS JOIN unnest($2::bigint[]) y(id) WHERE x.id <> y.id ORDER BY 1, 2
     ON CONFLICT (actor_id, other_id) DO UPDATE SET articles = actor_co_mention.articles + 1`;
