import type { QuoteSpan } from "../document";
import { type Attribution, type SieveContext, isSpeechVerb } from "./context";

/**
 * `“We will look at anything,” he was quoted as saying, “but we will not overpay.”`: a quote split around its
 * attribution. The second part opens in the same sentence right after the attribution and its comma, and is
 * the first part's speaker's.
 */
export function splitQuote(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const { body, doc } = ctx;
  const close = ctx.lastCloseBefore(span.open);
  if (close === -1 || span.open - close > MAX_ATTRIBUTION) return null;
  const between = body.slice(close + 1, span.open);
  // Only the attribution between the parts: words, ending with a comma or colon, and no sentence end.
  if (!/[,:]\s*$/.test(between) || /[.!?;“”"]|\n/.test(between.replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Gen|Col|Sgt|Capt|Lt|St)\./g, ""))) return null;
  const si = doc.sentenceIndexAt(span.open);
  if (si === -1 || doc.sentences[si].start > close) return null;
  const words = ctx.tokensBetween(close + 1, span.open);
  if (!words.some((_, i) => isSpeechVerb(words, i) || /^(?:quoted|adding)$/.test(words[i].text))) return null;
  const speakerKey = ctx.speakerOfQuoteClosingAt(close);
  return speakerKey ? { speakerKey } : null;
}

/** An attribution between two parts of one quote is short ("the minister told reporters on Tuesday,"). */
const MAX_ATTRIBUTION = 120;
