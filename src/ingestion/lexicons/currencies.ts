import worldCountries from "world-countries";

/**
 * Currency lexicon, built once at module load from data rather than by hand:
 * ISO 4217 codes from `Intl.supportedValuesOf("currency")`, English names and their plurals from
 * CLDR (`Intl.DisplayNames` / `Intl.NumberFormat` with `currencyDisplay: "name"`), symbols from CLDR
 * and from world-countries, and the countries using each currency from world-countries.
 * Only a few conventions CLDR does not carry ("reais", "crowns", "US$") are added by hand.
 */

/** Every current ISO 4217 code Intl knows (precious metals, funds and test codes left out). */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set(
  (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []).filter(
    (c) => !/^X/.test(c) || ["XOF", "XAF", "XCD", "XPF"].includes(c),
  ),
);

/** ISO code -> alpha-2 codes of the countries and territories that use it. */
export const CURRENCY_COUNTRIES = new Map<string, string[]>();
/** Alpha-2 country -> the currencies it uses. */
const COUNTRY_CURRENCIES = new Map<string, string[]>();
const DEMONYMS = new Map<string, string[]>();
for (const c of worldCountries as Array<{ cca2: string; currencies?: Record<string, { name: string; symbol?: string }>; demonyms?: { eng?: { m?: string; f?: string } } }>) {
  for (const code of Object.keys(c.currencies ?? {})) {
    if (!CURRENCY_COUNTRIES.has(code)) CURRENCY_COUNTRIES.set(code, []);
    CURRENCY_COUNTRIES.get(code)!.push(c.cca2);
    if (!COUNTRY_CURRENCIES.has(c.cca2)) COUNTRY_CURRENCIES.set(c.cca2, []);
    COUNTRY_CURRENCIES.get(c.cca2)!.push(code);
  }
  const d = c.demonyms?.eng?.m;
  if (d) DEMONYMS.set(c.cca2, [d]);
}
// The currency a country is usually reported in comes first ("Zimbabwe" lists several).
for (const [cc, codes] of COUNTRY_CURRENCIES) {
  const own = codes.filter((code) => code.startsWith(cc));
  if (own.length) COUNTRY_CURRENCIES.set(cc, [...own, ...codes.filter((code) => !own.includes(code))]);
}

/** When a word or symbol is shared and the article does not decide, the most-traded currency wins. */
const PRIORITY = ["USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD", "MXN", "KRW", "SEK", "NOK", "DKK", "RUB", "BRL", "XOF", "XAF", "PHP", "PKR", "EGP", "SGD", "HKD", "NZD"];

