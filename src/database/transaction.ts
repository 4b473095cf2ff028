import type { DataSource, EntityManager } from "typeorm";

/** Attempts of one transaction when PostgreSQL ends it as a deadlock victim (SQLSTATE 40P01). */
const DEADLOCK_ATTEMPTS = 3;

function isDeadlock(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return e?.code === "40P01" || e?.driverError?.code === "40P01";
}

/**
 * Runs work in one transaction: all of it is written, or none. A transaction PostgreSQL chose as a deadlock's
 * victim is rolled back whole and run again (at most DEADLOCK_ATTEMPTS times): the per-key summaries kept by
 * triggers (article_day_count, article_key_count) are locked statement by statement, so two ingests, one of
 * them moving another article of its story to a copy, can wait on each other.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction("READ COMMITTED", work);
    } catch (error) {
      if (!isDeadlock(error) || attempt >= DEADLOCK_ATTEMPTS) throw error;
    }
  }
}
