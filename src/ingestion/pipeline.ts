/**
 * The extraction pipeline: parse the raw page, run the stages over one document in order, read it out.
 * Each stage reads the layers earlier stages set and adds its own (see document.ts).
 */
import { InputError } from "../errors";
import { Doc, type Stage } from "./document";
import { parseArticle } from "./parse/parse-article";
import { DEFAULT_MAX_BYTES, validateRaw } from "./parse/validate-raw";
import { coreferenceStage } from "./stages/coreference";
import { countriesStage } from "./stages/countries";
import { countryCodes } from "./stages/countries";
import { entitiesStage } from "./stages/entities";
import { figuresStage } from "./stages/figures";
import { quoteSpansStage } from "./stages/quote-spans";
import { quotesStage } from "./stages/quotes";
import { sentencesStage } from "./stages/sentences";
import { topicsStage } from "./stages/topics";
import type { ExtractOptions, ExtractedArticle, ParsedArticle } from "./types";

/** The stages in the order they run. */
export const STAGES: readonly Stage[] = [
  sentencesStage,
  quoteSpansStage,
  countriesStage,
  entitiesStage,
  coreferenceStage,
  quotesStage,
  topicsStage,
  figuresStage,
];

/** Run every stage over a document made from a title and a clean body. */
export function runPipeline(title: string, body: string, stages: readonly Stage[] = STAGES, source = ""): Doc {
  const doc = new Doc(title, body, source);
  for (const stage of stages) stage.run(doc);
  return doc;
}

/** Parse and run the pipeline, keeping the document (for evaluation and tests). */
export function extractDocument(raw: string, options: ExtractOptions): { parsed: ParsedArticle; doc: Doc; article: ExtractedArticle } {
  const fetchedAt = options?.fetchedAt;
  if (!(fetchedAt instanceof Date) || isNaN(fetchedAt.getTime())) {
    throw new InputError("fetchedAt", "must be a valid date-time (ISO-8601)");
  }
  validateRaw(raw, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const parsed = parseArticle(raw, fetchedAt);
  const doc = runPipeline(parsed.title, parsed.body, STAGES, parsed.source);
  return { parsed, doc, article: readOut(parsed, doc) };
}

/**
 * Turn the raw text of a scraped news page into a structured article: title, outlet, publication time,
 * clean body, countries, topics, actors, quotes and figures. Pure; throws InputError("raw", …) on bad input.
 */
export function extractArticle(raw: string, options: ExtractOptions): ExtractedArticle {
  return extractDocument(raw, options).article;
}

function readOut(parsed: ParsedArticle, doc: Doc): ExtractedArticle {
  return {
    ...parsed,
    countries: countryCodes(doc.countryMentions.concat(doc.titleCountryMentions), doc.homeCountry, doc.sourceCountry),
    topics: doc.topics,
    actors: doc.actors,
    quotes: doc.quotes.map(({ text, start, end, speakerKey }) => ({ text, start, end, speakerKey })),
    figures: doc.figures,
  };
}
