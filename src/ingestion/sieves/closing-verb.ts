import type { QuoteSpan } from "../document";
import { CLOSING_SPEECH_VERBS } from "../lexicons/words";
import type { Attribution, SieveContext } from "./context";
import { wordsAfter } from "./trailing-verb";

/**
 * `…?” she pressed.` / `…,” Mr Dzokoto fumed.` / `…,” interjected the Premier.`: a verb that attributes speech only
 * when it closes a quote, right after a short subject (or before one), with nothing but the sentence end or a
 * clause after it.
 */
export function closingVerb(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const after = wordsAfter(ctx, span);
  if (!after || after.length === 0) return null;
  if (CLOSING_SPEECH_VERBS.has(after[0].text)) {
    let k = 1;
    while (k < after.length && after[k].kind !== "punct" && k < MAX_SUBJECT + 1) k++;
    return k > 1 ? { speakerKey: ctx.resolveSpeaker(after.slice(1, k), span, "first-person") } : null;
  }
  for (let v = 1; v <= Math.min(after.length - 1, MAX_SUBJECT); v++) {
    if (after[v].kind === "punct") return null;
    if (!CLOSING_SPEECH_VERBS.has(after[v].text)) continue;
    // "… fumed." / "… pressed, …" / "… queried during the hearing": the verb has no object of its own.
    const next = after[v + 1];
    if (next && next.kind === "word" && !/^(?:in|on|at|during|after|before|when|while|as|from|outside)$/.test(next.text)) return null;
    const subject = after.slice(0, v);
    if (/^(?:and|but|or|then|while|as|which|who|that|so)$/i.test(subject[0].text)) return null;
    return { speakerKey: ctx.resolveSpeaker(subject, span, "subject") };
  }
  return null;
}

/** A closing verb's subject is short: a pronoun, a name with a title, or a role noun ("the Premier once again"). */
const MAX_SUBJECT = 6;
