import type { Pool } from "pg";
import type { ReferenceData } from "../services/reference.service";

/** Filter values the suite uses, read from the corpus so every operation returns full pages. */
export interface BenchParams {
  country: string;
  deepCountry: string;
  topic: string;
  topicId: number;
  from: string;
  to: string;
  word: string;
  speakerCountry: string;
  unit: string;
  minValue: number;
  maxValue: number;
  actorId: string;
  /** endCursor of page 49 of the deep-paging list, found through the API before the run. */
  deepCursor?: string;
  /** The same cursor's keyset values (published_at, id) for the hand-written SQL. */
  deepAfter?: [string, string];
}

/** One suite entry: a GraphQL request and the hand-written SQL that fetches the same data. */
export interface BenchOperation {
  name: string;
  query: string;
  variables(params: BenchParams, pageSize: number): Record<string, unknown>;
  /** Page size the throughput run uses; statements are also counted at `altPageSize`. */
  pageSize: number;
  altPageSize: number;
  /** The floor: the same data through pg with hand-written SQL, assembled into the same JSON. */
  floor(pool: Pool, params: BenchParams, ref: ReferenceData): Promise<unknown>;
}

/** Picks the suite's filter values: the busiest country, topic, speaker country and actor, the last six months. */
export async function chooseParams(pool: Pool): Promise<BenchParams> {
  const one = async (sql: string) => Object.values((await pool.query(sql)).rows[0] as Record<string, unknown>)[0];
  const newest = new Date((await one(`SELECT max(published_at) FROM article`)) as Date);
  const topic = (await pool.query(`SELECT t.id, t.slug FROM article_topic x JOIN topic t ON t.id = x.topic_id GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`)).rows[0];
  return {
    country: String(await one(`SELECT country_code FROM article_country GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)),
    deepCountry: String(await one(`SELECT country_code FROM article_country GROUP BY 1 ORDER BY count(*) DESC OFFSET 2 LIMIT 1`)),
    topic: topic.slug,
    topicId: topic.id,
    from: new Date(newest.getTime() - 182 * 86_400_000).toISOString(),
    to: newest.toISOString(),
    word: "drought",
    speakerCountry: String(await one(`SELECT s.country_code FROM quote q JOIN actor s ON s.id = q.speaker_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)),
    unit: "USD",
    minValue: 1_000_000,
    maxValue: 10_000_000_000,
    actorId: String(await one(`SELECT actor_id FROM article_actor GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)),
  };
}

const ARTICLE_FIELDS = `id title url source publishedAt countries { code name } topics { slug name } actors { id name kind } quotes { text speaker { id name } } figures { value unit text }`;

type Row = Record<string, any>;
const iso = (d: Date) => d.toISOString();

function groupRows(rows: Row[], key = "article_id"): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = String(row[key]);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Page of articles plus every relation, as a hand-written app would: one page query, then five batched ones at once. */
async function articlesWithRelations(pool: Pool, where: string, values: unknown[], limit: number, ref: ReferenceData): Promise<unknown> {
  const page = (
    await pool.query(
      `SELECT a.id::text, a.title, a.url, a.source, a.published_at FROM article_country d JOIN article a ON a.id = d.article_id
       WHERE ${where} ORDER BY d.published_at DESC, d.article_id DESC LIMIT ${limit + 1}`,
      values,
    )
  ).rows;
  const ids = page.slice(0, limit).map((r) => r.id);
  const [countries, topics, actors, quotes, figures] = await Promise.all([
    pool.query(`SELECT article_id, country_code FROM article_country WHERE article_id = ANY($1::bigint[]) ORDER BY country_code`, [ids]),
    pool.query(`SELECT article_id, topic_id FROM article_topic WHERE article_id = ANY($1::bigint[]) ORDER BY rank, topic_id`, [ids]),
    pool.query(
      `SELECT aa.article_id, act.id::text, act.name, act.kind FROM article_actor aa JOIN actor act ON act.id = aa.actor_id
       WHERE aa.article_id = ANY($1::bigint[]) ORDER BY aa.mentions DESC, act.name`,
      [ids],
    ),
    pool.query(
      `SELECT q.article_id, q.text, s.id::text AS speaker_id, s.name AS speaker_name FROM quote q LEFT JOIN actor s ON s.id = q.speaker_id
       WHERE q.article_id = ANY($1::bigint[]) ORDER BY q.article_id, q.position`,
      [ids],
    ),
    pool.query(`SELECT article_id, value::float8 AS value, unit, text FROM figure WHERE article_id = ANY($1::bigint[]) ORDER BY article_id, position`, [ids]),
  ]);
  const [c, t, a, q, f] = [countries, topics, actors, quotes, figures].map((r) => groupRows(r.rows));
  return {
    nodes: page.slice(0, limit).map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      source: r.source,
      publishedAt: iso(r.published_at),
      countries: (c.get(r.id) ?? []).map((x) => ({ code: x.country_code, name: ref.country(x.country_code)?.name })),
      topics: (t.get(r.id) ?? []).map((x) => ({ slug: ref.topic(x.topic_id)?.slug, name: ref.topic(x.topic_id)?.name })),
      actors: (a.get(r.id) ?? []).map((x) => ({ id: x.id, name: x.name, kind: x.kind })),
      quotes: (q.get(r.id) ?? []).map((x) => ({ text: x.text, speaker: x.speaker_id ? { id: x.speaker_id, name: x.speaker_name } : null })),
      figures: (f.get(r.id) ?? []).map((x) => ({ value: x.value, unit: x.unit, text: x.text })),
    })),
    hasNextPage: page.length > limit,
  };
}

/** The six operations of the issue, in order. */
export const OPERATIONS: BenchOperation[] = [
  {
    name: "1. articles: country + topic + dates, 20, all relations",
    query: `query Op1($f: ArticleFilter, $n: Int) { articles(filter: $f, first: $n) { nodes { ${ARTICLE_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
    variables: (p, n) => ({ f: { country: p.country, topic: p.topic, from: p.from, to: p.to }, n }),
    pageSize: 20,
    altPageSize: 5,
    floor: (pool, p, ref) =>
      articlesWithRelations(
        pool,
        `d.country_code = $1 AND d.published_at >= $2 AND d.published_at <= $3 AND EXISTS (SELECT 1 FROM article_topic x WHERE x.article_id = d.article_id AND x.topic_id = $4)`,
        [p.country, p.from, p.to, p.topicId],
        20,
        ref,
      ),
  },
  {
    name: "2. the same + full-text search",
    query: `query Op2($f: ArticleFilter, $n: Int) { articles(filter: $f, first: $n) { nodes { ${ARTICLE_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
    variables: (p, n) => ({ f: { country: p.country, topic: p.topic, from: p.from, to: p.to, search: p.word }, n }),
    pageSize: 20,
    altPageSize: 5,
    floor: (pool, p, ref) =>
      articlesWithRelations(
        pool,
        `d.country_code = $1 AND d.published_at >= $2 AND d.published_at <= $3 AND EXISTS (SELECT 1 FROM article_topic x WHERE x.article_id = d.article_id AND x.topic_id = $4)
         AND a.search_vector @@ websearch_to_tsquery('english', $5)`,
        [p.country, p.from, p.to, p.topicId, p.word],
        20,
        ref,
      ),
  },
  {
    name: "3. quotes: speakerCountry + dates, 50, speaker + article title",
    query: `query Op3($f: QuoteFilter, $n: Int) { quotes(filter: $f, first: $n) { nodes { id text publishedAt speaker { id name } article { id title } } pageInfo { hasNextPage endCursor } } }`,
    variables: (p, n) => ({ f: { speakerCountry: p.speakerCountry, from: p.from, to: p.to }, n }),
    pageSize: 50,
    altPageSize: 10,
    floor: async (pool, p) => {
      const rows = (
        await pool.query(
          `SELECT q.id::text, q.text, q.published_at, s.id::text AS speaker_id, s.name AS speaker_name, a.id::text AS article_id, a.title
           FROM quote q JOIN actor s ON s.id = q.speaker_id JOIN article a ON a.id = q.article_id
           WHERE s.country_code = $1 AND q.published_at >= $2 AND q.published_at <= $3 ORDER BY q.published_at DESC, q.id DESC LIMIT 51`,
          [p.speakerCountry, p.from, p.to],
        )
      ).rows;
      return rows.slice(0, 50).map((r) => ({ id: r.id, text: r.text, publishedAt: iso(r.published_at), speaker: { id: r.speaker_id, name: r.speaker_name }, article: { id: r.article_id, title: r.title } }));
    },
  },
  {
    name: "4. figures: country + unit + value range, 50",
    query: `query Op4($f: FigureFilter, $n: Int) { figures(filter: $f, first: $n) { nodes { id value unit text context publishedAt } pageInfo { hasNextPage endCursor } } }`,
    variables: (p, n) => ({ f: { country: p.country, unit: p.unit, minValue: p.minValue, maxValue: p.maxValue }, n }),
    pageSize: 50,
    altPageSize: 10,
    floor: async (pool, p) => {
      const rows = (
        await pool.query(
          `SELECT f.id::text, f.value::float8 AS value, f.unit, f.text, f.context, f.published_at FROM figure f
           WHERE f.unit = $1 AND f.value >= $2 AND f.value <= $3 AND EXISTS (SELECT 1 FROM article_country d WHERE d.article_id = f.article_id AND d.country_code = $4)
           ORDER BY f.published_at DESC, f.id DESC LIMIT 51`,
          [p.unit, p.minValue, p.maxValue, p.country],
        )
      ).rows;
      return rows.slice(0, 50).map((r) => ({ ...r, publishedAt: iso(r.published_at) }));
    },
  },
  {
    name: "5. one actor with 20 quotes and 20 articles",
    query: `query Op5($id: ID!, $n: Int) { actor(id: $id) { id name kind title country { code name } quotes(first: $n) { nodes { id text publishedAt } pageInfo { hasNextPage endCursor } } articles(first: $n) { nodes { id title publishedAt } pageInfo { hasNextPage endCursor } } } }`,
    variables: (p, n) => ({ id: p.actorId, n }),
    pageSize: 20,
    altPageSize: 5,
    floor: async (pool, p, ref) => {
      const [actor, quotes, articles] = await Promise.all([
        pool.query(`SELECT id::text, name, kind, title, country_code FROM actor WHERE id = $1`, [p.actorId]),
        pool.query(`SELECT id::text, text, published_at FROM quote WHERE speaker_id = $1 ORDER BY published_at DESC, id DESC LIMIT 21`, [p.actorId]),
        pool.query(
          `SELECT a.id::text, a.title, a.published_at FROM article_actor aa JOIN article a ON a.id = aa.article_id
           WHERE aa.actor_id = $1 ORDER BY aa.published_at DESC, aa.article_id DESC LIMIT 21`,
          [p.actorId],
        ),
      ]);
      const row = actor.rows[0];
      return {
        ...row,
        country: row.country_code ? { code: row.country_code, name: ref.country(row.country_code)?.name } : null,
        quotes: quotes.rows.slice(0, 20).map((r) => ({ id: r.id, text: r.text, publishedAt: iso(r.published_at) })),
        articles: articles.rows.slice(0, 20).map((r) => ({ id: r.id, title: r.title, publishedAt: iso(r.published_at) })),
      };
    },
  },
  {
    name: "6. deep paging: page 50 of a country's articles",
    query: `query Op6($f: ArticleFilter, $n: Int, $after: String) { articles(filter: $f, first: $n, after: $after) { nodes { id title source publishedAt } pageInfo { hasNextPage endCursor } } }`,
    variables: (p, n) => ({ f: { country: p.deepCountry }, n, after: p.deepCursor }),
    pageSize: 20,
    altPageSize: 5,
    floor: async (pool, p) => {
      const rows = (
        await pool.query(
          `SELECT a.id::text, a.title, a.source, a.published_at FROM article_country d JOIN article a ON a.id = d.article_id
           WHERE d.country_code = $1 AND (d.published_at, d.article_id) < ($2::timestamptz, $3::bigint) ORDER BY d.published_at DESC, d.article_id DESC LIMIT 21`,
          [p.deepCountry, p.deepAfter![0], p.deepAfter![1]],
        )
      ).rows;
      return rows.slice(0, 20).map((r) => ({ id: r.id, title: r.title, source: r.source, publishedAt: iso(r.published_at) }));
    },
  },
];
