import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { Article } from "../entities";
import { checkIdArg } from "./article.resolver";
import { IngestArticleInput } from "./inputs/ingest-article.input";

@ObjectType()
export class IngestArticlePayload {
  @Field(() => Article)
  article: Article;

  @Field({ description: "False when the same article was already stored; nothing was added then." })
  created: boolean;

  @Field(() => [String], {
    description:
      'What was cut to the per-article caps before storing: "quotes", "quotes.text" (overlong quotes dropped), "figures", "figures.context" (cut to 400 characters around the figure), "actors". Empty when nothing was.',
  })
  truncated: string[];
}

@Resolver()
export class IngestResolver {
  @Authorized("write")
  @Mutation(() => IngestArticlePayload, { description: "Reads a scraped news page and stores the article with its quotes, figures, actors, countries and topics." })
  async ingestArticle(@Arg("input", () => IngestArticleInput) input: IngestArticleInput, @Ctx() ctx: AppContext): Promise<IngestArticlePayload> {
    const result = await ctx.services.ingest.ingest(input, ctx.services.config.maxRawBytes);
    ctx.metrics?.articlesIngested.inc({ created: String(result.created) });
    return result;
  }

  @Authorized("write")
  @Mutation(() => Boolean, { description: "Deletes an article with its quotes, figures and links; false when there was none." })
  deleteArticle(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return ctx.services.articles.delete(checkIdArg("id", id));
  }
}
