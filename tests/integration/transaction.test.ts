import { inTransaction } from "../../src/database/transaction";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
  await db.dataSource.query(`CREATE TABLE lock_pair (id int PRIMARY KEY, n int NOT NULL)`);
  await db.dataSource.query(`INSERT INTO lock_pair VALUES (1, 0), (2, 0)`);
});
afterAll(() => db.drop());

describe("inTransaction", () => {
  it("runs a deadlock's victim again, so both transactions of a lock cycle are written", async () => {
    // Each first attempt locks its own row, waits until the other has locked its row, then asks for the other's.
    let locked = 0;
    const bothLocked = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (locked === 2) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    const attempts = [0, 0];
    const run = (mine: number, theirs: number, who: number) =>
      inTransaction(db.dataSource, async (m) => {
        attempts[who] += 1;
        await m.query(`UPDATE lock_pair SET n = n + 1 WHERE id = $1`, [mine]);
        if (attempts[who] === 1) {
          locked += 1;
          await bothLocked;
        }
        await m.query(`UPDATE lock_pair SET n = n + 1 WHERE id = $1`, [theirs]);
      });
    await Promise.all([run(1, 2, 0), run(2, 1, 1)]);
    expect(attempts.sort()).toEqual([1, 2]);
    expect(await db.dataSource.query(`SELECT id, n FROM lock_pair ORDER BY id`)).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });

  it("gives up other errors at once", async () => {
    let attempts = 0;
    await expect(
      inTransaction(db.dataSource, async (m) => {
        attempts += 1;
        await m.query(`SELECT 1 / 0`);
      }),
    ).rejects.toThrow(/division by zero/);
    expect(attempts).toBe(1);
  });
});
