import type { QuoteSpan } from "../document";
import type { Attribution, SieveContext } from "./context";
import { wordsBefore } from "./leading-verb";
import { wordsAfter } from "./trailing-verb";

/**
 * `…,” ANI quoted him as saying` / `…,” the agency quoted Ruiz as saying`: speech passed on by an agency or
 * outlet is the quoted person's, not the intermediary's.
 */
export function quotedAsSaying(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const after = wordsAfter(ctx, span);
  if (!after) return null;
  for (let v = 0; v < Math.min(after.length, 12); v++) {
    if (!/^(?:quoted|cited)$/.test(after[v].text)) continue;
    // "he was quoted as saying": a passive, for the next sieve.
    if (/^(?:was|were|is|been)$/.test(after[v - 1]?.text ?? "")) return null;
    const as = after.findIndex((t, i) => i > v && t.text === "as");
    if (as === -1 || as - v > 8 || !/^(?:saying|telling|stating|writing)$/.test(after[as + 1]?.text ?? "")) return null;
    // "the statement quoted the agency's chairman, Ade Bello, as saying": the person the appositive names, not the body.
    return { speakerKey: ctx.resolveSpeaker(after.slice(v + 1, as), span, "first-person") };
  }
  return null;
}

/**
 * `…,” she was quoted as saying by PTI` / `…,” he was quoted by the Daily Graphic as saying`: the subject of the
 * passive is the speaker; the outlet after "by" only passed the words on.
 */
export function quotedPassive(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const after = wordsAfter(ctx, span);
  if (!after) return null;
  for (let v = 1; v < Math.min(after.length, 10); v++) {
    if (after[v].text !== "quoted" || !/^(?:was|were|is|has been|had been|been)$/.test(after[v - 1].text)) continue;
    const as = after.findIndex((t, i) => i > v && t.text === "as");
    if (as === -1 || as - v > 8 || !/^(?:saying|telling|stating)$/.test(after[as + 1]?.text ?? "")) return null;
    const subject = after.slice(0, after[v - 2]?.text === "has" || after[v - 2]?.text === "had" ? v - 2 : v - 1);
    return subject.length > 0 ? { speakerKey: ctx.resolveSpeaker(subject, span, "subject") } : null;
  }
  return null;
}

/**
 * `APP quoted him as saying, “…”` / `The agency quoted Siddiqui as saying that “…”`: the same hand-on written
 * before the quote; the quoted person (or the pronoun's antecedent) is the speaker.
 */
export function quotedBefore(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const before = wordsBefore(ctx, span);
  for (let v = before.length - 1; v >= 0; v--) {
    if (!/^(?:quoted|cited)$/.test(before[v].text)) continue;
    if (/^(?:was|were|is|been)$/.test(before[v - 1]?.text ?? "")) return null;
    const as = before.findIndex((t, i) => i > v && t.text === "as");
    if (as === -1 || as - v > 8 || !/^(?:saying|telling|stating|writing)$/.test(before[as + 1]?.text ?? "")) return null;
    // Only the hand-on may stand between it and the quote ("as saying,", "as saying that").
    if (before.length - (as + 2) > 2) return null;
    return { speakerKey: ctx.resolveSpeaker(before.slice(v + 1, as), span, "first-person") };
  }
  return null;
}
