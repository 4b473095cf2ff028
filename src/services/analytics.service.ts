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

/** One facet asked for on a connection: which, how many entries (checked, 1..100), and an actor kind for `actors`. */
export interface FacetRequest {
  facet: "countries" | "topics" | "sources" | "actors" | "speakers" | "speakerCountries" | "units";
  first: number;
  kind?: string | null;
}
/** One entry of a facet: its key (country code, topic id, source, actor id or unit), count, and the actor or unit kind where it has one. */
export interface FacetRow {
  key: string;
  count: number;
  kind: string | null;
  actor: Actor | null;
}
/** The CTEs and the UNION ALL parts (one per request, columns facet, key, actor_id, kind, count, ord) of a facets statement. */
interface FacetParts {
  ctes: string[];
  parts: string[];
}

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

/**
 * "g.n is at least the first-th highest n of `counts`": the top `first` by count (then name) are among those rows,
 * ties at the cut included, so only they need their actor's name joined.
 */
function atOrAboveCut(counts: string, first: string): string {
  return `g.n >= coalesce((SELECT c.n FROM ${counts} c ORDER BY c.n DESC OFFSET ${first} - 1 LIMIT 1), 0)`;
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
    const facet = filters.articleMatchQuery(matched.criteria, p);
    if (facet) return { ...facet, id: "af.article_id", date: "af.published_at" };
    const shape = filters.articleQuery(matched.criteria, p);
    return { from: shape.countFrom ?? shape.from, conditions: shape.conditions, id: shape.orderColumns?.[1] ?? "a.id", date: shape.orderColumns?.[0] ?? "a.published_at" };
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

  /**
   * Conditions on article_day_count (alias s) that count exactly the articles of `criteria`, or null when the summary
   * cannot: it knows only the country (when `country` is allowed), whole UTC days and whether an article is a later copy.
   */
  private daySummary(criteria: filters.ArticleCriteria, p: SqlParams, country: boolean): string[] | null {
    const { country: code, from, before, uniqueStories, ...rest } = criteria;
    if (Object.values(rest).some((v) => v !== undefined) || (code && !country)) return null;
    if ((from && from.getTime() % DAY_MS) || (before && before.getTime() % DAY_MS)) return null;
    const where = ["s.articles > 0"];
    if (country) where.push(`s.country_code = ${p.add(code ?? "")}`);
    else where.push(`s.country_code <> ''`);
    if (from) where.push(`s.day >= ${p.add(from.toISOString().slice(0, 10), "date")}`);
    if (before) where.push(`s.day < ${p.add(before.toISOString().slice(0, 10), "date")}`);
    if (uniqueStories) where.push("NOT s.copy");
    return where;
  }

  /** Every period from the first to the last matching item, zeros included. */
  async histogram(matched: Matched, interval: IntervalName): Promise<TimeBucketRow[]> {
    this.checkSpan(matched.criteria, interval);
    const p = new SqlParams();
    const unit = p.add(PERIODS[interval].unit);
    const step = p.add(PERIODS[interval].step, "interval");
    const limit = p.add(this.maxBuckets + 1, "int");
    // Articles of one country or of all, by whole days: the per-day summary has the counts (a few rows per day, not every article).
    const summary = matched.list === "articles" ? this.daySummary(matched.criteria, p, true) : null;
    const m = summary ? null : this.match(matched, p);
    const counts = summary
      ? `SELECT date_trunc(${unit}, s.day::timestamp) AS start, sum(s.articles)::int AS n FROM article_day_count s WHERE ${summary.join(" AND ")} GROUP BY 1`
      : `SELECT date_trunc(${unit}, ${m!.date} AT TIME ZONE 'UTC') AS start, count(*)::int AS n FROM ${m!.from} ${whereClause(m!.conditions)} GROUP BY 1`;
    // Truncating the UTC wall time (timestamp, not timestamptz) keeps buckets at UTC midnight whatever the session's zone.
    const rows: TimeBucketRow[] = await this.dataSource.query(
      `WITH b AS (${counts})
       SELECT g.start AT TIME ZONE 'UTC' AS start, coalesce(b.n, 0) AS count
       FROM generate_series((SELECT min(start) FROM b), (SELECT max(start) FROM b), ${step}) AS g(start) LEFT JOIN b ON b.start = g.start
       ORDER BY g.start LIMIT ${limit}`,
      p.values,
    );
    if (rows.length > this.maxBuckets) throw this.tooManyBuckets(interval);
    return rows;
  }

  /**
   * Every facet asked for on one connection, in ONE statement: the matching rows are found once (a CTE the
   * facets share) and each facet is a part of a UNION ALL over them, so four facets cost one run of the filter,
   * not four. Only the requested facets are parts; `first` and `kind` are checked by the caller, before any SQL.
   * Returns the rows of each request, in request order.
   */
  async facets(matched: Matched, requests: readonly FacetRequest[]): Promise<FacetRow[][]> {
    if (!requests.length) return [];
    const p = new SqlParams();
    const { ctes, parts } =
      matched.list === "articles" ? this.articleFacetParts(matched.criteria, requests, p) : matched.list === "quotes" ? this.quoteFacetParts(matched.criteria, requests, p) : this.figureFacetParts(matched.criteria, requests, p);
    const rows: Array<{ facet: number; key: string; count: number } & Record<string, unknown>> = await this.dataSource.query(
      `${ctes.length ? `WITH ${ctes.join(", ")}` : ""}
       SELECT u.facet, u.key, u.count, u.kind AS "unitKind", ${ACTOR_COLUMNS}
       FROM (${parts.map((part) => `(${part})`).join(" UNION ALL ")}) u LEFT JOIN actor act ON act.id = u.actor_id
       ORDER BY u.facet, u.ord`,
      p.values,
    );
    const out: FacetRow[][] = requests.map(() => []);
    for (const { facet, key, count, unitKind, ...actor } of rows) {
      out[facet].push({ key, count, kind: (unitKind as string | null) ?? null, actor: actor.id === null ? null : (actor as unknown as Actor) });
    }
    return out;
  }

  /**
   * One part per requested article facet. Each counts its keys in a CTE `g<i>` (key, n): with no filter or one country
   * alone (either perhaps with uniqueStories) from the per-key summary article_key_count (one row per key, not per
   * matching article); with dates alone on
   * whole days, countries from the per-day summary; otherwise by unnesting one array of `m`, the matching
   * article_facet rows with only the columns the facets read (one row per match, not an index descent per match and
   * link table; the unnest in the select list is a ProjectSet, twice as fast as a lateral unnest per row). Topics hold
   * their ancestors, so a topic counts its subtopics' articles, each once. Several facets share one run of the filter
   * (MATERIALIZED); one alone reads it inline.
   */
  private articleFacetParts(criteria: filters.ArticleCriteria, requests: readonly FacetRequest[], p: SqlParams): FacetParts {
    const summed = Object.entries(criteria).every(([name, value]) => value === undefined || name === "uniqueStories" || name === "country");
    const summaryCountry = summed ? p.add(criteria.country ?? "") : "";
    // Only when read: every parameter bound must appear in the statement.
    const m = summed ? null : filters.articleFacetQuery(criteria, p);
    const days = requests.map((r) => (r.facet === "countries" && !summed ? this.daySummary(criteria, p, false) : null));
    const FACET = {
      countries: { summary: "country", column: "country_codes", cast: "bpchar" },
      topics: { summary: "topic", column: "topic_ids", cast: "int" },
      sources: { summary: "source", column: "source", cast: "text" },
      actors: { summary: "actor", column: "actor_ids", cast: "bigint" },
    } as const;
    const facetOf = (r: FacetRequest) => FACET[r.facet as keyof typeof FACET] ?? null;
    const read = summed ? [] : [...new Set(requests.filter((r, i) => !days[i] && facetOf(r)).map((r) => `af.${facetOf(r)!.column}`))];
    const ctes = m && read.length ? [`m AS ${read.length > 1 ? "MATERIALIZED" : "NOT MATERIALIZED"} (SELECT ${read.join(", ")} FROM ${m.from} ${whereClause(m.conditions)})`] : [];
    const parts = requests.map((r, i) => {
      const facet = facetOf(r);
      if (!facet) throw new Error(`no article facet ${r.facet}`);
      const counts = `g${i}`;
      const limit = `LIMIT ${p.add(r.first, "int")}`;
      const day = days[i];
      const count = summed
        ? `SELECT s.key::${facet.cast} AS key, sum(s.articles)::int AS n FROM article_key_count s WHERE s.country_code = ${summaryCountry} AND s.facet = '${facet.summary}'${criteria.uniqueStories ? " AND NOT s.copy" : ""}
           GROUP BY 1 HAVING sum(s.articles) > 0`
        : day
          ? `SELECT s.country_code::bpchar AS key, sum(s.articles)::int AS n FROM article_day_count s WHERE ${day.join(" AND ")} GROUP BY 1 HAVING sum(s.articles) > 0`
          : r.facet === "sources"
            ? `SELECT m.source AS key, count(*)::int AS n FROM m GROUP BY 1`
            : `SELECT k.key::${facet.cast}, count(*)::int AS n FROM (SELECT unnest(m.${facet.column}) AS key FROM m) k GROUP BY 1`;
      ctes.push(`${counts} AS (${count})`);
      switch (r.facet) {
        case "countries":
          return `SELECT ${i} AS facet, c.code::text AS key, NULL::bigint AS actor_id, NULL::text AS kind, g.n AS count, row_number() OVER (ORDER BY g.n DESC, c.name, c.code) AS ord
                  FROM ${counts} g JOIN country c ON c.code = g.key ORDER BY ord ${limit}`;
        case "topics":
          return `SELECT ${i} AS facet, t.id::text AS key, NULL::bigint AS actor_id, NULL::text AS kind, g.n AS count, row_number() OVER (ORDER BY g.n DESC, t.name, t.id) AS ord
                  FROM ${counts} g JOIN topic t ON t.id = g.key ORDER BY ord ${limit}`;
        case "sources":
          return `SELECT ${i} AS facet, g.key AS key, NULL::bigint AS actor_id, NULL::text AS kind, g.n AS count, row_number() OVER (ORDER BY g.n DESC, g.key) AS ord
                  FROM ${counts} g ORDER BY ord ${limit}`;
        default: {
          // The first-th highest count cuts the list before the names are joined (ties at the cut stay in); with a kind,
          // the actors of other kinds do not count towards the cut, so all are joined.
          const where = r.kind ? `WHERE act.kind = ${p.add(r.kind)}` : `WHERE ${atOrAboveCut(counts, p.add(r.first, "int"))}`;
          return `SELECT ${i} AS facet, act.id::text AS key, act.id AS actor_id, NULL::text AS kind, g.n AS count, row_number() OVER (ORDER BY g.n DESC, act.name, act.id) AS ord
                  FROM ${counts} g JOIN actor act ON act.id = g.key ${where} ORDER BY ord ${limit}`;
        }
      }
    });
    return { ctes, parts };
  }

  /** Quote facets: the matching quotes are grouped by speaker once (`s`); speakers and their countries both read it. */
  private quoteFacetParts(criteria: filters.QuoteCriteria, requests: readonly FacetRequest[], p: SqlParams): FacetParts {
    const m = this.match({ list: "quotes", criteria }, p);
    const ctes = [`s AS (SELECT q.speaker_id, count(*) AS n FROM quote q ${whereClause(m.conditions)} GROUP BY q.speaker_id)`];
    const parts = requests.map((r, i) => {
      const limit = `LIMIT ${p.add(r.first, "int")}`;
      if (r.facet === "speakers") {
        return `SELECT ${i} AS facet, act.id::text AS key, act.id AS actor_id, NULL::text AS kind, s.n::int AS count, row_number() OVER (ORDER BY s.n DESC, act.name, act.id) AS ord
                FROM s JOIN actor act ON act.id = s.speaker_id ORDER BY ord ${limit}`;
      }
      if (r.facet === "speakerCountries") {
        return `SELECT ${i} AS facet, c.code::text AS key, NULL::bigint AS actor_id, NULL::text AS kind, sum(s.n)::int AS count, row_number() OVER (ORDER BY sum(s.n) DESC, c.name, c.code) AS ord
                FROM s JOIN actor act ON act.id = s.speaker_id JOIN country c ON c.code = act.country_code GROUP BY c.code, c.name ORDER BY ord ${limit}`;
      }
      throw new Error(`no quote facet ${r.facet}`);
    });
    return { ctes, parts };
  }

  /** (kind, unit) pairs of the matching figures, most figures first, ties by unit then kind ("year" is a DURATION and an AGE unit). */
  private figureFacetParts(criteria: filters.FigureCriteria, requests: readonly FacetRequest[], p: SqlParams): FacetParts {
    const m = this.match({ list: "figures", criteria }, p);
    const parts = requests.map((r, i) => {
      if (r.facet !== "units") throw new Error(`no figure facet ${r.facet}`);
      return `SELECT ${i} AS facet, f.unit AS key, NULL::bigint AS actor_id, f.kind::text AS kind, count(*)::int AS count, row_number() OVER (ORDER BY count(*) DESC, f.unit, f.kind) AS ord
              FROM figure f ${whereClause(m.conditions)} GROUP BY f.unit, f.kind ORDER BY ord LIMIT ${p.add(r.first, "int")}`;
    });
    return { ctes: [], parts };
  }

  /** Per period with figures: count, min, max, median and the newest figure (ties: the higher id). */
  async figureSeries(filter: FigureFilter, interval: IntervalName): Promise<FigureBucketRow[]> {
    const criteria = filters.normalizeFigureFilter(filter, this.reference);
    this.checkSpan(criteria, interval);
    const p = new SqlParams();
    const conditions = filters.figureConditions(criteria, p);
    const unit = p.add(PERIODS[interval].unit);
    const limit = p.add(this.maxBuckets + 1, "int");
    // The latest figure is one index look-up per period: the planner cannot tell how few periods there are (it guesses
    // one per figure) and would merge-join the whole figure table; OFFSET 0 keeps the look-up from becoming that join.
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT s.start AT TIME ZONE 'UTC' AS "bucketStart", s.n AS "bucketCount", s.lo AS "bucketMin", s.hi AS "bucketMax", s.median AS "bucketMedian", ${FIGURE_COLUMNS}
       FROM (SELECT date_trunc(${unit}, f.published_at AT TIME ZONE 'UTC') AS start, count(*)::int AS n, min(f.value)::float8 AS lo, max(f.value)::float8 AS hi,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY f.value::float8) AS median,
                    (array_agg(f.id ORDER BY f.published_at DESC, f.id DESC))[1] AS latest_id
             FROM figure f ${whereClause(conditions)} GROUP BY 1) s
       CROSS JOIN LATERAL (SELECT * FROM figure x WHERE x.id = s.latest_id OFFSET 0) f ORDER BY s.start LIMIT ${limit}`,
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
    // The actor's matching articles are article_facet rows holding it (with the filter, on the same row); the others
    // named there come from the same row's array: one row per shared article, no link rows read.
    const m = filters.articleFacetQuery(criteria, p);
    const n = p.add(first, "int");
    return this.actorCounts(
      `WITH g AS (SELECT k.id, count(*)::int AS n FROM (SELECT unnest(af.actor_ids) AS id FROM ${m.from} ${whereClause([`af.actor_ids @> ARRAY[${actor}]`, ...m.conditions])}) k
                  WHERE k.id <> ${actor} GROUP BY 1)
       SELECT ${ACTOR_COLUMNS}, g.n AS count FROM g JOIN actor act ON act.id = g.id WHERE ${atOrAboveCut("g", n)} ORDER BY count DESC, act.name, act.id LIMIT ${n}`,
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
