/** The ingestion package: extractArticle and the shapes it produces. */

export type {
  ActorKind,
  ExtractOptions,
  ExtractedActor,
  ExtractedArticle,
  ExtractedFigure,
  ExtractedQuote,
  ParsedArticle,
} from "./types";
export { parseArticle } from "./parse/parse-article";
export { resolvePublishedAt } from "./parse/published-at";
export { validateRaw, DEFAULT_MAX_BYTES } from "./parse/validate-raw";
export { IPTC_TOP_LEVEL } from "./lexicons/topics";
export { countryName } from "./lexicons/countries";
export { extractArticle, extractDocument } from "./pipeline";
