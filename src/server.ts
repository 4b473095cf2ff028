import "reflect-metadata";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import express from "express";
import type { Config } from "./config";
import { type AppContext, bearerFrom, createContext } from "./context";
import { EXAMPLE_OPERATIONS } from "./http/example-operations";
import { formatError } from "./http/errors";
import type { Logger } from "./logger";
import { buildAppSchema } from "./schema";
import type { Services } from "./services";

export interface AppServer {
  app: express.Express;
  apollo: ApolloServer<AppContext>;
  httpServer: http.Server;
  /** Listens on config.port (0 picks a free port) and resolves with the port. */
  listen(): Promise<number>;
  /** Stops taking requests, lets those in flight finish, then closes. */
  stop(): Promise<void>;
}

/** The ApolloServer and HTTP app, ready but not listening (tests use it directly). */
export async function createServer(config: Config, services: Services, logger: Logger): Promise<AppServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const schema = await buildAppSchema();
  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: config.sandbox,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, (internal) => logger.error({ err: internal }, "internal error")),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, document: EXAMPLE_OPERATIONS, includeCookies: false })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
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
  app.use(
    "/graphql",
    express.json({ limit: Math.ceil(config.maxRawBytes * 1.5) + 100_000 }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(services, bearerFrom(req.headers.authorization), String(req.headers["x-request-id"] ?? randomUUID())),
    }),
  );

  return {
    app,
    apollo,
    httpServer,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : config.port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
