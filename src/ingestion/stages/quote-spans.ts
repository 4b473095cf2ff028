import type { Doc, QuoteSpan, Stage } from "../document";

export type { QuoteSpan } from "../document";

const WORD_CHAR = /[\p{L}\p{N}]/u;
const BEFORE_OPEN_SINGLE = /[\s([“"—–\-/«„]/;
const AFTER_CLOSE_SINGLE = /[\s.,;:!?)\]”"—–\-…»“]/;
// Elisions that open with an apostrophe, not a quote: 'em, 'til, '90s, rock 'n' roll.
const ELISION = /^(?:em|til|tis|twas|n|cause|bout|round|\d0s|\d\ds)\b/i;

/** The marks that close a quote opened by each double mark. */
const DOUBLE_CLOSERS: Record<string, string> = {
  "“": "”\"″»",
  "„": "“”\"",
  "«": "»",
  '"': "\"″”",
  "″": "″\"”",
  // A right double quote used as an opener (Nordic style, or a typing slip) closes with the same mark.
  "”": "”\"",
};

/** Find quoted stretches in the body: double marks first, then single marks outside them. Linear in the body. */
export function findQuoteSpans(body: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let paragraphStart = 0;
  while (paragraphStart < body.length) {
    let paragraphEnd = body.indexOf("\n\n", paragraphStart);
    if (paragraphEnd === -1) paragraphEnd = body.length;
    const doubles = findDoubleQuotes(body, paragraphStart, paragraphEnd);
    let gapStart = paragraphStart;
    for (const d of doubles) {
      findSingleQuotes(body, gapStart, d.open, spans);
      spans.push(d);
      gapStart = d.close;
    }
    findSingleQuotes(body, gapStart, paragraphEnd, spans);
    paragraphStart = paragraphEnd + 2;
  }
  return spans.sort((a, b) => a.start - b.start);
}

function findDoubleQuotes(body: string, from: number, to: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let closers = "";
  for (let i = from; i < to; i++) {
    const ch = body[i];
    if (open === -1) {
      if (ch === "”" || ch === "»") {
        // A closing mark before a word, after a space: it opens a quote here.
        const before = i > from ? body[i - 1] : " ";
        if (!/\s/.test(before) || !WORD_CHAR.test(body[i + 1] ?? "")) continue;
        if (ch === "»") {
          open = i;
          closers = "«";
          continue;
        }
      }
      const c = DOUBLE_CLOSERS[ch];
      if (c !== undefined) {
        open = i;
        closers = c;
      }
      continue;
    }
    // "“Fines will rise,“ she said": a left mark in a closer's place (after a word or stop, before a space or
    // stop) closes the quote it would otherwise reopen.
    const leftAsCloser = ch === "“" && body[open] === "“" && i > open + 1 && !/\s/.test(body[i - 1]) && !WORD_CHAR.test(body[i + 1] ?? " ");
    if (closers.includes(ch) || leftAsCloser) {
      const span = makeSpan(body, open, i, i + 1, true);
      if (span) out.push(span);
      open = -1;
    } else if (isDoubledApostropheClose(body, open, i)) {
      const span = makeSpan(body, open, i, i + 2, true);
      if (span) out.push(span);
      open = -1;
      i++;
    } else if ((ch === "“" || ch === "«" || ch === "„") && body[open] === ch) {
      // The same opener again before a close: the first was left open; start over here.
      open = i;
    }
  }
  if (open !== -1) {
    const span = makeSpan(body, open, to, to, false);
    if (span) out.push(span);
  }
  return out;
}

/**
 * `"We will respond to that,'' she told reporters`: wire copy that closes a straight double quote with two
 * apostrophes. The pair closes only after a word or stop and before no letter ("India''s" is an apostrophe).
 */
function isDoubledApostropheClose(body: string, open: number, i: number): boolean {
  if (body[open] !== '"' || body[i] !== "'" || body[i + 1] !== "'" || i === open + 1) return false;
  return !/\s/.test(body[i - 1]) && !WORD_CHAR.test(body[i + 2] ?? " ");
}

/** Quotes in single marks between `from` and `to`, appended to `out`; one pass to index the closers, one to pair. */
function findSingleQuotes(body: string, from: number, to: number, out: QuoteSpan[]): void {
  if (to - from < 3) return;
  // nextClose[k]: the first closing mark at or after from + k; nextFallback[k]: the first plural-possessive one.
  const n = to - from;
  const nextClose = new Int32Array(n + 1).fill(-1);
  const nextFallback = new Int32Array(n + 1).fill(-1);
  for (let j = to - 1; j >= from; j--) {
    const k = j - from;
    nextClose[k] = nextClose[k + 1];
    nextFallback[k] = nextFallback[k + 1];
    const kind = closeKind(body, j, to);
    if (kind === "close") nextClose[k] = j;
    else if (kind === "fallback") nextFallback[k] = j;
  }
  let i = from;
  while (i < to) {
    const ch = body[i];
    if ((ch === "‘" || ch === "'" || ch === "‹") && isSingleOpen(body, i, from)) {
      const k = i + 1 - from;
      const close = nextClose[k] !== -1 ? nextClose[k] : nextFallback[k];
      if (close !== -1) {
        const span = makeSpan(body, i, close, close + 1, true);
        if (span) out.push(span);
        i = close + 1;
        continue;
      }
      // British and Australian copy runs a quote over paragraphs with an opening mark only: ‘… / ‘…,’ he said.
      if (runsOnSingle(body, from, i, to)) {
        const span = makeSpan(body, i, to, to, false);
        if (span) out.push(span);
        return;
      }
    }
    i++;
  }
}

/**
 * An unclosed single mark opening its paragraph, or right after the colon that introduces it ("The MP asked: ‘…"),
 * with the next paragraph opening on a single mark too.
 */
function runsOnSingle(body: string, from: number, i: number, to: number): boolean {
  const opensParagraph = i - from <= 4 && body.slice(from, i).trim() === "";
  const afterColon = /:\s$/.test(body.slice(Math.max(from, i - 2), i));
  if (!(opensParagraph || afterColon) || body.slice(to, to + 2) !== "\n\n") return false;
  const next = body[to + 2];
  return (next === "‘" || next === "'") && body.slice(to - 1, to) !== ":";
}

function isSingleOpen(body: string, i: number, from: number): boolean {
  const before = i > from ? body[i - 1] : " ";
  const after = body[i + 1] ?? "";
  if (!BEFORE_OPEN_SINGLE.test(before) || !WORD_CHAR.test(after)) return false;
  return !ELISION.test(body.slice(i + 1, i + 6));
}

/** Whether the mark at j may close a single-quoted stretch ending before `to`. */
function closeKind(body: string, j: number, to: number): "close" | "fallback" | null {
  const ch = body[j];
  if (ch === "›") return "close";
  if (ch !== "’" && ch !== "'") return null;
  const before = body[j - 1];
  const after = j + 1 < to ? body[j + 1] : " ";
  if (!before || /\s/.test(before) || !AFTER_CLOSE_SINGLE.test(after)) return null;
  // "the soldiers’ families": a plural possessive, unless nothing better follows.
  if (before === "s" && /\s/.test(after) && /^\s+\p{Ll}/u.test(body.slice(j + 1, j + 4))) return "fallback";
  return "close";
}

function makeSpan(body: string, open: number, closeMark: number, close: number, closed: boolean): QuoteSpan | null {
  let start = open + 1;
  let end = closeMark;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /[\s,]/.test(body[end - 1])) end--;
  if (end <= start) return null;
  return { text: body.slice(start, end), start, end, open, close, closed };
}

/** Every quoted stretch of the body, before any decision on whether it is speech. */
export const quoteSpansStage: Stage = {
  name: "quote-spans",
  run(doc: Doc) {
    doc.quoteSpans = findQuoteSpans(doc.text);
  },
};
