import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import { getArgumentValues, getVariableValues, type GraphQLSchema, parse, specifiedRules, validate, type ValidationRule } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Pool } from "pg";
import type { Config } from "../config";
import type { Services } from "../services";
import { listQuery } from "../services/list.service";
import { afterCondition, checkFirst, decodeAfter, orderBy } from "../services/paging";
import { whereClause } from "../services/sql";
import { compile, type Plan } from "./compile";
import { LruCache } from "./document-cache";

/** Documents longer than this are not cached (Apollo's own document store still serves them). */
const MAX_CACHED_DOCUMENT_CHARS = 20_000;
/** Distinct variable sets whose cost each cached document remembers. */
const MAX_COSTS_PER_DOCUMENT = 64;

interface Entry {
  plan: Plan | null;
  /** Estimated cost by JSON of the variables: the cost depends on them only through `first`. */
  costs: Map<string, number>;
}

export interface FastPathOptions {
  schema: GraphQLSchema;
  config: Config;
  /** The same extra validation rules Apollo runs (depth, aliases). */
  validationRules: ValidationRule[];
  services: () => Services | null;
}

export interface FastPath {
  /** Express handler: answers what it serves, calls next() for everything else (unchanged request). */
  handler: RequestHandler;
  /** Compiles (or finds) the plan for a document; null when the resolvers must serve it. For tests and the bench. */
  planFor(query: string, operationName: string | null): Plan | null;
}

/** What one served request produced: the response body and how many SQL statements it sent. */
interface Served {
  body: string;
  statements: number;
}

const json = JSON.stringify;

/**
 * The fast path for cached documents it fully understands (one top-level list with nodes, pageInfo and totalCount
 * over the fields of src/fastpath/json-sql.ts): PostgreSQL builds the nodes' JSON in the page's one statement and
 * the text is spliced into the response. Parsing, validation (with the server's limits), compilation and the
 * SQL shape are done once per document (an LRU of DOCUMENT_CACHE_SIZE); variables are coerced, the cost is checked
 * and the filter normalised per request exactly as on the resolver path. Any doubt (a bad variable, input, cost
 * over the limit, a database error) hands the untouched request to Apollo, which answers with its usual errors.
 */
