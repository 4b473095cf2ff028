import {
  CURRENCY_PHRASES,
  CURRENCY_PHRASE_MAX_WORDS,
  CURRENCY_SYMBOLS,
  HOMOGRAPH_UNITS,
  ISO_CURRENCY_CODES,
  countryUses,
  foldCurrencyPhrase,
  resolveCurrency,
  SUBUNITS,
  subunitsPerUnit,
  symbolsAfterAmount,
} from "../lexicons/currencies";
import { figureContext } from "../quantities/context";
import { articleScoreUnit, countedByNumberOf, countedOfBefore, factBoxLabel, countedThingAfter, countedThingBefore, hyphenedCount, predicateCount, indexLevelUnit, isCountAcronym, isCountNoun, isPlural, isScoreMention, MONTHS, UNIT_STOP } from "../quantities/counted";
import { sharedOutletCountry } from "../lexicons/newspapers";
import { type CurrencyContext, currencyOfPrefix, homeCurrency, LOCAL_LETTER_ALTERNATION, localDollarOf, localSignOf, outletCountryOf } from "../quantities/currency-context";
import { CARDINAL_WORDS, readSpelledNumber } from "../quantities/number-words";
import { isMeasureSymbol, unitAfter } from "../quantities/units";
import type { Span } from "../text/sentences";
import { insideSpans, rateNoteSpans, tickerSpans } from "../text/tickers";
import type { ExtractedFigure, FigureKindName } from "../types";

export type { CurrencyContext } from "../quantities/currency-context";

