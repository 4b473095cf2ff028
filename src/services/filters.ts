import { badInput } from "../errors";
import type { ActorFilter, ArticleFilter, CommonFilter, FigureFilter, QuoteFilter } from "../resolvers/inputs/filters.input";
import type { DateOnlyMarked } from "../resolvers/scalars";
import type { ReferenceData } from "./reference.service";
import { SqlParams, whereClause } from "./sql";
import { measureSymbol } from "../ingestion/quantities/units";

/** What the filters need to know about countries and topics; ReferenceData provides it. */
export type FilterReference = Pick<ReferenceData, "country" | "topicBySlugName" | "topicAndDescendantIds" | "topics">;

/** Checked, canonical form of the common filter fields. */
export interface CommonCriteria {
  country?: string;
  topicIds?: number[];
  from?: Date;
  /** Exclusive upper bound: `to` plus a day for a date-only value, plus a millisecond otherwise. */
  before?: Date;
  /** Leave out later copies of a story (article.story_copy). */
  uniqueStories?: boolean;
}
export interface ArticleCriteria extends CommonCriteria {
  actorId?: string;
  source?: string;
  search?: string;
}
export interface QuoteCriteria extends CommonCriteria {
  speakerId?: string;
  speakerCountry?: string;
  articleId?: string;
  search?: string;
}
export interface FigureCriteria extends CommonCriteria {
  articleId?: string;
  kind?: string;
  search?: string;
  unit?: string;
  minValue?: number;
  maxValue?: number;
}
export interface ActorCriteria extends CommonCriteria {
  kind?: string;
  search?: string;
}

const DAY_MS = 86_400_000;
const MAX_TEXT = 200;
const ID_PATTERN = /^[1-9][0-9]{0,17}$/;
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

function checkCountry(field: string, value: string, ref: FilterReference): string {
  const country = ref.country(value);
  if (!country) {
    throw badInput(field, `unknown country code ${JSON.stringify(value)}; use an ISO 3166-1 alpha-2 code such as "US" or "ua" (the countries query lists them)`);
  }
  return country.code;
}

function checkId(field: string, value: string): string {
  if (!ID_PATTERN.test(value.trim())) throw badInput(field, `must be an id as returned by this API (digits), got ${JSON.stringify(value)}`);
  return value.trim();
}

function checkText(field: string, value: string): string | undefined {
  const text = value.trim();
  if (text.length > MAX_TEXT) throw badInput(field, `must be at most ${MAX_TEXT} characters`);
  return text || undefined;
}

/** Search text; its length is held to MAX_SEARCH_CHARS before execution (src/http/input-guard.ts). */
function checkSearch(value: string): string | undefined {
  return value.trim() || undefined;
}

function checkNumber(field: string, value: number): number {
  if (!Number.isFinite(value)) throw badInput(field, "must be a finite number");
  return value;
}

/** Validates country, topic, from and to; throws BAD_USER_INPUT naming the field. */
export function normalizeCommon(filter: CommonFilter | null | undefined, ref: FilterReference): CommonCriteria {
  const criteria: CommonCriteria = {};
  if (!filter) return criteria;
  if (present(filter.country)) criteria.country = checkCountry("filter.country", filter.country, ref);
  if (present(filter.topic)) {
    const topic = ref.topicBySlugName(filter.topic);
    if (!topic) {
      const allowed = ref.topics.filter((t) => t.parentId === null).map((t) => t.slug);
      throw badInput("filter.topic", `unknown topic ${JSON.stringify(filter.topic)}; use a topic slug such as ${allowed.slice(0, 3).map((s) => `"${s}"`).join(", ")} (the topics query lists all ${ref.topics.length})`);
    }
    criteria.topicIds = ref.topicAndDescendantIds(topic);
  }
  if (present(filter.from)) criteria.from = filter.from;
  if (present(filter.to)) {
    const to: DateOnlyMarked = filter.to;
    const before = new Date(to.getTime() + (to.dateOnly ? DAY_MS : 1));
    // Past the last day of year 9999 there is nothing to bound (and ISO text would need a six-digit year).
    if (before.getUTCFullYear() <= 9999) criteria.before = before;
  }
  if (criteria.from && present(filter.to) && criteria.from.getTime() > filter.to.getTime()) {
    throw badInput("filter.from", `must not be after filter.to (got from ${criteria.from.toISOString()}, to ${filter.to.toISOString()})`);
  }
  return criteria;
}

