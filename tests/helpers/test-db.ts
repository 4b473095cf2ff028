import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/database/data-source";
import { databaseUrl } from "../../src/database/embedded";

export interface TestDatabase {
  name: string;
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.NG_TEST_ADMIN_URL;
  if (!url) throw new Error("NG_TEST_ADMIN_URL is not set: run the tests through jest (tests/helpers/global-setup.ts)");
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test file: a copy of the freshly migrated template. */
export async function createTestDatabase(options: { empty?: boolean; statementTimeoutMs?: number } = {}): Promise<TestDatabase> {
  const name = `ng_test_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${process.env.NG_TEST_TEMPLATE}`));
  const url = databaseUrl(adminUrl(), name);
  const dataSource = createDataSource(url, { poolSize: 4, statementTimeoutMs: options.statementTimeoutMs ?? 30_000 });
  await dataSource.initialize();
  return {
    name,
    url,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * The SQL TypeORM would run to make the database match the entities. Its schema builder reads table metadata
 * with overlapping queries on one connection, which pg deprecates; here they run one at a time.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const runner = create(mode);
    const query = runner.query.bind(runner);
    let queue: Promise<unknown> = Promise.resolve();
    runner.query = ((...args: Parameters<typeof query>) => {
      const next = queue.then(() => query(...args));
      queue = next.catch(() => undefined);
      return next;
    }) as typeof runner.query;
    return runner;
  };
  try {
    return (await dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
  } finally {
    delete (dataSource as { createQueryRunner?: unknown }).createQueryRunner;
  }
}
