import type { ComplexityEstimator } from "graphql-query-complexity";

/** Page size the cost estimate assumes: `first` as asked (default 20), kept within 1..100 so a bad `first` gets BAD_USER_INPUT. */
function pageSize(first: unknown): number {
  const n = typeof first === "number" && Number.isFinite(first) ? first : 20;
  return Math.min(100, Math.max(1, Math.floor(n)));
}

/** A connection field: its items cost `first` times what is selected on each, plus one for the query. */
export const pageCost: ComplexityEstimator = ({ args, childComplexity }) => 1 + pageSize(args.first) * childComplexity;

/** A list with no `first` (an article's quotes, countries …): costed as if it held `expected` items. */
export function listCost(expected: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + expected * childComplexity;
}

/** Flat cost of one aggregate statement (a facet, histogram, figure series or co-mention count). */
export const AGGREGATE_COST = 20;

/** A facet list: its aggregate statement plus `first` (default 10) times what is selected on each entry. */
export const facetCost: ComplexityEstimator = ({ args, childComplexity }) => AGGREGATE_COST + pageSize(args.first ?? 10) * childComplexity;
