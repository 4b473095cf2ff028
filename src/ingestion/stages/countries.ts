import {
  CAUCASUS_CUES,
  STRONG_CAUCASUS_CUES,
  COUNTRY_SURFACES,
  COUNTRY_SURFACE_MAX_WORDS,
  CountrySurface,
  COMMON_NOUN_READINGS,
  PERSON_PRONE_COUNTRY_WORDS,
  US_STATE_ABBREVIATIONS,
  CANADIAN_PROVINCE_ABBREVIATIONS,
  US_STATE_CUES,
  US_STATES,
} from "../lexicons/countries";
import { ORGANISATION_HEADS, UTILITY_HEADS } from "../lexicons/organisations";
import { ENVOY_ROLES, FIRST_NAMES, LAST_NAMES, NAME_JOINING_PARTICLES, ROLE_WORDS, TITLE_MODIFIERS, isGivenName } from "../lexicons/people";
import { foldText } from "../text/fold";
import { Token, adjacent } from "../text/tokens";
import type { CountryMention, Doc, Stage } from "../document";
import { isSpelledCount } from "../quantities/number-words";
import { basedTownCountry, placeMaxWords, placeTable, smallTownCountries, subdivisionCountries, townCountries } from "../gazetteers/places";
import { resolveTown } from "../gazetteers/towns";
import { newspaperCountry, sharedOutletCountry } from "../lexicons/newspapers";
import { CURRENCY_COUNTRIES, CURRENCY_PHRASES, CURRENCY_SYMBOLS, resolveCurrency } from "../lexicons/currencies";

export type { CountryMention } from "../document";

// Capitalised words that follow a country name without making it a person's first name.
const NOT_SURNAMES = new Set(
  (
    "Defense Defence Forces Army Air Navy Strip River Valley Basin Sea Lake City State Street Agreement Accord Summit " +
    "Club Times Post Open Cup Square Avenue Road Airport Ministry Government Republic Kingdom Province Region National " +
    "International Airlines Airways Central Public Watch Power Electric Bank Court Council Parliament Police Media Post"
  ).split(" "),
);

/** Words before a place's name that make it the place ("in Santiago", "to Lima"). */
const PLACE_PREPOSITIONS = new Set(["in", "to", "from", "at", "near", "outside", "via", "into", "across", "around", "of", "and", "between"]);

/** Caucasus cues any European story has. */
const WEAK_CAUCASUS_CUES = new Set(["Europe", "European", "EU", "NATO", "Black"]);

/** Decide once per article whether "Georgia" is the US state (Atlanta, county, governor …) or the country. */
export function georgiaIsUsState(tokens: Token[]): boolean {
  let us = 0;
  let caucasus = 0;
  let strongCaucasus = 0;
  for (const t of tokens) {
    if (US_STATE_CUES.has(t.text) || US_STATE_CUES.has(t.base)) us++;
    // "Europe", "EU", "NATO" say less of the Caucasus than Tbilisi or the Kremlin do.
    if (CAUCASUS_CUES.has(t.text) || CAUCASUS_CUES.has(t.base)) caucasus += WEAK_CAUCASUS_CUES.has(t.base) ? 0.5 : 1;
    if (STRONG_CAUCASUS_CUES.has(t.base)) strongCaucasus++;
  }
  if (strongCaucasus > 0) return us > caucasus * 2;
  return us > 0 || caucasus === 0 ? us >= caucasus : false;
}

/**
 * Every country surface form among `tokens` (tokens of `text`, whose offsets start at `baseOffset`),
 * longest match first, with person-name and US-state readings filtered out.
 */
export function findCountryMentions(tokens: Token[], text: string, georgiaUsState: boolean, baseOffset = 0, headline = false): CountryMention[] {
  const out: CountryMention[] = [];
  const nameWords = placeWordsInNames(tokens, text, baseOffset);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word" || (!t.cap && !t.text.includes("-"))) continue;
    const state = usStateAfterPlace(tokens, text, i, baseOffset);
    if (state) {
      const last = tokens[i + state - 1];
      const code = CANADIAN_PROVINCE_ABBREVIATIONS.has(t.text) ? "CA" : "US";
      // "Omaha, Neb." after "Omaha" was read as a place: one place, named twice ("Georgia, Alabama" is two).
      const town = out[out.length - 1];
      const qualifier = !!town && town.code === code && town.endToken === i - 1 && !!town.place && !US_STATES.has(town.surface);
      out.push({ code, surface: text.slice(t.start - baseOffset, last.end - baseOffset), kind: "city", start: t.start, end: last.possessive ? last.end - 2 : last.end, firstToken: i, endToken: i + state, ...(qualifier ? { qualifier } : {}) });
      i += state - 1;
      continue;
    }
    // "LEBANON, Ohio", "Peru, Indiana": a country's word before a comma and a US state is a US town.
    if (t.cap && tokens[i + 1]?.text === "," && COUNTRY_SURFACES.get(isAllCaps(t) ? titleCase(t.base) : t.base)?.code && usStateAfterPlace(tokens, text, i + 2, baseOffset)) {
      out.push({ code: "US", surface: t.base, kind: "city", start: t.start, end: t.possessive ? t.end - 2 : t.end, firstToken: i, endToken: i + 1 });
      continue;
    }
    let match = t.cap ? longestSurfaceAt(tokens, text, i, baseOffset) ?? (isAllCaps(t) ? capitalsSurfaceAt(tokens, text, i, baseOffset) : null) : null;
    const place = t.cap ? placeAt(tokens, text, i, baseOffset, headline) : null;
    // "Thai Nguyen" (a Vietnamese province) is one longer place, not the demonym "Thai" before a name.
    if (match && place && place.n > match.n) match = null;
    if (match) {
      const { surface, entry, n } = match;
      const last = tokens[i + n - 1];
      if (n === 1 && isPersonName(tokens, text, i, baseOffset)) continue;
      // "Rodrigo Urrutia Lagos" … "Lagos said": a city the text also uses as a surname.
      // A dateline ("LAGOS —") is the city whatever else the text calls by its name.
      const datelineWord = isAllCaps(t) && (i === 0 || tokens[i - 1].paragraph !== t.paragraph);
      if (n === 1 && entry.kind === "city" && nameWords.has(surface) && !datelineWord) continue;
      // "Governor Ricardo Santiago" … "Santiago said": a capital the text uses as a surname, where no preposition of place stands before it.
      if (n === 1 && entry.kind === "capital" && nameWords.has(surface) && !datelineWord && !PLACE_PREPOSITIONS.has(tokens[i - 1]?.text.toLowerCase() ?? "")) continue;
      // "Milan Horvat", "Florence Mbeki": a city that is also a given name, before a capitalised word.
      // "spokesman Milan Horvat": after a title, the same shape is a name whatever the lexicon knows.
      const afterTitle = !!tokens[i - 1] && tokens[i - 1].kind === "word" && ROLE_WORDS.has(tokens[i - 1].text.toLowerCase()) && adjacent(text, tokens[i - 1], t, baseOffset);
      if (n === 1 && (entry.kind === "city" || entry.kind === "capital") && (FIRST_NAMES.has(foldText(t.base)) || afterTitle) && !t.possessive) {
        const next = tokens[i + 1];
        if (next && next.kind === "word" && next.cap && adjacent(text, t, next, baseOffset) && !NOT_SURNAMES.has(next.base) && !ORGANISATION_HEADS.has(next.base)) continue;
      }
      // "US$3.5 million" is a currency symbol, not a mention of the country.
      if (text[last.end - baseOffset] === "$") continue;
      // "Guinea pigs", "turkey sandwiches": the word before this noun is no country.
      const after = tokens[i + n];
      if (n === 1 && after && after.kind === "word" && !after.cap && COMMON_NOUN_READINGS.get(t.base)?.has(after.text) && adjacent(text, t, after, baseOffset)) continue;
      // "its Spanish acronym", "the English edition", "Arabic subtitles": a language, not the country.
      if (n === 1 && entry.kind === "demonym" && after && after.kind === "word" && !after.cap && LANGUAGE_NOUNS.has(after.text) && adjacent(text, t, after, baseOffset)) continue;
      // "a professor of Japanese studies", "a lecturer in Korean history": an academic field, not the scholar's country.
      if (n === 1 && entry.kind === "demonym" && after && after.kind === "word" && !after.cap && adjacent(text, t, after, baseOffset) && academicField(tokens, i, after.text)) continue;
      // "speaking in Portuguese through an interpreter", "a statement written in French": a language, not the country.
      if (n === 1 && entry.kind === "demonym" && inLanguage(tokens, i)) continue;
      // "the Spanish Arch", "the French Quarter", "Indian Creek": a landmark named with a demonym.
      if (n === 1 && entry.kind === "demonym" && after && after.cap && DEMONYM_LANDMARKS.has(after.base) && adjacent(text, t, after, baseOffset)) continue;
      // "the Paris Agreement", "the Tokyo MOU", "the London Metal Exchange": an accord or a world market named after a city.
      const nameOnly = (entry.kind === "capital" || entry.kind === "city") && !last.possessive && namesAccordOrMarket(tokens, text, i + n, baseOffset);
      // "Sudan virus disease", "the Marburg strain": a pathogen named after a place, not a mention of it.
      if (after && after.kind === "word" && !after.cap && PATHOGEN_NOUNS.has(after.text) && !last.possessive && adjacent(text, last, after, baseOffset)) continue;
      // "5.18 per US dollar", "paid in United States dollars": the currency the world prices in, not the country.
      if (entry.code === "US" && after && after.kind === "word" && /^(?:dollars?|cents?)$/.test(after.text) && !last.possessive && adjacent(text, last, after, baseOffset)) continue;
      // "Cuba Street", "the San José mine", "the Juba and Shabelle rivers": a street, mine or river named after a country or capital.
      if (entry.kind !== "demonym" && !last.possessive && namesStreetOrRiver(tokens, text, i + n, baseOffset)) continue;
      // "Niger State", "Ethiopia's Somali region": a country's word marked as another country's subdivision.
      const subdivision = n === 1 && entry.kind !== "seat" && !t.possessive ? subdivisionAfter(tokens, text, i, entry.code, baseOffset) : null;
      if (subdivision) {
        const end = tokens[i + subdivision.n - 1];
        out.push({ code: subdivision.code, surface: text.slice(t.start - baseOffset, end.end - baseOffset), kind: "city", start: t.start, end: end.possessive ? end.end - 2 : end.end, firstToken: i, endToken: i + subdivision.n });
        i += subdivision.n - 1;
        continue;
      }
      let code = entry.code;
      if ((surface === "Georgia" || surface === "Georgian" || surface === "Georgians") && georgiaUsState) code = "US";
      const spanText = text.slice(t.start - baseOffset, last.end - baseOffset);
      // "New York-based", "New Zealand-trained": the mention ends at the hyphen.
      const end = last.possessive ? last.end - 2 : spanText.length > surface.length && spanText.startsWith(surface) && spanText[surface.length] === "-" ? t.start + surface.length : last.end;
      const trait = end < last.end && TRAIT_COMPOUNDS.has(last.text.slice(last.text.indexOf("-") + 1).toLowerCase());
      out.push({ code, surface, kind: entry.kind, start: t.start, end, firstToken: i, endToken: i + n, ...(nameOnly ? { nameOnly: true } : {}), ...(trait ? { trait: true } : {}) });
      i += n - 1;
      continue;
    }
    if (place && !(place.n === 1 && nameWords.has(place.surface))) {
      const last = tokens[i + place.n - 1];
      const end = t.start + place.surface.length;
      // A city the curated lexicon knows too ("Toronto-based") keeps the lexicon's standing.
      const curated = COUNTRY_SURFACES.get(place.surface);
      const code = curated?.code ?? place.code;
      out.push({ code, surface: place.surface, kind: curated?.kind ?? "city", start: t.start, end: Math.min(end, last.end), firstToken: i, endToken: i + place.n, place: !curated, inName: place.inName });
      i += place.n - 1;
      continue;
    }
    if (t.text.includes("-") && !nameWords.has(t.base)) {
      // "Russian-occupied", "pro-Russian", "US-led": a country word inside a hyphenated compound.
      let offset = 0;
      const parts = t.base.split("-");
      for (const [k, part] of parts.entries()) {
        const entry = COUNTRY_SURFACES.get(part);
        // "French-speaking", "Spanish-language": a language, not the country.
        if (entry?.kind === "demonym" && LANGUAGE_COMPOUNDS.has(parts[k + 1] ?? "")) {
          offset += part.length + 1;
          continue;
        }
        if (entry && /^\p{Lu}/u.test(part) && entry.kind !== "seat") {
          const code = part.startsWith("Georgia") && georgiaUsState ? "US" : entry.code;
          const trait = TRAIT_COMPOUNDS.has((parts[k + 1] ?? "").toLowerCase());
          out.push({ code, surface: part, kind: entry.kind, start: t.start + offset, end: t.start + offset + part.length, firstToken: i, endToken: i + 1, ...(trait ? { trait: true } : {}) });
        }
        offset += part.length + 1;
      }
    }
  }
  return out;
}

