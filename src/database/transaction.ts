import type { DataSource, EntityManager } from "typeorm";

/** Runs work in one transaction: all of it is written, or none. */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction("READ COMMITTED", work);
}
