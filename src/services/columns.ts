import type { Actor, Article, Figure, Quote } from "../entities";

/** Column lists that map rows onto the entity classes' property names; one place for each table. */
export const ARTICLE_COLUMNS = `a.id, a.title, a.url, a.source, a.published_at AS "publishedAt", a.fetched_at AS "fetchedAt", a.body, a.created_at AS "createdAt"`;
/** Every article column but the body (the only large one); Article.body loads it on demand when it is missing. */
export const ARTICLE_HEAD_COLUMNS = `a.id, a.title, a.url, a.source, a.published_at AS "publishedAt", a.fetched_at AS "fetchedAt", a.created_at AS "createdAt"`;
export const QUOTE_COLUMNS = `q.id, q.text, q.article_id AS "articleId", q.speaker_id AS "speakerId", q.published_at AS "publishedAt", q.start_offset AS "start", q.end_offset AS "end", q.position`;
export const FIGURE_COLUMNS = `f.id, f.value::float8 AS value, f.kind, f.unit, f.text, f.context, f.article_id AS "articleId", f.published_at AS "publishedAt", f.start_offset AS "start", f.end_offset AS "end", f.position`;
export const ACTOR_COLUMNS = `act.id, act.name, act.kind, act.title, act.country_code AS "countryCode", act.aliases`;
/** A quote's speaker (LEFT JOIN actor s), prefixed so it sits beside QUOTE_COLUMNS in one row. */
export const SPEAKER_COLUMNS = `s.id AS "s_id", s.name AS "s_name", s.kind AS "s_kind", s.title AS "s_title", s.country_code AS "s_countryCode", s.aliases AS "s_aliases"`;

/** A quote's article without its body (LEFT JOIN article qa), prefixed likewise. */
export const QUOTE_ARTICLE_COLUMNS = `qa.id AS "a_id", qa.title AS "a_title", qa.url AS "a_url", qa.source AS "a_source", qa.published_at AS "a_publishedAt", qa.fetched_at AS "a_fetchedAt", qa.created_at AS "a_createdAt"`;

/**
 * An article row may carry its country codes and topic ids (in the order the loaders give them), fetched with
 * the page itself, so Article.countries and Article.topics need no statement of their own.
 */
export interface ArticleLinks {
  countryCodes?: string[];
  topicIds?: number[];
  /** Actors (most mentioned first), quotes (each with speakerRow) and figures, read with the page as JSON. */
  actorRows?: Actor[];
  quoteRows?: Quote[];
  figureRows?: Figure[];
}

const ARTICLE_COUNTRY_CODES = `ARRAY(SELECT xc.country_code::text FROM article_country xc WHERE xc.article_id = a.id ORDER BY xc.country_code) AS "countryCodes"`;
const ARTICLE_TOPIC_IDS = `ARRAY(SELECT xt.topic_id FROM article_topic xt WHERE xt.article_id = a.id ORDER BY xt.rank, xt.topic_id) AS "topicIds"`;

const ACTOR_JSON = (alias: string) =>
  `json_build_object('id', ${alias}.id::text, 'name', ${alias}.name, 'kind', ${alias}.kind, 'title', ${alias}.title, 'countryCode', ${alias}.country_code, 'aliases', ${alias}.aliases)`;
/** The same rows, in the same order, as RelationService.actorsByArticle / quotesByArticle / figuresByArticle. */
const ARTICLE_ACTORS_JSON = `(SELECT coalesce(json_agg(${ACTOR_JSON("xa")} ORDER BY xl.mentions DESC, xa.name), '[]') FROM article_actor xl JOIN actor xa ON xa.id = xl.actor_id WHERE xl.article_id = a.id) AS "actorsJson"`;
const ARTICLE_QUOTES_JSON = `(SELECT coalesce(json_agg(json_build_object('id', xq.id::text, 'text', xq.text, 'articleId', xq.article_id::text, 'speakerId', xq.speaker_id::text,
    'publishedAt', xq.published_at, 'start', xq.start_offset, 'end', xq.end_offset, 'position', xq.position, 'speakerRow', CASE WHEN xs.id IS NULL THEN NULL ELSE ${ACTOR_JSON("xs")} END)
    ORDER BY xq.position), '[]') FROM quote xq LEFT JOIN actor xs ON xs.id = xq.speaker_id WHERE xq.article_id = a.id) AS "quotesJson"`;
