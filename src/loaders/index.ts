import DataLoader from "dataloader";
import type { Actor, Article, Country, Figure, Quote, Topic } from "../entities";
import type { Page } from "../resolvers/connection";
import type { CursorCodec } from "../services/cursor";
import { ARTICLE_ORDER, QUOTE_ORDER } from "../services/orders";
import { checkFirst, decodeAfter, type KeysetOrder, type PageArgs } from "../services/paging";
import type { ReferenceData } from "../services/reference.service";
import type { Keyed, RelationService } from "../services/relations.service";

/** Groups rows by a key, keeping row order, and returns one array per requested key. */
function groupBy<Row, Out = Row>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string, map?: (row: Row) => Out): Out[][] {
  const groups = new Map<string, Out[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(String(keyOf(row)))?.push(map ? map(row) : (row as unknown as Out));
  return keys.map((k) => groups.get(k)!);
}

function byId<Row extends { id: string }>(keys: readonly string[], rows: Row[]): Array<Row | null> {
  const found = new Map(rows.map((r) => [String(r.id), r]));
  return keys.map((k) => found.get(k) ?? null);
}

/** Key of a nested page request: the parent plus its page arguments. */
interface NestedPageKey {
  ownerId: string;
  first: number;
  after: string | null;
}

/**
 * Batches nested connections (Actor.quotes, Actor.articles): requests with the same page arguments
 * share one LATERAL query; totals are counted in one grouped query, only when asked for.
 */
function nestedPageLoader<Row>(
  codec: CursorCodec,
  order: KeysetOrder<Row>,
  fetch: (ownerIds: string[], limit: number, after: Array<string | number> | null) => Promise<Array<Keyed<Row>>>,
  count: DataLoader<string, number>,
): DataLoader<NestedPageKey, Page<Row>, string> {
  return new DataLoader<NestedPageKey, Page<Row>, string>(
    async (keys) => {
      const groups = new Map<string, NestedPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}|${key.after ?? ""}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, Page<Row>>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { first, after } = group[0];
          const afterValues = decodeAfter(codec, order, after);
          const rows = await fetch(
            group.map((k) => k.ownerId),
            first + 1,
            afterValues,
          );
          const perOwner = groupBy(
            group.map((k) => k.ownerId),
            rows,
            (r) => r.ownerId,
          );
          group.forEach((key, i) => {
            const all = perOwner[i];
            const nodes = all.slice(0, first);
            pages.set(`${key.ownerId}|${first}|${after ?? ""}`, {
              nodes,
              cursors: nodes.map((row) => codec.encode({ list: order.list, values: order.key(row) })),
              hasNextPage: all.length > first,
              hasPreviousPage: afterValues !== null,
              countTotal: () => count.load(key.ownerId),
            });
          });
        }),
      );
      return keys.map((k) => pages.get(`${k.ownerId}|${k.first}|${k.after ?? ""}`)!);
    },
    { cacheKeyFn: (k) => `${k.ownerId}|${k.first}|${k.after ?? ""}` },
  );
}

function countLoader(fetch: (ids: string[]) => Promise<Array<{ ownerId: string; n: number }>>): DataLoader<string, number> {
  return new DataLoader(async (ids) => {
    const rows = await fetch([...ids]);
    const counts = new Map(rows.map((r) => [r.ownerId, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** Every relation's DataLoader, made fresh for each request so nothing is cached across requests. */
export class Loaders {
  constructor(
    private readonly relations: RelationService,
    private readonly reference: ReferenceData,
    private readonly cursors: CursorCodec,
  ) {
    this.speakerQuotePages = nestedPageLoader(cursors, QUOTE_ORDER, (ids, n, after) => relations.quotesBySpeakers(ids, n, after), this.speakerQuoteCount);
    this.actorArticlePages = nestedPageLoader(cursors, ARTICLE_ORDER, (ids, n, after) => relations.articlesByActors(ids, n, after), this.actorArticleCount);
  }

  readonly article = new DataLoader<string, Article | null>(async (ids) => byId(ids, await this.relations.articlesByIds(ids)));

  readonly actor = new DataLoader<string, Actor | null>(async (ids) => byId(ids, await this.relations.actorsByIds(ids)));

  readonly articleCountries = new DataLoader<string, Country[]>(async (ids) =>
    groupBy(ids, await this.relations.countryCodesByArticle(ids), (r) => r.articleId, (r) => this.reference.country(r.code)!),
  );

  readonly articleTopics = new DataLoader<string, Topic[]>(async (ids) =>
    groupBy(ids, await this.relations.topicIdsByArticle(ids), (r) => r.articleId, (r) => this.reference.topic(r.topicId)!),
  );

  readonly articleActors = new DataLoader<string, Actor[]>(async (ids) => groupBy(ids, await this.relations.actorsByArticle(ids), (r) => r.articleId));

  readonly articleQuotes = new DataLoader<string, Quote[]>(async (ids) => groupBy(ids, await this.relations.quotesByArticle(ids), (r) => r.articleId));

  readonly articleFigures = new DataLoader<string, Figure[]>(async (ids) => groupBy(ids, await this.relations.figuresByArticle(ids), (r) => r.articleId));

  private readonly speakerQuoteCount = countLoader((ids) => this.relations.countQuotesBySpeakers(ids));
  private readonly actorArticleCount = countLoader((ids) => this.relations.countArticlesByActors(ids));

  private readonly speakerQuotePages: DataLoader<NestedPageKey, Page<Quote>, string>;
  private readonly actorArticlePages: DataLoader<NestedPageKey, Page<Article>, string>;

  /** Validates page arguments before queueing, so a bad cursor fails only its own field. */
  private nestedKey(ownerId: string, args: PageArgs): NestedPageKey {
    return { ownerId, first: checkFirst(args.first), after: args.after || null };
  }

  actorQuotes(actorId: string, args: PageArgs): Promise<Page<Quote>> {
    const key = this.nestedKey(actorId, args);
    decodeAfter(this.cursors, QUOTE_ORDER, key.after);
    return this.speakerQuotePages.load(key);
  }

  actorArticles(actorId: string, args: PageArgs): Promise<Page<Article>> {
    const key = this.nestedKey(actorId, args);
    decodeAfter(this.cursors, ARTICLE_ORDER, key.after);
    return this.actorArticlePages.load(key);
  }
}
