import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";

const ALLOWED_HEADERS = "content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id";

/**
 * CORS for browsers on other origins (CORS_ORIGINS: a list, or "*" for any). No cookies are used, so "*" exposes
 * nothing private; CSRF prevention (Apollo's, on) still refuses simple cross-site requests.
 */
export function corsMiddleware(origins: string[]): RequestHandler {
  const headers = corsHeaders(origins);
  return (req, res, next) => {
    res.vary("Origin");
    if (headers(req.headers.origin, res) && req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      res.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      res.setHeader("Access-Control-Max-Age", "600");
    }
    if (req.method === "OPTIONS") {
      res.status(204).end();
      return;
    }
    next();
  };
}

/** Sets the CORS answer headers for a request from `origin` when it is allowed; true when it is. */
export function corsHeaders(origins: string[]): (origin: string | undefined, res: ServerResponse) => boolean {
  const any = origins.includes("*");
  const allowed = new Set(origins.map((o) => o.replace(/\/$/, "").toLowerCase()));
  return (origin, res) => {
    if (!origin || !(any || allowed.has(origin.toLowerCase()))) return false;
    res.setHeader("Access-Control-Allow-Origin", any ? "*" : origin);
    res.setHeader("Access-Control-Expose-Headers", "x-request-id, x-sql-statements, retry-after");
    return true;
  };
}
