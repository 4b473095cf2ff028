import { Client } from "pg";

/** Drops the template and stops the embedded PostgreSQL if the run started one. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.NG_TEST_ADMIN_URL;
  if (adminUrl && process.env.NG_TEST_TEMPLATE) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${process.env.NG_TEST_TEMPLATE} WITH (FORCE)`);
    await admin.end();
  }
  await globalThis.__NG_EMBEDDED__?.stop();
}
