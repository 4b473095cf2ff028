import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { AppContext } from "../context";
import { ErrorCode } from "../errors";

/** The error every query limit raises: a 400 with code QUERY_TOO_COMPLEX, sent before any resolver runs. */
export function tooComplex(message: string, limit: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, http: { status: 400 } } });
}

/**
 * Rejects operations nested deeper than maxDepth fields. Fragments are followed (each measured once, cycles
 * cut); introspection fields (`__schema`, `__type`) are not counted, as Sandbox needs them deep.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragmentDepth = new Map<string, number>();
    const measuring = new Set<string>();
    const depthOf = (set: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of set.selections) {
        if (deepest > maxDepth) break;
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          const name = selection.name.value;
          if (measuring.has(name)) continue; // a cycle: NoFragmentCyclesRule reports it
          let depth = fragmentDepth.get(name);
          if (depth === undefined) {
            const fragment = context.getFragment(name);
            measuring.add(name);
            depth = fragment ? depthOf(fragment.selectionSet) : 0;
            measuring.delete(name);
            fragmentDepth.set(name, depth);
          }
          deepest = Math.max(deepest, depth);
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(tooComplex(`The query nests fields more than ${maxDepth} levels deep, the most allowed`, "MAX_QUERY_DEPTH"));
        }
      },
    };
  };
}

/** Rejects documents with more than maxAliases aliased fields (alias bombs repeat one costly field under many names). */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(tooComplex(`The query uses ${aliases} aliases; at most ${maxAliases} are allowed`, "MAX_ALIASES"));
          }
        },
      },
    };
  };
}

/**
 * Estimates each operation's cost from the fields' `complexity` (list fields: items times `first`) once its
 * variables are known, refuses it above maxCost before execution starts, and reports it in every response's
 * `extensions.cost` ({ estimated, limit }; estimated is 0 when the request never got that far).
 */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let estimated = 0;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { estimated, limit: maxCost } };
        },
        async didResolveOperation({ document, request }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            return; // bad variables: execution rejects them before any resolver runs
          }
          estimated = cost;
          if (cost > maxCost) {
            throw tooComplex(`The query's estimated cost is ${cost}; at most ${maxCost} is allowed. Ask for fewer items (first) or fewer nested lists`, "MAX_QUERY_COST");
          }
        },
      };
    },
  };
}
