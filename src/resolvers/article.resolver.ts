import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Actor, Article, Country, Figure, Quote, Topic } from "../entities";
import { badInput } from "../errors";
import { ArticleConnection } from "./connections";
import { ArticleFilter } from "./inputs/filters.input";

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
  @Query(() => ArticleConnection, { description: "Articles, newest first." })
  articles(@Args() { filter, first, after }: ArticlesArgs, @Ctx() ctx: AppContext) {
    return ctx.services.articleList.list(filter, { first, after }).then((page) => new ArticleConnection(page));
  }

  @Query(() => Article, { nullable: true })
  article(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.loaders.article.load(checkIdArg("id", id));
  }

  @FieldResolver(() => [Country], { description: "Every country the article is about or mentions." })
  countries(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.articleCountries.load(String(article.id));
  }

  @FieldResolver(() => [Topic])
  topics(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.articleTopics.load(String(article.id));
  }

  @FieldResolver(() => [Actor], { description: "People and organisations mentioned, most mentioned first." })
  actors(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.articleActors.load(String(article.id));
  }

  @FieldResolver(() => [Quote], { description: "In order of appearance." })
  quotes(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.articleQuotes.load(String(article.id));
  }

  @FieldResolver(() => [Figure], { description: "In order of appearance." })
  figures(@Root() article: Article, @Ctx() ctx: AppContext) {
    return ctx.loaders.articleFigures.load(String(article.id));
  }
}