/** Second halves of hyphenated words after which a country is where someone trained or something was made, not a nationality ("New Zealand-trained", "Chinese-made"). */
// "Nigerian-born": where a person was born, not whose national they are now (wire copy writes it for emigrants).
const TRAIT_COMPOUNDS = new Set(["born", "trained", "educated", "schooled", "qualified", "made", "built", "designed", "manufactured", "produced", "supplied", "style", "styled", "inspired"]);

/** Nouns after which a demonym names a language ("its Spanish acronym", "the English edition"). */
const LANGUAGE_NOUNS = new Set(["acronym", "acronyms", "initials", "abbreviation", "translation", "translations", "subtitles", "dubbing", "edition", "editions", "speakers", "words", "word", "spelling", "language", "dialect", "alphabet", "grammar", "lessons", "classes"]);
/** Fields of study a demonym may name ("Japanese studies", "Chinese history"). */
const FIELD_NOUNS = new Set(["studies", "history", "literature", "politics", "law", "art", "culture", "philosophy", "economics", "economy", "linguistics", "archaeology", "affairs", "society", "religion", "music", "cinema", "film"]);
/** Scholars and seats of learning whose "of" or "in" may take a field ("professor of", "department of"). */
const SCHOLAR_NOUNS = new Set(["professor", "lecturer", "scholar", "expert", "specialist", "researcher", "historian", "teacher", "student", "fellow", "department", "faculty", "school", "chair", "degree", "doctorate", "phd", "institute", "centre", "center", "programme", "program"]);

/**
 * "Japanese studies" is always a field; "Chinese history" or "Korean politics" is one after a scholar's "of" or
 * "in" ("a professor of Chinese history", "a lecturer in Korean politics"), else the country itself.
 */
function academicField(tokens: Token[], i: number, noun: string): boolean {
  if (!FIELD_NOUNS.has(noun)) return false;
  if (noun === "studies") return true;
  const prep = tokens[i - 1]?.text;
  if (prep !== "of" && prep !== "in") return false;
  return SCHOLAR_NOUNS.has(tokens[i - 2]?.text.toLowerCase() ?? "") || (tokens[i - 2]?.text === "and" && SCHOLAR_NOUNS.has(tokens[i - 4]?.text.toLowerCase() ?? ""));
}

/** Second halves of hyphenated words after which a demonym names a language ("French-speaking"). */
const LANGUAGE_COMPOUNDS = new Set(["speaking", "language", "languages", "medium", "dubbed", "style", "styled", "inspired"]);
/** Words before "in" or "from" that make the demonym after it a language ("speaking in Portuguese", "translated from Arabic"). */
const LANGUAGE_VERBS = new Set(
  "speaking spoke speak speaks spoken said says say saying wrote written writes writing translated translation published broadcast broadcasts sang sung sings answered replied addressed tweeted posted interview interviewed dubbed subtitled printed signed chanted shouted read reads".split(" "),
);
const LANGUAGE_PREPOSITIONS = new Set(["in", "from", "into"]);

/** "speaking in Portuguese", "said later in French", "translated from Arabic": a verb of speech or writing, then "in", then the demonym. */
function inLanguage(tokens: Token[], i: number): boolean {
  const prep = tokens[i - 1];
  if (!prep || prep.kind !== "word" || !LANGUAGE_PREPOSITIONS.has(prep.text) || prep.paragraph !== tokens[i].paragraph) return false;
  for (let k = i - 2; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k];
    if (w.paragraph !== tokens[i].paragraph || w.kind !== "word") return false;
    if (LANGUAGE_VERBS.has(w.text.toLowerCase())) return true;
  }
  return false;
}

/** Landmarks named with a demonym ("the Spanish Arch", "the French Quarter", "the Spanish Steps"). */
const DEMONYM_LANDMARKS = new Set([
  "Arch", "Steps", "Quarter", "Gate",
  // "Big Indian Creek Elementary", "the Russian River", "Dutch Harbor": a stream, lake or bay named with a demonym.
  "Creek", "River", "Lake", "Springs", "Bay", "Harbor", "Harbour", "Hills", "Valley", "Ridge", "Wells", "Point", "Falls",
]);
/** Accords, regimes and clubs named after the city where they were signed or meet. */
const ACCORD_HEADS = new Set(["Agreement", "Accord", "Accords", "Protocol", "Convention", "Conventions", "MOU", "MoU", "Memorandum", "Declaration", "Principles", "Consensus", "Club", "Communiqué", "Communique"]);
/** Words after a convention's name that make it a venue in the city ("the Lagos Convention Centre"). */
const VENUE_WORDS = new Set(["Centre", "Center", "Hall", "Complex", "Ground", "Grounds"]);
/** World markets named after their city, whose prices say nothing of where a story is ("the London Metal Exchange"). */
const WORLD_MARKETS: ReadonlyArray<readonly [string, string]> = [["Metal", "Exchange"], ["Metals", "Exchange"], ["Bullion", "Market"], ["Interbank", "Offered"]];

/** The words from k name an accord or world market after the city just before them. */
function namesAccordOrMarket(tokens: Token[], text: string, k: number, baseOffset: number): boolean {
  const next = tokens[k];
  if (!next || next.kind !== "word" || !next.cap || !adjacent(text, tokens[k - 1], next, baseOffset)) return false;
  const after = tokens[k + 1];
  if (ACCORD_HEADS.has(next.text)) return !(after && after.kind === "word" && VENUE_WORDS.has(after.text) && adjacent(text, next, after, baseOffset));
  return !!after && adjacent(text, next, after, baseOffset) && WORLD_MARKETS.some(([a, b]) => next.text === a && after.text === b);
}

