import type { DataSource, EntityManager } from "typeorm";
import { badInput } from "../errors";
import type { Page } from "../resolvers/connection";
import type { ClientGate } from "./client-gate";
import type { CursorCodec } from "./cursor";
import { SqlParams, whereClause } from "./sql";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A page request as clients send it. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Checks `first` (0..100, default 20); throws BAD_USER_INPUT naming the field. */
export function checkFirst(first: number | null | undefined, field = "first"): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(field, `must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

/** How one list is sorted: columns compared as a tuple, all in one direction, the last one unique. */
export interface KeysetOrder<Row> {
  list: string;
  columns: Array<{ expr: string; cast: string }>;
  descending: boolean;
  key(row: Row): Array<string | number>;
}

/** A list query: FROM clause (with alias), selected columns and filter conditions already bound to params. */
export interface ListQuery {
  select: string;
  from: string;
  /** FROM for totalCount when it can skip joins the page needs only for its columns; defaults to `from`. */
  countFrom?: string;
  conditions: string[];
  params: SqlParams;
  /** totalCount's own FROM, conditions and parameters when it finds the matches another way than the page. */
  count?: { from: string; conditions: string[]; params: unknown[] };
}

/** The two statements behind one page: the rows (one extra, to learn whether more follow) and the total. */
export interface PageSql {
  sql: string;
  params: unknown[];
  countSql: string;
  countParams: unknown[];
}

type Queryable = Pick<DataSource | EntityManager, "query">;

const CURSOR_ID = /^[1-9][0-9]{0,17}$/;
const CURSOR_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True when a decoded cursor value has the shape its column's cast needs (so PostgreSQL never sees a bad one). */
function validCursorValue(value: unknown, cast: string): boolean {
  if (cast === "bigint") return (typeof value === "string" && CURSOR_ID.test(value)) || (Number.isSafeInteger(value) && (value as number) > 0);
  if (cast === "timestamptz") {
    if (typeof value !== "string" || !CURSOR_INSTANT.test(value)) return false;
    const date = new Date(value);
    const year = date.getUTCFullYear();
    return !Number.isNaN(date.getTime()) && date.toISOString() === value && year >= 1000 && year <= 9999;
  }
  return typeof value === "string" && value.length <= 10_000 && !value.includes("\u0000");
}

/** Decoded `after` values for this order, or null; throws BAD_USER_INPUT for a foreign cursor or one with invalid values. */
export function decodeAfter<Row>(codec: CursorCodec, order: KeysetOrder<Row>, after: string | null | undefined): Array<string | number> | null {
  if (after === null || after === undefined || after === "") return null;
  const values = codec.decode(after, order.list, order.columns.length);
  if (!values.every((value, i) => validCursorValue(value, order.columns[i].cast))) {
    throw badInput("after", "the cursor holds values this list never issues; pass an endCursor from a previous page of the same query");
  }
  return values;
}

/** The keyset condition "strictly after this cursor" in the order's direction. */
export function afterCondition(order: KeysetOrder<unknown>, values: Array<string | number>, params: SqlParams): string {
  const left = order.columns.map((c) => c.expr).join(", ");
  const right = order.columns.map((c, i) => params.add(values[i], c.cast)).join(", ");
  return `(${left}) ${order.descending ? "<" : ">"} (${right})`;
}

export function orderBy(order: KeysetOrder<unknown>): string {
  return order.columns.map((c) => `${c.expr} ${order.descending ? "DESC" : "ASC"}`).join(", ");
}

/** Builds the page and count statements for a keyset page: rows after the cursor in sort order, first + 1 of them. */
/** The totalCount statement of a list query (before the page adds its cursor and limit parameters). */
export function countStatement(query: ListQuery): { countSql: string; countParams: unknown[] } {
  if (query.count) return { countSql: `SELECT count(*)::int AS n FROM ${query.count.from} ${whereClause(query.count.conditions)}`, countParams: query.count.params };
  return { countSql: `SELECT count(*)::int AS n FROM ${query.countFrom ?? query.from} ${whereClause(query.conditions)}`, countParams: [...query.params.values] };
}

export function buildPageSql(query: ListQuery, order: KeysetOrder<unknown>, first: number, afterValues: Array<string | number> | null): PageSql {
  const { countSql, countParams } = countStatement(query);
  const conditions = [...query.conditions];
  if (afterValues) conditions.push(afterCondition(order, afterValues, query.params));
  const limit = query.params.add(first + 1, "int");
  const sql = `SELECT ${query.select} FROM ${query.from} ${whereClause(conditions)} ORDER BY ${orderBy(order)} LIMIT ${limit}`;
  return { sql, params: query.params.values, countSql, countParams };
}

/**
 * Fetches one page by keyset (no OFFSET): rows after the cursor in sort order, one extra row to learn
 * whether another page exists. Stable while rows are added: nothing already listed moves.
 */
export async function fetchPage<Row>(
  db: Queryable,
  codec: CursorCodec,
  query: ListQuery,
  order: KeysetOrder<Row>,
  args: PageArgs,
  options: { gate?: ClientGate; expensive?: boolean } = {},
): Promise<Page<Row>> {
  const first = checkFirst(args.first);
  const afterValues = decodeAfter(codec, order, args.after);
  const { sql, params, countSql, countParams } = buildPageSql(query, order as KeysetOrder<unknown>, first, afterValues);
  // Searches and counts go through the per-client gate; plain pages are cheap and never wait.
  const gated = <T>(work: () => Promise<T>) => (options.gate ? options.gate.run(work) : work());
  const rows: Row[] = options.expensive ? await gated(() => db.query(sql, params)) : await db.query(sql, params);
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  let total: Promise<number> | undefined;
  return {
    nodes,
    cursor: (i) => codec.encode({ list: order.list, values: order.key(nodes[i]) }),
    hasNextPage,
    hasPreviousPage: afterValues !== null,
    countTotal: () => (total ??= gated(() => db.query(countSql, countParams)).then((r: Array<{ n: number }>) => r[0].n)),
  };
}
