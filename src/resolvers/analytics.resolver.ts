import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Actor, ActorKind, Article } from "../entities";
import type { Page } from "./connection";
import { checkFacetSize, type FacetRow, type Matched } from "../services/analytics.service";
import { checkIdArg } from "./article.resolver";
import {
  ActorCount,
  ArticleFacets,
  CountryCount,
  FigureBucket,
  FigureFacets,
  Interval,
  QuoteFacets,
  SourceCount,
  TimeBucket,
  TopicCount,
  UnitCount,
} from "./analytics.types";
import { AGGREGATE_COST, facetCost, listCost } from "./complexity";
import { ArticleConnection, FigureConnection, QuoteConnection } from "./connections";
import { ArticleFilter, FigureFilter } from "./inputs/filters.input";

type ConnectionRoot = { page: Page<unknown> };

/** What a connection's list matched; a connection always carries the criteria its list was read with. */
function matchedOf(list: Matched["list"], connection: ConnectionRoot): Matched {
  return { list, criteria: (connection.page.scope ?? {}) as never };
}

function firstArg() {
  return Arg("first", () => Int, { nullable: true, defaultValue: 10, description: "How many entries, 1 to 100." });
}

function intervalArg() {
  return Arg("interval", () => Interval, { description: "DAY, WEEK (starting Monday), MONTH or YEAR, in UTC." });
}

@Resolver(() => ArticleConnection)
export class ArticleConnectionAnalyticsResolver {
  @FieldResolver(() => ArticleFacets, { description: "Counts over every matching article (not just this page), each computed only when asked for." })
  facets(@Root() connection: ConnectionRoot): ArticleFacets {
    return new ArticleFacets(matchedOf("articles", connection));
  }

  @FieldResolver(() => [TimeBucket], { description: "Matching articles per period, every period from the first to the last, zeros included.", complexity: AGGREGATE_COST })
  histogram(@Root() connection: ConnectionRoot, @intervalArg() interval: Interval, @Ctx() ctx: AppContext) {
    return ctx.services.analytics.histogram(matchedOf("articles", connection), interval);
  }
}

@Resolver(() => QuoteConnection)
export class QuoteConnectionAnalyticsResolver {
  @FieldResolver(() => QuoteFacets, { description: "Counts over every matching quote (not just this page), each computed only when asked for." })
  facets(@Root() connection: ConnectionRoot): QuoteFacets {
    return new QuoteFacets(matchedOf("quotes", connection));
  }

  @FieldResolver(() => [TimeBucket], { description: "Matching quotes per period, every period from the first to the last, zeros included.", complexity: AGGREGATE_COST })
  histogram(@Root() connection: ConnectionRoot, @intervalArg() interval: Interval, @Ctx() ctx: AppContext) {
    return ctx.services.analytics.histogram(matchedOf("quotes", connection), interval);
  }
}

@Resolver(() => FigureConnection)
export class FigureConnectionAnalyticsResolver {
  @FieldResolver(() => FigureFacets, { description: "Counts over every matching figure (not just this page), each computed only when asked for." })
  facets(@Root() connection: ConnectionRoot): FigureFacets {
    return new FigureFacets(matchedOf("figures", connection));
  }

  @FieldResolver(() => [TimeBucket], { description: "Matching figures per period, every period from the first to the last, zeros included.", complexity: AGGREGATE_COST })
  histogram(@Root() connection: ConnectionRoot, @intervalArg() interval: Interval, @Ctx() ctx: AppContext) {
    return ctx.services.analytics.histogram(matchedOf("figures", connection), interval);
  }
}

@Resolver(() => ArticleFacets)
export class ArticleFacetsResolver {
  @FieldResolver(() => [CountryCount], { description: "Most articles first; ties by country name.", complexity: facetCost })
  async countries(@Root() facets: ArticleFacets, @firstArg() first: number | null, @Ctx() ctx: AppContext): Promise<CountryCount[]> {
    const rows = await facets.load(ctx.services.analytics, () => ({ facet: "countries", first: checkFacetSize(first) }));
    return rows.map((r) => ({ country: ctx.services.reference.country(r.key)!, count: r.count }));
  }

  @FieldResolver(() => [TopicCount], { description: "Most articles first; a topic counts its subtopics' articles too; ties by name.", complexity: facetCost })
  async topics(@Root() facets: ArticleFacets, @firstArg() first: number | null, @Ctx() ctx: AppContext): Promise<TopicCount[]> {
    const rows = await facets.load(ctx.services.analytics, () => ({ facet: "topics", first: checkFacetSize(first) }));
    return rows.map((r) => ({ topic: ctx.services.reference.topic(Number(r.key))!, count: r.count }));
  }

  @FieldResolver(() => [SourceCount], { description: "Most articles first; ties by source.", complexity: facetCost })
  async sources(@Root() facets: ArticleFacets, @firstArg() first: number | null, @Ctx() ctx: AppContext): Promise<SourceCount[]> {
    const rows = await facets.load(ctx.services.analytics, () => ({ facet: "sources", first: checkFacetSize(first) }));
    return rows.map((r) => ({ source: r.key, count: r.count }));
  }

