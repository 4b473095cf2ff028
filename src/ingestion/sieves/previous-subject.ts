import type { QuoteSpan } from "../document";
import { ROLE_WORDS } from "../lexicons/people";
import type { Attribution, SieveContext } from "./context";

/**
 * A quote opening its sentence with no attribution, right after a sentence in the same paragraph
 * whose subject is a person: `Governor Ana Ruiz backed the plan. “It is fair,” …`.
 */
export function previousSubject(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const { body, doc } = ctx;
  const index = doc.sentenceIndexAt(span.open);
  if (index <= 0 || doc.sentences[index].start !== span.open) return null;
  const sentence = doc.sentences[index];
  const prev = doc.sentences[index - 1];
  if (body.slice(prev.end, sentence.start).includes("\n")) return null;
  if (/[“”"]/.test(body.slice(prev.start, prev.end))) return null;
  // "Yadav's deputy, Sunil Tiwari, was scathing.": a possessor is not the subject.
  const subject = doc.mentionsBetween(prev.start, prev.end).find((m) => !ctx.isPossessor(m));
  if (!subject || subject.kind !== "PERSON") return null;
  // The subject opens the sentence, perhaps after a title ("Labour Minister Kang Eun-ji urged …", "Yadav's deputy, …").
  const lead = ctx.tokensBetween(prev.start, subject.start);
  const leadWords = lead[lead.length - 1]?.text === "," ? lead.slice(0, -1) : lead;
  if (leadWords.length > (leadWords.length === lead.length ? 4 : 5)) return null;
  if (leadWords.some((t) => t.kind === "punct" || (!t.cap && !/^(?:the|a|an)$/i.test(t.text) && !(leadWords.length < lead.length && ROLE_WORDS.has(t.text.toLowerCase()))))) return null;
  // The next words after the name must make it the subject: a verb, not another noun phrase; an appositive
  // between commas may come first ("Sunil Tiwari, an opposition lawmaker, was scathing").
  const rest = ctx.tokensBetween(subject.end, prev.end);
  let k = 0;
  if (rest[0]?.text === ",") {
    k = rest.findIndex((t, i) => i > 0 && t.kind === "punct");
    if (k === -1 || k > 12 || rest[k].text !== ",") return null;
    k++;
  }
  const after = rest[k];
  if (!after || after.kind !== "word" || after.cap) return null;
  return { speakerKey: subject.key };
}
