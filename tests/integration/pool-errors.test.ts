import type { Pool, PoolClient } from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
});
afterAll(() => db.drop());

describe("the pool's connections", () => {
  it("a checked-out connection whose backend PostgreSQL ends between two statements fails its next statement; the process goes on and the pool serves", async () => {
    // The pool TypeORM built (what the fast path and TypeORM's own start-up queries check connections out of).
    const pool = (db.dataSource.driver as unknown as { master: Pool }).master;
    const client: PoolClient = await pool.connect();
    const { rows } = await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
    // Another connection ends that backend while the connection is checked out with no statement running: pg-pool
    // listens for errors on idle connections only, so without a listener of the client's own this "error" is
    // unhandled and ends the process (jest reports it, and this test fails).
    await db.dataSource.query(`SELECT pg_terminate_backend($1)`, [rows[0].pid]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(client.query(`SELECT 1`)).rejects.toThrow();
    client.release(true);
    expect(await db.dataSource.query(`SELECT 2 AS n`)).toEqual([{ n: 2 }]);
  });
});
