import type { QuoteSpan } from "../document";
import type { Attribution, SieveContext } from "./context";

/** A quote standing as its own paragraph, signed on the next line: `“…”` / `— Name, Title`. */
export function signature(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const { body, doc } = ctx;
  const p = doc.paragraphAt(span.open);
  const paragraph = doc.paragraph(p);
  // The quote fills its paragraph (only a few characters of space may stand around it).
  if (paragraph.end - span.close > 4 || span.open - paragraph.start > 4) return null;
  if (body.slice(span.close, paragraph.end).trim() !== "" || body.slice(paragraph.start, span.open).trim() !== "") return null;
  const nextParagraph = doc.paragraph(p + 1);
  const next = nextParagraph.start;
  if (next >= body.length) return null;
  const dash = /^\s*[—–-]{1,2}\s*/.exec(body.slice(next, next + 4));
  if (!dash) return null;
  const comma = body.indexOf(",", next);
  const nameEnd = comma !== -1 && comma < nextParagraph.end ? comma : nextParagraph.end;
  const phrase = ctx.tokensBetween(next + dash[0].length, nameEnd);
  if (phrase.length === 0 || phrase.length > 8) return null;
  const speakerKey = ctx.resolveSpeaker(phrase, span, "first");
  return speakerKey ? { speakerKey } : null;
}
