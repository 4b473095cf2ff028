import { Kind, type SelectionSetNode } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";

/** Page size the cost estimate assumes: `first` as asked (default 20), kept within 1..100 so a bad `first` gets BAD_USER_INPUT. */
function pageSize(first: unknown): number {
  const n = typeof first === "number" && Number.isFinite(first) ? first : 20;
  return Math.min(100, Math.max(1, Math.floor(n)));
}

/** What a full-text search adds to a list's cost: its matches are found, ranked and filtered whatever `first` is. */
export const SEARCH_COST = 500;
/** What `totalCount` costs: it counts every matching row. */
export const COUNT_COST = 200;

/** True when the connection's own selection (or an inline fragment in it) asks for totalCount. */
function asksForCount(set: SelectionSetNode | undefined): boolean {
  return !!set?.selections.some((s) => (s.kind === Kind.FIELD && s.name.value === "totalCount") || (s.kind === Kind.INLINE_FRAGMENT && asksForCount(s.selectionSet)));
}

/**
 * A connection field: its items cost `first` times what is selected on each, plus one for the query, plus
 * a search's cost and totalCount's (each once per list, whatever `first` is).
 */
export const pageCost: ComplexityEstimator = ({ args, childComplexity, node }) => {
  const search = (args.filter as { search?: unknown } | undefined)?.search;
  const extra = (typeof search === "string" && search.trim() ? SEARCH_COST : 0) + (asksForCount(node.selectionSet) ? COUNT_COST : 0);
  return 1 + extra + pageSize(args.first) * childComplexity;
};

/** A list with no `first` (an article's quotes, countries …): costed as if it held `expected` items. */
export function listCost(expected: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + expected * childComplexity;
}

/** Flat cost of one aggregate statement (a facet, histogram, figure series or co-mention count). */
export const AGGREGATE_COST = 20;

/** A facet list: its aggregate statement plus `first` (default 10) times what is selected on each entry. */
export const facetCost: ComplexityEstimator = ({ args, childComplexity }) => AGGREGATE_COST + pageSize(args.first ?? 10) * childComplexity;
