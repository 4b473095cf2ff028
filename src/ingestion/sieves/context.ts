/**
 * What a speaker-attribution sieve sees: the document, the quote, and mention->speaker resolution shared by
 * the sieves (a name inside the phrase, a role noun, a generic body noun, a pronoun).
 */
import type { ActorMention, Doc, QuoteSpan } from "../document";
import { ROLE_WORDS } from "../lexicons/people";
import { SPEECH_VERBS } from "../lexicons/words";
import type { Token } from "../text/tokens";
import { genderEvidence, type Gender } from "./gender";

/** A sieve's decision: who spoke (null when the phrase names no known actor). */
export interface Attribution {
  speakerKey: string | null;
}

/** One sieve: quote -> speaker phrase -> speaker, or null when the sieve does not apply. */
export type Sieve = (ctx: SieveContext, span: QuoteSpan) => Attribution | null;

/** Indexes over the document built once per article for the sieves. */
export class SieveContext {
  readonly body: string;
  private readonly titles = new Map<string, string>();
  private readonly genders = new Map<string, { gender: Gender; strong: boolean }>();
  /** Offsets of quote marks, to find the last close before a point by binary search. */
  private readonly closes: number[] = [];

  constructor(readonly doc: Doc) {
    this.body = doc.text;
    for (const a of doc.actors) {
      if (a.title) this.titles.set(a.key, a.title);
      if (a.kind === "PERSON") this.genders.set(a.key, genderEvidence(a.name, a.title));
    }
    for (let i = 0; i < this.body.length; i++) {
      const ch = this.body[i];
      if (ch === "”" || ch === '"') this.closes.push(i);
    }
    // "A HSE spokeswoman said …": an unnamed spokesperson speaks for the body, and so does a later "she".
    for (const m of doc.mentions) {
      if (m.kind !== "ORGANIZATION") continue;
      const after = /^(?:['’]s)?\s+(spokes(?:man|woman|person)|representative|official)\b/.exec(this.body.slice(m.end, m.end + 20));
      const before = /\b(?:[Aa]n?|[Tt]he)\s+$/.test(this.body.slice(Math.max(0, m.start - 5), m.start));
      if (after && before) this.spokespeople.push({ start: m.start, key: m.key, gender: SPOKES_GENDER[after[1]] ?? "unknown" });
    }
  }

  /** Unnamed spokespeople of bodies, in text order. */
  private readonly spokespeople: Array<{ start: number; key: string; gender: Gender }> = [];

  /** The last unnamed spokesperson of a body before `before` and after `after`, whose gender fits. */
  private lastSpokesperson(before: number, after: number, gender: Gender): string | null {
    let lo = 0;
    let hi = this.spokespeople.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spokespeople[mid].start < before) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found; i >= 0 && i > found - 5; i--) {
      const sp = this.spokespeople[i];
      if (sp.start <= after) break;
      if (sp.gender === gender || sp.gender === "unknown") return sp.key;
    }
    return null;
  }

