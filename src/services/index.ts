import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Actor, Article, Figure, Quote } from "../entities";
import { IngestService } from "../ingestion/ingest.service";
import { createLogger } from "../logger";
import { IngestQueue } from "../queue/ingest-queue";
import type { ActorFilter, ArticleFilter, FigureFilter, QuoteFilter } from "../resolvers/inputs/filters.input";
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
  /** The durable ingest queue (enqueueArticles, ingestBatch and the workers); pg-boss starts on first use. */
  queue: IngestQueue;
}

/** Builds every service over one DataSource (reference data is read once here). */
export async function createServices(config: Config, dataSource: DataSource): Promise<Services> {
  const reference = await ReferenceData.load(dataSource);
  const cursors = new CursorCodec(config.cursorSecret);
  const ingest = new IngestService(dataSource, reference);
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
    ingest,
    apiKeys: new ApiKeyService(dataSource, config.apiKeys),
    queue: new IngestQueue(config, dataSource, ingest, createLogger(config.logLevel)),
  };
}

/** Stops what the services started beyond the pool (queue workers, pg-boss); the DataSource is closed by its owner. */
export async function closeServices(services: Services): Promise<void> {
  await services.queue.stop();
}