/** Nouns after which a place's name names a virus or its strain ("Sudan virus", "Zaire strain", "Lassa fever"). */
const PATHOGEN_NOUNS = new Set(["virus", "viruses", "strain", "strains", "variant", "variants", "fever", "ebolavirus"]);

/** Capitalised street words and lower-case nouns after which a country's or capital's name names that place instead. */
const STREET_WORDS = new Set(["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Boulevard", "Square", "Bridge", "Terrace", "Crescent", "Place"]);
const NAMED_FEATURE_NOUNS = new Set(["street", "road", "avenue", "mine", "mines", "river", "rivers", "oilfield"]);

/** A street word, or a feature noun (maybe after "and" and another name: "Juba and Shabelle rivers"), at token k. */
function namesStreetOrRiver(tokens: Token[], text: string, k: number, baseOffset: number): boolean {
  const next = tokens[k];
  if (!next || next.kind !== "word" || !adjacent(text, tokens[k - 1], next, baseOffset)) return false;
  // "China Road and Bridge Corporation" is a company's name, not a street.
  const after = tokens[k + 1];
  if (STREET_WORDS.has(next.base) && next.cap) return !(after && adjacent(text, next, after, baseOffset) && (after.text === "and" || after.cap));
  if (NAMED_FEATURE_NOUNS.has(next.text)) return true;
  const other = tokens[k + 1];
  const noun = tokens[k + 2];
  return next.text === "and" && !!other && other.cap && !!noun && NAMED_FEATURE_NOUNS.has(noun.text) && /s$/.test(noun.text) && adjacent(text, other, noun, baseOffset);
}

/** Nouns that mark the word before them as a first-level subdivision ("Niger State", "Somali region"). */
const SUBDIVISION_NOUNS = new Set(["State", "state", "Region", "region", "Regional", "regional", "Province", "province"]);

/**
 * "Niger State", "Somali Regional State": a country's word followed by a subdivision noun, when exactly one
 * other country has a first-level subdivision of that name; its country and the tokens it covers, else null.
 */
function subdivisionAfter(tokens: Token[], text: string, i: number, own: string | null, baseOffset: number): { code: string; n: number } | null {
  const next = tokens[i + 1];
  if (!next || !SUBDIVISION_NOUNS.has(next.text) || !adjacent(text, tokens[i], next, baseOffset)) return null;
  const others = [...(subdivisionCountries(tokens[i].base) ?? [])].filter((c) => c !== own);
  if (others.length !== 1) return null;
  // The capitalised noun belongs to the name ("Niger State"); a lower-case one does not ("the Somali region").
  let n = 1;
  if (next.cap) {
    n = 2;
    const third = tokens[i + 2];
    if (/^regional$/i.test(next.text) && third && /^State$/.test(third.base) && adjacent(text, next, third, baseOffset)) n = 3;
  }
  return { code: others[0], n };
}

/**
 * "San Jose, California", "Austin, Texas": a US state after a place and a comma; returns its word count, else 0.
 * So is a state's or a Canadian province's press abbreviation with its full stop ("Omaha, Neb.", "Brandon, Man.").
 */
function usStateAfterPlace(tokens: Token[], text: string, i: number, baseOffset: number): number {
  const comma = tokens[i - 1];
  const place = tokens[i - 2];
  if (comma?.text !== "," || !place || place.kind !== "word" || !place.cap || place.paragraph !== tokens[i].paragraph) return 0;
  if (text.slice(place.end - baseOffset, comma.start - baseOffset) !== "") return 0;
  for (const n of [2, 1]) {
    const last = tokens[i + n - 1];
    if (!last || (n === 2 && !adjacent(text, tokens[i], last, baseOffset))) continue;
    const name = n === 2 ? `${tokens[i].text} ${last.base}` : last.base;
    if (US_STATES.has(name) && !US_STATES.has(place.base) && !tokens[i - 3]?.text.match(/^(?:and|or|,)$/)) return n;
  }
  // "LAKE CHARLES, La.", "ALBANY, N.Y.": a state's abbreviation, with its full stop.
  const abbreviation = tokens[i];
  const dot = tokens[i + 1];
  if ((US_STATE_ABBREVIATIONS.has(abbreviation.text) || CANADIAN_PROVINCE_ABBREVIATIONS.has(abbreviation.text)) && (abbreviation.text.endsWith(".") || (dot?.text === "." && dot.start === abbreviation.end))) return 1;
  return 0;
}

// First words of every surface form (and their "-based" and possessive forms), so most capitalised words are
// turned away by one set lookup.
let surfaceFirstWords: Set<string> | null = null;
function isSurfaceFirstWord(t: Token): boolean {
  if (!surfaceFirstWords) {
    surfaceFirstWords = new Set();
    for (const surface of COUNTRY_SURFACES.keys()) surfaceFirstWords.add(surface.split(" ")[0]);
  }
  return surfaceFirstWords.has(t.text) || surfaceFirstWords.has(t.base) || (/-based$/i.test(t.text) && surfaceFirstWords.has(t.text.slice(0, -"-based".length)));
}

/** "Kelowna-based": the country of a town the place table leaves out, in a one-word "-based" compound. */
function basedTownAt(t: Token): string | undefined {
  if (t.kind !== "word" || !/^\p{Lu}\p{Ll}+-based$/u.test(t.text)) return undefined;
  return basedTownCountry(t.text.slice(0, -"-based".length));
}

let placeFirstWords: Set<string> | null = null;
function isPlaceFirstWord(word: string): boolean {
  if (!placeFirstWords) {
    placeFirstWords = new Set();
    for (const name of placeTable().keys()) placeFirstWords.add(name.split(" ")[0]);
  }
  return placeFirstWords.has(word) || (/-based$/i.test(word) && placeFirstWords.has(word.slice(0, -"-based".length)));
}

function longestSurfaceAt(
  tokens: Token[],
  text: string,
  i: number,
  baseOffset: number,
): { surface: string; entry: CountrySurface; n: number } | null {
  if (!isSurfaceFirstWord(tokens[i])) return null;
  let key = "";
  const candidates: Array<{ surface: string; n: number }> = [];
  for (let n = 1; n <= COUNTRY_SURFACE_MAX_WORDS && i + n - 1 < tokens.length; n++) {
    const t = tokens[i + n - 1];
    if (n > 1 && (!adjacent(text, tokens[i + n - 2], t, baseOffset) || tokens[i + n - 2].possessive)) break;
    key = n === 1 ? t.text : key + " " + t.text;
    candidates.push({ surface: key, n });
    // "New York-based": the place before a "-based" ending.
    // "New Zealand-trained", "South Africa-born": a multi-word place before any hyphenated ending.
    if (n > 1 && /-based$/i.test(t.text)) candidates.push({ surface: key.slice(0, -"-based".length), n });
    else if (n > 1 && /^\p{Lu}[\p{L}.]*-\p{Ll}/u.test(t.text)) candidates.push({ surface: key.slice(0, key.length - t.text.length) + t.text.slice(0, t.text.indexOf("-")), n });
    if (t.possessive) candidates.push({ surface: (n === 1 ? "" : key.slice(0, key.length - t.text.length)) + t.base, n });
  }
  for (let k = candidates.length - 1; k >= 0; k--) {
    const entry = COUNTRY_SURFACES.get(candidates[k].surface);
    if (entry) return { surface: candidates[k].surface, entry, n: candidates[k].n };
  }
  return null;
}

