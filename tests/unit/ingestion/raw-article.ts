import { extractArticle, extractDocument } from "../../../src/ingestion";
import type { ExtractedActor, ExtractedArticle, ExtractedQuote } from "../../../src/ingestion";
import { extractFigures } from "../../../src/ingestion/extract/figures";
import { splitSentences } from "../../../src/ingestion/text/sentences";

export const FETCHED_AT = new Date("2024-06-29T12:00:00Z");

/** A page as scrapers save it, around the given paragraphs. */
export function rawArticle(paragraphs: string[], title = "Officials Meet as Talks Continue on Regional Issues"): string {
  return ["Home Back", "", title, "", "example.com 2 hours ago", ...paragraphs.flatMap((p) => ["", p]), "", "Read more", "Another Headline Here"].join("\n");
}

/** A page from an outlet on the given domain (the domain says the outlet's country), run through the pipeline. */
export function fromOutlet(domain: string, paragraphs: string[], title: string): ExtractedArticle {
  const raw = ["Home Back", "", title, "", `${domain} 3 hours ago`, ...paragraphs.flatMap((p) => ["", p]), "", "Read more"].join("\n");
  return extractArticle(raw, { fetchedAt: FETCHED_AT });
}

/** Run the whole pipeline over paragraphs of body text. */
export function extract(paragraphs: string[], title?: string): ExtractedArticle {
  return extractArticle(rawArticle(paragraphs, title), { fetchedAt: FETCHED_AT });
}

/** Name of the quote's speaker, or null. */
export function speakerName(article: ExtractedArticle, quote: ExtractedQuote): string | null {
  if (quote.speakerKey === null) return null;
  return article.actors.find((a) => a.key === quote.speakerKey)?.name ?? `?${quote.speakerKey}`;
}

/** Figures found in a text, as [value, unit, text]; `home` is the article's leading country. */
export function figures(text: string, home: string | null = null) {
  return extractFigures(text, splitSentences(text), home, () => null, new Map()).map((f) => [f.value, f.unit, f.text]);
}

/** The actor of that name, or undefined. */
export function find(article: ExtractedArticle, name: string): ExtractedActor | undefined {
  return article.actors.find((a) => a.name === name);
}

/** The actor of that name; fails listing the actors found when there is none. */
export function actor(article: ExtractedArticle, name: string): ExtractedActor {
  const found = find(article, name);
  if (!found) throw new Error(`no actor ${name} in ${article.actors.map((a) => `${a.name} (${a.kind})`).join(", ")}`);
  return found;
}

/** Each quote of a page around the paragraphs, with its speaker's name and kind and the sieve that chose it. */
export function quotesOf(paragraphs: string[]) {
  const { doc } = extractDocument(rawArticle(paragraphs), { fetchedAt: FETCHED_AT });
  const actors = new Map(doc.actors.map((a) => [a.key, a]));
  return doc.quotes.map((q) => ({
    text: q.text,
    speaker: q.speakerKey === null ? null : actors.get(q.speakerKey)?.name ?? null,
    kind: q.speakerKey === null ? null : actors.get(q.speakerKey)?.kind ?? null,
    sieve: q.sieve,
  }));
}

/** The quote whose text starts with `startsWith`; throws when there is none. */
export function quoteStarting(paragraphs: string[], startsWith: string) {
  const found = quotesOf(paragraphs).find((q) => q.text.startsWith(startsWith));
  if (!found) throw new Error(`no quote starting "${startsWith}"`);
  return found;
}

/** An invented page for table-driven tests: outlet domain, paragraphs, title, and the countries the named actors should have. */
export interface CountryCase {
  rule: string;
  domain: string;
  paragraphs: string[];
  title: string;
  countries: Array<[string, string | null]>;
}

/** An invented page and the names that must (or must not) come out as the given kind. */
export interface KindCase {
  rule: string;
  paragraphs: string[];
  /** [name, kind]: kind null means no actor of that name. */
  kinds: Array<[string, "PERSON" | "ORGANIZATION" | null]>;
}

/** Each name of the case with the kind the pipeline gave it (null: no actor of that name), to compare with `kinds`. */
export function kindsFound({ paragraphs, kinds }: KindCase): Array<[string, "PERSON" | "ORGANIZATION" | null]> {
  const actors = extract(paragraphs).actors;
  return kinds.map(([name]) => [name, actors.find((a) => a.name === name)?.kind ?? null]);
}
