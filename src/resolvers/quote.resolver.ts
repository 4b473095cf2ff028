import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Actor, Article, Quote } from "../entities";
import { PageArgsInput } from "./article.resolver";
import { QuoteConnection } from "./connections";
import { QuoteFilter } from "./inputs/filters.input";

@ArgsType()
class QuotesArgs extends PageArgsInput {
  @Field(() => QuoteFilter, { nullable: true })
  filter?: QuoteFilter | null;
}

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, { description: "Quotes, newest article first." })
  quotes(@Args() { filter, first, after }: QuotesArgs, @Ctx() ctx: AppContext) {
    return ctx.services.quoteList.list(filter, { first, after }).then((page) => new QuoteConnection(page));
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Null when the text does not say who said it." })
  speaker(@Root() quote: Quote, @Ctx() ctx: AppContext) {
    return quote.speakerId ? ctx.loaders.actor.load(String(quote.speakerId)) : null;
  }

  @FieldResolver(() => Article)
  article(@Root() quote: Quote, @Ctx() ctx: AppContext) {
    return ctx.loaders.article.load(String(quote.articleId));
  }
}
