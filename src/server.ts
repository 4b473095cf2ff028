import "reflect-metadata";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import express from "express";
import { GraphQLError } from "graphql";
import type { Config } from "./config";
import { type AppContext, bearerFrom, createContext } from "./context";
import { ErrorCode } from "./errors";
import { corsMiddleware } from "./http/cors";
import { formatError, httpErrorHandler, notFound, noteErrorCodes } from "./http/errors";
import { EXAMPLE_OPERATIONS } from "./http/example-operations";
import { primaryForWritesPlugin, readRouting } from "./database/replicas";
import { createFastPath, type FastPath } from "./fastpath";
import { fastFront, rethrowParseError } from "./fastpath/front";
import { loadPersistedDocuments, persistedDocumentsOnly } from "./fastpath/persisted-documents";
import { mountGraphiql, withGraphiqlLink } from "./http/graphiql";
import { observabilityPlugin, requestLog, trackRequest } from "./http/observability";
import { inputGuardPlugin } from "./http/input-guard";
import { aliasLimitRule, costLimitPlugin, depthLimitRule } from "./http/query-limits";
import { responseLimitPlugin } from "./http/response-limit";
import { createRateLimit, identifyCaller } from "./http/rate-limit";
import { readAccessPlugin } from "./http/read-access";
import { boundedError } from "./log-bounds";
import { attachLiveServer, type LiveServer } from "./live/ws-server";
import type { Logger } from "./logger";
import { Metrics } from "./metrics";
import { buildAppSchema } from "./schema";
import type { Services } from "./services";

export interface AppServer {
  app: express.Express;
  apollo: ApolloServer<AppContext>;
  httpServer: http.Server;
  metrics: Metrics;
  /** The fast path (null with FAST_PATH=false). */
  fastPath: FastPath | null;
  /** The services GraphQL runs on; null until the database is up. */
  readonly services: Services | null;
  /** Starts serving GraphQL over these services (the database is connected and migrated). */
  attach(services: Services): void;
  /** GraphQL over WebSocket (subscriptions) on /graphql. */
  live: LiveServer;
  /** Listens on config.port (0 picks a free port) and resolves with the port. */
  listen(): Promise<number>;
  /** Stops taking requests, lets those in flight finish (up to SHUTDOWN_GRACE_MS), then closes. */
  stop(): Promise<void>;
}

/**
 * The ApolloServer and HTTP app, ready but not listening (tests use it directly). With services null the
 * server already answers /health, /ready (503) and GraphQL (SERVICE_UNAVAILABLE) until attach() is called.
 */
export async function createServer(config: Config, initialServices: Services | null, logger: Logger): Promise<AppServer> {
  let services = initialServices;
  const metrics = new Metrics();
  if (services) metrics.watchDatabase(services.dataSource);
  const app = express();
  app.disable("x-powered-by");
  app.set("env", config.nodeEnv);
  app.set("trust proxy", config.trustProxy);
  app.set("etag", false); // an ETag on GraphQL POST answers is never used, and hashing each body costs CPU
  const schema = await buildAppSchema();
  const rateLimit = createRateLimit(config, logger);
  const validationRules = [depthLimitRule(config.maxQueryDepth), aliasLimitRule(config.maxAliases)];
  const fastPath = config.fastPath ? createFastPath({ schema, config, validationRules, services: () => services }) : null;
  const httpServer = http.createServer(fastPath ? fastFront(app, { config, fastPath, rateLimit, logger, metrics }) : app);
  const persisted = config.persistedDocuments ? persistedDocumentsOnly(loadPersistedDocuments(config.persistedDocuments)) : null;
  const live = attachLiveServer(httpServer, schema, { config, services: () => services, validationRules, logger, metrics });
  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: config.sandbox,
    includeStacktraceInErrorResponses: false,
    // "Did you mean …" would list field names to someone probing a production server.
    hideSchemaDetailsFromClientErrors: config.nodeEnv === "production",
    allowBatchedHttpRequests: false,
    // main.ts drains and stops everything on SIGINT/SIGTERM in order; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.maxTokens },
    validationRules,
    formatError: (formatted, error) => formatError(formatted, error, (internal) => logger.error({ err: boundedError(internal) }, "internal error")),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      ApolloServerPluginCacheControlDisabled(), // no cache hints are used; without it Apollo wraps every resolver
      config.sandbox
        ? withGraphiqlLink(ApolloServerPluginLandingPageLocalDefault({ embed: true, document: EXAMPLE_OPERATIONS, includeCookies: false }))
        : ApolloServerPluginLandingPageDisabled(),
      inputGuardPlugin(config.maxSearchChars),
      costLimitPlugin(schema, config.maxQueryCost),
      ...(config.readsRequireKey ? [readAccessPlugin()] : []),
      responseLimitPlugin(config.maxResponseBytes),
      observabilityPlugin(),
      primaryForWritesPlugin(),
    ],
  });
  await apollo.start();

  app.use(requestLog(logger, metrics));
  app.use(/^(?!\/graphql)/, rateLimit.headersOnly);
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    if (!services) {
      res.status(503).json({ status: "not ready", reason: "connecting to the database" });
      return;
    }
    try {
      const pending = await services.dataSource.showMigrations();
      if (pending) {
        res.status(503).json({ status: "not ready", reason: "migrations pending" });
        return;
      }
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "not ready", reason: "database unreachable" });
    }
  });
  if (config.sandbox) mountGraphiql(app);
  app.get("/metrics", async (_req, res) => {
    res.setHeader("content-type", metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  app.use(
    "/graphql",
    corsMiddleware(config.corsOrigins),
    express.json({ limit: config.maxBodyBytes }),
    rethrowParseError,
    (req, res, next) => {
      // A body that is not JSON leaves req.body unset; Apollo answers that with a 400 only once the property exists.
      if (req.body === undefined) req.body = undefined;
      next();
    },
    ...(persisted ? [persisted] : []),
    rateLimit.byAddress,
    identifyCaller(() => services),
    rateLimit.middleware,
    ...(fastPath ? [fastPath.handler] : []),
    trackRequest(),
    readRouting(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        if (!services) {
          noteErrorCodes(res, [ErrorCode.SERVICE_UNAVAILABLE]);
          throw new GraphQLError("The database is not connected yet; retry in a few seconds", {
            extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503, headers: new Map([["retry-after", "2"]]) } },
          });
        }
        return createContext(services, bearerFrom(req.headers.authorization), String(res.locals.requestId), { caller: res.locals.caller, metrics });
      },
    }),
  );
  app.use(notFound());
  app.use(httpErrorHandler(logger, config.maxBodyBytes));

  return {
    app,
    apollo,
    httpServer,
    metrics,
    live,
    fastPath,
    get services() {
      return services;
    },
    attach(ready: Services) {
      services = ready;
      metrics.watchDatabase(ready.dataSource);
    },
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : config.port);
        });
      }),
    stop: async () => {
      await live.close();
      await apollo.stop();
      await rateLimit.close();
      await services?.ingest.close();
    },
  };
}
