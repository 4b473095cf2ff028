import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ErrorCode } from "../errors";
import { boundedError } from "../log-bounds";
import type { Logger } from "../logger";

/** Codes our own validation rules raise; Apollo files them under GRAPHQL_VALIDATION_FAILED, so they are put back. */
const VALIDATION_CODES = new Set<string>([ErrorCode.BAD_USER_INPUT, ErrorCode.QUERY_TOO_COMPLEX]);

/** Error codes sent on this response, for the request log and metrics (set before the body is written). */
export function noteErrorCodes(res: Response, codes: string[]): void {
  res.locals.errorCodes = [...((res.locals.errorCodes as string[] | undefined) ?? []), ...codes];
}

/** Answers outside GraphQL execution (body too large, rate limited …) in the GraphQL error shape. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  noteErrorCodes(res, [code]);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Any path no route serves: a JSON 404 in the GraphQL error shape, never Express's HTML page. */
export function notFound(): RequestHandler {
  return (req, res) => sendError(res, 404, "NOT_FOUND", `Nothing is served at ${req.method} ${req.path.slice(0, 200)}; the API is at POST /graphql (also GET /health, /ready, /metrics)`);
}

/**
 * Last Express handler: body-parser failures become 400/413 GraphQL-shaped errors, anything else a bare 500
 * (never Express's HTML page, which carries a stack outside production).
 */
export function httpErrorHandler(logger: Logger, maxBodyBytes: number): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = (error as { type?: string }).type;
    if (type === "entity.too.large") {
      sendError(res, 413, ErrorCode.BAD_USER_INPUT, `The request body is larger than ${maxBodyBytes} bytes, the most accepted (MAX_BODY_BYTES)`);
    } else if (type === "entity.parse.failed") {
      sendError(res, 400, "BAD_REQUEST", "The request body is not valid JSON");
    } else if (type === "encoding.unsupported" || type === "charset.unsupported" || type === "request.aborted" || type === "request.size.invalid") {
      sendError(res, 400, "BAD_REQUEST", "The request body could not be read");
    } else {
      logger.error({ err: boundedError(error) }, "internal error outside GraphQL");
      sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
    }
  };
}

/** PostgreSQL/pg errors that mean "database unreachable or restarting", not a bug. */
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "53300", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);

/** True for errors that mean the database is unreachable or restarting (connection refused, reset, shutting down). */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; name?: string; driverError?: unknown; thrownValue?: unknown } | undefined;
  if (!e) return false;
  // TypeORM releases a connection when it breaks; the transaction's next step (BEGIN, ROLLBACK) then fails so.
  if (e.name === "QueryRunnerAlreadyReleasedError" || e.name === "QueryRunnerProviderAlreadyReleasedError") return true;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e.driverError) return isUnavailable(e.driverError);
  // graphql-js wraps what is not an Error of its own realm (e.g. a socket error under jest's sandbox).
  if (e.name === "NonErrorThrown" && e.thrownValue) return isUnavailable(e.thrownValue);
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated unexpectedly/i.test(e.message ?? "");
}

/** The message of an error, or of what graphql-js wrapped (a non-Error thrown value). */
function messageOf(error: unknown): string {
  const e = error as { message?: string; driverError?: { message?: string }; thrownValue?: { message?: string } } | undefined;
  return e?.message ?? e?.driverError?.message ?? e?.thrownValue?.message ?? "";
}

function isStatementTimeout(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | undefined;
  return e?.code === "57014" || e?.driverError?.code === "57014";
}

/**
 * Shapes every error for the client: known codes pass with their message; database outages become
 * SERVICE_UNAVAILABLE; anything else is an INTERNAL_SERVER_ERROR with no SQL, stack or path in it.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, onInternal: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  if (code === "GRAPHQL_VALIDATION_FAILED" && cause instanceof GraphQLError && VALIDATION_CODES.has(String(cause.extensions?.code))) {
    return { ...base, extensions: { code: cause.extensions.code, ...(cause.extensions.limit ? { limit: cause.extensions.limit } : {}) } };
  }
  if (code === "GRAPHQL_PARSE_FAILED" && /contains more th(?:an|at) \d+ tokens/.test(formatted.message)) {
    return { ...base, message: `${formatted.message.replace(/^Syntax Error: /, "")} (MAX_TOKENS)`, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: "MAX_TOKENS" } };
  }
  if (original instanceof GraphQLError && original.extensions?.code && original.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR && !(original instanceof Error && !(original instanceof GraphQLError))) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  if (/timeout exceeded when trying to connect/i.test(messageOf(original))) {
    return { ...base, message: "The server is busy: every database connection is in use; retry in a few seconds", extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: "SERVER_BUSY" } };
  }
  if (isUnavailable(original)) {
    return { ...base, message: "The database is unavailable right now; retry in a few seconds", extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  if (isStatementTimeout(original)) {
    return { ...base, message: "The query took too long and was cancelled; narrow the filter or ask for fewer items", extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: "STATEMENT_TIMEOUT" } };
  }
  onInternal(original);
  return { ...base, message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
