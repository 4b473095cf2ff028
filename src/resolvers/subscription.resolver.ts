import { GraphQLError } from "graphql";
import { Arg, Resolver, Root, Subscription } from "type-graphql";
import type { AppContext } from "../context";
import { Article, Figure, Quote } from "../entities";
import type { LiveHub } from "../live/live-hub";
import { type LiveKind, selectItems } from "../live/matchers";
import { Loaders } from "../loaders";
import { normalizeArticleFilter, normalizeFigureFilter, normalizeQuoteFilter } from "../services/filters";
import { ArticleFilter, FigureFilter, QuoteFilter } from "./inputs/filters.input";

/** Events one subscription may have waiting for its socket before it is ended as too slow. */
const MAX_QUEUED_EVENTS = 100;

/**
 * The context of an operation over WebSocket: the usual one plus the process's live hub, and `readerTooSlow`,
 * which drops the socket (and says so) when its unsent data has outgrown WS_MAX_BUFFERED_BYTES.
 */
export type LiveContext = AppContext & { live?: LiveHub; readerTooSlow?: () => boolean };

/** Checks the filter (BAD_USER_INPUT naming the field, before anything is registered), then opens the stream. */
function liveStream(kind: LiveKind, filter: unknown, context: LiveContext): Promise<AsyncIterableIterator<unknown>> {
  const { live, services } = context;
  if (!live) {
    throw new GraphQLError("Subscriptions are served over WebSocket (the graphql-ws protocol) on /graphql", { extensions: { code: "BAD_REQUEST" } });
  }
  const reference = services.reference;
  const refresh = () => {
    // Each event is a request of its own: fresh loaders, so nothing read for an earlier event is reused.
    context.loaders = new Loaders(services.relations, reference, services.cursors);
  };
  // Checked as each event arrives, not only as graphql-ws sends: its sends wait for the socket, so a reader that
  // stopped would otherwise never be looked at again.
  const options = { maxQueued: MAX_QUEUED_EVENTS, onEvent: refresh, onOffer: context.readerTooSlow };
  if (kind === "article") {
    const criteria = normalizeArticleFilter(filter as ArticleFilter | null, reference);
    return live.subscribe(kind, selectItems(kind, criteria), { ...options, search: criteria.search });
  }
  if (kind === "quote") {
    const criteria = normalizeQuoteFilter(filter as QuoteFilter | null, reference);
    return live.subscribe(kind, selectItems(kind, criteria), { ...options, search: criteria.search });
  }
  const criteria = normalizeFigureFilter(filter as FigureFilter | null, reference);
  return live.subscribe(kind, selectItems(kind, criteria), { ...options, search: criteria.search });
}

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Article, {
    description: "Each new article that matches the filter, once its ingest has committed (any server instance).",
    subscribe: ({ args, context }) => liveStream("article", args.filter, context as LiveContext),
  })
  articleAdded(@Root() article: Article, @Arg("filter", () => ArticleFilter, { nullable: true }) _filter?: ArticleFilter): Article {
    return article;
  }

  @Subscription(() => Quote, {
    description: "Each quote of a new article that matches the filter.",
    subscribe: ({ args, context }) => liveStream("quote", args.filter, context as LiveContext),
  })
  quoteAdded(@Root() quote: Quote, @Arg("filter", () => QuoteFilter, { nullable: true }) _filter?: QuoteFilter): Quote {
    return quote;
  }

  @Subscription(() => Figure, {
    description: "Each figure of a new article that matches the filter.",
    subscribe: ({ args, context }) => liveStream("figure", args.filter, context as LiveContext),
  })
  figureAdded(@Root() figure: Figure, @Arg("filter", () => FigureFilter, { nullable: true }) _filter?: FigureFilter): Figure {
    return figure;
  }
}
