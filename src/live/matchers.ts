import type { Actor, Article, Figure, Quote } from "../entities";
import type { ArticleLinks } from "../services/columns";
import type { ArticleCriteria, CommonCriteria, FigureCriteria, QuoteCriteria } from "../services/filters";

/** One newly committed article as the live hub reads it: every relation, plus which search terms it matched. */
export interface ArticleEvent {
  article: Article & Required<Pick<ArticleLinks, "countryCodes" | "topicIds" | "actorRows" | "quoteRows" | "figureRows">>;
  /** Article search terms (as in ArticleCriteria.search) that its title and body match. */
  articleTerms: ReadonlySet<string>;
  /** `${quoteId}|${term}` for each quote search term a quote matches. */
  quoteTerms: ReadonlySet<string>;
  /** `${figureId}|${term}` for each figure search term a figure's context matches. */
  figureTerms: ReadonlySet<string>;
  /** The article joined a story already stored (a later copy), so uniqueStories leaves it out. */
  storyCopy: boolean;
}

/**
 * One check per criteria field. Keyed by every field of the criteria type, so a field added to the query
 * filters does not compile until its live check is written too (a missing check would match everything).
 */
type Checks<Criteria, Item> = { [K in keyof Required<Criteria>]: (value: NonNullable<Criteria[K]>, item: Item, event: ArticleEvent) => boolean };

const COMMON: Checks<CommonCriteria, unknown> = {
  country: (code, _item, { article }) => article.countryCodes.includes(code),
  topicIds: (ids, _item, { article }) => article.topicIds.some((id) => ids.includes(id)),
  from: (from, _item, { article }) => article.publishedAt.getTime() >= from.getTime(),
  before: (before, _item, { article }) => article.publishedAt.getTime() < before.getTime(),
  uniqueStories: (unique, _item, event) => !unique || !event.storyCopy,
};

const ARTICLE: Checks<ArticleCriteria, Article> = {
  ...COMMON,
  actorId: (id, _item, { article }) => article.actorRows.some((actor: Actor) => String(actor.id) === id),
  source: (source, article) => article.source === source,
  search: (term, _item, event) => event.articleTerms.has(term),
};

const QUOTE: Checks<QuoteCriteria, Quote> = {
  ...COMMON,
  speakerId: (id, quote) => quote.speakerId !== null && quote.speakerId !== undefined && String(quote.speakerId) === id,
  speakerCountry: (code, quote) => quote.speakerRow?.countryCode === code,
  articleId: (id, quote) => String(quote.articleId) === id,
  search: (term, quote, event) => event.quoteTerms.has(`${quote.id}|${term}`),
};

const FIGURE: Checks<FigureCriteria, Figure> = {
  ...COMMON,
  articleId: (id, figure) => String(figure.articleId) === id,
  unit: (unit, figure) => figure.unit === unit,
  minValue: (min, figure) => figure.value >= min,
  maxValue: (max, figure) => figure.value <= max,
  kind: (kind, figure) => (figure as Figure & { kind?: string }).kind === kind,
  search: (term, figure, event) => event.figureTerms.has(`${figure.id}|${term}`),
};

/** A predicate over one item of an event, true when every set criteria field holds (AND, as the query filters). */
function matcher<Criteria extends object, Item>(checks: Checks<Criteria, Item>, criteria: Criteria): (item: Item, event: ArticleEvent) => boolean {
  const active = (Object.keys(criteria) as Array<keyof Criteria>)
    .filter((key) => criteria[key] !== undefined && criteria[key] !== null)
    .map((key) => {
      const check = checks[key] as (value: unknown, item: Item, event: ArticleEvent) => boolean;
      if (!check) throw new Error(`no live check for filter field ${String(key)}`);
      const value = criteria[key];
      return (item: Item, event: ArticleEvent) => check(value, item, event);
    });
  return (item, event) => active.every((check) => check(item, event));
}

export type LiveKind = "article" | "quote" | "figure";

/** What each subscription kind takes out of one event: the items that match its checked criteria. */
export function selectItems(kind: "article", criteria: ArticleCriteria): (event: ArticleEvent) => Article[];
export function selectItems(kind: "quote", criteria: QuoteCriteria): (event: ArticleEvent) => Quote[];
export function selectItems(kind: "figure", criteria: FigureCriteria): (event: ArticleEvent) => Figure[];
export function selectItems(kind: LiveKind, criteria: ArticleCriteria | QuoteCriteria | FigureCriteria): (event: ArticleEvent) => Array<Article | Quote | Figure> {
  if (kind === "article") {
    const matches = matcher(ARTICLE, criteria as ArticleCriteria);
    return (event) => (matches(event.article, event) ? [event.article] : []);
  }
  if (kind === "quote") {
    const matches = matcher(QUOTE, criteria as QuoteCriteria);
    return (event) => event.article.quoteRows.filter((quote) => matches(quote, event));
  }
  const matches = matcher(FIGURE, criteria as FigureCriteria);
  return (event) => event.article.figureRows.filter((figure) => matches(figure, event));
}
