import { extractArticle } from "../../../src/ingestion";
import type { ExtractedArticle, ExtractedQuote } from "../../../src/ingestion";

export const FETCHED_AT = new Date("2024-06-29T12:00:00Z");

/** A page as scrapers save it, around the given paragraphs. */
export function rawArticle(paragraphs: string[], title = "Officials Meet as Talks Continue on Regional Issues"): string {
  return ["Home Back", "", title, "", "example.com 2 hours ago", ...paragraphs.flatMap((p) => ["", p]), "", "Read more", "Another Headline Here"].join("\n");
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