export function createFastPath(options: FastPathOptions): FastPath {
  const { schema, config } = options;
  const documents = new LruCache<string, Entry>(config.documentCacheSize);
  const rules = [...specifiedRules, ...options.validationRules];
  /** Automatic persisted queries seen here: sha256 -> document, so a request with the hash alone is served too. */
  const persistedQueries = new LruCache<string, string>(config.documentCacheSize);

  function entryFor(query: string, operationName: string | null): Entry | null {
    if (query.length > MAX_CACHED_DOCUMENT_CHARS) return null;
    const cacheKey = operationName === null ? query : `${operationName}\u0000${query}`;
    let entry = documents.get(cacheKey);
    if (!entry) {
      entry = { plan: null, costs: new Map() };
      try {
        const document = parse(query, { maxTokens: config.maxTokens });
        if (validate(schema, document, rules).length === 0) entry.plan = compile(schema, document, operationName);
      } catch {
        // A syntax error or a document over MAX_TOKENS: Apollo reports it.
      }
      documents.set(cacheKey, entry);
    }
    return entry;
  }

  function costOf(entry: Entry, plan: Plan, variables: Record<string, unknown>): number | null {
    const key = json(variables);
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      try {
        cost = getComplexity({
          schema,
          query: plan.document,
          operationName: plan.operationName ?? undefined,
          variables,
          estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
        });
      } catch {
        return null;
      }
      if (entry.costs.size < MAX_COSTS_PER_DOCUMENT) entry.costs.set(key, cost);
    }
    return cost;
  }

  async function serve(plan: Plan, variables: Record<string, unknown>, services: Services): Promise<Served | null> {
    const coerced = getVariableValues(schema, plan.variableDefinitions, variables, { maxErrors: 50 });
    if (coerced.errors) return null;
    const args = getArgumentValues(plan.fieldDef, plan.fieldNode, coerced.coerced);
    const { definition } = plan;
    const criteria = definition.normalize(args.filter as never, services.reference);
    const first = checkFirst(args.first as number | null | undefined);
    const afterValues = decodeAfter(services.cursors, definition.order, args.after as string | null | undefined);
    const { query, order } = listQuery(definition, criteria);
    const wantsTotal = plan.parts.some((p) => p.kind === "totalCount");
    const countParams = [...query.params.values];
    const conditions = [...query.conditions];
    if (afterValues) conditions.push(afterCondition(order, afterValues, query.params));
    const limit = query.params.add(first + 1, "int");
    const sort = orderBy(order);
    const keys = plan.keyJson ? `, min(p.k) FILTER (WHERE p.rn = 1) AS k_first, (array_agg(p.k ORDER BY p.rn DESC) FILTER (WHERE p.rn <= ${first}))[1] AS k_last` : "";
    const sql =
      `SELECT count(*)::int AS n, string_agg(p.j, ',' ORDER BY p.rn) FILTER (WHERE p.rn <= ${first}) AS nodes${keys} ` +
      `FROM (SELECT row_number() OVER (ORDER BY ${sort}) AS rn, ${plan.nodeJson} AS j${plan.keyJson ? `, ${plan.keyJson} AS k` : ""} ` +
      `FROM ${query.from} ${whereClause(conditions)} ORDER BY ${sort} LIMIT ${limit}) p`;
    const pool = (services.dataSource.driver as unknown as { master: Pool }).master;
    const [page, total] = await Promise.all([
      pool.query(sql, query.params.values),
      wantsTotal ? pool.query(`SELECT count(*)::int AS n FROM ${query.countFrom ?? query.from} ${whereClause(query.conditions)}`, countParams) : null,
    ]);
    const row = page.rows[0] as { n: number; nodes: string | null; k_first?: string; k_last?: string };
    const count = Math.min(row.n, first);
    const cursor = (k: string | undefined) => (count > 0 && k ? json(services.cursors.encode({ list: order.list, values: JSON.parse(k) })) : "null");
    const parts = plan.parts.map((part) => {
      const key = json(part.key);
      switch (part.kind) {
        case "totalCount":
          return `${key}:${(total!.rows[0] as { n: number }).n}`;
        case "nodes":
          return `${key}:[${row.nodes ?? ""}]`;
        case "__typename":
          return `${key}:${json(plan.connectionType)}`;
        case "pageInfo": {
          const info = part.parts.map((p) => {
            const value =
              p.kind === "hasNextPage"
                ? String(row.n > first)
                : p.kind === "hasPreviousPage"
                  ? String(afterValues !== null)
                  : p.kind === "startCursor"
                    ? cursor(row.k_first)
                    : p.kind === "endCursor"
                      ? cursor(row.k_last)
                      : '"PageInfo"';
            return `${json(p.key)}:${value}`;
          });
          return `${key}:{${info.join(",")}}`;
        }
      }
    });
    return { body: `{"data":{${json(plan.key)}:{${parts.join(",")}}}}\n`, statements: wantsTotal ? 2 : 1 };
  }

  const handler: RequestHandler = (req, res, next) => {
    const services = options.services();
    const body = req.body as Record<string, unknown> | undefined;
    const accept = req.headers.accept;
    if (req.method !== "POST" || !services || !body || typeof body !== "object" || Array.isArray(body)) return next();
    if (accept !== undefined && accept !== "*/*" && accept !== "application/json") return next();
    if (config.readsRequireKey && !res.locals.caller) return next();
    const { operationName = null, variables = null, extensions } = body;
    let { query } = body;
    const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    if (typeof hash === "string" && query === undefined) query = persistedQueries.get(hash);
    if (typeof query !== "string" || (operationName !== null && typeof operationName !== "string")) return next();
    if (variables !== null && (typeof variables !== "object" || Array.isArray(variables))) return next();
    if (typeof hash === "string" && body.query !== undefined) {
      // Apollo answers a hash that does not match its document with an error; leave that to it.
      if (hash !== createHash("sha256").update(query).digest("hex")) return next();
      persistedQueries.set(hash, query);
    }
    const entry = entryFor(query, operationName as string | null);
    const plan = entry?.plan;
    if (!entry || !plan) return next();
    const vars = (variables ?? {}) as Record<string, unknown>;
    const cost = costOf(entry, plan, vars);
    if (cost === null || cost > config.maxQueryCost) return next();
    serve(plan, vars, services).then(
      (served) => {
        if (!served) return next();
        res.locals.operationName = plan.operationName ?? operationName;
        res.locals.sqlStatements = served.statements;
        res.statusCode = 200;
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.setHeader("content-length", Buffer.byteLength(served.body));
        res.setHeader("x-sql-statements", String(served.statements));
        res.end(served.body);
      },
      () => next(),
    );
  };

  return {
    handler,
    planFor: (query, operationName) => entryFor(query, operationName)?.plan ?? null,
  };
}
