import type { QuoteSpan } from "../document";
import type { Token } from "../text/tokens";
import { ROLE_WORDS } from "../lexicons/people";
import { type Attribution, type SieveContext, isAccordingTo, isSpeechVerb } from "./context";

/**
 * `…,” Ryder said` / `…,” said Rui Almeida, the …` / `…,” the ministry said in a statement`: a speech verb in
 * the words after the closing mark, up to the end of the sentence or the next quote.
 */
export function trailingVerb(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const after = wordsAfter(ctx, span);
  if (!after || after.length === 0) return null;
  if (isSpeechVerb(after, 0)) {
    let k = isAccordingTo(after, 0) ? 2 : 1;
    const from = k;
    // "said the 30-year-old Kiprono": a hyphen glued to the words either side joins them, like the age's.
    while (k < after.length && (after[k].kind !== "punct" || gluedHyphen(after, k)) && !CLAUSE_WORDS.test(after[k].text)) k++;
    // "said chief dealer at Karoo Bank, Sipho Dlamini": a role's "at", its employer's capitalised name, then the
    // person's name, which ends the clause.
    // Only lower-case title words stand between the verb and "at" ("said Rachel Kim, an analyst at …" names her first).
    if (k > from && after[k]?.text === "at" && ROLE_WORDS.has(after[k - 1].text) && after.slice(from, k).every((t) => !t.cap)) {
      let j = k + 1;
      while (j < after.length && j < k + 8 && after[j].kind === "word" && (after[j].cap || after[j].text === "of" || after[j].text === "and")) j++;
      // The commas are left out of these words: the person is the run's last two or three words that name one.
      for (let n = j - 3; n <= j - 2 && j >= after.length - 1; n++) {
        const speakerKey = n > k + 1 ? ctx.resolveSpeaker(after.slice(n, j), span, "first-person") : null;
        if (speakerKey) return { speakerKey };
      }
    }
    // "said Counterpoint senior analyst Priya Iyer": the person, not the employer named in the title.
    if (k > from) return { speakerKey: ctx.resolveSpeaker(after.slice(from, k), span, "first-person") };
    return null;
  }
  for (let v = 1; v < Math.min(after.length, subjectReach(after)); v++) {
    if (!isSpeechVerb(after, v)) continue;
    const subject = after.slice(0, v).filter((t) => !/ly$/.test(t.text) || t.cap);
    // Hyphens join words ("the 81-year-old"); other marks end the phrase.
    // "Eng. Mwakilema said": the full stop of a title's abbreviation stays inside the phrase.
    if (subject.some((t, i) => t.kind === "punct" && t.text !== "," && t.text !== "’" && t.text !== "'" && t.text !== "-" && !isTitleStop(subject, i))) break;
    if (/^(?:and|but|or|then|while|as|which|who|so|before|after|because)$/i.test(subject[0]?.text ?? "")) break;
    return { speakerKey: ctx.resolveSpeaker(subject, span, "subject") };
  }
  return null;
}

/**
 * How many words the subject before a trailing verb may take: `…,” Mendoza, 71, who is running for governor in the
 * province next year, said` reaches past a relative clause opened right after the name.
 */
function subjectReach(after: Token[]): number {
  return after.slice(1, 4).some((t) => t.text === "who") ? RELATIVE_SUBJECT_WORDS : SUBJECT_WORDS;
}

/** Words a trailing verb's subject may take, and with a relative clause after the name. */
const SUBJECT_WORDS = 14;
const RELATIVE_SUBJECT_WORDS = 26;

/** A hyphen with no space on either side, between two tokens ("29-year-old"). */
function gluedHyphen(words: Token[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  return words[i].text === "-" && !!before && !!after && before.end === words[i].start && words[i].end === after.start;
}

/** The full stop right after a short capitalised word that a name follows ("Dr. Ruiz", "Eng. Mwakilema"). */
function isTitleStop(words: Token[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  return words[i].text === "." && !!before && before.kind === "word" && before.cap && before.text.length <= 4 && before.end === words[i].start && !!after && after.cap;
}

const OPENERS = new Set(["“", '"', "‘", "«", "„"]);
const CLAUSE_WORDS = /^(?:in|on|at|during|after|before|when|while|to|that|as)$/;

/**
 * The words after a quote that may attribute it, commas and dashes left out; null when the quote does not end
 * the way speech attributed after it does (a comma, question or exclamation mark, or a dash).
 */
export function wordsAfter(ctx: SieveContext, span: QuoteSpan): Token[] | null {
  const { body, doc } = ctx;
  const trailing = body.slice(span.end, span.close + 2);
  // "… a tree: ‘Ibama go home,’” he said": the comma may sit inside a nested quote.
  if (!span.closed || !(/[,!?…—–-]/.test(trailing) || /[,!?…]['’]?$/.test(span.text))) return null;
  const si = doc.sentenceIndexAt(span.close - 1);
  const sentence = si === -1 ? null : doc.sentences[si];
  let windowEnd = sentence ? sentence.end : span.close;
  // "“Where will the money come from?” Yadav's deputy, Sunil Tiwari, told reporters.": a question or
  // exclamation closes the sentence, and the attribution stands as the next one.
  if (windowEnd <= span.close + 1 && /[!?]$/.test(span.text)) {
    const next = si === -1 ? undefined : doc.sentences[si + 1];
    if (next && !body.slice(span.close, next.start).includes("\n")) windowEnd = next.end;
  }
  // Up to the next opening mark; a character loop, so a long sentence is not copied once per quote.
  for (let i = span.close; i < windowEnd; i++) {
    if (OPENERS.has(body[i])) {
      windowEnd = i;
      break;
    }
  }
  return ctx.tokensBetween(span.close, windowEnd).filter((t) => t.text !== "," && t.text !== "—" && t.text !== "–");
}
