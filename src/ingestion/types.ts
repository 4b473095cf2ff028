/** Shapes produced by the ingestion pipeline (pure data, no database types). */

export type ActorKind = "PERSON" | "ORGANIZATION";

export interface ExtractedActor {
  /** Stable identity within one article: folded lower-case name plus kind. */
  key: string;
  name: string;
  kind: ActorKind;
  title: string | null;
  /** ISO 3166-1 alpha-2 affiliation, or null when the text does not give one. */
  country: string | null;
  aliases: string[];
  mentions: number;
}

export interface ExtractedQuote {
  text: string;
  start: number;
  end: number;
  /** ExtractedActor.key of the speaker, or null when the text does not say who spoke. */
  speakerKey: string | null;
}

/** What a figure measures (API.md, "Figures"); the unit follows from it. */
export type FigureKindName = "MONEY" | "PERCENT" | "COUNT" | "MEASURE" | "DURATION" | "AGE";

export interface ExtractedFigure {
  value: number;
  kind: FigureKindName;
  unit: string;
  text: string;
  context: string;
  start: number;
  end: number;
}

export interface ParsedArticle {
  title: string;
  source: string;
  publishedAt: Date;
  body: string;
}

export interface ExtractedArticle extends ParsedArticle {
  /** ISO alpha-2 codes, sorted, unique. */
  countries: string[];
  /** IPTC top-level slugs, best first, one to three. */
  topics: string[];
  actors: ExtractedActor[];
  quotes: ExtractedQuote[];
  figures: ExtractedFigure[];
}

export interface ExtractOptions {
  fetchedAt: Date;
  /** Largest accepted raw text in UTF-8 bytes; default 1_000_000. */
  maxBytes?: number;
}
