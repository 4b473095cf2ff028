import { type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode, parse } from "graphql";
import { nodeFields } from "../../src/resolvers/selection";
import { articleColumns, ARTICLE_COLUMNS } from "../../src/services/columns";

/** The info a resolver of the operation's first top-level field would get (all its occurrences). */
function infoFor(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const fields = op.selectionSet.selections.filter((s): s is FieldNode => s.kind === "Field");
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]),
  );
  return { fieldNodes: fields.filter((f) => f.name.value === fields[0].name.value), fragments };
}

describe("nodeFields", () => {
  it("reads nodes { … }", () => {
    expect([...nodeFields(infoFor(`{ articles { nodes { id title countries { code } } totalCount } }`))].sort()).toEqual(["countries", "id", "title"]);
  });

  it("reads edges { node { … } } and ignores cursor, pageInfo and nested fields' own selections", () => {
    const fields = nodeFields(infoFor(`{ articles { edges { cursor node { id body quotes { text } } } pageInfo { endCursor } } }`));
    expect([...fields].sort()).toEqual(["body", "id", "quotes"]);
  });

  it("merges aliases, inline fragments, named fragments and both shapes", () => {
    const fields = nodeFields(
      infoFor(`
        query { a: articles { ...Page } b: articles { nodes { ... on Article { url } } } }
        fragment Page on ArticleConnection { nodes { ...Bits } edges { node { topics { slug } } } }
        fragment Bits on Article { id body @include(if: false) }`),
    );
    expect([...fields].sort()).toEqual(["body", "id", "topics", "url"]);
  });

  it("copes with recursive fragment spreads and selections without items", () => {
    expect(nodeFields(infoFor(`{ articles { totalCount pageInfo { hasNextPage } } }`)).size).toBe(0);
    const looped = infoFor(`query { articles { ...A } } fragment A on ArticleConnection { nodes { id } ...A }`);
    expect([...nodeFields(looped)]).toEqual(["id"]);
  });
});

describe("articleColumns", () => {
  it("reads the body only when asked for, the links only when their fields are", () => {
    expect(articleColumns(undefined)).toBe(ARTICLE_COLUMNS);
    expect(articleColumns(new Set(["id", "title"]))).not.toMatch(/a\.body|countryCodes|topicIds/);
    expect(articleColumns(new Set(["body"]))).toMatch(/a\.body/);
    const linked = articleColumns(new Set(["countries", "topics"]));
    expect(linked).toMatch(/"countryCodes"/);
    expect(linked).toMatch(/"topicIds"/);
    expect(linked).not.toMatch(/a\.body/);
  });
});