/** Fold a currency phrase: lower case, apostrophes unified ("pa’anga", "paʻanga" -> "pa'anga"). */
export function foldCurrencyPhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘ʻʼ`´]/g, "'").replace(/\s+/g, " ").trim();
}

/** Lower-case unit phrase ("peruvian soles", "cfa francs", "won") -> candidate ISO codes. */
export const CURRENCY_PHRASES = new Map<string, string[]>();
export let CURRENCY_PHRASE_MAX_WORDS = 1;

function addPhrase(phrase: string, code: string): void {
  const key = foldCurrencyPhrase(phrase);
  if (!key || /[()\d]/.test(key)) return;
  const list = CURRENCY_PHRASES.get(key);
  if (list) {
    if (!list.includes(code)) list.push(code);
  } else CURRENCY_PHRASES.set(key, [code]);
  CURRENCY_PHRASE_MAX_WORDS = Math.max(CURRENCY_PHRASE_MAX_WORDS, key.split(" ").length);
}

/** Every word-final part of a name: "West African CFA francs" -> "francs", "CFA francs", … */
function addSuffixes(name: string, code: string): void {
  const words = name.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) addPhrase(words.slice(i).join(" "), code);
}

const nameOf = (() => {
  try {
    const dn = new Intl.DisplayNames(["en"], { type: "currency" });
    return (code: string) => dn.of(code) ?? code;
  } catch {
    return (code: string) => code;
  }
})();

function formattedName(code: string, n: number): string {
  const text = new Intl.NumberFormat("en", { style: "currency", currency: code, currencyDisplay: "name", minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(n);
  return text.replace(/^[-\d.,\s]+/, "");
}

/** Symbol as written before an amount ("NZ$", "Rp", "₸") -> candidate ISO codes. */
export const CURRENCY_SYMBOLS = new Map<string, string[]>();
function addSymbol(symbol: string, code: string): void {
  const s = symbol.trim();
  if (!s || s === code) return;
  const list = CURRENCY_SYMBOLS.get(s);
  if (list) {
    if (!list.includes(code)) list.push(code);
  } else CURRENCY_SYMBOLS.set(s, [code]);
}
// Letter symbols that are also English abbreviations or too short to trust before a number.
const UNSAFE_LETTER_SYMBOLS = new Set(["Ft", "MT", "MK", "UM", "FC", "Fr", "Fr.", "Ar", "Le", "den", "Sh", "Nu.", "Esc", "DH", "Br", "Bs", "Bs.", "Ks", "CF", "RF", "FG", "Db", "kn", "lei", "Cg.", "ZK", "Nfk", "KM", "Kz", "B/.", "CFPF", "PT", "Vt", "so'm", "Bs.S."]);
function symbolUsable(s: string): boolean {
  const t = s.trim();
  if (!t || UNSAFE_LETTER_SYMBOLS.has(t)) return false;
  if (/^\p{L}$/u.test(t)) return false; // single letters: "R", "K", "L", "P", "Q"
  if (/[\u0600-\u06FF\u0780-\u07BF\u0400-\u04FF\u0D80-\u0DFF]/u.test(t)) return false; // not in English text
  return true;
}

for (const code of ISO_CURRENCY_CODES) {
  const display = nameOf(code);
  let singular = display;
  let plural = display;
  try {
    singular = formattedName(code, 1);
    plural = formattedName(code, 2);
  } catch {
    /* older Intl: the display name alone */
  }
  for (const name of new Set([display, singular, plural])) addSuffixes(name, code);
  // Regular English plural of the last word ("rupiahs", "tenges" come from CLDR; "cedis" too).
  const words = singular.split(" ");
  const last = words[words.length - 1];
  if (!/s$/i.test(last)) addSuffixes([...words.slice(0, -1), last + "s"].join(" "), code);
  // "<demonym> <unit>" for every country using it ("Ivorian CFA francs", "Kazakh tenge" is added by hand).
  const core = [foldCurrencyPhrase(last), foldCurrencyPhrase(plural.split(" ").pop() ?? last)];
  for (const cc of CURRENCY_COUNTRIES.get(code) ?? []) for (const d of DEMONYMS.get(cc) ?? []) for (const w of new Set(core)) addPhrase(`${d} ${w}`, code);
  for (const display of ["symbol", "narrowSymbol"] as const) {
    try {
      const part = new Intl.NumberFormat("en", { style: "currency", currency: code, currencyDisplay: display }).formatToParts(1).find((p) => p.type === "currency");
      if (part && symbolUsable(part.value) && part.value !== "$") addSymbol(part.value, code);
    } catch {
      /* ignore */
    }
  }
}
/** Single capital letters that are a currency's own symbol ("R" rand, "P" pula, "Q" quetzal) -> ISO codes. */
export const LETTER_SYMBOLS = new Map<string, string[]>();
for (const c of worldCountries as Array<{ currencies?: Record<string, { symbol?: string }> }>) {
  for (const [code, v] of Object.entries(c.currencies ?? {})) {
    if (ISO_CURRENCY_CODES.has(code) && v.symbol && symbolUsable(v.symbol) && v.symbol.trim() !== "$") addSymbol(v.symbol, code);
    const letter = v.symbol?.trim() ?? "";
    if (ISO_CURRENCY_CODES.has(code) && /^[A-Z]$/.test(letter) && !(LETTER_SYMBOLS.get(letter) ?? []).includes(code)) LETTER_SYMBOLS.set(letter, [...(LETTER_SYMBOLS.get(letter) ?? []), code]);
  }
}

// Conventions outside CLDR: Portuguese and Nordic plurals, "crowns", older spellings, prefixed dollars.
const EXTRA_PHRASES: Array<[string, string[]]> = [
  ["reais", ["BRL"]], ["brazilian reais", ["BRL"]], ["crown", ["NOK", "DKK", "SEK", "ISK", "CZK"]], ["crowns", ["NOK", "DKK", "SEK", "ISK", "CZK"]],
  ["krone", ["NOK", "DKK"]], ["kroner", ["NOK", "DKK"]], ["kronor", ["SEK"]], ["krona", ["SEK", "ISK"]], ["kronur", ["ISK"]],
  ["czech crowns", ["CZK"]], ["norwegian crowns", ["NOK"]], ["danish crowns", ["DKK"]], ["swedish crowns", ["SEK"]],
  ["rouble", ["RUB", "BYN"]], ["roubles", ["RUB", "BYN"]], ["russian roubles", ["RUB"]], ["liras", ["TRY"]], ["lire", ["TRY"]],
  ["renminbi", ["CNY"]], ["rmb", ["CNY"]], ["sterling", ["GBP"]], ["pounds sterling", ["GBP"]], ["us dollars", ["USD"]],
  ["u.s. dollars", ["USD"]], ["american dollars", ["USD"]], ["kazakh tenge", ["KZT"]], ["cfa francs", ["XOF", "XAF"]],
  ["cfa franc", ["XOF", "XAF"]], ["dollars", ["USD"]], ["dollar", ["USD"]], ["pesos", ["MXN"]], ["peso", ["MXN"]],
  ["rupees", ["INR"]], ["rupee", ["INR"]], ["francs", ["CHF"]], ["franc", ["CHF"]], ["pounds", ["GBP"]], ["pound", ["GBP"]],
  ["euro cents", ["EUR"]], ["bitcoin", ["BTC"]], ["bitcoins", ["BTC"]], ["yuan", ["CNY"]], ["dinars", ["IQD"]], ["dinar", ["IQD"]],
  ["shillings", ["KES"]], ["shilling", ["KES"]], ["riyals", ["SAR"]], ["riyal", ["SAR"]], ["rials", ["IRR"]], ["rial", ["IRR"]],
  ["zlotys", ["PLN"]], ["zloty", ["PLN"]], ["hryvnia", ["UAH"]], ["hryvnias", ["UAH"]], ["ringgit", ["MYR"]],
  ["pa'anga", ["TOP"]], ["won", ["KRW"]], ["rand", ["ZAR"]], ["naira", ["NGN"]], ["cedis", ["GHS"]], ["cedi", ["GHS"]],
  // Local plurals and spellings the press uses where CLDR gives the English one ("meticals", "soms").
  ["meticais", ["MZN"]], ["soum", ["UZS"]], ["soums", ["UZS"]], ["uzbek soums", ["UZS"]], ["cordoba", ["NIO"]], ["cordobas", ["NIO"]],
  ["quetzales", ["GTQ"]], ["guarani", ["PYG"]], ["guaranies", ["PYG"]], ["guaraníes", ["PYG"]], ["colones", ["CRC", "SVC"]],
  ["maloti", ["LSL"]], ["leke", ["ALL"]], ["kwanzas", ["AOA"]], ["nairas", ["NGN"]],
];
for (const [phrase, codes] of EXTRA_PHRASES) {
  // Listed first: the hand-given reading is the default among shared candidates.
  const key = foldCurrencyPhrase(phrase);
  const existing = CURRENCY_PHRASES.get(key) ?? [];
  CURRENCY_PHRASES.set(key, [...codes, ...existing.filter((c) => !codes.includes(c))]);
  CURRENCY_PHRASE_MAX_WORDS = Math.max(CURRENCY_PHRASE_MAX_WORDS, key.split(" ").length);
}
CURRENCY_PHRASES.delete("rights"); // "special drawing rights" is not in the filtered list, but keep the guard
const EXTRA_SYMBOLS: Array<[string, string[]]> = [
  ["US$", ["USD"]], ["U.S.$", ["USD"]], ["$", ["USD"]], ["A$", ["AUD"]], ["AU$", ["AUD"]], ["C$", ["CAD", "NIO"]], ["CA$", ["CAD"]],
  ["S$", ["SGD"]], ["SG$", ["SGD"]], ["NT$", ["TWD"]], ["HK$", ["HKD"]], ["NZ$", ["NZD"]], ["R$", ["BRL"]], ["MX$", ["MXN"]],
  ["T$", ["TOP"]], ["J$", ["JMD"]], ["TT$", ["TTD"]], ["EC$", ["XCD"]], ["Z$", ["ZWL"]], ["N$", ["NAD"]], ["RD$", ["DOP"]],
  ["FJ$", ["FJD"]], ["E£", ["EGP"]], ["£", ["GBP"]], ["¥", ["JPY", "CNY"]], ["Rs", ["INR", "PKR", "NPR", "LKR", "MUR"]], ["Rs.", ["INR", "PKR", "NPR", "LKR", "MUR"]],
  ["₨", ["PKR", "NPR", "MUR", "INR"]], ["€", ["EUR"]], ["₩", ["KRW", "KPW"]], ["kr", ["NOK", "SEK", "DKK", "ISK"]], ["S/", ["PEN"]], ["S/.", ["PEN"]],
  ["GH₵", ["GHS"]], ["GH¢", ["GHS"]], ["₵", ["GHS"]], ["Rp", ["IDR"]], ["Rp.", ["IDR"]], ["RM", ["MYR"]], ["CHF", ["CHF"]],
];
for (const [symbol, codes] of EXTRA_SYMBOLS) {
  const existing = CURRENCY_SYMBOLS.get(symbol) ?? [];
  CURRENCY_SYMBOLS.set(symbol, [...codes, ...existing.filter((c) => !codes.includes(c))]);
}

let symbolsAfter: Map<string, string[]> | null = null;

/**
 * Symbols that a country using the currency writes after the amount in its own locale ("45 zł", "120 Kč",
 * "300 kr", "1,200€"), from CLDR through Intl -> the codes they stand for there. Built once.
 */
export function symbolsAfterAmount(): ReadonlyMap<string, string[]> {
  if (symbolsAfter) return symbolsAfter;
  symbolsAfter = new Map();
  for (const [symbol, codes] of CURRENCY_SYMBOLS) {
    // "45 $" is Canadian French; English copy after a number means the next amount's sign.
    if (symbol.includes("$")) continue;
    const after = codes.filter((code) => (CURRENCY_COUNTRIES.get(code) ?? []).some((cc) => localSymbolFollows(cc, code, symbol)));
    if (after.length) symbolsAfter.set(symbol, after);
  }
  return symbolsAfter;
}

/** Does the main locale of the country put this symbol of the currency after the number? */
function localSymbolFollows(country: string, code: string, symbol: string): boolean {
  try {
    const locale = new Intl.Locale(`und-${country}`).maximize().toString();
    const parts = new Intl.NumberFormat(locale, { style: "currency", currency: code }).formatToParts(1);
    const at = parts.findIndex((p) => p.type === "currency");
    return at > parts.findIndex((p) => p.type === "integer") && parts[at].value === symbol;
  } catch {
    return false;
  }
}

/** "X$" written with a country code ("BZ$", "AU$") for a dollar the lists above miss. */
export function dollarOfCountryPrefix(prefix: string): string | null {
  const cc = prefix.length === 2 ? prefix.toUpperCase() : null;
  if (!cc) return null;
  const codes = COUNTRY_CURRENCIES.get(cc) ?? [];
  return codes.find((code) => /dollar/i.test(nameOf(code))) ?? null;
}

/** Single words that are ordinary English too: money only after a scale word or in a story about a country using them. */
export const HOMOGRAPH_UNITS = new Set(
  "mark marks real reals won pound pounds kip sol soles tala som lei leu rand dram drams lev kina pula dong lek riel vatu dobra dobras gold".split(" "),
);

/** The dollars of countries other than the US ("Australian dollars", "C$"): codes with "dollar" in their name. */
export const LOCAL_DOLLAR_CODES: ReadonlySet<string> = new Set([...ISO_CURRENCY_CODES].filter((c) => c !== "USD" && /dollar/i.test(nameOf(c))));

/** Currencies other than dollars whose own sign is "$" (the pesos of Mexico, Colombia, Chile, Argentina …), from world-countries. */
export const PESO_SIGN_CODES: ReadonlySet<string> = new Set(
  (worldCountries as Array<{ currencies?: Record<string, { symbol?: string }> }>).flatMap((c) =>
    Object.entries(c.currencies ?? {}).filter(([code, v]) => v.symbol?.trim() === "$" && ISO_CURRENCY_CODES.has(code) && code !== "USD" && !LOCAL_DOLLAR_CODES.has(code)).map(([code]) => code),
  ),
);

/** The last word of a currency's English name, lower case ("COP" -> "peso"). */
export function currencyUnitWord(code: string): string {
  return nameOf(code).split(" ").pop()!.toLowerCase();
}

/** Currencies used in a country, its own first. */
export function currenciesOf(country: string): string[] {
  return COUNTRY_CURRENCIES.get(country) ?? [];
}

/**
 * Pick one of several candidate currencies: the one used in the country named in the same sentence,
 * else in the article's leading country, else the best-weighted country of the article, else the
 * most-traded. `weights` maps alpha-2 codes to how often the article names them.
 */
export function resolveCurrency(candidates: readonly string[], sentenceCountry: string | null, homeCountry: string | null, weights: ReadonlyMap<string, number>): string {
  if (candidates.length === 1) return candidates[0];
  const usedIn = (cc: string | null) => (cc ? candidates.find((code) => (CURRENCY_COUNTRIES.get(code) ?? []).includes(cc) && currenciesOf(cc)[0] === code) ?? candidates.find((code) => (CURRENCY_COUNTRIES.get(code) ?? []).includes(cc)) : undefined);
  const bySentence = usedIn(sentenceCountry);
  if (bySentence) return bySentence;
  const byHome = usedIn(homeCountry);
  if (byHome) return byHome;
  let best: string | null = null;
  let bestWeight = 0;
  for (const code of candidates) {
    let w = 0;
    for (const cc of CURRENCY_COUNTRIES.get(code) ?? []) w += weights.get(cc) ?? 0;
    if (w > bestWeight) {
      best = code;
      bestWeight = w;
    }
  }
  if (best) return best;
  return [...candidates].sort((a, b) => rank(a) - rank(b))[0];
}

function rank(code: string): number {
  const i = PRIORITY.indexOf(code);
  return i === -1 ? PRIORITY.length : i;
}

/** Does the country use the currency? */
export function countryUses(country: string | null, code: string): boolean {
  return !!country && (CURRENCY_COUNTRIES.get(code) ?? []).includes(country);
}

/**
 * Names of currency subunits as English news copy writes them, singular and plural, -> the currencies they divide
 * (a closed class; "cents" and "pence" are read with the story's own currency elsewhere). Words that are English
 * too ("sen", "fils", "centimes") are money only where the story's country uses one of the currencies.
 */
const SUBUNIT_NAMES: Array<[string[], string[], boolean]> = [
  [["pesewa", "pesewas"], ["GHS"], true],
  [["kobo"], ["NGN"], true],
  [["paisa", "paise", "poisha"], ["INR", "PKR", "NPR", "BDT"], true],
  [["centavo", "centavos"], ["MXN", "BRL", "COP", "ARS", "PHP", "CLP", "DOP", "CUP", "UYU", "BOB", "GTQ", "HNL", "NIO", "MZN", "AOA", "CVE"], true],
  [["kopeck", "kopecks", "kopek", "kopeks", "kopiyka", "kopiykas", "kopiyok"], ["RUB", "UAH", "BYN"], true],
  [["halala", "halalas", "halalah", "halalahs"], ["SAR"], true],
  [["piastre", "piastres", "piaster", "piasters"], ["EGP", "LBP", "SYP", "SDG", "SSP"], true],
  [["fils"], ["AED", "KWD", "BHD", "JOD", "IQD", "YER"], false],
  [["baisa", "baisas", "baiza", "baizas"], ["OMR"], true],
  [["dirhams"], ["QAR"], false],
  [["satang"], ["THB"], true],
  [["sen"], ["MYR"], false],
  [["thebe"], ["BWP"], true],
  [["ngwee"], ["ZMW"], true],
  [["tambala"], ["MWK"], true],
  [["grosz", "groszy"], ["PLN"], true],
  [["kuruş", "kurus", "kuruş"], ["TRY"], true],
  [["öre"], ["SEK"], true],
  [["øre"], ["NOK", "DKK"], true],
  [["rappen"], ["CHF"], true],
  [["centimes", "centime"], ["XOF", "XAF", "MAD", "CHF", "HTG", "DZD"], false],
  [["agorot", "agorat", "agora"], ["ILS"], false],
  [["tetri"], ["GEL"], true],
  [["tiyin", "tyiyn"], ["UZS", "KZT", "KGS"], true],
  [["stotinki", "stotinka"], ["BGN"], true],
  [["bani"], ["RON", "MDL"], false],
  [["senti"], ["TZS", "KES", "UGX"], false],
];
/** Subunit word -> the currencies it divides, and whether the word is money outside a story about them. */
export const SUBUNITS = new Map<string, { codes: string[]; distinctive: boolean }>();
for (const [words, codes, distinctive] of SUBUNIT_NAMES) for (const w of words) SUBUNITS.set(w, { codes, distinctive });

/** How many subunits make one unit of the currency (100, or 1,000 for the dinars of the Gulf). */
export function subunitsPerUnit(code: string): number {
  let digits = 2;
  try {
    digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    /* unknown code: hundredths */
  }
  return 10 ** Math.max(2, digits);
}
