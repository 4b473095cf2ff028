import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { getArgumentValues, getVariableValues, type GraphQLSchema, parse, specifiedRules, validate, type ValidationRule } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Pool } from "pg";
import type { Config } from "../config";
import type { Services } from "../services";
import { checkFirst, decodeAfter } from "../services/paging";
import { inputViolation } from "../http/input-guard";
import { compile, type ListPlan, type ObjectPlan, objectStatement, type Plan, pageStatement } from "./compile";
import { LruCache } from "./document-cache";
import { CURSOR_MARK, type NestedPage } from "./json-sql";
import { queryGeneric, runsGeneric } from "./generic-plans";
import { writeReferences } from "./references";

/** Documents longer than this are not cached (Apollo's own document store still serves them). */
const MAX_CACHED_DOCUMENT_CHARS = 20_000;
const MAX_CACHED_CURSORS = 10_000;
/** Variable sets longer than this (as JSON) are checked for each request rather than remembered. */
const MAX_CACHED_VARIABLES_CHARS = 2_000;
/** Distinct variable sets each cached document keeps checked and turned into SQL. */
const MAX_PREPARED_PER_DOCUMENT = 64;
/** Distinct SQL texts sent as named (per-connection prepared) statements; PostgreSQL keeps each per connection. */
const MAX_NAMED_STATEMENTS = 500;

/** One variable set of one document, checked and turned into SQL (variables, cost and filters depend on nothing else). */
export interface Prepared {
  /** `generic`: run on a generic plan (src/fastpath/generic-plans.ts). */
  page: { name?: string; text: string; values: unknown[]; generic?: boolean };
  count: { name?: string; text: string; values: unknown[] } | null;
  first: number;
  hasPrevious: boolean;
  list: string;
  /** The estimated cost, sent in extensions.cost as Apollo's answers send it. */
  cost: number;
  /** A search: the page statement waits its turn in the per-client gate (MAX_EXPENSIVE_PER_CLIENT), as counts always do. */
  expensive: boolean;
}

/** An id as checkIdArg takes it; any other is left to the resolvers, which refuse it (BAD_USER_INPUT). */
const ID = /^[1-9][0-9]{0,17}$/;

interface Entry {
  plan: Plan | null;
  /** By JSON of the variables; null: Apollo answers this variable set (an error or a cost over the limit). */
  prepared: Map<string, Prepared | null>;
}

export interface FastPathOptions {
  schema: GraphQLSchema;
  config: Config;
  /** The same extra validation rules Apollo runs (depth, aliases). */
  validationRules: ValidationRule[];
  services: () => Services | null;
}

/** A request the fast path will answer: its plan and its checked SQL. */
export interface Ready {
  plan: Plan;
  prepared: Prepared;
  operationName: string | null;
}