// Currency symbols, names and codes come from the data-built lexicon (lexicons/currencies.ts).
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, tr: 1e12, t: 1e12,
  // "3.8 quadrillion VND": Vietnamese and Indonesian totals outgrow the trillion.
  quadrillion: 1e15,
  // Indian numbering: a lakh is a hundred thousand, a crore ten million; "lakh crore" is a trillion.
  // "RM215 mil", "S$800 mil", "RM1.2 bil": Malaysian business copy abbreviates the scale words; read only after a
  // currency (not a word scale), since "6 mil" alone is a thousandth of an inch.
  mil: 1e6, bil: 1e9,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
};
// Scales that may be read without a currency ("5m people" is ambiguous, "5 million people" is not).
const WORD_SCALES = new Set(["thousand", "million", "billion", "trillion", "quadrillion", "bn", "mn", "tn", "mln", "bln", "lakh", "lakhs", "crore", "crores", "cr", "lakh crore", "lakh crores"]);
const INDIAN_SCALES = new Set(["lakh", "lakhs", "crore", "crores", "cr", "lakh crore", "lakh crores"]);
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, "a few": 3, several: 3, half: 0.5, "half a": 0.5,
};

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
// Symbols, longest first so "NZ$" wins over "$"; then "$NZ", any "XX$" dollar prefix, local letter symbols, ISO codes.
const SYMBOL_ALTERNATION = [...CURRENCY_SYMBOLS.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
const NUMBER_RE = new RegExp(
  // A hyphen may precede the second end of a range ("10-12%", "15-to-24-year-olds") or stand as a minus sign
  // after a space ("fell -0.6%"), not follow a word ("COVID-19"); one may join a scale word ("$1.2-billion", Canadian style).
  String.raw`(?<![\p{L}\p{N}.,/#$])(?<!\d:)(?:(?<=(?:^|[\s(])-)|(?<=\bto-)|(?<=\d%-)|(?<![^\p{N}]-))` +
    String.raw`(?:(?<cur>U\.S\.\$|(?:US|HK|NZ|NT) \$|(?<![.!?]\s|^|\n|\s[-–—]\s)(?:A|C|S) \$|\$(?:US|NZ|AU|A|C|HK|S|SG)(?=\d)|[A-Z]{1,3}\$|${SYMBOL_ALTERNATION}|${LOCAL_LETTER_ALTERNATION}|[A-Z]{3}(?=\s?\d)|[A-Z](?=\d))\s?)?` +
    // "R2,3 billion": a decimal comma (South African and European style) only before a scale word or a percent sign.
    // "98 400 growers": thousands set off by spaces (southern African and European style), never after another number.
    // "US$3,21": one or two digits after a comma are decimals, never a thousands group; read as such only after a
    // currency or in an article that writes decimal commas (else the whole part alone, as before).
    String.raw`(?<num>\d{1,3},\d{1,2}(?=\s?(?:thousand|million|billion|trillion|bn|mn|%|percent\b|per cent\b)(?![\p{L}\p{N}]))|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\d[\s.:])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\p{N}]|[ \u00a0\u202f]?\d|[.,]\d)|\d{1,3},\d{1,2}(?![\p{N}]|[,.]\d)|\d+(?:\.\d+)?)` +
    // "102½p", "9 1/2 hours": a vulgar fraction after the whole number belongs to it.
    String.raw`(?<frac>[½¼¾⅓⅔⅛]|\s[1-7]\/[2348](?![\p{N}/]))?` +
    String.raw`(?:(?:\s|-(?=(?:thousand|million|billion|trillion|quadrillion|crores?|lakhs?)(?![\p{L}\p{N}])))?(?<scale>thousand|million|billion|trillion|quadrillion|Thousand|Million|Billion|Trillion|Quadrillion|lakh crores?|lakhs?|crores?|cr|mln|bln|mil|bil|mn|bn|tn|trn|tr|[mkbtK])(?![\p{L}\p{N}]))?`,
  "gu",
);
const WORD_NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(?<cur>\$|€|£|¥)\s?)?(?<word>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|half a|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|hundreds of|tens of)(?<half>\sand a half)?\s(?<scale>thousand|million|billion|trillion)(?![\p{L}\p{N}])`,
  "giu",
);
const CARDINAL_RE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:a dozen|half an?|${CARDINAL_WORDS})(?![\p{L}\p{N}])`, "giu");
/** Spelled cardinals up to this are the small number words of ordinary prose (API.md): figures only with a unit. */
const SMALL_SPELLED_MAX = 12;
/** The value of a vulgar fraction glyph or a written "1/2" after a whole number. */
const FRACTIONS: Record<string, number> = { "½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8 };
function fractionValue(frac: string | undefined): number {
  if (!frac) return 0;
  const written = /(\d)\/(\d)/.exec(frac);
  return written ? Number(written[1]) / Number(written[2]) : FRACTIONS[frac] ?? 0;
}
const SPELLED_PART: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Units a bare minus sign may stand before: percentages and temperatures. */
const SIGNED_UNIT = /^\s?(?:%|per ?cent\b|percent\b|pc\b|pp\b|points?\b|°|º|degrees?\b|[CF]\b)/i;
interface RawNumber {
  start: number;
  end: number;
  value: number;
  currency: string | null;
  scaled: boolean;
  fromWords: boolean;
  /** A small spelled cardinal ("three", "eleven", "a dozen": twelve or less): kept only with a unit (API.md: prose words are no figures). */
  small: boolean;
  /** Any spelled cardinal without a scale ("three", "twenty-five"); those above twelve count things like digits do. */
  spelled?: boolean;
  scaleWord?: string;
}

/**
 * Numbers that count or measure something, in order of appearance, with their kind, unit and sentence.
 * `source` is the outlet's domain: a ".com.au" outlet's "$" is the Australian dollar.
 */
export function extractFigures(
  body: string,
  sentences: Span[],
  homeCountry: string | null = null,
  countryAt: (offset: number) => string | null = () => null,
  countryWeights: ReadonlyMap<string, number> = new Map(),
  source: string | null = null,
): ExtractedFigure[] {
  // "ABC News" on a story set in Australia is the Australian broadcaster: a shared outlet name takes the setting.
  const outletCountry = outletCountryOf(source) ?? sharedOutletCountry(source, homeCountry, countryWeights);
  const ctx: CurrencyContext = { home: homeCountry, countryAt, weights: countryWeights, outletCountry, localDollar: localDollarOf(body, homeCountry, outletCountry, countryWeights), localSign: localSignOf(body, homeCountry, countryWeights), letterSeen: new Map() };
  // "Toyota Motor Corp (7203.T)": the number in a listed company's bracketed stock code counts nothing.
  const inTicker = insideSpans(tickerSpans(body));
  // "($1 = 5.34 reais)": a wire's exchange-rate note converts for the reader and claims nothing.
  const inRateNote = insideSpans(rateNoteSpans(body));
  const raw = scanNumbers(body, ctx, writesDecimalCommas(body)).filter((r) => !inTicker(r.start) && !inRateNote(r.start));

  const figures: ExtractedFigure[] = [];
  const described = raw.map((r) => describe(body, sentences, r, ctx));
  const scoreUnit = articleScoreUnit(body);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const figure = described[i];
    if (!figure) continue;
    const partner = described[i + 1];
    const prev = figures[figures.length - 1];
    const gap = partner && partner.start - figure.end < 40 ? body.slice(figure.end, partner.start) : null;
    // A subject's noun read before the first end ("prices rose 2-3 per cent") gives way to the range's unit too.
    const bareFirst = figure.unit === "" || (figure.kind === "COUNT" && figure.end === r.end && !!partner && partner.kind !== "MONEY" && partner.end > raw[i + 1].end);
    if (bareFirst && partner && partner.unit !== "" && gap !== null && RANGE_GAP.test(gap)) {
      // "between 200 and 300 families", "from 10 to 12 per cent", "8–10%": the range shares the unit of its end.
      figure.unit = partner.unit;
      figure.kind = partner.kind;
      if (!figure.context) figure.context = partner.context;
      const next = raw[i + 1];
      if (next.scaled && !r.scaled && r.value < next.value / 1000) figure.value = Number((r.value * (next.value / parseFloat(body.slice(next.start, next.end).replace(/^[^\d]*/, "").replace(/,/g, "")) || 1)).toPrecision(15));
    }
    if (r.small && figure.unit === "") continue;
    if (figure.kind === "MONEY" && r.currency && !r.scaled && partner && (partner.kind === "MONEY" || partner.unit === "") && raw[i + 1].scaled && !raw[i + 1].currency && gap !== null && /^\s*(?:[-–]|to|and)\s*$/.test(gap) && r.value < raw[i + 1].value / 1000) {
      // "$1.2-1.5 million", "$3 to 4 billion": the first end shares the second's scale word.
      figure.value = Number((r.value * SCALES[raw[i + 1].scaleWord ?? ""]).toPrecision(15));
    }
    if ((figure.unit === "" || (figure.kind === "COUNT" && prev?.kind === "MONEY")) && prev && prev.kind !== "COUNT" && figure.start - prev.end <= 4 && (/^\s*[-–]\s*$/.test(body.slice(prev.end, figure.start)) || (figure.unit === "" && /^\s+to\s+$/.test(body.slice(prev.end, figure.start))))) {
      // "Rs 20,000-30,000", "$3 to 4 billion": the second end takes the first's currency or unit.
      figure.unit = prev.unit;
      figure.kind = prev.kind;
    }
    if (figure.kind === "COUNT" && partner && partner.kind === "COUNT" && partner.unit !== "" && gap !== null && /^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|my|your|an estimated|about|some|nearly)\s+(?:[\p{L}-]+['’]s\s+)?|[\p{Lu}][\p{L}-]*['’]s\s+)?(?:(?:last|first|next|previous|past|remaining|original|current|top)\s+)?$/u.test(gap)) {
      // "500,000 of the seven million ballots", "14 out of 17 regions": the part counts what the whole counts.
      figure.unit = partner.unit;
    }
    if (figure.kind === "MONEY" && prev?.kind === "MONEY" && prev.unit !== "USD" && figure.unit !== "USD" && figure.text.startsWith("$") && figure.start - prev.end < 4 && body[figure.start - 1] === "(") {
      // "10.5 million Australian dollars ($7.5 million)": a "$" conversion in brackets is in US dollars.
      figure.unit = "USD";
    }
    // "fell to 4.1 billion crowns ($388 million) from 5.3 billion": a bracketed conversion between the ends is skipped.
    const first = prev && isBracketedConversion(body, prev) && figures.length > 1 ? figures[figures.length - 2] : prev;
    const firstGapStart = first && first !== prev && prev ? prev.end + 1 : first?.end ?? 0;
    if (first && first.kind !== "COUNT" && figure.end === r.end && !r.currency && figure.start - firstGapStart < 12 && figure.start - first.end < 60 && isSpanSecondEnd(body.slice(Math.max(0, first.start - 20), first.start), body.slice(firstGapStart, figure.start))) {
      // "from 24 hours to 12", "rose to 4.1% from 3.9": the bare second end of a span takes the first end's unit.
      figure.unit = first.unit;
      figure.kind = first.kind;
    }
    const afterConversion = !!prev && figure.kind === "MONEY" && figure.unit === prev.unit && isBracketedConversion(body, prev);
    if (r.scaled && !r.currency && !r.small && figure.end === r.end && (figure.unit === "" || afterConversion || COMPARED_ESTIMATE.test(figure.unit))) {
      // "below the 4.6 billion forecast by analysts", "against 2.1 billion expected": a bare amount with a scale word
      // compared within the sentence of an amount is in that amount's currency (a bracketed conversion is no anchor).
      const money = sentenceMoneyBefore(body, figures, figure.start);
      if (money) {
        figure.unit = money;
        figure.kind = "MONEY";
      }
    }
    if (figure.kind === "COUNT" && figure.end === r.end && /^\s?[x×]\s?\d/.test(body.slice(figure.end, figure.end + 4))) {
      // "146.7 x 71.5 x 7.8 mm", "65 x 40 inches", "Dimensions: 74 x 150 x 9 mm": each side of a dimension takes the
      // unit the chain ends with, whatever a label before it names; a product with no unit ("3 x 4") is no figure.
      const side = dimensionUnit(body, described, i);
      if (!side) continue;
      figure.unit = side.unit;
      figure.kind = side.kind;
    }
    // "(3 x 4, 2 x 6)": a later side of a product with no unit after it counts nothing either.
    if (figure.kind === "COUNT" && figure.end === r.end && !(figure.unit !== "" && body.startsWith(` ${figure.unit}`, figure.end)) && /\d\s?[x×]\s?$/.test(body.slice(Math.max(0, figure.start - 4), figure.start))) continue;
    if (figure.kind === "COUNT" && figure.unit === "others" && prev?.kind === "COUNT" && isCountedThing(prev.unit) && figure.start - prev.end <= 150 && !/[.;:!?\n"“”]/.test(body.slice(prev.end, figure.start))) {
      // "64,000 houses remained under water, 215 others were washed away": "others" are more of the count before
      // ("the toll rose to 42, while 87 others are in hospital": people, not more deaths).
      figure.unit = /^(?:deaths|dead|killed)$/.test(prev.unit) ? "people" : prev.unit;
    }
    if (figure.unit === "" && scoreUnit && isScoreMention(body, figure.start)) figure.unit = scoreUnit;
    // "the visitors reached 402 for seven": a total for so many wickets is in runs, whoever reached it.
    if (scoreUnit === "runs" && figure.kind === "COUNT" && figure.end === r.end && /^\s+for\s+(?:one|two|three|four|five|six|seven|eight|nine|[1-9])\b(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|people|per)\b)/.test(body.slice(figure.end, figure.end + 24))) figure.unit = "runs";
    if (figure.unit === "" && !r.small && /,\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/.test(body.slice(Math.max(0, figure.start - 24), figure.start))) {
      // "there were 1,380 vacant posts across 2,200 schools, down from 3,300": the comparison is with the sentence's first count.
      const head = numberOfSubject(body, figure.start) ?? firstCountOfSentence(body, figures, figure.start);
      if (head) figure.unit = head;
    }
    if (figure.unit === "" && prev?.kind === "DURATION" && figure.start - prev.end <= 40 && !/[.;!?\n]/.test(body.slice(prev.end, figure.start)) && /^\s+(?:(?:of them|of those|of it)\s+)?suspended\b/.test(body.slice(figure.end, figure.end + 24))) {
      // "sentenced to 12 years, with 4 suspended": the suspended part is in the sentence's unit of time.
      figure.unit = prev.unit;
      figure.kind = "DURATION";
    }
    if (figure.unit === "" && !r.small && prev?.kind === "MONEY") {
      // "earned up to 300,000 CFA francs a week and now struggles to make 60,000": an amount earned or paid again.
      const money = moneyContinued(body, prev, figure.start);
      if (money) {
        figure.unit = money;
        figure.kind = "MONEY";
      }
    }
    if (figure.unit === "" && !r.small) {
      // "84 drones and 3 missiles, of which 71 were shot down": a part is no larger than its whole.
      const whole = partitiveWhole(body, figures, figure.start, figure.value);
      if (whole) {
        figure.unit = whole.unit;
        figure.kind = whole.kind;
      }
    }
    if (figure.unit === "") {
      // "killing 37 people and injuring more than 140": the count shares the unit of the one just before.
      const between = prev && figure.start - prev.end <= 150 ? body.slice(prev.end, figure.start) : "\n";
      // A quote in between is another voice: its numbers need their own noun.
      const shared = r.small ? null : !prev || /[\n"“”]/.test(between) || !isCountedThing(prev.unit) ? earlierCount(body, figures, figure.start) : parallelCount(body, figures, figure.end) ?? prev.unit;
      // "the quake, which killed over 45,000": with no count before to share, a casualty verb names the thing.
      const verb = r.small ? null : casualtyVerbBefore(body.slice(Math.max(0, figure.start - 40), figure.start));
      // "the firm has 20 offices and employs 1,500": an employer's verb counts the people it employs, whatever came before.
      if (!r.small && /\b(?:employs|employed|employing|employ|hires|hired|hiring)\s+(?:(?:about|around|some|nearly|almost|over|more than|roughly|at least|up to)\s+)?$/i.test(body.slice(Math.max(0, figure.start - 30), figure.start))) {
        figure.unit = "people";
        figures.push(figure);
        continue;
      }
      // "killed 7 people and wounded 19": the shared noun, as the verb before the number has it ("wounded people").
      const named = (shared && verb && prev && shared === prev.unit && !shared.includes(verb) && isPeopleNoun(shared) ? `${verb} ${shared}` : shared ?? verb) ?? (r.small ? null : moreOfNounBefore(body, figure.start, figure.end) ?? changedSubjectBefore(body, figure.start));
      if (!named) continue;
      figure.unit = named;
    }
    if (figure.kind === "COUNT" && CASUALTY_PARTICIPLE.test(figure.unit) && prev?.kind === "COUNT" && isPeopleNoun(prev.unit) && figure.start - prev.end <= 150 && !/[.;!?\n"“”]/.test(body.slice(prev.end, figure.start))) {
      // "29 people had died and 352,000 had been displaced": the participle qualifies the people counted before.
      figure.unit = `${figure.unit} ${prev.unit}`;
    }
    if (figure.kind === "COUNT" && COLLECTIVE_HEADS.has(figure.unit) && figure.end === r.end && prev?.kind === "COUNT" && isCountedThing(prev.unit) && !COLLECTIVE_HEADS.has(prev.unit) && prev.value < figure.value && figure.start - prev.end <= 200 && !/[.;!?\n"“”]/.test(body.slice(prev.end, figure.start))) {
      // "will take delivery of 14 new aircraft, taking its fleet to 276": a collective counts the things added to it.
      figure.unit = prev.unit;
    }
    figures.push(figure);
  }
  return figures;
}


/** "230,8 million kilogrammes", "21,8 percent": the article writes decimals with a comma (southern African, European style). */
function writesDecimalCommas(body: string): boolean {
  return /(?<![\d,.])\d{1,3},\d{1,2}\s?(?:million|billion|trillion|bn|%|percent\b|per cent\b)/.test(body);
}

/** Every number in the body with its value and currency prefix, in order; one pass per pattern. */
function scanNumbers(body: string, ctx: CurrencyContext, commaDecimals: boolean): RawNumber[] {
  const raw: RawNumber[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of body.matchAll(WORD_NUMBER_RE)) {
    const word = m.groups!.word.toLowerCase();
    taken.push([m.index!, m.index! + m[0].length]);
    if (word === "hundreds of" || word === "tens of") continue;
    const scale = SCALES[m.groups!.scale.toLowerCase()];
    // "twenty-five thousand": a compound of tens and units.
    const words = word.split("-").reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0);
    // "four and a half thousand metres": the half is of the scale.
    const half = m.groups!.half && (NUMBER_WORDS[word] !== undefined || words > 0) ? 0.5 : 0;
    let value = ((NUMBER_WORDS[word] ?? (words || 1)) + half) * scale;
    let start = m.index!;
    // "a quarter of a million", "three quarters of a billion": a fraction of the scale.
    const quarter = /\b(a|one|three)[\s-]quarters?\s+of\s+$/i.exec(body.slice(Math.max(0, start - 24), start));
    if (quarter && (word === "a" || word === "one")) {
      value *= quarter[1].toLowerCase() === "three" ? 0.75 : 0.25;
      start -= quarter[0].length;
    }
    const currency = m.groups!.cur ? currencyOfPrefix(m.groups!.cur, m.index!, ctx) : null;
    raw.push({ start, end: m.index! + m[0].length, value, currency, scaled: true, fromWords: true, small: false });
  }
  // Matches come in order, so one pointer over the taken spans keeps the overlap check linear.
  let t = 0;
  const overlapsTaken = (start: number, end: number) => {
    while (t < taken.length && taken[t][1] <= start) t++;
    return t < taken.length && taken[t][0] < end;
  };
  let spelledEnd = 0;
  for (const m of body.matchAll(CARDINAL_RE)) {
    // "Two hundred and forty": the words after the first belong to its phrase.
    if (m.index! < spelledEnd) continue;
    const spelled = readSpelledNumber(body, m.index!);
    if (!spelled || overlapsTaken(m.index!, m.index! + spelled.length)) continue;
    spelledEnd = m.index! + spelled.length;
    // "Twenty-five tunnel boring machines" is a count as "25" would be; "two women" and "a dozen" are prose.
    const small = spelled.value <= SMALL_SPELLED_MAX || /^(?:a|half)\b/i.test(m[0]);
    raw.push({ start: m.index!, end: m.index! + spelled.length, value: spelled.value, currency: null, scaled: false, fromWords: true, small, spelled: true });
  }
  t = 0;
  for (const m of body.matchAll(NUMBER_RE)) {
    let start = m.index!;
    let end = start + m[0].length;
    if (overlapsTaken(start, end)) continue;
    const g = m.groups!;
    let scaleWord: string | undefined = g.scale?.toLowerCase();
    const curText = g.cur?.trim();
    // A code before a plain integer ("COP26", "TOP 10") is a name unless the story's country pays in it ("VND500").
    const glued = /[.,\s]/.test(g.num) || g.scale ? "formatted" : g.num.length >= 3 ? "local" : "name";
    const currency = curText ? currencyOfPrefix(curText, start, ctx, glued) : null;
    if (curText && !currency) {
      // "COP26", "ABC 12": capitals before a number that are no currency.
      if (/\p{L}$/u.test(curText)) continue;
      start += g.cur!.length;
    }
    // "50k followers": a glued k before a plural noun is thousands of it ("a 10K race" is a distance's name).
    const thousands = scaleWord === "k" && !currency && /^k\s+\p{Ll}+[^s\W]*s\b/u.test(body.slice(end - 1, end + 24));
    if (scaleWord && !WORD_SCALES.has(scaleWord) && !currency && !thousands) {
      // "5m" without a currency is a length, or five million of what follows; the unit reader decides.
      end -= g.scale!.length;
      while (end > start && /\s/.test(body[end - 1])) end--;
      scaleWord = undefined;
    }
    let num = g.num;
    let frac: string | undefined = g.frac;
    if (/^\d{1,3},\d{1,2}$/.test(num) && !scaleWord && !currency && !commaDecimals && !/^\s?(?:%|percent\b|per cent\b)/.test(body.slice(end, end + 9))) {
      // "3,21" with no currency, in an article that never writes a decimal comma: the whole part alone.
      num = num.slice(0, num.indexOf(","));
      end = m.index! + (g.cur?.length ?? 0) + num.length;
      frac = undefined;
    }
    const fraction = fractionValue(frac);
    const decimalComma = /^\d{1,3},\d{1,2}$/.test(num);
    const number = parseFloat(decimalComma ? num.replace(",", ".") : num.replace(/[,\s\u00a0\u202f]/g, "")) + fraction;
    const scale = scaleWord ? SCALES[scaleWord] : 1;
    if (!currency && !scaleWord && isNotAFigure(body, start, end, num)) continue;
    if (fraction && frac!.length > 1 && fraction >= 1) continue;
    let value = Number((number * scale).toPrecision(15));
    if (!currency && /\bminus\s$/i.test(body.slice(Math.max(0, start - 7), start))) {
      // "minus 2.1%", "minus 70°C": the sign is written out.
      start -= 6;
      value = -value;
    } else if (!currency && (body[start - 1] === "-" || body[start - 1] === "−") && (start === 1 || /[\s(]/.test(body[start - 2])) && SIGNED_UNIT.test(body.slice(end, end + 12))) {
      // "fell -0.6% on the month", "a low of −4C": a minus sign before a percentage or a temperature.
      start -= 1;
      value = -value;
    }
    raw.push({ start, end, value, currency, scaled: !!scaleWord, fromWords: false, small: false, scaleWord });
  }
  return raw.sort((a, b) => a.start - b.start);
}

/**
 * "27 goals in 31 league games and 38 in all competitions": a bare number before "in" repeats the frame of the
 * count two back, whose own "in" phrase held the count just before; it counts what that first count counts.
 */
function parallelCount(body: string, figures: ExtractedFigure[], end: number): string | null {
  if (figures.length < 2 || !/^\s+in\b/.test(body.slice(end, end + 4))) return null;
  const first = figures[figures.length - 2];
  const inner = figures[figures.length - 1];
  if (first.kind !== "COUNT" || inner.kind !== "COUNT" || first.unit === inner.unit || !isCountedThing(first.unit)) return null;
  return inner.start - first.end < 60 && /^\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+in\s+$/u.test(body.slice(first.end, inner.start)) ? first.unit : null;
}

/** "The number of flood evacuees rose to 18,412 people …, up from 11,906": the things the sentence's subject counts. */
function numberOfSubject(body: string, start: number): string | null {
  const from = Math.max(0, start - 300);
  const before = body.slice(from, start);
  const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1);
  // The subject opens the sentence, after a dateline at most ("KOTA BHARU, Nov 29 — The number of …").
  const m = /^(?:[^\d.]*?\d{0,2}[^\d.]*?[—–]\s*)?\s*(?:The|the) (?:number|total|tally|count) of ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)\b/u.exec(sentence);
  if (!m) return null;
  // "the number of confirmed measles cases": the last count noun of the phrase is its head ("measles" modifies "cases").
  const words: string[] = [];
  let head = 0;
  for (const w of m[1].split(" ")) {
    if (UNIT_STOP.has(w)) break;
    words.push(w);
    if (isCountNoun(w)) head = words.length;
  }
  return head > 0 ? words.slice(0, head).join(" ") : null;
}