/** A state, province or city of the gazetteer at token i, standing alone (not inside a longer capitalised name). */
function placeAt(tokens: Token[], text: string, i: number, baseOffset: number, headline = false): { surface: string; code: string; n: number; inName?: boolean } | null {
  const first = tokens[i];
  if (!isPlaceFirstWord(isAllCaps(first) ? titleCase(first.base) : first.base) && !isPlaceFirstWord(first.text) && !basedTownAt(first)) return null;
  const table = placeTable();
  const maxWords = Math.min(4, placeMaxWords());
  const prev = tokens[i - 1];
  // "The Arizona Department of Health", "In Ohio": a capitalised article or preposition opening the sentence is no name.
  if (prev && prev.kind === "word" && prev.cap && !prev.possessive && adjacent(text, prev, tokens[i], baseOffset) && !isAllCaps(prev) && !OPENING_FUNCTION_WORDS.has(prev.text)) return null;
  // "Helena Barbosa dos Santos": a place word after a name particle ends a person's name.
  if (prev && NAME_JOINING_PARTICLES.has(prev.text) && tokens[i - 2]?.cap) return null;
  let key = "";
  let found: { surface: string; code: string; n: number } | null = null;
  for (let n = 1; n <= maxWords && i + n - 1 < tokens.length; n++) {
    const t = tokens[i + n - 1];
    if (t.kind !== "word" || (n > 1 && (!adjacent(text, tokens[i + n - 2], t, baseOffset) || tokens[i + n - 2].possessive))) break;
    const word = isAllCaps(t) ? titleCase(t.base) : t.base;
    key = n === 1 ? word : key + " " + word;
    const bare = /-based$/i.test(key) ? key.slice(0, -"-based".length) : key;
    // "NSW": an abbreviation in capitals is looked up as written too.
    const place = table.get(bare) ?? (n === 1 && isAllCaps(t) ? table.get(t.base) : undefined);
    if (place) found = { surface: table.has(bare) ? bare : t.base, code: place.code, n };
    // "Kelowna-based": a smaller town before "-based", where only a place can stand.
    const town: string | undefined = !found && n === 1 ? basedTownAt(t) : undefined;
    if (town) found = { surface: bare, code: town, n };
    if (t.possessive || /-based$/i.test(t.text)) break;
  }
  if (!found) return null;
  // "Houston Rockets", "Sydney Smith", "Orlando East": a place before another capitalised word is part of a
  // longer name, and no mention of the place, unless that name is one of the place's bodies ("Christchurch
  // City Council"), which says the country without being a place to read names around.
  const last = tokens[i + found.n - 1];
  const next = tokens[i + found.n];
  // In a headline every word is capitalised, so only a person-like place needs the guard.
  if (next && next.kind === "word" && next.cap && !last.possessive && !/-based$/i.test(last.text) && adjacent(text, last, next, baseOffset) && !isAllCaps(next)) {
    const personLike = found.n === 1 && (FIRST_NAMES.has(foldText(last.base)) || LAST_NAMES.has(foldText(last.base)));
    if (personLike) return null;
    if (headline) return found;
    // "Karnataka Chief Minister", "Texas Governor": the place owns the office that follows.
    const lower = next.text.toLowerCase();
    if (ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower)) return found;
    if (!(ORGANISATION_HEADS.has(next.base) || UTILITY_HEADS.has(next.base) || next.base === "City")) return null;
    return { ...found, inName: true };
  }
  return found;
}


/** Place words the text also uses as the last word of a person's name ("Ibrahim Bello" … "Bello said"). */
function placeWordsInNames(tokens: Token[], text: string, baseOffset: number): Set<string> {
  const table = placeTable();
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t.cap || !prev.cap || prev.kind !== "word" || !adjacent(text, prev, t, baseOffset)) continue;
    const kind = COUNTRY_SURFACES.get(t.base)?.kind;
    if (!table.has(t.base) && kind !== "city" && kind !== "capital") continue;
    // "Chidi Lagos": a given name of the registry lists counts too, unless it is itself a place ("Abuja Lagos").
    const given = FIRST_NAMES.has(foldText(prev.base)) || (isGivenName(foldText(prev.base)) && !table.has(prev.base) && !COUNTRY_SURFACES.has(prev.base));
    // "University Hospital Limerick", "Harcourt Institute Galway": a place after a body's head ends the body's name, no person's.
    if (!given && ORGANISATION_HEADS.has(prev.base)) continue;
    if (given || (i > 1 && tokens[i - 2].cap && adjacent(text, tokens[i - 2], prev, baseOffset))) out.add(t.base);
  }
  // "Maria Pereira-Lima", "Ms Silva-Paris": a double-barrelled surname after a given name or an honorific,
  // whose second half is a city; every later use of the surname ("Pereira-Lima said") is the person too.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t.cap || !/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)+$/u.test(t.base) || prev.kind !== "word" || !adjacent(text, prev, t, baseOffset)) continue;
    const parts = t.base.split("-");
    // "US-China", "Lima-Callao": a compound of places is two places, not a surname.
    if (parts.every((part) => table.has(part) || COUNTRY_SURFACES.has(part))) continue;
    const given = FIRST_NAMES.has(foldText(prev.base)) || (isGivenName(foldText(prev.base)) && !table.has(prev.base) && !COUNTRY_SURFACES.has(prev.base));
    if (given || SURNAME_HONORIFICS.has(prev.text)) out.add(t.base);
  }
  return out;
}

/** Honorifics before a surname ("Mr Pereira-Lima", "Dr. Silva-Paris"). */
const SURNAME_HONORIFICS = new Set(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof."]);

function isAllCaps(t: Token): boolean {
  return t.base.length >= 3 && t.base === t.base.toUpperCase() && /\p{Lu}/u.test(t.base);
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** "ADDIS ABABA, ETHIOPIA": a country written in capitals, as in a dateline. */
function capitalsSurfaceAt(tokens: Token[], text: string, i: number, baseOffset: number): { surface: string; entry: CountrySurface; n: number } | null {
  let key = "";
  let found: { surface: string; entry: CountrySurface; n: number } | null = null;
  for (let n = 1; n <= COUNTRY_SURFACE_MAX_WORDS && i + n - 1 < tokens.length; n++) {
    const t = tokens[i + n - 1];
    if (!isAllCaps(t) || (n > 1 && !adjacent(text, tokens[i + n - 2], t, baseOffset))) break;
    key = n === 1 ? titleCase(t.base) : key + " " + titleCase(t.base);
    const entry = COUNTRY_SURFACES.get(key);
    if (entry) found = { surface: key, entry, n };
  }
  return found;
}

/**
 * "India Meteorological Department", "Jordan Valley Authority": capitalised words from token k on that run into a
 * body's head word within a few words, so the country's word before them opens a body's name, not a person's.
 */
function opensBodyName(tokens: Token[], text: string, k: number, baseOffset: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j];
    if (t.kind !== "word" || !t.cap || (j > k && !adjacent(text, tokens[j - 1], t, baseOffset))) return false;
    if (ORGANISATION_HEADS.has(t.base)) return true;
    if (t.possessive) return false;
  }
  return false;
}

function isPersonName(tokens: Token[], text: string, i: number, baseOffset: number): boolean {
  const t = tokens[i];
  if (!PERSON_PRONE_COUNTRY_WORDS.has(t.base)) return isSurnameAfterGivenName(tokens, text, i, baseOffset);
  const next = tokens[i + 1];
  // "Ambassador to Kenya Zhou Minghai", "envoy to India Mark Ellis": a country word right after a role's "to" is
  // where the role is held, whatever name follows it.
  const afterEnvoy = tokens[i - 1]?.text === "to" && ENVOY_ROLES.has(tokens[i - 2]?.text.toLowerCase() ?? "");
  if (!t.possessive && !afterEnvoy && next && next.kind === "word" && next.cap && adjacent(text, t, next, baseOffset)) {
    const isOther = NOT_SURNAMES.has(next.base) || ORGANISATION_HEADS.has(next.base) || COUNTRY_SURFACES.has(next.base) || ROLE_WORDS.has(next.text.toLowerCase());
    if (!isOther && !opensBodyName(tokens, text, i + 1, baseOffset)) return true;
  }
  const prev = tokens[i - 1];
  return !!prev && prev.kind === "word" && prev.cap && adjacent(text, prev, t, baseOffset) && FIRST_NAMES.has(foldText(prev.text));
}

/**
 * Sorted, unique alpha-2 codes named in the mentions. A country known only from states or cities of the
 * gazetteer is reported when they are named at least twice (one passing "Nyanga" is too weak) and the
 * story is not plainly about another country (an "Ararat" in a story set in Australia is a namesake), or the
 * country is the outlet's own (`source`, from its country-code domain).
 */
export function countryCodes(mentions: CountryMention[], home: string | null = null, source: string | null = null): string[] {
  const codes = new Set<string>();
  const placeCounts = new Map<string, number>();
  // A country named only in headings ("Uruguay Sends Rescue Teams" under "Related") is another story's.
  const outsideHeadings = new Set<string>();
  for (const m of mentions) if (m.code && !m.heading) outsideHeadings.add(m.code);
  for (const m of mentions) {
    // "the London Metal Exchange": the city gives the body its country, not the story one.
    if (!m.code || !outsideHeadings.has(m.code) || m.nameOnly) continue;
    // "an apartment in Palermo" in an Argentine minister's words, "the Palermo district of Buenos Aires": a city
    // named only in speech, or as a district of the story's own city, may be a namesake there, as a town may.
    const namesake = (!m.place && m.kind === "city" && m.quoted && !m.surface.endsWith("-based")) || (m.districtOf !== undefined && m.code !== home && (m.districtOf === null || m.districtOf === home));
    // "customers in Texas": a US state's name, unlike a town's, is no namesake of a place elsewhere.
    if (namesake || (m.place && !(m.code === "US" && US_STATES.has(m.surface) && m.surface !== "Georgia"))) placeCounts.set(m.code, (placeCounts.get(m.code) ?? 0) + 1);
    else codes.add(m.code);
  }
  // A local outlet's own country is no namesake: "the Northern Territory" on a .com.au site is Australia even
  // when the story is mostly about the country its cattle are shipped to.
  for (const [code, n] of placeCounts) if ((n >= 2 && (!home || home === code)) || source === code) codes.add(code);
  // A story whose only signs of a country are one state and its outlet ("Queensland", a .com.au site) is set there.
  if (codes.size === 0 && home && placeCounts.has(home)) codes.add(home);
  // A local outlet's story that names no country, nor a place the gazetteer knows ("Otley, West Yorkshire" on a
  // .co.uk site), is set in the outlet's country.
  if (codes.size === 0 && placeCounts.size === 0 && source) codes.add(source);
  return [...codes].sort();
}

