/** Column lists that map rows onto the entity classes' property names; one place for each table. */
export const ARTICLE_COLUMNS = `a.id, a.title, a.url, a.source, a.published_at AS "publishedAt", a.fetched_at AS "fetchedAt", a.body, a.created_at AS "createdAt"`;
export const QUOTE_COLUMNS = `q.id, q.text, q.article_id AS "articleId", q.speaker_id AS "speakerId", q.published_at AS "publishedAt", q.start_offset AS "start", q.end_offset AS "end", q.position`;
export const FIGURE_COLUMNS = `f.id, f.value::float8 AS value, f.unit, f.text, f.context, f.article_id AS "articleId", f.published_at AS "publishedAt", f.start_offset AS "start", f.end_offset AS "end", f.position`;
export const ACTOR_COLUMNS = `act.id, act.name, act.kind, act.title, act.country_code AS "countryCode", act.aliases`;
