import type { SelectedField } from "../../src/fastpath/json-sql";
import { referenceWriter, writeReferences } from "../../src/fastpath/references";
import { ReferenceData } from "../../src/services/reference.service";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

/** The fast path's PostgreSQL helpers on a real database: reference data writing. */
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
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