export function normalizeArticleFilter(filter: ArticleFilter | null | undefined, ref: FilterReference): ArticleCriteria {
  const criteria: ArticleCriteria = normalizeCommon(filter, ref);
  if (!filter) return criteria;
  if (filter.uniqueStories) criteria.uniqueStories = true;
  if (present(filter.actorId)) criteria.actorId = checkId("filter.actorId", filter.actorId);
  if (present(filter.source)) criteria.source = checkText("filter.source", filter.source)?.toLowerCase().replace(/^www\./, "");
  if (present(filter.search)) criteria.search = checkSearch(filter.search);
  return criteria;
}

export function normalizeQuoteFilter(filter: QuoteFilter | null | undefined, ref: FilterReference): QuoteCriteria {
  const criteria: QuoteCriteria = normalizeCommon(filter, ref);
  if (!filter) return criteria;
  if (filter.uniqueStories) criteria.uniqueStories = true;
  if (present(filter.speakerId)) criteria.speakerId = checkId("filter.speakerId", filter.speakerId);
  if (present(filter.speakerCountry)) criteria.speakerCountry = checkCountry("filter.speakerCountry", filter.speakerCountry, ref);
  if (present(filter.articleId)) criteria.articleId = checkId("filter.articleId", filter.articleId);
  if (present(filter.search)) criteria.search = checkSearch(filter.search);
  return criteria;
}

/** Units are stored as ISO 4217 codes (upper case), "%" or "pp", a measure symbol in its own case ("MW", "°C"), or a lower-case word. */
export function canonicalUnit(unit: string): string {
  const trimmed = unit.trim();
  const upper = trimmed.toUpperCase();
  if (CURRENCIES.has(upper)) return upper;
  return measureSymbol(trimmed) ?? trimmed.toLowerCase();
}

export function normalizeFigureFilter(filter: FigureFilter | null | undefined, ref: FilterReference): FigureCriteria {
  const criteria: FigureCriteria = normalizeCommon(filter, ref);
  if (!filter) return criteria;
  if (filter.uniqueStories) criteria.uniqueStories = true;
  if (present(filter.articleId)) criteria.articleId = checkId("filter.articleId", filter.articleId);
  if (present(filter.kind)) criteria.kind = filter.kind;
  if (present(filter.search)) criteria.search = checkText("filter.search", filter.search);
  if (present(filter.unit)) {
    const unit = checkText("filter.unit", filter.unit);
    if (unit) criteria.unit = canonicalUnit(unit);
  }
  if (present(filter.minValue)) criteria.minValue = checkNumber("filter.minValue", filter.minValue);
  if (present(filter.maxValue)) criteria.maxValue = checkNumber("filter.maxValue", filter.maxValue);
  if (criteria.minValue !== undefined && criteria.maxValue !== undefined && criteria.minValue > criteria.maxValue) {
    throw badInput("filter.minValue", `must not be greater than filter.maxValue (got ${criteria.minValue} > ${criteria.maxValue})`);
  }
  return criteria;
}

export function normalizeActorFilter(filter: ActorFilter | null | undefined, ref: FilterReference): ActorCriteria {
  const criteria: ActorCriteria = normalizeCommon(filter, ref);
  if (!filter) return criteria;
  if (present(filter.kind)) criteria.kind = filter.kind;
  if (present(filter.search)) criteria.search = checkSearch(filter.search);
  return criteria;
}