  @FieldResolver(() => [ActorCount], { description: "Actors named in most articles first; ties by name, then id.", complexity: facetCost })
  async actors(
    @Root() facets: ArticleFacets,
    @firstArg() first: number | null,
    @Arg("kind", () => ActorKind, { nullable: true }) kind: ActorKind | null,
    @Ctx() ctx: AppContext,
  ): Promise<ActorCount[]> {
    return actorCounts(await facets.load(ctx.services.analytics, () => ({ facet: "actors", first: checkFacetSize(first), kind })), ctx);
  }
}

@Resolver(() => QuoteFacets)
export class QuoteFacetsResolver {
  @FieldResolver(() => [ActorCount], { description: "Most quotes first; ties by name, then id.", complexity: facetCost })
  async speakers(@Root() facets: QuoteFacets, @firstArg() first: number | null, @Ctx() ctx: AppContext): Promise<ActorCount[]> {
    return actorCounts(await facets.load(ctx.services.analytics, () => ({ facet: "speakers", first: checkFacetSize(first) })), ctx);
  }

  @FieldResolver(() => [CountryCount], { description: "The speakers' own countries, most quotes first; ties by country name.", complexity: facetCost })
  async speakerCountries(@Root() facets: QuoteFacets, @firstArg() first: number | null, @Ctx() ctx: AppContext): Promise<CountryCount[]> {
    const rows = await facets.load(ctx.services.analytics, () => ({ facet: "speakerCountries", first: checkFacetSize(first) }));
    return rows.map((r) => ({ country: ctx.services.reference.country(r.key)!, count: r.count }));
  }
}

@Resolver(() => FigureFacets)
export class FigureFacetsResolver {
  @FieldResolver(() => [UnitCount], { description: "Most figures first; ties by unit.", complexity: facetCost })
  async units(@Root() facets: FigureFacets, @firstArg() first: number | null, @Ctx() ctx: AppContext): Promise<UnitCount[]> {
    const rows = await facets.load(ctx.services.analytics, () => ({ facet: "units", first: checkFacetSize(first) }));
    return rows.map((r) => ({ kind: r.kind as UnitCount["kind"], unit: r.key, count: r.count }));
  }
}

/** ActorCount rows, priming the actor loader so nested actor fields send no statement for the actor itself. */
function actorCounts(rows: Array<{ key: Actor; count: number } | FacetRow>, ctx: AppContext): ActorCount[] {
  const actors = rows.map((r) => ("actor" in r ? r.actor! : r.key));
  actors.forEach((actor) => ctx.loaders.actor.prime(String(actor.id), actor));
  return rows.map((r, i) => ({ actor: actors[i], count: r.count }));
}

@Resolver()
export class FigureSeriesResolver {
  @Query(() => [FigureBucket], {
    description: "What the news claimed about one quantity over time: per period with matching figures, their count, min, max, median and the newest one.",
    complexity: AGGREGATE_COST,
  })
  figureSeries(
    @Arg("filter", () => FigureFilter) filter: FigureFilter,
    @Arg("interval", () => Interval, { nullable: true, defaultValue: Interval.MONTH }) interval: Interval | null,
    @Ctx() ctx: AppContext,
  ): Promise<FigureBucket[]> {
    return ctx.services.analytics.figureSeries(filter, interval ?? Interval.MONTH);
  }
}

@Resolver(() => Actor)
export class ActorCoMentionResolver {
  @FieldResolver(() => [ActorCount], { description: "Actors named in the same articles as this one (the filter picks the articles), most shared first; ties by name, then id.", complexity: facetCost })
  async coMentioned(
    @Root() actor: Actor,
    @firstArg() first: number | null,
    @Arg("filter", () => ArticleFilter, { nullable: true }) filter: ArticleFilter | null,
    @Ctx() ctx: AppContext,
  ): Promise<ActorCount[]> {
    return actorCounts(await ctx.services.analytics.coMentioned(checkIdArg("id", String(actor.id)), checkFacetSize(first), filter), ctx);
  }
}

/** Other copies of each article's story, earliest first: one statement per request for all the articles asked about. */
const storyLoaders = new WeakMap<AppContext, DataLoader<string, Article[]>>();
function storyLoader(ctx: AppContext): DataLoader<string, Article[]> {
  let loader = storyLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.services.analytics.otherCopies(ids);
      const byOwner = new Map<string, Article[]>(ids.map((id) => [id, []]));
      for (const { ownerId, ...article } of rows) byOwner.get(ownerId)?.push(article as Article);
      return ids.map((id) => byOwner.get(id)!);
    });
    storyLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Article)
export class ArticleStoryResolver {
  @FieldResolver(() => [Article], { description: "Other copies of this story (the same wire text on other sites, lightly edited), earliest first.", complexity: listCost(3) })
  sameStory(@Root() article: Article, @Ctx() ctx: AppContext): Promise<Article[]> {
    return storyLoader(ctx).load(String(article.id));
  }
}

export const ANALYTICS_RESOLVERS = [
  ArticleConnectionAnalyticsResolver,
  QuoteConnectionAnalyticsResolver,
  FigureConnectionAnalyticsResolver,
  ArticleFacetsResolver,
  QuoteFacetsResolver,
  FigureFacetsResolver,
  FigureSeriesResolver,
  ActorCoMentionResolver,
  ArticleStoryResolver,
] as const;
