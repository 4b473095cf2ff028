import type { DataSource } from "typeorm";
import type { Actor, Article, Figure, Quote } from "../entities";
import type { Page } from "../resolvers/connection";
import type { ActorFilter, ArticleFilter, FigureFilter, QuoteFilter } from "../resolvers/inputs/filters.input";
import { ACTOR_COLUMNS, ARTICLE_COLUMNS, FIGURE_COLUMNS, QUOTE_COLUMNS } from "./columns";
import type { CursorCodec } from "./cursor";
import * as filters from "./filters";
import { ACTOR_ORDER, ARTICLE_ORDER, FIGURE_ORDER, QUOTE_ORDER } from "./orders";
import { checkFirst, decodeAfter, fetchPage, type KeysetOrder, type PageArgs } from "./paging";
import type { ReferenceData } from "./reference.service";
import { SqlParams } from "./sql";

/** Everything that differs between the top-level lists. */
export interface ListDefinition<Filter, Criteria, Row> {
  normalize(filter: Filter | null | undefined, ref: filters.FilterReference): Criteria;
  conditions(criteria: Criteria, params: SqlParams): string[];
  select: string;
  from: string;
  order: KeysetOrder<Row>;
}

export const ARTICLE_LIST: ListDefinition<ArticleFilter, filters.ArticleCriteria, Article> = {
  normalize: filters.normalizeArticleFilter,
  conditions: filters.articleConditions,
  select: ARTICLE_COLUMNS,
  from: "article a",
  order: ARTICLE_ORDER,
};
export const QUOTE_LIST: ListDefinition<QuoteFilter, filters.QuoteCriteria, Quote> = {
  normalize: filters.normalizeQuoteFilter,
  conditions: filters.quoteConditions,
  select: QUOTE_COLUMNS,
  from: "quote q",
  order: QUOTE_ORDER,
};
export const FIGURE_LIST: ListDefinition<FigureFilter, filters.FigureCriteria, Figure> = {
  normalize: filters.normalizeFigureFilter,
  conditions: filters.figureConditions,
  select: FIGURE_COLUMNS,
  from: "figure f",
  order: FIGURE_ORDER,
};
export const ACTOR_LIST: ListDefinition<ActorFilter, filters.ActorCriteria, Actor> = {
  normalize: filters.normalizeActorFilter,
  conditions: filters.actorConditions,
  select: ACTOR_COLUMNS,
  from: "actor act",
  order: ACTOR_ORDER,
};

/** Serves one filtered, keyset-paged list; all input is checked before any SQL runs. */
export class ListService<Filter, Criteria, Row> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly cursors: CursorCodec,
    private readonly definition: ListDefinition<Filter, Criteria, Row>,
  ) {}

  async list(filter: Filter | null | undefined, page: PageArgs): Promise<Page<Row>> {
    const { definition } = this;
    const criteria = definition.normalize(filter, this.reference);
    checkFirst(page.first);
    decodeAfter(this.cursors, definition.order, page.after);
    const params = new SqlParams();
    const conditions = definition.conditions(criteria, params);
    return fetchPage(this.dataSource, this.cursors, { select: definition.select, from: definition.from, conditions, params }, definition.order, page);
  }
}
