import type { QuoteSpan } from "../document";
import type { Token } from "../text/tokens";
import { type Attribution, type SieveContext, isAccordingTo, isSpeechVerb } from "./context";

/** The words of the quote's sentence before its opening mark (after any earlier quote in that sentence). */
export function wordsBefore(ctx: SieveContext, span: QuoteSpan): Token[] {
  const { doc } = ctx;
  const si = doc.sentenceIndexAt(span.open);
  let windowStart = si === -1 ? span.open : doc.sentences[si].start;
  const lastClose = ctx.lastCloseBefore(span.open);
  if (lastClose >= windowStart) windowStart = lastClose + 1;
  return ctx.tokensBetween(windowStart, span.open);
}

/** `according to Ryder, “…”`: the phrase after "according to" before the quote. */
export function accordingToBefore(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const before = wordsBefore(ctx, span);
  for (let v = before.length - 1; v >= 0; v--) {
    if (isSpeechVerb(before, v) && !isAccordingTo(before, v)) return null;
    if (!isAccordingTo(before, v)) continue;
    let k = v + 2;
    while (k < before.length && before[k].kind !== "punct") k++;
    return { speakerKey: ctx.resolveSpeaker(before.slice(v + 2, k), span, "first") };
  }
  return null;
}

/** `Ryder said: “…”` / `Costa told reporters the new figures “…”` / `said X: “…”`: a speech verb before the quote. */
export function leadingVerb(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  // "„…“, said CEO Annika Brandt. „…“": the comma left over from the quote before is not a subject.
  const all = wordsBefore(ctx, span);
  let first = 0;
  while (first < all.length && all[first].kind === "punct") first++;
  const before = first === 0 ? all : all.slice(first);
  for (let v = before.length - 1; v >= 0; v--) {
    if (!isSpeechVerb(before, v) || isAccordingTo(before, v)) continue;
    // The subject is everything between the sentence start and the verb.
    const subject = before.slice(0, v);
    if (subject.length === 0) {
      let k = v + 1;
      while (k < before.length && before[k].kind !== "punct") k++;
      // "said CEO of Voltera Energie Annika Brandt": the person, not the employer named in the title.
      return { speakerKey: ctx.resolveSpeaker(before.slice(v + 1, k), span, "first-person") };
    }
    return { speakerKey: ctx.resolveSpeaker(subject, span, "subject") };
  }
  return null;
}

/** `Mariana Ruiz, an economist at …, was unconvinced: “…”`: the person opening the clause the colon ends. */
export function colon(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const before = wordsBefore(ctx, span);
  if (!/:\s*$/.test(ctx.body.slice(Math.max(0, span.open - 3), span.open)) || before.length === 0) return null;
  const first = ctx.doc.mentionsBetween(before[0].start, span.open)[0];
  if (!first || first.kind !== "PERSON" || first.start - before[0].start > 40) return null;
  return { speakerKey: first.key };
}
