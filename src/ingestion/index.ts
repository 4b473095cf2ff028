import { InputError } from "../errors";
import { extractActors } from "./extract/actors";
import { countryCodes, dominantCountry, findCountryMentions, georgiaIsUsState } from "./extract/countries";
import { extractFigures } from "./extract/figures";
import { extractQuotes } from "./extract/quotes";
import { extractTopics } from "./extract/topics";
import { findHeadingParagraphs } from "./parse/headings";
import { parseArticle } from "./parse/parse-article";
import { DEFAULT_MAX_BYTES, validateRaw } from "./parse/validate-raw";
import { splitSentences, spanAt } from "./text/sentences";
import type { Span } from "./text/sentences";
import type { CountryMention } from "./extract/countries";
import { tokenize } from "./text/tokens";
import type { ExtractOptions, ExtractedArticle } from "./types";

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

/**
 * Turn the raw text of a scraped news page into a structured article: title, outlet, publication time,
 * clean body, countries, topics, actors, quotes and figures. Pure; throws InputError("raw", …) on bad input.
 */
export function extractArticle(raw: string, options: ExtractOptions): ExtractedArticle {
  const fetchedAt = options?.fetchedAt;
  if (!(fetchedAt instanceof Date) || isNaN(fetchedAt.getTime())) {
    throw new InputError("fetchedAt", "must be a valid date-time (ISO-8601)");
  }
  validateRaw(raw, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const parsed = parseArticle(raw, fetchedAt);
  const { title, body } = parsed;

  const tokens = tokenize(body);
  const titleTokens = tokenize(title);
  const sentences = splitSentences(body);
  const georgiaUsState = georgiaIsUsState(tokens.concat(titleTokens));
  const bodyCountries = findCountryMentions(tokens, body, georgiaUsState);
  const titleCountries = findCountryMentions(titleTokens, title, georgiaUsState);

  const homeCountry = dominantCountry(bodyCountries, titleCountries);
  const { actors, mentions } = extractActors({
    body,
    tokens,
    countryMentions: bodyCountries,
    dominantCountry: homeCountry,
    settingCountry: settingCountry(bodyCountries),
    headingParagraphs: findHeadingParagraphs(body),
  });

  return {
    ...parsed,
    countries: countryCodes(bodyCountries.concat(titleCountries)),
    topics: extractTopics(title, body),
    actors,
    quotes: extractQuotes({ body, tokens, sentences, mentions, titles: new Map(actors.filter((a) => a.title).map((a) => [a.key, a.title!])) }),
    figures: extractFigures(body, sentences, homeCountry, (offset) => countryInSentence(bodyCountries, sentences, offset), countryWeights(bodyCountries, titleCountries), parsed.source),
  };
}

/**
 * The country the story is set in: the one the body names most, at least three times and half as often
 * again as any other.
 */
function settingCountry(body: CountryMention[]): string | null {
  const weights = new Map<string, number>();
  for (const m of body) if (m.code) weights.set(m.code, (weights.get(m.code) ?? 0) + (m.kind === "seat" ? 0.5 : 1));
  const ranked = [...weights.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 3) return null;
  if (ranked.length > 1 && ranked[0][1] < 1.5 * ranked[1][1]) return null;
  return ranked[0][0];
}

/** How often the article names each country (the title counts double). */
function countryWeights(body: CountryMention[], title: CountryMention[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const m of body) if (m.code) weights.set(m.code, (weights.get(m.code) ?? 0) + 1);
  for (const m of title) if (m.code) weights.set(m.code, (weights.get(m.code) ?? 0) + 2);
  return weights;
}

/** The last country named in the sentence before `offset`, if any. */
function countryInSentence(mentions: CountryMention[], sentences: Span[], offset: number): string | null {
  const sentence = spanAt(sentences, offset);
  if (!sentence) return null;
  let code: string | null = null;
  for (const m of mentions) if (m.start >= sentence.start && m.start < offset && m.code) code = m.code;
  return code;
}
