import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Actor, Country, Figure, FigureKind, Topic } from "../entities";
import type { Matched } from "../services/analytics.service";

export enum Interval {
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
  YEAR = "YEAR",
}
registerEnumType(Interval, { name: "Interval", description: "A histogram's period; periods start at UTC midnight, weeks on Monday." });

@ObjectType({ description: "One period of a histogram." })
export class TimeBucket {
  @Field({ description: "When the period starts (UTC midnight; weeks start on Monday)." })
  start: Date;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class CountryCount {
  @Field(() => Country)
  country: Country;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class TopicCount {
  @Field(() => Topic)
  topic: Topic;

  @Field(() => Int, { description: "Articles with this topic or one of its subtopics, each counted once." })
  count: number;
}

@ObjectType()
export class SourceCount {
  @Field({ description: "The outlet's domain." })
  source: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ActorCount {
  @Field(() => Actor)
  actor: Actor;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class UnitCount {
  @Field(() => FigureKind)
  kind: FigureKind;

  @Field()
  unit: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "One period of a figure series: what the matching figures said in it." })
export class FigureBucket {
  @Field({ description: "When the period starts (UTC midnight; weeks start on Monday)." })
  start: Date;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;

  @Field(() => Float, { description: "The median value (percentile_cont(0.5): the mean of the two middle values for an even count)." })
  median: number;

  @Field(() => Figure, { description: "The newest figure of the period (by its article's publication time, then the higher id)." })
  latest: Figure;
}

/** Facets of one list: holds what the list matched; each facet field runs its own statement when asked for. */
export class FacetScope {
  constructor(readonly matched: Matched) {}
}

@ObjectType({ description: "Counts over every article the filter matches, not just the page." })
export class ArticleFacets extends FacetScope {}

@ObjectType({ description: "Counts over every quote the filter matches, not just the page." })
export class QuoteFacets extends FacetScope {}

@ObjectType({ description: "Counts over every figure the filter matches, not just the page." })
export class FigureFacets extends FacetScope {}