export interface FastPath {
  /** Express handler: answers what it serves, calls next() for everything else (unchanged request). */
  handler: RequestHandler;
  /** The plan and checked SQL for a parsed request body, or null when Apollo must answer it. */
  lookup(body: unknown, accept: string | undefined): Ready | null;
  /** Runs the SQL and writes the response (`client`: whose gate turn searches and counts take); rejects, having written nothing, when the database fails. */
  answer(ready: Ready, res: ServerResponse, client: string, before?: () => void): Promise<void>;
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
 * The fast path for cached documents it fully understands (one top-level list with nodes, pageInfo and totalCount,
 * or one object by id with its nested connections, over the fields of src/fastpath/json-sql.ts): PostgreSQL builds
 * the JSON in one statement (plus the count) and the text is spliced into the response. Searches and counts take
 * their turn in the per-client gate, and what the input guard refuses is left to Apollo. Parsing, validation (with the server's limits), compilation and the
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
  const statementNames = new Map<string, string>();
  /** Signed cursors by list and key: the first and last rows of popular pages repeat, and each costs an HMAC. */
  const cursors = new LruCache<string, string>(MAX_CACHED_CURSORS);

  function entryFor(query: string, operationName: string | null): Entry | null {
    if (query.length > MAX_CACHED_DOCUMENT_CHARS) return null;
    const cacheKey = operationName === null ? query : `${operationName}\u0000${query}`;
    let entry = documents.get(cacheKey);
    if (!entry) {
      entry = { plan: null, prepared: new Map() };
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

  /** Cost check, variable coercion, filter checks and the SQL of one variable set: null hands the request to Apollo. */
  function prepare(plan: Plan, variables: Record<string, unknown>, services: Services): Prepared | null {
    let cost: number;
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
    if (cost > config.maxQueryCost) return null;
    // What the input guard refuses (NUL anywhere, a search over MAX_SEARCH_CHARS), Apollo answers with its error.
    if (JSON.stringify(variables).includes("\\u0000") || inputViolation(plan.document, variables, config.maxSearchChars)) return null;
    const coerced = getVariableValues(schema, plan.variableDefinitions, variables, { maxErrors: 50 });
    if (coerced.errors) return null;
    try {
      return plan.kind === "list" ? prepareList(plan, coerced.coerced, services, cost) : prepareObject(plan, coerced.coerced, services, cost);
    } catch {
      return null; // BAD_USER_INPUT: the resolvers raise it with the same message
    }
  }

  function prepareList(plan: ListPlan, coerced: Record<string, unknown>, services: Services, cost: number): Prepared {
    const { definition } = plan;
    const args = getArgumentValues(plan.fieldDef, plan.fieldNode, coerced);
    const criteria = definition.normalize(args.filter as never, services.reference);
    const first = checkFirst(args.first as number | null | undefined);
    const afterValues = decodeAfter(services.cursors, definition.order, args.after as string | null | undefined);
    const wantsTotal = plan.parts.some((p) => p.kind === "totalCount");
    const { sql, params, countSql, countParams, list } = pageStatement(plan, criteria, first, afterValues);
    return {
      page: { name: statementName(sql), text: sql, values: params, generic: runsGeneric(definition, criteria) },
      count: wantsTotal ? { name: statementName(countSql), text: countSql, values: countParams } : null,
      first,
      hasPrevious: afterValues !== null,
      list,
      cost,
      expensive: !!(criteria as { search?: string }).search,
    };
  }

  /** An object by id with its nested connections' pages: each page's `first` and `after` checked as the loaders check them. */
  function prepareObject(plan: ObjectPlan, coerced: Record<string, unknown>, services: Services, cost: number): Prepared | null {
    const id = String(getArgumentValues(plan.fieldDef, plan.fieldNode, coerced).id);
    if (!ID.test(id)) return null;
    const { sql, params } = objectStatement(plan, id, (field, connection): NestedPage => {
      const args = getArgumentValues(field.args!.def, field.args!.node, coerced);
      const first = checkFirst(args.first as number | null | undefined);
      const columns = connection.columns("x");
      const order = { list: connection.list, columns, descending: true, key: () => [] };
      return { first, after: decodeAfter(services.cursors, order, args.after as string | null | undefined) };
    });
    return { page: { name: statementName(sql), text: sql, values: params }, count: null, first: 0, hasPrevious: false, list: "", cost, expensive: false };
  }

  /** A name for the SQL text, so each pool connection parses it once; unnamed past MAX_NAMED_STATEMENTS texts. */
  function statementName(text: string): string | undefined {
    let name = statementNames.get(text);
    if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
      name = `ng_fast_${statementNames.size}`;
      statementNames.set(text, name);
    }
    return name;
  }

  /** The signed cursor of a row's key values (JSON text), as a JSON string; remembered, since popular pages repeat. */
  function signedCursor(services: Services, list: string, k: string): string {
    const cacheKey = `${list}\u0000${k}`;
    let signed = cursors.get(cacheKey);
    if (signed === undefined) cursors.set(cacheKey, (signed = json(services.cursors.encode({ list, values: JSON.parse(k) }))));
    return signed;
  }

  async function serve(plan: Plan, prepared: Prepared, services: Services, client: string): Promise<Served> {
    const pool = (services.dataSource.driver as unknown as { master: Pool }).master;
    // With DATABASE_REPLICA_URLS the fast path's reads go to a replica too (it serves queries only).
    const run = (statement: Prepared["page"]) =>
      services.replicas
        ? services.replicas.poolQuery(statement)
        : statement.generic
          ? queryGeneric(pool, statement)
          : pool.query(statement);
    // Searches and counts wait their turn in the per-client gate, as on the resolver path; plain pages never wait.
    const gated = (statement: Prepared["page"]) => services.gate.run(() => run(statement), client);
    if (plan.kind === "object") {
      const result = await run(prepared.page);
      let text = result.rows.length ? (result.rows[0] as { j: string }).j : "null";
      if (plan.references.length) text = writeReferences(text, plan.references, services.reference);
      if (plan.cursors) text = text.replace(CURSOR_MARK, (_, list: string, k: string) => signedCursor(services, list, k));
      return { body: `{"data":{${json(plan.key)}:${text}}}\n`, statements: 1 };
    }
    const { first } = prepared;
    const [page, total] = await Promise.all([prepared.expensive ? gated(prepared.page) : run(prepared.page), prepared.count ? gated(prepared.count) : null]);
    const row = page.rows[0] as { n: number; nodes: string | null; k_first?: string; k_last?: string };
    const count = Math.min(row.n, first);
    const cursor = (k: string | undefined) => (count > 0 && k ? signedCursor(services, prepared.list, k) : "null");
    const parts = plan.parts.map((part) => {
      const key = json(part.key);
      switch (part.kind) {
        case "totalCount":
          return `${key}:${(total!.rows[0] as { n: number }).n}`;
        case "nodes":
          return `${key}:[${row.nodes === null ? "" : plan.references.length ? writeReferences(row.nodes, plan.references, services.reference) : row.nodes}]`;
        case "__typename":
          return `${key}:${json(plan.connectionType)}`;
        case "pageInfo": {
          const info = part.parts.map((p) => {
            const value =
              p.kind === "hasNextPage"
                ? String(row.n > first)
                : p.kind === "hasPreviousPage"
                  ? String(prepared.hasPrevious)
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
    return { body: `{"data":{${json(plan.key)}:{${parts.join(",")}}}}\n`, statements: prepared.count ? 2 : 1 };
  }

  /** The plan and checked SQL for a request body, or null when Apollo must answer it. */
  function lookup(body: unknown, accept: string | undefined, services: Services): Ready | null {
    if (!body || typeof body !== "object" || Array.isArray(body)) return null;
    if (accept !== undefined && accept !== "*/*" && accept !== "application/json") return null;
    const { operationName = null, variables = null, extensions } = body as Record<string, unknown>;
    let { query } = body as Record<string, unknown>;
    const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    if (typeof hash === "string" && query === undefined) query = persistedQueries.get(hash);
    if (typeof query !== "string" || (operationName !== null && typeof operationName !== "string")) return null;
    if (variables !== null && (typeof variables !== "object" || Array.isArray(variables))) return null;
    if (typeof hash === "string" && (body as Record<string, unknown>).query !== undefined) {
      // Apollo answers a hash that does not match its document with an error; leave that to it.
      if (hash !== createHash("sha256").update(query).digest("hex")) return null;
      persistedQueries.set(hash, query);
    }
    const entry = entryFor(query, operationName as string | null);
    const plan = entry?.plan;
    if (!entry || !plan) return null;
    const vars = (variables ?? {}) as Record<string, unknown>;
    const variablesKey = json(vars);
    let prepared = entry.prepared.get(variablesKey);
    if (prepared === undefined) {
      prepared = prepare(plan, vars, services);
      if (entry.prepared.size < MAX_PREPARED_PER_DOCUMENT && variablesKey.length <= MAX_CACHED_VARIABLES_CHARS) entry.prepared.set(variablesKey, prepared);
    }
    return prepared ? { plan, prepared, operationName: plan.operationName ?? (operationName as string | null) } : null;
  }

  /** Runs the SQL and writes the answer; rejects (having written nothing) when the database fails. */
  async function answer(ready: Ready, services: Services, res: ServerResponse & { locals?: Record<string, unknown> }, client: string, before?: () => void): Promise<void> {
    const served = await serve(ready.plan, ready.prepared, services, client);
    // Past MAX_RESPONSE_BYTES Apollo answers (RESPONSE_TOO_LARGE); otherwise the cost goes in extensions, as Apollo's do.
    if (Buffer.byteLength(served.body) > config.maxResponseBytes) throw new Error("response too large for the fast path");
    served.body = `${served.body.trimEnd().slice(0, -1)},"extensions":{"cost":{"estimated":${ready.prepared.cost},"limit":${config.maxQueryCost}}}}\n`;
    before?.();
    const locals = (res.locals ??= {});
    locals.operationName = ready.operationName;
    locals.sqlStatements = served.statements;
    res.statusCode = 200;
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.setHeader("content-length", Buffer.byteLength(served.body));
    res.setHeader("x-sql-statements", String(served.statements));
    res.end(served.body);
  }

  const handler: RequestHandler = (req, res, next) => {
    const services = options.services();
    if (req.method !== "POST" || !services || (config.readsRequireKey && !res.locals.caller)) return next();
    const ready = lookup(req.body, req.headers.accept, services);
    if (!ready) return next();
    answer(ready, services, res, String(res.locals.rateKey ?? "unknown")).catch(() => next());
  };

  return {
    handler,
    lookup: (body, accept) => {
      const services = options.services();
      return services ? lookup(body, accept, services) : null;
    },
    answer: (ready, res, client, before) => answer(ready, options.services()!, res, client, before),
    planFor: (query, operationName) => entryFor(query, operationName)?.plan ?? null,
  };
}
