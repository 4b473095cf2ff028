import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Actor } from "./actor.entity";
import { Article } from "./article.entity";

/** Words inside quote marks, with who said them and where they stand in the article body. */
@ObjectType({ description: "A quotation: who said what, and where it stands in the article body." })
@Entity({ name: "quote" })
@Index("quote_published_at_id_idx", ["publishedAt", "id"])
@Index("quote_article_position_idx", ["articleId", "position"])
@Index("quote_speaker_published_at_idx", ["speakerId", "publishedAt", "id"])
/** GIN over to_tsvector('english', text) for QuoteFilter.search; an expression index, so created by hand in AddFilterIndexes. */
@Index("quote_text_search_idx", { synchronize: false })
export class Quote {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Field({ description: "The words inside the quote marks, marks excluded." })
  @Column({ type: "text" })
  text: string;

  @Column({ name: "article_id", type: "bigint" })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id" })
  articleRow?: Article;

  @Column({ name: "speaker_id", type: "bigint", nullable: true })
  speakerId: string | null;

  @ManyToOne(() => Actor, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "speaker_id" })
  speakerRow?: Actor | null;

  @Field({ description: "The article's publication time (copied here so quotes filter and page without a join)." })
  @Column({ name: "published_at", type: "timestamptz", precision: 3 })
  publishedAt: Date;

  @Field(() => Int, { description: "Offset of the first character of `text` in article.body." })
  @Column({ name: "start_offset", type: "int" })
  start: number;

  @Field(() => Int, { description: "Offset just past the last character of `text` in article.body." })
  @Column({ name: "end_offset", type: "int" })
  end: number;

  /** Order of appearance within the article. */
  @Column({ type: "int" })
  position: number;
}
