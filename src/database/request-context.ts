import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request bookkeeping that deep code (the SQL logger) reads without threading it through calls. */
export interface RequestStats {
  sqlStatements: number;
}

export const requestStats = new AsyncLocalStorage<RequestStats>();

/** Runs fn with a fresh statement counter and returns both its result and the count. */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const stats: RequestStats = { sqlStatements: 0 };
  const result = await requestStats.run(stats, fn);
  return { result, statements: stats.sqlStatements };
}