const ARTICLE_FIGURES_JSON = `(SELECT coalesce(json_agg(json_build_object('id', xf.id::text, 'value', xf.value::float8, 'kind', xf.kind, 'unit', xf.unit, 'text', xf.text, 'context', xf.context,
    'articleId', xf.article_id::text, 'publishedAt', xf.published_at, 'start', xf.start_offset, 'end', xf.end_offset, 'position', xf.position)
    ORDER BY xf.position), '[]') FROM figure xf WHERE xf.article_id = a.id) AS "figuresJson"`;

/**
 * Article columns for a page whose nodes ask for `fields` (GraphQL field names; undefined = not known, so
 * everything but the links): the body only when asked for, country codes and topic ids when those are.
 */
export function articleColumns(fields: ReadonlySet<string> | undefined): string {
  if (!fields) return ARTICLE_COLUMNS;
  const columns = [fields.has("body") ? ARTICLE_COLUMNS : ARTICLE_HEAD_COLUMNS];
  if (fields.has("countries")) columns.push(ARTICLE_COUNTRY_CODES);
  if (fields.has("topics")) columns.push(ARTICLE_TOPIC_IDS);
  if (fields.has("actors")) columns.push(ARTICLE_ACTORS_JSON);
  if (fields.has("quotes")) columns.push(ARTICLE_QUOTES_JSON);
  if (fields.has("figures")) columns.push(ARTICLE_FIGURES_JSON);
  return columns.join(", ");
}

/** An article page row as read with articleColumns: the JSON relations become actorRows, quoteRows, figureRows. */
export function articleFromRow(row: Record<string, any>): Article & ArticleLinks {
  const { actorsJson, quotesJson, figuresJson, ...article } = row;
  const out = article as Article & ArticleLinks;
  if (actorsJson) out.actorRows = actorsJson;
  if (quotesJson) {
    for (const quote of quotesJson) quote.publishedAt = new Date(quote.publishedAt);
    out.quoteRows = quotesJson;
  }
  if (figuresJson) {
    for (const figure of figuresJson) figure.publishedAt = new Date(figure.publishedAt);
    out.figureRows = figuresJson;
  }
  return out;
}

/** What a quote page reads besides the quote: its speaker and its article when the nodes ask for them. */
export function quoteJoins(fields: ReadonlySet<string> | undefined): { columns: string; joins: string } {
  const columns = [QUOTE_COLUMNS];
  const joins: string[] = [];
  if (fields?.has("speaker")) {
    columns.push(SPEAKER_COLUMNS);
    joins.push("LEFT JOIN actor s ON s.id = q.speaker_id");
  }
  if (fields?.has("article")) {
    columns.push(QUOTE_ARTICLE_COLUMNS);
    joins.push("LEFT JOIN article qa ON qa.id = q.article_id");
  }
  return { columns: columns.join(", "), joins: joins.join(" ") };
}

/** A quote page row as read with quoteJoins: the quote, with speakerRow / articleRow set when they were read. */
export function quoteFromRow(r: Record<string, any>): Quote {
  const quote: Quote = { id: r.id, text: r.text, articleId: r.articleId, speakerId: r.speakerId, publishedAt: r.publishedAt, start: r.start, end: r.end, position: r.position };
  if ("s_id" in r) quote.speakerRow = speakerFromRow(r);
  if ("a_id" in r && r.a_id !== null) {
    quote.articleRow = { id: r.a_id, title: r.a_title, url: r.a_url, source: r.a_source, publishedAt: r.a_publishedAt, fetchedAt: r.a_fetchedAt, createdAt: r.a_createdAt } as Article;
  }
  return quote;
}

/** The speaker read with SPEAKER_COLUMNS, or null when the quote has none. */
export function speakerFromRow(r: Record<string, any>): Actor | null {
  return r.s_id === null ? null : ({ id: r.s_id, name: r.s_name, kind: r.s_kind, title: r.s_title, countryCode: r.s_countryCode, aliases: r.s_aliases } as Actor);
}
