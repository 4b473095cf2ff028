import type { FieldNode, FragmentDefinitionNode, SelectionSetNode } from "graphql";

/** What nodeFields needs from a resolver's GraphQLResolveInfo. */
export interface SelectionInfo {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

/** Calls `visit` for every field of a selection set, looking through inline fragments and fragment spreads. */
function eachField(set: SelectionSetNode | undefined, fragments: SelectionInfo["fragments"], visit: (field: FieldNode) => void, seen = new Set<string>()): void {
  if (!set) return;
  for (const selection of set.selections) {
    if (selection.kind === "Field") visit(selection);
    else if (selection.kind === "InlineFragment") eachField(selection.selectionSet, fragments, visit, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      eachField(fragments[selection.name.value]?.selectionSet, fragments, visit, seen);
    }
  }
}

/**
 * The field names a connection field's items are asked for, under `nodes { … }` and `edges { node { … } }`,
 * over every occurrence of the field (aliases merged), fragments included. @skip/@include are ignored, so the
 * set may hold more than gets resolved, never less: safe for deciding which columns to read.
 */
export function nodeFields(info: SelectionInfo): Set<string> {
  const names = new Set<string>();
  const collect = (node: FieldNode) => eachField(node.selectionSet, info.fragments, (f) => names.add(f.name.value));
  for (const connection of info.fieldNodes) {
    eachField(connection.selectionSet, info.fragments, (field) => {
      if (field.name.value === "nodes") collect(field);
      else if (field.name.value === "edges") eachField(field.selectionSet, info.fragments, (edgeField) => edgeField.name.value === "node" && collect(edgeField));
    });
  }
  return names;
}
