import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Actor, Country, Figure, FigureKind, Topic } from "../entities";
import DataLoader from "dataloader";
import type { AnalyticsService, FacetRequest, FacetRow, Matched } from "../services/analytics.service";

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

/**
 * Facets of one list: holds what the list matched, and gathers the facet fields asked for on it into one
 * statement. Sibling field resolvers run in the same tick, each checking its own arguments first; the batch is
 * sent once they all have (DataLoader dispatches after the pending promise jobs), and not at all when any of
 * them refused its input, so a bad argument on one facet sends no SQL for the others either.
 */
export class FacetScope {
  private refused: unknown = null;
  private batch: DataLoader<FacetRequest, FacetRow[], string> | null = null;

  constructor(readonly matched: Matched) {}

  /** Checks a facet's input with `check` (which throws BAD_USER_INPUT), then queues the facet for the shared statement. */
  load(analytics: AnalyticsService, check: () => FacetRequest): Promise<FacetRow[]> {
    let request: FacetRequest;
    try {
      request = check();
    } catch (error) {
      this.refused ??= error;
      return Promise.reject(error);
    }
    this.batch ??= new DataLoader(
      async (requests) => {
        // The whole facets object fails with the refused field (its fields are non-null): the others report the same error.
        if (this.refused) return requests.map(() => this.refused as Error);
        return analytics.facets(this.matched, requests);
      },
      { cacheKeyFn: (r) => JSON.stringify(r) },
    );
    return this.batch.load(request);
  }
}

@ObjectType({ description: "Counts over every article the filter matches, not just the page." })
export class ArticleFacets extends FacetScope {}

@ObjectType({ description: "Counts over every quote the filter matches, not just the page." })
export class QuoteFacets extends FacetScope {}

@ObjectType({ description: "Counts over every figure the filter matches, not just the page." })
export class FigureFacets extends FacetScope {}
