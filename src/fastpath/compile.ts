import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLField,
  GraphQLObjectType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from "graphql";
import { ACTOR_LIST, ARTICLE_LIST, FIGURE_LIST, type ListDefinition, listQuery, QUOTE_LIST } from "../services/list.service";
import { afterCondition, countStatement, orderBy } from "../services/paging";
import { SqlParams, whereClause } from "../services/sql";
import { isoTimestamp, type JsonContext, objectJson, type SelectedField, Unsupported } from "./json-sql";
import { type ReferenceWriter, referenceWriter } from "./references";

/** The top-level lists the fast path serves, with the table alias their list query uses. */
const LISTS: Record<string, { definition: ListDefinition<unknown, unknown, unknown>; alias: string; key: (x: string) => string[] }> = {
  articles: { definition: ARTICLE_LIST as never, alias: "a", key: (x) => [isoTimestamp(`${x}.published_at`), `${x}.id::text`] },
  quotes: { definition: QUOTE_LIST as never, alias: "q", key: (x) => [isoTimestamp(`${x}.published_at`), `${x}.id::text`] },
  figures: { definition: FIGURE_LIST as never, alias: "f", key: (x) => [isoTimestamp(`${x}.published_at`), `${x}.id::text`] },
  actors: { definition: ACTOR_LIST as never, alias: "act", key: (x) => [`${x}.name`, `${x}.id::text`] },
};

export type PageInfoPart = "hasNextPage" | "hasPreviousPage" | "startCursor" | "endCursor" | "__typename";
export type ConnectionPart =
  | { key: string; kind: "totalCount" | "nodes" | "__typename" }
  | { key: string; kind: "pageInfo"; parts: Array<{ key: string; kind: PageInfoPart }> };

/** A cached document's operation, compiled: one connection field served by one SQL statement (plus totalCount). */
export interface ListPlan {
  kind: "list";
  operationName: string | null;
  document: DocumentNode;
  variableDefinitions: readonly VariableDefinitionNode[];
  /** Response key of the root field. */
  key: string;
  connectionType: string;
  fieldNode: FieldNode;
  fieldDef: GraphQLField<unknown, unknown>;
  definition: ListDefinition<unknown, unknown, unknown>;
  parts: ConnectionPart[];
  /** SQL text expression of one node's JSON on the list's row; "NULL::text" when nodes are not asked for. */
  nodeJson: string;
  /** SQL expression of a row's cursor values as a JSON array, or null when no cursor is asked for. */
  keyJson: string | null;
  /** How Node writes the countries and topics the JSON marks (by index). */
  references: ReferenceWriter[];
}

/** The by-id root fields the fast path serves (nullable objects, loaded as the resolvers' loaders read them). */
const OBJECTS: Record<string, { type: string; table: string }> = {
  actor: { type: "Actor", table: "actor" },
  article: { type: "Article", table: "article" },
};

/**
 * A cached document's operation whose one root field reads one object by id (`actor(id)`), nested connections
 * included: its SQL depends on the nested pages' arguments, so it is built per variable set (objectStatement).
 */
export interface ObjectPlan {
  kind: "object";
  operationName: string | null;
  document: DocumentNode;
  variableDefinitions: readonly VariableDefinitionNode[];
  key: string;
  fieldNode: FieldNode;
  fieldDef: GraphQLField<unknown, unknown>;
  type: string;
  table: string;
  fields: SelectedField[];
  /** Whether the JSON holds marked cursors (CURSOR_MARK) to sign. */
  cursors: boolean;
  references: ReferenceWriter[];
}

export type Plan = ListPlan | ObjectPlan;

/** A context's `reference` that collects a writer per marked selection, in the order objectJson meets them. */
function referenceCollector(): { writers: ReferenceWriter[]; reference: JsonContext["reference"] } {
  const writers: ReferenceWriter[] = [];
  return { writers, reference: (type, fields) => writers.push(referenceWriter(type, fields, (what) => new Unsupported(what))) - 1 };
}

