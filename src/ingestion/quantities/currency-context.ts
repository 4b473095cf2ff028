import { newspaperCountry } from "../lexicons/newspapers";
import {
  CURRENCY_PHRASES,
  CURRENCY_SYMBOLS,
  ISO_CURRENCY_CODES,
  LETTER_SYMBOLS,
  LOCAL_DOLLAR_CODES,
  PESO_SIGN_CODES,
  countryUses,
  currencyUnitWord,
  currenciesOf,
  dollarOfCountryPrefix,
  resolveCurrency,
} from "../lexicons/currencies";

/** What the article says about where its money is: used to read shared symbols and words. */
export interface CurrencyContext {
  home: string | null;
  countryAt: (offset: number) => string | null;
  /** Alpha-2 code -> how often the article names the country. */
  weights: ReadonlyMap<string, number>;
  /** The local dollar plain "$" and "dollars" stand for; null: US dollars. */
  localDollar: string | null;
  /** The country of the outlet's domain ("smh.com.au" -> AU), when its top-level domain names one. */
  outletCountry: string | null;
  /** A currency other than a dollar that plain "$" stands for (a local peso); null: none. */
  localSign?: string | null;
  /** The currency each shared letter symbol ("Sh") was last read as in this story, in reading order. */
  letterSeen?: Map<string, string>;
}

const US_MARKED = /\bUS ?\$|\bU\.S\.\$|\bUSD\b|\b(?:US|U\.S\.|American) dollars?\b/;
/**
 * An amount the text marks as US money ("US$5.4 billion", "$US2,000", "USD 300", "5 million US dollars"); "the peso against
 * the US dollar" or "instead of US dollars" names the currency without setting any amount apart.
 */
const US_AMOUNT = /\$US ?\d|\bUS ?\$ ?\d|\bU\.S\. ?\$ ?\d|\bUSD ?\d|\d(?:[.,]\d+)*(?: (?:million|billion|trillion|bn|m))? (?:US|U\.S\.|American) dollars?\b/;

/**
 * The peso plain "$" stands for in a story set in a country whose own sign is "$" (Colombia, Mexico, Chile …):
 * where the story marks US amounts apart ("22.3 trillion pesos (about US$5.4 billion)") and names the local
 * currency. Wire copy, which writes "$" for US dollars, keeps USD; so does a story converting pesos into "$".
 */
export function localSignOf(body: string, home: string | null, weights: ReadonlyMap<string, number>): string | null {
  const code = home ? currenciesOf(home).find((c) => PESO_SIGN_CODES.has(c)) : undefined;
  if (!code || !home) return null;
  if ((weights.get("US") ?? 0) >= (weights.get(home) ?? 0) && (weights.get("US") ?? 0) > 0) return null;
  if (!US_AMOUNT.test(body)) return null;
  const word = currencyUnitWord(code);
  const local = `(?:${code}|${word}s?|${word}es)`;
  if (!new RegExp(`\\b${local}\\b`, "i").test(body)) return null;
  // "32 million pesos (about $34,000)": a conversion into plain "$" shows the story's "$" is the US dollar.
  return new RegExp(`\\b${local}\\s*\\((?:about |around |roughly |some |nearly |almost |or |just over |just under )?\\$`, "i").test(body) ? null : code;
}

const MAJOR_CODES = new Set(["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR"]);
// Country-code domains that sites use as generic names (".io", ".tv"), so they say nothing about the outlet.
const GENERIC_TLDS = new Set(["io", "tv", "me", "fm", "ai", "ly", "co", "cc", "ws", "to", "is", "am", "gg", "so", "sh", "ac", "la", "nu", "tk", "vc"]);

/** The country an outlet's domain names: "nzherald.co.nz" -> NZ, "bbc.co.uk" -> GB; null for ".com" and generic ccTLDs. */
export function outletCountryOf(source: string | null | undefined): string | null {
  const tld = /\.([a-z]{2})$/i.exec(source ?? "")?.[1]?.toLowerCase();
  if (!tld || GENERIC_TLDS.has(tld)) return newspaperCountry(source);
  return tld === "uk" ? "GB" : tld.toUpperCase();
}

