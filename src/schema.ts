import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ActorResolver } from "./resolvers/actor.resolver";
import { ANALYTICS_RESOLVERS } from "./resolvers/analytics.resolver";
import { ArticleResolver } from "./resolvers/article.resolver";
import { authChecker } from "./resolvers/auth-checker";
import { FigureResolver } from "./resolvers/figure.resolver";
import { IngestBatchResolver } from "./resolvers/ingest-batch.resolver";
import { IngestResolver } from "./resolvers/ingest.resolver";
import { QuoteResolver } from "./resolvers/quote.resolver";
import { ReferenceResolver } from "./resolvers/reference.resolver";
import { SubscriptionResolver } from "./resolvers/subscription.resolver";
import { DateTimeScalar } from "./resolvers/scalars";

let built: Promise<GraphQLSchema> | undefined;

/** type-graphql asks for a PubSub; every subscription here brings its own `subscribe` (src/live), so topics are never used. */
const NO_TOPICS = {
  publish(): void {
    throw new Error("live events come from PostgreSQL NOTIFY (src/live), not from publish()");
  },
  subscribe(): AsyncIterable<never> {
    throw new Error("every subscription has its own subscribe function (src/live)");
  },
};

/** The executable schema, built once per process from the decorators. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [ArticleResolver, QuoteResolver, FigureResolver, ActorResolver, ReferenceResolver, IngestResolver, IngestBatchResolver, SubscriptionResolver, ...ANALYTICS_RESOLVERS],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    authChecker,
    pubSub: NO_TOPICS,
    authMode: "error",
    validate: false,
  });
  return built;
}

/** SDL as committed in schema.graphql: sorted, so the file changes only when the schema does. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
