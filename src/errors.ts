import { GraphQLError } from "graphql";

/** Every error code the API sends, in one place. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  INPUT_TOO_COMPLEX: "INPUT_TOO_COMPLEX",
  RESPONSE_TOO_LARGE: "RESPONSE_TOO_LARGE",
  RATE_LIMITED: "RATE_LIMITED",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A client mistake: names the offending field and what it accepts. */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field },
  });
}

/** Raised by pure code (parsing, validation) that must not depend on GraphQL; mapped to BAD_USER_INPUT. */
export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = "InputError";
  }
}

/** An input that passed validation but costs too much to process (EXTRACT_TIMEOUT_MS, memory): nothing was stored. */
export function inputTooComplex(field: string, message: string, limit: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.INPUT_TOO_COMPLEX, field, limit },
  });
}
