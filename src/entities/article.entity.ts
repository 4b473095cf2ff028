import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A news article as ingested: cleaned body plus the metadata read from the page. */
@ObjectType({ description: "A news article. Offsets of its quotes and figures refer to `body`." })
@Entity({ name: "article" })
@Index("article_published_at_id_idx", ["publishedAt", "id"])
@Index("article_source_published_at_idx", ["source", "publishedAt", "id"])
@Index("article_story_copy_idx", ["id"], { where: "story_copy" })
export class Article {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field(() => String, { nullable: true })
  @Index("article_url_key", { unique: true, where: "url IS NOT NULL" })
  @Column({ type: "text", nullable: true })
  url: string | null;

  @Field({ description: "The outlet's domain, e.g. thedefensepost.com." })
  @Column({ type: "text" })
  source: string;

  @Field({ description: "When the outlet published it, resolved from '3 days ago' etc. against fetchedAt." })
  @Column({ name: "published_at", type: "timestamptz", precision: 3 })
  publishedAt: Date;

  @Field({ description: "When the scraper fetched the page." })
  @Column({ name: "fetched_at", type: "timestamptz" })
  fetchedAt: Date;

  @Field({ description: "Cleaned text: paragraphs and section headings joined by a blank line." })
  @Column({ type: "text" })
  body: string;

  /** SHA-256 of the normalised title and body: the same article is stored once. */
  @Index("article_content_hash_key", { unique: true })
  @Column({ name: "content_hash", type: "char", length: 64 })
  contentHash: string;

  /**
   * Full-text vector over the title (weight A) and the first MAX_SEARCH_TEXT_CHARS of the body (weight B):
   * written by the ingest, or by the article_search_vector trigger (AddBoundedSearchVector) for other writers.
   */
  @Index("article_search_idx", { type: "gin" })
  @Column({ name: "search_vector", type: "tsvector", select: false, insert: false, update: false })
  searchVector?: string;

  /** The story this article is a copy in (the id of the story's first stored article); null while it has no other copy. */
  @Index("article_story_idx", { where: "story_id IS NOT NULL" })
  @Column({ name: "story_id", type: "bigint", nullable: true })
  storyId?: string | null;

  /** True for every copy of a story but the earliest: uniqueStories leaves these out. */
  @Column({ name: "story_copy", type: "boolean", default: false })
  storyCopy?: boolean;

  @Field({ description: "When Newsgraph stored it." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
