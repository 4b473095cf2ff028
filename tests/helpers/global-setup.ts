import path from "node:path";
import { Client } from "pg";
import { PROJECT_ROOT } from "../../src/config";
import { createDataSource } from "../../src/database/data-source";
import { databaseUrl, type EmbeddedDatabase, startEmbeddedPostgres } from "../../src/database/embedded";

declare global {
  // eslint-disable-next-line no-var
  var __NG_EMBEDDED__: EmbeddedDatabase | undefined;
}

/**
 * One PostgreSQL for the run: TEST_DATABASE_URL's server, or an embedded one. A template database is
 * migrated once from scratch; each test file then gets its own copy of it (tests/helpers/test-db.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres(path.join(PROJECT_ROOT, ".data", "test-postgres"));
    globalThis.__NG_EMBEDDED__ = embedded;
    adminUrl = embedded.adminUrl;
  }
  const template = `ng_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const dataSource = createDataSource(databaseUrl(adminUrl, template), { poolSize: 1 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();
  process.env.NG_TEST_ADMIN_URL = adminUrl;
  process.env.NG_TEST_TEMPLATE = template;
}