/**
 * The dollar plain "$" stands for. An outlet at home in a dollar country (its domain: ".com.au", ".co.nz",
 * ".ca") writes its own dollar as "$"; so does a story about such a country that marks only US amounts apart
 * ("$US", "US$"). Wire copy writes "A$" for the local dollar, so there a plain "$" is local only when the
 * article names the local dollar and never US dollars. Else US dollars.
 */
export function localDollarOf(body: string, home: string | null, outletCountry: string | null, weights: ReadonlyMap<string, number>): string | null {
  const localOf = (cc: string | null) => (cc ? currenciesOf(cc).find((c) => LOCAL_DOLLAR_CODES.has(c)) ?? null : null);
  const outletDollar = localOf(outletCountry);
  // A dollar country's outlet running wire copy about a country it never names ("$7 billion of reserves" in a
  // Canadian paper's story on Argentina's central bank) prints the wire's US dollar.
  if (outletDollar && (!home || home === outletCountry || (weights.get(outletCountry ?? "") ?? 0) > 0)) return outletDollar;
  const code = localOf(home);
  if (!code || !home) return null;
  // A story that names the US more often than its own setting is about US money.
  if ((weights.get("US") ?? 0) >= (weights.get(home) ?? 0) && (weights.get("US") ?? 0) > 0) return null;
  const localNamed = namesLocalDollar(body, code);
  // "$1.6 billion … $US2,000 a tonne": a story that sets US amounts apart and never marks its own dollar writes
  // that dollar as plain "$" (a country paying in US dollars too has no such split).
  if (!localNamed && US_AMOUNT.test(body) && !currenciesOf(home).includes("USD")) return code;
  if (US_MARKED.test(body)) return null;
  return localNamed ? code : null;
}

/** Does the body name this dollar explicitly ("A$", "AUD", "Australian dollars")? */
function namesLocalDollar(body: string, code: string): boolean {
  if (new RegExp(`\\b${code}\\b|\\$${code.slice(0, 2)}(?=\\d)`).test(body)) return true;
  for (const [symbol, codes] of CURRENCY_SYMBOLS) if (codes[0] === code && symbol !== "$" && body.includes(symbol)) return true;
  const lower = body.toLowerCase();
  for (const [phrase, codes] of CURRENCY_PHRASES) if (codes.length === 1 && codes[0] === code && phrase.includes(" ") && lower.includes(phrase)) return true;
  return false;
}

// Symbols of a few letters that are money only in a story about a country using them ("Sh" shilling, "Dh" dirham).
const LOCAL_LETTER_SYMBOLS: Record<string, string[]> = {
  Sh: ["KES", "TZS", "UGX", "SOS"], Shs: ["UGX", "KES", "TZS"], Ksh: ["KES"], KSh: ["KES"], Dh: ["AED", "MAD"], Dhs: ["AED"], N: ["NGN"], P: ["PHP", "BWP", "MOP"],
  K: ["PGK", "ZMW", "MWK", "MMK"], Tk: ["BDT"], Br: ["ETB"], Le: ["SLE"], SR: ["SAR"], QR: ["QAR"], BD: ["BHD"], RO: ["OMR"], KD: ["KWD"],
  // The press's own abbreviations, outside CLDR: Turkish lira, Rwandan franc, Ugandan and Tanzanian shillings,
  // Egyptian pound, Malawian and Zambian kwacha, Nepali rupee.
  TL: ["TRY"], Rwf: ["RWF"], Frw: ["RWF"], FRw: ["RWF"], USh: ["UGX"], Ush: ["UGX"], UShs: ["UGX"], Ushs: ["UGX"], TSh: ["TZS"], Tsh: ["TZS"], TShs: ["TZS"],
  LE: ["EGP"], MK: ["MWK"], ZK: ["ZMW"], NRs: ["NPR"],
};

/**
 * The currency a symbol or code before an amount stands for, or null when it is none. `number` says what the
 * amount looks like: "formatted" (decimals, separators or a scale word), "local" (a plain integer of three or more
 * digits), "name" (one or two digits, as in "COP26"); an ISO code needs a formatted amount, a major code, or a
 * local amount in a story about a country that pays in it.
 */