/** The unit of the first count in the sentence that ends at `start` (at most 300 characters and 20 figures back). */
function firstCountOfSentence(body: string, figures: ExtractedFigure[], start: number): string | null {
  const from = Math.max(0, start - 300);
  const before = body.slice(from, start);
  const sentenceStart = from + Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), 0);
  let head: string | null = null;
  for (let k = figures.length - 1; k >= 0 && k >= figures.length - 20 && figures[k].start >= sentenceStart; k--) {
    if (figures[k].kind === "COUNT" && isCountedThing(figures[k].unit)) head = figures[k].unit;
  }
  return head;
}

/** How far back (characters) a bare "at 128" may look for the count it continues. */
const ELLIPSIS_REACH = 400;

/**
 * "… had 52 patients on trolleys. Limerick was the worst affected at 128": a bare number after "at", "of" or "with"
 * continues the last count of the paragraph or the one before (at most ELLIPSIS_REACH characters back).
 */
function earlierCount(body: string, figures: ExtractedFigure[], start: number): string | null {
  if (!/\b(?:at|of|with|had|reached|hit|to|from)\s+(?:about|around|some|nearly|almost|over|more than|just|only|a record|a new high of)?\s*$/.test(body.slice(Math.max(0, start - 30), start))) return null;
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k];
    if (start - f.end > ELLIPSIS_REACH) return null;
    if (f.kind !== "COUNT" || !isCountedThing(f.unit)) continue;
    const between = body.slice(f.end, start);
    return !/["“”]/.test(between) && between.split("\n").filter((line) => line.trim() !== "").length <= 2 ? f.unit : null;
  }
  return null;
}

function isCountedThing(unit: string): boolean {
  return unit !== "" && unit !== "%" && unit !== "pp" && !/^[A-Z]{3}$/.test(unit) && !isMeasureSymbol(unit) && !TIME_UNITS.has(unit);
}

const TIME_UNITS = new Set(["year", "month", "week", "day", "hour", "minute", "second"]);

/** The kind a unit implies: ISO codes are money, "%" and "pp" percent, symbols measures, the rest counts. */
export function kindOfUnit(unit: string): FigureKindName {
  if (/^[A-Z]{3}$/.test(unit) && ISO_CURRENCY_CODES.has(unit)) return "MONEY";
  if (unit === "%" || unit === "pp") return "PERCENT";
  if (TIME_UNITS.has(unit)) return "DURATION";
  if (isMeasureSymbol(unit)) return "MEASURE";
  return "COUNT";
}

/** "seat 500 passengers": a plural noun right after the number makes it a count, whatever word stands before. */
function pluralNounAfter(body: string, end: number): boolean {
  const noun = /^\s(\p{Ll}+)\b/u.exec(body.slice(end, end + 30))?.[1];
  return noun !== undefined && !UNIT_STOP.has(noun) && isCountNoun(noun);
}

/** Whether a plural counted noun follows the range's second end at `at` ("15-20 workers"), with no score or vote before it. */
function countRangeAfter(body: string, at: number, before: string): boolean {
  if (/\b(?:voted|won|lost|beat|score|scored|drew|victory|defeat|a|an|the)\s*$/i.test(before)) return false;
  const noun = countedThingAfter(body.slice(at, at + 60));
  return noun !== null && isPlural(noun.split(" ").pop()!);
}

