import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ActorResolver } from "./resolvers/actor.resolver";
import { ANALYTICS_RESOLVERS } from "./resolvers/analytics.resolver";
import { ArticleResolver } from "./resolvers/article.resolver";
import { authChecker } from "./resolvers/auth-checker";
import { FigureResolver } from "./resolvers/figure.resolver";
import { IngestResolver } from "./resolvers/ingest.resolver";
import { QuoteResolver } from "./resolvers/quote.resolver";
import { ReferenceResolver } from "./resolvers/reference.resolver";
import { DateTimeScalar } from "./resolvers/scalars";

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorators. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [ArticleResolver, QuoteResolver, FigureResolver, ActorResolver, ReferenceResolver, IngestResolver, ...ANALYTICS_RESOLVERS],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    authChecker,
    authMode: "error",
    validate: false,
  });
  return built;
}

/** SDL as committed in schema.graphql: sorted, so the file changes only when the schema does. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