/**
 * The country the article is mostly about, when one clearly leads: used as the affiliation of
 * people and bodies the text gives no other country for.
 */
export function dominantCountry(bodyMentions: CountryMention[], titleMentions: CountryMention[], sourceCountry: string | null = null): string | null {
  const weight = new Map<string, number>();
  const addWeight = (code: string | null, w: number) => {
    if (code) weight.set(code, (weight.get(code) ?? 0) + w);
  };
  addWeight(sourceCountry, SOURCE_WEIGHT);
  for (const m of bodyMentions) addWeight(m.code, mentionWeight(m));
  for (const m of titleMentions) addWeight(m.code, m.origin || m.attributive ? 2 * mentionWeight(m) : 2);
  // Ties go to the country named first in the title, then in the body.
  const order = new Map<string, number>();
  for (const m of [...titleMentions, ...bodyMentions]) if (m.code && !order.has(m.code)) order.set(m.code, order.size);
  const rank = (code: string) => order.get(code) ?? -1;
  const ranked = [...weight.entries()].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]));
  if (ranked.length === 0) return null;
  const [best, second] = ranked;
  if (best[1] < 2) return null;
  if (!second || best[1] - second[1] >= 2) return best[0];
  // A local outlet's story whose text alone names its own country at least as much as any other is set at home.
  if (sourceCountry && best[0] === sourceCountry && best[1] - SOURCE_WEIGHT >= second[1]) return best[0];
  // A close race goes to the country the title names first, if it names either.
  const firstInTitle = titleMentions.find((m) => m.code === best[0] || m.code === second[0])?.code;
  return firstInTitle === best[0] ? best[0] : null;
}

/**
 * The country the story is set in: the one the body names most, at least three times and half as often
 * again as any other.
 */
export function settingCountry(body: CountryMention[], sourceCountry: string | null = null): string | null {
  const weights = new Map<string, number>();
  if (sourceCountry) weights.set(sourceCountry, SOURCE_WEIGHT);
  for (const m of body) if (m.code) weights.set(m.code, (weights.get(m.code) ?? 0) + mentionWeight(m));
  const ranked = [...weights.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 3) return null;
  if (ranked.length > 1 && ranked[0][1] < 1.5 * ranked[1][1]) return null;
  return ranked[0][0];
}

/**
 * The country a person the text gives no country for most likely belongs to, when no setting is clear: the one
 * the title, the body and the outlet name most, more than twice (a city counts half) and twice as often as any other.
 */
export function leadingCountry(body: CountryMention[], title: CountryMention[], sourceCountry: string | null = null): string | null {
  const weights = new Map<string, number>();
  if (sourceCountry) weights.set(sourceCountry, SOURCE_WEIGHT);
  for (const m of body) if (m.code && !m.heading) weights.set(m.code, (weights.get(m.code) ?? 0) + mentionWeight(m));
  for (const m of title) if (m.code) weights.set(m.code, (weights.get(m.code) ?? 0) + (m.origin || m.attributive ? 2 * mentionWeight(m) : 2));
  const ranked = [...weights.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 2.5) return null;
  if (ranked.length > 1 && ranked[0][1] < 2 * ranked[1][1]) return null;
  return ranked[0][0];
}

/**
 * How much one mention says the story is about its country: a state or city of the gazetteer says as much as the
 * country's name (events happen in places; a foreign company is named by its country's adjective), a seat says
 * less, and a place someone names inside a quote ("based in Paris or in California") says nothing of where the
 * story is.
 */
function mentionWeight(m: CountryMention): number {
  if (m.fixture || m.qualifier) return 0;
  if (m.dateline) return DATELINE_WEIGHT;
  if (m.quoted && m.place) return 0;
  if (m.origin) return ORIGIN_WEIGHT;
  if (m.attributive) return ATTRIBUTIVE_WEIGHT;
  if (m.place) return 1;
  return m.kind === "seat" ? 0.5 : 1;
}

/** Words before a country's name that make it a sports opponent ("against Wales", "beat Kenya 2-1"). */
const OPPONENT_BEFORE = new Set(["against", "versus", "vs", "vs.", "beat", "beating", "beats", "defeated", "defeating", "edged", "thrashed", "outlasted"]);
/** Result nouns whose "over" or "to" names the opponent ("a 2-1 win over Ghana", "their defeat to England"). */
const RESULT_NOUNS = new Set(["win", "victory", "triumph", "defeat", "loss", "draw", "lost", "losing"]);
/** Words of a sports report, of which a story needs several before its opponents and events are read as such. */
const SPORTS_WORDS = new Set(["match", "game", "goal", "goals", "tries", "try", "innings", "wickets", "wicket", "marathon", "race", "medal", "tournament", "championship", "qualifier", "coach", "squad", "striker", "halftime", "half-time", "podium", "kilometres", "laps", "stage", "semi-final", "final", "seed", "sets"]);
/** Event nouns after a host city that name the event, not the people at it ("the Paris Marathon"). */
const HOSTED_EVENTS = new Set(["Marathon", "marathon", "Half", "half-marathon", "Open", "Masters", "Grand", "Classic", "Games", "Diamond", "Test"]);

/**
 * In a sports story (several sports words), flag the opponents and the host cities of events' names: a team beaten
 * in Cardiff or a race in Berlin says nothing of the players' or runners' country. One pass over tokens and mentions.
 */
function markFixtures(mentions: CountryMention[], tokens: Token[]): void {
  let sports = 0;
  for (const t of tokens) if (t.kind === "word" && SPORTS_WORDS.has(t.text)) sports++;
  if (sports < 3) return;
  for (const m of mentions) {
    if (!m.code || m.kind === "demonym") continue;
    const last = tokens[m.endToken - 1];
    const before = tokens[m.firstToken - 1]?.text.toLowerCase() ?? "";
    const twoBefore = tokens[m.firstToken - 2]?.text.toLowerCase() ?? "";
    const opponent = !m.place && m.kind === "name" && !last.possessive && (OPPONENT_BEFORE.has(before) || ((before === "over" || before === "to") && RESULT_NOUNS.has(twoBefore)));
    const after = tokens[m.endToken];
    const hosted = (m.place || m.kind === "city" || m.kind === "capital") && !last.possessive && !!after && HOSTED_EVENTS.has(after.text) && after.paragraph === last.paragraph;
    if (opponent || hosted) m.fixture = true;
  }
}

/** A dateline says where the story was filed: as much as the title naming the country. */
const DATELINE_WEIGHT = 2;

/**
 * An owner's or investor's country ("a German supplier", "Chinese-owned") says a quarter as much as a plain mention:
 * a story about a foreign firm's plant is set where the plant is, and its officials and residents are that country's.
 */
const ORIGIN_WEIGHT = 0.25;

/**
 * A country's name used as a modifier ("42 New Zealand firefighters", "the U.S. parent company") says half as much as
 * a plain one ("in New Zealand"): it tells where some of the story's people come from, not where they are. Only on
 * a local outlet's page, and only for another country than the outlet's (see the countries stage).
 */
const ATTRIBUTIVE_WEIGHT = 0.5;

/**
 * Heads of noun phrases a demonym before them names the owner of ("a South Korean company", "German and Czech
 * carmakers", "the Saudi agri-giant"); compounds ending in "-maker", "-giant" or "-owned" count too.
 */
const OWNER_NOUNS = new Set(
  (
    "company companies firm firms group groups supplier suppliers maker makers manufacturer manufacturers carmaker carmakers " +
    "automaker automakers producer producers conglomerate conglomerates investor investors investment investments developer " +
    "developers contractor contractors operator operators giant giants holding holdings multinational multinationals exporter " +
    "exporters owner owners parent partner partners buyer buyers bidder bidders shipbuilder shipbuilders miner miners brand " +
    "brands chain chains retailer retailers startup startups start-up lender lenders plant plants factory factories subsidiary " +
    "subsidiaries unit units businesses business"
  ).split(" "),
);
/** Second halves of compounds that make a demonym the owner's country ("Chinese-owned", "a Korean-backed venture"). */
const OWNER_COMPOUNDS = /-(?:owned|backed|controlled|funded|financed|maker|makers|giant|giants)$/i;

/** Words that open a noun phrase, so a country's name after them modifies its head ("the New Zealand crews"). */
const NOUN_PHRASE_OPENERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "many", "several", "all", "other", "more", "about", "of"]);

/** Flag the demonyms that name an owner's or investor's country (see ORIGIN_WEIGHT); looks at most four tokens past each. */
export function markOrigins(mentions: CountryMention[], tokens: Token[]): void {
  for (const m of mentions) {
    const last = tokens[m.endToken - 1];
    if (m.kind === "name" && last && !last.possessive) {
      // "its U.S. parent company", "a New Zealand firm": a name before an owner noun is the owner's country too.
      // Inside a noun phrase only, after a determiner or a number: "Spain has lost", "Laos fought" are subjects.
      const next = tokens[m.endToken];
      const before = tokens[m.firstToken - 1];
      const inPhrase = !!before && before.paragraph === last.paragraph && (before.kind === "number" || NOUN_PHRASE_OPENERS.has(before.text.toLowerCase()) || isSpelledCount(before.text));
      if (inPhrase && next && next.kind === "word" && !next.cap && next.paragraph === last.paragraph) {
        if (ownerNounAfter(tokens, m.endToken)) m.origin = true;
        else m.attributive = true;
      }
      continue;
    }
    if (m.kind !== "demonym" || !last || last.possessive) continue;
    const compound = last.text.length > m.surface.length && OWNER_COMPOUNDS.test(last.text);
    if (compound || ownerNounAfter(tokens, m.endToken)) m.origin = true;
  }
}

