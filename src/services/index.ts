import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Actor, Article, Figure, Quote } from "../entities";
import { articleBounds } from "../ingestion/bounds";
import { ExtractPool } from "../ingestion/extract-pool";
import { IngestService } from "../ingestion/ingest.service";
import type { ActorFilter, ArticleFilter, FigureFilter, QuoteFilter } from "../resolvers/inputs/filters.input";
import { AnalyticsService } from "./analytics.service";
import { ApiKeyService } from "./api-key.service";
import { ArticleService } from "./article.service";
import { ClientGate } from "./client-gate";
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
  // No CURSOR_SECRET (main.ts keeps a generated one in DATA_DIR): a random one, so cursors last this process.
  const gate = new ClientGate(config.maxExpensivePerClient);
  const cursors = new CursorCodec(config.cursorSecret || randomBytes(32).toString("base64url"));
  return {
    config,
    dataSource,
    reference,
    cursors,
    articleList: new ListService(dataSource, reference, cursors, ARTICLE_LIST, gate),
    quoteList: new ListService(dataSource, reference, cursors, QUOTE_LIST, gate),
    figureList: new ListService(dataSource, reference, cursors, FIGURE_LIST, gate),
    actorList: new ListService(dataSource, reference, cursors, ACTOR_LIST, gate),
    articles: new ArticleService(dataSource),
    relations: new RelationService(dataSource),
    ingest: new IngestService(dataSource, reference, {
      pool: new ExtractPool({ size: config.extractWorkers, timeoutMs: config.extractTimeoutMs, maxHeapMb: config.extractHeapMb }),
      timeoutMs: config.extractTimeoutMs,
      bounds: articleBounds(config),
      maxSearchTextChars: config.maxSearchTextChars,
    }),
    apiKeys: new ApiKeyService(dataSource, config.apiKeys, config.keyCacheTtlMs),
    analytics: new AnalyticsService(dataSource, reference, config.maxHistogramBuckets),
  };
}
