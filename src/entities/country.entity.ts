import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** An ISO 3166-1 country; rows come from a migration, never from clients. */
@ObjectType({ description: "An ISO 3166-1 country." })
@Entity({ name: "country" })
export class Country {
  @Field({ description: "ISO 3166-1 alpha-2 code, upper case." })
  @PrimaryColumn({ type: "char", length: 2 })
  code: string;

  @Field({ description: "English short name." })
  @Column({ type: "text" })
  name: string;
}
