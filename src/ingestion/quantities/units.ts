import Qty from "js-quantities";

/**
 * Units of measure and of time, built once at module load from js-quantities' unit table (its names,
 * plurals and symbols, with SI prefixes) and mapped onto API.md's symbols. Only spellings news prose
 * uses beyond that table ("kilometre per hour", "bhp", "sq km", "°C") are added by hand.
 */

export type UnitKind = "MEASURE" | "DURATION";

export interface UnitEntry {
  /** API.md's symbol ("km", "°C") or time unit ("year"). */
  symbol: string;
  kind: UnitKind;
  /** Multiplier into `symbol` ("decades" -> 10 years). */
  factor: number;
}

/** API.md's measure symbols, with js-quantities' canonical unit for each (null: no such unit there). */
const API_SYMBOLS: Array<[string, string | null]> = [
  ["km", "km"], ["m", "m"], ["cm", "cm"], ["mm", "mm"], ["mi", "mi"], ["ft", "ft"], ["in", "in"], ["yd", "yd"],
  ["kg", "kg"], ["g", "g"], ["mg", "mg"], ["t", "t"], ["lb", "lbs"], ["oz", "oz"],
  ["L", "l"], ["mL", "ml"], ["gal", "gal"], ["bbl", "bbl"],
  ["km2", "km2"], ["m2", "m2"], ["ha", "hectare"], ["acre", "acre"],
  ["km/h", "kph"], ["mph", "mph"], ["kn", "kt"],
  ["kW", "kW"], ["MW", "MW"], ["GW", "GW"], ["kWh", "kWh"], ["MWh", "MWh"], ["GWh", "GWh"], ["TWh", "TWh"], ["hp", "hp"],
  ["GB", "GB"], ["TB", "TB"], ["MB", "MB"], ["Hz", "Hz"], ["kHz", "kHz"], ["MHz", "MHz"], ["GHz", "GHz"],
  ["°C", "degC"], ["°F", "degF"], ["nm", "nm"], ["W", "W"],
  // Specs, science and health pages: pressure, data rates, small masses and lengths, electrical units.
  ["psi", "psi"], ["kPa", "kPa"], ["hPa", "hPa"], ["µg", "ug"], ["µm", "um"], ["Mbps", "Mbps"], ["Gbps", "Gbps"], ["kbps", "kbps"],
  ["V", "V"], ["Wh", "Wh"], ["kVA", "kVA"], ["MVA", "MVA"], ["kcal", "kcal"],
];
/** Symbol -> entry, exact case ("MW", "km"); words -> entry, lower case ("megawatts", "kilometres"). */
const BY_SYMBOL = new Map<string, UnitEntry>();
const BY_WORD = new Map<string, UnitEntry>();
/** Lower-case form of every API symbol -> the symbol, for reading a filter's unit in any case. */
const SYMBOL_BY_LOWER = new Map<string, string>();

/** Symbols too short or too common as English words to trust after a space: only glued to the number ("12in", "1.0l"). */
const GLUED_ONLY = new Set(["in", "t", "g", "l", "L", "m", "B", "W", "V", "kt", "'", '"', "#", "ha", "kn", "mi", "nm", "yd", "C", "F"]);
/** Symbols read only glued to the number ("5t", "12in"). */
const GLUED = new Map<string, UnitEntry>();

function add(surface: string, entry: UnitEntry): void {
  if (/^[\p{Ll}][\p{Ll} -]{2,}$/u.test(surface) && !GLUED_ONLY.has(surface)) {
    if (!BY_WORD.has(surface)) BY_WORD.set(surface, entry);
    return;
  }
  if (GLUED_ONLY.has(surface)) {
    if (!GLUED.has(surface)) GLUED.set(surface, entry);
    return;
  }
  if (!BY_SYMBOL.has(surface)) BY_SYMBOL.set(surface, entry);
}

/** Every spelling js-quantities accepts for a canonical unit: the unit's own aliases, or prefix + base aliases. */
function spellingsOf(canonical: string): string[] {
  const out = new Set<string>([canonical]);
  try {
    for (const a of Qty.getAliases(canonical)) out.add(a);
  } catch {
    // A prefixed unit ("km", "MWh"): prefix aliases times base aliases.
    const prefixes: Array<[string, string]> = [["k", "kilo"], ["M", "mega"], ["G", "giga"], ["T", "tera"], ["c", "centi"], ["m", "milli"], ["n", "nano"]];
    for (const [symbol, word] of prefixes) {
      if (!canonical.startsWith(symbol)) continue;
      const base = canonical.slice(symbol.length);
      try {
        for (const a of Qty.getAliases(base)) {
          out.add(/^[\p{Ll}]{3,}/u.test(a) ? word + a : symbol + a);
        }
      } catch {
        continue;
      }
    }
  }
  return [...out];
}

