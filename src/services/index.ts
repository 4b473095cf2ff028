import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Actor, Article, Figure, Quote } from "../entities";
import { articleBounds } from "../ingestion/bounds";
import { ExtractPool } from "../ingestion/extract-pool";
import { type Reader, ReplicaRouter } from "../database/replicas";
import { IngestService } from "../ingestion/ingest.service";
import { createLogger } from "../logger";
import { IngestQueue } from "../queue/ingest-queue";
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
  /** MAX_EXPENSIVE_PER_CLIENT: searches and counts at once per client (the lists and the fast path share it). */
  gate: ClientGate;
  articleList: ListService<ArticleFilter, ArticleCriteria, Article>;
  quoteList: ListService<QuoteFilter, QuoteCriteria, Quote>;
  figureList: ListService<FigureFilter, FigureCriteria, Figure>;
  actorList: ListService<ActorFilter, ActorCriteria, Actor>;
  articles: ArticleService;
  relations: RelationService;
  ingest: IngestService;
  apiKeys: ApiKeyService;
  /** Routes reads to DATABASE_REPLICA_URLS; null without replicas (reads go to dataSource). */
  replicas: ReplicaRouter | null;
  /** The durable ingest queue (enqueueArticles, ingestBatch and the workers); pg-boss starts on first use. */
  queue: IngestQueue;
  analytics: AnalyticsService;
}

/** Builds every service over one DataSource (reference data is read once here). */
export async function createServices(config: Config, dataSource: DataSource): Promise<Services> {
  const reference = await ReferenceData.load(dataSource);
  // No CURSOR_SECRET (main.ts keeps a generated one in DATA_DIR): a random one, so cursors last this process.
  const gate = new ClientGate(config.maxExpensivePerClient);
  const cursors = new CursorCodec(config.cursorSecret || randomBytes(32).toString("base64url"));
  const ingest = new IngestService(dataSource, reference, {
    pool: new ExtractPool({ size: config.extractWorkers, timeoutMs: config.extractTimeoutMs, maxHeapMb: config.extractHeapMb }),
    timeoutMs: config.extractTimeoutMs,
    bounds: articleBounds(config),
    maxSearchTextChars: config.maxSearchTextChars,
  });
  const logger = createLogger(config.logLevel, config.logFormat);
  const replicas = config.databaseReplicaUrls.length
    ? new ReplicaRouter(dataSource, config.databaseReplicaUrls, {
        maxLagMs: config.replicaMaxLagMs,
        checkIntervalMs: config.replicaCheckIntervalMs,
        poolSize: config.dbPoolSize,
        statementTimeoutMs: config.statementTimeoutMs,
        logger,
      })
    : null;
  await replicas?.start();
  // The read paths (lists and batched relations) take the reader; writes and ingestion keep the primary.
  const reader: Reader = replicas ?? dataSource;
  return {
    config,
    dataSource,
    reference,
    cursors,
    gate,
    articleList: new ListService(reader, reference, cursors, ARTICLE_LIST, gate),
    quoteList: new ListService(reader, reference, cursors, QUOTE_LIST, gate),
    figureList: new ListService(reader, reference, cursors, FIGURE_LIST, gate),
    actorList: new ListService(reader, reference, cursors, ACTOR_LIST, gate),
    articles: new ArticleService(dataSource),
    relations: new RelationService(reader),
    ingest,
    apiKeys: new ApiKeyService(dataSource, config.apiKeys, config.keyCacheTtlMs),
    replicas,
    queue: new IngestQueue(config, dataSource, ingest, logger),
    analytics: new AnalyticsService(dataSource, reference, config.maxHistogramBuckets),
  };
}

/** Stops what the services started beyond the pool (queue workers, pg-boss); the DataSource is closed by its owner. */
export async function closeServices(services: Services): Promise<void> {
  await services.queue.stop();
  await services.replicas?.close();
}
