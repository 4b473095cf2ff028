import pino from "pino";

/** Longest parameter or field value a log line holds. */
export const MAX_LOGGED_CHARS = 200;

/** A string cut to MAX_LOGGED_CHARS, saying how long it was. */
export function boundedText(text: string, max = MAX_LOGGED_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}

/** A copy of a value with every string in it cut to MAX_LOGGED_CHARS (arrays and objects to a few levels). */
export function boundedValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return boundedText(value);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if (depth > 3) return "[…]";
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => boundedValue(item, depth + 1)).concat(value.length > 50 ? [`… (${value.length} items)`] : []);
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  return Object.fromEntries(Object.entries(value).slice(0, 50).map(([k, v]) => [k, boundedValue(v, depth + 1)]));
}

/** An error as pino serialises it, with the SQL parameters, query and every other field cut to size. */
export function boundedError(error: unknown): unknown {
  if (!(error instanceof Error)) return boundedValue(error);
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  const { stack, ...rest } = serialized;
  return { ...(boundedValue(rest) as object), stack: typeof stack === "string" ? boundedText(stack, 4_000) : undefined };
}
