/**
 * Stock codes that business wires put in brackets after a listed company's name: an instrument code of a symbol,
 * a full stop and its exchange's letters ("(VOWG_p.DE)", "(7203.T)", "(GM.N)"), or an exchange's name, a colon
 * and the symbol ("(NYSE: GM)", "(Nasdaq:AAPL)", "(KL:PBBANK)"). They name no actor of their own and count nothing.
 */
import type { Span } from "./sentences";

// "(KL:PBBANK)", "(BVSP:PETR3;NYSE:PBR)": any exchange's capital code before the colon, and several listings
// joined by semicolons.
const LISTING = "(?:NYSE American|Nasdaq|Xetra|Euronext|[A-Z]{2,6})\\s*:\\s*[A-Z0-9][A-Z0-9.-]{0,9}";
const TICKER_RE = new RegExp(`\\((?:[A-Z0-9][A-Za-z0-9_]{0,11}\\.[A-Z]{1,3}|${LISTING}(?:;\\s*${LISTING}){0,3})\\)`, "g");

/** The bracketed stock codes of `text`, as [start, end) offsets of the brackets, in order (one pass). */
export function tickerSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(TICKER_RE)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}

/**
 * A test of whether an offset lies inside one of `spans` (sorted), for offsets asked in increasing order: the
 * pointer only moves forward, so all the calls together are linear.
 */
export function insideSpans(spans: Span[]): (offset: number) => boolean {
  let i = 0;
  return (offset) => {
    while (i < spans.length && spans[i].end <= offset) i++;
    return i < spans.length && spans[i].start <= offset;
  };
}

/**
 * The exchange-rate notes wires set after a story, or after an amount, in brackets: "($1 = 5.34 reais)",
 * "(1 euro = $1.0850)", "(1 U.S. dollar = 83.2 rupees)". One unit of a currency set equal to an amount of another
 * is a conversion rate for the reader, no claim of the story: its numbers are no figures.
 */
const RATE_NOTE_RE = /\( ?(?:[A-Z]{0,3}\$|[€£¥₹]|Rs\.? ?)?1(?:\.0+)?(?: [\p{L}.]+){0,3} ?= ?(?:[A-Z]{0,3}\$|[€£¥₹]|Rs\.? ?)?\d[\d,.]*(?: [\p{L}.]+){0,3} ?\)/gu;

/** The bracketed exchange-rate notes of `text`, as [start, end) offsets of the brackets, in order (one pass). */
export function rateNoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(RATE_NOTE_RE)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}
