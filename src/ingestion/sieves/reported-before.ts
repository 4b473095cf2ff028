import type { QuoteSpan } from "../document";
import type { Token } from "../text/tokens";
import type { Attribution, SieveContext } from "./context";

/**
 * A paragraph that opens with an unattributed quote, after a paragraph of reported speech with no quote in it:
 * `Tarek Bashir, a surgeon, said the hospital had stopped admitting patients.` / `“We send them to Kosti …”`.
 * The quote is the reported speaker's.
 */
export function reportedBefore(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const { body, doc } = ctx;
  const p = doc.paragraphAt(span.open);
  if (p === 0 || span.chainOpen !== undefined) return null;
  const paragraph = doc.paragraph(p);
  const trailing = trailingReporter(ctx, span);
  if (trailing) return { speakerKey: trailing };
  if (span.open - paragraph.start > 4 || body.slice(paragraph.start, span.open).trim() !== "") return null;
  const previous = doc.paragraph(p - 1);
  if (previous.end - previous.start > MAX_PARAGRAPH || doc.headingParagraphs.has(p - 1)) return null;
  if (ctx.lastCloseBefore(span.open) >= previous.start || /[“”«»„"]/.test(body.slice(previous.start, previous.end))) return null;
  const si = doc.sentenceIndexAt(previous.end - 1);
  if (si === -1 || doc.sentences[si].start < previous.start) return null;
  const sentence = doc.sentences[si];
  const tokens = ctx.tokensBetween(sentence.start, sentence.end);
  if (!tokens.some((t) => REPORTING.has(t.text))) return null;
  const speakerKey = ctx.sentenceSubject(si) ?? reportingPronoun(ctx, tokens);
  return speakerKey ? { speakerKey } : null;
}

/**
 * `Orders are rising, Adeyemi told reporters. “We cannot keep up.”`: a quote opening its sentence right after a
 * sentence of the same paragraph, with no quote in it, that ends by naming its reporter (", <person> said/told
 * …") is that person's.
 */
function trailingReporter(ctx: SieveContext, span: QuoteSpan): string | null {
  const { body, doc } = ctx;
  const si = doc.sentenceIndexAt(span.open);
  if (si <= 0 || doc.sentences[si].start !== span.open) return null;
  const prev = doc.sentences[si - 1];
  if (body.slice(prev.end, span.open).includes("\n") || /[“”«»„"]/.test(body.slice(prev.start, prev.end))) return null;
  const mentions = doc.mentionsBetween(prev.start, prev.end);
  const last = mentions[mentions.length - 1];
  if (!last || last.kind !== "PERSON" || !/,\s*$/.test(body.slice(Math.max(prev.start, last.start - 80), last.start).replace(/(?:\p{Lu}[\p{L}.]*\s+){0,4}$/u, ""))) return null;
  const after = ctx.tokensBetween(last.end, prev.end);
  if (!after[0] || !REPORTING.has(after[0].text) || after.length > 4) return null;
  return last.key;
}

/**
 * `The carrier expects its first jets in 2027, she said.`: reported speech whose speaker is a pronoun next to
 * the reporting verb, resolved to the person it stands for.
 */
function reportingPronoun(ctx: SieveContext, tokens: Token[]): string | null {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const pronoun = PRONOUNS.has(tokens[k].text.toLowerCase()) && REPORTING.has(tokens[k + 1].text) ? tokens[k] : REPORTING.has(tokens[k].text) && PRONOUNS.has(tokens[k + 1].text) ? tokens[k + 1] : null;
    if (!pronoun) continue;
    const at = pronoun.start;
    return ctx.resolveSpeaker([pronoun], { text: "", start: at, end: at, open: at, close: at, closed: true }, "subject");
  }
  return null;
}

const PRONOUNS = new Set(["he", "she"]);

/** A reporting paragraph is short; a long one is narrative, not the lead-in to a quote. */
const MAX_PARAGRAPH = 600;
/** Verbs that report speech the next paragraph may go on to quote. */
const REPORTING = new Set([
  "said", "says", "told", "tells", "added", "explained", "warned", "insisted", "argued", "stated", "noted", "claimed",
  // Verbs of judging aloud ("Opposition leader X called the plan cruel."), whose speaker the next quote goes on with.
  "called", "described", "criticised", "criticized", "urged", "welcomed", "accused", "defended", "dismissed", "rejected",
  "praised", "blamed", "vowed", "pledged", "promised", "admitted", "acknowledged", "conceded", "denied", "stressed",
  "recalled", "predicted", "cautioned", "complained", "wrote", "posted", "tweeted",
  // "The coach talked about the side's spirit.": speaking of a subject, which the next paragraph quotes.
  "talked", "spoke",
]);