  /** The last closing double mark before `offset`, or -1. */
  lastCloseBefore(offset: number): number {
    let lo = 0;
    let hi = this.closes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.closes[mid] < offset) {
        found = this.closes[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  tokensBetween(from: number, to: number): Token[] {
    return this.doc.tokensBetween(from, to);
  }

  titleOf(key: string): string | undefined {
    return this.titles.get(key);
  }

  /**
   * Who a noun phrase names: an actor mentioned inside it (the one next to the verb, else the first person,
   * else the last organisation), a pronoun's antecedent, or "the ministry" -> the last ministry named.
   */
  resolveSpeaker(phrase: Token[], span: QuoteSpan, prefer: "first" | "first-person" | "subject"): string | null {
    const words = phrase.filter((t) => t.kind !== "punct");
    if (words.length === 0) return null;
    const from = phrase[0].start;
    const to = phrase[phrase.length - 1].end;
    const inside = this.doc.mentionsBetween(from, to);
    if (inside.length > 0) {
      if (prefer === "first") return inside[0].key;
      if (prefer === "first-person") return (inside.find((m) => m.kind === "PERSON" && !this.isPossessor(m)) ?? inside[0]).key;
      const lastWord = words[words.length - 1];
      // "Patrick Ryder, the Pentagon spokesman, said": after an appositive the subject is the person, not the body.
      const endsWithAppositive = phrase[phrase.length - 1].kind === "punct";
      const adjacentToVerb = endsWithAppositive ? undefined : inside.find((m) => m.end >= lastWord.start && m.start <= lastWord.end);
      if (adjacentToVerb) return adjacentToVerb.key;
      // "Yadav's deputy, Sunil Tiwari, said": a possessor is not the speaker.
      const person = inside.find((m) => m.kind === "PERSON" && !this.isPossessor(m)) ?? inside.find((m) => m.kind === "PERSON");
      if (person) return person.key;
      return inside[inside.length - 1].key;
    }
    const anchor = span.chainOpen ?? span.open;
    // "the world's top-selling automaker", "the ministry": a body named earlier with that head noun.
    const head = words[words.length - 1].text.toLowerCase();
    if (words.length >= 2 && /^(?:the|its|a)$/i.test(words[0].text) || words.length === 1) {
      for (const w of [head, ...words.map((t) => t.text.toLowerCase())]) {
        if (!GENERIC_ORG_NOUNS.has(w) && !COMPANY_DESCRIPTIONS.test(w)) continue;
        const org = this.lastOrganisationCalled(anchor, w);
        if (org) return org;
        break;
      }
    }
    // "the governor", "the head of state": the person named earlier with that title.
    const role = roleReference(words);
    if (role) {
      const key = this.lastPersonTitled(anchor, role);
      if (key) return key;
    }
    if (words.length === 1) {
      const pronoun = words[0].text.toLowerCase();
      // A quote running over several paragraphs: the antecedent stands before its first paragraph.
      if (pronoun === "he" || pronoun === "him") return this.lastPerson(anchor, "male");
      if (pronoun === "she" || pronoun === "her") return this.lastPerson(anchor, "female");
      if (pronoun === "it") return this.lastMention(anchor, "ORGANIZATION");
    }
    return null;
  }

  isPossessor(m: ActorMention): boolean {
    return /^['’]s?\b/.test(this.body.slice(m.end, m.end + 3));
  }

  /** The window a pronoun or role noun looks back over: this paragraph and the one before. */
  private windowStart(before: number): number {
    const p = this.doc.paragraphAt(before);
    return this.doc.paragraph(Math.max(0, p - 1)).start;
  }

  /** The last person before `before` (in this paragraph or the previous) whose gender does not clash with the pronoun's. */
  private lastPerson(before: number, gender: Gender): string | null {
    const start = this.windowStart(before);
    const ms = this.doc.mentions;
    const stop = Math.max(-1, this.doc.mentionIndexAt(before) - 1 - LOOK_BACK);
    let person: ActorMention | null = null;
    // The nearest person whose gender fits; failing that, the nearest whose gender only the lexicon of
    // given names contradicts (it mislabels some names).
    let weakClash: ActorMention | null = null;
    for (let i = this.doc.mentionIndexAt(before) - 1; i > stop; i--) {
      const m = ms[i];
      if (m.start < start) break;
      if (m.kind !== "PERSON") continue;
      const g = this.genders.get(m.key) ?? { gender: "unknown", strong: false };
      if (g.gender === gender || g.gender === "unknown") {
        person = m;
        break;
      }
      if (!g.strong && !weakClash) weakClash = m;
    }
    person = person ?? weakClash;
    // An unnamed spokesperson named after that person is the nearer antecedent.
    return this.lastSpokesperson(before, person ? person.start : start - 1, gender) ?? person?.key ?? null;
  }

  private lastMention(before: number, kind: "PERSON" | "ORGANIZATION"): string | null {
    const start = this.windowStart(before);
    const ms = this.doc.mentions;
    const stop = Math.max(-1, this.doc.mentionIndexAt(before) - 1 - LOOK_BACK);
    for (let i = this.doc.mentionIndexAt(before) - 1; i > stop; i--) {
      const m = ms[i];
      if (m.start < start) break;
      if (m.kind === kind) return m.key;
    }
    return null;
  }

  /** The last person named before `before` (up to 200 mentions back) whose title holds the role. */
  private lastPersonTitled(before: number, role: string): string | null {
    const wanted = roleForms(role);
    const ms = this.doc.mentions;
    let looked = 0;
    for (let i = this.doc.mentionIndexAt(before) - 1; i >= 0 && looked < LOOK_BACK; i--, looked++) {
      const m = ms[i];
      if (m.kind !== "PERSON") continue;
      const title = this.titles.get(m.key)?.toLowerCase();
      if (title && wanted.some((w) => new RegExp(`(?:^|[\\s-])${w.replace(/[.]/g, "\\.")}(?:$|[\\s,])`).test(title))) return m.key;
    }
    return null;
  }

  /** The last organisation named before `before` whose name has `head` in it, or for "the company" any organisation. */
  private lastOrganisationCalled(before: number, head: string): string | null {
    let fallback: string | null = null;
    const ms = this.doc.mentions;
    const anyBody = ANY_ORG_NOUNS.has(head) || COMPANY_DESCRIPTIONS.test(head);
    const stop = Math.max(-1, this.doc.mentionIndexAt(before) - 1 - LOOK_BACK);
    for (let i = this.doc.mentionIndexAt(before) - 1; i > stop; i--) {
      const m = ms[i];
      if (before - m.start > 3000) break;
      if (m.kind !== "ORGANIZATION") continue;
      const name = m.key.slice(0, m.key.lastIndexOf("|"));
      if (name.split(/[\s-]+/).includes(head)) return m.key;
      if (fallback === null && anyBody) fallback = m.key;
    }
    return fallback;
  }
}

const SPOKES_GENDER: Record<string, Gender> = { spokesman: "male", spokeswoman: "female" };

/** How many mentions a pronoun, role noun or body noun looks back over at most (bounds the work per quote). */
const LOOK_BACK = 200;

/** "the governor" / "the finance minister" / "the head of state" -> the role; null for other phrases. */
function roleReference(words: Token[]): string | null {
  if (words.length < 2 || words.length > 5 || !/^the$/i.test(words[0].text)) return null;
  let rest = words.slice(1);
  // "the head of state", "the minister of finance": the role with its field.
  const of = rest.findIndex((t) => t.text === "of" || t.text === "for");
  const roleWords = of > 0 ? rest.slice(0, of) : rest;
  if (roleWords.some((t) => t.cap && t !== roleWords[roleWords.length - 1]) || !/^[\p{L}.-]+$/u.test(rest.map((t) => t.text).join(""))) return null;
  const head = roleWords[roleWords.length - 1].text.toLowerCase();
  if (!ROLE_WORDS.has(head) || GENERIC_ORG_NOUNS.has(head)) return null;
  rest = of > 0 ? rest : roleWords;
  return rest.map((t) => t.text.toLowerCase()).join(" ");
}

/** The ways a title may write a role ("governor" is "Gov." too; the head of state is a president or monarch). */
function roleForms(role: string): string[] {
  const forms = new Set([role]);
  const words = role.split(" ");
  if (words.length > 1 && !role.includes(" of ")) forms.add(words[words.length - 1]);
  for (const [word, alts] of ROLE_SYNONYMS) if (role === word || role.endsWith(" " + word)) for (const a of alts) forms.add(a);
  return [...forms];
}

const ROLE_SYNONYMS: Array<[string, string[]]> = [
  ["governor", ["gov."]],
  ["judge", ["justice"]],
  ["justice", ["judge"]],
  ["senator", ["sen."]],
  ["representative", ["rep."]],
  ["general", ["gen."]],
  ["head of state", ["president", "king", "queen", "emir", "sultan", "monarch"]],
  ["head of government", ["prime minister", "premier", "chancellor", "chief minister"]],
  ["chief executive", ["ceo", "chief executive officer"]],
  ["ceo", ["chief executive", "chief executive officer"]],
  ["leader", ["chief", "head"]],
  ["prime minister", ["premier", "pm"]],
  ["spokesperson", ["spokesman", "spokeswoman"]],
  ["spokesman", ["spokesperson"]],
  ["spokeswoman", ["spokesperson"]],
];

/** Nouns that stand for an organisation already named ("the company", "a ministry spokesman"). */
export const GENERIC_ORG_NOUNS = new Set(["company", "firm", "group", "ministry", "agency", "embassy", "commission", "department", "government", "bank", "museum", "party", "coalition", "union", "charity", "organisation", "organization", "regulator", "council", "court", "university", "federation", "association", "automaker", "carmaker", "airline", "insurer", "lender", "miner", "retailer", "broadcaster", "utility", "operator", "manufacturer", "body", "watchdog", "authority", "institute", "foundation", "club", "board", "office", "service"]);
const ANY_ORG_NOUNS = new Set(["company", "firm", "group", "agency", "organisation", "organization", "charity", "body"]);
/** Nouns that describe a business by what it makes or does ("the automaker", "the chipmaker", "the retailer"). */
const COMPANY_DESCRIPTIONS = /^(?:\w+-?maker|\w+-?builder|automaker|carmaker|airline|insurer|lender|miner|retailer|broadcaster|utility|operator|manufacturer|conglomerate|giant|producer|exporter|supplier|developer|refiner)s?$/;

export function isSpeechVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== "word") return false;
  return SPEECH_VERBS.has(t.text) || isAccordingTo(tokens, i);
}

export function isAccordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.text.toLowerCase() === "according" && tokens[i + 1]?.text === "to";
}
