import { parse } from "graphql";
import type { DataSource } from "typeorm";
import { compile, type ListPlan, type ObjectPlan, objectStatement, pageStatement } from "../fastpath/compile";
import { literal, runsGeneric } from "../fastpath/generic-plans";
import { buildAppSchema } from "../schema";
import type { ActorFilter, ArticleFilter, FigureFilter, QuoteFilter } from "../resolvers/inputs/filters.input";
import { ACTOR_LIST, ARTICLE_LIST, FIGURE_LIST, type ListDefinition, listSql, QUOTE_LIST } from "../services/list.service";
import type { ReferenceData } from "../services/reference.service";

/** One filter of one list whose SQL should be planned with indexes. */
export interface PlanCase {
  list: "articles" | "quotes" | "figures" | "actors";
  name: string;
  filter: Record<string, unknown>;
}

export interface PlanResult extends PlanCase {
  /** "fast": the fast path's page statement for a typical selection of the list (src/fastpath); "fast-generic": its generic plan, for the statements the fast path runs on one. */
  statement: "page" | "count" | "fast" | "fast-generic";
  sql: string;
  /** Every "Seq Scan on <table>" node in the plan. */
  seqScans: string[];
  plan: unknown;
  totalCost: number;
}

/** Filter values that exist in the corpus: popular and rare keys, a one-month window, a common word. */
export interface SampleValues {
  country: string;
  rareCountry: string;
  topic: string;
  actorId: string;
  speakerCountry: string;
  source: string;
  articleId: string;
  unit: string;
  from: string;
  to: string;
  word: string;
}

/** Picks filter values from the data: the most-used country, topic, actor and source, a rarely used country. */
export async function sampleValues(db: DataSource): Promise<SampleValues> {
  const one = async (sql: string) => Object.values((await db.query(sql))[0] as Record<string, string>)[0];
  const [{ newest }] = await db.query(`SELECT max(published_at) AS newest FROM article`);
  const to = new Date(newest);
  const from = new Date(to.getTime() - 30 * 86_400_000);
  return {
    country: await one(`SELECT country_code FROM article_country GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`),
    rareCountry: await one(`SELECT country_code FROM article_country GROUP BY 1 HAVING count(*) >= 3 ORDER BY count(*), 1 LIMIT 1`),
    topic: await one(`SELECT t.slug FROM article_topic x JOIN topic t ON t.id = x.topic_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`),
    actorId: await one(`SELECT actor_id::text FROM article_actor GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`),
    speakerCountry: await one(`SELECT s.country_code FROM quote q JOIN actor s ON s.id = q.speaker_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`),
    source: await one(`SELECT source FROM article GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`),
    articleId: await one(`SELECT id::text FROM article ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET 100`),
    unit: await one(`SELECT unit FROM figure GROUP BY 1 ORDER BY count(*) DESC OFFSET 1 LIMIT 1`),
    from: from.toISOString(),
    to: to.toISOString(),
    word: "ceasefire",
  };
}

