import type { QuoteSpan } from "../document";
import type { Token } from "../text/tokens";
import { ROLE_WORDS } from "../lexicons/people";
import { type Attribution, type SieveContext, isAccordingTo, isSpeechVerb, leadingClauseEnd } from "./context";

/** Words that open a clause whose subject may be the pronoun after them ("for what they said", "as she told"). */
const CLAUSE_LINKS = new Set(["what", "which", "that", "as", "because", "when", "how", "where", "whom", "since", "if", "while"]);

/** How many words may stand between the pronoun and the colon ("he is blunter", "she put it more simply"). */
const COLON_CLAUSE_WORDS = 5;

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
    // "The regulator, the ministry and the central bank said in a joint statement that …": several bodies spoke
    // at once, and none of them alone is the speaker (as with "the joint statement said").
    const joint = before.slice(v + 1, v + 5).findIndex((t) => t.text === "joint");
    if (joint !== -1 && before[v + 2 + joint]?.text === "statement" && subject.some((t) => t.text === "and")) return { speakerKey: null };
    // "Critics attacked the mayor for what they said were “…”": a pronoun right before the verb, after a
    // word that opens a clause, is that clause's subject, not the sentence's; a "they" there is not the one
    // person the phrase names.
    const pronoun = subject[subject.length - 1];
    if (subject.length >= 3 && /^(?:he|she|they)$/.test(pronoun.text) && CLAUSE_LINKS.has(subject[subject.length - 2].text.toLowerCase())) {
      const plural = pronoun.text === "they";
      if (!plural || ctx.doc.mentionsBetween(subject[0].start, pronoun.start).some((m) => m.kind === "PERSON")) {
        return { speakerKey: ctx.resolveSpeaker([pronoun], span, "subject") };
      }
    }
    const reported = reportedClauseSubject(ctx, subject, span);
    return { speakerKey: reported ? reported.key : ctx.resolveSpeaker(subject, span, "subject") };
  }
  return null;
}

/**
 * `The prosecutor said as the verdict was read, Okoro stood up and shouted: “…”`: a speech verb inside what an
 * earlier speech verb reports has the subject of that reported clause, a name or "he"/"she" opening it (after a
 * leading clause), not the subject of the sentence. Null when the phrase holds no such clause.
 */
function reportedClauseSubject(ctx: SieveContext, subject: Token[], span: QuoteSpan): { key: string | null } | null {
  let u = subject.length - 1;
  while (u > 0 && !(isSpeechVerb(subject, u) && !/ing$/.test(subject[u].text) && subject[u].text !== "asked" && subject[u - 1].kind === "word")) u--;
  if (u <= 0 || subject.slice(0, u).some((t) => /^(?:who|whose|which)$/.test(t.text))) return null;
  let clause = subject.slice(u + 1);
  // "She told the court the foreman of the jury said …": the one told is not the reported clause's subject.
  const told = /^(?:told|tells)$/.test(subject[u].text);
  if (told) clause = clause.slice(addresseeLength(clause));
  while (clause.length > 0 && /^(?:that|,)$/.test(clause[0].text)) clause = clause.slice(1);
  const end = leadingClauseEnd(clause);
  if (end !== -1) clause = clause.slice(end + 1);
  const opener = clause[0];
  if (!opener) return null;
  // "… told the court the foreman said …": a description opening the reported clause is its subject, whoever
  // (or no one) it stands for.
  if (told && /^the$/.test(opener.text) && clause.length >= 2) return { key: ctx.resolveSpeaker(clause, span, "subject") };
  const mention = ctx.doc.mentionsBetween(opener.start, clause[clause.length - 1].end)[0];
  const opensWithName = mention !== undefined && mention.start === opener.start && mention.kind === "PERSON";
  if (!opensWithName && !/^(?:he|she)$/i.test(opener.text)) return null;
  return { key: ctx.resolveSpeaker(clause, span, "subject") };
}

/** How many words name the one told, after "told": "him", "reporters", "the court", "Mr Osei", "AFP". */
function addresseeLength(clause: Token[]): number {
  const first = clause[0];
  if (!first) return 0;
  if (ADDRESSEES.has(first.text)) return 1;
  if (/^the$/.test(first.text) && clause[1]?.kind === "word") return 2;
  let k = 0;
  while (k < clause.length && k < 4 && clause[k].kind === "word" && clause[k].cap) k++;
  return k;
}

const ADDRESSEES = new Set(["him", "her", "them", "us", "me", "reporters", "journalists", "parliament", "lawmakers", "MPs", "senators"]);

/** `Mariana Ruiz, an economist at …, was unconvinced: “…”`: the person opening the clause the colon ends. */
export function colon(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const before = wordsBefore(ctx, span);
  if (!/:\s*$/.test(ctx.body.slice(Math.max(0, span.open - 3), span.open)) || before.length === 0) return null;
  const first = ctx.doc.mentionsBetween(before[0].start, span.open)[0];
  if (!first) return pronounBeforeColon(ctx, span, before) ?? roleBeforeColon(ctx, span, before);
  if (first.kind !== "PERSON" || first.start - before[0].start > 40) return null;
  return { speakerKey: first.key };
}

/**
 * `The governor put it plainly: “…”` / `The minister was blunter: “…”`: "the" and a role noun opening the clause the
 * colon ends, in a few lower-case words, mean the person the text named with that role.
 */
function roleBeforeColon(ctx: SieveContext, span: QuoteSpan, before: Token[]): Attribution | null {
  const clause = leadingClauseEnd(before);
  const at = clause === -1 ? 0 : clause + 1;
  if (!/^the$/i.test(before[at]?.text ?? "")) return null;
  let j = at + 1;
  while (j < before.length && j <= at + 3 && before[j].kind === "word" && !before[j].cap && ROLE_WORDS.has(before[j].text)) j++;
  const rest = before.slice(j, -1);
  if (j === at + 1 || rest.length === 0 || rest.length > COLON_CLAUSE_WORDS || rest.some((t) => t.kind !== "word" || t.cap)) return null;
  const speakerKey = ctx.resolveSpeaker(before.slice(at, j), span, "subject");
  return speakerKey && ctx.kindOf(speakerKey) === "PERSON" ? { speakerKey } : null;
}

/**
 * `In an interview, she is blunter: “…”` / `He put it simply: “…”` / `His words: “…”`: a "he" or "she" opening the
 * clause (after a leading adverbial clause) that the colon ends, in a few words, means whoever such a pronoun means.
 */
function pronounBeforeColon(ctx: SieveContext, span: QuoteSpan, before: Token[]): Attribution | null {
  const clause = leadingClauseEnd(before);
  const at = clause === -1 ? 0 : clause + 1;
  // "Her words: “…”" / "In his words: “…”": a possessive pronoun before "words" means whoever "he" or "she" would.
  const opensIn = /^in$/i.test(before[at]?.text ?? "") ? 1 : 0;
  const pronoun = before[at + opensIn];
  if (!pronoun) return null;
  const rest = before.slice(at + opensIn + 1, -1);
  const ownWords = /^(?:his|her)$/i.test(pronoun.text) && rest.length === 1 && rest[0].text === "words";
  if (!ownWords && (opensIn === 1 || !/^(?:he|she)$/i.test(pronoun.text))) return null;
  if (!ownWords && (rest.length === 0 || rest.length > COLON_CLAUSE_WORDS || rest.some((t) => t.kind !== "word" || t.cap))) return null;
  const speakerKey = ctx.resolveSpeaker([pronoun], span, "subject");
  return speakerKey ? { speakerKey } : null;
}
