import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { printAppSchema } from "../../src/schema";
import { createTestDatabase, pendingSchemaChanges, type TestDatabase } from "../helpers/test-db";

describe("the committed schema and migrations match the code", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db.drop());

  it("migrations, run from an empty database, give exactly the entities' schema", async () => {
    await db.dataSource.runMigrations({ transaction: "each" });
    expect(await pendingSchemaChanges(db.dataSource)).toEqual([]);
  });

  it("migrations load every ISO 3166-1 country and the 17 IPTC top-level topics", async () => {
    const [{ countries }] = await db.dataSource.query(`SELECT count(*)::int AS countries FROM country`);
    expect(countries).toBeGreaterThanOrEqual(249);
    const topics = await db.dataSource.query(`SELECT slug FROM topic WHERE parent_id IS NULL ORDER BY code`);
    expect(topics).toHaveLength(17);
    expect(topics[15].slug).toBe("conflict-war-and-peace");
  });

  it("schema.graphql is what the decorators build (npm run schema regenerates it)", async () => {
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, "schema.graphql"), "utf8");
    expect(committed).toBe(await printAppSchema());
  });
});
