import { ROLE_WORDS } from "../lexicons/people";
import { SPEECH_VERBS } from "../lexicons/words";
import { Span, spanAt } from "../text/sentences";
import { Token } from "../text/tokens";
import type { ExtractedQuote } from "../types";
import type { ActorMention } from "./actors";

/** A stretch of text between quote marks (marks excluded), before speaker attribution. */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  close: number;
  closed: boolean;
  /** Opening mark of the first paragraph when the quote continues one left open in the paragraph before. */
  chainOpen?: number;
}

const OPEN_DOUBLE = new Set(["“", "„", "«"]);
const CLOSE_DOUBLE = new Set(["”", "»"]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const BEFORE_OPEN_SINGLE = /[\s([“"—–\-/]/;
const AFTER_CLOSE_SINGLE = /[\s.,;:!?)\]”"—–\-…]/;
// Elisions that open with an apostrophe, not a quote: 'em, 'til, '90s, rock 'n' roll.
const ELISION = /^(?:em|til|tis|twas|n|cause|bout|round|\d0s|\d\ds)\b/i;
const PRONOUNS = new Set(["he", "she"]);
const ORG_PRONOUNS = new Set(["it"]);

/** Find quoted stretches in the body: double marks first, then single marks outside them. */
export function findQuoteSpans(body: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let paragraphStart = 0;
  while (paragraphStart < body.length) {
    let paragraphEnd = body.indexOf("\n\n", paragraphStart);
    if (paragraphEnd === -1) paragraphEnd = body.length;
    const doubles = findDoubleQuotes(body, paragraphStart, paragraphEnd);
    spans.push(...doubles);
    let gapStart = paragraphStart;
    for (const d of [...doubles, null]) {
      const gapEnd = d ? d.open : paragraphEnd;
      spans.push(...findSingleQuotes(body, gapStart, gapEnd));
      if (d) gapStart = d.close;
    }
    paragraphStart = paragraphEnd + 2;
  }
  return spans.sort((a, b) => a.start - b.start);
}

function findDoubleQuotes(body: string, from: number, to: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const ch = body[i];
    const isOpen = OPEN_DOUBLE.has(ch) || (ch === '"' && open === -1);
    const isClose = CLOSE_DOUBLE.has(ch) || (ch === '"' && open !== -1);
    if (isOpen && (open === -1 || ch !== '"')) {
      open = i;
    } else if (isClose && open !== -1) {
      const span = makeSpan(body, open, i, i + 1, true);
      if (span) out.push(span);
      open = -1;
    }
  }
  if (open !== -1) {
    const span = makeSpan(body, open, to, to, false);
    if (span) out.push(span);
  }
  return out;
}

function findSingleQuotes(body: string, from: number, to: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = from;
  while (i < to) {
    const ch = body[i];
    if ((ch === "‘" || ch === "'") && isSingleOpen(body, i, from)) {
      const close = findSingleClose(body, i + 1, to);
      if (close !== -1) {
        const span = makeSpan(body, i, close, close + 1, true);
        if (span) out.push(span);
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

function isSingleOpen(body: string, i: number, from: number): boolean {
  const before = i > from ? body[i - 1] : " ";
  const after = body[i + 1] ?? "";
  if (!BEFORE_OPEN_SINGLE.test(before) || !WORD_CHAR.test(after)) return false;
  return !ELISION.test(body.slice(i + 1, i + 6));
}

function findSingleClose(body: string, from: number, to: number): number {
  let fallback = -1;
  for (let j = from; j < to; j++) {
    const ch = body[j];
    if (ch !== "’" && ch !== "'") continue;
    const before = body[j - 1];
    const after = j + 1 < to ? body[j + 1] : " ";
    if (!before || /\s/.test(before) || !AFTER_CLOSE_SINGLE.test(after)) continue;
    // "the soldiers’ families": a plural possessive, unless nothing better follows.
    if (before === "s" && /\s/.test(after) && /^\s+\p{Ll}/u.test(body.slice(j + 1, j + 4))) {
      if (fallback === -1) fallback = j;
      continue;
    }
    return j;
  }
  return fallback;
}

function makeSpan(body: string, open: number, closeMark: number, close: number, closed: boolean): QuoteSpan | null {
  let start = open + 1;
  let end = closeMark;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /[\s,]/.test(body[end - 1])) end--;
  if (end <= start) return null;
  return { text: body.slice(start, end), start, end, open, close, closed };
}

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (WORD_CHAR.test(w)) n++;
  return n;
}

export interface QuoteInput {
  body: string;
  tokens: Token[];
  sentences: Span[];
  mentions: ActorMention[];
  /** Actor key -> title, to read role references ("the governor said"). */
  titles?: ReadonlyMap<string, string>;
}

/** Quotes in order of appearance, each with the actor who said it or null when the text does not say. */
export function extractQuotes(input: QuoteInput): ExtractedQuote[] {
  const { body } = input;
  const spans = findQuoteSpans(body).filter((s) => isRealQuote(body, s, input.tokens));
  const out: ExtractedQuote[] = [];
  let previous: { span: QuoteSpan; speakerKey: string | null; paragraph: number; attributed: boolean } | null = null;
  for (const span of spans) {
    const paragraph = paragraphIndex(body, span.open);
    let speakerKey: string | null = null;
    if (previous && !previous.span.closed && paragraph === previous.paragraph + 1) span.chainOpen = previous.span.chainOpen ?? previous.span.open;
    const attribution = attribute(input, span);
    if (attribution.found) speakerKey = attribution.speakerKey;
    else if (previous && continues(input, previous.span, previous.paragraph, span, paragraph)) speakerKey = previous.speakerKey;
    out.push({ text: span.text, start: span.start, end: span.end, speakerKey });
    if (previous && !previous.span.closed && !previous.attributed && paragraph === previous.paragraph + 1) {
      // A quote running on into the next paragraph is attributed where it ends.
      out[out.length - 2].speakerKey = out[out.length - 2].speakerKey ?? speakerKey;
    }
    previous = { span, speakerKey, paragraph, attributed: attribution.found };
  }
  return out;
}

/** Scare quotes and titles of one to three words are not quotes, unless attributed like speech ("No," he said). */
function isRealQuote(body: string, span: QuoteSpan, tokens: Token[]): boolean {
  if (wordCount(span.text) > 3) return true;
  // "followed its permit “to the letter.”": a short quote inside a clause is a scare quote.
  if (/[\p{L}\p{N}]\s*$/u.test(body.slice(Math.max(0, span.open - 2), span.open))) return false;
  const inner = body.slice(span.start, span.close);
  if (!/[,.!?]\s*["”’']?$/.test(inner)) return false;
  const after = tokensBetween(tokens, span.close, span.close + 40);
  const first = after.find((t) => t.text !== ",");
  const second = after.filter((t) => t.text !== ",")[1];
  return !!first && (SPEECH_VERBS.has(first.text) || (!!second && SPEECH_VERBS.has(second.text)));
}

function paragraphIndex(body: string, offset: number): number {
  let n = 0;
  let i = body.indexOf("\n\n");
  while (i !== -1 && i < offset) {
    n++;
    i = body.indexOf("\n\n", i + 2);
  }
  return n;
}

/** A quote opening its sentence right after a quote by the same speaker continues that speaker's words. */
function continues(input: QuoteInput, prev: QuoteSpan, prevParagraph: number, span: QuoteSpan, paragraph: number): boolean {
  if (!prev.closed && paragraph === prevParagraph + 1) return true;
  if (paragraph !== prevParagraph && paragraph !== prevParagraph + 1) return false;
  const sentence = spanAt(input.sentences, span.open);
  const sentenceStart = sentence ? sentence.start : span.open;
  // "… said the talks were “candid” and that Beijing would “expand cooperation”": one attribution, two quotes.
  if (sentence && prev.open >= sentence.start && prev.close <= sentence.end && !/[.!?]["”’']?\s/.test(input.body.slice(prev.close - 2, span.open))) return true;
  const lead = input.body.slice(Math.max(sentenceStart, prev.close), span.open);
  // Nothing but the previous quote's attribution may stand between them.
  return !WORD_CHAR.test(lead);
}

function tokensBetween(tokens: Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i].end <= to; i++) out.push(tokens[i]);
  return out;
}

function attribute(input: QuoteInput, span: QuoteSpan): { found: boolean; speakerKey: string | null } {
  const { body, tokens, sentences } = input;
  // After the quote: to the end of the sentence holding the closing mark, or the next opening mark.
  // Speech attributed after the quote follows a comma, question or exclamation mark, or a dash.
  const trailing = body.slice(span.end, span.close + 2);
  // "… a tree: ‘Ibama go home,’” he said": the comma may sit inside a nested quote.
  if (span.closed && (/[,!?…—–-]/.test(trailing) || /[,!?…]['’]?$/.test(span.text))) {
    const sentence = spanAt(sentences, span.close - 1);
    let windowEnd = sentence ? sentence.end : span.close;
    // "“Where will the money come from?” Yadav's deputy, Sunil Tiwari, told reporters.": a question or
    // exclamation closes the sentence, and the attribution stands as the next one.
    if (windowEnd <= span.close + 1 && /[!?]$/.test(span.text)) {
      const next = sentence ? sentences[sentences.indexOf(sentence) + 1] : undefined;
      if (next && !body.slice(span.close, next.start).includes("\n")) windowEnd = next.end;
    }
    const nextOpen = body.slice(span.close, windowEnd).search(/[“"‘]/);
    if (nextOpen !== -1) windowEnd = span.close + nextOpen;
    const after = tokensBetween(tokens, span.close, windowEnd).filter((t) => t.text !== "," && t.text !== "—" && t.text !== "–");
    const result = attributeAfter(input, after, span);
    if (result.found) return result;
  }
  const sentence = spanAt(sentences, span.open);
  let windowStart = sentence ? sentence.start : span.open;
  const lastClose = Math.max(body.lastIndexOf("”", span.open - 1), body.lastIndexOf('"', span.open - 1));
  if (lastClose >= windowStart) windowStart = lastClose + 1;
  const before = tokensBetween(tokens, windowStart, span.open);
  const result = attributeBefore(input, before, span);
  if (result.found) return result;
  return attributeByColon(input, before, span) ?? attributeBySignature(input, span) ?? attributeBySubject(input, span) ?? result;
}

/** `Mariana Ruiz, an economist at …, was unconvinced: “…”`: the subject of the clause the colon ends. */
function attributeByColon(input: QuoteInput, before: Token[], span: QuoteSpan): Attribution | null {
  if (!/:\s*$/.test(input.body.slice(Math.max(0, span.open - 3), span.open)) || before.length === 0) return null;
  const first = input.mentions.find((m) => m.start >= before[0].start && m.end <= span.open);
  if (!first || first.kind !== "PERSON" || first.start - before[0].start > 40) return null;
  return { found: true, speakerKey: first.key };
}

/** A quote standing as its own paragraph, signed on the next line: `“…”` / `— Name, Title`. */
function attributeBySignature(input: QuoteInput, span: QuoteSpan): Attribution | null {
  const { body } = input;
  const paragraphEnd = body.indexOf("\n\n", span.close);
  if (paragraphEnd === -1 || body.slice(span.close, paragraphEnd).trim() !== "") return null;
  const paragraphStart = body.lastIndexOf("\n\n", span.open);
  if (body.slice(paragraphStart === -1 ? 0 : paragraphStart + 2, span.open).trim() !== "") return null;
  const next = paragraphEnd + 2;
  const dash = /^\s*[—–-]{1,2}\s*/.exec(body.slice(next, next + 4));
  if (!dash) return null;
  let lineEnd = body.indexOf("\n\n", next);
  if (lineEnd === -1) lineEnd = body.length;
  const comma = body.indexOf(",", next);
  const nameEnd = comma !== -1 && comma < lineEnd ? comma : lineEnd;
  const phrase = tokensBetween(input.tokens, next + dash[0].length, nameEnd);
  if (phrase.length === 0 || phrase.length > 8) return null;
  const speakerKey = resolveSpeaker(input, phrase, span, "first");
  return speakerKey ? { found: true, speakerKey } : null;
}

/**
 * A quote opening its sentence with no attribution, right after a sentence in the same paragraph
 * whose subject is a person: `Governor Ana Ruiz backed the plan. “It is fair,” …`.
 */
function attributeBySubject(input: QuoteInput, span: QuoteSpan): Attribution | null {
  const { body, sentences } = input;
  const sentence = spanAt(sentences, span.open);
  if (!sentence || sentence.start !== span.open) return null;
  const index = sentences.indexOf(sentence);
  const prev = sentences[index - 1];
  if (!prev || body.slice(prev.end, sentence.start).includes("\n")) return null;
  if (/[“”"]/.test(body.slice(prev.start, prev.end))) return null;
  // "Yadav's deputy, Sunil Tiwari, was scathing.": a possessor is not the subject.
  const subject = input.mentions.find((m) => m.start >= prev.start && m.end <= prev.end && !isPossessor(body, m));
  if (!subject || subject.kind !== "PERSON") return null;
  // The subject opens the sentence, perhaps after a title ("Labour Minister Kang Eun-ji urged …", "Yadav's deputy, …").
  const lead = tokensBetween(input.tokens, prev.start, subject.start);
  const leadWords = lead[lead.length - 1]?.text === "," ? lead.slice(0, -1) : lead;
  if (leadWords.length > (leadWords.length === lead.length ? 4 : 5)) return null;
  if (leadWords.some((t) => t.kind === "punct" || (!t.cap && !/^(?:the|a|an)$/i.test(t.text) && !(leadWords.length < lead.length && ROLE_WORDS.has(t.text.toLowerCase()))))) return null;
  // The next words after the name must make it the subject: a verb, not another noun phrase; an appositive
  // between commas may come first ("Sunil Tiwari, an opposition lawmaker, was scathing").
  const rest = tokensBetween(input.tokens, subject.end, prev.end);
  let k = 0;
  if (rest[0]?.text === ",") {
    k = rest.findIndex((t, i) => i > 0 && t.kind === "punct");
    if (k === -1 || k > 12 || rest[k].text !== ",") return null;
    k++;
  }
  const after = rest[k];
  if (!after || after.kind !== "word" || after.cap) return null;
  return { found: true, speakerKey: subject.key };
}

interface Attribution {
  found: boolean;
  speakerKey: string | null;
}

/** `…,” Ryder said` / `…,” said Rui Almeida, the …` / `…,” the ministry said in a statement`. */
function attributeAfter(input: QuoteInput, after: Token[], span: QuoteSpan): { found: boolean; speakerKey: string | null } {
  if (after.length === 0) return { found: false, speakerKey: null };
  if (isSpeechVerb(after, 0)) {
    let k = isAccordingTo(after, 0) ? 2 : 1;
    const from = k;
    while (k < after.length && after[k].kind !== "punct" && !/^(?:in|on|at|during|after|before|when|while|on|to|that|as)$/.test(after[k].text)) k++;
    if (k > from) return { found: true, speakerKey: resolveSpeaker(input, after.slice(from, k), span, "first") };
    return { found: false, speakerKey: null };
  }
  for (let v = 1; v < Math.min(after.length, 14); v++) {
    if (!isSpeechVerb(after, v)) continue;
    const subject = after.slice(0, v).filter((t) => !/ly$/.test(t.text) || t.cap);
    if (subject.some((t) => t.kind === "punct" && t.text !== "," && t.text !== "’" && t.text !== "'")) break;
    if (/^(?:and|but|or|then|while|as|which|who|so|before|after|because)$/i.test(subject[0]?.text ?? "")) break;
    return { found: true, speakerKey: resolveSpeaker(input, subject, span, "subject") };
  }
  return { found: false, speakerKey: null };
}

/** `Ryder said: “…”` / `Costa told reporters the new figures “…”` / `according to Ryder, “…”`. */
function attributeBefore(input: QuoteInput, before: Token[], span: QuoteSpan): { found: boolean; speakerKey: string | null } {
  for (let v = before.length - 1; v >= 0; v--) {
    if (isAccordingTo(before, v)) {
      let k = v + 2;
      while (k < before.length && before[k].kind !== "punct") k++;
      return { found: true, speakerKey: resolveSpeaker(input, before.slice(v + 2, k), span, "first") };
    }
    if (!isSpeechVerb(before, v) || isAccordingTo(before, v)) continue;
    // The subject is everything between the sentence start and the verb.
    const subject = before.slice(0, v);
    if (subject.length === 0) {
      // "said X: “…”" – the speaker follows the verb.
      let k = v + 1;
      while (k < before.length && before[k].kind !== "punct") k++;
      return { found: true, speakerKey: resolveSpeaker(input, before.slice(v + 1, k), span, "first") };
    }
    return { found: true, speakerKey: resolveSpeaker(input, subject, span, "subject") };
  }
  return { found: false, speakerKey: null };
}

function isSpeechVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== "word") return false;
  return SPEECH_VERBS.has(t.text) || isAccordingTo(tokens, i);
}

function isAccordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.text.toLowerCase() === "according" && tokens[i + 1]?.text === "to";
}

/**
 * Who a noun phrase names: an actor mentioned inside it (the one next to the verb, else the first person,
 * else the last organisation), a pronoun's antecedent, or "the ministry" -> the last ministry named.
 */
function resolveSpeaker(input: QuoteInput, phrase: Token[], span: QuoteSpan, prefer: "first" | "subject"): string | null {
  const words = phrase.filter((t) => t.kind !== "punct");
  if (words.length === 0) return null;
  const from = phrase[0].start;
  const to = phrase[phrase.length - 1].end;
  const inside = input.mentions.filter((m) => m.start >= from && m.end <= to);
  if (inside.length > 0) {
    if (prefer === "first") return inside[0].key;
    const lastWord = words[words.length - 1];
    // "Patrick Ryder, the Pentagon spokesman, said": after an appositive the subject is the person, not the body.
    const endsWithAppositive = phrase[phrase.length - 1].kind === "punct";
    const adjacentToVerb = endsWithAppositive ? undefined : inside.find((m) => m.end >= lastWord.start && m.start <= lastWord.end);
    if (adjacentToVerb) return adjacentToVerb.key;
    // "Yadav's deputy, Sunil Tiwari, said": a possessor is not the speaker.
    const person = inside.find((m) => m.kind === "PERSON" && !isPossessor(input.body, m)) ?? inside.find((m) => m.kind === "PERSON");
    if (person) return person.key;
    return inside[inside.length - 1].key;
  }
  for (const w of words) {
    const head = w.text.toLowerCase();
    if (!GENERIC_ORG_NOUNS.has(head)) continue;
    const org = lastOrganisationCalled(input, span.open, head);
    if (org) return org;
  }
  // "the governor", "the minister": the person named earlier with that title.
  const role = roleReference(words);
  if (role && input.titles) {
    for (let i = input.mentions.length - 1; i >= 0; i--) {
      const m = input.mentions[i];
      if (m.start >= span.open || m.kind !== "PERSON") continue;
      const title = input.titles.get(m.key);
      if (title && new RegExp(`\\b${role}\\b`, "i").test(title)) return m.key;
    }
  }
  if (words.length === 1) {
    const pronoun = words[0].text.toLowerCase();
    // A quote running over several paragraphs: the antecedent stands before its first paragraph.
    const anchor = span.chainOpen ?? span.open;
    if (PRONOUNS.has(pronoun)) return lastMention(input, anchor, "PERSON");
    if (ORG_PRONOUNS.has(pronoun)) return lastMention(input, anchor, "ORGANIZATION");
  }
  return null;
}

function isPossessor(body: string, m: ActorMention): boolean {
  return /^['’]s?\b/.test(body.slice(m.end, m.end + 3));
}

/** "the governor" / "the finance minister" -> "governor" / "finance minister"; null for other phrases. */
function roleReference(words: Token[]): string | null {
  if (words.length < 2 || words.length > 4 || !/^the$/i.test(words[0].text)) return null;
  const rest = words.slice(1);
  if (rest.some((t) => t.cap && t !== rest[rest.length - 1]) || !/^[\p{L}-]+$/u.test(rest.map((t) => t.text).join(""))) return null;
  const head = rest[rest.length - 1].text.toLowerCase();
  if (!ROLE_WORDS.has(head) || GENERIC_ORG_NOUNS.has(head)) return null;
  return rest.map((t) => t.text.toLowerCase()).join(" ");
}

// Nouns that stand for an organisation already named ("the company", "a ministry spokesman").
const GENERIC_ORG_NOUNS = new Set(["company", "firm", "group", "ministry", "agency", "embassy", "commission", "department", "government", "bank", "museum", "party", "coalition", "union", "charity", "organisation", "organization", "regulator", "council", "court", "university", "federation", "association"]);
const ANY_ORG_NOUNS = new Set(["company", "firm", "group", "agency", "organisation", "organization", "charity"]);

/** The last organisation named before `before` whose name has `head` in it, or for "the company" any organisation. */
function lastOrganisationCalled(input: QuoteInput, before: number, head: string): string | null {
  let fallback: string | null = null;
  for (let i = input.mentions.length - 1; i >= 0; i--) {
    const m = input.mentions[i];
    if (m.start >= before || m.kind !== "ORGANIZATION") continue;
    if (before - m.start > 3000) break;
    const name = m.key.slice(0, m.key.lastIndexOf("|"));
    if (name.split(/[\s-]+/).includes(head)) return m.key;
    if (fallback === null && ANY_ORG_NOUNS.has(head)) fallback = m.key;
  }
  return fallback;
}

function lastMention(input: QuoteInput, before: number, kind: "PERSON" | "ORGANIZATION"): string | null {
  const paragraphStart = input.body.lastIndexOf("\n\n", before);
  const windowStart = paragraphStart === -1 ? 0 : Math.max(0, input.body.lastIndexOf("\n\n", paragraphStart - 1));
  for (let i = input.mentions.length - 1; i >= 0; i--) {
    const m = input.mentions[i];
    if (m.start >= before) continue;
    if (m.start < windowStart) break;
    if (m.kind === kind) return m.key;
  }
  return null;
}
