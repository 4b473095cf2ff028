import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { inTransaction } from "../database/transaction";
import type { Article } from "../entities";
import { ARTICLE_COLUMNS } from "../services/columns";
import type { ReferenceData } from "../services/reference.service";
import { badInput, InputError, inputTooComplex } from "../errors";
import type * as Extraction from ".";
import { boundArticle, type OutputBounds } from "./bounds";
import { ExtractAbortedError, type ExtractPool } from "./extract-pool";
import type { ExtractResponse } from "./extract-worker";
import { ARTICLE_ADDED_CHANNEL } from "../live/notify-listener";
import { validateRaw } from "./parse/validate-raw";
import { CO_MENTION_UPSERT, findStoryMatch, joinStory, STORY_INDEX_INSERTS, type StoryIndex, storyIndex } from "./story/story-links";
import { foldText } from "./text/fold";
import type { ExtractedActor, ExtractedArticle } from "./types";

export interface IngestResult {
  article: Article;
  created: boolean;
  /** What was cut to the per-article caps before storing (e.g. "quotes", "figures.context"); empty when nothing was. */
  truncated: string[];
}

export interface IngestOptions {
  /** Worker threads that run the extraction; without one it runs in process (CLIs, unit tests). */
  pool?: ExtractPool | null;
  /** The extraction's time budget, for the error message (EXTRACT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Caps on what one article stores. */
  bounds?: Partial<OutputBounds>;
  /** Characters of the body that go into the full-text index (MAX_SEARCH_TEXT_CHARS). */
  maxSearchTextChars?: number;
}

/** Extra work that commits or rolls back with the article (the ingest queue records its result there). */
export type InTransaction = (db: EntityManager, result: IngestResult) => Promise<void>;

/** SHA-256 over the title and body with whitespace folded: the article's identity. */
export function contentHash(title: string, body: string): string {
  const normalize = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(`${normalize(title)}\n${normalize(body)}`).digest("hex");
}

/** The actor's unique identity: folded name, kind and country ("-" when unknown). */
export function actorIdentity(name: string, kind: string, country: string | null): string {
  return `${foldText(name).replace(/\s+/g, " ").trim()}|${kind}|${country ?? "-"}`;
}

/** Accepts an absolute http(s) URL of at most 2,048 characters, or nothing. */
function checkUrl(url: string | null | undefined, field: string): string | null {
  if (url === null || url === undefined || url.trim() === "") return null;
  const text = url.trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || text.length > 2048) {
    throw badInput(field, "must be an absolute http:// or https:// URL of at most 2048 characters");
  }
  return parsed.toString();
}

/**
 * The checks ingest() makes before any work (url, fetchedAt, raw), for callers that store the input first (the
 * ingest queue); `field` prefixes the field names in the BAD_USER_INPUT messages ("inputs[3]").
 */
export function checkIngestInput(input: { raw: string; url?: string | null; fetchedAt?: Date | null }, maxRawBytes: number, field = "input"): { url: string | null; fetchedAt: Date | null } {
  const url = checkUrl(input.url, `${field}.url`);
  const fetchedAt = input.fetchedAt ?? null;
  if (fetchedAt && fetchedAt.getTime() > Date.now() + 86_400_000) throw badInput(`${field}.fetchedAt`, "must not be more than a day in the future");
  try {
    validateRaw(input.raw, maxRawBytes);
  } catch (error) {
    if (error instanceof InputError) throw badInput(`${field}.${error.field}`, error.reason);
    throw error;
  }
  return { url, fetchedAt };
}

/** Same identity twice in one article (e.g. two spellings folding alike): keep one, add up mentions. */
function mergeActors(actors: ExtractedActor[]): Map<string, ExtractedActor & { identity: string; keys: string[] }> {
  const merged = new Map<string, ExtractedActor & { identity: string; keys: string[] }>();
  for (const actor of actors) {
    const identity = actorIdentity(actor.name, actor.kind, actor.country);
    const seen = merged.get(identity);
    if (seen) {
      seen.mentions += actor.mentions;
      seen.aliases = [...new Set([...seen.aliases, ...actor.aliases])];
      seen.title ??= actor.title;
      seen.keys.push(actor.key);
    } else {
      merged.set(identity, { ...actor, identity, keys: [actor.key] });
    }
  }
  return merged;
}

