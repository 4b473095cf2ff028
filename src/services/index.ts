import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Actor, Article, Figure, Quote } from "../entities";
import { IngestService } from "../ingestion/ingest.service";
import type { ActorFilter, ArticleFilter, FigureFilter, QuoteFilter } from "../resolvers/inputs/filters.input";
import { AnalyticsService } from "./analytics.service";
import { ApiKeyService } from "./api-key.service";
import { ArticleService } from "./article.service";
import { CursorCodec } from "./cursor";
import type { ActorCriteria, ArticleCriteria, FigureCriteria, QuoteCriteria } from "./filters";
import { ACTOR_LIST, ARTICLE_LIST, FIGURE_LIST, ListService, QUOTE_LIST } from "./list.service";
import { ReferenceData } from "./reference.service";
import { RelationService } from "./relations.service";

/** The services one server shares across requests. */
export interface Services {
  config: Config;
  dataSource: DataSource;
  reference: ReferenceData;
  cursors: CursorCodec;
  articleList: ListService<ArticleFilter, ArticleCriteria, Article>;
  quoteList: ListService<QuoteFilter, QuoteCriteria, Quote>;
  figureList: ListService<FigureFilter, FigureCriteria, Figure>;
  actorList: ListService<ActorFilter, ActorCriteria, Actor>;
  articles: ArticleService;
  relations: RelationService;
  ingest: IngestService;
  apiKeys: ApiKeyService;
  analytics: AnalyticsService;
}

/** Builds every service over one DataSource (reference data is read once here). */
export async function createServices(config: Config, dataSource: DataSource): Promise<Services> {
  const reference = await ReferenceData.load(dataSource);
  const cursors = new CursorCodec(config.cursorSecret);
  return {
    config,
    dataSource,
    reference,
    cursors,
    articleList: new ListService(dataSource, reference, cursors, ARTICLE_LIST),
    quoteList: new ListService(dataSource, reference, cursors, QUOTE_LIST),
    figureList: new ListService(dataSource, reference, cursors, FIGURE_LIST),
    actorList: new ListService(dataSource, reference, cursors, ACTOR_LIST),
    articles: new ArticleService(dataSource),
    relations: new RelationService(dataSource),
    ingest: new IngestService(dataSource, reference),
    apiKeys: new ApiKeyService(dataSource, config.apiKeys),
    analytics: new AnalyticsService(dataSource, reference, config.maxHistogramBuckets),
  };
}
