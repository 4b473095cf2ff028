import type { DataSource } from "typeorm";
import type { Actor, Article, Figure } from "../entities";
import { badInput } from "../errors";
import type { ArticleFilter, FigureFilter } from "../resolvers/inputs/filters.input";
import { ACTOR_COLUMNS, ARTICLE_HEAD_COLUMNS, FIGURE_COLUMNS } from "./columns";
import * as filters from "./filters";
import type { ReferenceData } from "./reference.service";
import { SqlParams, whereClause } from "./sql";

/** Histogram and series periods; buckets start at UTC midnight, weeks on Monday (ISO weeks, as date_trunc does). */
export type IntervalName = "DAY" | "WEEK" | "MONTH" | "YEAR";

const PERIODS: Record<IntervalName, { unit: string; step: string; longestDays: number }> = {
  DAY: { unit: "day", step: "1 day", longestDays: 1 },
  WEEK: { unit: "week", step: "1 week", longestDays: 7 },
  MONTH: { unit: "month", step: "1 month", longestDays: 31 },
  YEAR: { unit: "year", step: "1 year", longestDays: 366 },
};
const DAY_MS = 86_400_000;
export const MAX_FACET_SIZE = 100;

export interface TimeBucketRow {
  start: Date;
  count: number;
}
export interface CountRow<Key> {
  key: Key;
  count: number;
}
export interface FigureBucketRow extends TimeBucketRow {
  min: number;
  max: number;
  median: number;
  latest: Figure;
}
export interface UnitCountRow {
  kind: string;
  unit: string;
  count: number;
}
export type ActorCountRow = CountRow<Actor>;

/** Which list a connection's facets count over, with its checked criteria. */
export type Matched =
  | { list: "articles"; criteria: filters.ArticleCriteria }
  | { list: "quotes"; criteria: filters.QuoteCriteria }
  | { list: "figures"; criteria: filters.FigureCriteria };

/** The rows a filter matches, as FROM + conditions, with the expressions for the item's id and its date. */
interface MatchSql {
  from: string;
  conditions: string[];
  id: string;
  date: string;
}

/** Checks a facet's `first` (1..100, default 10) before any SQL. */
export function checkFacetSize(first: number | null | undefined, field = "first"): number {
  if (first === null || first === undefined) return 10;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FACET_SIZE) throw badInput(field, `must be a whole number from 1 to ${MAX_FACET_SIZE}, got ${first}`);
  return first;
}