/** Conditions on an article row (alias `a`) for the common fields; dates use `dateColumn`. */
function commonConditions(c: CommonCriteria, p: SqlParams, articleIdExpr: string, dateColumn: string): string[] {
  const where: string[] = [];
  if (c.country) where.push(`EXISTS (SELECT 1 FROM article_country ac WHERE ac.article_id = ${articleIdExpr} AND ac.country_code = ${p.add(c.country)})`);
  if (c.topicIds) where.push(`EXISTS (SELECT 1 FROM article_topic at WHERE at.article_id = ${articleIdExpr} AND at.topic_id = ANY(${p.add(c.topicIds, "int[]")}))`);
  if (c.from) where.push(`${dateColumn} >= ${p.add(c.from.toISOString(), "timestamptz")}`);
  if (c.before) where.push(`${dateColumn} < ${p.add(c.before.toISOString(), "timestamptz")}`);
  // An anti-join against the small partial index of later copies: the driving table needs no join to article.
  if (c.uniqueStories) where.push(`NOT EXISTS (SELECT 1 FROM article xs WHERE xs.id = ${articleIdExpr} AND xs.story_copy)`);
  return where;
}

/** SQL conditions for articles (table alias `a`). Pure: the same criteria always give the same SQL. */
export function articleConditions(c: ArticleCriteria, p: SqlParams): string[] {
  const where = commonConditions(c, p, "a.id", "a.published_at");
  if (c.actorId) where.push(`EXISTS (SELECT 1 FROM article_actor aa WHERE aa.article_id = a.id AND aa.actor_id = ${p.add(c.actorId, "bigint")})`);
  where.push(...articleOwnConditions(c, p));
  return where;
}

/** Conditions on the article row itself (alias `a`): source and full-text search. */
function articleOwnConditions(c: ArticleCriteria, p: SqlParams): string[] {
  const where: string[] = [];
  if (c.source) where.push(`a.source = ${p.add(c.source)}`);
  if (c.search) where.push(`a.search_vector @@ websearch_to_tsquery('english', ${p.add(c.search)})`);
  return where;
}

/** FROM, conditions and sort columns of one list query; `countFrom` may skip joins the count does not need. */
export interface ListShape {
  from: string;
  countFrom?: string;
  conditions: string[];
  /** Expressions for the list order's columns when they come from another table than the default alias. */
  orderColumns?: string[];
}

/**
 * Articles, driven from a link table when an actor, country or single topic is asked for: its
 * (key, published_at, article_id) index then yields the matching articles already newest first, so a page
 * reads a few index entries instead of filtering the whole article list. The date range applies to the
 * link's copy of published_at, so it narrows the same index scan.
 */
export function articleQuery(c: ArticleCriteria, p: SqlParams): ListShape {
  if (c.search) {
    const shape = unsearchedArticleQuery({ ...c, search: undefined }, p);
    const driven = shape.from.startsWith("article a") ? { idExpr: "a.id", dateExpr: "a.published_at" } : { idExpr: "d.article_id", dateExpr: "d.published_at" };
    return searchFirst(shape, `a.search_vector @@ websearch_to_tsquery('english', ${p.add(c.search)})`, { table: "article", alias: "a", ...driven });
  }
  return unsearchedArticleQuery(c, p);
}

