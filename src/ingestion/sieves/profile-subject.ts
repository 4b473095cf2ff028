import type { QuoteSpan } from "../document";
import type { Attribution, SieveContext } from "./context";

/**
 * A paragraph that is nothing but a quote in the first person, with no attribution, after a paragraph of narrative
 * about one person already quoted: `Okafor, 61, trained as a nurse in Enugu. Her mother ran a clinic there.` /
 * `“I thought she worked too hard.”`. The person the narrative was about says it, whoever "she" inside means.
 */
export function profileSubject(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const { body, doc } = ctx;
  const p = doc.paragraphAt(span.open);
  if (p === 0 || span.chainOpen !== undefined || !span.closed) return null;
  const paragraph = doc.paragraph(p);
  if (body.slice(paragraph.start, span.open).trim() !== "" || body.slice(span.close, paragraph.end).trim() !== "") return null;
  if (!FIRST_PERSON.test(span.text)) return null;
  const previous = doc.paragraph(p - 1);
  if (previous.end - previous.start > MAX_PARAGRAPH || doc.headingParagraphs.has(p - 1)) return null;
  if (/[“”«»„"]/.test(body.slice(previous.start, previous.end))) return null;
  const si = doc.sentenceIndexAt(previous.start);
  if (si === -1) return null;
  const subject = ctx.sentenceSubject(si);
  if (!subject || ctx.kindOf(subject) !== "PERSON" || !ctx.hasSpokenBefore(subject, previous.start)) return null;
  // Anyone else named in the narrative could be the one who speaks next.
  if (doc.mentionsBetween(previous.start, previous.end).some((m) => m.kind === "PERSON" && m.key !== subject)) return null;
  return { speakerKey: subject };
}

/** A quote opening in the first person ("I thought …", "We never …", "My father …"). */
const FIRST_PERSON = /^(?:I|I['’](?:m|ve|d|ll)|We|We['’](?:re|ve|d|ll)|My|Our)\b/;
/** A narrative paragraph is short enough to be about one person. */
const MAX_PARAGRAPH = 600;
