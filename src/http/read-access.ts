import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind } from "graphql";
import type { AppContext } from "../context";
import { ErrorCode } from "../errors";

/**
 * With READS_REQUIRE_KEY, queries need a valid key (read or write scope) too; introspection alone stays open
 * so Sandbox can show the schema. Checked before execution, so a refused query runs no resolver.
 */
export function readAccessPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation || operation.operation !== "query") return;
          const introspectionOnly = operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith("__"));
          if (introspectionOnly) return;
          if (contextValue.bearer && contextValue.caller === undefined) contextValue.caller = await contextValue.services.apiKeys.verify(contextValue.bearer);
          if (!contextValue.caller) {
            throw new GraphQLError(
              contextValue.bearer ? "The API key is not valid (unknown or revoked)" : "This server needs an API key for reads too: send the header Authorization: Bearer <key>",
              { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } },
            );
          }
        },
      };
    },
  };
}
