import DataLoader from "dataloader";
import type { Actor, Article, Country, Figure, Quote, Topic } from "../entities";
import type { Page } from "../resolvers/connection";
import type { ArticleLinks } from "../services/columns";
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
              cursor: (i) => codec.encode({ list: order.list, values: order.key(nodes[i]) }),
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

  /** Bodies of articles read without one (lists that did not ask for it, Quote.article, Actor.articles). */
  readonly articleBody = new DataLoader<string, string | null>(async (ids) => {
    const found = new Map((await this.relations.bodiesByIds(ids)).map((r) => [String(r.id), r.body]));
    return ids.map((id) => found.get(id) ?? null);
  });

  readonly articleCountries = new DataLoader<string, Country[]>(async (ids) =>
    groupBy(ids, await this.relations.countryCodesByArticle(ids), (r) => r.articleId, (r) => this.reference.country(r.code)!),
  );

  readonly articleTopics = new DataLoader<string, Topic[]>(async (ids) =>
    groupBy(ids, await this.relations.topicIdsByArticle(ids), (r) => r.articleId, (r) => this.reference.topic(r.topicId)!),
  );

  readonly articleActors = new DataLoader<string, Actor[]>(async (ids) => groupBy(ids, await this.relations.actorsByArticle(ids), (r) => r.articleId));

  /** Quotes with their speakers in one statement; the speakers prime the actor loader, so Quote.speaker sends none. */
  readonly articleQuotes = new DataLoader<string, Quote[]>(async (ids) => {
    const rows = await this.relations.quotesByArticle(ids);
    for (const { speaker } of rows) if (speaker) this.actor.prime(String(speaker.id), speaker);
    return groupBy(ids, rows, (r) => r.quote.articleId, (r) => r.quote);
  });

  readonly articleFigures = new DataLoader<string, Figure[]>(async (ids) => groupBy(ids, await this.relations.figuresByArticle(ids), (r) => r.articleId));

  /** The article's body: already on the row when its query read it, else one batched statement per request. */
  bodyOf(article: Article): string | Promise<string | null> {
    return typeof article.body === "string" ? article.body : this.articleBody.load(String(article.id));
  }

  /** A quote's speaker: read with its page when the page asked for it, else batched through the actor loader. */
  speakerOf(quote: Quote): Actor | null | Promise<Actor | null> {
    if (quote.speakerRow !== undefined) return quote.speakerRow;
    return quote.speakerId ? this.actor.load(String(quote.speakerId)) : null;
  }

  /** The article of a quote or figure: read with its page when the page asked for it, else batched. */
  articleOf(item: { articleId: string; articleRow?: Article }): Article | Promise<Article | null> {
    return item.articleRow ?? this.article.load(String(item.articleId));
  }

  /** The article's actors, most mentioned first: read with its page when the page asked for them, else batched. */
  actorsOf(article: Article & ArticleLinks): Actor[] | Promise<Actor[]> {
    return article.actorRows ?? this.articleActors.load(String(article.id));
  }

  /** The article's quotes (with their speakers) in order of appearance: read with its page, else batched. */
  quotesOf(article: Article & ArticleLinks): Quote[] | Promise<Quote[]> {
    return article.quoteRows ?? this.articleQuotes.load(String(article.id));
  }

  /** The article's figures in order of appearance: read with its page, else batched. */
  figuresOf(article: Article & ArticleLinks): Figure[] | Promise<Figure[]> {
    return article.figureRows ?? this.articleFigures.load(String(article.id));
  }

  /** The article's countries: from the codes its page query read, else batched through the loader. */
  countriesOf(article: Article & ArticleLinks): Country[] | Promise<Country[]> {
    return article.countryCodes ? article.countryCodes.map((code) => this.reference.country(code)!) : this.articleCountries.load(String(article.id));
  }

  /** The article's topics, best first: from the ids its page query read, else batched through the loader. */
  topicsOf(article: Article & ArticleLinks): Topic[] | Promise<Topic[]> {
    return article.topicIds ? article.topicIds.map((id) => this.reference.topic(id)!) : this.articleTopics.load(String(article.id));
  }

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