for (const [symbol, canonical] of API_SYMBOLS) {
  SYMBOL_BY_LOWER.set(symbol.toLowerCase(), symbol);
  const entry: UnitEntry = { symbol, kind: "MEASURE", factor: 1 };
  add(symbol, entry);
  if (!canonical) continue;
  // Check the library reads each spelling as this unit before taking it.
  for (const spelling of spellingsOf(canonical)) {
    if (/[\d^'"#]/.test(spelling) || spelling.length === 0) continue;
    try {
      if (Qty(`1 ${spelling}`).isCompatible(Qty(`1 ${canonical}`))) add(spelling, entry);
    } catch {
      continue;
    }
  }
}
// The time units: js-quantities' names, as API.md's singular words.
for (const unit of ["second", "minute", "hour", "day", "week", "year"]) {
  const entry: UnitEntry = { symbol: unit, kind: "DURATION", factor: 1 };
  for (const spelling of Qty.getAliases(unit)) if (spelling.length > 2) add(spelling.toLowerCase(), entry);
}
const decade: UnitEntry = { symbol: "year", kind: "DURATION", factor: 10 };
add("decade", decade);
add("decades", decade);
for (const [word, symbol] of [["month", "month"], ["months", "month"], ["hrs", "hour"], ["hr", "hour"], ["mins", "minute"], ["secs", "second"], ["sec", "second"], ["yrs", "year"]] as const) {
  add(word, { symbol, kind: "DURATION", factor: 1 });
}
// News spellings outside the library's table.
const EXTRA: Array<[string, string]> = [
  ["kilometres per hour", "km/h"], ["kilometers per hour", "km/h"], ["kilometre per hour", "km/h"], ["km/hr", "km/h"], ["kmph", "km/h"], ["kph", "km/h"],
  ["miles per hour", "mph"], ["miles an hour", "mph"], ["knots", "kn"], ["knot", "kn"],
  ["square kilometres", "km2"], ["square kilometers", "km2"], ["square kilometre", "km2"], ["square kilometer", "km2"], ["sq km", "km2"], ["sqkm", "km2"], ["km²", "km2"],
  ["square metres", "m2"], ["square meters", "m2"], ["square metre", "m2"], ["square meter", "m2"], ["sq m", "m2"], ["m²", "m2"], ["sqm", "m2"],
  ["square miles", "mi2"], ["square mile", "mi2"], ["sq mi", "mi2"], ["square feet", "ft2"], ["square foot", "ft2"], ["sq ft", "ft2"], ["sqft", "ft2"],
  ["hectares", "ha"], ["hectare", "ha"], ["acres", "acre"], ["acre", "acre"],
  ["tonnes", "t"], ["tonne", "t"], ["metric tons", "t"], ["metric tonnes", "t"], ["tons", "t"], ["ton", "t"], ["MT", "t"],
  ["barrels", "bbl"], ["barrel", "bbl"], ["cubic metres", "m3"], ["cubic meters", "m3"], ["cubic metre", "m3"],
  ["bhp", "hp"], ["horsepower", "hp"], ["brake horsepower", "hp"], ["mAh", "mAh"], ["bushels", "bu"], ["bushel", "bu"],
  ["degrees celsius", "°C"], ["degrees centigrade", "°C"], ["degree celsius", "°C"], ["°c", "°C"], ["ºC", "°C"], ["℃", "°C"],
  ["degrees fahrenheit", "°F"], ["degree fahrenheit", "°F"], ["°f", "°F"], ["ºF", "°F"], ["℉", "°F"],
  ["litres", "L"], ["liters", "L"], ["litre", "L"], ["liter", "L"], ["millilitres", "mL"], ["milliliters", "mL"], ["ml", "mL"],
  ["nautical miles", "nmi"], ["nautical mile", "nmi"], ["lbs", "lb"], ["pounds-weight", "lb"],
  ["gigabytes", "GB"], ["terabytes", "TB"], ["megabytes", "MB"], ["megapixels", "MP"], ["megapixel", "MP"], ["MP", "MP"],
  ["terawatt-hours", "TWh"], ["gigawatt-hours", "GWh"], ["megawatt-hours", "MWh"], ["kilowatt-hours", "kWh"], ["terawatt hours", "TWh"], ["gigawatt hours", "GWh"], ["megawatt hours", "MWh"], ["kilowatt hours", "kWh"],
  ["megalitres", "ML"], ["megaliters", "ML"], ["megalitre", "ML"], ["ML", "ML"], ["kilolitres", "kL"], ["kiloliters", "kL"], ["kilolitre", "kL"], ["kiloliter", "kL"], ["kL", "kL"],
  // A ship's size: deadweight tonnage ("a 180,000 dwt bulker").
  ["dwt", "dwt"], ["DWT", "dwt"], ["deadweight tonnes", "dwt"], ["deadweight tons", "dwt"], ["bpd", "bbl/d"], ["b/d", "bbl/d"],
  ["mtpa", "Mt/a"], ["million tonnes per annum", "Mt/a"], ["million tonnes a year", "Mt/a"], ["cubic metres per second", "m3/s"], ["cubic meters per second", "m3/s"],
  ["kV", "kV"], ["kilovolts", "kV"], ["kilovolt", "kV"], ["kilogramme", "kg"], ["kilogrammes", "kg"], ["kilo", "kg"], ["kilos", "kg"], ["miles per gallon", "mpg"], ["PS", "PS"], ["Nm", "N·m"], ["newton metres", "N·m"], ["newton-metres", "N·m"],
  ["megabits per second", "Mbps"], ["gigabits per second", "Gbps"], ["micrograms", "µg"], ["microgram", "µg"], ["mcg", "µg"], ["μg", "µg"],
  ["microns", "µm"], ["micron", "µm"], ["micrometres", "µm"], ["micrometers", "µm"], ["μm", "µm"], ["lb-ft", "lb·ft"], ["pound-feet", "lb·ft"],
  ["cubic feet", "ft3"], ["cubic foot", "ft3"], ["kilocalories", "kcal"], ["calories", "kcal"], ["millibars", "mbar"], ["hectopascals", "hPa"],
  ["parts per million", "ppm"], ["ppm", "ppm"], ["parts per billion", "ppb"], ["ppb", "ppb"],
  // Singular energy units before a noun ("a 2,000 megawatt-hour battery"), speeds in metres per second, fuel economy in km per litre.
  ["megawatt-hour", "MWh"], ["megawatt hour", "MWh"], ["kilowatt-hour", "kWh"], ["kilowatt hour", "kWh"], ["gigawatt-hour", "GWh"], ["gigawatt hour", "GWh"],
  ["metres per second", "m/s"], ["meters per second", "m/s"], ["metre per second", "m/s"], ["meter per second", "m/s"], ["m/s", "m/s"],
  ["km per hour", "km/h"], ["km per litre", "km/L"], ["km per liter", "km/L"], ["kilometres per litre", "km/L"], ["kilometers per liter", "km/L"], ["kmpl", "km/L"],
  ["degrees", "°C"], ["degree", "°C"], ["rpm", "rpm"], ["m.p.h.", "mph"], ["m.p.h", "mph"], ["km/hr", "km/h"], ["mpg", "mpg"], ["kmh", "km/h"], ["km/h", "km/h"], ["mph", "mph"],
];
// "41C", "2.5C": British papers glue a bare C (or F) to the number for degrees.
GLUED.set("C", { symbol: "°C", kind: "MEASURE", factor: 1 });
GLUED.set("F", { symbol: "°F", kind: "MEASURE", factor: 1 });
for (const [surface, symbol] of EXTRA) {
  const entry: UnitEntry = { symbol, kind: "MEASURE", factor: 1 };
  SYMBOL_BY_LOWER.set(symbol.toLowerCase(), symbol);
  if (/^[\p{Ll} -]+$/u.test(surface) && surface.length > 2) BY_WORD.set(surface, entry);
  else BY_SYMBOL.set(surface, entry);
}
// Gas-trade abbreviations that carry their own scale: "7 bcm" is seven billion cubic metres.
const SCALED_EXTRA: Array<[string, string, number]> = [
  ["bcm", "m3", 1e9], ["BCM", "m3", 1e9], ["mcm", "m3", 1e6], ["MMcm", "m3", 1e6], ["bcf", "ft3", 1e9], ["Bcf", "ft3", 1e9], ["tcf", "ft3", 1e12], ["Tcf", "ft3", 1e12],
];
for (const [surface, symbol, factor] of SCALED_EXTRA) {
  const entry: UnitEntry = { symbol, kind: "MEASURE", factor };
  if (/^[\p{Ll} -]+$/u.test(surface) && surface.length > 2) BY_WORD.set(surface, entry);
  else BY_SYMBOL.set(surface, entry);
}
/** Longest unit phrase in words, for the look-ahead. */
const MAX_WORDS = Math.max(...[...BY_WORD.keys()].map((k) => k.split(/[ -]/).length));

export interface UnitMatch extends UnitEntry {
  /** Characters from the number's end to the unit's end. */
  length: number;
}

const WORD_AT = /[\p{L}°º℃℉²'"#/][\p{L}\p{N}°º²/.-]*/uy;

/**
 * "deepen the channel to 16 m would", "a 16 m draught": a spaced "m" is metres when the word after it is no
 * plural it could scale ("16 m people", "16 m tonnes" are millions), and nothing glued follows.
 */
function spacedMetres(text: string, token: string, end: number): boolean {
  if (token !== "m") return false;
  const next = /^(?:\s+(\p{L}+))?/u.exec(text.slice(end, end + 24))?.[1];
  if (!next) return /^(?:[.,;:)]|\s|$)/.test(text.slice(end, end + 1));
  return /^\p{Ll}/u.test(next) && !/s$/.test(next) && !/^(?:people|euros?|dollars?|pounds?|yen|yuan|won|rand|naira|rupees?|men|women|children|cattle|sheep|barrels?|tonnes?|tons?)$/.test(next);
}

/**
 * The unit written right after a number that ends at `at` ("12.3 million tonnes", "640 bhp", "1.0l", "35°C"),
 * or null. Looks at a few words only, so the cost per number is bounded.
 */
export function unitAfter(text: string, at: number): UnitMatch | null {
  let pos = at;
  const glued = pos < text.length && !/\s/.test(text[pos]);
  if (text[pos] === "-" && /\p{L}/u.test(text[pos + 1] ?? "")) pos++; // "24-hour", "80-yard"
  else if (text[pos] === " " ) pos++;
  if (text[pos] === " ") return null;
  // Symbols first, exact case: "MW", "km/h", "°C".
  WORD_AT.lastIndex = pos;
  const first = WORD_AT.exec(text);
  if (!first) {
    if (text.startsWith("°", pos) || text.startsWith("º", pos)) {
      const sym = /^[°º]\s?([CF])(?![\p{L}])/u.exec(text.slice(pos, pos + 4));
      if (sym) return { symbol: `°${sym[1]}`, kind: "MEASURE", factor: 1, length: pos - at + sym[0].length };
    }
    return null;
  }
  let token = first[0].replace(/[.,;:]+$/, "");
  // A trailing hyphen joins the next word ("1.5-litre"), which the word pass below reads.
  const symbolEnd = pos + token.length;
  const boundaryOk = !/[\p{L}\p{N}]/u.test(text[symbolEnd] ?? "");
  if (boundaryOk) {
    const bySymbol = BY_SYMBOL.get(token) ?? (glued || spacedMetres(text, token, symbolEnd) ? GLUED.get(token) : undefined);
    // "13.2 km per litre": a rate spelled after the symbol is the longer unit.
    if (bySymbol) return (text.startsWith(" per ", symbolEnd) ? unitInWords(text, at, pos) : null) ?? { ...bySymbol, length: symbolEnd - at };
    const degree = /^[°º]([CF])?$/.exec(token);
    // "hit 117°": a bare degree sign is a temperature (readMeasure reads °F in a US story).
    if (degree) return { symbol: `°${degree[1] ?? "C"}`, kind: "MEASURE", factor: 1, length: symbolEnd - at };
  }
  return unitInWords(text, at, pos);
}

/** The unit phrase in words from `pos`, lower case, longest phrase first: "square kilometres", "miles per hour". */
function unitInWords(text: string, at: number, pos: number): UnitMatch | null {
  const words: Array<{ text: string; end: number }> = [];
  let cursor = pos;
  for (let i = 0; i < MAX_WORDS + 1; i++) {
    const w = /^[\p{L}°º]+/u.exec(text.slice(cursor, cursor + 24));
    if (!w) break;
    words.push({ text: w[0].toLowerCase(), end: cursor + w[0].length });
    cursor += w[0].length;
    const sep = text[cursor];
    if (sep !== " " && sep !== "-") break;
    cursor++;
  }
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).map((w) => w.text).join(" ");
    const hyphened = words.slice(0, n).map((w) => w.text).join("-");
    const entry = BY_WORD.get(phrase) ?? BY_WORD.get(hyphened) ?? (n === 1 && words[0].text.length > 2 ? BY_SYMBOL.get(words[0].text) : undefined);
    if (entry && !/[\p{L}\p{N}]/u.test(text[words[n - 1].end] ?? "")) return { ...entry, length: words[n - 1].end - at };
  }
  return null;
}

/** A filter's unit in the form stored: a measure symbol in its own case ("mw" -> "MW"), else null. */
export function measureSymbol(unit: string): string | null {
  return SYMBOL_BY_LOWER.get(unit.trim().toLowerCase()) ?? null;
}

/** Whether `unit` is one of the measure symbols this module writes. */
export function isMeasureSymbol(unit: string): boolean {
  return SYMBOL_BY_LOWER.get(unit.toLowerCase()) === unit || unit === "magnitude";
}
