import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Actor } from "./actor.entity";
import { Article } from "./article.entity";

/** An article's MinHash signature over its body's word 5-shingles: what a new copy is compared with. */
@Entity({ name: "article_minhash" })
export class ArticleMinhash {
  @PrimaryColumn({ name: "article_id", type: "bigint" })
  articleId: string;

  @Column({ type: "int", array: true })
  signature: number[];

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id" })
  article?: Article;
}

/** One LSH band of an article's signature: articles sharing a band hash are the candidates for the same story. */
@Entity({ name: "article_story_band" })
@Index("article_story_band_article_idx", ["articleId"])
export class ArticleStoryBand {
  @PrimaryColumn({ name: "band_hash", type: "bigint" })
  bandHash: string;

  @PrimaryColumn({ name: "article_id", type: "bigint" })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id" })
  article?: Article;
}

/** How many articles name both actors; kept by the ingest transaction so coMentioned without a filter reads one actor's rows. */
@Entity({ name: "actor_co_mention" })
// The top pairs of one actor in count order: coMentioned reads `first` entries (and their ties), however busy the actor.
@Index("actor_co_mention_top_idx", ["actorId", "articles"])
export class ActorCoMention {
  @PrimaryColumn({ name: "actor_id", type: "bigint" })
  actorId: string;

  @PrimaryColumn({ name: "other_id", type: "bigint" })
  otherId: string;

  @Column({ type: "int" })
  articles: number;

  @ManyToOne(() => Actor, { onDelete: "CASCADE" })
  @JoinColumn({ name: "actor_id" })
  actor?: Actor;

  @ManyToOne(() => Actor, { onDelete: "CASCADE" })
  @JoinColumn({ name: "other_id" })
  other?: Actor;
}

/**
 * Articles per UTC day and country, later copies of a story apart (`copy`); `countryCode` "" counts every article.
 * Kept exact by triggers in the ingest and delete transactions (migration 1796600000000), so a country's or the
 * whole corpus's histogram, and the countries facet of an unfiltered list, read a day's row instead of its articles.
 */
@Entity({ name: "article_day_count" })
export class ArticleDayCount {
  @PrimaryColumn({ name: "country_code", type: "text" })
  countryCode: string;

  @PrimaryColumn({ type: "date" })
  day: string;

  @PrimaryColumn({ type: "boolean" })
  copy: boolean;

  @Column({ type: "int" })
  articles: number;
}
