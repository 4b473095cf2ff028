import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from "typeorm";
import { Actor } from "./actor.entity";
import { Article } from "./article.entity";
import { Country } from "./country.entity";
import { Topic } from "./topic.entity";

/** Article <-> country: every country the article is about or mentions. */
@Entity({ name: "article_country" })
@Index("article_country_country_idx", ["countryCode", "publishedAt", "articleId"])
export class ArticleCountry {
  @PrimaryColumn({ name: "article_id", type: "bigint" })
  articleId: string;

  @PrimaryColumn({ name: "country_code", type: "char", length: 2 })
  countryCode: string;

  /** The article's publishedAt, copied so "newest first for this country/topic/actor" is one index scan. */
  @Column({ name: "published_at", type: "timestamptz", precision: 3 })
  publishedAt: Date;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id" })
  article?: Article;

  @ManyToOne(() => Country, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "country_code" })
  country?: Country;
}

/** Article <-> topic, best topic first (rank 0). */
@Entity({ name: "article_topic" })
@Index("article_topic_topic_idx", ["topicId", "publishedAt", "articleId"])
export class ArticleTopic {
  @PrimaryColumn({ name: "article_id", type: "bigint" })
  articleId: string;

  @PrimaryColumn({ name: "topic_id", type: "int" })
  topicId: number;

  @Column({ type: "smallint", default: 0 })
  rank: number;

  /** The article's publishedAt, copied so "newest first for this country/topic/actor" is one index scan. */
  @Column({ name: "published_at", type: "timestamptz", precision: 3 })
  publishedAt: Date;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id" })
  article?: Article;

  @ManyToOne(() => Topic, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "topic_id" })
  topic?: Topic;
}

/** Article <-> actor, with how often the article mentions the actor. */
@Entity({ name: "article_actor" })
@Index("article_actor_actor_idx", ["actorId", "publishedAt", "articleId"])
export class ArticleActor {
  @PrimaryColumn({ name: "article_id", type: "bigint" })
  articleId: string;

  @PrimaryColumn({ name: "actor_id", type: "bigint" })
  actorId: string;

  @Column({ type: "int", default: 1 })
  mentions: number;

  /** The article's publishedAt, copied so "newest first for this country/topic/actor" is one index scan. */
  @Column({ name: "published_at", type: "timestamptz", precision: 3 })
  publishedAt: Date;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id" })
  article?: Article;

  @ManyToOne(() => Actor, { onDelete: "CASCADE" })
  @JoinColumn({ name: "actor_id" })
  actor?: Actor;
}

/**
 * One narrow row per article with its link keys as sorted arrays: country codes, topic ids with every ancestor
 * (a topic's articles are those whose array holds it), actor ids, and the source. Kept exact by triggers on the
 * article and link tables in the writing transaction (migration 1796700000000), so a filter is checked on one row
 * instead of one index descent per link table, and each facet is an unnest over the matching rows. The covering
 * (published_at, article_id) index holds every column (a date range is read from the index alone); GIN indexes
 * serve a country, topic or actor over all time. Both made by hand in the migration (TypeORM has no INCLUDE).
 */
@Entity({ name: "article_facet" })
@Index("article_facet_published_idx", { synchronize: false })
@Index("article_facet_countries_idx", { synchronize: false })
@Index("article_facet_topics_idx", { synchronize: false })
@Index("article_facet_actors_idx", { synchronize: false })
export class ArticleFacet {
  @PrimaryColumn({ name: "article_id", type: "bigint" })
  articleId: string;

  @Column({ name: "published_at", type: "timestamptz", precision: 3 })
  publishedAt: Date;

  @Column({ type: "text" })
  source: string;

  @Column({ name: "country_codes", type: "text", array: true, default: () => "'{}'" })
  countryCodes: string[];

  @Column({ name: "topic_ids", type: "int", array: true, default: () => "'{}'" })
  topicIds: number[];

  @Column({ name: "actor_ids", type: "bigint", array: true, default: () => "'{}'" })
  actorIds: string[];

  /** The article's story_copy: a later copy of a story, left out by uniqueStories. */
  @Column({ name: "story_copy", type: "boolean", default: false })
  storyCopy: boolean;

  @OneToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id" })
  article?: Article;
}

/**
 * Articles per facet key over the whole corpus ("" country) and over each country's articles, later copies of a story
 * apart: facet "country", "topic" (ancestors included), "actor" or "source", and the key (code, id or source). Kept exact by a statement trigger on
 * article_facet (each inserted, changed or deleted row's keys added or taken away), so the facets of an unfiltered
 * list, or of one country's, read one row per key instead of every matching article (migration 1796700000000).
 */
@Entity({ name: "article_key_count" })
export class ArticleKeyCount {
  /** "" for every article, else the articles about this country. */
  @PrimaryColumn({ name: "country_code", type: "text" })
  countryCode: string;

  @PrimaryColumn({ type: "text" })
  facet: string;

  @PrimaryColumn({ type: "text" })
  key: string;

  @PrimaryColumn({ type: "boolean" })
  copy: boolean;

  @Column({ type: "int" })
  articles: number;
}
