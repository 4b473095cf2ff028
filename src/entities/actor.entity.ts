import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Country } from "./country.entity";

export enum ActorKind {
  PERSON = "PERSON",
  ORGANIZATION = "ORGANIZATION",
}
registerEnumType(ActorKind, { name: "ActorKind", description: "Whether an actor is a person or an organisation." });

/** A person or organisation mentioned in articles; one row per real-world actor. */
@ObjectType({ description: "A person or organisation mentioned in articles." })
@Entity({ name: "actor" })
@Index("actor_name_id_idx", ["name", "id"])
@Index("actor_country_name_idx", ["countryCode", "name", "id"])
export class Actor {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Field({ description: "Canonical full name, e.g. Patrick Ryder, Pentagon." })
  @Column({ type: "text" })
  name: string;

  /** Lower-cased, accent-folded name: what "the same actor" is matched on. */
  @Column({ name: "normalized_name", type: "text" })
  normalizedName: string;

  /** normalized_name|kind|country: unique, so concurrent ingests cannot duplicate an actor. */
  @Index("actor_identity_key", { unique: true })
  @Column({ type: "text" })
  identity: string;

  @Field(() => ActorKind)
  @Column({ type: "enum", enum: ActorKind, enumName: "actor_kind" })
  kind: ActorKind;

  @Field(() => String, { nullable: true, description: "Role as written, e.g. Pentagon spokesman." })
  @Column({ type: "text", nullable: true })
  title: string | null;

  @Column({ name: "country_code", type: "char", length: 2, nullable: true })
  countryCode: string | null;

  @ManyToOne(() => Country, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "country_code" })
  countryRow?: Country | null;

  @Field(() => [String], { description: "Other names seen, e.g. a surname alone." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  aliases: string[];
}