/**
 * "South Korean company", "German and Czech carmakers", "Korean battery film plant": within four words after a
 * demonym, lower-case modifiers (or "and" with another capitalised adjective) lead to an owner noun.
 */
function ownerNounAfter(tokens: Token[], k: number): boolean {
  const paragraph = tokens[k - 1].paragraph;
  for (let j = k; j < tokens.length && j < k + 4; j++) {
    const t = tokens[j];
    if (t.kind !== "word" || t.paragraph !== paragraph) return false;
    const word = t.text.toLowerCase();
    if (OWNER_NOUNS.has(word) || OWNER_COMPOUNDS.test(word)) return true;
    if (word === "and" && tokens[j + 1]?.cap) {
      j++;
      continue;
    }
    if (t.cap) return false;
  }
  return false;
}

/** Flag the mentions that open a paragraph before a dash, maybe after ", <state or country>" (one pass). */
function markDatelines(mentions: CountryMention[], tokens: Token[]): void {
  for (const m of mentions) {
    const first = tokens[m.firstToken];
    if (!first || (m.firstToken > 0 && tokens[m.firstToken - 1].paragraph === first.paragraph && !afterCapitalsDateline(tokens, m.firstToken))) continue;
    if (first.text !== first.text.toUpperCase() && !afterCapitalsDateline(tokens, m.firstToken)) continue;
    for (let k = m.endToken; k < tokens.length && k <= m.endToken + 8 && tokens[k].paragraph === first.paragraph; k++) {
      const t = tokens[k].text;
      // "VIENTIANE, Nov. 28 (Xinhua) --", "ASTANA, Dec 1 (Reuters) -": a wire's hyphen after its credit, or a doubled one.
      const dash = t === "—" || t === "–" || (t === "-" && (tokens[k - 1]?.text === ")" || tokens[k + 1]?.text === "-"));
      if (dash) m.dateline = true;
      if (dash || (t !== "," && t !== "(" && t !== ")" && t !== "." && tokens[k].kind !== "number" && !tokens[k].cap)) break;
    }
  }
}

/** "HOLLOW CREEK, Ohio —": the token at k follows a place in capitals and a comma that open the paragraph. */
function afterCapitalsDateline(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ",") return false;
  let j = k - 2;
  while (j >= 0 && k - j <= 6 && tokens[j].paragraph === tokens[k].paragraph && tokens[j].kind === "word" && tokens[j].text === tokens[j].text.toUpperCase()) j--;
  return j < k - 2 && (j < 0 || tokens[j].paragraph !== tokens[k].paragraph);
}

/** Seats of international bodies that stand for them ("Brussels wants …") but are their country's cities too. */
const SEAT_CITIES = new Map([["Brussels", "BE"]]);
/** "between Brussels and Paris": routes join cities; "in Brussels" or "from Brussels" is mostly the EU's seat. */
const LOCATIVES = new Set(["between"]);

/** "BRUSSELS —", "trains between Brussels and Paris": the city, so its country. */
function placeSeatCities(mentions: CountryMention[], tokens: Token[]): void {
  for (const m of mentions) {
    const code = m.code === null ? SEAT_CITIES.get(titleCase(m.surface)) : undefined;
    if (code && (m.dateline || LOCATIVES.has(tokens[m.firstToken - 1]?.text ?? ""))) m.code = code;
  }
}

/** Words after a city that make it one part of a city ("the Palermo district", "the Mitte neighbourhood of Berlin"). */
const DISTRICT_WORDS = new Set(["district", "neighbourhood", "neighborhood", "barrio", "suburb", "borough"]);
/** Words that may follow "the Palermo district" when the city names the district, not a district body ("district court"). */
const AFTER_DISTRICT = new Set(["where", "which", "that", "and", "or", "in", "on", "at", "near", "is", "was", "has", "had", "to", "for", "with", "from", "while", "when", "but"]);

/**
 * "the Palermo neighbourhood of Buenos Aires", "Caballito, a district of Buenos Aires", "in the Palermo district":
 * mark cities the text places as a district of another city (both sides of "X district of Y", since either order is
 * written), or of the story's own city when no city follows. One pass over the mentions.
 */
function markDistricts(mentions: CountryMention[], tokens: Token[]): void {
  const byFirstToken = new Map<number, CountryMention>();
  for (const m of mentions) byFirstToken.set(m.firstToken, m);
  for (const m of mentions) {
    if (!m.code || (m.kind !== "city" && m.kind !== "capital") || tokens[m.endToken - 1]?.possessive) continue;
    let k = m.endToken;
    const appositive = tokens[k]?.text === "," && /^(?:a|the)$/i.test(tokens[k + 1]?.text ?? "");
    if (appositive) k += 2;
    const word = tokens[k];
    if (!word || word.paragraph !== tokens[m.firstToken].paragraph || !DISTRICT_WORDS.has(word.text)) continue;
    if (tokens[k + 1]?.text === "of") {
      const other = byFirstToken.get(k + 2);
      if (other?.code && other.code !== m.code) {
        m.districtOf = other.code;
        other.districtOf = m.code;
      }
      continue;
    }
    const after = tokens[k + 1];
    if (!appositive && m.kind === "city" && (!after || after.paragraph !== word.paragraph || after.kind !== "word" || AFTER_DISTRICT.has(after.text))) m.districtOf = null;
  }
}

/** Flag the mentions that stand inside quoted speech (both lists sorted by offset; one pass). */
function markQuoted(mentions: CountryMention[], quotes: ReadonlyArray<{ open: number; close: number }>): void {
  let q = 0;
  for (const m of mentions) {
    while (q < quotes.length && quotes[q].close <= m.start) q++;
    if (q < quotes.length && m.start >= quotes[q].open) m.quoted = true;
  }
}

/** Country mentions of the body and title, and the countries the story is about and set in. */
export const countriesStage: Stage = {
  name: "countries",
  run(doc: Doc) {
    const georgiaUsState = georgiaIsUsState(doc.tokens.concat(doc.titleTokens));
    doc.countryMentions = addConfirmedTowns(findCountryMentions(doc.tokens, doc.text, georgiaUsState), doc.tokens, doc.text);
    markQuoted(doc.countryMentions, doc.quoteSpans);
    markDistricts(doc.countryMentions, doc.tokens);
    markBodyMentions(doc.countryMentions, doc);
    placeSeatCities(doc.countryMentions, doc.tokens);
    doc.titleCountryMentions = withoutCommonNouns(findCountryMentions(doc.titleTokens, doc.title, georgiaUsState, 0, true), doc.tokens, doc.countryMentions);
    markOrigins(doc.titleCountryMentions, doc.titleTokens);
    // "ABC News" with New South Wales named and no US place: a name several countries' outlets share is the one the text names.
    doc.sourceCountry = domainCountry(doc.source) ?? newspaperCountry(doc.source) ?? sharedOutletCountry(doc.source, null, namedCountries(doc.countryMentions, doc.titleCountryMentions));
    // A modifier says "visitors" only on a local outlet writing of another country's people ("New Zealand crews" on an
    // Australian site); "U.S. officials" on an American one, or on a site of no country, are the story's own.
    for (const m of doc.countryMentions.concat(doc.titleCountryMentions)) if (m.attributive && (!doc.sourceCountry || m.code === doc.sourceCountry)) m.attributive = false;
    doc.titleCountryMentions = addRegionsAfterDirections(doc.titleCountryMentions, doc.titleTokens, doc.title, doc.sourceCountry);
    takeAddedMentions(doc, addRegionsAfterDirections(doc.countryMentions, doc.tokens, doc.text, doc.sourceCountry));
    // Towns of the second-tier gazetteer, read where only a place can stand, in the story's own country when it has one.
    const story = dominantCountry(doc.countryMentions, doc.titleCountryMentions, doc.sourceCountry) ?? doc.sourceCountry;
    takeAddedMentions(doc, addContextTowns(doc.countryMentions, doc.tokens, doc.text, story, doc.sourceCountry));
    localiseNamesakes(doc.countryMentions, doc.titleCountryMentions, doc.sourceCountry);
    oneTownPerStory(doc.countryMentions.concat(doc.titleCountryMentions));
    doc.homeCountry = dominantCountry(doc.countryMentions, doc.titleCountryMentions, doc.sourceCountry);
    doc.settingCountry = settingCountry(doc.countryMentions, doc.sourceCountry) ?? (!doc.sourceCountry && !namesAnyCountry(doc) ? moneyCountry(doc.tokens) : null);
  },
};

/** Make `updated` (the body's mentions with some added) the body's mentions, the added ones marked as the first were. */
function takeAddedMentions(doc: Doc, updated: CountryMention[]): void {
  if (updated === doc.countryMentions) return;
  const known = new Set(doc.countryMentions);
  const added = updated.filter((m) => !known.has(m));
  markQuoted(added, doc.quoteSpans);
  markBodyMentions(added, doc);
  doc.countryMentions = updated;
}

