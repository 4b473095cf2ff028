import { DOTTED_ABBREVIATIONS } from "./tokens";

/** A sentence of the body as [start, end) offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Words whose full stop ends no sentence: the tokenizer's dotted abbreviations but "etc.", and "e.g", "i.e". */
const NO_BREAK_BEFORE = new Set([...DOTTED_ABBREVIATIONS, "e.g", "i.e"].filter((w) => w !== "etc"));

// A full stop, question or exclamation mark, maybe closing quotes or brackets, then space.
const BOUNDARY_RE = /[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;

/** Split each paragraph of `body` into sentence spans, never across paragraphs. */
export function splitSentences(body: string): Span[] {
  const spans: Span[] = [];
  let paragraphStart = 0;
  while (paragraphStart <= body.length) {
    let paragraphEnd = body.indexOf("\n\n", paragraphStart);
    if (paragraphEnd === -1) paragraphEnd = body.length;
    splitParagraph(body, paragraphStart, paragraphEnd, spans);
    paragraphStart = paragraphEnd + 2;
  }
  return spans;
}

function splitParagraph(body: string, from: number, to: number, out: Span[]): void {
  const text = body.slice(from, to);
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0][0] === "." && isAbbreviationBefore(text, m.index)) continue;
    pushTrimmed(text, start, end, from, out);
    start = end;
  }
  pushTrimmed(text, start, text.length, from, out);
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  const wordMatch = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!wordMatch) return false;
  const word = wordMatch[1];
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "N. Korean", "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "U.N"
  return NO_BREAK_BEFORE.has(word.toLowerCase());
}

function pushTrimmed(text: string, start: number, end: number, offset: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start: start + offset, end: end + offset });
}

/** Index of the span containing `offset` (binary search over sorted, disjoint spans), or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The span containing `offset`, or null. */
export function spanAt(spans: Span[], offset: number): Span | null {
  const index = spanIndexAt(spans, offset);
  return index < 0 ? null : spans[index];
}
