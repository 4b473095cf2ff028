import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";

/** An IPTC Media Topic; the top level is the 17 IPTC subjects, subtopics point at their parent. */
@ObjectType({ description: "An IPTC Media Topic." })
@Entity({ name: "topic" })
export class Topic {
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field({ description: "The IPTC label in lower case, punctuation dropped, words joined by '-'." })
  @Index("topic_slug_key", { unique: true })
  @Column({ type: "text" })
  slug: string;

  @Field({ description: "The IPTC qcode, e.g. medtop:16000000." })
  @Index("topic_code_key", { unique: true })
  @Column({ type: "text" })
  code: string;

  @Field({ description: "The IPTC label." })
  @Column({ type: "text" })
  name: string;

  @Index("topic_parent_idx")
  @Column({ name: "parent_id", type: "int", nullable: true })
  parentId: number | null;

  @ManyToOne(() => Topic, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "parent_id" })
  parentTopic?: Topic | null;

  @Field(() => Topic, { nullable: true, description: "The broader topic; null at the top level." })
  parent?: Topic | null;
}
