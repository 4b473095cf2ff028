import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler, Response } from "express";
import type { AppContext } from "../context";
import { requestStats } from "../database/request-context";
import { currentClient } from "../services/client-gate";
import { ErrorCode } from "../errors";
import type { Logger } from "../logger";
import type { Metrics } from "../metrics";
import { noteErrorCodes } from "./errors";

/** The HTTP response a GraphQL operation is answering, for plugins that run deep inside Apollo. */
const currentResponse = new AsyncLocalStorage<Response>();

/** A client's X-Request-Id when it is short and plain, else a fresh one. */
function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === "string" && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID();
}

/**
 * Gives each request an id (echoed in X-Request-Id) and, when it ends, writes one JSON log line and the
 * GraphQL metrics: operation name, duration, status, outcome (ok or the error codes) and SQL statement count.
 */
export function requestLog(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    logRequest(logger, metrics, req, res, req.path, process.hrtime.bigint()); // mounted routers rewrite req.url while they run
    next();
  };
}

/** The request log and metrics of one request (started at `started`), for handlers that answer outside Express too. */
export function logRequest(logger: Logger, metrics: Metrics, req: IncomingMessage & { body?: any }, res: ServerResponse & { locals?: Record<string, any> }, path: string, started: bigint): void {
  const locals = (res.locals ??= {});
  const id = requestIdFrom(req.headers["x-request-id"]);
  locals.requestId = id;
  res.setHeader("x-request-id", id);
  res.on("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const graphql = path === "/graphql";
    const codes: string[] = locals.errorCodes ?? [];
    const outcome = codes.length || res.statusCode >= 400 ? "error" : "ok";
    const operation = metrics.operationLabel(locals.operationName ?? (typeof req.body?.operationName === "string" ? req.body.operationName : null));
    const entry = {
      reqId: id,
      method: req.method,
      path,
      status: res.statusCode,
      durationMs: Math.round(seconds * 1000 * 10) / 10,
      ...(graphql ? { operation, outcome, errorCodes: codes.length ? [...new Set(codes)] : undefined, sqlStatements: locals.sqlStatements } : {}),
    };
    if (!graphql) {
      logger.debug(entry, "request");
      return;
    }
    metrics.requests.inc({ operation, outcome });
    metrics.duration.observe({ operation }, seconds);
    for (const code of codes) metrics.errors.inc({ code });
    if (res.statusCode >= 500) logger.warn(entry, "graphql request failed");
    else logger.info(entry, "graphql request");
  });
}

/** Runs the rest of the chain with a fresh SQL statement counter and the response at hand for observabilityPlugin. */
export function trackRequest(): RequestHandler {
  return (_req, res, next) => {
    requestStats.run({ sqlStatements: 0 }, () => currentClient.run(String(res.locals.rateKey ?? "unknown"), () => currentResponse.run(res, next)));
  };
}

/** Records the operation name and error codes for the request log, and sends the SQL count as x-sql-statements. */
export function observabilityPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operationName, request }) {
          const res = currentResponse.getStore();
          if (!res) return;
          res.locals.operationName = operationName ?? request.operationName ?? null;
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          const errors = result?.errors;
          if (errors?.length) noteErrorCodes(res, errors.map((e) => String(e.extensions?.code ?? "UNKNOWN")));
          // Nothing answered because the database is away (not a statement timeout): say so in the status, so clients retry.
          if (errors?.length && result?.data == null && errors.every((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE && (!e.extensions.reason || e.extensions.reason === "SERVER_BUSY"))) {
            response.http.status = 503;
            response.http.headers.set("retry-after", "2");
          }
          const stats = requestStats.getStore();
          if (stats) {
            res.locals.sqlStatements = stats.sqlStatements;
            response.http.headers.set("x-sql-statements", String(stats.sqlStatements));
          }
        },
      };
    },
  };
}
