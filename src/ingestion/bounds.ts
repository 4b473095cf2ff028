import type { Config } from "../config";
import type { ExtractedArticle, ExtractedFigure } from "./types";

/** Caps on what one article stores (each a setting, see config.ts). */
export interface OutputBounds {
  maxQuotes: number;
  maxFigures: number;
  maxActors: number;
  /** Longest quote kept, in characters; a longer one is dropped (its full-text index entry would be unbounded). */
  maxQuoteChars: number;
  /** Longest figure context, in characters, cut around the figure. */
  maxContextChars: number;
}

export const DEFAULT_BOUNDS: OutputBounds = { maxQuotes: 500, maxFigures: 1000, maxActors: 100, maxQuoteChars: 5000, maxContextChars: 400 };

/** At most `max` characters of `context` centred on the figure's words (found in it, else its start). */
export function contextAround(figure: Pick<ExtractedFigure, "text" | "context">, max: number): string {
  const { context } = figure;
  if (context.length <= max) return context;
  const at = Math.max(0, context.indexOf(figure.text));
  const length = Math.min(figure.text.length, max);
  let start = Math.max(0, at - Math.floor((max - length) / 2));
  const end = Math.min(context.length, start + max);
  start = Math.max(0, end - max);
  return context.slice(start, end).trim();
}

/**
 * Applies the caps: figure contexts cut around the figure, then quotes, figures and actors beyond their
 * limits dropped (in text order; actors by mentions). Returns what was cut, by name, for the payload.
 */
export function boundArticle(article: ExtractedArticle, partial: Partial<OutputBounds> = {}): { article: ExtractedArticle; truncated: string[] } {
  const bounds = { ...DEFAULT_BOUNDS, ...partial };
  const truncated: string[] = [];
  let figures = article.figures;
  if (figures.some((f) => f.context.length > bounds.maxContextChars)) {
    figures = figures.map((f) => (f.context.length > bounds.maxContextChars ? { ...f, context: contextAround(f, bounds.maxContextChars) } : f));
    truncated.push("figures.context");
  }
  if (figures.length > bounds.maxFigures) {
    figures = figures.slice(0, bounds.maxFigures);
    truncated.push("figures");
  }
  let quotes = article.quotes;
  if (quotes.some((q) => q.text.length > bounds.maxQuoteChars)) {
    quotes = quotes.filter((q) => q.text.length <= bounds.maxQuoteChars);
    truncated.push("quotes.text");
  }
  if (quotes.length > bounds.maxQuotes) {
    quotes = quotes.slice(0, bounds.maxQuotes);
    truncated.push("quotes");
  }
  let actors = article.actors;
  if (actors.length > bounds.maxActors) {
    const kept = new Set([...actors].sort((a, b) => b.mentions - a.mentions).slice(0, bounds.maxActors).map((a) => a.key));
    actors = actors.filter((a) => kept.has(a.key));
    // A quote whose speaker was dropped keeps its text, without a speaker.
    quotes = quotes.map((q) => (q.speakerKey && !kept.has(q.speakerKey) ? { ...q, speakerKey: null } : q));
    truncated.push("actors");
  }
  if (!truncated.length) return { article, truncated };
  return { article: { ...article, figures, quotes, actors }, truncated };
}

/** The caps the settings give. */
export function articleBounds(config: Pick<Config, "maxQuotesPerArticle" | "maxFiguresPerArticle" | "maxActorsPerArticle" | "maxQuoteChars">): OutputBounds {
  return {
    maxQuotes: config.maxQuotesPerArticle,
    maxFigures: config.maxFiguresPerArticle,
    maxActors: config.maxActorsPerArticle,
    maxQuoteChars: config.maxQuoteChars,
    maxContextChars: DEFAULT_BOUNDS.maxContextChars,
  };
}
