import { Pool } from "pg";
import { queryGeneric } from "../../src/fastpath/generic-plans";
import type { SelectedField } from "../../src/fastpath/json-sql";
import { referenceWriter, writeReferences } from "../../src/fastpath/references";
import { ReferenceData } from "../../src/services/reference.service";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

/** The fast path's PostgreSQL helpers on a real database: generic-plan execution and reference data writing. */
let db: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  // One connection, configured as the server's pool is, so every query below meets the same session.
  pool = new Pool({ connectionString: db.url, max: 1, options: "-c plan_cache_mode=force_custom_plan" });
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const mode = async () => (await pool.query(`SELECT current_setting('plan_cache_mode') AS m`)).rows[0].m;

describe("queryGeneric", () => {
  it("executes on a generic plan, prepared once per connection, and leaves the session's custom plans alone", async () => {
    const statement = { text: `SELECT $1::text AS a, $2::int[] AS b, $3::text[] AS c, $4::bigint + 1 AS d, $5::text IS NULL AS e`, values: [] as unknown[] };
    const awkward = `it's a \\ "quoted" value; with -- and \u00e9`;
    for (let i = 0; i < 3; i++) {
      const result = await queryGeneric(pool, { ...statement, values: [awkward, [1, 2, i], ['a"b', "c\\d", "e,f", "{g}"], String(9007199254740993n + BigInt(i)), null] });
      expect(result.rows).toEqual([{ a: awkward, b: [1, 2, i], c: ['a"b', "c\\d", "e,f", "{g}"], d: String(9007199254740994n + BigInt(i)), e: true }]);
    }
    const [counts] = (await pool.query(`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE position($1 in statement) > 0`, [statement.text])).rows;
    expect(counts).toEqual({ generic_plans: "3", custom_plans: "0" });
    expect(await mode()).toBe("force_custom_plan");
  });

  it("a failing execution rejects, discards the connection and the next one prepares afresh", async () => {
    const statement = { text: `SELECT 10 / $1::int AS x` };
    expect((await queryGeneric(pool, { ...statement, values: [5] })).rows).toEqual([{ x: 2 }]);
    await expect(queryGeneric(pool, { ...statement, values: [0] })).rejects.toThrow(/division by zero/);
    expect(await mode()).toBe("force_custom_plan");
    expect((await queryGeneric(pool, { ...statement, values: [2] })).rows).toEqual([{ x: 5 }]);
    await expect(queryGeneric(pool, { ...statement, values: [{ not: "a value" }] })).rejects.toThrow(/no literal/);
  });
});

describe("reference writers", () => {
  const fail = (what: string) => new Error(`unsupported ${what}`);
  const field = (key: string, name = key, fields?: SelectedField[]): SelectedField => ({ key, name, fields });

  it("write countries and topics (with their parents) as the resolvers serve them, from the reference data", async () => {
    const [top] = (await db.dataSource.query(`SELECT id, slug, code, name FROM topic WHERE parent_id IS NULL ORDER BY id LIMIT 1`)) as Array<{ id: number; slug: string; code: string; name: string }>;
    const [sub] = (await db.dataSource.query(`INSERT INTO topic (slug, code, name, parent_id) VALUES ('sub-test', 'medtop:99999999', 'Sub "test" \\ topic', $1) RETURNING id`, [top.id])) as Array<{ id: number }>;
    const reference = await ReferenceData.load(db.dataSource);
    const [us, ua] = [reference.country("US")!, reference.country("UA")!];
    const countries = referenceWriter("Country", [field("code"), field("label", "name"), field("__typename")], fail);
    const topics = referenceWriter("Topic", [field("slug"), field("up", "parent", [field("name"), field("parent", "parent", [field("code")])]), field("__typename")], fail);
    const text = `{"a":\u00030\u0002US,UA\u0003,"b":\u00030\u0002\u0003,"c":\u00041\u0002${sub.id}\u0003,"d":\u00031\u0002${top.id},${sub.id}\u0003}`;
    const country = (c: typeof us) => ({ code: c.code, label: c.name, __typename: "Country" });
    expect(JSON.parse(writeReferences(text, [countries, topics], reference))).toEqual({
      a: [country(us), country(ua)],
      b: [],
      c: { slug: "sub-test", up: { name: top.name, parent: null }, __typename: "Topic" },
      d: [
        { slug: top.slug, up: null, __typename: "Topic" },
        { slug: "sub-test", up: { name: top.name, parent: null }, __typename: "Topic" },
      ],
    });
    // Key order is the selection's, as graphql-js writes it.
    expect(writeReferences(`\u00040\u0002US\u0003`, [countries], reference)).toBe(JSON.stringify(country(us)));
    expect(() => writeReferences(`\u00030\u0002XX\u0003`, [countries], reference)).toThrow(/no Country "XX"/);
    expect(() => referenceWriter("Country", [field("slug")], fail)).toThrow(/unsupported Country.slug/);
    expect(() => referenceWriter("Topic", [field("parent")], fail)).toThrow(/unsupported Topic.parent/);
    expect(() => referenceWriter("Topic", [], fail)).toThrow(/empty selection/);
  });
});
