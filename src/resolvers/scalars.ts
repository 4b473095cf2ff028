import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { ErrorCode } from "../errors";

/** A Date that came from a date-only value ("2024-06-30"): `to` then covers that whole day. */
export interface DateOnlyMarked extends Date {
  dateOnly?: true;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function invalid(value: unknown): GraphQLError {
  return new GraphQLError(
    `DateTime: expected an ISO-8601 date-time such as "2024-06-30T12:00:00Z" or a date such as "2024-06-30", got ${JSON.stringify(value)}`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, field: "DateTime" } },
  );
}

/** Years PostgreSQL and ISO-8601 text agree on; outside them a date is refused before any SQL. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** Parses an ISO-8601 date or date-time (no offset means UTC) in the years 1000–9999; throws a BAD_USER_INPUT error otherwise. */
export function parseDateTime(value: unknown): DateOnlyMarked {
  const date = parseAnyYear(value);
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new GraphQLError(`DateTime: the year must be from ${MIN_YEAR} to ${MAX_YEAR}, got ${JSON.stringify(value)}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: "DateTime" },
    });
  }
  return date;
}

function parseAnyYear(value: unknown): DateOnlyMarked {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value !== "string") throw invalid(value);
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const date: DateOnlyMarked = new Date(`${text}T00:00:00.000Z`);
    // Reject 2024-02-31 and the like, which Date would roll over.
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) throw invalid(value);
    date.dateOnly = true;
    return date;
  }
  if (!DATE_TIME.test(text)) throw invalid(value);
  // graphql-scalars checks the date-time strictly (RFC 3339: real calendar dates, valid offsets);
  // a value without an offset is taken as UTC.
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
  try {
    return DateTimeResolver.parseValue(`${text.replace(" ", "T")}${hasOffset ? "" : "Z"}`) as Date;
  } catch {
    throw invalid(value);
  }
}

/** ISO-8601, always UTC on output; accepts a date-time or a date-only value on input. */
export const DateTimeScalar = new GraphQLScalarType<DateOnlyMarked, string>({
  name: "DateTime",
  description: 'ISO-8601 instant, always UTC on output ("2024-06-26T12:00:00.000Z"). Input also accepts a date alone ("2024-06-30").',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError("DateTime cannot represent an invalid date");
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid(ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? Number(ast.value) : ast.kind);
    return parseDateTime(ast.value);
  },
});