export function currencyOfPrefix(text: string, offset: number, ctx: CurrencyContext, number: "formatted" | "local" | "name" = "formatted"): string | null {
  if (text in LOCAL_LETTER_SYMBOLS || /^[A-Z]$/.test(text)) return localLetterCurrency(text, offset, ctx);
  // "$NZ60 million", "$A", "$US": a dollar with the country after the sign.
  const after = /^\$([A-Z]{1,2})$/.exec(text);
  if (after) return after[1] === "US" ? "USD" : after[1] === "A" ? "AUD" : after[1] === "C" ? "CAD" : after[1] === "S" ? "SGD" : dollarOfCountryPrefix(after[1]) ?? "USD";
  const spacedDollar = /^(US|HK|NZ|NT|A|C|S)\s\$$/.exec(text);
  if (spacedDollar) return spacedDollar[1] === "US" ? "USD" : resolveCurrency(CURRENCY_SYMBOLS.get(`${spacedDollar[1]}$`) ?? ["USD"], null, null, ctx.weights);
  let candidates = CURRENCY_SYMBOLS.get(text);
  if (!candidates && /^[A-Z]{1,3}\$$/.test(text)) {
    const dollar = dollarOfCountryPrefix(text.slice(0, -1));
    candidates = dollar ? [dollar] : ["USD"];
  }
  if (!candidates && /^[A-Z]{3}$/.test(text) && ISO_CURRENCY_CODES.has(text) && (number === "formatted" || MAJOR_CODES.has(text) || (number === "local" && paysIn(text, offset, ctx)))) candidates = [text];
  if (!candidates) return null;
  if (text === "$") return ctx.localDollar ?? ctx.localSign ?? "USD";
  return resolveCurrency(candidates, ctx.countryAt(offset), ctx.home ?? ctx.outletCountry, ctx.weights);
}

/** Does the sentence's country, the story's or the outlet's use this currency? */
function paysIn(code: string, offset: number, ctx: CurrencyContext): boolean {
  return [ctx.countryAt(offset), ctx.home, ctx.outletCountry].some((cc) => countryUses(cc, code));
}

/** "R2.4 billion" in a South African story: a letter symbol is money only where the story's country uses it. */
function localLetterCurrency(letter: string, offset: number, ctx: CurrencyContext): string | null {
  const codes = [...(LOCAL_LETTER_SYMBOLS[letter] ?? []), ...(LETTER_SYMBOLS.get(letter) ?? [])];
  const remember = (code: string) => {
    ctx.letterSeen?.set(letter, code);
    return code;
  };
  const here = codes.find((c) => countryUses(ctx.countryAt(offset), c));
  if (here) return remember(here);
  // "Kenya exported Sh8.7 billion … millers lost Sh600 million": a story writes one shilling as plain "Sh"
  // throughout (a second one gets its own prefix, "TSh", "USh"), so a sentence naming no country keeps it.
  const seen = ctx.letterSeen?.get(letter);
  if (seen) return seen;
  for (const country of [ctx.home, ctx.outletCountry]) {
    const code = codes.find((c) => countryUses(country, c));
    if (code) return remember(code);
  }
  // "LE1,800 a tonne" in a story led by another country that still names Egypt: a symbol of several letters is
  // money of the most named country that uses it.
  if (letter.length < 2) return null;
  let best: string | null = null;
  let bestWeight = 0;
  for (const [country, weight] of ctx.weights) {
    const code = codes.find((c) => countryUses(country, c));
    if (code && weight > bestWeight) [best, bestWeight] = [code, weight];
  }
  return best ? remember(best) : null;
}

/** The alternation of local letter symbols for the number scanner: several letters may stand apart ("Tk 4.1"), one letter only glued ("N42"). */
export const LOCAL_LETTER_ALTERNATION = [
  `(?:${Object.keys(LOCAL_LETTER_SYMBOLS).filter((k) => k.length > 1).sort((a, b) => b.length - a.length).join("|")})(?=\\s?\\d)`,
  `(?:${Object.keys(LOCAL_LETTER_SYMBOLS).filter((k) => k.length === 1).join("|")})(?=\\d)`,
].join("|");

/** The story's own currency, for a bare "crore" or "cents": the sentence's country, the setting, then the outlet's. */
export function homeCurrency(offset: number, ctx: CurrencyContext): string | null {
  for (const cc of [ctx.countryAt(offset), ctx.home, ctx.outletCountry]) {
    const code = cc ? currenciesOf(cc)[0] : undefined;
    if (code) return code;
  }
  return null;
}
