import fs from "node:fs";
import path from "node:path";
import { buildSchema, isInputObjectType, isObjectType, isEnumType, parse, print, type TypeNode, type GraphQLSchema } from "graphql";

const root = path.resolve(__dirname, "../..");
/** API.md beside the project when present (the source of truth), else the committed copy. */
const apiMd = [path.resolve(root, "../shared/API.md"), path.join(root, "tests/fixtures/shared/API.md")].find((f) => fs.existsSync(f))!;

/** The contract's GraphQL blocks, parsed. */
function contractDefinitions() {
  const blocks = [...fs.readFileSync(apiMd, "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((block) => parse(block).definitions);
}

const schema: GraphQLSchema = buildSchema(fs.readFileSync(path.join(root, "schema.graphql"), "utf8"));
const typeString = (node: TypeNode) => print(node);

describe("schema.graphql contains the public contract of API.md", () => {
  const definitions = contractDefinitions();

  it("finds the contract's definitions, extensions included", () => {
    expect(definitions.length).toBeGreaterThan(8);
    expect(definitions.filter((d) => d.kind === "ObjectTypeExtension").length).toBeGreaterThan(4);
  });

  it.each(definitions.map((d) => [`${d.kind === "ObjectTypeExtension" ? "extend " : ""}${"name" in d && d.name ? d.name.value : d.kind}`, d] as const))("%s", (_name, definition) => {
    if (definition.kind === "ScalarTypeDefinition") {
      expect(schema.getType(definition.name.value)).toBeDefined();
    } else if (definition.kind === "EnumTypeDefinition") {
      const type = schema.getType(definition.name.value);
      expect(isEnumType(type)).toBe(true);
      if (isEnumType(type)) for (const value of definition.values ?? []) expect(type.getValue(value.name.value)).toBeDefined();
    } else if (
      definition.kind === "ObjectTypeDefinition" ||
      definition.kind === "InputObjectTypeDefinition" ||
      // `extend type Query { … }` in API.md adds fields the schema must hold as well.
      definition.kind === "ObjectTypeExtension"
    ) {
      const type = schema.getType(definition.name.value);
      expect(isObjectType(type) || isInputObjectType(type)).toBe(true);
      if (!(isObjectType(type) || isInputObjectType(type))) return;
      const fields = type.getFields();
      for (const field of definition.fields ?? []) {
        const actual = fields[field.name.value];
        expect({ field: field.name.value, type: actual ? String(actual.type) : "missing" }).toEqual({ field: field.name.value, type: typeString(field.type) });
        const args = "args" in actual ? actual.args : [];
        for (const arg of ("arguments" in field ? field.arguments : undefined) ?? []) {
          const found = args.find((a) => a.name === arg.name.value);
          expect({ field: field.name.value, arg: arg.name.value, type: found ? String(found.type) : "missing" }).toEqual({
            field: field.name.value,
            arg: arg.name.value,
            type: typeString(arg.type),
          });
        }
      }
    }
  });

  it("has every filter field the table in API.md names", () => {
    const table: Record<string, string[]> = {
      ArticleFilter: ["country", "topic", "from", "to", "actorId", "source", "search"],
      QuoteFilter: ["country", "topic", "from", "to", "speakerId", "speakerCountry", "articleId", "search"],
      FigureFilter: ["country", "topic", "from", "to", "articleId", "kind", "unit", "minValue", "maxValue", "search"],
      ActorFilter: ["country", "topic", "from", "to", "kind", "search"],
    };
    for (const [name, fields] of Object.entries(table)) {
      const type = schema.getType(name);
      expect(isInputObjectType(type)).toBe(true);
      if (isInputObjectType(type)) expect(Object.keys(type.getFields())).toEqual(expect.arrayContaining(fields));
    }
  });

  it("has Relay connections, edges and PageInfo for every list", () => {
    for (const node of ["Article", "Quote", "Figure", "Actor"]) {
      const connection = schema.getType(`${node}Connection`);
      expect(isObjectType(connection)).toBe(true);
      if (isObjectType(connection)) {
        const fields = connection.getFields();
        expect(String(fields.totalCount.type)).toBe("Int!");
        expect(String(fields.edges.type)).toBe(`[${node}Edge!]!`);
        expect(String(fields.nodes.type)).toBe(`[${node}!]!`);
        expect(String(fields.pageInfo.type)).toBe("PageInfo!");
      }
    }
    const pageInfo = schema.getType("PageInfo");
    expect(isObjectType(pageInfo) && Object.keys(pageInfo.getFields()).sort()).toEqual(["endCursor", "hasNextPage", "hasPreviousPage", "startCursor"]);
  });
});