/** Fields of the selection sets by response key, fragments flattened, in graphql-js's collection order. */
function collectFields(sets: SelectionSetNode[], typeName: string, fragments: Map<string, FragmentDefinitionNode>, out = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.directives?.length) throw new Unsupported("directive");
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = out.get(key);
        if (list) list.push(selection);
        else out.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== typeName) throw new Unsupported("type condition");
        collectFields([selection.selectionSet], typeName, fragments, out);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || fragment.typeCondition.name.value !== typeName || fragment.directives?.length) throw new Unsupported("fragment");
        collectFields([fragment.selectionSet], typeName, fragments, out);
      }
    }
  }
  return out;
}

/** The merged selection on an object type, as the JSON builder takes it; nested fields may take no arguments. */
function selected(nodes: FieldNode[], type: GraphQLObjectType, fragments: Map<string, FragmentDefinitionNode>): SelectedField[] {
  const sets = nodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => s !== undefined);
  const out: SelectedField[] = [];
  for (const [key, fieldNodes] of collectFields(sets, type.name, fragments)) {
    const name = fieldNodes[0].name.value;
    if (name === "__typename") {
      out.push({ key, name });
      continue;
    }
    const def = type.getFields()[name];
    const fieldType = getNamedType(def?.type);
    if (!fieldType) throw new Unsupported(name);
    // Only a nested connection takes arguments here (json-sql reads them per request); validation made them agree.
    const connection = fieldType.name.endsWith("Connection") && def.args.length > 0;
    if (!connection && fieldNodes.some((f) => f.arguments?.length)) throw new Unsupported("arguments");
    out.push({
      key,
      name,
      fields: fieldType instanceof GraphQLObjectType ? selected(fieldNodes, fieldType, fragments) : undefined,
      ...(connection ? { args: { node: fieldNodes[0], def } } : {}),
    });
  }
  return out;
}

function pageInfoParts(nodes: FieldNode[], fragments: Map<string, FragmentDefinitionNode>): Array<{ key: string; kind: PageInfoPart }> {
  const sets = nodes.map((n) => n.selectionSet!);
  return [...collectFields(sets, "PageInfo", fragments)].map(([key, fields]) => ({ key, kind: fields[0].name.value as PageInfoPart }));
}

/**
 * Compiles a validated document's operation into a Plan, or returns null when it holds anything the fast path does
 * not serve (mutations, several root fields, edges, nested connections, directives …): those run on the resolvers.
 */
