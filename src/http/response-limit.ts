import type { ApolloServerPlugin } from "@apollo/server";
import type { AppContext } from "../context";
import { ErrorCode } from "../errors";

/** Characters the value's JSON holds at least (strings, keys, numbers), stopping once past `stop`. */
function jsonLowerBound(value: unknown, stop: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length && total <= stop) {
    const item = stack.pop();
    if (typeof item === "string") total += item.length + 2;
    else if (item === null || typeof item !== "object") total += 4;
    else if (Array.isArray(item)) {
      total += 1 + item.length;
      for (const inner of item) stack.push(inner);
    } else {
      for (const [key, inner] of Object.entries(item)) {
        total += key.length + 4;
        stack.push(inner);
      }
    }
  }
  return total;
}

/** UTF-8 bytes of the value's JSON, or Infinity when it is too large for one string at all. */
function jsonBytes(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value), "utf8");
  } catch {
    return Infinity; // RangeError: Invalid string length
  }
}

/**
 * Answers a result larger than maxBytes (MAX_RESPONSE_BYTES) with a RESPONSE_TOO_LARGE error instead of the
 * data. A cheap walk decides most responses; only those within reach of the limit are serialised to measure.
 */
export function responseLimitPlugin(maxBytes: number): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (result.data === undefined || result.data === null) return;
          const lower = jsonLowerBound(result.data, maxBytes);
          // JSON escapes and UTF-8 make the text at most 6 bytes per counted character.
          if (lower <= maxBytes && (lower * 6 <= maxBytes || jsonBytes(result) <= maxBytes)) return;
          response.body.singleResult = {
            errors: [
              {
                message: `The response would be larger than ${maxBytes} bytes, the most this server sends (MAX_RESPONSE_BYTES); ask for fewer items (first), fewer fields or fewer aliases`,
                extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, limit: "MAX_RESPONSE_BYTES" },
              },
            ],
            extensions: result.extensions,
          };
        },
      };
    },
  };
}
