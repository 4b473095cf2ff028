import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ErrorCode } from "../errors";

/** PostgreSQL/pg errors that mean "database unreachable or restarting", not a bug. */
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "53300", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);

function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; driverError?: unknown } | undefined;
  if (!e) return false;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e.driverError) return isUnavailable(e.driverError);
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated unexpectedly/i.test(e.message ?? "");
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
  if (code === "GRAPHQL_VALIDATION_FAILED" && cause instanceof GraphQLError && cause.extensions?.code === ErrorCode.BAD_USER_INPUT) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (original instanceof GraphQLError && original.extensions?.code && original.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR && !(original instanceof Error && !(original instanceof GraphQLError))) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
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