export function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): Plan | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === operationName);
  if (!operation || operation.operation !== "query" || operation.directives?.length) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const queryType = schema.getQueryType()!;
  try {
    const roots = [...collectFields([operation.selectionSet], queryType.name, fragments)];
    if (roots.length !== 1) return null;
    const [key, fieldNodes] = roots[0];
    const object = OBJECTS[fieldNodes[0].name.value];
    if (object) {
      if (fieldNodes.length !== 1) return null;
      const fieldDef = queryType.getFields()[fieldNodes[0].name.value];
      const fields = selected(fieldNodes, schema.getType(object.type) as GraphQLObjectType, fragments);
      // A dry run with any page arguments: throws Unsupported for what json-sql does not serve.
      const references = referenceCollector();
      const text = objectJson(object.type, fields, "r", { alias: () => "t", page: () => ({ first: 1, after: null }), bind: () => "NULL", reference: references.reference });
      return {
        kind: "object",
        operationName: operation.name?.value ?? null,
        document,
        variableDefinitions: operation.variableDefinitions ?? [],
        key,
        fieldNode: fieldNodes[0],
        fieldDef,
        ...object,
        fields,
        cursors: text.includes("chr(1)"),
        references: references.writers,
      };
    }
    const list = LISTS[fieldNodes[0].name.value];
    const fieldDef = queryType.getFields()[fieldNodes[0].name.value];
    if (!list || !fieldDef || fieldNodes.length !== 1) return null;
    const connection = getNamedType(fieldDef.type) as GraphQLObjectType;
    const nodeType = getNamedType(connection.getFields().nodes.type) as GraphQLObjectType;
    const parts: ConnectionPart[] = [];
    let nodeJson = "NULL::text";
    let cursors = false;
    let aliases = 0;
    const references = referenceCollector();
    for (const [partKey, partNodes] of collectFields([fieldNodes[0].selectionSet!], connection.name, fragments)) {
      const name = partNodes[0].name.value;
      if (name === "totalCount" || name === "__typename") parts.push({ key: partKey, kind: name });
      else if (name === "nodes") {
        if (parts.some((p) => p.kind === "nodes")) return null;
        parts.push({ key: partKey, kind: "nodes" });
        nodeJson = objectJson(nodeType.name, selected(partNodes, nodeType, fragments), list.alias, { alias: () => `j${++aliases}`, reference: references.reference });
      } else if (name === "pageInfo") {
        const infoParts = pageInfoParts(partNodes, fragments);
        cursors ||= infoParts.some((p) => p.kind === "startCursor" || p.kind === "endCursor");
        parts.push({ key: partKey, kind: "pageInfo", parts: infoParts });
      } else return null;
    }
    return {
      kind: "list",
      operationName: operation.name?.value ?? null,
      document,
      variableDefinitions: operation.variableDefinitions ?? [],
      key,
      connectionType: connection.name,
      fieldNode: fieldNodes[0],
      fieldDef,
      definition: list.definition,
      parts,
      nodeJson,
      keyJson: cursors ? `json_build_array(${list.key(list.alias).join(", ")})::text` : null,
      references: references.writers,
    };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * The page statement for checked criteria: the list's own FROM, filter and keyset order (as ListService builds
 * them), the nodes' JSON aggregated in page order, the row count (first + 1 tells whether more follow) and the
 * first and last rows' cursor values; plus the totalCount statement.
 */
export function pageStatement(plan: ListPlan, criteria: unknown, first: number, afterValues: Array<string | number> | null) {
  const { query, order } = listQuery(plan.definition, criteria);
  const { countSql, countParams } = countStatement(query);
  const conditions = [...query.conditions];
  if (afterValues) conditions.push(afterCondition(order, afterValues, query.params));
  const limit = query.params.add(first + 1, "int");
  const sort = orderBy(order);
  const keys = plan.keyJson ? `, min(p.k) FILTER (WHERE p.rn = 1) AS k_first, (array_agg(p.k ORDER BY p.rn DESC) FILTER (WHERE p.rn <= ${first}))[1] AS k_last` : "";
  const sql =
    `SELECT count(*)::int AS n, string_agg(p.j, ',' ORDER BY p.rn) FILTER (WHERE p.rn <= ${first}) AS nodes${keys} ` +
    `FROM (SELECT row_number() OVER (ORDER BY ${sort}) AS rn, ${plan.nodeJson} AS j${plan.keyJson ? `, ${plan.keyJson} AS k` : ""} ` +
    `FROM ${query.from} ${whereClause(conditions)} ORDER BY ${sort} LIMIT ${limit}) p`;
  return { sql, params: query.params.values, countSql, countParams, list: order.list };
}

/**
 * The one statement of an object plan for one id and the nested pages' checked arguments (`page` throws
 * BAD_USER_INPUT as the resolvers would): the object's JSON text, no row when there is no such id.
 */
export function objectStatement(plan: ObjectPlan, id: string, page: NonNullable<JsonContext["page"]>) {
  const params = new SqlParams();
  let aliases = 0;
  let references = 0;
  // The compile-time dry run registered the writers in this same order (plan.references).
  const json = objectJson(plan.type, plan.fields, "r", { alias: () => `j${++aliases}`, page, bind: (value, cast) => params.add(value, cast), reference: () => references++ });
  const sql = `SELECT ${json} AS j FROM ${plan.table} r WHERE r.id = ${params.add(id, "bigint")}`;
  return { sql, params: params.values };
}
