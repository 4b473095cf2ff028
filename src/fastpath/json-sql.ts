/**
 * How each GraphQL object type maps onto SQL, for the fast path: a selection on a type becomes one
 * json_build_object expression (keys in selection order, values formatted as graphql-js would serialise them),
 * with relations as correlated sub-selects. A field missing here makes the document fall back to the resolvers.
 * A nested list is aggregated from a sorted sub-select rather than with `string_agg(… ORDER BY …)`: PostgreSQL 15
 * then takes the order from the index where it can (quotes, figures by position) instead of sorting every list.
 */

import type { FieldNode, GraphQLField } from "graphql";

/** A selected field as the compiler hands it over: response key, field name, and the selection under it. */
export interface SelectedField {
  key: string;
  name: string;
  /** Sub-selection for object fields (already flattened and merged); undefined for leaves. */
  fields?: SelectedField[];
  /** For a field that takes arguments (a nested connection): its node and definition, to read them per request. */
  args?: { node: FieldNode; def: GraphQLField<unknown, unknown> };
}

/** A nested connection's checked page arguments: page size and the decoded `after` values (null: first page). */
export interface NestedPage {
  first: number;
  after: Array<string | number> | null;
}

/** How a nested connection is paged: its rows, keyset order (the cursor's list and sort columns) and count. */
export interface ConnectionSql {
  /** The cursor list name (a cursor from the top-level list of the same name is accepted, as the resolvers do). */
  list: string;
  /** Sort columns (descending, the last unique) as the resolvers order them, with their casts for `after`. */
  columns: (t: string) => Array<{ expr: string; cast: string }>;
  /** The cursor's values of a row, as SQL text expressions (what the resolvers put in the cursor). */
  key: (t: string) => string[];
}

/** What objectJson needs besides the selection: fresh aliases, and for nested connections their arguments and parameters. */
export interface JsonContext {
  alias: () => string;
  /** Registers how Node writes a selection of a reference type (src/fastpath/references.ts), returning its index for the marks. */
  reference: (type: string, fields: SelectedField[]) => number;
  /** Checks one nested connection's arguments (throws BAD_USER_INPUT as the resolvers do); absent: nested connections are not served. */
  page?: (field: SelectedField, connection: ConnectionSql) => NestedPage;
  /** Binds a value, returning its placeholder (required with `page`). */
  bind?: (value: unknown, cast: string) => string;
}

/**
 * Marks a cursor in the SQL's JSON text: U+0001, list, U+0002, the key values as a JSON array, U+0001. PostgreSQL's
 * JSON output escapes every control character, so these bytes occur nowhere else; Node signs each marked key.
 */
export const CURSOR_MARK = /\u0001([a-z]+)\u0002([^\u0001]*)\u0001/g;

/** A column; `json`: the expression already yields JSON (else to_json formats it). */
type Scalar = { kind: "scalar"; sql: (x: string) => string; json?: boolean };
type One = { kind: "one"; type: string; from: (x: string, t: string) => string };
type Many = { kind: "many"; type: string; from: (x: string, t: string) => string; orderBy: (t: string) => string };
type Nested = { kind: "connection"; type: string; from: (x: string, t: string) => string; count: (x: string) => string; page: ConnectionSql };
/** Countries and topics: the SQL yields only their keys (a list of them in order, or one), Node writes their JSON. */
type Refs = { kind: "refs"; type: string; keys: (x: string) => string };
type Ref = { kind: "ref"; type: string; key: (x: string) => string };
type FieldSql = Scalar | One | Many | Nested | Refs | Ref;

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
      countries: { kind: "refs", type: COUNTRY, keys: (x) => `SELECT country_code FROM article_country WHERE article_id = ${x}.id ORDER BY country_code` },
      topics: { kind: "refs", type: "Topic", keys: (x) => `SELECT topic_id FROM article_topic WHERE article_id = ${x}.id ORDER BY rank, topic_id` },
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
      country: { kind: "ref", type: COUNTRY, key: (x) => `${x}.country_code` },
      // As RelationService.quotesBySpeakers and articlesByActors page them (newest first, keyset on the sort columns).
      quotes: {
        kind: "connection",
        type: "Quote",
        from: (x, t) => `quote ${t} WHERE ${t}.speaker_id = ${x}.id`,
        count: (x) => `SELECT count(*) FROM quote WHERE speaker_id = ${x}.id`,
        page: { list: "quotes", columns: (t) => [{ expr: `${t}.published_at`, cast: "timestamptz" }, { expr: `${t}.id`, cast: "bigint" }], key: (t) => [isoTimestamp(`${t}.published_at`), `${t}.id::text`] },
      },
      articles: {
        kind: "connection",
        type: ARTICLE,
        from: (x, t) => `article_actor ${t}_l JOIN article ${t} ON ${t}.id = ${t}_l.article_id WHERE ${t}_l.actor_id = ${x}.id`,
        count: (x) => `SELECT count(*) FROM article_actor WHERE actor_id = ${x}.id`,
        page: {
          list: "articles",
          columns: (t) => [{ expr: `${t}_l.published_at`, cast: "timestamptz" }, { expr: `${t}_l.article_id`, cast: "bigint" }],
          key: (t) => [isoTimestamp(`${t}.published_at`), `${t}.id::text`],
        },
      },
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
export function objectJson(type: string, fields: SelectedField[], x: string, ctx: JsonContext): string {
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
    if (sql.kind === "refs" || sql.kind === "ref") {
      if (field.args) throw new Unsupported(`${type}.${field.name}: arguments`);
      const index = ctx.reference(sql.type, field.fields);
      members.push(
        prefix,
        sql.kind === "refs"
          ? `chr(3) || '${index}' || chr(2) || array_to_string(ARRAY(${sql.keys(x)}), ',') || chr(3)`
          : `coalesce(chr(4) || '${index}' || chr(2) || ${sql.key(x)} || chr(3), 'null')`,
      );
      return;
    }
    const t = ctx.alias();
    if (sql.kind === "connection") {
      members.push(prefix, connectionJson(sql, field, x, t, ctx));
      return;
    }
    if (field.args) throw new Unsupported(`${type}.${field.name}: arguments`);
    const inner = objectJson(sql.type, field.fields, t, ctx);
    members.push(
      prefix,
      sql.kind === "one"
        ? `coalesce((SELECT ${inner} FROM ${sql.from(x, t)}), 'null')`
        : `'[' || coalesce((SELECT string_agg(${t}_s.j, ',') FROM (SELECT ${inner} AS j FROM ${sql.from(x, t)} ORDER BY ${sql.orderBy(t)}) ${t}_s), '') || ']'`,
    );
  });
  if (!members.length) throw new Unsupported(`${type}: empty selection`);
  return `(${members.join(" || ")} || '}')`;
}

