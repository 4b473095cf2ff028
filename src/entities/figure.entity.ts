import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Article } from "./article.entity";

/** numeric columns arrive from pg as strings; figures are exposed as Float. */
const numericToNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** What a figure measures; its unit follows from the kind (API.md, "Figures"). */
export enum FigureKind {
  MONEY = "MONEY",
  PERCENT = "PERCENT",
  COUNT = "COUNT",
  MEASURE = "MEASURE",
  DURATION = "DURATION",
  AGE = "AGE",
}
registerEnumType(FigureKind, {
  name: "FigureKind",
  description: "MONEY (unit: ISO 4217 code), PERCENT (% or pp), COUNT (the counted thing), MEASURE (a unit symbol), DURATION and AGE (a time unit).",
});

/** A numeric claim in an article: normalised value, unit, the text as written and its sentence. */
@ObjectType({ description: "A numeric claim: value, unit, the words as written and the sentence around them." })
@Entity({ name: "figure" })
/** (unit, published_at) INCLUDE (id, article_id, value): figureSeries reads a unit's figures from the index alone; made by hand in its migration. */
@Index("figure_unit_series_idx", { synchronize: false })
@Index("figure_published_at_id_idx", ["publishedAt", "id"])
@Index("figure_article_position_idx", ["articleId", "position"])
@Index("figure_unit_value_idx", ["unit", "value"])
@Index("figure_unit_published_at_idx", ["unit", "publishedAt", "id"])
@Index("figure_kind_published_at_idx", ["kind", "publishedAt", "id"])
@Index("figure_kind_value_idx", ["kind", "value"])
/** GIN over to_tsvector('english', context) for FigureFilter.search; an expression index, so created by hand in its migration. */
@Index("figure_context_search_idx", { synchronize: false })
export class Figure {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Field(() => Float, { description: "Normalised: '1.6 million' -> 1600000, '12 percent' -> 12." })
  @Column({ type: "numeric", transformer: numericToNumber })
  value: number;

  @Field(() => FigureKind)
  @Column({ type: "enum", enum: FigureKind, enumName: "figure_kind" })
  kind: FigureKind;

  @Field({ description: "By kind: ISO 4217 code (MONEY), '%' or 'pp' (PERCENT), the counted thing in lower case (COUNT), a unit symbol such as 'km' (MEASURE), 'year', 'day'… (DURATION, AGE)." })
  @Column({ type: "text" })
  unit: string;

  @Field({ description: "As written, e.g. '1.6 million'." })
  @Column({ type: "text" })
  text: string;

  @Field({ description: "The sentence it stands in, at most 400 characters around the figure." })
  @Column({ type: "text" })
  context: string;

  @Column({ name: "article_id", type: "bigint" })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id" })
  articleRow?: Article;

  @Field({ description: "The article's publication time." })
  @Column({ name: "published_at", type: "timestamptz", precision: 3 })
  publishedAt: Date;

  @Field(() => Int)
  @Column({ name: "start_offset", type: "int" })
  start: number;

  @Field(() => Int)
  @Column({ name: "end_offset", type: "int" })
  end: number;

  @Column({ type: "int" })
  position: number;
}
