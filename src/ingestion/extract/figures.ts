import { COUNTRY_SURFACES } from "../lexicons/countries";
import { Span, spanAt } from "../text/sentences";
import type { ExtractedFigure } from "../types";

const CURRENCY_SYMBOLS: Record<string, string> = {
  "US$": "USD", "U.S.$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
  "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
  "₴": "UAH", "₺": "TRY", "₪": "ILS", "₦": "NGN", "CHF": "CHF", "Rs": "INR", "Rs.": "INR",
};
const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", "us dollars": "USD", "u.s. dollars": "USD", euro: "EUR", euros: "EUR",
  pound: "GBP", pounds: "GBP", "pounds sterling": "GBP", sterling: "GBP", yen: "JPY", yuan: "CNY", renminbi: "CNY",
  rupee: "INR", rupees: "INR", won: "KRW", rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB",
  hryvnia: "UAH", hryvnias: "UAH", lira: "TRY", liras: "TRY", shekel: "ILS", shekels: "ILS",
  franc: "CHF", francs: "CHF", "swiss francs": "CHF", naira: "NGN", rand: "ZAR", peso: "MXN", pesos: "MXN",
  real: "BRL", reais: "BRL", ringgit: "MYR", baht: "THB", dong: "VND", rupiah: "IDR", riyal: "SAR", riyals: "SAR",
  dirham: "AED", dirhams: "AED", krona: "SEK", kronor: "SEK", krone: "NOK", kroner: "NOK", zloty: "PLN", zlotys: "PLN",
  forint: "HUF", lari: "GEL", tenge: "KZT", "canadian dollars": "CAD", "australian dollars": "AUD",
  "hong kong dollars": "HKD", "new zealand dollars": "NZD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
  "new taiwan dollars": "TWD", "euro cents": "EUR", bitcoin: "BTC",
};
const CURRENCY_CODES = new Set(["USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "KRW", "RUB", "UAH", "TRY", "ILS", "CHF", "CAD", "AUD", "HKD", "NZD", "SGD", "BRL", "MXN", "ZAR", "NGN", "SEK", "NOK", "DKK", "PLN", "HUF", "CZK", "SAR", "AED", "GEL", "KZT", "TWD"]);
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, t: 1e12,
};
// Scales that may be read without a currency ("5m people" is ambiguous, "5 million people" is not).
const WORD_SCALES = new Set(["thousand", "million", "billion", "trillion", "bn", "mn", "tn", "mln", "bln"]);
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

const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/\-+#])` +
    String.raw`(?:(?<cur>US\$|U\.S\.\$|AU\$|CA\$|HK\$|NZ\$|[ACSR]\$|\$|€|£|¥|₹|₩|₽|₴|₺|₪|₦|(?:USD|EUR|GBP|JPY|CNY|CHF|INR)\s?|Rs\.?\s?)\s?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:\s?(?<scale>thousand|million|billion|trillion|mln|bln|mn|bn|tn|trn|[mkbt])(?![\p{L}\p{N}]))?`,
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

/** Numbers that count or measure something, in order of appearance, with their unit and sentence. */
/** Currency words shared by several countries, read by the country the article is about. */
const SHARED_CURRENCY_WORDS: Record<string, Record<string, string>> = {
  rupee: { NP: "NPR", PK: "PKR", LK: "LKR", MU: "MUR", SC: "SCR" },
  peso: { PH: "PHP", AR: "ARS", CO: "COP", CL: "CLP", UY: "UYU", DO: "DOP", CU: "CUP" },
  dinar: { IQ: "IQD", JO: "JOD", KW: "KWD", BH: "BHD", DZ: "DZD", TN: "TND", LY: "LYD", RS: "RSD" },
  franc: { FR: "EUR", XO: "XOF", SN: "XOF", CI: "XOF", ML: "XOF", BF: "XOF", NE: "XOF", CM: "XAF", TD: "XAF", CD: "CDF", RW: "RWF", BI: "BIF", GN: "GNF" },
  shilling: { KE: "KES", UG: "UGX", TZ: "TZS", SO: "SOS" },
  krona: { IS: "ISK", SE: "SEK" },
  krone: { DK: "DKK", NO: "NOK" },
  kroner: { DK: "DKK", NO: "NOK" },
  kronor: { SE: "SEK" },
  crown: { NO: "NOK", DK: "DKK", SE: "SEK", CZ: "CZK", IS: "ISK" },
  dollar: {},
};

/** Numbers that count or measure something, in order of appearance, with their unit and sentence. */
export function extractFigures(
  body: string,
  sentences: Span[],
  homeCountry: string | null = null,
  countryAt: (offset: number) => string | null = () => null,
): ExtractedFigure[] {
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
    const currency = m.groups!.cur ? CURRENCY_SYMBOLS[m.groups!.cur] ?? null : null;
    raw.push({ start: m.index!, end: m.index! + m[0].length, value, currency, scaled: true, fromWords: true });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of body.matchAll(NUMBER_RE)) {
    const start = m.index!;
    let end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    const g = m.groups!;
    let scaleWord: string | undefined = g.scale?.toLowerCase();
    const curText = g.cur?.trim();
    const currency = curText ? CURRENCY_SYMBOLS[curText] ?? (CURRENCY_CODES.has(curText) ? curText : null) : null;
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
  for (const r of raw) {
    // A shared currency word ("crowns", "rupees") belongs to the country named in its sentence, else the article's.
    const figure = describe(body, sentences, r, countryAt(r.start) ?? homeCountry);
    if (!figure) continue;
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
  if (/^[\-–]\d/.test(after) || /\d[\-–]$/.test(before)) return true; // 4-1, 2024-25
  if (/\d[\s.]$/.test(before) || /^\s\d/.test(after)) return true; // phone-like groups
  if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|local time|hrs\b)/i.test(after)) return true;
  const prevWord = /([\p{L}.]+)\.?\s*$/u.exec(before)?.[1] ?? "";
  if (MONTHS.test(prevWord) && integer && n <= 31) return true; // June 3
  const nextWord = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? "";
  if (MONTHS.test(nextWord) && integer && n <= 31) return true; // 3 June
  if (/^(?:-|\s)?(?:year|years)[\s-]old|^-year-old|^-(?:year|day|week|month|hour|minute)\b/i.test(after)) return true;
  if (/\b(?:aged|age|ages|magnitude|magnitude-)\s*$/i.test(before) || /^-?\s?magnitude\b/i.test(after)) return true;
  if (/(?:No\.|number|Nos\.|#|Article|Section|Chapter|Resolution|Flight|Route|Highway|Room|Page|Phase|Stage|Episode|Season|Level|Grade|Category|Type|Model|Block|Unit|Gate|Terminal|Platform|Line|Item|Rule|Title|Paragraph|Amendment|Act|Group|Division|Brigade|Battalion|Regiment|Corps|Army|Fleet|Squadron)\s*$/.test(before)) return true;
  if (/\p{Lu}[\p{L}]*[\s-]$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{L}]*\s$/u.test(before) && !/\b(?:The|A|About|Some|Nearly|Almost|Over|Around|Only|Just|More|Less|At|All|By|In|On|Of|For|From|With|And|Or|To|Than|Under|Another|Roughly|Approximately|Least|Most)\s$/.test(before)) {
    // "Resolution 2231", "Su 57", "Gen 5": a capitalised name before a bare number
    return true;
  }
  if (/,\s*$/.test(before) && /^\s*,/.test(after) && /\p{Lu}\p{Ll}+,\s*$/u.test(before)) return true; // "John Smith, 45, said"
  return false;
}

function describe(body: string, sentences: Span[], r: RawNumber, homeCountry: string | null): ExtractedFigure | null {
  let end = r.end;
  let unit: string | null = r.currency;
  const rest = body.slice(end, end + 60);
  let m: RegExpExecArray | null;
  if ((m = /^\s?(?:%|percent\b|per cent\b|percentage points?\b|pct\b)/i.exec(rest))) {
    unit = /point/i.test(m[0]) ? "percentage points" : "%";
    end += m[0].length;
  } else if (!unit && (m = /^\s(?:(?:us|u\.s\.|canadian|australian|hong kong|new zealand|singapore|new taiwan|taiwan|swiss|euro)\s)?(?:[\p{L}]+)/iu.exec(rest))) {
    const phrase = m[0].trim().toLowerCase();
    const singular = phrase.replace(/s$/, "");
    const local = homeCountry ? SHARED_CURRENCY_WORDS[singular]?.[homeCountry] ?? SHARED_CURRENCY_WORDS[phrase]?.[homeCountry] : undefined;
    const code = local ?? CURRENCY_WORDS[phrase] ?? (CURRENCY_CODES.has(m[0].trim()) ? m[0].trim() : undefined);
    // "won", "real" and "pounds" are ordinary words too: take them as money only after a scale word.
    const ambiguous = phrase === "won" || phrase === "real" || phrase === "pound" || phrase === "pounds";
    if (code && (!ambiguous || r.scaled)) {
      unit = code;
      end += m[0].length;
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
    unit = countedThingAfter(rest) ?? countedThingBefore(body, r.start) ?? "";
  }
  if (r.fromWords && !r.scaled) return null;
  const sentence = spanAt(sentences, r.start);
  const context = sentence ? body.slice(sentence.start, sentence.end) : body.slice(Math.max(0, r.start - 100), Math.min(body.length, end + 100));
  return { value: r.value, unit, text: body.slice(r.start, end), context, start: r.start, end };
}

// Words ending in -ly that are not adverbs ("monthly users", "elderly people").
const NOT_ADVERBS = new Set(["monthly", "daily", "weekly", "yearly", "quarterly", "hourly", "nightly", "early", "elderly", "family", "friendly", "assembly", "supply", "ally", "italy", "rally", "bully", "lily", "belly", "jelly", "holy", "only"]);

/** "1.6 million artillery shells allegedly delivered" -> "artillery shells". */
function countedThingAfter(rest: string): string | null {
  const words = /^\s?((?:[\p{L}][\p{L}'’\-]*|[\p{Lu}\p{N}][\p{L}\p{N}\-]*)(?:\s+[\p{L}][\p{L}'’\-]*){0,5})/u.exec(rest);
  if (!words) return null;
  const list = words[1].split(/\s+/);
  const out: string[] = [];
  let i = 0;
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
    out.push(lower);
  }
  while (out.length > 1 && /(?:ed)$/.test(out[out.length - 1])) out.pop();
  if (out.length === 0) return null;
  if (out.length === 1 && /(?:ed|ing)$/.test(out[0]) && !/(?:ing)s$/.test(out[0])) return null;
  return out.join(" ");
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
