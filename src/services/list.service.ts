import type { Reader } from "../database/replicas";
import type { Actor, Article, Figure, Quote } from "../entities";
import type { Page } from "../resolvers/connection";
import type { ActorFilter, ArticleFilter, FigureFilter, QuoteFilter } from "../resolvers/inputs/filters.input";
import { ACTOR_COLUMNS, ARTICLE_COLUMNS, articleColumns, articleFromRow, FIGURE_COLUMNS, QUOTE_COLUMNS, quoteFromRow, quoteJoins } from "./columns";
import type { ClientGate } from "./client-gate";
import type { CursorCodec } from "./cursor";
import * as filters from "./filters";
import { ACTOR_ORDER, ARTICLE_ORDER, FIGURE_ORDER, QUOTE_ORDER } from "./orders";
import { buildPageSql, checkFirst, decodeAfter, fetchPage, type KeysetOrder, type ListQuery, type PageArgs, type PageSql } from "./paging";
import type { ReferenceData } from "./reference.service";
import { SqlParams } from "./sql";

/** Everything that differs between the top-level lists. */
export interface ListDefinition<Filter, Criteria, Row> {
  normalize(filter: Filter | null | undefined, ref: filters.FilterReference): Criteria;
  /** FROM and conditions for checked criteria, parameters bound to `params`. */
  shape(criteria: Criteria, params: SqlParams): filters.ListShape;
  select: string;
  /** Columns for a page whose nodes ask for these GraphQL fields; `select` when absent or fields are unknown. */
  columns?(fields: ReadonlySet<string> | undefined): string;
  /** LEFT JOINs the page (not the count) adds for these fields, to read related rows with the page. */
  joins?(fields: ReadonlySet<string> | undefined): string;
  /** FROM and conditions for totalCount when another shape finds every match cheaper than the page's (null: the page's). */
  count?(criteria: Criteria, params: SqlParams): { from: string; conditions: string[] } | null;
  /** Turns a page row read with `columns`/`joins` into the node. */
  mapRow?(row: Record<string, unknown>): Row;
  order: KeysetOrder<Row>;
}

export const ARTICLE_LIST: ListDefinition<ArticleFilter, filters.ArticleCriteria, Article> = {
  normalize: filters.normalizeArticleFilter,
  shape: filters.articleQuery,
  count: filters.articleMatchQuery,
  select: ARTICLE_COLUMNS,
  columns: articleColumns,
  mapRow: articleFromRow,
  order: ARTICLE_ORDER,
};
export const QUOTE_LIST: ListDefinition<QuoteFilter, filters.QuoteCriteria, Quote> = {
  normalize: filters.normalizeQuoteFilter,
  shape: filters.quoteQuery,
  select: QUOTE_COLUMNS,
  columns: (fields) => quoteJoins(fields).columns,
  joins: (fields) => quoteJoins(fields).joins,
  mapRow: quoteFromRow,
  order: QUOTE_ORDER,
};
export const FIGURE_LIST: ListDefinition<FigureFilter, filters.FigureCriteria, Figure> = {
  normalize: filters.normalizeFigureFilter,
  shape: (c, p) => ({ from: "figure f", conditions: filters.figureConditions(c, p) }),
  select: FIGURE_COLUMNS,
  order: FIGURE_ORDER,
};
export const ACTOR_LIST: ListDefinition<ActorFilter, filters.ActorCriteria, Actor> = {
  normalize: filters.normalizeActorFilter,
  shape: (c, p) => ({ from: "actor act", conditions: filters.actorConditions(c, p) }),
  select: ACTOR_COLUMNS,
  order: ACTOR_ORDER,
};

/** The list query for checked criteria, with the order's columns taken from the driving table when the shape says so. */
export function listQuery<Criteria, Row>(
  definition: ListDefinition<unknown, Criteria, Row>,
  criteria: Criteria,
  fields?: ReadonlySet<string>,
): { query: ListQuery; order: KeysetOrder<Row> } {
  const params = new SqlParams();
  const shape = definition.shape(criteria, params);
  const { order } = definition;
  const columns = shape.orderColumns ? order.columns.map((column, i) => ({ ...column, expr: shape.orderColumns![i] })) : order.columns;
  const joins = definition.joins?.(fields);
  const countParams = new SqlParams();
  const count = definition.count?.(criteria, countParams);
  return {
    query: {
      select: definition.columns ? definition.columns(fields) : definition.select,
      from: joins ? `${shape.from} ${joins}` : shape.from,
      countFrom: joins ? (shape.countFrom ?? shape.from) : shape.countFrom,
      conditions: shape.conditions,
      params,
      count: count ? { ...count, params: countParams.values } : undefined,
    },
    order: { ...order, columns },
  };
}

/** The SQL a list request runs (page and count), exactly as ListService sends it; the query-plan test EXPLAINs it. */
export function listSql<Criteria, Row>(
  definition: ListDefinition<unknown, Criteria, Row>,
  criteria: Criteria,
  first: number,
  afterValues: Array<string | number> | null = null,
  fields?: ReadonlySet<string>,
): PageSql {
  const { query, order } = listQuery(definition, criteria, fields);
  return buildPageSql(query, order as KeysetOrder<unknown>, first, afterValues);
}

/** Serves one filtered, keyset-paged list; all input is checked before any SQL runs. */
export class ListService<Filter, Criteria, Row> {
  constructor(
    private readonly dataSource: Reader,
    private readonly reference: ReferenceData,
    private readonly cursors: CursorCodec,
    private readonly definition: ListDefinition<Filter, Criteria, Row>,
    private readonly gate?: ClientGate,
  ) {}

  /** `fields`: the GraphQL fields the page's nodes ask for, when known (lets a list skip columns nobody reads). */
  async list(filter: Filter | null | undefined, page: PageArgs, fields?: ReadonlySet<string>): Promise<Page<Row>> {
    const { definition } = this;
    const criteria = definition.normalize(filter, this.reference);
    checkFirst(page.first);
    decodeAfter(this.cursors, definition.order, page.after);
    const { query, order } = listQuery(definition as ListDefinition<unknown, Criteria, Row>, criteria, fields);
    const expensive = !!(criteria as { search?: string }).search;
    const result = await fetchPage(this.dataSource, this.cursors, query, order, page, { gate: this.gate, expensive });
    const { mapRow } = definition;
    const rows = mapRow ? { ...result, nodes: result.nodes.map((row) => mapRow(row as Record<string, unknown>)) } : result;
    return { ...rows, scope: criteria };
  }
}