/**
 * A nested connection's JSON text on the row `x`: one page of rows after the cursor (first + 1 of them, to learn
 * whether more follow) as the resolvers read it, with nodes, pageInfo and totalCount in selection order; cursors
 * are marked (CURSOR_MARK) for Node to sign.
 */
function connectionJson(sql: Nested, field: SelectedField, x: string, t: string, ctx: JsonContext): string {
  if (!ctx.page || !ctx.bind || !field.args) throw new Unsupported(`nested connection ${field.name}`);
  const { first, after } = ctx.page(field, sql.page);
  const columns = sql.page.columns(t);
  const sort = columns.map((c) => `${c.expr} DESC`).join(", ");
  const bind = ctx.bind;
  const cursor = after ? ` AND (${columns.map((c) => c.expr).join(", ")}) < (${columns.map((c, i) => bind(after[i], c.cast)).join(", ")})` : "";
  const parts: string[] = [];
  let nodes = "NULL::text";
  let keys = false;
  const mark = (k: string) => `CASE WHEN ${k} IS NULL THEN 'null' ELSE chr(1) || ${literal(sql.page.list)} || chr(2) || ${k} || chr(1) END`;
  field.fields!.forEach((part, i) => {
    const prefix = literal(`${i === 0 ? "{" : ","}${JSON.stringify(part.key)}:`);
    if (part.name === "__typename") parts.push(prefix, literal(JSON.stringify(`${sql.type}Connection`)));
    else if (part.name === "totalCount") parts.push(prefix, `(${sql.count(x)})::text`);
    else if (part.name === "nodes" && part.fields) {
      if (nodes !== "NULL::text") throw new Unsupported("nodes twice");
      nodes = objectJson(sql.type, part.fields, t, ctx);
      parts.push(prefix, `'[' || coalesce(c.nodes, '') || ']'`);
    } else if (part.name === "pageInfo" && part.fields) {
      const info = part.fields.map((p, j) => {
        const key = literal(`${j === 0 ? "{" : ","}${JSON.stringify(p.key)}:`);
        if (p.name === "hasNextPage") return `${key} || CASE WHEN c.n > ${first} THEN 'true' ELSE 'false' END`;
        if (p.name === "hasPreviousPage") return `${key} || ${after ? "'true'" : "'false'"}`;
        if (p.name === "__typename") return `${key} || '"PageInfo"'`;
        if (p.name !== "startCursor" && p.name !== "endCursor") throw new Unsupported(`PageInfo.${p.name}`);
        keys = true;
        return `${key} || ${mark(p.name === "startCursor" ? "c.k_first" : "c.k_last")}`;
      });
      if (!info.length) throw new Unsupported("PageInfo: empty selection");
      parts.push(prefix, `${info.join(" || ")} || '}'`);
    } else throw new Unsupported(`${sql.type}Connection.${part.name}`);
  });
  if (!parts.length) throw new Unsupported(`${field.name}: empty selection`);
  const key = keys ? `, json_build_array(${sql.page.key(t).join(", ")})::text AS k` : "";
  const cursors = keys
    ? `, min(p.k) FILTER (WHERE p.rn = 1 AND p.rn <= ${first}) AS k_first, (array_agg(p.k ORDER BY p.rn DESC) FILTER (WHERE p.rn <= ${first}))[1] AS k_last`
    : "";
  return (
    `(SELECT ${parts.join(" || ")} || '}' FROM (SELECT count(*)::int AS n, string_agg(p.j, ',' ORDER BY p.rn) FILTER (WHERE p.rn <= ${first}) AS nodes${cursors} ` +
    `FROM (SELECT row_number() OVER (ORDER BY ${sort}) AS rn, ${nodes} AS j${key} FROM ${sql.from(x, t)}${cursor} ORDER BY ${sort} LIMIT ${first + 1}) p) c)`
  );
}
