import type { Reader } from "../database/replicas";
import type { Actor, Article, Figure, Quote } from "../entities";
import { ACTOR_COLUMNS, ARTICLE_HEAD_COLUMNS, FIGURE_COLUMNS, QUOTE_COLUMNS, quoteFromRow, SPEAKER_COLUMNS, speakerFromRow } from "./columns";
import { ARTICLE_ORDER, QUOTE_ORDER } from "./orders";
import { afterCondition, orderBy } from "./paging";
import { SqlParams } from "./sql";

export type ArticleActorRow = Actor & { articleId: string; mentions: number };
export type Keyed<Row> = Row & { ownerId: string };
/** A quote with its speaker, read in the same row. */
export interface QuoteWithSpeaker {
  quote: Quote;
  speaker: Actor | null;
}

/** Batched reads behind the DataLoaders: each takes many parent ids and sends one statement. */
export class RelationService {
  constructor(private readonly dataSource: Reader) {}

  /** Articles without their body (Article.body reads it through bodiesByIds when asked for). */
  articlesByIds(ids: readonly string[]): Promise<Article[]> {
    return this.dataSource.query(`SELECT ${ARTICLE_HEAD_COLUMNS} FROM article a WHERE a.id = ANY($1::bigint[])`, [ids]);
  }

  bodiesByIds(ids: readonly string[]): Promise<Array<{ id: string; body: string }>> {
    return this.dataSource.query(`SELECT a.id, a.body FROM article a WHERE a.id = ANY($1::bigint[])`, [ids]);
  }

  actorsByIds(ids: readonly string[]): Promise<Actor[]> {
    return this.dataSource.query(`SELECT ${ACTOR_COLUMNS} FROM actor act WHERE act.id = ANY($1::bigint[])`, [ids]);
  }

  countryCodesByArticle(ids: readonly string[]): Promise<Array<{ articleId: string; code: string }>> {
    return this.dataSource.query(
      `SELECT article_id AS "articleId", country_code AS code FROM article_country WHERE article_id = ANY($1::bigint[]) ORDER BY country_code`,
      [ids],
    );
  }

  topicIdsByArticle(ids: readonly string[]): Promise<Array<{ articleId: string; topicId: number }>> {
    return this.dataSource.query(
      `SELECT article_id AS "articleId", topic_id AS "topicId" FROM article_topic WHERE article_id = ANY($1::bigint[]) ORDER BY rank, topic_id`,
      [ids],
    );
  }

  actorsByArticle(ids: readonly string[]): Promise<ArticleActorRow[]> {
    return this.dataSource.query(
      `SELECT aa.article_id AS "articleId", aa.mentions, ${ACTOR_COLUMNS}
       FROM article_actor aa JOIN actor act ON act.id = aa.actor_id
       WHERE aa.article_id = ANY($1::bigint[]) ORDER BY aa.mentions DESC, act.name`,
      [ids],
    );
  }

  /** Quotes of many articles in order of appearance, each with its speaker (one statement for both). */
  async quotesByArticle(ids: readonly string[]): Promise<QuoteWithSpeaker[]> {
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT ${QUOTE_COLUMNS}, ${SPEAKER_COLUMNS} FROM quote q LEFT JOIN actor s ON s.id = q.speaker_id
       WHERE q.article_id = ANY($1::bigint[]) ORDER BY q.article_id, q.position`,
      [ids],
    );
    return rows.map((r) => {
      const quote = quoteFromRow(r);
      const speaker = quote.speakerRow ?? null;
      delete quote.speakerRow; // the actor loader is primed with it instead
      return { quote, speaker };
    });
  }

  figuresByArticle(ids: readonly string[]): Promise<Figure[]> {
    return this.dataSource.query(`SELECT ${FIGURE_COLUMNS} FROM figure f WHERE f.article_id = ANY($1::bigint[]) ORDER BY f.article_id, f.position`, [ids]);
  }

  /** The first `limit` quotes of each speaker after the cursor, newest first: one LATERAL query for all. */
  quotesBySpeakers(speakerIds: readonly string[], limit: number, after: Array<string | number> | null): Promise<Array<Keyed<Quote>>> {
    const params = new SqlParams();
    const ids = params.add(speakerIds, "bigint[]");
    const cursor = after ? `AND ${afterCondition(QUOTE_ORDER, after, params)}` : "";
    return this.dataSource.query(
      `SELECT s.id::text AS "ownerId", x.* FROM unnest(${ids}) AS s(id)
       CROSS JOIN LATERAL (SELECT ${QUOTE_COLUMNS} FROM quote q WHERE q.speaker_id = s.id ${cursor}
                           ORDER BY ${orderBy(QUOTE_ORDER)} LIMIT ${params.add(limit, "int")}) x`,
      params.values,
    );
  }

  /** The first `limit` articles mentioning each actor after the cursor, newest first. */
  articlesByActors(actorIds: readonly string[], limit: number, after: Array<string | number> | null): Promise<Array<Keyed<Article>>> {
    const params = new SqlParams();
    const ids = params.add(actorIds, "bigint[]");
    const linkOrder = { ...ARTICLE_ORDER, columns: [{ expr: "aa.published_at", cast: "timestamptz" }, { expr: "aa.article_id", cast: "bigint" }] };
    const cursor = after ? `AND ${afterCondition(linkOrder, after, params)}` : "";
    return this.dataSource.query(
      `SELECT s.id::text AS "ownerId", x.* FROM unnest(${ids}) AS s(id)
       CROSS JOIN LATERAL (SELECT ${ARTICLE_HEAD_COLUMNS} FROM article_actor aa JOIN article a ON a.id = aa.article_id
                           WHERE aa.actor_id = s.id ${cursor}
                           ORDER BY ${orderBy(linkOrder)} LIMIT ${params.add(limit, "int")}) x`,
      params.values,
    );
  }

  countQuotesBySpeakers(speakerIds: readonly string[]): Promise<Array<{ ownerId: string; n: number }>> {
    return this.dataSource.query(
      `SELECT speaker_id::text AS "ownerId", count(*)::int AS n FROM quote WHERE speaker_id = ANY($1::bigint[]) GROUP BY speaker_id`,
      [speakerIds],
    );
  }

  countArticlesByActors(actorIds: readonly string[]): Promise<Array<{ ownerId: string; n: number }>> {
    return this.dataSource.query(
      `SELECT actor_id::text AS "ownerId", count(*)::int AS n FROM article_actor WHERE actor_id = ANY($1::bigint[]) GROUP BY actor_id`,
      [actorIds],
    );
  }
}
