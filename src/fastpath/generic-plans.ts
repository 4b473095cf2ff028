/**
 * Statements the fast path runs on a generic plan. The pool's connections plan every execution of a named statement
 * for its values (plan_cache_mode=force_custom_plan, src/database/data-source.ts), which the quote and figure lists
 * and every search need: their generic plans walk the wrong index (100-500 ms instead of 1 ms on the 100k corpus).
 * An article page without a search is driven by the index of its filter's link table whatever the values are, so its
 * plan does not depend on them, and planning it anew was a third of its cost in PostgreSQL (~0.65 of ~1.9 ms for op 1).
 * Such a statement is PREPAREd once per connection and executed in one round trip, with the mode set for that
 * transaction only (SET LOCAL in the same query string): the connection goes back to the pool as it was, so the
 * resolvers' unnamed statements and the other named ones keep their custom plans.
 */

import { escapeLiteral, type Pool, type PoolClient, type QueryResult } from "pg";
import { ARTICLE_LIST, type ListDefinition } from "../services/list.service";

/**
 * Whether a list page runs on a generic plan: articles without a search (tests/integration/query-plans.test.ts
 * checks that each such filter's generic plan reads the same indexes as its custom one).
 */
export function runsGeneric(definition: ListDefinition<unknown, unknown, unknown>, criteria: unknown): boolean {
  return definition === (ARTICLE_LIST as unknown) && !(criteria as { search?: string }).search;
}

/** The SQL PREPARE names each connection holds (they share the namespace of protocol-level named statements). */
const preparedOn = new WeakMap<PoolClient, Set<string>>();
/** One name per SQL text for the whole process, whichever fast path (server) sends it over a shared pool. */
const names = new Map<string, string>();
/** Distinct texts given a name; past it a statement runs unnamed (planned for its values). */
const MAX_GENERIC_STATEMENTS = 500;

/** A bound value as an SQL literal, for EXECUTE (values come from SqlParams: text, numbers and arrays of them). */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("generic plan: a non-finite number");
    return String(value);
  }
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return escapeLiteral(value);
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  if (Array.isArray(value)) {
    const items = value.map((v) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `"${String(v).replace(/["\\]/g, "\\$&")}"`));
    return escapeLiteral(`{${items.join(",")}}`);
  }
  throw new Error(`generic plan: no literal for a ${typeof value}`);
}

/**
 * Runs `statement` on a generic plan: PREPARE (first use on the connection), SET LOCAL plan_cache_mode and EXECUTE
 * with the values as literals, in one query string and so one implicit transaction. A failure discards the
 * connection (as pool.query does), so no connection is left holding a half-known set of prepared names.
 */
export async function queryGeneric(pool: Pool, statement: { text: string; values: unknown[] }): Promise<QueryResult> {
  let name = names.get(statement.text);
  if (name === undefined) {
    if (names.size >= MAX_GENERIC_STATEMENTS) return pool.query(statement.text, statement.values);
    names.set(statement.text, (name = `ng_generic_${names.size}`));
  }
  const execute = `SET LOCAL plan_cache_mode = force_generic_plan; EXECUTE ${name}(${statement.values.map(literal).join(", ")})`;
  // Callbacks, as pool.query itself runs: awaiting the promise forms of connect and query here held three times the
  // heap under load (a 16-connection run: 65 vs 19 MB used at peak).
  return new Promise((resolve, reject) => {
    pool.connect((connectError, client, release) => {
      if (connectError || !client) return reject(connectError ?? new Error("no connection"));
      let prepared = preparedOn.get(client);
      if (!prepared) preparedOn.set(client, (prepared = new Set()));
      const text = prepared.has(name) ? execute : `PREPARE ${name} AS ${statement.text}; ${execute}`;
      prepared.add(name);
      client.query(text, (error: Error | null, results: unknown) => {
        release(error ?? undefined);
        if (error) return reject(error);
        const all = results as QueryResult[];
        resolve(all[all.length - 1]);
      });
    });
  });
}
