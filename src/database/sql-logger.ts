import type { Logger, QueryRunner } from "typeorm";
import { boundedValue } from "../log-bounds";
import { requestStats } from "./request-context";

/** TypeORM logger that counts statements per request and optionally prints them. */
export class SqlLogger implements Logger {
  constructor(private readonly printQueries: boolean) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const stats = requestStats.getStore();
    if (stats) stats.sqlStatements += 1;
    if (this.printQueries) process.stderr.write(`[sql] ${query} ${parameters?.length ? JSON.stringify(boundedValue(parameters)) : ""}\n`);
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    if (this.printQueries) process.stderr.write(`[sql error] ${String(error)} in ${query} ${JSON.stringify(boundedValue(parameters ?? []))}\n`);
  }
  logQuerySlow(time: number, query: string): void {
    if (this.printQueries) process.stderr.write(`[sql slow ${time} ms] ${query}\n`);
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
