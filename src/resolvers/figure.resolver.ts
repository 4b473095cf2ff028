import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Article, Figure } from "../entities";
import { PageArgsInput } from "./article.resolver";
import { FigureConnection } from "./connections";
import { FigureFilter } from "./inputs/filters.input";
import { pageCost } from "./complexity";

@ArgsType()
class FiguresArgs extends PageArgsInput {
  @Field(() => FigureFilter, { nullable: true })
  filter?: FigureFilter | null;
}

@Resolver(() => Figure)
export class FigureResolver {
  @Query(() => FigureConnection, { description: "Figures, newest article first.", complexity: pageCost })
  figures(@Args() { filter, first, after }: FiguresArgs, @Ctx() ctx: AppContext) {
    return ctx.services.figureList.list(filter, { first, after }).then((page) => new FigureConnection(page));
  }

  @FieldResolver(() => Article)
  article(@Root() figure: Figure, @Ctx() ctx: AppContext) {
    return ctx.loaders.articleOf(figure);
  }
}