/** Does the body or the title name any country, state or town? */
function namesAnyCountry(doc: Doc): boolean {
  return doc.countryMentions.some((m) => !!m.code) || doc.titleCountryMentions.some((m) => !!m.code);
}

/** Currencies trade is counted in the world over, which say nothing of where a story is. */
const WORLD_CURRENCIES = new Set(["USD", "EUR"]);

/** How many amounts in one national currency set a story that names no place and comes from no known outlet. */
const MONEY_SETTING_AMOUNTS = 2;

/**
 * "Rs 237.21 crore … Rs 255 crore", "₦4.2 billion": a story that names no country, from an outlet of no known
 * country, whose every amount is in the currency one country issues (its ISO code opens with the country's
 * code, as INR with IN) is set in that country. Amounts are a currency's symbol before a number or its name after
 * one; amounts in US dollars or euros are passed over. One pass over the tokens.
 */
export function moneyCountry(tokens: Token[]): string | null {
  let country: string | null = null;
  let amounts = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const code = currencyAt(tokens, i);
    if (!code || WORLD_CURRENCIES.has(code)) continue;
    const issuer = code.slice(0, 2);
    if (!(CURRENCY_COUNTRIES.get(code) ?? []).includes(issuer)) return null;
    if (country && country !== issuer) return null;
    country = issuer;
    amounts++;
  }
  return amounts >= MONEY_SETTING_AMOUNTS ? country : null;
}

/** The currency of an amount at token i: a symbol before a number ("Rs 300", "Rs. 300", "₹300") or a name after one ("300 naira"). */
function currencyAt(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  const next = tokens[i + 1]?.text === "." ? tokens[i + 2] : tokens[i + 1];
  const symbol = CURRENCY_SYMBOLS.get(t.text);
  if (symbol && next?.kind === "number") return resolveCurrency(symbol, null, null, new Map());
  const named = t.kind === "word" && tokens[i - 1]?.kind === "number" ? CURRENCY_PHRASES.get(t.text.toLowerCase()) : undefined;
  return named ? resolveCurrency(named, null, null, new Map()) : null;
}

/** Flag the body mentions that are datelines, sports fixtures, owners' countries or in headings. */
function markBodyMentions(mentions: CountryMention[], doc: Doc): void {
  markDatelines(mentions, doc.tokens);
  markFixtures(mentions, doc.tokens);
  markOrigins(mentions, doc.tokens);
  for (const m of mentions) if (doc.headingParagraphs.has(doc.tokens[m.firstToken]?.paragraph ?? -1)) m.heading = true;
}

/** Each country the body (outside headings and quotes) or the title names, with how often. */
function namedCountries(body: CountryMention[], title: CountryMention[]): Map<string, number> {
  const named = new Map<string, number>();
  for (const m of [...body, ...title]) if (m.code && !m.heading && !m.quoted && !m.nameOnly) named.set(m.code, (named.get(m.code) ?? 0) + 1);
  return named;
}

/** "LEBANON, Ohio — … the Lebanon City Council": a country's word the story once places in a US state is that town throughout. */
export function oneTownPerStory(mentions: CountryMention[]): void {
  const towns = new Set<string>();
  for (const m of mentions) {
    const other = COUNTRY_SURFACES.get(titleCase(m.surface))?.code;
    if (m.code === "US" && m.kind === "city" && other && other !== "US") towns.add(titleCase(m.surface));
  }
  if (towns.size === 0) return;
  for (const m of mentions) {
    if (!towns.has(titleCase(m.surface))) continue;
    m.code = "US";
    m.kind = "city";
  }
}

/**
 * "PERTH —" in a Scottish paper: a city the text gives no other sign of its country for ("Australia",
 * "Australian", Canberra) is the outlet's country's town of that name, when the outlet's country has one.
 */
export function localiseNamesakes(body: CountryMention[], title: CountryMention[], source: string | null): void {
  if (!source) return;
  const named = new Set<string>();
  for (const m of body.concat(title)) if (m.code && m.kind !== "city") named.add(m.code);
  for (const m of body.concat(title)) {
    if (m.kind !== "city" || !m.code || m.code === source || named.has(m.code) || m.surface.endsWith("-based")) continue;
    if (townCountries(m.surface)?.has(source)) m.code = source;
  }
}

/**
 * A headline capitalises every word, so its "Turkey" or "Chad" is a country only if the body does not write
 * the same word in lower case ("the turkey escaped") without ever naming that country.
 */
export function withoutCommonNouns(title: CountryMention[], bodyTokens: Token[], body: CountryMention[]): CountryMention[] {
  const lowerWords = new Set<string>();
  for (const t of bodyTokens) if (t.kind === "word" && !t.cap) lowerWords.add(t.base);
  const named = new Set(body.map((m) => m.code));
  return title.filter((m) => m.surface.includes(" ") || named.has(m.code) || !lowerWords.has(m.surface.toLowerCase()));
}

/** What a local outlet's domain says of the story's country: less than the title naming it. */
const SOURCE_WEIGHT = 1.5;

// Country-code domains sold to anyone, which say nothing of where an outlet is.
const GENERIC_CCTLDS = new Set(["io", "co", "tv", "me", "ai", "fm", "ly", "to", "ws", "cc", "am", "gg", "sh", "ac", "la", "vc", "so", "st", "nu", "tk", "ms", "gs", "im", "is", "su", "eu"]);
const CCTLD_CODES: Record<string, string> = { uk: "GB" };

/** "keralachronicle.in" -> "IN", "news.co.nz" -> "NZ"; null for generic and non-country domains. */
export function domainCountry(source: string): string | null {
  const tld = /\.([a-z]{2})$/i.exec(source.trim())?.[1]?.toLowerCase();
  if (!tld || GENERIC_CCTLDS.has(tld)) return null;
  const code = CCTLD_CODES[tld] ?? tld.toUpperCase();
  return COUNTRY_CODES.has(code) ? code : null;
}

const COUNTRY_CODES = new Set([...COUNTRY_SURFACES.values()].map((c) => c.code).filter((c): c is string => !!c));


/**
 * "Gladstone" after "central Queensland", "Tralee" in a story that names Ireland: a town too small for the place
 * table counts as a place of the one country the text names that has a town of that name. It must stand alone (no
 * capitalised word right before it, as in "Mr Gladstone" or "Port Gladstone") and not run into a longer name,
 * unless that name is one of its bodies ("Gladstone Regional Council"). One pass over the tokens.
 */
export function addConfirmedTowns(mentions: CountryMention[], tokens: Token[], text: string): CountryMention[] {
  const named = new Set<string>();
  for (const m of mentions) if (m.code) named.add(m.code);
  if (named.size === 0) return mentions;
  const covered = new Uint8Array(tokens.length + 1);
  for (const m of mentions) covered.fill(1, m.firstToken, m.endToken);
  const added: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || t.kind !== "word" || !t.cap) continue;
    const prev = tokens[i - 1];
    if (prev && prev.paragraph === t.paragraph && prev.kind === "word" && prev.cap && adjacent(text, prev, t, 0) && !isAllCaps(prev)) continue;
    const second = tokens[i + 1];
    const two = second && !t.possessive && second.kind === "word" && second.cap && adjacent(text, t, second, 0) && !covered[i + 1] ? `${t.base} ${second.base}` : null;
    const caps = isAllCaps(t);
    const one = caps ? titleCase(t.base) : t.base;
    const n = two && smallTownCountries(caps ? titleCase(two) : two) ? 2 : 1;
    const form = n === 2 ? (caps ? titleCase(two!) : two!) : one;
    const countries = smallTownCountries(form);
    if (!countries) continue;
    const last = tokens[i + n - 1];
    const next = tokens[i + n];
    const inName = !!next && !last.possessive && next.kind === "word" && next.cap && adjacent(text, last, next, 0);
    // "Gladstone Regional Council" is the town's own body; "Meridian Economics" may be named for anything.
    if (inName && !LOCAL_BODY_WORDS.has(next.base)) continue;
    const confirmed = [...countries].filter((c) => named.has(c));
    if (confirmed.length !== 1) continue;
    added.push({ code: confirmed[0], surface: form, kind: "city", start: t.start, end: last.possessive ? last.end - 2 : last.end, firstToken: i, endToken: i + n, place: true, ...(inName ? { inName: true } : {}) });
    i += n - 1;
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start);
}

/** Words that open the name of a town's own public body ("Tralee Town Council", "Gladstone Ports Corporation"). */
const LOCAL_BODY_WORDS = new Set(["Council", "City", "Regional", "Municipal", "Municipality", "County", "District", "Shire", "Borough", "Town", "Port", "Ports", "Harbour", "Harbor", "Hospital", "Police", "Chamber", "Airport", "Metropolitan"]);

/**
 * "Port director Rafael Montenegro said": a country's one-word name right after a given name of the registry
 * lists, not itself a place, is that person's surname ("Air Canada", "New Guinea" have no given name before).
 */
