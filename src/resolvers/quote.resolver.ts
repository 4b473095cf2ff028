import type { GraphQLResolveInfo } from "graphql";
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Actor, Article, Quote } from "../entities";
import { PageArgsInput } from "./article.resolver";
import { QuoteConnection } from "./connections";
import { QuoteFilter } from "./inputs/filters.input";
import { nodeFields } from "./selection";
import { pageCost } from "./complexity";

@ArgsType()
class QuotesArgs extends PageArgsInput {
  @Field(() => QuoteFilter, { nullable: true })
  filter?: QuoteFilter | null;
}

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, { description: "Quotes, newest article first.", complexity: pageCost })
  quotes(@Args() { filter, first, after }: QuotesArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.quoteList.list(filter, { first, after }, nodeFields(info)).then((page) => new QuoteConnection(page));
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Null when the text does not say who said it." })
  speaker(@Root() quote: Quote, @Ctx() ctx: AppContext) {
    return ctx.loaders.speakerOf(quote);
  }

  @FieldResolver(() => Article)
  article(@Root() quote: Quote, @Ctx() ctx: AppContext) {
    return ctx.loaders.articleOf(quote);
  }
}