/** Every filter field alone, and the combinations clients use, for all four lists. */
export function planCases(v: SampleValues): PlanCase[] {
  const dates = { from: v.from, to: v.to };
  const cases: Array<[PlanCase["list"], string, Record<string, unknown>]> = [
    ["articles", "no filter", {}],
    ["articles", "country", { country: v.country }],
    ["articles", "rare country", { country: v.rareCountry }],
    ["articles", "topic", { topic: v.topic }],
    ["articles", "dates", dates],
    ["articles", "actorId", { actorId: v.actorId }],
    ["articles", "source", { source: v.source }],
    ["articles", "search", { search: v.word }],
    ["articles", "country+topic", { country: v.country, topic: v.topic }],
    ["articles", "country+topic+dates", { country: v.country, topic: v.topic, ...dates }],
    ["articles", "country+topic+dates+search", { country: v.country, topic: v.topic, ...dates, search: v.word }],
    ["articles", "rare country+topic+search", { country: v.rareCountry, topic: v.topic, search: v.word }],
    ["articles", "topic+dates", { topic: v.topic, ...dates }],
    ["articles", "actorId+country+dates", { actorId: v.actorId, country: v.country, ...dates }],
    ["articles", "source+dates", { source: v.source, ...dates }],
    ["articles", "search+dates", { search: v.word, ...dates }],
    ["articles", "every field", { country: v.country, topic: v.topic, ...dates, actorId: v.actorId, source: v.source, search: v.word }],
    ["quotes", "no filter", {}],
    ["quotes", "country", { country: v.country }],
    ["quotes", "rare country", { country: v.rareCountry }],
    ["quotes", "topic", { topic: v.topic }],
    ["quotes", "dates", dates],
    ["quotes", "speakerId", { speakerId: v.actorId }],
    ["quotes", "speakerCountry", { speakerCountry: v.speakerCountry }],
    ["quotes", "rare speakerCountry", { speakerCountry: v.rareCountry }],
    ["quotes", "articleId", { articleId: v.articleId }],
    ["quotes", "search", { search: v.word }],
    ["quotes", "speakerCountry+dates", { speakerCountry: v.speakerCountry, ...dates }],
    ["quotes", "country+speakerCountry", { country: v.country, speakerCountry: v.speakerCountry }],
    ["quotes", "country+topic+dates", { country: v.country, topic: v.topic, ...dates }],
    ["quotes", "search+dates", { search: v.word, ...dates }],
    ["quotes", "every field", { country: v.country, topic: v.topic, ...dates, speakerId: v.actorId, speakerCountry: v.speakerCountry, search: v.word }],
    ["figures", "no filter", {}],
    ["figures", "country", { country: v.country }],
    ["figures", "rare country", { country: v.rareCountry }],
    ["figures", "topic", { topic: v.topic }],
    ["figures", "dates", dates],
    ["figures", "articleId", { articleId: v.articleId }],
    ["figures", "unit", { unit: v.unit }],
    ["figures", "value range", { minValue: 1000, maxValue: 5000 }],
    ["figures", "unit+value range", { unit: v.unit, minValue: 1000, maxValue: 5000 }],
    ["figures", "country+unit+value range", { country: v.country, unit: v.unit, minValue: 1000, maxValue: 5000 }],
    ["figures", "country+topic+dates+unit", { country: v.country, topic: v.topic, ...dates, unit: v.unit }],
    ["figures", "kind", { kind: "MEASURE" }],
    ["figures", "kind+dates", { kind: "DURATION", ...dates }],
    ["figures", "search", { search: "counted" }],
    ["figures", "kind+search", { kind: "MEASURE", search: "start" }],
    ["figures", "country+kind+value range", { country: v.country, kind: "MONEY", minValue: 1000, maxValue: 5000 }],
    ["actors", "no filter", {}],
    ["actors", "country", { country: v.country }],
    ["actors", "kind", { kind: "ORGANIZATION" }],
    ["actors", "search", { search: "shevch" }],
    ["actors", "topic", { topic: v.topic }],
    ["actors", "dates", dates],
    ["actors", "country+topic+dates", { country: v.country, topic: v.topic, ...dates }],
  ];
  return cases.map(([list, name, filter]) => ({ list, name, filter }));
}

const DEFINITIONS: Record<PlanCase["list"], ListDefinition<unknown, unknown, unknown>> = {
  articles: ARTICLE_LIST as unknown as ListDefinition<unknown, unknown, unknown>,
  quotes: QUOTE_LIST as unknown as ListDefinition<unknown, unknown, unknown>,
  figures: FIGURE_LIST as unknown as ListDefinition<unknown, unknown, unknown>,
  actors: ACTOR_LIST as unknown as ListDefinition<unknown, unknown, unknown>,
};

function seqScans(node: any, out: string[] = []): string[] {
  if (node["Node Type"] === "Seq Scan") out.push(node["Relation Name"]);
  for (const child of node.Plans ?? []) seqScans(child, out);
  return out;
}

/** Converts a filter as clients send it (ISO strings) into the input the services normalise. */
function asInput(filter: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...filter };
  for (const key of ["from", "to"]) if (typeof input[key] === "string") input[key] = new Date(input[key] as string);
  return input;
}