/** Facets, histograms, figure series and co-mentions: each answer is one SQL statement over everything a filter matches. */
export class AnalyticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly maxBuckets: number,
  ) {}

  private match(matched: Matched, p: SqlParams): MatchSql {
    if (matched.list === "quotes") return { from: "quote q", conditions: filters.quoteConditions(matched.criteria, p), id: "q.id", date: "q.published_at" };
    if (matched.list === "figures") return { from: "figure f", conditions: filters.figureConditions(matched.criteria, p), id: "f.id", date: "f.published_at" };
    const shape = filters.articleQuery(matched.criteria, p);
    return { from: shape.countFrom ?? shape.from, conditions: shape.conditions, id: shape.orderColumns?.[1] ?? "a.id", date: shape.orderColumns?.[0] ?? "a.published_at" };
  }

  /** "AND <column> IN (matching article ids)", or nothing when the filter matches every article. */
  private articleRestriction(criteria: filters.ArticleCriteria, p: SqlParams, column: string): string {
    const m = this.match({ list: "articles", criteria }, p);
    if (!m.conditions.length && m.from === "article a") return "";
    return `AND ${column} IN (SELECT ${m.id} FROM ${m.from} ${whereClause(m.conditions)})`;
  }

  /** Refuses, before any SQL, a from/to range that must hold more periods than MAX_HISTOGRAM_BUCKETS. */
  private checkSpan(criteria: filters.CommonCriteria, interval: IntervalName): void {
    if (!criteria.from || !criteria.before) return;
    const fewest = Math.ceil((criteria.before.getTime() - criteria.from.getTime()) / (PERIODS[interval].longestDays * DAY_MS));
    if (fewest > this.maxBuckets) throw this.tooManyBuckets(interval);
  }

  private tooManyBuckets(interval: IntervalName) {
    return badInput("interval", `${interval} periods over this range would be more than ${this.maxBuckets} (MAX_HISTOGRAM_BUCKETS); narrow filter.from/filter.to or use a longer interval`);
  }

  /** Every period from the first to the last matching item, zeros included. */
  async histogram(matched: Matched, interval: IntervalName): Promise<TimeBucketRow[]> {
    this.checkSpan(matched.criteria, interval);
    const p = new SqlParams();
    const m = this.match(matched, p);
    const unit = p.add(PERIODS[interval].unit);
    const step = p.add(PERIODS[interval].step, "interval");
    const limit = p.add(this.maxBuckets + 1, "int");
    // Truncating the UTC wall time (timestamp, not timestamptz) keeps buckets at UTC midnight whatever the session's zone.
    const rows: TimeBucketRow[] = await this.dataSource.query(
      `WITH b AS (SELECT date_trunc(${unit}, ${m.date} AT TIME ZONE 'UTC') AS start, count(*)::int AS n FROM ${m.from} ${whereClause(m.conditions)} GROUP BY 1)
       SELECT g.start AT TIME ZONE 'UTC' AS start, coalesce(b.n, 0) AS count
       FROM generate_series((SELECT min(start) FROM b), (SELECT max(start) FROM b), ${step}) AS g(start) LEFT JOIN b ON b.start = g.start
       ORDER BY g.start LIMIT ${limit}`,
      p.values,
    );
    if (rows.length > this.maxBuckets) throw this.tooManyBuckets(interval);
    return rows;
  }

  /** Countries of the matching articles, most articles first, ties by country name. */
  articleCountries(criteria: filters.ArticleCriteria, first: number): Promise<Array<CountRow<string>>> {
    const p = new SqlParams();
    const restriction = this.articleRestriction(criteria, p, "x.article_id");
    return this.dataSource.query(
      `SELECT c.code AS key, count(*)::int AS count FROM article_country x JOIN country c ON c.code = x.country_code
       WHERE true ${restriction} GROUP BY c.code, c.name ORDER BY count DESC, c.name, c.code LIMIT ${p.add(first, "int")}`,
      p.values,
    );
  }

  /** Topics of the matching articles; a topic counts the articles of its subtopics too (each article once). */
  articleTopics(criteria: filters.ArticleCriteria, first: number): Promise<Array<CountRow<number>>> {
    const p = new SqlParams();
    const restriction = this.articleRestriction(criteria, p, "x.article_id");
    const pairs: Array<[number, number]> = [];
    for (const topic of this.reference.topics) {
      for (let up: typeof topic | null | undefined = topic; up; up = up.parent) pairs.push([topic.id, up.id]);
    }
    const own = p.add(pairs.map((x) => x[0]), "int[]");
    const ancestor = p.add(pairs.map((x) => x[1]), "int[]");
    return this.dataSource.query(
      `SELECT t.id AS key, count(DISTINCT x.article_id)::int AS count
       FROM article_topic x JOIN unnest(${own}, ${ancestor}) AS up(topic_id, ancestor_id) ON up.topic_id = x.topic_id JOIN topic t ON t.id = up.ancestor_id
       WHERE true ${restriction} GROUP BY t.id, t.name ORDER BY count DESC, t.name, t.id LIMIT ${p.add(first, "int")}`,
      p.values,
    );
  }

  /** Outlets of the matching articles, most articles first, ties by source. */
  articleSources(criteria: filters.ArticleCriteria, first: number): Promise<Array<CountRow<string>>> {
    const p = new SqlParams();
    const restriction = this.articleRestriction(criteria, p, "a.id");
    return this.dataSource.query(
      `SELECT a.source AS key, count(*)::int AS count FROM article a WHERE true ${restriction}
       GROUP BY a.source ORDER BY count DESC, a.source LIMIT ${p.add(first, "int")}`,
      p.values,
    );
  }

  /** Actors named in the matching articles (optionally of one kind), in most articles first, ties by name then id. */
  async articleActors(criteria: filters.ArticleCriteria, first: number, kind?: string | null): Promise<ActorCountRow[]> {
    const p = new SqlParams();
    const restriction = this.articleRestriction(criteria, p, "x.article_id");
    const kindCondition = kind ? `AND act.kind = ${p.add(kind)}` : "";
    return this.actorCounts(
      `SELECT ${ACTOR_COLUMNS}, count(*)::int AS count FROM article_actor x JOIN actor act ON act.id = x.actor_id
       WHERE true ${restriction} ${kindCondition} GROUP BY act.id ORDER BY count DESC, act.name, act.id LIMIT ${p.add(first, "int")}`,
      p,
    );
  }

  /** Speakers of the matching quotes, most quotes first. */
  quoteSpeakers(criteria: filters.QuoteCriteria, first: number): Promise<ActorCountRow[]> {
    const p = new SqlParams();
    const m = this.match({ list: "quotes", criteria }, p);
    return this.actorCounts(
      `SELECT ${ACTOR_COLUMNS}, count(*)::int AS count FROM quote q JOIN actor act ON act.id = q.speaker_id
       ${whereClause(m.conditions)} GROUP BY act.id ORDER BY count DESC, act.name, act.id LIMIT ${p.add(first, "int")}`,
      p,
    );
  }

  /** The speakers' own countries over the matching quotes, most quotes first. */
  quoteSpeakerCountries(criteria: filters.QuoteCriteria, first: number): Promise<Array<CountRow<string>>> {
    const p = new SqlParams();
    const m = this.match({ list: "quotes", criteria }, p);
    return this.dataSource.query(
      `SELECT c.code AS key, count(*)::int AS count FROM quote q JOIN actor act ON act.id = q.speaker_id JOIN country c ON c.code = act.country_code
       ${whereClause(m.conditions)} GROUP BY c.code, c.name ORDER BY count DESC, c.name, c.code LIMIT ${p.add(first, "int")}`,
      p.values,
    );
  }

  /** (kind, unit) pairs of the matching figures, most figures first, ties by unit then kind ("year" is a DURATION and an AGE unit). */
  figureUnits(criteria: filters.FigureCriteria, first: number): Promise<UnitCountRow[]> {
    const p = new SqlParams();
    const m = this.match({ list: "figures", criteria }, p);
    return this.dataSource.query(
      `SELECT f.unit, f.kind, count(*)::int AS count FROM figure f ${whereClause(m.conditions)}
       GROUP BY f.unit, f.kind ORDER BY count DESC, f.unit, f.kind LIMIT ${p.add(first, "int")}`,
      p.values,
    );
  }

  /** Per period with figures: count, min, max, median and the newest figure (ties: the higher id). */
  async figureSeries(filter: FigureFilter, interval: IntervalName): Promise<FigureBucketRow[]> {
    const criteria = filters.normalizeFigureFilter(filter, this.reference);
    this.checkSpan(criteria, interval);
    const p = new SqlParams();
    const conditions = filters.figureConditions(criteria, p);
    const unit = p.add(PERIODS[interval].unit);
    const limit = p.add(this.maxBuckets + 1, "int");
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT s.start AT TIME ZONE 'UTC' AS "bucketStart", s.n AS "bucketCount", s.lo AS "bucketMin", s.hi AS "bucketMax", s.median AS "bucketMedian", ${FIGURE_COLUMNS}
       FROM (SELECT date_trunc(${unit}, f.published_at AT TIME ZONE 'UTC') AS start, count(*)::int AS n, min(f.value)::float8 AS lo, max(f.value)::float8 AS hi,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY f.value::float8) AS median,
                    (array_agg(f.id ORDER BY f.published_at DESC, f.id DESC))[1] AS latest_id
             FROM figure f ${whereClause(conditions)} GROUP BY 1) s
       JOIN figure f ON f.id = s.latest_id ORDER BY s.start LIMIT ${limit}`,
      p.values,
    );
    if (rows.length > this.maxBuckets) throw this.tooManyBuckets(interval);
    return rows.map(({ bucketStart, bucketCount, bucketMin, bucketMax, bucketMedian, ...figure }) => ({
      start: bucketStart,
      count: bucketCount,
      min: bucketMin,
      max: bucketMax,
      median: bucketMedian,
      latest: figure as Figure,
    }));
  }

  /**
   * Actors named in the same articles as `actorId`, most shared articles first, ties by name then id. Without a
   * filter it reads the actor's rows of the co-mention summary; with one it counts over the matching articles.
   */
  coMentioned(actorId: string, first: number, filter: ArticleFilter | null | undefined): Promise<ActorCountRow[]> {
    const criteria = filters.normalizeArticleFilter(filter, this.reference);
    const p = new SqlParams();
    const actor = p.add(actorId, "bigint");
    if (!Object.keys(criteria).length) {
      const n = p.add(first, "int");
      // The first-th highest count cuts the list; rows at or above it (the ties included) come from the (actor, count) index.
      return this.actorCounts(
        `SELECT ${ACTOR_COLUMNS}, s.articles AS count FROM actor_co_mention s JOIN actor act ON act.id = s.other_id
         WHERE s.actor_id = ${actor}
           AND s.articles >= coalesce((SELECT c.articles FROM actor_co_mention c WHERE c.actor_id = ${actor} ORDER BY c.articles DESC OFFSET ${n} - 1 LIMIT 1), 0)
         ORDER BY count DESC, act.name, act.id LIMIT ${n}`,
        p,
      );
    }
    const restriction = this.articleRestriction(criteria, p, "me.article_id");
    return this.actorCounts(
      `SELECT ${ACTOR_COLUMNS}, count(*)::int AS count
       FROM article_actor me JOIN article_actor x ON x.article_id = me.article_id AND x.actor_id <> me.actor_id JOIN actor act ON act.id = x.actor_id
       WHERE me.actor_id = ${actor} ${restriction} GROUP BY act.id ORDER BY count DESC, act.name, act.id LIMIT ${p.add(first, "int")}`,
      p,
    );
  }

  private async actorCounts(sql: string, p: SqlParams): Promise<ActorCountRow[]> {
    const rows: Array<Actor & { count: number }> = await this.dataSource.query(sql, p.values);
    return rows.map(({ count, ...actor }) => ({ key: actor as Actor, count }));
  }

  /** For each article, the other copies of its story (without bodies), earliest first. */
  otherCopies(ids: readonly string[]): Promise<Array<Article & { ownerId: string }>> {
    return this.dataSource.query(
      `SELECT k.id::text AS "ownerId", ${ARTICLE_HEAD_COLUMNS} FROM article k JOIN article a ON a.story_id = k.story_id AND a.id <> k.id
       WHERE k.id = ANY($1::bigint[]) ORDER BY a.published_at, a.id`,
      [ids],
    );
  }
}
