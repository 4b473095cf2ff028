import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Actor, Article, Country, Figure, Quote, Topic } from "../entities";
import { badInput } from "../errors";
import { ArticleConnection } from "./connections";
import { ArticleFilter } from "./inputs/filters.input";
import { nodeFields } from "./selection";
import { listCost, pageCost } from "./complexity";

/** `first`/`after` as every connection takes them. */
@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: "Page size, 0 to 100." })
  first?: number;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page." })
  after?: string | null;
}

@ArgsType()
class ArticlesArgs extends PageArgsInput {
  @Field(() => ArticleFilter, { nullable: true })
  filter?: ArticleFilter | null;
}

/** Ids are bigint keys; anything else cannot name a row, so say so instead of querying. */
export function checkIdArg(field: string, id: string): string {
  if (!/^[1-9][0-9]{0,17}$/.test(id)) throw badInput(field, `must be an id as returned by this API (digits), got ${JSON.stringify(id)}`);
  return id;
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: "Articles, newest first.", complexity: pageCost })
  articles(@Args() { filter, first, after }: ArticlesArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.articleList.list(filter, { first, after }, nodeFields(info)).then((page) => new ArticleConnection(page));
  }

  @Query(() => Article, { nullable: true })
  article(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.loaders.article.load(checkIdArg("id", id));
  }

  @FieldResolver(() => String, { description: "Cleaned text: paragraphs and section headings joined by a blank line." })
  body(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.bodyOf(article);
  }

  @FieldResolver(() => [Country], { description: "Every country the article is about or mentions.", complexity: listCost(5) })
  countries(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.countriesOf(article);
  }

  @FieldResolver(() => [Topic], { complexity: listCost(3) })
  topics(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.topicsOf(article);
  }

  @FieldResolver(() => [Actor], { description: "People and organisations mentioned, most mentioned first.", complexity: listCost(10) })
  actors(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.actorsOf(article);
  }

  @FieldResolver(() => [Quote], { description: "In order of appearance.", complexity: listCost(10) })
  quotes(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.quotesOf(article);
  }

  @FieldResolver(() => [Figure], { description: "In order of appearance.", complexity: listCost(10) })
  figures(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.figuresOf(article);
  }
}