/** A typical selection of each list, as the fast path compiles it, with every relation it joins. */
const FAST_SELECTIONS: Record<PlanCase["list"], string> = {
  articles: `{ articles { nodes { id title publishedAt countries { code name } topics { slug } actors { name country { code } } quotes { text speaker { name } } figures { value } } pageInfo { endCursor } } }`,
  quotes: `{ quotes { nodes { id text speaker { name country { code } } article { title } } pageInfo { endCursor } } }`,
  figures: `{ figures { nodes { id value unit article { title } } pageInfo { endCursor } } }`,
  actors: `{ actors { nodes { id name aliases country { name } } pageInfo { endCursor } } }`,
};

/** EXPLAINs (FORMAT JSON) the page and count SQL the services build for each case, and the fast path's page statement. */
export async function explainCases(db: DataSource, reference: ReferenceData, cases: PlanCase[], first = 20): Promise<PlanResult[]> {
  const schema = await buildAppSchema();
  const results: PlanResult[] = [];
  for (const c of cases) {
    const definition = DEFINITIONS[c.list];
    const criteria = definition.normalize(asInput(c.filter) as never, reference);
    const sql = listSql(definition, criteria, first);
    const fast = pageStatement(compile(schema, parse(FAST_SELECTIONS[c.list]), null) as ListPlan, criteria, first, null);
    for (const [statement, text, params] of [
      ["page", sql.sql, sql.params],
      ["count", sql.countSql, sql.countParams],
      ["fast", fast.sql, fast.params],
    ] as const) {
      const [{ "QUERY PLAN": plan }] = await db.query(`EXPLAIN (FORMAT JSON) ${text}`, params as unknown[]);
      const root = plan[0].Plan;
      results.push({ ...c, statement, sql: text, seqScans: seqScans(root), plan: root, totalCost: root["Total Cost"] });
    }
    if (runsGeneric(definition, criteria)) {
      const root = await explainGeneric(db, fast.sql, fast.params);
      results.push({ ...c, statement: "fast-generic", sql: fast.sql, seqScans: seqScans(root), plan: root, totalCost: root["Total Cost"] });
    }
  }
  return results;
}

/** EXPLAIN (FORMAT JSON) of a statement's generic plan (PREPARE, then EXECUTE under force_generic_plan, on one connection). */
async function explainGeneric(db: DataSource, sql: string, params: unknown[]): Promise<any> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`PREPARE ng_plan_check AS ${sql}`);
    await runner.query(`SET plan_cache_mode = force_generic_plan`);
    const [{ "QUERY PLAN": plan }] = await runner.query(`EXPLAIN (FORMAT JSON) EXECUTE ng_plan_check(${params.map(literal).join(", ")})`);
    return plan[0].Plan;
  } finally {
    await runner.query(`DEALLOCATE ALL; RESET plan_cache_mode`).catch(() => undefined);
    await runner.release();
  }
}

/**
 * EXPLAINs the fast path's one statement for `actor(id)` with its nested quotes and articles pages (totalCount,
 * relations and cursors included), on the first pages and on later ones (after a cursor).
 */
export async function explainActorStatement(db: DataSource, actorId: string, first = 20): Promise<PlanResult[]> {
  const schema = await buildAppSchema();
  const document = parse(`query A($id: ID!) { actor(id: $id) { id name country { name }
    quotes(first: ${first}) { totalCount nodes { id text article { title } } pageInfo { hasNextPage endCursor } }
    articles(first: ${first}) { totalCount nodes { id title countries { code } } pageInfo { hasNextPage endCursor } } } }`);
  const plan = compile(schema, document, null) as ObjectPlan;
  const [{ newest }] = await db.query(`SELECT max(published_at) AS newest FROM article`);
  const results: PlanResult[] = [];
  for (const after of [null, [new Date(new Date(newest).getTime() - 30 * 86_400_000).toISOString(), "9223372036854775807"]]) {
    const { sql, params } = objectStatement(plan, actorId, () => ({ first, after }));
    const [{ "QUERY PLAN": explained }] = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    const root = explained[0].Plan;
    const name = after ? "actor(id), later pages" : "actor(id)";
    results.push({ list: "actors", name, filter: {}, statement: "fast", sql, seqScans: seqScans(root), plan: root, totalCost: root["Total Cost"] });
  }
  return results;
}
