import { COUNTRY_SURFACES } from "../lexicons/countries";
import {
  CURRENCY_PHRASES,
  CURRENCY_PHRASE_MAX_WORDS,
  CURRENCY_SYMBOLS,
  HOMOGRAPH_UNITS,
  ISO_CURRENCY_CODES,
  LETTER_SYMBOLS,
  LOCAL_DOLLAR_CODES,
  countryUses,
  currenciesOf,
  dollarOfCountryPrefix,
  foldCurrencyPhrase,
  resolveCurrency,
} from "../lexicons/currencies";
import { Span, spanAt } from "../text/sentences";
import type { ExtractedFigure } from "../types";

// Currency symbols, names and codes come from the data-built lexicon (lexicons/currencies.ts).
const MAJOR_CODES = new Set(["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR"]);
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, t: 1e12,
  // Indian numbering: a lakh is a hundred thousand, a crore ten million; "lakh crore" is a trillion.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
};
// Scales that may be read without a currency ("5m people" is ambiguous, "5 million people" is not).
const WORD_SCALES = new Set(["thousand", "million", "billion", "trillion", "bn", "mn", "tn", "mln", "bln", "lakh", "lakhs", "crore", "crores", "lakh crore", "lakh crores"]);
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, "a few": 3, several: 3, half: 0.5, "half a": 0.5,
};
// Units of measure written as part of the figure ("1,800 miles").
const MEASURE_UNITS = new Set(
  (
    "miles mile kilometres kilometers kilometre kilometer km metres meters metre meter m feet foot ft yards inches " +
    "tonnes tonne tons ton kilograms kilogram kg grams pounds-weight lbs barrels barrel gallons litres liters " +
    "hectares acres square megawatts megawatt mw gigawatts gigawatt gw kilowatts kwh mwh gwh twh degrees celsius " +
    "fahrenheit knots mph km/h bpd cubic"
  ).split(" "),
);
// Time spans are dates and durations, not counted figures.
const TIME_UNITS = /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?|centuries|century|a\.m\.?|p\.m\.?|am|pm|o'clock|gmt|utc|bst|cet|est|edt|pst|year-old|years-old|-year-old|-year|-day|-week|-month|-hour|th|st|nd|rd|s)\b/i;
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
// Words that end the counted-thing phrase after a number.
const UNIT_STOP = new Set(
  (
    "in on at of to for from by with and or but than as that which who whom whose were was are is be been being have " +
    "has had will would could should may might can said says since per a an the this these those its their his her " +
    "our more less over under about around nearly almost some each every into onto after before during while when " +
    "where last next this year years month months week weeks day days ago so such not no yet still just also only " +
    "already then there here it they them we he she i you up down out off across through between among against " +
    "toward towards until within without amid despite via if because alone total overall"
  ).split(" "),
);
// Verbs that tie a number to the subject before them ("casualties have surpassed 500,000").
const REACH_VERBS = new Set(
  "surpassed surpass surpasses exceeded exceed exceeds topped tops top reached reach reaches hit hits passed passes rose risen rise rises climbed climbs jumped jumps increased increases grew grown grows fell fallen falls dropped drops declined declines stood stands totaled totalled totals numbered numbers neared nears approached approaches stands reached".split(
    " ",
  ),
);
const REACH_FILLERS = new Set("at about around nearly almost over more than some roughly approximately an estimated least have has had been is are was were now already reportedly of a record high new just below above".split(" "));

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
// Symbols, longest first so "NZ$" wins over "$"; then any "XX$" dollar prefix, then ISO codes.
const SYMBOL_ALTERNATION = [...CURRENCY_SYMBOLS.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/\-+#$])` +
    String.raw`(?:(?<cur>U\.S\.\$|[A-Z]{1,3}\$|${SYMBOL_ALTERNATION}|[A-Z]{3}(?=\s?\d)|[A-Z](?=\d))\s?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:\s?(?<scale>thousand|million|billion|trillion|lakh crores?|lakhs?|crores?|mln|bln|mn|bn|tn|trn|[mkbt])(?![\p{L}\p{N}]))?`,
  "gu",
);
const WORD_NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<cur>\$|€|£|¥)\s?)?(?<word>half a|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|hundreds of|tens of)\s(?<scale>thousand|million|billion|trillion)(?![\p{L}\p{N}])`,
  "giu",
);

interface RawNumber {
  start: number;
  end: number;
  value: number;
  currency: string | null;
  scaled: boolean;
  fromWords: boolean;
}

/** What the article says about where its money is: used to read shared symbols and words. */
export interface CurrencyContext {
  home: string | null;
  countryAt: (offset: number) => string | null;
  /** Alpha-2 code -> how often the article names the country. */
  weights: ReadonlyMap<string, number>;
  /** The local dollar plain "$" and "dollars" stand for, when the article says so; else null (US dollars). */
  localDollar: string | null;
}

/**
 * Plain "$" means US dollars, unless the article is about a country with its own dollar, names that
 * dollar explicitly ("A$", "AUD", "Australian dollars") and never names US dollars.
 */
function localDollarOf(body: string, home: string | null): string | null {
  if (!home) return null;
  const code = currenciesOf(home).find((c) => LOCAL_DOLLAR_CODES.has(c));
  if (!code) return null;
  if (/\bUS\$|\bU\.S\.\$|\bUSD\b|\b(?:US|U\.S\.|American) dollars?\b/.test(body)) return null;
  if (new RegExp(`\\b${code}\\b`).test(body)) return code;
  for (const [symbol, codes] of CURRENCY_SYMBOLS) if (codes[0] === code && symbol !== "$" && body.includes(symbol)) return code;
  const lower = body.toLowerCase();
  for (const [phrase, codes] of CURRENCY_PHRASES) if (codes.length === 1 && codes[0] === code && phrase.includes(" ") && lower.includes(phrase)) return code;
  return null;
}

/** The currency a symbol or code before an amount stands for, or null when it is none. */
function currencyOfPrefix(text: string, offset: number, ctx: CurrencyContext, spaced: boolean): string | null {
  if (/^[A-Z]$/.test(text)) return localLetterCurrency(text, offset, ctx);
  let candidates = CURRENCY_SYMBOLS.get(text);
  if (!candidates && /^[A-Z]{1,3}\$$/.test(text)) {
    const dollar = dollarOfCountryPrefix(text.slice(0, -1));
    candidates = dollar ? [dollar] : ["USD"];
  }
  if (!candidates && /^[A-Z]{3}$/.test(text) && ISO_CURRENCY_CODES.has(text) && (spaced || MAJOR_CODES.has(text))) candidates = [text];
  if (!candidates) return null;
  if (text === "$") return ctx.localDollar ?? "USD";
  return resolveCurrency(candidates, ctx.countryAt(offset), ctx.home, ctx.weights);
}

/** "R2.4 billion" in a South African story: a one-letter symbol is money only where the story's country uses it. */
function localLetterCurrency(letter: string, offset: number, ctx: CurrencyContext): string | null {
  const codes = LETTER_SYMBOLS.get(letter) ?? [];
  for (const country of [ctx.countryAt(offset), ctx.home]) {
    const code = codes.find((c) => countryUses(country, c));
    if (code) return code;
  }
  return null;
}

/** Numbers that count or measure something, in order of appearance, with their unit and sentence. */
export function extractFigures(
  body: string,
  sentences: Span[],
  homeCountry: string | null = null,
  countryAt: (offset: number) => string | null = () => null,
  countryWeights: ReadonlyMap<string, number> = new Map(),
): ExtractedFigure[] {
  const ctx: CurrencyContext = { home: homeCountry, countryAt, weights: countryWeights, localDollar: localDollarOf(body, homeCountry) };
  const raw: RawNumber[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of body.matchAll(WORD_NUMBER_RE)) {
    const word = m.groups!.word.toLowerCase();
    if (word === "hundreds of" || word === "tens of") {
      taken.push([m.index!, m.index! + m[0].length]);
      continue;
    }
    const scale = SCALES[m.groups!.scale.toLowerCase()];
    const value = (NUMBER_WORDS[word] ?? 1) * scale;
    const currency = m.groups!.cur ? currencyOfPrefix(m.groups!.cur, m.index!, ctx, true) : null;
    raw.push({ start: m.index!, end: m.index! + m[0].length, value, currency, scaled: true, fromWords: true });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of body.matchAll(NUMBER_RE)) {
    let start = m.index!;
    let end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    const g = m.groups!;
    let scaleWord: string | undefined = g.scale?.toLowerCase();
    const curText = g.cur?.trim();
    const currency = curText ? currencyOfPrefix(curText, start, ctx, /\s/.test(body[start + g.cur!.length] ?? "")) : null;
    if (curText && !currency) {
      // "COP26", "ABC 12": capitals before a number that are no currency.
      if (/\p{L}$/u.test(curText)) continue;
      start += g.cur!.length;
    }
    if (scaleWord && !WORD_SCALES.has(scaleWord) && !currency) {
      // "5m" without a currency is a length or a minute, not five million.
      end -= g.scale!.length;
      while (end > start && /\s/.test(body[end - 1])) end--;
      scaleWord = undefined;
      if (/^[\p{L}]/u.test(body.slice(end))) continue;
    }
    const number = parseFloat(g.num.replace(/,/g, ""));
    const scale = scaleWord ? SCALES[scaleWord] : 1;
    if (!currency && !scaleWord && isNotAFigure(body, start, end, g.num)) continue;
    const value = Number((number * scale).toPrecision(15));
    raw.push({ start, end, value, currency, scaled: !!scaleWord, fromWords: false });
  }
  raw.sort((a, b) => a.start - b.start);

  const figures: ExtractedFigure[] = [];
  const described = raw.map((r) => describe(body, sentences, r, ctx));
  const scoreUnit = articleScoreUnit(body);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const figure = described[i];
    if (!figure) continue;
    const partner = described[i + 1];
    if (figure.unit === "" && partner && partner.unit !== "" && RANGE_GAP.test(body.slice(figure.end, partner.start))) {
      // "between 200 and 300 families", "from 10 to 12 per cent", "8–10%": the range shares the unit of its end.
      figure.unit = partner.unit;
      const next = raw[i + 1];
      if (next.scaled && !r.scaled && r.value < next.value / 1000) figure.value = Number((r.value * (next.value / parseFloat(body.slice(next.start, next.end).replace(/^[^\d]*/, "").replace(/,/g, "")) || 1)).toPrecision(15));
    }
    if (figure.unit === "" && scoreUnit && isScoreMention(body, figure.start)) figure.unit = scoreUnit;
    if (figure.unit === "") {
      // "killing 37 people and injuring more than 140": the count shares the unit of the one just before.
      const prev = figures[figures.length - 1];
      const between = prev ? body.slice(prev.end, figure.start) : "\n\n";
      if (!prev || between.includes("\n") || between.length > 150 || !isCountedThing(prev.unit)) continue;
      figure.unit = prev.unit;
    }
    figures.push(figure);
  }
  return figures;
}

/** The unit a sports report keeps score in ("runs", "points", "goals"), when it writes one out with a number. */
function articleScoreUnit(body: string): string | null {
  return /\b\d+ (runs|points|goals)\b/.exec(body)?.[1] ?? null;
}

/** "made an unbeaten 128", "a target of 287", "top-scoring with 94": a bare number where a score is made. */
function isScoreMention(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 40), start);
  return /\b(?:made|makes|making|scored|scores|scoring|posted|posting|top-scor(?:ed|ing) with|target of|chased down|chasing)\s+(?:an?\s+|the\s+)?(?:unbeaten\s+|undefeated\s+)?$/i.test(before) || /\b(?:an?|the) (?:unbeaten|undefeated)\s+$/i.test(before);
}

function isCountedThing(unit: string): boolean {
  return unit !== "" && unit !== "%" && unit !== "percentage points" && !/^[A-Z]{3}$/.test(unit) && !MEASURE_UNITS.has(unit);
}

/** Years, dates, times, ordinals, ages, scores, phone numbers and model names are not figures. */
function isNotAFigure(body: string, start: number, end: number, num: string): boolean {
  const after = body.slice(end, end + 16);
  const before = body.slice(Math.max(0, start - 16), start);
  const integer = /^\d+$/.test(num);
  const n = parseFloat(num.replace(/,/g, ""));
  if (/^[\p{L}]/u.test(after) && !/^(?:%|bn|mn|tn)/.test(after)) return true; // 3rd, 10am, 5G, 1990s
  if (integer && num.length === 4 && n >= 1800 && n <= 2100 && !/^\s*(?:%|percent|per cent)/i.test(after)) return true;
  if (/^[:.]\d/.test(after) || /^-\d/.test(after) || /^\s?(?:-|–|to)\s?\d{1,2}\b(?![,.]\d)/.test(after) && /\b(?:voted|won|lost|beat|score|scored|drew|victory|defeat)\s*$/i.test(before)) return true;
  const percentRange = /^[\-–]\d+(?:\.\d+)?\s?(?:%|per ?cent\b)/i.test(after) || (/\d[\-–]$/.test(before) && /^\s?(?:%|per ?cent\b)/i.test(after));
  if (!percentRange && (/^[\-–]\d/.test(after) || /\d[\-–]$/.test(before))) return true; // 4-1, 2024-25
  if (/\d[\s.]$/.test(before) || /^\s\d/.test(after)) return true; // phone-like groups
  if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|local time|hrs\b)/i.test(after)) return true;
  const prevWord = /([\p{L}.]+)\.?\s*$/u.exec(before)?.[1] ?? "";
  if (MONTHS.test(prevWord) && integer && n <= 31) return true; // June 3
  const nextWord = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? "";
  if (MONTHS.test(nextWord) && integer && n <= 31) return true; // 3 June
  if (/^(?:-|\s)?(?:year|years)[\s-]old|^-year-old|^-(?:year|day|week|month|hour|minute)\b/i.test(after)) return true;
  if (/\b(?:aged?|ages)\s+(?:of\s+)?[\w]+\s*(?:to|and|or|-|–)\s*$/i.test(body.slice(Math.max(0, start - 30), start))) return true; // "aged six to 16", "aged 18 or 19"
  if (/\b(?:aged|age|ages|magnitude|magnitude-)\s*$/i.test(before) || /^-?\s?magnitude\b/i.test(after)) return true;
  if (/(?:No\.|number|Nos\.|#|Article|Section|Chapter|Resolution|Flight|Route|Highway|Room|Page|Phase|Stage|Episode|Season|Level|Grade|Category|Type|Model|Block|Unit|Gate|Terminal|Platform|Line|Item|Rule|Title|Paragraph|Amendment|Act|Group|Division|Brigade|Battalion|Regiment|Corps|Army|Fleet|Squadron)\s*$/.test(before)) return true;
  if (/\p{Lu}[\p{L}]*[\s-]$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{L}]*\s$/u.test(before) && !/\b(?:The|A|About|Some|Nearly|Almost|Over|Around|Only|Just|More|Less|At|All|By|In|On|Of|For|From|With|And|Or|To|Than|Under|Another|Roughly|Approximately|Least|Most)\s$/.test(before)) {
    // "Resolution 2231", "Su 57", "Gen 5": a capitalised name before a bare number
    return true;
  }
  if (/,\s*$/.test(before) && /^\s*,/.test(after) && /\p{Lu}\p{Ll}+,\s*$/u.test(before)) return true; // "John Smith, 45, said"
  return false;
}

function describe(body: string, sentences: Span[], r: RawNumber, ctx: CurrencyContext): ExtractedFigure | null {
  let end = r.end;
  let unit: string | null = r.currency;
  const rest = body.slice(end, end + 80);
  let m: RegExpExecArray | null;
  if ((m = /^\s?(?:%|percent\b|per cent\b|percentage points?\b|pct\b)/i.exec(rest))) {
    unit = /point/i.test(m[0]) ? "percentage points" : "%";
    end += m[0].length;
  } else if (!unit) {
    const money = currencyAfter(rest, r, ctx);
    if (money) {
      unit = money.code;
      end += money.length;
    }
  }
  if (!unit) {
    const measure = /^\s?([\p{L}/]+)/u.exec(rest);
    if (measure && MEASURE_UNITS.has(measure[1].toLowerCase())) {
      if (measure[1].toLowerCase() === "square" || measure[1].toLowerCase() === "cubic") {
        const two = /^\s?[\p{L}]+\s[\p{L}]+/u.exec(rest);
        if (two) {
          unit = two[0].trim().toLowerCase();
          end += two[0].length;
        }
      } else {
        unit = measure[1].toLowerCase();
        end += measure[0].length;
      }
    }
  }
  if (!unit) {
    if (TIME_UNITS.test(rest.trimStart()) && /^\s|^-/.test(rest)) return null;
    const rate = exchangeRateCurrency(body, r, ctx);
    unit = rate !== undefined ? rate ?? "" : countedThingAfter(rest) ?? countedThingBefore(body, r.start) ?? countedByNumberOf(body, r.start) ?? "";
  }
  if (r.fromWords && !r.scaled) return null;
  const sentence = spanAt(sentences, r.start);
  const context = sentence ? body.slice(sentence.start, sentence.end) : body.slice(Math.max(0, r.start - 100), Math.min(body.length, end + 100));
  return { value: r.value, unit, text: body.slice(r.start, end), context, start: r.start, end };
}

// Market convention for which currency of a pair is the base: a rate is quoted in the other one.
const BASE_CURRENCY_ORDER = ["EUR", "GBP", "AUD", "NZD", "USD"];

/**
 * "The yen strengthened against the dollar to 146.30": a bare rate is priced in the quote currency of the pair
 * (JPY here, USD for the euro). Returns undefined when the number is no such rate, null when a currency is unknown.
 */
function exchangeRateCurrency(body: string, r: RawNumber, ctx: CurrencyContext): string | null | undefined {
  const before = body.slice(Math.max(0, r.start - 160), r.start);
  const clause = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1);
  const m = /\bagainst the ([\p{L}. ]+?) (?:to|at) $/iu.exec(clause);
  if (!m) return undefined;
  const other = currencyOfWords(m[1], r, ctx);
  let subject: string | null = null;
  for (const w of clause.slice(0, m.index).split(/[^\p{L}]+/u)) {
    const code = w ? currencyOfWords(w, r, ctx) : null;
    if (code && code !== other) {
      subject = code;
      break;
    }
  }
  if (!other || !subject) return null;
  const rank = (code: string) => (BASE_CURRENCY_ORDER.indexOf(code) + BASE_CURRENCY_ORDER.length + 1) % (BASE_CURRENCY_ORDER.length + 1);
  return rank(subject) < rank(other) ? other : subject;
}

/** The currency a phrase names ("dollar", "euro", "Japanese yen"), or null. */
function currencyOfWords(phrase: string, r: RawNumber, ctx: CurrencyContext): string | null {
  const key = foldCurrencyPhrase(phrase.trim());
  const candidates = CURRENCY_PHRASES.get(key);
  if (!candidates || HOMOGRAPH_UNITS.has(key)) return null;
  if (key === "dollar" || key === "dollars") return ctx.localDollar ?? "USD";
  return resolveCurrency(candidates, ctx.countryAt(r.start), ctx.home, ctx.weights);
}

function usedInArticle(code: string, ctx: CurrencyContext): boolean {
  for (const [cc, w] of ctx.weights) if (w > 0 && countryUses(cc, code)) return true;
  return false;
}

const RANGE_GAP = /^\s*(?:and|to|or|-|–|—)\s*(?:[^\s\d]{1,3}\s?)?$/;
const HOMOGRAPH_FOLLOWERS = new Set("a an per in for each to from and or on of as at by the while but compared with than".split(" "));
const UNIT_WORD_RE = /[\p{L}][\p{L}\p{M}'’ʻ.\-]*/uy;

/** "1.2 million soles", "500 million Norwegian kroner", "12.7 billion MXN": the currency after an amount. */
function currencyAfter(rest: string, r: RawNumber, ctx: CurrencyContext): { code: string; length: number } | null {
  const code = /^\s([A-Z]{3})(?![\p{L}\p{N}])/u.exec(rest);
  if (code && ISO_CURRENCY_CODES.has(code[1])) return { code: code[1], length: code[0].length };
  const words: Array<{ text: string; end: number }> = [];
  let at = 0;
  while (words.length < CURRENCY_PHRASE_MAX_WORDS && rest[at] === " ") {
    UNIT_WORD_RE.lastIndex = at + 1;
    const w = UNIT_WORD_RE.exec(rest);
    if (!w) break;
    let text = w[0];
    // A sentence-final full stop is not part of the word ("U.S." keeps its own).
    if (text.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(text)) text = text.slice(0, -1);
    words.push({ text, end: at + 1 + text.length });
    at = at + 1 + w[0].length;
    if (text !== w[0]) break;
  }
  for (let n = words.length; n >= 1; n--) {
    const phrase = foldCurrencyPhrase(words.slice(0, n).map((w) => w.text).join(" "));
    const candidates = CURRENCY_PHRASES.get(phrase);
    if (!candidates) continue;
    const sentenceCountry = ctx.countryAt(r.start);
    let chosen: string;
    if (phrase === "dollar" || phrase === "dollars") chosen = ctx.localDollar ?? "USD";
    else chosen = resolveCurrency(candidates, sentenceCountry, ctx.home, ctx.weights);
    // "won", "real", "pounds", "soles" are ordinary words too: money only after a scale word or in a story
    // about a country that uses the currency.
    if (n === 1 && HOMOGRAPH_UNITS.has(phrase) && !r.scaled && !candidates.some((c) => countryUses(sentenceCountry, c) || countryUses(ctx.home, c) || usedInArticle(c, ctx))) return null;
    if (n === 1 && HOMOGRAPH_UNITS.has(phrase) && !r.scaled) {
      if (phrase === "pound" || phrase === "pounds") return null;
      // "10 real estate firms": a homograph followed by a noun is that noun's modifier.
      const next = /^\s+([\p{Ll}]+)/u.exec(rest.slice(words[0].end));
      if (next && !HOMOGRAPH_FOLLOWERS.has(next[1])) return null;
    }
    return { code: chosen, length: words[n - 1].end };
  }
  return null;
}

// Words ending in -ly that are not adverbs ("monthly users", "elderly people").
const NOT_ADVERBS = new Set(["monthly", "daily", "weekly", "yearly", "quarterly", "hourly", "nightly", "early", "elderly", "family", "friendly", "assembly", "supply", "ally", "italy", "rally", "bully", "lily", "belly", "jelly", "holy", "only"]);

/** "1.6 million artillery shells allegedly delivered" -> "artillery shells". */
function countedThingAfter(rest: string): string | null {
  const words = /^\s?((?:[\p{Lu}\p{N}][\p{L}\p{N}\-]*\d[\p{L}\p{N}\-]*|[\p{L}][\p{L}'’\-]*)(?:\s+[\p{L}][\p{L}'’\-]*){0,5})/u.exec(rest);
  if (!words) return null;
  const list = words[1].split(/\s+/);
  const out: string[] = [];
  let i = 0;
  // "42,000 such bridges", "21,000 of its members": a determiner between the number and the things counted.
  let partitive = false;
  if (list.length > 1 && list[0] === "such") i = 1;
  else if (list.length > 2 && list[0] === "of" && /^(?:its|their|the|his|her|our|these|those)$/.test(list[1])) {
    i = 2;
    partitive = true;
  }
  while (i < list.length && list[i] && COUNTRY_SURFACES.has(list[i]) && COUNTRY_SURFACES.get(list[i])!.kind === "demonym") i++;
  // "North Korean troops": a two-word demonym.
  if (i === 0 && list.length > 2 && COUNTRY_SURFACES.get(`${list[0]} ${list[1]}`)?.kind === "demonym") i = 2;
  // "10 more batteries", "5,000 new jobs": a quantity word before the counted thing.
  if (i < list.length - 1 && /^(?:more|additional|extra|new|other|further)$/i.test(list[i])) i++;
  for (; i < list.length && out.length < 3; i++) {
    const w = list[i];
    const lower = w.toLowerCase();
    if (UNIT_STOP.has(lower)) break;
    if (/ly$/.test(lower) && lower.length > 4 && !NOT_ADVERBS.has(lower)) break;
    if (out.length > 0 && /(?:ed|ing)$/.test(lower) && !/(?:ing)s$/.test(lower)) break;
    if (/^\p{Lu}/u.test(w) && !(out.length === 0 && i + 1 < list.length && /^\p{Ll}/u.test(list[i + 1]) && /[\d-]/.test(w))) break;
    if (MONTHS.test(w)) break;
    // "24 E195-E2 jets": a model number names the kind, the noun after it is the thing counted.
    if (out.length === 0 && /\d/.test(w) && /^\p{Lu}/u.test(w)) continue;
    out.push(lower);
    // "300 families depend on": after a plural head, only another plural continues the phrase.
    if (isPlural(lower) && i + 1 < list.length && !isPlural(list[i + 1].toLowerCase())) break;
  }
  while (out.length > 1 && /(?:ed)$/.test(out[out.length - 1])) out.pop();
  if (out.length === 0) return null;
  if (partitive && !isPlural(out[out.length - 1])) return null;
  if (out.length === 1 && /(?:ed|ing)$/.test(out[0]) && !/(?:ing)s$/.test(out[0])) return null;
  return out.join(" ");
}

function isPlural(word: string): boolean {
  return /(?:[^aiosu']s|ies|ses)$/.test(word) && word.length > 3;
}

/** "the number of districts reporting cases had risen from 380 to 477" -> "districts". */
function countedByNumberOf(body: string, start: number): string | null {
  const before = body.slice(Math.max(0, start - 160), start);
  const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  const clause = before.slice(sentenceStart + 1);
  const m = /\b(?:number|total|count|tally) of ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)\b([^\d]*?)(?:\d[\d,.]*\s*(?:to|and)\s*)?$/u.exec(clause);
  if (!m || m[2].length > 90 || !/\b(?:from|to|rose|risen|rise|rises|fell|fallen|falls|increased|decreased|grew|grown|reached|climbed|jumped|doubled|tripled|dropped|declined|stood|stands|is|was|were|are|hit|exceeded|topped|passed|surpassed)\b/.test(m[2])) return null;
  const out: string[] = [];
  for (const w of m[1].split(" ")) {
    if (UNIT_STOP.has(w) || (out.length > 0 && /(?:ed|ing)$/.test(w))) break;
    out.push(w);
    if (isPlural(w)) break;
  }
  return out.length ? out.join(" ") : null;
}

/** "Russian military casualties have reportedly surpassed 500,000" -> "military casualties". */
function countedThingBefore(body: string, start: number): string | null {
  const before = body.slice(Math.max(0, start - 160), start);
  const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  const words = before.slice(sentenceStart + 1).trim().split(/\s+/).filter(Boolean);
  let i = words.length - 1;
  let sawVerb = false;
  while (i >= 0) {
    const w = words[i].toLowerCase().replace(/[,;:]$/, "");
    if (REACH_VERBS.has(w) || w === "to") {
      sawVerb = true;
      i--;
      continue;
    }
    if (REACH_FILLERS.has(w) || /ly$/.test(w)) {
      i--;
      continue;
    }
    break;
  }
  if (!sawVerb || i < 0) return null;
  for (let attempt = 0; attempt < 2; attempt++) {
    const out: string[] = [];
    let k = i;
    for (; k >= 0 && out.length < 2; k--) {
      const w = words[k];
      if (/[,;:()]$/.test(w) || /^\p{Lu}/u.test(w) || UNIT_STOP.has(w.toLowerCase()) || !/^[\p{L}\-]+$/u.test(w)) break;
      if (/(?:ed|ing)$/.test(w) && out.length === 0) break;
      out.unshift(w.toLowerCase());
    }
    // "the number of foreign students in the country reached": skip the place, keep the things counted.
    const prep = words[k - 1]?.toLowerCase();
    if (out.length > 0 && /^(?:the|a|its|their)$/i.test(words[k] ?? "") && prep && /^(?:in|at|on|across|within|around|from)$/.test(prep)) {
      i = k - 2;
      continue;
    }
    if (out.length === 0) return null;
    const head = out[out.length - 1];
    if (/^(?:number|total|tally|count|figure)$/.test(head)) return null;
    return out.join(" ");
  }
  return null;
}
