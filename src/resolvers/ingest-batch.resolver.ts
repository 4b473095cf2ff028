import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { AppContext } from "../context";
import { MAX_BATCH_INPUTS } from "../queue/ingest-queue";
import { checkIdArg } from "./article.resolver";
import { IngestArticleInput } from "./inputs/ingest-article.input";
import { listCost } from "./complexity";

@ObjectType({ description: "An input of a batch that could not be ingested." })
export class IngestError {
  @Field(() => Int, { description: "Its index in the enqueueArticles inputs." })
  index: number;

  @Field({ description: "The error code ingestArticle would have given, e.g. BAD_USER_INPUT." })
  code: string;

  @Field()
  message: string;
}

@ObjectType({ description: "Progress of an enqueueArticles batch: done = created + already stored + failed." })
export class IngestBatch {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int, { description: "Inputs stored as new articles." })
  created: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int, { description: "Inputs still waiting for a worker." })
  pending: number;

  @Field(() => [IngestError], { complexity: listCost(10) })
  errors: IngestError[];
}

@Resolver()
export class IngestBatchResolver {
  @Authorized("write")
  @Mutation(() => IngestBatch, {
    description: `Queues up to ${MAX_BATCH_INPUTS} pages for ingestion (each as ingestArticle would) and returns at once; follow it with ingestBatch(id).`,
  })
  async enqueueArticles(@Arg("inputs", () => [IngestArticleInput]) inputs: IngestArticleInput[], @Ctx() ctx: AppContext): Promise<IngestBatch> {
    const id = await ctx.services.queue.enqueue(inputs, ctx.caller?.name ?? null);
    return (await ctx.services.queue.status(id))!;
  }

  @Query(() => IngestBatch, { nullable: true, description: "Progress of a batch queued with enqueueArticles." })
  ingestBatch(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<IngestBatch | null> {
    return ctx.services.queue.status(checkIdArg("id", id));
  }
}
