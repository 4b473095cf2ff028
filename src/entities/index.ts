import { Actor } from "./actor.entity";
import { ApiKey } from "./api-key.entity";
import { ArticleActor, ArticleCountry, ArticleFacet, ArticleKeyCount, ArticleTopic } from "./article-links.entity";
import { Article } from "./article.entity";
import { Country } from "./country.entity";
import { Figure } from "./figure.entity";
import { IngestBatchItem, IngestBatchRow } from "./ingest-batch.entity";
import { Quote } from "./quote.entity";
import { ActorCoMention, ArticleDayCount, ArticleMinhash, ArticleStoryBand } from "./story.entity";
import { Topic } from "./topic.entity";

export { Actor, ActorKind } from "./actor.entity";
export { ApiKey } from "./api-key.entity";
export { ArticleActor, ArticleCountry, ArticleFacet, ArticleKeyCount, ArticleTopic } from "./article-links.entity";
export { Article } from "./article.entity";
export { Country } from "./country.entity";
export { Figure, FigureKind } from "./figure.entity";
export { IngestBatchItem, IngestBatchRow } from "./ingest-batch.entity";
export { Quote } from "./quote.entity";
export { ActorCoMention, ArticleDayCount, ArticleMinhash, ArticleStoryBand } from "./story.entity";
export { Topic } from "./topic.entity";

/** Every TypeORM entity, for the one DataSource. */
export const entities = [Country, Topic, Article, Actor, Quote, Figure, ArticleCountry, ArticleTopic, ArticleActor, ApiKey, ArticleMinhash, ArticleStoryBand, ActorCoMention, ArticleDayCount, ArticleFacet, ArticleKeyCount, IngestBatchRow, IngestBatchItem];
