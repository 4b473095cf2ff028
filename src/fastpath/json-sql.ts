/**
 * How each GraphQL object type maps onto SQL, for the fast path: a selection on a type becomes one
 * json_build_object expression (keys in selection order, values formatted as graphql-js would serialise them),
 * with relations as correlated sub-selects. A field missing here makes the document fall back to the resolvers.
 */

/** A selected field as the compiler hands it over: response key, field name, and the selection under it. */
export interface SelectedField {
  key: string;
  name: string;
  /** Sub-selection for object fields (already flattened and merged); undefined for leaves. */
  fields?: SelectedField[];
}

/** A column; `json`: the expression already yields JSON (else to_json formats it). */
type Scalar = { kind: "scalar"; sql: (x: string) => string; json?: boolean };
type One = { kind: "one"; type: string; from: (x: string, t: string) => string };
type Many = { kind: "many"; type: string; from: (x: string, t: string) => string; orderBy: (t: string) => string };
type FieldSql = Scalar | One | Many;

/** ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString (what the DateTime scalar sends). */
export const isoTimestamp = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const column = (name: string): Scalar => ({ kind: "scalar", sql: (x) => `${x}.${name}` });
const id: Scalar = { kind: "scalar", sql: (x) => `${x}.id::text` };
const timestamp = (name: string): Scalar => ({ kind: "scalar", sql: (x) => isoTimestamp(`${x}.${name}`) });
/** A Float as JavaScript prints it (ng_json_float, from migration AddJsonFloat, outside the range both print alike). */
const float = (name: string): Scalar => ({
  kind: "scalar",
  json: true,
  // Where float8out and JavaScript print alike (no exponent either way), skip the function call.
  sql: (x) => {
    const v = `${x}.${name}::float8`;
    return `(CASE WHEN ${v} = 0 THEN '0' WHEN abs(${v}) >= 0.0001 AND abs(${v}) < 1e15 THEN ${v}::text ELSE ng_json_float(${v})::text END)`;
  },
});

const ACTOR = "Actor";
const ARTICLE = "Article";
const COUNTRY = "Country";

/** The SQL of every field the fast path serves, by type. */
const TYPES: Record<string, { table: string; fields: Record<string, FieldSql> }> = {
  Article: {
    table: "article",
    fields: {
      id,
      title: column("title"),
      url: column("url"),
      source: column("source"),
      publishedAt: timestamp("published_at"),
      fetchedAt: timestamp("fetched_at"),
      createdAt: timestamp("created_at"),
      body: column("body"),
      countries: {
        kind: "many",
        type: COUNTRY,
        from: (x, t) => `article_country ${t}_l JOIN country ${t} ON ${t}.code = ${t}_l.country_code WHERE ${t}_l.article_id = ${x}.id`,
        orderBy: (t) => `${t}_l.country_code`,
      },
      topics: {
        kind: "many",
        type: "Topic",
        from: (x, t) => `article_topic ${t}_l JOIN topic ${t} ON ${t}.id = ${t}_l.topic_id WHERE ${t}_l.article_id = ${x}.id`,
        orderBy: (t) => `${t}_l.rank, ${t}_l.topic_id`,
      },
      actors: {
        kind: "many",
        type: ACTOR,
        from: (x, t) => `article_actor ${t}_l JOIN actor ${t} ON ${t}.id = ${t}_l.actor_id WHERE ${t}_l.article_id = ${x}.id`,
        orderBy: (t) => `${t}_l.mentions DESC, ${t}.name`,
      },
      quotes: { kind: "many", type: "Quote", from: (x, t) => `quote ${t} WHERE ${t}.article_id = ${x}.id`, orderBy: (t) => `${t}.position` },
      figures: { kind: "many", type: "Figure", from: (x, t) => `figure ${t} WHERE ${t}.article_id = ${x}.id`, orderBy: (t) => `${t}.position` },
    },
  },
  Quote: {
    table: "quote",
    fields: {
      id,
      text: column("text"),
      publishedAt: timestamp("published_at"),
      start: column("start_offset"),
      end: column("end_offset"),
      speaker: { kind: "one", type: ACTOR, from: (x, t) => `actor ${t} WHERE ${t}.id = ${x}.speaker_id` },
      article: { kind: "one", type: ARTICLE, from: (x, t) => `article ${t} WHERE ${t}.id = ${x}.article_id` },
    },
  },
  Figure: {
    table: "figure",
    fields: {
      id,
      value: float("value"),
      kind: column("kind"),
      unit: column("unit"),
      text: column("text"),
      context: column("context"),
      publishedAt: timestamp("published_at"),
      start: column("start_offset"),
      end: column("end_offset"),
      article: { kind: "one", type: ARTICLE, from: (x, t) => `article ${t} WHERE ${t}.id = ${x}.article_id` },
    },
  },
  Actor: {
    table: "actor",
    fields: {
      id,
      name: column("name"),
      kind: column("kind"),
      title: column("title"),
      aliases: column("aliases"),
      country: { kind: "one", type: COUNTRY, from: (x, t) => `country ${t} WHERE ${t}.code = ${x}.country_code` },
    },
  },
  Country: { table: "country", fields: { code: column("code"), name: column("name") } },
  Topic: {
    table: "topic",
    fields: {
      slug: column("slug"),
      code: column("code"),
      name: column("name"),
      parent: { kind: "one", type: "Topic", from: (x, t) => `topic ${t} WHERE ${t}.id = ${x}.parent_id` },
    },
  },
};

/** A SQL string literal. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Thrown while building when a selection holds something the fast path does not serve. */
export class Unsupported extends Error {}

/** A value as JSON text: to_json's formatting (compact), null for SQL NULL. */
const jsonText = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;

/**
 * The SQL text expression of `fields` of `type` on the row aliased `x`, as compact JSON with keys in selection
 * order (built as text, so PostgreSQL never re-parses JSON); `alias` hands out fresh table aliases for the
 * sub-selects of relations. Throws Unsupported for a field it has no SQL for.
 */
export function objectJson(type: string, fields: SelectedField[], x: string, alias: () => string): string {
  const mapping = TYPES[type];
  if (!mapping) throw new Unsupported(type);
  const members: string[] = [];
  fields.forEach((field, i) => {
    const prefix = literal(`${i === 0 ? "{" : ","}${JSON.stringify(field.key)}:`);
    if (field.name === "__typename") {
      members.push(literal(`${i === 0 ? "{" : ","}${JSON.stringify(field.key)}:${JSON.stringify(type)}`));
      return;
    }
    const sql = mapping.fields[field.name];
    if (!sql) throw new Unsupported(`${type}.${field.name}`);
    if (sql.kind === "scalar") {
      if (field.fields) throw new Unsupported(`${type}.${field.name}`);
      members.push(prefix, sql.json ? `coalesce(${sql.sql(x)}::text, 'null')` : jsonText(sql.sql(x)));
      return;
    }
    if (!field.fields) throw new Unsupported(`${type}.${field.name}`);
    const t = alias();
    const inner = objectJson(sql.type, field.fields, t, alias);
    members.push(
      prefix,
      sql.kind === "one"
        ? `coalesce((SELECT ${inner} FROM ${sql.from(x, t)}), 'null')`
        : `'[' || coalesce((SELECT string_agg(${inner}, ',' ORDER BY ${sql.orderBy(t)}) FROM ${sql.from(x, t)}), '') || ']'`,
    );
  });
  if (!members.length) throw new Unsupported(`${type}: empty selection`);
  return `(${members.join(" || ")} || '}')`;
}