function unsearchedArticleQuery(c: ArticleCriteria, p: SqlParams): ListShape {
  const driver = c.actorId
    ? { table: "article_actor", condition: (alias: string) => `${alias}.actor_id = ${p.add(c.actorId, "bigint")}` }
    : c.country
      ? { table: "article_country", condition: (alias: string) => `${alias}.country_code = ${p.add(c.country)}` }
      : c.topicIds?.length === 1
        ? { table: "article_topic", condition: (alias: string) => `${alias}.topic_id = ${p.add(c.topicIds![0], "int")}` }
        : null;
  if (!driver) return { from: "article a", conditions: articleConditions(c, p) };
  const where = [driver.condition("d")];
  const rest: CommonCriteria = { from: c.from, before: c.before, uniqueStories: c.uniqueStories };
  if (driver.table !== "article_country") rest.country = c.country;
  if (driver.table !== "article_topic") rest.topicIds = c.topicIds;
  where.push(...commonConditions(rest, p, "d.article_id", "d.published_at"));
  if (c.actorId && driver.table !== "article_actor") {
    where.push(`EXISTS (SELECT 1 FROM article_actor aa WHERE aa.article_id = d.article_id AND aa.actor_id = ${p.add(c.actorId, "bigint")})`);
  }
  const own = articleOwnConditions(c, p);
  const joined = `${driver.table} d JOIN article a ON a.id = d.article_id`;
  return {
    from: joined,
    countFrom: own.length ? joined : `${driver.table} d`,
    conditions: [...where, ...own],
    orderColumns: ["d.published_at", "d.article_id"],
  };
}

/**
 * Drives a searched list from its matches: a fenced subquery (OFFSET 0 keeps PostgreSQL from folding it
 * back in) finds every row meeting the search and the other conditions, with the sort columns, sorted; the
 * page then takes rows from it in that order and joins the listed table for the first few only. With no
 * LIMIT inside, the planner cannot walk the date index hoping for an early match (which for a rare word
 * reads the whole table): the GIN index finds the matches, whatever `first` is.
 * `idExpr`/`dateExpr` name the listed row's id and publication time in the shape's FROM.
 */
export function searchFirst(shape: ListShape, search: string, listed: { table: string; alias: string; idExpr: string; dateExpr: string }): ListShape {
  const where = whereClause([...shape.conditions, search]);
  const matches = `SELECT ${listed.idExpr} AS id, ${listed.dateExpr} AS published_at FROM ${shape.from} ${where}`;
  return {
    from: `(${matches} ORDER BY 2 DESC, 1 DESC OFFSET 0) m JOIN ${listed.table} ${listed.alias} ON ${listed.alias}.id = m.id`,
    countFrom: `(${matches} OFFSET 0) m`,
    conditions: [],
    orderColumns: ["m.published_at", "m.id"],
  };
}

/** SQL conditions for quotes (alias `q`); country, topic and dates are the article's. */
export function quoteConditions(c: QuoteCriteria, p: SqlParams): string[] {
  const where = commonConditions(c, p, "q.article_id", "q.published_at");
  if (c.speakerId) where.push(`q.speaker_id = ${p.add(c.speakerId, "bigint")}`);
  if (c.speakerCountry) where.push(`q.speaker_id IN (SELECT s.id FROM actor s WHERE s.country_code = ${p.add(c.speakerCountry)})`);
  if (c.articleId) where.push(`q.article_id = ${p.add(c.articleId, "bigint")}`);
  if (c.search) where.push(`to_tsvector('english', q.text) @@ websearch_to_tsquery('english', ${p.add(c.search)})`);
  return where;
}

/** Quotes, driven by the full-text matches when there is a search (see searchFirst). */
export function quoteQuery(c: QuoteCriteria, p: SqlParams): ListShape {
  if (!c.search) return { from: "quote q", conditions: quoteConditions(c, p) };
  const search = `to_tsvector('english', q.text) @@ websearch_to_tsquery('english', ${p.add(c.search)})`;
  return searchFirst({ from: "quote q", conditions: quoteConditions({ ...c, search: undefined }, p) }, search, { table: "quote", alias: "q", idExpr: "q.id", dateExpr: "q.published_at" });
}