/**
 * The extraction pipeline (NLP word lists, country lexicons: tens of MB) is loaded on the first ingest, not at
 * server start, so servers that only read never pay for it.
 */
let extraction: typeof Extraction | undefined;
function loadExtraction(): typeof Extraction {
  return (extraction ??= require(".") as typeof Extraction);
}

/** Saves an extracted article and everything in it in one transaction; the same content twice is stored once. */
export class IngestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly options: IngestOptions = {},
  ) {}

  /** Stops the extraction workers, if any. */
  async close(): Promise<void> {
    await this.options.pool?.close();
  }

  /**
   * Reads a raw scraped page and stores it. Input is checked before any SQL: a bad url, fetchedAt or raw
   * text is a BAD_USER_INPUT naming the field.
   */
  async ingest(input: { raw: string; url?: string | null; fetchedAt?: Date | null }, maxRawBytes: number, inTransaction?: InTransaction): Promise<IngestResult> {
    const url = checkUrl(input.url, "input.url");
    const fetchedAt = input.fetchedAt ?? new Date();
    if (fetchedAt.getTime() > Date.now() + 86_400_000) throw badInput("input.fetchedAt", "must not be more than a day in the future");
    const { article, truncated, story } = await this.extract(input.raw, fetchedAt, maxRawBytes);
    return this.save(article, { url, fetchedAt, truncated, story }, inTransaction);
  }

  /**
   * Runs the extraction in a worker when there is a pool (never on the event loop), in process otherwise.
   * Input errors become BAD_USER_INPUT; a run past the time budget, the heap limit or V8's stack becomes
   * INPUT_TOO_COMPLEX.
   */
  private async extract(raw: string, fetchedAt: Date, maxRawBytes: number): Promise<{ article: ExtractedArticle; truncated: string[]; story?: StoryIndex | null }> {
    const pool = this.options.pool;
    let response: ExtractResponse;
    if (pool) {
      try {
        response = await pool.run({ raw, fetchedAt, maxBytes: maxRawBytes, bounds: this.options.bounds });
      } catch (error) {
        if (!(error instanceof ExtractAbortedError) || error.reason === "crash") throw error;
        throw error.reason === "timeout"
          ? inputTooComplex("input.raw", `the page took longer than ${this.options.timeoutMs ?? "the allowed"} ms to analyse (EXTRACT_TIMEOUT_MS); nothing was stored. Send ordinary article text, or split it`, "EXTRACT_TIMEOUT_MS")
          : inputTooComplex("input.raw", "analysing the page needed more memory than one article may use; nothing was stored", "EXTRACT_HEAP_MB");
      }
    } else {
      try {
        return { article: loadExtraction().extractArticle(raw, { fetchedAt, maxBytes: maxRawBytes }), truncated: [] };
      } catch (error) {
        if (error instanceof InputError) throw badInput(`input.${error.field}`, error.reason);
        if (error instanceof RangeError) throw inputTooComplex("input.raw", "the page is too complex to analyse; nothing was stored", "EXTRACT_TIMEOUT_MS");
        throw error;
      }
    }
    if (response.ok) return { article: response.article, truncated: response.truncated, story: response.story };
    if (response.field) throw badInput(`input.${response.field}`, response.reason);
    if (response.tooComplex) throw inputTooComplex("input.raw", "the page is too complex to analyse; nothing was stored", "EXTRACT_TIMEOUT_MS");
    throw new Error(response.reason);
  }

  /** Stores an extracted article; `meta.truncated` is what the extraction already cut (the worker applies the caps too). */
  async save(
    unbounded: ExtractedArticle,
    meta: { url: string | null; fetchedAt: Date; truncated?: string[]; story?: StoryIndex | null },
    alsoInTransaction?: InTransaction,
  ): Promise<IngestResult> {
    // A safety net whatever produced the article: context around each figure, and counts, are capped here.
    const bounded = boundArticle(unbounded, this.options.bounds);
    const extracted = bounded.article;
    const truncated = [...new Set([...(meta.truncated ?? []), ...bounded.truncated])];
    const hash = contentHash(extracted.title, extracted.body);
    // The worker computed it over the same bounded body; other callers (CLIs, tests) compute it here.
    const story = meta.story !== undefined ? meta.story : storyIndex(extracted.body);
    return inTransaction(this.dataSource, async (db) => {
      // Read before the insert: other ingests of the same content wait on it, so it is kept short.
      const match = await findStoryMatch(db, story);
      const inserted: Article[] = await db.query(
        `WITH inserted AS (INSERT INTO article (title, url, source, published_at, fetched_at, body, content_hash, search_vector)
                           VALUES ($1, $2, $3, $4, $5, $6, $7, setweight(to_tsvector('english', $1), 'A') || setweight(to_tsvector('english', left($6, $10)), 'B'))
                           ON CONFLICT DO NOTHING
                           RETURNING id, title, url, source, published_at AS "publishedAt", fetched_at AS "fetchedAt", body, created_at AS "createdAt"),
              ${STORY_INDEX_INSERTS}
         SELECT * FROM inserted`,
        [extracted.title, meta.url, extracted.source, extracted.publishedAt, meta.fetchedAt, extracted.body, hash, story?.signature ?? null, story?.bands ?? [], this.options.maxSearchTextChars ?? 200_000],
      );
      if (inserted.length === 0) {
        // Another row holds this content or url: it may be committing right now, which ON CONFLICT waited for.
        const existing: Article[] = await db.query(
          `SELECT ${ARTICLE_COLUMNS} FROM article a WHERE a.content_hash = $1 OR ($2::text IS NOT NULL AND a.url = $2) ORDER BY a.id LIMIT 1`,
          [hash, meta.url],
        );
        const known = { article: existing[0], created: false, truncated: [] };
        await alsoInTransaction?.(db, known);
        return known;
      }
      const article = inserted[0];
      await this.saveLinks(db, article.id, extracted);
      if (match) await joinStory(db, article.id, match);
      // Delivered to listeners only when this transaction commits (live subscriptions on every instance).
      await db.query(`SELECT pg_notify($1, $2)`, [ARTICLE_ADDED_CHANNEL, String(article.id)]);
      const result = { article, created: true, truncated };
      await alsoInTransaction?.(db, result);
      return result;
    });
  }

  private async saveLinks(db: EntityManager, articleId: string, extracted: ExtractedArticle): Promise<void> {
    const publishedAt = extracted.publishedAt;
    const countries = extracted.countries.map((c) => this.reference.country(c)?.code).filter((c): c is string => !!c);
    if (countries.length) {
      await db.query(
        `INSERT INTO article_country (article_id, country_code, published_at) SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING`,
        [articleId, [...new Set(countries)], publishedAt],
      );
    }
    const topicIds = extracted.topics.map((slug) => this.reference.topicBySlugName(slug)?.id).filter((id): id is number => id !== undefined);
    if (topicIds.length) {
      await db.query(
        `INSERT INTO article_topic (article_id, topic_id, rank, published_at)
         SELECT $1, t.id, t.rank - 1, $3 FROM unnest($2::int[]) WITH ORDINALITY AS t(id, rank) ON CONFLICT DO NOTHING`,
        [articleId, [...new Set(topicIds)], publishedAt],
      );
    }
    const actorIdByKey = await this.upsertActors(db, extracted.actors);
    const actorMentions = new Map<string, number>();
    for (const actor of extracted.actors) {
      const id = actorIdByKey.get(actor.key);
      if (id) actorMentions.set(id, (actorMentions.get(id) ?? 0) + Math.max(1, actor.mentions));
    }
    if (actorMentions.size) {
      // The same statement counts the article once more for each pair of its actors (the co-mention summary).
      await db.query(
        `WITH links AS (INSERT INTO article_actor (article_id, actor_id, mentions, published_at) SELECT $1, unnest($2::bigint[]), unnest($3::int[]), $4)
         ${CO_MENTION_UPSERT}`,
        [articleId, [...actorMentions.keys()], [...actorMentions.values()], publishedAt],
      );
    }
    if (extracted.quotes.length) {
      const q = extracted.quotes;
      await db.query(
        `INSERT INTO quote (article_id, speaker_id, text, start_offset, end_offset, position, published_at)
         SELECT $1, unnest($2::bigint[]), unnest($3::text[]), unnest($4::int[]), unnest($5::int[]), unnest($6::int[]), $7`,
        [articleId, q.map((x) => (x.speakerKey ? actorIdByKey.get(x.speakerKey) ?? null : null)), q.map((x) => x.text), q.map((x) => x.start), q.map((x) => x.end), q.map((_, i) => i), publishedAt],
      );
    }
    if (extracted.figures.length) {
      const f = extracted.figures;
      await db.query(
        `INSERT INTO figure (article_id, value, unit, text, context, start_offset, end_offset, position, published_at, kind)
         SELECT $1, unnest($2::numeric[]), unnest($3::text[]), unnest($4::text[]), unnest($5::text[]), unnest($6::int[]), unnest($7::int[]), unnest($8::int[]), $9, unnest($10::figure_kind[])`,
        [articleId, f.map((x) => x.value), f.map((x) => x.unit), f.map((x) => x.text), f.map((x) => x.context), f.map((x) => x.start), f.map((x) => x.end), f.map((_, i) => i), publishedAt, f.map((x) => x.kind)],
      );
    }
  }

  /**
   * Finds or creates each actor, returning extracted key -> actor id. An actor seen without a country
   * joins the one known actor of that name and kind; rows are locked in identity order to avoid deadlocks.
   */
  private async upsertActors(db: EntityManager, actors: ExtractedActor[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (!actors.length) return ids;
    const known = actors.map((a) => ({ ...a, country: a.country && this.reference.country(a.country) ? a.country.toUpperCase() : null }));
    const countryless = known.filter((a) => a.country === null);
    if (countryless.length) {
      const names = countryless.map((a) => actorIdentity(a.name, a.kind, null).split("|")[0]);
      const rows: Array<{ normalizedName: string; kind: string; countryCode: string }> = await db.query(
        `SELECT normalized_name AS "normalizedName", kind, min(country_code) AS "countryCode"
         FROM actor WHERE normalized_name = ANY($1::text[]) AND country_code IS NOT NULL
         GROUP BY normalized_name, kind HAVING count(*) = 1`,
        [names],
      );
      const single = new Map(rows.map((r) => [`${r.normalizedName}|${r.kind}`, r.countryCode]));
      for (const actor of countryless) actor.country = single.get(actorIdentity(actor.name, actor.kind, null).replace(/\|-$/, "")) ?? null;
    }
    const merged = [...mergeActors(known).values()].sort((a, b) => a.identity.localeCompare(b.identity));
    const rows: Array<{ id: string; identity: string }> = await db.query(
      `INSERT INTO actor (name, normalized_name, identity, kind, title, country_code, aliases)
       SELECT t.name, t.normalized, t.identity, t.kind::actor_kind, t.title, t.country, ARRAY(SELECT json_array_elements_text(t.aliases::json))
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
            AS t(name, normalized, identity, kind, title, country, aliases)
       ON CONFLICT (identity) DO UPDATE SET
         aliases = ARRAY(SELECT DISTINCT x FROM unnest(actor.aliases || EXCLUDED.aliases) AS x ORDER BY x),
         title = COALESCE(actor.title, EXCLUDED.title)
       RETURNING id, identity`,
      [
        merged.map((a) => a.name),
        merged.map((a) => a.identity.split("|")[0]),
        merged.map((a) => a.identity),
        merged.map((a) => a.kind),
        merged.map((a) => a.title),
        merged.map((a) => a.country),
        merged.map((a) => JSON.stringify(a.aliases.filter((alias) => alias !== a.name))),
      ],
    );
    const idByIdentity = new Map(rows.map((r) => [r.identity, String(r.id)]));
    for (const actor of merged) for (const key of actor.keys) ids.set(key, idByIdentity.get(actor.identity)!);
    return ids;
  }
}
