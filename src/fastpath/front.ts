import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Config } from "../config";
import { corsHeaders } from "../http/cors";
import { logRequest } from "../http/observability";
import type { RateLimit } from "../http/rate-limit";
import type { Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { FastPath } from "./index";

/** Bodies the front reads itself; larger ones go through Express's body parser. */
const MAX_FRONT_BODY_BYTES = 64 * 1024;
/** Where the front leaves a body that is not JSON, for rethrowParseError to hand to the error handler. */
const PARSE_ERROR = Symbol("fast path: body parse error");

type BodyRequest = IncomingMessage & { body?: unknown; _body?: boolean; [PARSE_ERROR]?: Error };

export interface FrontOptions {
  config: Config;
  fastPath: FastPath;
  rateLimit: RateLimit;
  logger: Logger;
  metrics: Metrics;
}

/** Whether the front may read this request: a plain JSON POST to /graphql without credentials or proxy headers to interpret. */
function eligible(req: IncomingMessage, config: Config): boolean {
  if (req.method !== "POST" || req.url !== "/graphql") return false;
  const type = req.headers["content-type"]?.toLowerCase();
  if (type !== "application/json" && type !== "application/json; charset=utf-8") return false;
  const length = Number(req.headers["content-length"]);
  if (!(length > 0 && length <= Math.min(MAX_FRONT_BODY_BYTES, config.maxBodyBytes))) return false;
  const encoding = req.headers["content-encoding"];
  if (encoding !== undefined && encoding !== "identity") return false;
  // The PERSISTED_DOCUMENTS allow-list is checked in Express; such servers answer fast documents there.
  return req.headers.authorization === undefined && !config.readsRequireKey && !config.trustProxy && !config.persistedDocuments;
}

/**
 * The HTTP server's request listener: answers the fast path's requests without Express (whose router and body
 * parser cost more CPU than the whole answer), with the same request log, metrics, CORS headers and rate limit;
 * everything else, and anything the fast path declines, goes to the Express app with the body already parsed.
 */
export function fastFront(app: RequestListener, options: FrontOptions): RequestListener {
  const { config, fastPath, rateLimit, logger, metrics } = options;
  const cors = corsHeaders(config.corsOrigins);
  return (incoming, res) => {
    const req = incoming as BodyRequest;
    if (!eligible(req, config)) return app(req, res);
    const started = process.hrtime.bigint();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
    });
    req.on("error", () => res.destroy());
    req.on("end", () => {
      req._body = true; // Express's body parser skips a request whose body is read
      const text = Buffer.concat(chunks, size).toString("utf8");
      try {
        req.body = JSON.parse(text);
      } catch (error) {
        req.body = undefined;
        req[PARSE_ERROR] = error as Error;
        return app(req, res);
      }
      if (typeof req.body !== "object" || req.body === null) {
        req[PARSE_ERROR] = new Error("not a JSON object or array");
        return app(req, res);
      }
      const ready = fastPath.lookup(req.body, req.headers.accept);
      if (!ready) return app(req, res);
      // The client as Express's rate limiter keys it (an address: the front serves no bearer key and no proxy).
      const client = `ip:${req.socket.remoteAddress ?? "unknown"}`;
      rateLimit
        .consume(client, res)
        .then((within) => {
          if (!within) return app(req, res); // Express's limiter answers 429 with its headers
          // The log line and CORS headers are set only once the answer is certain, so a request handed back to Express is not logged twice.
          const before = () => {
            logRequest(logger, metrics, req, res, "/graphql", started);
            res.setHeader("vary", "Origin");
            cors(req.headers.origin, res);
          };
          return fastPath.answer(ready, res, client, before).catch(() => app(req, res));
        })
        .catch(() => app(req, res));
    });
  };
}

/** Express middleware after the body parser: a body the front found not to be JSON fails as the parser would have failed it. */
export const rethrowParseError: RequestHandler = (req, _res, next) => {
  const error = (req as BodyRequest)[PARSE_ERROR];
  if (!error) return next();
  next(Object.assign(error, { type: "entity.parse.failed", status: 400, statusCode: 400, expose: true }));
};