/** SQL conditions for figures (alias `f`). */
export function figureConditions(c: FigureCriteria, p: SqlParams): string[] {
  const where = commonConditions(c, p, "f.article_id", "f.published_at");
  if (c.articleId) where.push(`f.article_id = ${p.add(c.articleId, "bigint")}`);
  if (c.kind) where.push(`f.kind = ${p.add(c.kind)}`);
  if (c.unit) where.push(`f.unit = ${p.add(c.unit)}`);
  if (c.minValue !== undefined) where.push(`f.value >= ${p.add(c.minValue, "numeric")}`);
  if (c.maxValue !== undefined) where.push(`f.value <= ${p.add(c.maxValue, "numeric")}`);
  // The same expression as the figure_context_search_idx GIN index, so the index serves it.
  if (c.search) where.push(`to_tsvector('english', f.context) @@ websearch_to_tsquery('english', ${p.add(c.search)})`);
  return where;
}

/** SQL conditions for actors (alias `act`); topic and dates select the articles that mention them. */
export function actorConditions(c: ActorCriteria, p: SqlParams): string[] {
  const where: string[] = [];
  if (c.country) where.push(`act.country_code = ${p.add(c.country)}`);
  if (c.kind) where.push(`act.kind = ${p.add(c.kind)}`);
  if (c.search) {
    const pattern = p.add(`%${c.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    where.push(`(act.name ILIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(act.aliases) alias WHERE alias ILIKE ${pattern}))`);
  }
  if (c.topicIds || c.from || c.before) {
    // The link's copy of published_at serves the date range without reading the article.
    const articleWhere = commonConditions({ topicIds: c.topicIds, from: c.from, before: c.before }, p, "aa.article_id", "aa.published_at");
    where.push(`EXISTS (SELECT 1 FROM article_actor aa WHERE aa.actor_id = act.id AND ${articleWhere.join(" AND ")})`);
  }
  return where;
}

/**
 * Articles matching `c` read from article_facet (alias `af`, id `af.article_id`): every condition is on the one
 * narrow row (its arrays hold the link keys, topics with all their ancestors), so a filter of several keys reads one
 * row per candidate instead of descending a link table's index per candidate; a date range is read from the covering
 * index alone. A search joins the article (alias `a`) for its vector.
 */
export function articleFacetQuery(c: ArticleCriteria, p: SqlParams): { from: string; conditions: string[] } {
  const where: string[] = [];
  if (c.country) where.push(`af.country_codes @> ARRAY[${p.add(c.country, "text")}]`);
  // Any of the topic and its descendants; as the array holds ancestors, the same as holding the topic itself.
  if (c.topicIds) where.push(`af.topic_ids && ${p.add(c.topicIds, "int[]")}`);
  if (c.actorId) where.push(`af.actor_ids @> ARRAY[${p.add(c.actorId, "bigint")}]`);
  if (c.source) where.push(`af.source = ${p.add(c.source)}`);
  if (c.from) where.push(`af.published_at >= ${p.add(c.from.toISOString(), "timestamptz")}`);
  if (c.before) where.push(`af.published_at < ${p.add(c.before.toISOString(), "timestamptz")}`);
  if (c.uniqueStories) where.push(`NOT af.story_copy`);
  if (!c.search) return { from: "article_facet af", conditions: where };
  where.push(`a.search_vector @@ websearch_to_tsquery('english', ${p.add(c.search)})`);
  return { from: "article_facet af JOIN article a ON a.id = af.article_id", conditions: where };
}

/**
 * The cheaper way to find every match of `c` (a count, a histogram): article_facet when the link tables would need a
 * descent per candidate (two or more keys, or a topic with subtopics), or null when one index range already is the
 * answer (no key, or one country, actor, topic or source, with dates) or a search drives the list.
 */
export function articleMatchQuery(c: ArticleCriteria, p: SqlParams): { from: string; conditions: string[] } | null {
  if (c.search) return null;
  const keys = [c.country, c.actorId, c.topicIds, c.source].filter((k) => k !== undefined).length;
  if (keys === 0 || (keys === 1 && (!c.topicIds || c.topicIds.length === 1))) return null;
  return articleFacetQuery(c, p);
}
