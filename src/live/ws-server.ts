import type http from "node:http";
import type { Duplex } from "node:stream";
import { type ExecutionArgs, GraphQLError, type GraphQLSchema, Kind, OperationTypeNode, parse, specifiedRules, validate, type ValidationRule, getOperationAST } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Context } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocket, WebSocketServer } from "ws";
import type { Config } from "../config";
import { bearerFrom, createContext } from "../context";
import { urlOf } from "../database/data-source";
import { ErrorCode } from "../errors";
import { formatError } from "../http/errors";
import { tooComplex } from "../http/query-limits";
import type { Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { LiveContext } from "../resolvers/subscription.resolver";
import { hashKey, type KeyIdentity } from "../services/api-key.service";
import type { Services } from "../services";
import { LiveHub } from "./live-hub";

type Extra = { socket: WebSocket; request: http.IncomingMessage };
type ConnectionParams = { authorization?: unknown } | undefined;
type WsContext = Context<ConnectionParams, Extra>;

/** What one connection holds: its caller, the key its subscriptions count against, and those it counted. */
interface ConnectionState {
  bearer: string | null;
  /** undefined until checked (the database may not have been up at connect). */
  caller: KeyIdentity | null | undefined;
  limitKey: string;
  counted: Set<string>;
}

export interface LiveServer {
  /** The hub for these services (one per process and database), made on first use. */
  hub(services: Services): LiveHub;
  /** Open WebSocket connections. */
  readonly connections: number;
  close(): Promise<void>;
}

function error(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's /graphql path, for subscriptions only. Each subscribe
 * goes through the same parse limit, validation rules and cost check as HTTP requests, the key rules of
 * READS_REQUIRE_KEY, and the per-connection and per-key subscription limits; a socket whose unsent data passes
 * WS_MAX_BUFFERED_BYTES is dropped.
 */
export function attachLiveServer(
  httpServer: http.Server,
  schema: GraphQLSchema,
  options: { config: Config; services: () => Services | null; validationRules: ValidationRule[]; logger: Logger; metrics: Metrics },
): LiveServer {
  const { config, logger } = options;
  // noServer: upgrades are handed over here, so the HTTP server's own errors (a port in use) stay its own.
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxBodyBytes });
  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== "/graphql") {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (client) => wss.emit("connection", client, request));
  };
  httpServer.on("upgrade", onUpgrade);
  const hubs = new WeakMap<Services, LiveHub>();
  const allHubs = new Set<LiveHub>();
  const perKey = new Map<string, number>();
  const states = new WeakMap<WsContext, ConnectionState>();
  const rules = [...specifiedRules, ...options.validationRules];
  const anyOrigin = config.corsOrigins.includes("*");
  const allowedOrigins = new Set(config.corsOrigins.map((o) => o.replace(/\/$/, "").toLowerCase()));

  const hub = (services: Services) => {
    let found = hubs.get(services);
    if (!found) {
      found = new LiveHub(services.dataSource, urlOf(services.dataSource), logger);
      hubs.set(services, found);
      allHubs.add(found);
    }
    return found;
  };

  const release = (state: ConnectionState, id: string) => {
    if (!state.counted.delete(id)) return;
    const left = (perKey.get(state.limitKey) ?? 1) - 1;
    if (left > 0) perKey.set(state.limitKey, left);
    else perKey.delete(state.limitKey);
  };

  // A socket whose unsent data has outgrown WS_MAX_BUFFERED_BYTES is closed (once) rather than buffered for.
  const dropIfSlow = (socket: WebSocket): boolean => {
    if (socket.readyState === WebSocket.CLOSING || socket.readyState === WebSocket.CLOSED) return true;
    if (socket.bufferedAmount <= config.wsMaxBufferedBytes) return false;
    logger.warn({ buffered: socket.bufferedAmount, limit: config.wsMaxBufferedBytes }, "dropping a WebSocket client that reads too slowly");
    options.metrics.slowSubscribersDropped.inc();
    socket.terminate();
    return true;
  };

  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => formatError(e.toJSON(), e, (internal) => logger.error({ err: internal }, "internal error in a subscription")));

  const server = useServer<ConnectionParams, Extra>(
    {
      schema,
      onConnect: async (ctx) => {
        // Browsers send Origin: only the origins CORS_ORIGINS allows may open a socket.
        const origin = ctx.extra.request.headers.origin?.replace(/\/$/, "").toLowerCase();
        if (origin && !anyOrigin && !allowedOrigins.has(origin)) return false;
        const services = options.services();
        const header = ctx.connectionParams?.authorization;
        const bearer = typeof header === "string" ? bearerFrom(header) : null;
        let caller: KeyIdentity | null | undefined = bearer ? undefined : null;
        if (bearer && services) caller = await services.apiKeys.verify(bearer).catch(() => undefined);
        // A key that is sent must be valid; the client learns it from the close code 4403 (Forbidden).
        if (bearer && caller === null) return false;
        const address = ctx.extra.request.socket.remoteAddress ?? "unknown";
        states.set(ctx, { bearer, caller, limitKey: caller && bearer ? `key:${hashKey(bearer)}` : `ip:${address}`, counted: new Set() });
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const services = options.services();
        const state = states.get(ctx)!;
        if (!services) return [error(ErrorCode.SERVICE_UNAVAILABLE, "The database is not connected yet; retry in a few seconds")];
        if (state.bearer && state.caller === undefined) {
          state.caller = await services.apiKeys.verify(state.bearer).catch(() => undefined);
          if (state.caller === undefined) return [error(ErrorCode.SERVICE_UNAVAILABLE, "The API key could not be checked; retry in a few seconds")];
          if (state.caller === null) return [error(ErrorCode.UNAUTHENTICATED, "The API key is not valid (unknown or revoked)")];
          if (state.caller) state.limitKey = `key:${hashKey(state.bearer)}`;
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: config.maxTokens });
        } catch (parseError) {
          const message = (parseError as Error).message;
          return [/more th(?:an|at) \d+ tokens/.test(message) ? tooComplex(`${message} (MAX_TOKENS)`, "MAX_TOKENS") : error("GRAPHQL_PARSE_FAILED", message)];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [error("BAD_REQUEST", "The document must hold one operation, or name one with operationName")];
        if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [error("BAD_REQUEST", "Over WebSocket only subscriptions are served; send queries and mutations over HTTP")];
        }
        const introspectionOnly = operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith("__"));
        if (config.readsRequireKey && !state.caller && !introspectionOnly) {
          return [error(ErrorCode.UNAUTHENTICATED, 'This server needs an API key for reads: send connectionParams { authorization: "Bearer <key>" }')];
        }
        let cost: number;
        try {
          cost = getComplexity({
            schema,
            query: document,
            operationName: payload.operationName ?? undefined,
            variables: payload.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (costError) {
          return [error(ErrorCode.BAD_USER_INPUT, (costError as Error).message)];
        }
        if (cost > config.maxQueryCost) {
          return [tooComplex(`The subscription's estimated cost is ${cost}; at most ${config.maxQueryCost} is allowed`, "MAX_QUERY_COST")];
        }
        // graphql-ws registers the id before this hook runs, so it is counted among the connection's subscriptions.
        if (Object.keys(ctx.subscriptions).length > config.subscriptionsPerConnection) {
          return [error(ErrorCode.RATE_LIMITED, `At most ${config.subscriptionsPerConnection} subscriptions per connection (SUBSCRIPTIONS_PER_CONNECTION)`)];
        }
        const held = perKey.get(state.limitKey) ?? 0;
        if (held >= config.subscriptionsPerKey) {
          return [error(ErrorCode.RATE_LIMITED, `At most ${config.subscriptionsPerKey} subscriptions per API key or client address (SUBSCRIPTIONS_PER_KEY)`)];
        }
        perKey.set(state.limitKey, held + 1);
        state.counted.add(id);
        const contextValue: LiveContext = {
          ...createContext(services, state.bearer, `ws:${id}`, { caller: state.caller ?? null, metrics: options.metrics }),
          live: hub(services),
          readerTooSlow: () => dropIfSlow(ctx.extra.socket),
        };
        const args: ExecutionArgs = { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
        return args;
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        if (dropIfSlow(ctx.extra.socket)) return;
        if (result.errors?.length) return { ...result, errors: format(result.errors) };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onComplete: (ctx, id) => {
        const state = states.get(ctx);
        if (state) release(state, id);
      },
      onClose: (ctx) => {
        const state = states.get(ctx);
        if (state) for (const id of [...state.counted]) release(state, id);
      },
    },
    wss,
  );

  let closing: Promise<void> | null = null;
  return {
    hub,
    get connections() {
      return wss.clients.size;
    },
    close() {
      // Idempotent: a second stop (signal during shutdown) waits for the first instead of closing twice.
      closing ??= (async () => {
        httpServer.off("upgrade", onUpgrade);
        for (const client of wss.clients) client.close(1001, "server shutting down");
        await server.dispose();
        await Promise.all([...allHubs].map((h) => h.close()));
      })();
      return closing;
    },
  };
}