/** A results line of a match report: "Arsenal 2 Wolves 1", "Burnley 5 Sheffield United 0" (names and goals alone). */
const RESULT_LINE_RE = /^(?:\p{Lu}[\p{L}'’.&-]*\s){1,4}\d{1,2}\s(?:\p{Lu}[\p{L}'’.&-]*\s){1,4}\d{1,2}$/u;

/** Whether the number at `start` stands in a results line (the line is looked for within a short window). */
function inResultLine(body: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 60);
  const back = body.slice(from, start).lastIndexOf("\n");
  if (back === -1 && from > 0) return false;
  const ahead = body.slice(end, end + 60);
  const forward = ahead.search(/\n|$/);
  if (forward === ahead.length && end + 60 < body.length) return false;
  return RESULT_LINE_RE.test(body.slice(back === -1 ? 0 : from + back + 1, end + forward).trim());
}

/** Years, dates, times, ordinals, scores, phone numbers and model names are not figures. */
function isNotAFigure(body: string, start: number, end: number, num: string): boolean {
  if (inResultLine(body, start, end)) return true;
  const after = body.slice(end, end + 16);
  const before = body.slice(Math.max(0, start - 16), start);
  const integer = /^\d+$/.test(num);
  const n = parseFloat(num.replace(/,/g, ""));
  const unit = unitAfter(body, end);
  const gluedUnit = unit !== null && /^[\p{L}°º℃℉/]/u.test(after);
  // "447p", "52c": pence and cents glued to the amount (a video resolution, "1080p", is none).
  const gluedSubunit = (/^[pc](?![\p{L}\p{N}])/u.test(after) && !/^(?:480|576|720|1080|1440|2160|4320)$/.test(num)) || /^[xX](?![\p{L}\p{N}])/u.test(after);
  if (/^[\p{L}]/u.test(after) && !gluedUnit && !gluedSubunit && !/^(?:%|bn|mn|tn|pc\b|pct\b|bps?\b|m\s+\p{Ll})/u.test(after)) return true; // 3rd, 10am, 5G, 1990s
  if (integer && num.length === 4 && n >= 1800 && n <= 2100 && !unit && !/^\s*(?:%|percent|per cent)/i.test(after)) {
    // "2,000 troops" written "2000 troops" is a count; "the 2019 elections", "in 2019" are years.
    const next = /^\s([\p{Ll}]+)/u.exec(after)?.[1];
    if (!next || !isPlural(next) || /\b(?:the|in|of|since|by|from|until|to|and|for|a|an|'s|’s|during|before|after|between)\s$/i.test(before)) return true;
  }
  if (/^[:.]\d/.test(after) || /^\s?(?:-|–|to)\s?\d{1,2}\b(?![,.]\d)/.test(after) && /\b(?:won|lost|beat|score|scored|drew|victory|defeat)\s*$/i.test(before)) return true;
  const rangeEnd = /^[\-–](\d+(?:\.\d+)?)/.exec(after);
  const unitRange = rangeEnd ? /^\s?(?:%|per ?cent\b|pc\b)/i.test(body.slice(end + rangeEnd[0].length, end + rangeEnd[0].length + 9)) || unitAfter(body, end + rangeEnd[0].length) !== null : false;
  const rangeStart = /(\d+(?:\.\d+)?)[\-–]$/.exec(before);
  // "Rs 20,000-30,000", "$5-6 million": the second end of a money range.
  const moneyRange = /(?:^|[^\p{L}])(?:Rs\.?|₹|\$|€|£|¥|[A-Z]{1,3}\$)\s?[\d,.]+[\-–]$/u.test(body.slice(Math.max(0, start - 24), start));
  const startRange = rangeStart ? /^\s?(?:%|per ?cent\b|pc\b)/i.test(after) || unit !== null || moneyRange : false;
  // "15-20 workers": a range of counts, when a plural noun follows its second end and no score verb precedes it.
  const countRange = rangeEnd ? countRangeAfter(body, end + rangeEnd[0].length, before) : rangeStart ? countRangeAfter(body, end, body.slice(Math.max(0, start - 16 - rangeStart[0].length), start - rangeStart[0].length)) : false;
  if (!unitRange && !startRange && !countRange && !isHyphenTally(body.slice(Math.max(0, start - 24), start), body.slice(end, end + 24)) && (/^[\-–]\d/.test(after) || /\d[\-–]$/.test(before))) return true; // 4-1, 2024-25
  if (/\d[\s.]$/.test(before) || /^\s\d/.test(after)) return true; // phone-like groups
  // "1 in 5 adults": a ratio (a small part of a larger whole, "410,000 in 31 countries" is none).
  const ratioAfter = /^\s+in\s+(\d+)\b/.exec(after);
  // "one in 10 people": the part may be spelled.
  const ratioBefore = /(?<![\d,.\p{L}])(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+$/iu.exec(before);
  const part = ratioBefore ? SPELLED_PART[ratioBefore[1].toLowerCase()] ?? Number(ratioBefore[1]) : NaN;
  // "reached No. 1 in 40 countries": a rank before "in" is no ratio.
  // "328 for six in 50 overs": a cricket score's wickets before "in" neither.
  const rankBefore = /\b(?:No\.|number|#)\s*\d+\s+in\s+$|\d\s+for\s+\w+\s+in\s+$/i.test(body.slice(Math.max(0, start - 24), start));
  if ((ratioAfter && n <= 10 && n < Number(ratioAfter[1])) || (ratioBefore && part <= 10 && part < n && !rankBefore)) return true;
  if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|local time)/i.test(after)) return true;
  // "at 1400 hrs" is a clock time; "7hrs 30mins" a span.
  if (/^\s*hrs\b/i.test(after) && /^\d{4}$/.test(num)) return true;
  const prevWord = /([\p{L}.]+)\.?\s*$/u.exec(before)?.[1] ?? "";
  if (MONTHS.test(prevWord) && integer && n <= 31) return true; // June 3
  // "on Thursday, 2, February 2023", "31, January": some copy sets a comma between the day and its month.
  const nextWord = /^,?\s*([\p{L}]+)/u.exec(after)?.[1] ?? "";
  if (MONTHS.test(nextWord) && integer && n <= 31) return true; // 3 June
  if (/\b(?:aged?|ages)\s+(?:of\s+)?[\w]+\s*(?:to|and|or|-|–)\s*$/i.test(body.slice(Math.max(0, start - 30), start)) && !unit) return false; // "aged six to 16": an age
  if (integer && /^(?:911|999|112|000)$/.test(num) && /^[\s-]+(?:emergency|call|calls|line|lines|number|dispatch|dispatchers|operators?|cent(?:er|re)s?|services?|or|and)\b/i.test(after)) return true;
  if (integer && /^(?:911|999|112)$/.test(num) && /\b(?:call|called|calling|dial|dialled|dialed|dialling|dialing|ring|rang|phoned|to)\s+$/i.test(before)) return true;
  if (/(?:No\.|number|Nos\.|#|Article|Section|Chapter|Resolution|Flight|Route|Highway|Room|Page|Phase|Stage|Episode|Season|Level|Grade|Category|Type|Model|Block|Unit|Gate|Terminal|Platform|Line|Item|Rule|Title|Paragraph|Amendment|Act|Group|Division|Brigade|Battalion|Regiment|Corps|Army|Fleet|Squadron)\s*$/.test(before)) return true;
  // "the 563 service between Penrith and Appleby", "The 38 bus": a route named by its number.
  if (integer && /\bthe\s$/i.test(before) && /^\s(?:bus|service|route|tram|line)\b(?!\s+(?:routes|services|lines)\b)/i.test(after)) return true;
  if (/\b(?:stage|phase|level|category|grade|round|section|row|seat|item|page|chapter|article|rule|route|ward|gate|platform|number|no\.|pier|berth|lane|exit|week|day|matchday|game|leg)\s$/i.test(before) && integer && !unit && !pluralNounAfter(body, end)) return true;
  if (/\p{Lu}[\p{L}]*[\s-]$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{L}]*\s$/u.test(before) && !/\b(?:The|A|About|Some|Nearly|Almost|Over|Around|Only|Just|More|Less|At|All|By|In|On|Of|For|From|With|And|Or|To|Than|Under|Another|Roughly|Approximately|Least|Most)\s$/.test(before) && !unit && !/^\s+times\b/.test(after) && !/^\s?(?:%|per ?cent\b|percent\b|pc\b)/i.test(after) && !TALLY_VERB_BEFORE.test(body.slice(Math.max(0, start - 60), start))) {
    // "Resolution 2231", "Su 57", "Gen 5": a capitalised name before a bare number (not "crossed the Channel 43 times",
    // nor the chamber in "passed the Senate 51 to 49", nor a share in a gapped list: "Daesan 30% and Hoshimura 19%")
    return true;
  }
  return false;
}

/**
 * "Labour is on 41pc, 20 points ahead": a lead in points in a sentence of percentages is in percentage points
 * (a league table's "four points clear" has no percentage beside it).
 */
function pollLeadPoints(body: string, sentences: Span[], start: number, rest: string): RegExpExecArray | null {
  const m = /^\s+points?(?=\s+(?:ahead|behind|clear|adrift)\b)/.exec(rest);
  if (!m) return null;
  const around = figureContext(body, sentences, start, start);
  return /\d\s?(?:%|pc\b|per ?cent\b|percent\b)/.test(around) ? m : null;
}

const TEMPERATURE_HEAD = /\b(highs?|lows?|temperatures?|temps|heat index|mercury|thermometers?)\s+(?:(?:of|near|around|at)|(?:(?:will|could|may|should|are expected to|is expected to)\s+)?(?:reach(?:ed|ing)?|hit(?:ting)?|top(?:ped)?|climb(?:ed)? to|r[io]se to|fell to|fall to|drop(?:ped)? to|dip(?:ped)? to|peak(?:ed)? at|soar(?:ed)? to|plunged? to|stood at|stay(?:ed)? (?:above|below|around|near)))\s+(?:(?:about|around|near|nearly|almost|over|above|below|just|a record|as high as|as low as)\s+)?$/i;

/**
 * "Temperatures climbed to 104", "highs of 31", "the mercury hit 47": a reading after a weather head word.
 * A singular "high" or "low" ("a high of 108") needs a weather word in its sentence (a share price has highs too).
 */
function isBareTemperature(body: string, sentences: Span[], start: number, before: string): boolean {
  const m = TEMPERATURE_HEAD.exec(before);
  if (!m) return false;
  if (!/^(?:high|low)$/i.test(m[1])) return true;
  return TEMPERATURE_WORDS.test(figureContext(body, sentences, start, start));
}

/** Words of weather in a sentence that make a bare reading, or a spaced "C" or "F" after one, a temperature. */
const TEMPERATURE_WORDS = /\b(?:temperatures?|heat|weather|forecast|degrees|overnight|cold|warm|hot|chill|frost|sunny|rain|snow|humid|highs|lows)\b/i;

/** The measure (or counted noun) a chain of dimensions "A x B x C mm" ends with, from figure i on (at most three more sides). */
function dimensionUnit(body: string, described: Array<ExtractedFigure | null>, i: number): { unit: string; kind: FigureKindName } | null {
  for (let k = i + 1; k < described.length && k <= i + 3; k++) {
    const prev = described[k - 1];
    const next = described[k];
    if (!prev || !next || next.start - prev.end > 3 || !/^\s?[x×]\s?$/.test(body.slice(prev.end, next.start))) return null;
    if (next.kind === "MEASURE") return { unit: next.unit, kind: next.kind };
    // "1280 x 720 pixels": a chain may end in a counted noun written right after its last side.
    if (next.kind === "COUNT" && next.unit !== "" && body.startsWith(` ${next.unit}`, next.end)) return { unit: next.unit, kind: next.kind };
  }
  return null;
}

/** "from X to", "to X from": the words around a span's first end when the second follows bare. */
/** "4.1 billion crowns ($388 million)": a "$" amount in brackets right after another amount converts it. */
function isBracketedConversion(body: string, f: ExtractedFigure): boolean {
  return body[f.end] === ")" && /\((?:(?:about|around|roughly|some|nearly|approximately|approx\.|almost|over|under|up to|more than|less than)\s+)?$/i.test(body.slice(Math.max(0, f.start - 16), f.start));
}

// Nouns a comparison of amounts names in place of the thing counted ("the 4.6 billion forecast").
const COMPARED_ESTIMATE = /^(?:forecasts?|estimates?|expected|consensus|projected|predicted|a year earlier|last year)$/;

/**
 * The currency of the latest amount before `start` in the same sentence (no stop, quote or line between; at most
 * 250 characters back), passing over bracketed conversions; null when there is none.
 */
function sentenceMoneyBefore(body: string, figures: ExtractedFigure[], start: number): string | null {
  for (let k = figures.length - 1; k >= 0 && start - figures[k].end <= 250; k--) {
    const f = figures[k];
    if (/[.;!?\n"“”]/.test(body.slice(f.end, start).replace(/\d\.\d/g, "0"))) return null;
    if (f.kind !== "MONEY") continue;
    if (isBracketedConversion(body, f)) continue;
    return f.unit;
  }
  return null;
}

function isSpanSecondEnd(beforeFirst: string, gap: string): boolean {
  const m = /^\s+(to|from)\s+$/.exec(gap);
  if (!m) return false;
  return new RegExp(`\\b${m[1] === "to" ? "from" : "to"}\\s+(?:about\\s+|around\\s+|nearly\\s+)?$`, "i").test(beforeFirst);
}

// Nouns that count things in their singular form ("276 aircraft", "400 staff", "2,000 head of cattle").
const INVARIANT_COUNT_NOUNS = new Set("people aircraft personnel staff crew police cattle livestock sheep deer fish poultry swine equipment youth clergy offspring spacecraft".split(" "));

/**
 * The thing counted after the number, when the words there can be one: "12 buses", "276 aircraft"; a singular
 * noun after a number above one is a name or a modifier ("the top 10 list", "the Group of 20 met") and counts nothing.
 */
function countedNounAfter(rest: string, value: number): string | null {
  const noun = countedThingAfter(rest);
  if (!noun && value !== 1) {
    // "the 10 English Premier League matches", "12 Cabinet ministers": a plural past a capitalised name is the head.
    const named = /^\s(?:\p{Lu}[\p{L}'’-]*\s){1,4}(\p{Ll}[\p{Ll}-]+)(?![\p{L}\p{N}'’-])/u.exec(rest);
    return named && isPlural(named[1]) && isCountNoun(named[1]) && !UNIT_STOP.has(named[1]) ? named[1] : null;
  }
  if (!noun || value === 1) return noun;
  const counts = (w: string) => isCountNoun(w) || INVARIANT_COUNT_NOUNS.has(w) || isCountAcronym(w.toUpperCase()) || CASUALTY_PARTICIPLE.test(w) || /^(?:died|dead|perished|homeless)$/.test(w) || /(?:s|ae|i|a)$/.test(w);
  if (noun.split(" ").some(counts)) return noun;
  // "1,380 vacant permanent teaching positions", "47 elderly Americans": the head may stand past the words read.
  const words: string[] = [];
  for (const w of rest.slice(0, 80).split(/[^\p{L}'’-]+/u).filter(Boolean)) {
    if (words.length >= 6 || (UNIT_STOP.has(w.toLowerCase()) && !/^(?:and|or)$/i.test(w))) break;
    words.push(w.toLowerCase());
  }
  return words.some((w) => w !== "and" && counts(w) && !/^(?:is|was|has|this|thus|plus|less|unless|across)$/.test(w)) ? noun : null;
}

/** Collective nouns whose size is a count of the things they hold ("its fleet to 276", "the workforce to 5,000"). */
const COLLECTIVE_HEADS = new Set(["fleet", "workforce", "headcount", "staff", "membership", "herd", "flock", "roster", "network", "portfolio", "stable", "collection", "tally", "total"]);

const CASUALTY_PARTICIPLE = /^(?:killed|dead|drowned|injured|wounded|missing|displaced|evacuated|hurt|rescued|infected|hospitali[sz]ed|stranded|affected|trapped|homeless|abducted|kidnapped|arrested|detained)$/;

/** A people noun a casualty verb may qualify ("wounded people", "injured civilians"). */
function isPeopleNoun(unit: string): boolean {
  return /^(?:people|persons|civilians|children|men|women|residents|soldiers|troops|workers|passengers|villagers|migrants|pilgrims|students|police(?: officers)?|officers|fighters|miners|fishermen|others)$/.test(unit);
}

/**
 * "earned up to 300,000 CFA francs a week and now struggled to make 60,000": a bare amount after a verb of earning,
 * paying or costing, in the sentence of an amount of money (at most 200 characters back), is in that money.
 */
function moneyContinued(body: string, prev: ExtractedFigure, start: number): string | null {
  if (start - prev.end > 200 || /[.;!?\n"“”]/.test(body.slice(prev.end, start))) return null;
  const verb = /\b(?:make|makes|making|made|earn|earns|earning|earned|pay|pays|paying|paid|cost|costs|costing|charge|charges|charging|charged|fetch|fetches|fetched|get|gets|got|receive|receives|received|spend|spends|spent|save|saves|saved)\s+(?:(?:only|just|about|around|barely|nearly|almost|up to|at most|less than|more than|over|under)\s+)?$/i;
  return verb.test(body.slice(Math.max(0, start - 40), start)) ? prev.unit : null;
}

/**
 * "84 drones and 3 missiles, of which 71 were shot down", "62,000 people, of whom 23,500": the whole is the latest
 * count of the sentence at least as large as the part.
 */
function partitiveWhole(body: string, figures: ExtractedFigure[], start: number, value: number): { unit: string; kind: FigureKindName } | null {
  // "347 new cases from 17 districts, 161 of them in children": the partitive may follow the part too.
  const after = /^[\d,.]*\s+of (?:them|those|these|which|whom)\b/.test(body.slice(start, start + 30));
  if (!after && !/\b(?:of which|of whom|of them|of those)\s+(?:(?:about|around|some|nearly|almost|over|more than|at least|only|just)\s+)?$/i.test(body.slice(Math.max(0, start - 30), start))) return null;
  // "is volunteers: some 60,000 of them", "the marchers — about 3,000 of them —": the plural just before is the whole.
  const named = after ? /\b(\p{Ll}[\p{Ll}-]+)\s*[:—–]\s*(?:(?:about|around|some|nearly|almost|over|more than|at least|only|just|perhaps|roughly)\s+)?$/u.exec(body.slice(Math.max(0, start - 40), start)) : null;
  if (named && isCountNoun(named[1]) && !UNIT_STOP.has(named[1])) return { unit: named[1], kind: "COUNT" };
  for (let k = figures.length - 1; k >= 0 && start - figures[k].end <= 300; k--) {
    const f = figures[k];
    if (/[.;!?\n"“”]/.test(body.slice(f.end, start))) return null;
    if (f.kind === "COUNT" && isCountedThing(f.unit) && f.value >= value) return { unit: f.unit, kind: "COUNT" };
    // "grown to 14,800 hectares, about 3,900 of them in the north": a part of an area or a length is in its unit.
    if (f.kind === "MEASURE" && f.unit !== "magnitude" && !f.unit.startsWith("°") && f.value >= value) return { unit: f.unit, kind: "MEASURE" };
  }
  return null;
}

/**
 * "had handed out 4,000 water filters and had 20,000 more in store": a bare number with "more" after it counts
 * more of the plural its clause named before it (at most 150 characters back, with no sentence end, quote mark,
 * comma, semicolon or dash between: "officials said, with 67 more in hospital" counts no more officials).
 */
function moreOfNounBefore(body: string, start: number, end: number): string | null {
  if (!/^\s+more\b(?!\s+than\b)/.test(body.slice(end, end + 12))) return null;
  const before = body.slice(Math.max(0, start - 150), start);
  // The clause the number stands in: after the last sentence end, quote mark, comma, semicolon or dash.
  const clause = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.search(/["“”,;—–][^"“”,;—–]*$/)) + 1);
  let noun: string | null = null;
  for (const m of clause.matchAll(/(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]+)(?![\p{L}'’-])/gu)) if (isCountNoun(m[1]) && !UNIT_STOP.has(m[1]) && !OF_MEASURE_WORDS.has(m[1])) noun = m[1];
  return noun;
}

/**
 * "Fire outbreaks in the region rose 18% in the first 11 months of the year, to 71,300": a bare level after "to",
 * in a sentence whose plural subject changed by a percentage first, counts that subject (the sentence's opening
 * words, at most 200 characters back).
 */
function changedSubjectBefore(body: string, start: number): string | null {
  const before = body.slice(Math.max(0, start - 200), start);
  const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1);
  const m = /^\s*(?:The\s+)?(\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s[^.;:"“”]{0,80}?\b(?:rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased|surged|slumped|soared|plunged|doubled)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[\d.]+\s?(?:%|per ?cent|percent)[^.;:"“”]{0,80},\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$/u.exec(sentence);
  if (!m) return null;
  const words = m[1].toLowerCase().split(/\s+/);
  const head = words.findIndex((w) => isCountNoun(w) && !UNIT_STOP.has(w) && !OF_MEASURE_WORDS.has(w));
  return head === -1 ? null : words.slice(0, head + 1).join(" ");
}

/** Plurals that name a measure, a time or a manner rather than things to count more of. */
const OF_MEASURE_WORDS = new Set(["years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "terms", "conditions", "levels", "rates", "prices", "costs", "plans", "says", "is", "was", "has", "does", "goes", "makes", "takes", "gives", "gets"]);

/** "which killed over 45,000", "injuring more than 140": a casualty verb right before a bare number names what it counts. */
function casualtyVerbBefore(before: string): string | null {
  const m = /\b(killed|killing|injured|injuring|wounded|wounding|displaced|displacing|evacuated|evacuating|infected|infecting|affected|affecting|rescued|rescuing)\s+(?:(?:at least|more than|over|about|nearly|almost|some|around|roughly|an estimated|up to)\s+)?$/i.exec(before);
  return m ? m[1].toLowerCase().replace(/ing$/, "ed") : null;
}

const PERCENT_RE = /^[\s-]?(?:%|percent\b|per cent\b|pc\b|pct\b|percentage points?\b|basis points?\b|bps\b|pp\b|points? percentage\b)/i;
// "the first rise in six months" is a frame; "First they said it would come in six months", "At first …" open a
// sentence in time order and frame nothing.
const SUPERLATIVE_FRAME = /\b(?:\p{L}+est|(?<!(?:^|[.!?]["”’]?\s+|^["“‘]|\bat\s))first|worst|best|most|least|highest|lowest|biggest|smallest|fastest|slowest)\b[^.;:!?]{0,60}\b(?:in|for|since)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$/iu;

/**
 * "5 min read", "1,204 views" on a byline line ("18 Nov 2026 - 6:42 AM - 1,204 views"): page furniture, no claim.
 * A count of views or comments is furniture only on a short line of its own, beside separators or a date.
 */
function isPageChrome(body: string, r: RawNumber): boolean {
  const rest = body.slice(r.end, r.end + 24);
  if (/^[\s-](?:min(?:ute)?s?|mins?)\.?\s+read\b/i.test(rest)) return true;
  // The line around the number, looked for within a short window (furniture lines are short; no rescans of the body).
  const from = Math.max(0, r.start - 91);
  const back = body.slice(from, r.start).lastIndexOf("\n");
  if (back === -1 && from > 0) return false;
  const ahead = body.slice(r.end, r.end + 91);
  const forward = ahead.indexOf("\n");
  if (forward === -1 && r.end + 91 < body.length) return false;
  const line = body.slice(back === -1 ? 0 : from + back + 1, forward === -1 ? body.length : r.end + forward);
  if (line.length > 90 || /[.!?]["”]?\s*$/.test(line)) return false;
  // "Reading time: 4 minutes", "Listen to this article 5 min".
  if (/^[\s-](?:min(?:ute)?s?|mins?)\b/i.test(rest) && /\b(?:reading time|read time|listen to this|audio)\b/i.test(line)) return true;
  if (!/^\s(?:views|reads|comments|shares|likes)\b\s*(?:[|·•]|$|\n)/.test(rest)) return false;
  // A count of views or comments alone on its line, or beside separators, a clock time or a date word.
  return /^\s*[\d,.]+[KkMm]?\s+\p{L}+\s*$/u.test(line) || /[|·•]|\s[-–]\s|\b\d{1,2}:\d{2}\b|\b(?:ago|updated|published)\b/i.test(line);
}

/** Words that follow a road's number ("the N1 north", "the R101 freeway"). */
const ROAD_AFTER = /^(?:\s*[.,;:)]|\s*$|\s+(?:road|highway|freeway|motorway|expressway|route|bypass|interchange|off-ramp|on-ramp|junction|north|south|east|west|northbound|southbound|eastbound|westbound|between|near|towards|remains|was|is)\b)/;

/**
 * "use the R101", "on the N1 north": a single capital glued to a short whole number after "the" names a road, not an
 * amount in rand or naira ("the R20 increase", "the N5,000 note" stay money: a noun or a comma group follows).
 */
function isRoadNumber(body: string, r: RawNumber): boolean {
  if (!r.currency || r.scaled || !/^[A-Z]\d{1,3}$/.test(body.slice(r.start, r.end))) return false;
  return /\bthe\s$/i.test(body.slice(Math.max(0, r.start - 4), r.start)) && ROAD_AFTER.test(body.slice(r.end, r.end + 16));
}

function describe(body: string, sentences: Span[], r: RawNumber, ctx: CurrencyContext): ExtractedFigure | null {
  if (!r.currency && isPageChrome(body, r)) return null;
  if (isRoadNumber(body, r)) return null;
  let end = r.end;
  let value = r.value;
  let unit: string | null = r.currency;
  let kind: FigureKindName | null = unit ? "MONEY" : null;
  // "5,000+ employees", "1 million-plus users": an open upper bound stays with the number.
  const plus = /^(?:\+|-plus\b)(?=\s\p{Ll})/u.exec(body.slice(end, end + 8));
  if (plus) end += plus[0].length;
  const rest = body.slice(end, end + 80);
  const before = body.slice(Math.max(0, r.start - 40), r.start);
  let m: RegExpExecArray | null;
  if ((m = PERCENT_RE.exec(rest)) || (m = pollLeadPoints(body, sentences, r.start, rest))) {
    const basis = /basis|bps/i.test(m[0]);
    unit = basis || /point|pp/i.test(m[0]) ? "pp" : "%";
    if (basis) value = Number((value / 100).toPrecision(15));
    kind = "PERCENT";
    end += m[0].length;
  } else if (!unit) {
    const money = currencyAfter(rest, r, ctx) ?? subunitAfter(rest, r, ctx);
    if (money) {
      unit = money.code;
      value = Number((value * money.factor).toPrecision(15));
      kind = "MONEY";
      end += money.length;
    } else if (r.scaleWord && INDIAN_SCALES.has(r.scaleWord) && homeCurrency(r.start, ctx) === "INR") {
      // "a 1,250 crore package" in an Indian story is rupees; "2.5 lakh people" is a count.
      const noun = countedThingAfter(rest);
      // "taking the tally to 5.6 lakh": a tally, toll or count before it makes it a count.
      const tally = /\b(?:tally|toll|total|count|number|figure)\s+(?:\p{L}+\s+){0,3}?(?:to|at|of|reached|crossed|rose to|stood at|past)\s+(?:about |over |nearly |some |more than )?$/iu.test(before);
      // "We carry about 4.8 lakh passengers a day. The plan assumed 15 lakh.": a bare amount on the scale a count
      // just used (within a bounded look-back) is more of that count.
      const carried = noun && isCountNoun(noun.split(" ").pop()!) ? null : countOnScaleBefore(body, r.start);
      if (!tally && !carried && (!noun || !isCountNoun(noun.split(" ").pop()!))) {
        unit = "INR";
        kind = "MONEY";
      }
    }
  }
  if (!unit) {
    const measure = readMeasure(body, r, ctx);
    if (measure === "skip") return null;
    if (measure) {
      ({ unit, kind } = measure);
      value = Number((value * measure.factor).toPrecision(15));
      end = measure.end;
    }
  }
  const spacedDegree = unit ? null : /^\s([CF])(?![\p{L}\p{N}'’])/u.exec(rest);
  if (spacedDegree && !r.fromWords && (TEMPERATURE_HEAD.test(before) || TEMPERATURE_WORDS.test(figureContext(body, sentences, r.start, r.start)))) {
    // "Temperatures reached 38 C", "a low of 14 F", "winds gusting to 40 km/h and a high of 30 C": Canadian and wire
    // copy set the degree letter apart from the number; a weather head right before it is enough.
    unit = `°${spacedDegree[1]}`;
    kind = "MEASURE";
    end += spacedDegree[0].length;
  }
  if (!unit && isAge(body, r, before, rest)) {
    unit = "year";
    kind = "AGE";
  }
  // "individuals aged 21-30 years", "two girls aged about 9 and 6 years": the second end of an age range (or pair)
  // with "years" after it is an age too.
  if (unit === "year" && kind === "DURATION" && /\b(?:aged?|ages)\s+(?:(?:of|between|about|around|approximately|roughly|nearly)\s+)?\d+\s*(?:to|and|or|-|–)\s*$/i.test(before)) kind = "AGE";
  if (!unit && !r.fromWords && isBareTemperature(body, sentences, r.start, before)) {
    // "Temperatures climbed to 104", "overnight lows of 18": a weather reading with no degree sign.
    unit = ctx.home === "US" ? "°F" : "°C";
    kind = "MEASURE";
  }
  // "a 6.1 earthquake", "the 5.4 quake": a decimal below ten right before a quake's noun is its magnitude.
  const quakeMagnitude = /^\d\.\d$/.test(body.slice(r.start, end)) && /^\s+(?:earthquake|quake|tremor|temblor|aftershock)s?\b/i.test(rest);
  if (!unit && (quakeMagnitude || /\bmagnitude[\s-]$|\bmagnitude of (?:about |around |nearly |some |at least )?$/i.test(before) || /^[\s-]magnitude\b/i.test(rest) || /^\s+on the Richter/i.test(rest))) {
    unit = "magnitude";
    kind = "MEASURE";
    const tail = /^[\s-]magnitude\b/i.exec(rest);
    if (tail) end += tail[0].length;
  }
  // A spelled small number is a figure only with a unit ("three years", "five-day"), its own or a range's
  // ("eight or nine euros"); "two women" is prose. The caller drops one left without a unit.
  if (r.small && (r.value === 0.5 ? kind !== "PERCENT" : !unit && !/^\s*(?:or|to|and|-|–)\s/.test(rest))) return null;
  if (r.small && !unit) return { value, kind: "COUNT", unit: "", text: body.slice(r.start, end), context: "", start: r.start, end };
  // "the rupee hit 298 to the dollar": a bare exchange rate quoted per dollar is no figure of its own.
  if (!unit && /^\s+(?:(?:to|per|against) the|per|a) (?:US |U\.S\. )?(?:dollar|euro|pound|yen|greenback)\b/i.test(rest)) return null;
  if (!unit) {
    const rate = exchangeRateCurrency(body, r, ctx);
    if (rate) {
      unit = rate;
      kind = "MONEY";
    } else if (rate === undefined) {
      const hyphened = r.fromWords ? null : hyphenedCount(rest);
      unit =
        /\bpopulation,? (?:(?:of|from|at) )?(?:about |some |nearly |over |more than |around |roughly |almost |just )?$/i.test(before) ? "people"
        : isVoteTally(before, rest) ? "votes"
        : hyphened?.unit ?? countedNounAfter(rest, r.value) ?? predicateCount(rest) ?? tallyHeadBefore(before) ?? (/\b(?:(?:crowd|attendance|audience) of|in front of(?: a crowd of)?) (?:about |some |nearly |over |more than |around |roughly |almost |just over |just under )?$/i.test(before) ? "people" : /\b(?:seats|seating)\s+(?:about |some |nearly |over |more than |around |roughly |almost |up to )?$/i.test(before) ? "seats" : null) ?? factBoxLabel(body, r.start) ?? countedOfBefore(body, r.start) ?? countedThingBefore(body, r.start) ?? countedByNumberOf(body, r.start) ?? indexLevelUnit(body, r.start) ?? "";
      if (hyphened && unit === hyphened.unit) end += hyphened.length;
      // "scored 66 times", "14 times oversubscribed": a count of occurrences (or a multiple), in "times";
      // a spelled small one ("three times higher") is prose and dropped above.
      if (unit === "time") return null;
      // "trades at 25 times earnings": a multiple of what follows is counted in times.
      if (unit.startsWith("times ")) unit = "times";
      if (unit === "times") end += body.slice(end, end + 80).indexOf("times") + 5;
      kind = "COUNT";
    } else {
      unit = "";
      kind = "COUNT";
    }
  }
  // "revenue grew 2.5x": a glued x is a multiple, counted in times ("4x4" is a vehicle, no figure).
  if (kind !== "MONEY" && kind !== "PERCENT" && kind !== "MEASURE" && !r.fromWords && /^[xX](?![\p{L}\p{N}])/u.test(body.slice(r.end, r.end + 2))) {
    unit = "times";
    kind = "COUNT";
    end = r.end + 1;
  }
  if (unit === "times") unit = timesCounted(before);
  return { value, kind: kind ?? kindOfUnit(unit), unit, text: body.slice(r.start, end), context: figureContext(body, sentences, r.start, end), start: r.start, end };
}

/** "led the medal table with 64", "a points tally of 71": a table or tally of a thing counts that thing. */
function tallyHeadBefore(before: string): string | null {
  const m = /\b(medal|point|goal|run|wicket|vote|seat|title|trophy|win)s? (?:table|tally|count|haul)\s+(?:\w+\s+){0,2}?(?:with|of|on|at|to)\s+(?:about |some |nearly |over |more than |just |only )?$/i.exec(before);
  if (!m) return null;
  const w = m[1].toLowerCase();
  return w === "trophy" ? "trophies" : `${w}s`;
}

/** "downloaded 25 million times", "viewed 3bn times": the verb before names what the times count; else "times". */
function timesCounted(before: string): string {
  const verb = /\b(download|view|stream|play|shar|visit|click|watch)e?d\s+(?:(?:more than|over|about|nearly|almost|some|around|at least)\s+)?$/i.exec(before)?.[1].toLowerCase();
  if (!verb) return "times";
  return verb === "watch" ? "views" : verb === "shar" ? "shares" : `${verb}s`;
}

// "passed 215 to 210", "passed the House 218 to 214": a chamber may stand between the verb and the tally.
const TALLY_VERB = String.raw`\b(?:passed|approved|rejected|defeated|carried|adopted)\s+(?:the\s+(?:House|Senate|Assembly|Parliament|Commons|Lords|chamber|council|Congress|Bundestag|Knesset|Dail|Dáil)\s+)?(?:by\s+)?`;
const TALLY_VERB_BEFORE = new RegExp(`${TALLY_VERB}$`, "i");
const TALLY_FIRST_END_BEFORE = new RegExp(`${TALLY_VERB}\\d+\\s*(?:to|-|–)\\s*$`, "i");

/** "by a vote of 62-38", "a 62-38 vote": both ends of a tally written with a hyphen (a score "won 3-1" is none). */
function isHyphenTally(before: string, rest: string): boolean {
  // "by a vote of 71-29", "the board voted 3-2 on Tuesday": both ends count votes.
  // "passed by voice vote, 3-0": a tally set off by a comma after "vote".
  if (/\b(?:vote of|voted|vote,)\s*$/i.test(before)) return /^[-–]\d/.test(rest);
  if (/\b(?:vote of|voted|vote,)\s*\d+[-–]$/i.test(before)) return true;
  if (/^[-–]\d+\s+(?:vote|votes|majority|decision|ruling)\b/i.test(rest)) return true;
  return /\d[-–]$/.test(before) && /^\s+(?:vote|votes|majority|decision|ruling)\b/i.test(rest);
}

/** "voted 52 to 48", "the bill passed 215 to 210", "carried by 61 votes to 40": both ends of a tally count votes. */
function isVoteTally(before: string, rest: string): boolean {
  if (isHyphenTally(before, rest)) return true;
  // "with 12 in favour and 3 against", "9 against, 2 abstained" ("18 abstentions" counts its own noun).
  if (/^\s+(?:in favou?r|against(?=\s*(?:[,.;)]|and\b|with\b|$))|abstained\b)/i.test(rest) && !/^\s+against\s+(?:the|a|an)\b/i.test(rest)) return true;
  if (/\b\d+\s+in favou?r\s+(?:and|,|to|with)\s+$/i.test(before)) return true;
  if (/\bvoted\s+(?:\d+\s+to\s+)?$/i.test(before)) return true;
  return TALLY_VERB_BEFORE.test(before) ? /^\s*(?:to|-|–)\s*\d/.test(rest) : TALLY_FIRST_END_BEFORE.test(before);
}

/** "aged 52", "Hague, 44, said", "the man, 38,", "who turned 70", "children under 5", "lowered to 16": an age in years. */
function isAge(body: string, r: RawNumber, before: string, rest: string): boolean {
  if ((r.fromWords && !r.spelled) || !Number.isInteger(r.value) || r.value <= 0 || r.value >= 120) return false;
  // "the oldest of whom was 91", "the youngest victim is 14".
  if (/\b(?:oldest|youngest)\b(?:\s+[\p{L}]+){0,3}\s+(?:was|is|were|are)\s+(?:only\s+|just\s+)?$/iu.test(before) && /^(?:[,.;]|\s+(?:and|when|but)\b|\s*$)/.test(rest)) return true;
  if (/\b(?:aged|age of|ages of|age|turned|turns|turning)\s+(?:between\s+)?$/i.test(before) || /\b(?:aged?|ages)\s+(?:of\s+|between\s+)?\w+\s*(?:to|and|or|-|–)\s*$/i.test(before)) return true;
  // "patients aged over 75", "aged under 18", "aged at least 65": a bound on an age.
  if (/\b(?:aged|ages|age of)\s+(?:over|under|above|below|at least|at most|more than|less than|upwards of|up to)\s+$/i.test(before)) return true;
  if (r.spelled) return false;
  // "He is 84 and he was sitting on a plastic chair": a person's age after "he is", "she was".
  // "I started when I was 28.": a speaker's own age the same way.
  if ((/\b(?:he|she|who)\s+(?:is|was|is now|was then)\s+$/i.test(before) || /\bI\s+(?:am|was|am now|was then)\s+$/.test(before)) && /^(?:,|\.(?:\s|$)|\s+(?:and|but|when|years)\b|\s*$)/.test(rest)) return true;
  if (/\b(?:children|kids|babies|infants|those|people|anyone|adults|youths|teenagers|pupils|girls|boys|workers|voters|employees|residents|men|women|players)\s+(?:under|over|below|above|younger than|older than|aged)\s+$/i.test(before)) return true;
  if (/\bage\b[^.;!?]{0,30}\b(?:raised|lowered|cut|increased|reduced|rise|rises|fall|falls|set)\s+to\s+$/i.test(body.slice(Math.max(0, r.start - 60), r.start))) return true;
  // "Ramesh Kumar (45), a farmer": the Indian, Irish and British style of an age in brackets after a name.
  if ((/\p{Lu}[\p{L}'’.\-]+\s\($/u.test(before) || PERSON_BEFORE_BRACKET.test(before)) && /^\)/.test(rest)) return true;
  // A number set off by commas right after a name or a person noun ("Dlamini, 58." at a sentence's end too).
  return /[\p{L}'’.\-]{2,},\s$/u.test(before) && /^(?:,|\.(?:\s|$)|\s*$)/.test(rest) && PERSON_BEFORE_COMMA.test(before);
}

/** Nouns for a person that an age may follow, set off by commas or in brackets ("the woman, 72,", "the driver (45)"). */
const PERSON_NOUNS = "(?:man|woman|boy|girl|men|women|mother|father|driver|boxer|player|general|officer|victim|suspect|teenager|student|worker|farmer|pilot|actor|actress|singer|author|chief|leader|minister|president|senator|mayor|teacher|doctor|nurse|son|daughter|wife|husband|resident|retiree|veteran|coach|striker|defender|midfielder|goalkeeper|captain|pensioner|grandmother|grandfather|accused)";
const PERSON_BEFORE_BRACKET = new RegExp(`\\b${PERSON_NOUNS}\\s\\($`, "i");
const PERSON_BEFORE_COMMA = new RegExp(`\\p{Lu}[\\p{L}'’.\\-]+,\\s$|\\b(?:${PERSON_NOUNS}|who)\\s*,\\s$`, "iu");

interface MeasureReading {
  unit: string;
  kind: FigureKindName;
  factor: number;
  end: number;
}

/** A unit of measure or time after the number, as API.md writes it; "skip" for a relative date ("five years ago"). */
function readMeasure(body: string, r: RawNumber, ctx: CurrencyContext): MeasureReading | "skip" | null {
  let found = unitAfter(body, r.end);
  let from = r.end;
  // "36 consecutive months": an adjective may stand between a number and its time unit.
  const adjective = found ? null : /^[\s-](?:consecutive|straight|successive|full|long|whole|more|further|additional)(?=\s)/.exec(body.slice(r.end, r.end + 16));
  if (adjective) {
    from = r.end + adjective[0].length;
    found = unitAfter(body, from);
    if (found?.kind !== "DURATION") return null;
  }
  if (!found) return null;
  let end = from + found.length;
  const surface = body.slice(r.end, end).trim().replace(/^-/, "").toLowerCase();
  let unit = found.symbol;
  if (/^pounds?$/.test(surface) && ctx.home !== "US" && !/^-/.test(body.slice(r.end, r.end + 1))) return null; // "500 pounds" outside the US is money, read above
  if (/^(?:degrees?|°|º)$/.test(surface) && ctx.home === "US") unit = "°F";
  if (unit === "m" && /^m\s+(?:\p{Ll}+|\p{Lu}{2,}s?\b)/u.test(body.slice(r.end, r.end + 20))) {
    // "1.2m tons": million of the unit that follows; "5m people": million of the things, not metres.
    const next = unitAfter(body, end);
    if (next && next.kind === "MEASURE") return { unit: next.symbol, kind: "MEASURE", factor: 1e6 * next.factor, end: end + next.length };
    const noun = countedThingAfter(body.slice(end, end + 80));
    const head = noun?.split(" ").pop() ?? "";
    if (noun && (isPlural(head) || isCountAcronym(noun.toUpperCase()) || /^(?:people|children|men|women|sheep|cattle|livestock)$/.test(head))) return { unit: noun, kind: "COUNT", factor: 1e6, end };
  }
  if (found.kind !== "DURATION") return { unit, kind: "MEASURE", factor: found.factor, end };
  const after = body.slice(end, end + 24);
  const old = /^(?:-|\s)olds?\b/i.exec(after); // "a 7-year-old", "15-to-24-year-olds"
  if (old) return { unit, kind: "AGE", factor: 1, end: end + old[0].length };
  if (/^\s+ago\b/i.test(after) && !/^-/.test(body.slice(r.end, r.end + 1))) return "skip";
  // "a one-day international", "the one-day format": the name of a cricket format, not a span.
  if (r.value === 1 && /^\s+(?:match|matches|international|internationals|series|game|games|format|cricket|side|squad|cup|team)\b/i.test(after)) return "skip";
  const sentenceBefore = body.slice(Math.max(0, r.start - 90), r.start);
  // "the lowest reading in four years": a spelled span after a superlative dates a record, it claims no duration.
  if (r.spelled && SUPERLATIVE_FRAME.test(sentenceBefore.slice(Math.max(sentenceBefore.lastIndexOf(". "), 0)))) return "skip";
  return { unit, kind: "DURATION", factor: found.factor, end };
}

/** Currencies whose hundredth news copy writes as "cents" or a glued "c". */
const CENT_CURRENCIES = new Set(["EUR", "ZAR", "AUD", "NZD", "CAD", "SGD", "HKD", "KES"]);

/** "15 cents a share", "40p", "52c", "42¢", "66.2 US cents": a hundredth of the story's currency (or the one named). */
function subunitAfter(rest: string, r: RawNumber, ctx: CurrencyContext): { code: string; length: number; factor: number } | null {
  // "50 pesewas", "20 kobo", "75 paise", "15 halalas": a named subunit of the currency it divides.
  const word = /^\s(\p{Ll}+)(?![\p{L}\p{N}])/u.exec(rest);
  const named = word ? SUBUNITS.get(word[1]) : undefined;
  if (named) {
    const local = named.codes.find((code) => [ctx.countryAt(r.start), ctx.home, ctx.outletCountry].some((cc) => countryUses(cc, code)) || usedInArticle(code, ctx));
    const code = local ?? (named.distinctive ? resolveCurrency(named.codes, ctx.countryAt(r.start), ctx.home, ctx.weights) : null);
    if (code) return { code, length: word![0].length, factor: 1 / subunitsPerUnit(code) };
  }
  // "ANZ jumped 42¢": the cent sign after the amount.
  const m = /^(?:\s(?:cents?|euro cents?|pence|(?:US|U\.S\.) cents?)|-cents?|-pence|p|c|¢)(?![\p{L}\p{N}])/u.exec(rest);
  if (!m) return null;
  const euro = /euro/.test(m[0]);
  const us = /U\.?S/.test(m[0]);
  const pence = /pence|p$/.test(m[0]);
  if ((m[0] === "p" || m[0] === "c" || m[0] === "¢") && r.fromWords) return null;
  const home = homeCurrency(r.start, ctx);
  // A cent is a hundredth of the story's own currency where that currency has cents ("52c a litre" in Johannesburg).
  const code = euro ? "EUR" : us ? "USD" : pence ? "GBP" : ctx.localDollar ?? (home && CENT_CURRENCIES.has(home) ? home : "USD");
  return { code, length: m[0].length, factor: 0.01 };
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

/** Currencies the "/-" suffix stands for: the shillings and rupees. */
const SLASH_DASH_CURRENCIES = new Set([...(CURRENCY_PHRASES.get("shilling") ?? []), ...(CURRENCY_PHRASES.get("rupee") ?? [])]);

const RANGE_GAP = /^\s*(?:and|to|or|-to-|-|–|—)\s*(?:[^\s\d]{1,3}\s?)?$/;
const HOMOGRAPH_FOLLOWERS = new Set("a an per in for each to from and or on of as at by the while but compared with than".split(" "));
const UNIT_WORD_RE = /[\p{L}][\p{L}\p{M}'’ʻ.\-]*/uy;

let symbolAfterRe: RegExp | null = null;

/** The currency sign right after an amount that its own locale writes there, with the length it takes. */
function symbolAfter(rest: string): { codes: string[]; length: number } | null {
  const symbols = symbolsAfterAmount();
  symbolAfterRe ??= new RegExp(`^[ \u00a0]?(?:${[...symbols.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|")})(?![\p{L}\p{N}])`, "u");
  const m = symbolAfterRe.exec(rest);
  return m ? { codes: symbols.get(m[0].trim())!, length: m[0].length } : null;
}

/** "1.2 million soles", "500 million Norwegian kroner", "12.7 billion MXN": the currency after an amount. */
function currencyAfter(rest: string, r: RawNumber, ctx: CurrencyContext): { code: string; length: number; factor: number } | null {
  // "45 million zł", "120 Kč", "1,200€": a sign its own country writes after the amount.
  const sign = symbolAfter(rest);
  if (sign) return { code: resolveCurrency(sign.codes, ctx.countryAt(r.start), ctx.home, ctx.weights), length: sign.length, factor: 1 };
  // "a 545bn/- contract": East African and South Asian copy writes shillings and rupees as "/-" after the amount.
  if (/^\/-/.test(rest)) {
    const home = homeCurrency(r.start, ctx);
    if (home && SLASH_DASH_CURRENCIES.has(home)) return { code: home, length: 2, factor: 1 };
  }
  const code = /^\s([A-Z]{3})(?![\p{L}\p{N}])/u.exec(rest);
  if (code && ISO_CURRENCY_CODES.has(code[1])) return { code: code[1], length: code[0].length, factor: 1 };
  const words: Array<{ text: string; end: number }> = [];
  let at = 0;
  // "a 480 million-peso contract", "a 500-rupee note": a hyphen may join the amount to its currency word.
  while (words.length < CURRENCY_PHRASE_MAX_WORDS && (rest[at] === " " || (at === 0 && rest[0] === "-"))) {
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
    return { code: chosen, length: words[n - 1].end, factor: 1 };
  }
  return null;
}


/** How far back (characters) a bare lakh or crore looks for the count it continues. */
const CARRIED_SCALE_REACH = 160;

/**
 * "4.8 lakh passengers … 15 lakh", "of the 1.03 crore registered voters, 54.2 lakh voted": the plural noun a number on
 * the Indian scale (lakh or crore, one adjective allowed before the noun) counted just before, or null.
 */
function countOnScaleBefore(body: string, start: number): string | null {
  const before = body.slice(Math.max(0, start - CARRIED_SCALE_REACH), start);
  let noun: string | null = null;
  for (const m of before.matchAll(/\d[\d.,]*\s+(?:lakh|crore)s?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu)) {
    const found = isCountNoun(m[1]) ? m[1] : m[2] && /(?:ed|al|ive|ic|ent|ant|ble|ary|ous)$/.test(m[1]) && isPlural(m[2]) && isCountNoun(m[2]) ? `${m[1]} ${m[2]}` : null;
    // An amount of rupees in between ("Rs 15 crore was spent") ends the count; a clause word ("were") does not.
    if (/(?:Rs\.?|₹|INR)\s?$/.test(before.slice(Math.max(0, m.index! - 5), m.index!))) noun = null;
    else if (found) noun = found;
  }
  return noun;
}
