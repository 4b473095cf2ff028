import { Field, Float, ID, InputType } from "type-graphql";
import { ActorKind, FigureKind } from "../../entities";
import { DateTimeScalar, type DateOnlyMarked } from "../scalars";

/** Fields every filter has: country, topic and a date range over the article's publication time. */
@InputType()
export abstract class CommonFilter {
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code, any case." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Topic slug; includes its subtopics." })
  topic?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Inclusive lower bound on publishedAt." })
  from?: DateOnlyMarked | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Inclusive upper bound on publishedAt; a date alone covers that whole day." })
  to?: DateOnlyMarked | null;
}

@InputType({ description: "Article filter; fields combine with AND." })
export class ArticleFilter extends CommonFilter {
  @Field(() => ID, { nullable: true, description: "Only articles that mention this actor." })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: "The outlet's domain, e.g. thedefensepost.com." })
  source?: string | null;

  @Field(() => String, { nullable: true, description: "Full text over title and body (web-search syntax: words, \"phrases\", -exclusions, OR)." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "One per story: leave out the later copies of a story republished on other sites (the earliest copy stays)." })
  uniqueStories?: boolean | null;
}

@InputType({ description: "Quote filter; country, topic and dates apply to the quote's article." })
export class QuoteFilter extends CommonFilter {
  @Field(() => ID, { nullable: true })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: "The speaker's own country (alpha-2, any case)." })
  speakerCountry?: string | null;

  @Field(() => ID, { nullable: true })
  articleId?: string | null;

  @Field(() => String, { nullable: true, description: "Full text over the quote's words." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only quotes of the earliest copy of each story, so a republished story's quotes count once." })
  uniqueStories?: boolean | null;
}

@InputType({ description: "Figure filter; country, topic and dates apply to the figure's article." })
export class FigureFilter extends CommonFilter {
  @Field(() => ID, { nullable: true })
  articleId?: string | null;

  @Field(() => FigureKind, { nullable: true, description: "Only figures of this kind." })
  kind?: FigureKind | null;

  @Field(() => String, { nullable: true, description: 'Unit: an ISO 4217 code ("USD", any case), "%", or a counted thing ("drones").' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: "Inclusive lower bound on value." })
  minValue?: number | null;

  @Field(() => Float, { nullable: true, description: "Inclusive upper bound on value." })
  maxValue?: number | null;

  @Field(() => String, { nullable: true, description: "Full text over the figure's context (web-search syntax: words, \"phrases\", -exclusions, OR)." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only figures of the earliest copy of each story, so a republished story's figures count once." })
  uniqueStories?: boolean | null;
}

@InputType({ description: "Actor filter: country is the actor's own; topic and dates select the articles that mention it." })
export class ActorFilter extends CommonFilter {
  @Field(() => ActorKind, { nullable: true })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: "Part of the name or of an alias, any case." })
  search?: string | null;
}
