import type { QuoteSpan } from "../document";
import { ROLE_WORDS } from "../lexicons/people";
import { type Attribution, type SieveContext, isSpeechVerb } from "./context";

/**
 * `“We will look at anything,” he was quoted as saying, “but we will not overpay.”` / `«…», he wrote, adding that
 * the surplus was "the anchor of everything."`: a quote split around its attribution. The later part opens in
 * the same sentence, after an attribution that names nobody else, and is the first part's speaker's.
 */
export function splitQuote(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const { body, doc } = ctx;
  const close = ctx.lastCloseBefore(span.open);
  if (close === -1 || span.open - close > MAX_ATTRIBUTION) return null;
  const si = doc.sentenceIndexAt(span.open);
  if (si === -1 || doc.sentences[si].start > close) return null;
  // No sentence end between the parts (the stops of "Mr." and "Gen." aside).
  if (/[!?;“”"\n]|\.(?=\s|$)/.test(body.slice(close + 1, span.open).replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Gen|Col|Sgt|Capt|Lt|St)\./g, ""))) return null;
  const words = ctx.tokensBetween(close + 1, span.open);
  if (!words.some((_, i) => isSpeechVerb(words, i) || /^(?:quoted|adding)$/.test(words[i].text))) return null;
  // Someone else named between the parts may be the later part's speaker: a name, a role noun, another pronoun.
  if (doc.mentionsBetween(close + 1, span.open).length > 0) return null;
  const pronouns = new Set(words.filter((t) => PRONOUNS.has(t.text.toLowerCase())).map((t) => t.text.toLowerCase()));
  if (pronouns.size > 1) return null;
  if (words.some((t, i) => i > 0 && ROLE_WORDS.has(t.text.toLowerCase()) && /^(?:the|a|an)$/i.test(words[i - 1].text))) return null;
  const speakerKey = ctx.speakerOfQuoteClosingAt(close);
  return speakerKey ? { speakerKey } : null;
}

/** An attribution between two parts of one quote is short ("he wrote, adding that the surplus was"). */
const MAX_ATTRIBUTION = 240;
const PRONOUNS = new Set(["he", "she", "they", "it", "him", "her"]);