function isSurnameAfterGivenName(tokens: Token[], text: string, i: number, baseOffset: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== "word" || !prev.cap || prev.possessive || !adjacent(text, prev, t, baseOffset) || prev.paragraph !== t.paragraph) return false;
  // "IDA Ireland": an acronym is a body's name, not a given name.
  if (COUNTRY_SURFACES.get(t.base)?.kind !== "name" || COUNTRY_SURFACES.has(prev.base) || placeTable().has(prev.base) || prev.base === prev.base.toUpperCase()) return false;
  return FIRST_NAMES.has(foldText(prev.base));
}

/** Articles and prepositions that open sentences capitalised ("The Ohio Department …", "In Kerala …"). */
const OPENING_FUNCTION_WORDS = new Set(["The", "A", "An", "In", "At", "On", "From", "For", "And", "But", "Of", "To", "By", "With", "As", "After", "Before", "Outside", "Inside", "Near", "Throughout", "Under", "During", "Since", "While", "When", "Across", "Around", "Like"]);

/** Lower-case nouns whose "of" names a town ("the town of Cantilan", "residents of Daura", "the outskirts of Sake"). */
const TOWN_ROLE_NOUNS = new Set(["town", "city", "village", "hamlet", "municipality", "suburb", "outskirts", "residents", "mayor", "port", "township", "commune", "borough"]);
/** Words before "in" that make what follows a seat ("based in Woodlands", "headquartered in Leuven"). */
const SEAT_VERBS = new Set(["based", "headquartered"]);
/** Prepositions after which "<town>, <region or country>" places the town ("in Clare, South Australia"). */
const TOWN_PREPOSITIONS = new Set(["in", "from", "at", "near", "outside", "to"]);

/**
 * How the text around token i marks the capitalised words from i as a place, if it does: a dateline opening a
 * paragraph in capitals ("SIALKOT —"), "based in", "near", "of" after a town's noun, ", 67, from" after a person's
 * age, or a preposition of place when the words are followed by ", <region or country>" (checked by the caller).
 */
function townContext(tokens: Token[], i: number): "dateline" | "seat" | "place" | "preposition" | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || prev.paragraph !== t.paragraph) return isAllCaps(t) ? "dateline" : null;
  const word = prev.text;
  if (word === "in" && SEAT_VERBS.has(tokens[i - 2]?.text ?? "")) return "seat";
  if (word === "near") return "place";
  if (word === "of" && TOWN_ROLE_NOUNS.has(tokens[i - 2]?.text ?? "")) return "place";
  // "Tan Mei Ling, 67, from Woodlands": a person's age, then where they live.
  if ((word === "from" || word === "of") && tokens[i - 2]?.text === "," && tokens[i - 3]?.kind === "number" && tokens[i - 4]?.text === ",") return "place";
  return TOWN_PREPOSITIONS.has(word) ? "preposition" : null;
}

/** "LEUVEN, Belgium —", "Leuven, Dec 3 (Reuters) -": the words before token k end a dateline, whose dash comes soon. */
function datelineDashAfter(tokens: Token[], k: number): boolean {
  const paragraph = tokens[k - 1].paragraph;
  for (let j = k; j < tokens.length && j <= k + 8 && tokens[j].paragraph === paragraph; j++) {
    const t = tokens[j].text;
    if (t === "—" || t === "–" || (t === "-" && (tokens[j - 1]?.text === ")" || tokens[j + 1]?.text === "-"))) return true;
    if (t !== "," && t !== "(" && t !== ")" && t !== "." && tokens[j].kind !== "number" && !tokens[j].cap) return false;
  }
  return false;
}

/** Capitalised words the text writes right after a given name or an honorific ("Aliyu Daura", "Mr Temora"): surnames. */
function surnamesOfText(tokens: Token[], text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t.cap || prev.kind !== "word" || !prev.cap || !adjacent(text, prev, t, 0)) continue;
    const given = FIRST_NAMES.has(foldText(prev.base)) || (isGivenName(foldText(prev.base)) && !placeTable().has(prev.base) && !COUNTRY_SURFACES.has(prev.base));
    if (given || SURNAME_HONORIFICS.has(prev.text)) out.add(t.base);
  }
  return out;
}

/** Lower-case words before a region's name that can only place it ("western Victoria", "regional Victoria"). */
const REGION_DIRECTIONS = new Set(
  (
    "northern southern eastern western central north-western north-eastern south-western south-eastern northwestern " +
    "northeastern southwestern southeastern north-west north-east south-west south-east regional rural inland coastal " +
    "outback upstate downstate"
  ).split(" "),
);

/**
 * "western Victoria", "regional Victoria", "southern Punjab" on a Pakistani site: a first-level subdivision whose
 * name the place table turns away as ambiguous (a capital elsewhere, a lake, a given name) is the subdivision
 * after a word that can only place a region, when one country has a subdivision of that name, or the outlet's
 * own country is among those that do. Country names are left to their own rules ("western Georgia"). One pass.
 */
export function addRegionsAfterDirections(mentions: CountryMention[], tokens: Token[], text: string, source: string | null): CountryMention[] {
  const covered = new Uint8Array(tokens.length + 1);
  for (const m of mentions) covered.fill(1, m.firstToken, m.endToken);
  const added: CountryMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (covered[i] || t.kind !== "word" || !t.cap || before.cap || !REGION_DIRECTIONS.has(before.text) || !adjacent(text, before, t, 0)) continue;
    for (const n of [2, 1]) {
      const last = tokens[i + n - 1];
      if (!last || covered[i + n - 1] || (n === 2 && (!last.cap || !adjacent(text, t, last, 0)))) continue;
      const name = n === 2 ? `${t.text} ${last.base}` : last.base;
      if (COUNTRY_SURFACES.has(name) || placeTable().has(name)) break;
      const codes = subdivisionCountries(name);
      const code = !codes ? null : source && codes.has(source) ? source : codes.size === 1 ? [...codes][0] : null;
      if (!code) continue;
      added.push({ code, surface: name, kind: "city", start: t.start, end: last.possessive ? last.end - 2 : last.end, firstToken: i, endToken: i + n, place: true });
      i += n - 1;
      break;
    }
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start);
}

/** Most words in a town's name read from the second-tier gazetteer ("Cedar Park", "Bukit Mertajam"). */
const MAX_TOWN_WORDS = 3;

/**
 * "a Leuven-based consultancy", "based in Woodlands", "SIALKOT —", "near Temora", "in Clare, South Australia": a
 * town the first-tier tables lack, named where only a place can stand, counts as a place of the country the
 * second-tier gazetteer gives it (see resolveTown), preferring `story`'s own, then the outlet's. The town must be a whole capitalised
 * run (not "Woodlands Health Campus"), not a word the text uses as a surname, nor a name the first tier knows and
 * turned away. One pass over the tokens, each looked up once.
 */
export function addContextTowns(mentions: CountryMention[], tokens: Token[], text: string, story: string | null, outlet: string | null = null): CountryMention[] {
  const covered = new Uint8Array(tokens.length + 1);
  const byFirstToken = new Map<number, CountryMention>();
  for (const m of mentions) {
    covered.fill(1, m.firstToken, m.endToken);
    byFirstToken.set(m.firstToken, m);
  }
  let surnames: Set<string> | null = null;
  const added: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || t.kind !== "word" || !t.cap) continue;
    const before = tokens[i - 1];
    if (before && before.kind === "word" && before.cap && adjacent(text, before, t, 0)) continue;
    // The whole run of adjacent capitalised words, ending at a possessive or a "-based" compound.
    let n = 1;
    while (n <= MAX_TOWN_WORDS && !/-based$/.test(tokens[i + n - 1].text) && !tokens[i + n - 1].possessive) {
      const next = tokens[i + n];
      if (!next || next.kind !== "word" || !next.cap || covered[i + n] || !adjacent(text, tokens[i + n - 1], next, 0)) break;
      n++;
    }
    const last = tokens[i + n - 1];
    const based = /^\p{Lu}[\p{L}.'’-]*-based$/u.test(last.text);
    let context = based ? "seat" : townContext(tokens, i);
    if (n > MAX_TOWN_WORDS || !context) {
      i += n - 1;
      continue;
    }
    const words = tokens.slice(i, i + n).map((w) => (isAllCaps(w) ? titleCase(w.base) : w.base));
    if (based) words[n - 1] = words[n - 1].slice(0, -"-based".length);
    const name = words.join(" ");
    const after = byFirstToken.get(i + n + 1);
    const confirmed = !based && tokens[i + n]?.text === "," && after?.code && !tokens[after.endToken - 1].possessive && after.kind !== "demonym" ? after.code : null;
    if (context === "dateline" && !confirmed && !datelineDashAfter(tokens, i + n)) context = null;
    if (context === "preposition" && !confirmed) context = null;
    if (!context || placeTable().has(name) || COUNTRY_SURFACES.has(name) || (surnames ??= surnamesOfText(tokens, text)).has(name)) {
      i += n - 1;
      continue;
    }
    const code = resolveTown(name, { confirmed, story, outlet });
    if (code) added.push({ code, surface: name, kind: "city", start: t.start, end: based ? last.end - "-based".length : last.possessive ? last.end - 2 : last.end, firstToken: i, endToken: i + n, place: true });
    i += n - 1;
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((a, b) => a.start - b.start);
}
