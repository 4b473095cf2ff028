import { Field, InputType } from "type-graphql";
import { DateTimeScalar } from "../scalars";

@InputType({ description: "A news page as a scraper saved it." })
export class IngestArticleInput {
  @Field({ description: "The page text: navigation, title, outlet and date line, caption, paragraphs, trailing links." })
  raw: string;

  @Field(() => String, { nullable: true, description: "Where the page was fetched from." })
  url?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was fetched; relative dates resolve against it. Defaults to now." })
  fetchedAt?: Date | null;
}
