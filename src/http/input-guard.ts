import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import type { AppContext } from "../context";
import { ErrorCode } from "../errors";

/** A BAD_USER_INPUT sent before execution, as a 400. */
function refused(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } } });
}

/** Calls check on every string inside a variables value with its path ("variables.input.raw") and key. */
function eachString(value: unknown, path: string, key: string, check: (text: string, path: string, key: string) => void, depth = 0): void {
  if (typeof value === "string") return check(value, path, key);
  if (depth > 50 || value === null || typeof value !== "object") return;
  for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
    eachString(inner, Array.isArray(value) ? `${path}[${name}]` : `${path}.${name}`, Array.isArray(value) ? key : name, check, depth + 1);
  }
}

/** Every `search: …` argument or input field, with its literal text or the variable it names. */
function searchValues(document: DocumentNode): ValueNode[] {
  const found: ValueNode[] = [];
  visit(document, {
    ObjectField(node) {
      if (node.name.value === "search") found.push(node.value);
    },
    Argument(node) {
      if (node.name.value === "search") found.push(node.value);
    },
  });
  return found;
}

/**
 * What the input guard refuses in a request, or null: a NUL character in any string (literal or variable;
 * PostgreSQL cannot store one) and `search` text longer than maxSearchChars. The fast path checks the same.
 */
export function inputViolation(document: DocumentNode, variables: Record<string, unknown>, maxSearchChars: number): GraphQLError | null {
  try {
    eachString(variables, "variables", "", (text, path, key) => {
      if (text.includes("\u0000")) throw refused(path, "must not contain NUL characters (\\u0000); send plain text");
      if (key === "search" && text.length > maxSearchChars) throw refused(path, `must be at most ${maxSearchChars} characters (MAX_SEARCH_CHARS), got ${text.length}`);
    });
    visit(document, {
      StringValue(node) {
        if (node.value.includes("\u0000")) throw refused("query", "a string in the query contains a NUL character (\\u0000); send plain text");
      },
    });
    for (const value of searchValues(document)) {
      const text = value.kind === Kind.STRING ? value.value : value.kind === Kind.VARIABLE ? variables[value.name.value] : undefined;
      if (typeof text === "string" && text.length > maxSearchChars) {
        throw refused("filter.search", `must be at most ${maxSearchChars} characters (MAX_SEARCH_CHARS), got ${text.length}`);
      }
    }
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  return null;
}

/** Refuses what inputViolation finds, before any resolver or SQL runs. */
export function inputGuardPlugin(maxSearchChars: number): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const violation = inputViolation(document, request.variables ?? {}, maxSearchChars);
          if (violation) throw violation;
        },
      };
    },
  };
}
