import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Actor, Country } from "../entities";
import { checkIdArg, PageArgsInput } from "./article.resolver";
import { ActorConnection, ArticleConnection, QuoteConnection } from "./connections";
import { ActorFilter } from "./inputs/filters.input";
import { pageCost } from "./complexity";

@ArgsType()
class ActorsArgs extends PageArgsInput {
  @Field(() => ActorFilter, { nullable: true })
  filter?: ActorFilter | null;
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, { description: "People and organisations, by name.", complexity: pageCost })
  actors(@Args() { filter, first, after }: ActorsArgs, @Ctx() ctx: AppContext) {
    return ctx.services.actorList.list(filter, { first, after }).then((page) => new ActorConnection(page));
  }

  @Query(() => Actor, { nullable: true })
  actor(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.loaders.actor.load(checkIdArg("id", id));
  }

  @FieldResolver(() => Country, { nullable: true, description: "Affiliation." })
  country(@Root() actor: Actor, @Ctx() ctx: AppContext) {
    return actor.countryCode ? ctx.services.reference.country(actor.countryCode) ?? null : null;
  }

  @FieldResolver(() => QuoteConnection, { description: "What this actor said, newest first.", complexity: pageCost })
  async quotes(@Root() actor: Actor, @Args() { first, after }: PageArgsInput, @Ctx() ctx: AppContext) {
    return new QuoteConnection({ ...(await ctx.loaders.actorQuotes(String(actor.id), { first, after })), scope: { speakerId: String(actor.id) } });
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention this actor, newest first.", complexity: pageCost })
  async articles(@Root() actor: Actor, @Args() { first, after }: PageArgsInput, @Ctx() ctx: AppContext) {
    return new ArticleConnection({ ...(await ctx.loaders.actorArticles(String(actor.id), { first, after })), scope: { actorId: String(actor.id) } });
  }
}
