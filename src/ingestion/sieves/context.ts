/**
 * What a speaker-attribution sieve sees: the document, the quote, and mention->speaker resolution shared by
 * the sieves (a name inside the phrase, a role noun, a generic body noun, a pronoun).
 */
import type { ActorMention, Doc, QuoteSpan } from "../document";
import { ROLE_ABBREVIATIONS, ROLE_WORDS, STAFF_PLURALS, SURNAME_PARTICLES, TITLE_MODIFIERS } from "../lexicons/people";
import { SPEAKER_ADVERBS, SPEECH_VERBS } from "../lexicons/words";
import { lowerBound } from "../text/search";
import { spanIndexAt } from "../text/sentences";
import type { Token } from "../text/tokens";
import { isNoBusinessName } from "../stages/entity-words";
import { genderEvidence, honorificGender, type Gender } from "./gender";

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
  private readonly kinds = new Map<string, string>();
  /** Each actor's name as written (keys are folded to lower case). */
  private readonly names = new Map<string, string>();
  /** The last words of each person's name (two or more words), to the person, or null when several share them. */
  private readonly nameTails = new Map<string, string | null>();
  /** Offsets of quote marks, to find the last close before a point by binary search. */
  private readonly closes: number[] = [];

  constructor(readonly doc: Doc) {
    this.body = doc.text;
    for (const a of doc.actors) {
      if (a.kind === "PERSON") {
        // "Ferreyra Lagos said" for Santiago Ferreyra Lagos: the last words of one person's name, however the
        // mentions were read (a surname that is also a city).
        const parts = a.name.split(" ");
        for (let k = 1; k < parts.length; k++) {
          const tail = parts.slice(k).join(" ");
          this.nameTails.set(tail, this.nameTails.has(tail) && this.nameTails.get(tail) !== a.key ? null : a.key);
        }
      }
      if (a.title) this.titles.set(a.key, a.title);
      this.kinds.set(a.key, a.kind);
      this.names.set(a.key, a.name);
      if (a.kind === "PERSON") this.genders.set(a.key, genderEvidence(a.name, a.title));
    }
    // "Ms Wairimu said": an honorific in the text says the gender as surely as a title does.
    for (const m of doc.mentions) {
      if (m.kind !== "PERSON") continue;
      const g = honorificGender(this.body.slice(Math.max(0, m.start - 6), m.start));
      if (g) this.genders.set(m.key, { gender: g, strong: true });
    }
    for (let i = 0; i < this.body.length; i++) {
      const ch = this.body[i];
      if (ch === "”" || ch === '"') this.closes.push(i);
    }
    // „…“ and «…» close with marks that open quotes elsewhere: the spans say where each quote closed.
    let merged = false;
    for (const span of doc.quoteSpans) {
      const ch = this.body[span.close - 1];
      if (span.closed && /[»“’']/.test(ch ?? "")) {
        this.closes.push(span.close - 1);
        merged = true;
      }
    }
    if (merged) this.closes.sort((a, b) => a - b);
    // "A HSE spokeswoman said …": an unnamed spokesperson speaks for the body, and so does a later "she".
    for (const m of doc.mentions) {
      if (m.kind !== "ORGANIZATION") continue;
      const after = /^(?:['’]s)?\s+(spokes(?:man|woman|person)|representative|official)\b/.exec(this.body.slice(m.end, m.end + 20));
      const before = /\b(?:[Aa]n?|[Tt]he)\s+$/.exec(this.body.slice(Math.max(0, m.start - 5), m.start));
      if (after && before) this.spokespeople.push({ start: m.start, key: m.key, gender: SPOKES_GENDER[after[1]] ?? "unknown", definite: /^[Tt]he/.test(before[0].trim()) });
      // "A spokeswoman for the Interior Ministry said …": the same unnamed voice of the body, named after the role.
      const lead = /\b[Aa]n?\s+(spokes(?:man|woman|person)|representative|official)\s+(?:for|of|at|from)\s+(?:the\s+)?$/.exec(this.body.slice(Math.max(0, m.start - 40), m.start));
      if (lead) this.spokespeople.push({ start: m.start, key: m.key, gender: SPOKES_GENDER[lead[1]] ?? "unknown", definite: false });
    }
    // "Volvo will not …, a company spokeswoman said", "a spokesman for the German carmaker said": an unnamed
    // spokesperson of a body the words only describe speaks for the body so described that was named last.
    let described = false;
    for (const m of this.body.matchAll(DESCRIBED_SPOKESPERSON)) {
      const noun = (m[1] ?? m[4]).toLowerCase();
      if (!GENERIC_ORG_NOUNS.has(noun) && !COMPANY_DESCRIPTIONS.test(noun)) continue;
      const key = this.lastOrganisationCalled(m.index!, noun);
      if (!key) continue;
      this.spokespeople.push({ start: m.index!, key, gender: SPOKES_GENDER[m[2] ?? m[3]] ?? "unknown", definite: false });
      described = true;
    }
    if (described) this.spokespeople.sort((a, b) => a.start - b.start);
    this.descriptions = describedBodies(doc);
  }

  /** Organisations with the words the text describes them by ("state oil company Pemex", "Volkmar, Europe's biggest carmaker,"), in text order. */
  private readonly descriptions: Array<{ start: number; key: string; words: Set<string> }>;
  /** Speakers attributed so far, in text order (the quotes stage reports each one). */
  private readonly speakers: Array<{ at: number; key: string; close: number }> = [];

  /** Where each speaker's first quote opens. */
  private readonly firstSpoken = new Map<string, number>();

  /** The last quote attributed so far: where its closing mark stands and who said it. */
  private lastQuote: { close: number; key: string | null } | null = null;

  /** Record who was found to say the quote opening at `at` (closing at `close`), for later pronouns and split quotes. */
  noteSpeaker(at: number, key: string | null, close = -1): void {
    if (key !== null) this.speakers.push({ at, key, close });
    if (key !== null && !this.firstSpoken.has(key)) this.firstSpoken.set(key, at);
    this.lastQuote = { close, key };
  }

  /** Whether `key` was found to say a quote opening before `before`. */
  hasSpokenBefore(key: string, before: number): boolean {
    const first = this.firstSpoken.get(key);
    return first !== undefined && first < before;
  }

  /** Who said the quote just attributed, when its closing mark stands at `close`; null otherwise. */
  speakerOfQuoteClosingAt(close: number): string | null {
    return this.lastQuote && Math.abs(this.lastQuote.close - close) <= 1 ? this.lastQuote.key : null;
  }

  /** Unnamed spokespeople of bodies, in text order. */
  /** Set while a sentence's opening role noun is resolved, so an unnamed holder is not chained further back. */
  private resolvingOpeningRole = false;
  private readonly spokespeople: Array<{ start: number; key: string; gender: Gender; definite: boolean }> = [];

  /** The last unnamed spokesperson of a body before `before` and after `after`, whose gender fits. */
  private lastSpokesperson(before: number, after: number, gender: Gender, person: string | null = null): string | null {
    // "Ministry spokesperson X said … . The ministry spokesperson was also hopeful": "the" spokesperson is the one
    // already named with that title.
    const personTitle = person ? (this.titles.get(person) ?? "") : "";
    const found = lowerBound(this.spokespeople, before, (sp) => sp.start) - 1;
    for (let i = found; i >= 0 && i > found - 5; i--) {
      const sp = this.spokespeople[i];
      if (sp.start <= after) break;
      if (sp.definite && /\bspokes(?:man|woman|person)\b/i.test(personTitle)) continue;
      if (sp.gender === gender || sp.gender === "unknown" || gender === "unknown") return sp.key;
    }
    return null;
  }

  /** Whether `offset` stands inside a quoted span. */
  insideQuote(offset: number): boolean {
    return spanIndexAt(this.doc.quoteSpans, offset) !== -1;
  }

  /** The last closing double mark before `offset`, or -1. */
  lastCloseBefore(offset: number): number {
    const index = lowerBound(this.closes, offset, (close) => close) - 1;
    return index < 0 ? -1 : this.closes[index];
  }

  tokensBetween(from: number, to: number): Token[] {
    return this.doc.tokensBetween(from, to);
  }

  /** "PERSON" or "ORGANIZATION" for an actor's key. */
  kindOf(key: string): string | undefined {
    return this.kinds.get(key);
  }

  titleOf(key: string): string | undefined {
    return this.titles.get(key);
  }

  /**
   * Who a noun phrase names: an actor mentioned inside it (the one next to the verb, else the first person,
   * else the last organisation), a pronoun's antecedent, or "the ministry" -> the last ministry named.
   */
  resolveSpeaker(phrase: Token[], span: QuoteSpan, prefer: "first" | "first-person" | "subject"): string | null {
    // "he further added", "the premier once again said": an adverb between the speaker and the verb says nothing of who.
    const words = phrase.filter((t) => t.kind !== "punct" && !SPEAKER_ADVERBS.has(t.text));
    if (words.length === 0) return null;
    // "Speaking at the party's office, he said", "Asked about Acme's offer, Ruiz said": a leading participial or
    // prepositional clause ends at its comma, and the subject is what follows it.
    if (prefer === "subject") {
      // "Ana Ruiz, who runs a clinic for the charity Salud Norte, told AFP": a relative clause after the subject
      // names who the subject works for, not who spoke.
      const relative = phrase.findIndex((t, i) => i > 0 && /^(?:who|whose|which)$/.test(t.text));
      if (relative > 0 && this.doc.mentionsBetween(phrase[0].start, phrase[relative - 1].end).length > 0) return this.resolveSpeaker(phrase.slice(0, relative), span, prefer);
      const clauseEnd = leadingClauseEnd(phrase);
      if (clauseEnd !== -1) return this.resolveSpeaker(phrase.slice(clauseEnd + 1), span, prefer);
      // "The minister also set out his target and said …", "Okafor visited the site and told reporters …": a
      // predicate before "and" leaves the subject as the noun phrase opening the sentence.
      const head = words.length >= 3 && words[words.length - 1].text === "and" ? coordinatedSubjectEnd(words) : -1;
      if (head > 0) return this.resolveSpeaker(words.slice(0, head), span, prefer);
    }
    // "His Highness said", "Her Excellency told …": a style of address stands for the person the text styled so
    // earlier, else for the person a "he" or "she" would mean.
    if (words.length === 2 && /^(?:His|Her)$/.test(words[0].text) && HONORIFIC_STYLES.has(words[1].text)) {
      const gender: Gender = words[0].text === "His" ? "male" : "female";
      const anchor = span.chainOpen ?? span.open;
      return this.lastPersonStyled(anchor, `${words[0].text} ${words[1].text}`) ?? this.salientPerson(words[0].start, anchor, gender) ?? this.lastPerson(anchor, gender);
    }
    // "“Gasbras remains committed to Argentina,” the company said": a body's statement that opens with a body's
    // name speaks of that body in the third person, whichever body was named last before it.
    if (words.length === 2 && /^the$/i.test(words[0].text) && SELF_NAMING_NOUNS.has(words[1].text.toLowerCase())) {
      const named = this.doc.mentionsBetween(span.start, span.start + 80)[0];
      if (named && named.start === span.start && named.kind === "ORGANIZATION" && !this.isPossessor(named)) return named.key;
    }
    // "the Bench observed", "the Division Bench said": the judges sitting speak for the court the text named.
    if (isCourtBench(words)) {
      const court = this.lastOrganisationCalled(span.chainOpen ?? span.open, "court", true);
      if (court) return court;
    }
    const from = phrase[0].start;
    const to = phrase[phrase.length - 1].end;
    const inside = this.doc.mentionsBetween(from, to);
    // "the council's president said", "the company's chief executive added": a role a person holds in a body the
    // possessive names is the person the text named with that role, not the body.
    const possessor = /^(?:the|its)$/i.test(words[0].text) || /['’]s$/.test(words[0].text) ? words.findIndex((t, i) => i < 2 && i < words.length - 1 && /['’]s$/.test(t.text)) : -1;
    if (possessor !== -1 && inside.every((m) => m.kind === "ORGANIZATION" && m.end <= words[possessor].end)) {
      const roleWords = words.slice(possessor + 1);
      const roleHead = roleWords[roleWords.length - 1].text.toLowerCase();
      if (roleWords.length <= 3 && roleWords.every((t) => !t.cap && t.kind === "word") && ROLE_WORDS.has(roleHead) && !GENERIC_ORG_NOUNS.has(roleHead) && !/^spokes/.test(roleHead)) {
        const key = this.lastPersonTitled(Math.min(span.chainOpen ?? span.open, from), roleWords.map((t) => t.text.toLowerCase()).join(" "));
        if (key) return key;
      }
    }
    // "said the Treasury CS": a body named as the role's modifier is not the speaker.
    const last = words[words.length - 1];
    if (inside.length > 0 && !inside.some((m) => m.end >= last.end)) {
      const role = roleReference(words);
      const key = role ? this.lastPersonTitled(span.chainOpen ?? span.open, role, isAbbreviation(words)) : null;
      if (key) return key;
    }
    if (inside.length > 0) {
      if (prefer === "first") return inside[0].key;
      if (prefer === "first-person") return (inside.find((m) => m.kind === "PERSON" && !this.isPossessor(m)) ?? inside[0]).key;
      const lastWord = words[words.length - 1];
      // "…,” Arjun Mehta, the managing director of Bharat Steelworks, told PTI": a name opening the phrase and
      // followed by an appositive is the subject, whatever body the appositive names.
      const opener = inside[0];
      // "Dr Ana Ruiz, head of surveillance at the ministry, told AFP": an honorific or title may stand before the name.
      const titledOpener = words.filter((t) => t.end <= opener.start);
      if (opener.kind === "PERSON" && titledOpener.length <= 3 && titledOpener.every((t) => t.cap) && !this.isPossessor(opener)) {
        const next = words.find((t) => t.start >= opener.end);
        // "Dinesh Rai, Director General of the Survey Department, told ANI": a capitalised title after the comma too.
        const titledAppositive = !!next && next.cap && /^,\s/.test(this.body.slice(opener.end, opener.end + 2)) && (ROLE_WORDS.has(next.text.toLowerCase()) || TITLE_MODIFIERS.has(next.text.toLowerCase()));
        if (next && (/^(?:the|a|an)$/.test(next.text) || (!next.cap && ROLE_WORDS.has(next.text)) || titledAppositive) && inside.length > 1) return opener.key;
      }
      // "Patrick Ryder, the Pentagon spokesman, said": after an appositive the subject is the person, not the body.
      const endsWithAppositive = phrase[phrase.length - 1].kind === "punct";
      const adjacentToVerb = endsWithAppositive ? undefined : inside.find((m) => m.end >= lastWord.start && m.start <= lastWord.end);
      // "analyst Omar Bakheet-Salem of the King Saud University said": the person, not the employer after "of".
      // "Tomas Lind of Brightwater Securities said": whatever kind the employer's name was read as.
      const employee = adjacentToVerb ? this.personBeforeEmployer(inside, adjacentToVerb) : null;
      if (employee) return employee;
      if (adjacentToVerb) return adjacentToVerb.key;
      // "Yadav's deputy, Sunil Tiwari, said": a possessor is not the speaker.
      const person = inside.find((m) => m.kind === "PERSON" && !this.isPossessor(m)) ?? inside.find((m) => m.kind === "PERSON");
      if (person) return person.key;
      return inside[inside.length - 1].key;
    }
    // A name the mentions did not cover ("Ferreyra Lagos", where "Lagos" was read as a city).
    // "Santiago said" for Governor Ricardo Santiago, where "Santiago" was read as a city: one capitalised word too.
    // "delos Santos told the AP": a surname's particle may open it.
    const nameWord = (t: Token, i: number) => t.kind === "word" && (t.cap || (i === 0 && words.length > 1 && SURNAME_PARTICLES.has(t.text)));
    if (words.length <= 3 && words.every(nameWord) && !(words.length === 1 && PRONOUNS.has(words[0].text.toLowerCase()))) {
      const key = this.nameTails.get(words.map((t) => t.text).join(" "));
      if (key) return key;
    }
    const anchor = span.chainOpen ?? span.open;
    // "…,” counsel said", "defence counsel told the court": legal copy drops the article before "counsel", which
    // means the lawyer the text named with that role (a title, or "SC" / "QC" after the name).
    if (words.length <= 2 && words[words.length - 1].text === "counsel" && words.every((t) => !t.cap)) {
      const key = this.lastPersonTitled(Math.min(anchor, from), "counsel");
      if (key) return key;
    }
    // "In a statement, the group said", "Asked about it, she said": the subject follows the last comma.
    const comma = phrase.map((t) => t.text).lastIndexOf(",");
    if (prefer === "subject" && comma !== -1 && comma < phrase.length - 1) return this.resolveSpeaker(phrase.slice(comma + 1), span, prefer);
    if (words.length === 1) {
      const pronoun = words[0].text.toLowerCase();
      const gender: Gender | null = pronoun === "he" || pronoun === "him" || pronoun === "his" ? "male" : pronoun === "she" || pronoun === "her" ? "female" : null;
      // A quote running over several paragraphs: the antecedent stands before its first paragraph.
      if (gender) return this.salientPerson(words[0].start, anchor, gender) ?? this.lastPerson(anchor, gender);
      if (pronoun === "it") return this.lastMention(anchor, "ORGANIZATION");
      if (pronoun === "they") return this.groupOfBody(anchor);
    }
    // "said a spokesperson for a local rights group": a role in a body the text names only by an indefinite noun is
    // someone unnamed, not a body or a person named before.
    if (isIndefiniteRoleInIndefiniteBody(words)) return null;
    const description = words.length >= 2 && (/^(?:the|its|a)$/i.test(words[0].text) || /['’]s$/.test(words[0].text));
    // "The chairwoman told Mr Osei: “…”": the holder of a role is named before the role's words, not after them.
    const titledBefore = Math.min(anchor, from);
    // "the statement said": the body whose statement the text reported last.
    // "the joint statement said": several bodies issued it, and none of them alone is the speaker.
    if (description && words[words.length - 1].text.toLowerCase() === "statement") {
      if (words.some((t) => /^joint$/i.test(t.text))) return null;
      return this.statementIssuer(anchor) ?? this.lastMention(anchor, "ORGANIZATION");
    }
    // "the world's top-selling automaker", "the state oil company": the body the text described with those words.
    // "the 79-year-old said": the person the text gave that age.
    const age = /^the\s+(\d{1,3})-year-old\b/i.exec(this.body.slice(from, to));
    if (age) {
      // An age the text gives only here ("the 68-year-old said") is that of the person the sentence before was about.
      const aged = this.lastPersonAged(anchor, age[1]);
      if (aged) return aged;
      const subject = this.previousSentenceSubject(anchor);
      if (subject && this.kinds.get(subject) === "PERSON") return subject;
      // "“…,” said Kiprono. “…,” the 29-year-old added": a quote sentence has no subject to go on; the person
      // quoted just before stays the one the age describes while no other person is named since.
      return this.lastSpeakerUnrivalled(anchor);
    }
    // A bare "the company" is the last company named; a fuller description is looked up first.
    const described = description ? this.describedAs(anchor, words) : null;
    if (described && (words.length >= 3 || /['’]s$/.test(words[0].text))) return described;
    // "the trader said": a role only a person holds is looked up among people before among described bodies.
    const personRole = description && !GENERIC_ORG_NOUNS.has(words[words.length - 1].text.toLowerCase()) ? roleReference(words) : null;
    if (personRole) {
      const key = this.lastPersonTitled(titledBefore, personRole, isAbbreviation(words));
      if (key) return key;
    }
    // "…, a company spokeswoman said. “…,” the spokeswoman said": the unnamed spokesperson met before, for their body.
    const spokes = words.length === 2 && /^the$/i.test(words[0].text) ? /^spokes(?:man|woman|person)$/.exec(words[1].text) : null;
    if (spokes) {
      const body = this.lastSpokesperson(anchor, this.windowStart(anchor) - 1, SPOKES_GENDER[spokes[0]] ?? "unknown");
      if (body) return body;
    }
    // "the ministry": a body named earlier with that head noun.
    const head = words[words.length - 1].text.toLowerCase();
    // "Gen. Ana Cruz said … . “…,” the police official said": a holder of office in a body no title named, said
    // with "the", is the person the sentence before was about, before the body its modifier names.
    if (personRole && (HOLDER_WORDS.has(head) || LEADER_WORDS.has(head)) && /^the$/i.test(words[0].text) && !this.resolvingOpeningRole) {
      const subject = this.previousSentenceSubject(anchor);
      if (subject && this.kinds.get(subject) === "PERSON") return subject;
    }
    // "…,” said the city": the local government named earlier ("the City of Johannesburg", "Galway City Council").
    if (words.length === 2 && /^the$/i.test(words[0].text) && LOCAL_GOVERNMENT_NOUNS.has(head)) {
      const local = this.lastLocalGovernment(anchor, head);
      if (local) return local;
    }
    if (description || words.length === 1) {
      for (const w of [head, ...words.map((t) => t.text.toLowerCase())]) {
        if (!GENERIC_ORG_NOUNS.has(w) && !COMPANY_DESCRIPTIONS.test(w)) continue;
        // A body described with these words beats "the last body named" as a guess.
        const org = this.lastOrganisationCalled(anchor, w, described !== null);
        if (org) return org;
        break;
      }
    }
    if (described) return described;
    // "the governor", "the head of state", "the Treasury CS": the person named earlier with that title.
    const role = personRole ? null : roleReference(words);
    if (role) {
      const key = this.lastPersonTitled(titledBefore, role, isAbbreviation(words));
      if (key) return key;
    }
    // "Tan Sri Ahmad Fauzi … said the committee would call officials. “…,” the former minister said": a role no
    // one was given is the person the sentence before was about.
    if ((personRole || role) && !this.resolvingOpeningRole) {
      const subject = this.previousSentenceSubject(anchor) ?? this.speakerOfPreviousSentence(anchor);
      if (subject && this.kinds.get(subject) === "PERSON") return subject;
    }
    // "the coast guard", "the administration": a body whose name ends with those words.
    if (description && words.length <= 4 && words.slice(1).every((t) => !t.cap)) return this.lastOrganisationEnding(anchor, words.slice(1).map((t) => t.text.toLowerCase()).join(" "));
    return null;
  }

  /**
   * "Analysts at Jefferies said the cuts were overdue. “…,” they wrote in a note": a "they" whose antecedent, the
   * subject of this sentence before the quote or of the sentence before, is a body's staff ("analysts at X", "X
   * economists") speaks for that body; any other "they" stays unresolved.
   */
  private groupOfBody(anchor: number): string | null {
    const si = this.doc.sentenceIndexAt(anchor);
    for (let k = si; k >= 0 && k >= si - 1; k--) {
      const sentence = this.doc.sentences[k];
      const end = Math.min(k === si ? anchor : sentence.end, sentence.start + SUBJECT_REACH);
      if (end <= sentence.start) continue;
      const first = this.doc.mentionsBetween(sentence.start, end)[0];
      if (!first || first.kind !== "ORGANIZATION") continue;
      const lead = this.body.slice(sentence.start, first.start);
      const after = this.body.slice(first.end, Math.min(end, first.end + 40));
      const staffBefore = STAFF_BEFORE_BODY.test(lead);
      const staffAfter = /^(?:[Tt]he\s+)?$/.test(lead) && STAFF_AFTER_BODY.test(after);
      if (staffBefore || staffAfter) return first.key;
      if (k === si && end < sentence.end) continue;
      break;
    }
    return null;
  }

  /** The person named right before "of/at/from (the) <org>" in a subject phrase, or null. */
  private personBeforeEmployer(inside: ActorMention[], org: ActorMention): string | null {
    const i = inside.indexOf(org);
    const person = i > 0 ? inside[i - 1] : undefined;
    if (!person || person.kind !== "PERSON") return null;
    return /^\s+(?:of|at|from|with)\s+(?:the\s+)?$/i.test(this.body.slice(person.end, org.start)) ? person.key : null;
  }

  isPossessor(m: ActorMention): boolean {
    return /^['’]s?\b/.test(this.body.slice(m.end, m.end + 3));
  }

  /**
   * The person a "he" or "she" at `at` most likely means: the subject of the sentence before (this paragraph or
   * the one before), else the last speaker quoted in that stretch; either only when the gender does not clash.
   */
  private salientPerson(at: number, anchor: number, gender: Gender): string | null {
    const fits = (key: string | null) => {
      if (!key || this.kinds.get(key) !== "PERSON") return false;
      const g = this.genders.get(key)?.gender ?? "unknown";
      return g === "unknown" || g === gender;
    };
    let si = this.doc.sentenceIndexAt(Math.min(at, anchor));
    let from = this.windowStart(anchor);
    // "Renee Ortiz said … . She said it would not do. “…,” she said": a sentence whose subject is the same pronoun
    // passes the look-up to the sentence before it (PRONOUN_HOPS sentences at most); the window of paragraphs
    // moves back with it, since each such sentence keeps the same person in view.
    for (let hop = 0; hop < PRONOUN_HOPS && si > 1 && this.doc.sentences[si - 1].start >= from && this.opensWithPronoun(si - 1, gender); hop++) {
      si--;
      from = this.windowStart(this.doc.sentences[si].start);
    }
    if (si > 0 && this.doc.sentences[si - 1].start >= from) {
      const subject = this.sentenceSubject(si - 1);
      if (subject !== null && fits(subject)) return subject;
      // "Rickshaw driver Gul Mohammad, 52, said he had … . “…,” he said": the person whose words the sentence just
      // before (in this paragraph) reported, when only the lists of given names say otherwise.
      const prev = this.doc.sentences[si - 1];
      if (subject !== null && this.kinds.get(subject) === "PERSON" && !this.genders.get(subject)?.strong && this.reportsSpeech(prev.start, prev.end)) {
        if (this.doc.paragraphAt(prev.start) === this.doc.paragraphAt(anchor)) return subject;
        // "Dewi Anggraini, coordinator of …, said the plant would … ¶ “…,” she said": a paragraph of quote after a
        // paragraph that ends reporting a person's words is that person's too, while no one else that sentence
        // names, nor anyone named or quoted in the paragraphs before, has the pronoun's gender.
        if (this.doc.paragraphAt(prev.start) === this.doc.paragraphAt(anchor) - 1 && this.opensParagraph(si) && !this.namesOtherOfGender(subject, this.windowStart(prev.start), anchor, gender)) return subject;
      }
    }
    // The last speaker stays salient only while no one else the pronoun could mean has been named since.
    const last = this.speakers[this.speakers.length - 1];
    const speakerFrom = this.doc.paragraph(Math.max(0, this.doc.paragraphAt(anchor) - 2)).start;
    if (!last || last.at < speakerFrom || last.at >= anchor || anchor - last.at > SPEAKER_REACH || !fits(last.key)) return null;
    const since = this.doc.mentionsBetween(last.at, anchor);
    return since.some((m) => m.key !== last.key && fits(m.key) && !this.insideQuote(m.start)) ? null : last.key;
  }

  /** Whether someone other than `key` whose gender is `gender` is named in [from, before) or was quoted a little before. */
  private namesOtherOfGender(key: string, from: number, before: number, gender: Gender): boolean {
    const speaker = this.lastFittingSpeaker(before, gender);
    if (speaker !== null && speaker !== key) return true;
    return this.doc.mentionsBetween(from, before).some((m) => m.key !== key && m.kind === "PERSON" && this.genders.get(m.key)?.gender === gender);
  }

  /** Whether sentence `si` opens its paragraph. */
  private opensParagraph(si: number): boolean {
    const sentence = this.doc.sentences[si];
    return !!sentence && this.doc.paragraph(this.doc.paragraphAt(sentence.start)).start >= sentence.start - 1;
  }

  /** The last person quoted before `anchor`, within reach, when no other person is named (outside quotes) since. */
  private lastSpeakerUnrivalled(anchor: number): string | null {
    const last = this.speakers[this.speakers.length - 1];
    const speakerFrom = this.doc.paragraph(Math.max(0, this.doc.paragraphAt(anchor) - 2)).start;
    if (!last || last.at < speakerFrom || last.at >= anchor || anchor - last.at > SPEAKER_REACH || this.kinds.get(last.key) !== "PERSON") return null;
    const since = this.doc.mentionsBetween(last.at, anchor);
    return since.some((m) => m.key !== last.key && m.kind === "PERSON" && !this.insideQuote(m.start)) ? null : last.key;
  }

  /**
   * Whether sentence `si` opens with "He" or "She" of that gender, followed by a lower-case word ("She said …"), or
   * has that pronoun for its subject after a leading clause ("Speaking after the signing, he said …").
   */
  private opensWithPronoun(si: number, gender: Gender): boolean {
    const sentence = this.doc.sentences[si];
    const m = /^(He|She)\s+(?:\p{Ll}+\s+)?\p{Ll}/u.exec(this.body.slice(sentence.start, sentence.start + 30));
    if (m) return (m[1] === "He" ? "male" : "female") === gender;
    // "Enforcement is still weak, he added.": reported speech closed by the pronoun and its verb.
    const closing = /,\s+(he|she)\s+(\p{Ll}+)\.?["”’']?$/u.exec(this.body.slice(Math.max(sentence.start, sentence.end - 30), sentence.end).trimEnd());
    if (closing && SPEECH_VERBS.has(closing[2])) return (closing[1] === "he" ? "male" : "female") === gender;
    const tokens = this.tokensBetween(sentence.start, Math.min(sentence.end, sentence.start + SUBJECT_REACH));
    const clause = leadingClauseEnd(tokens);
    const pronoun = clause === -1 ? undefined : tokens[clause + 1];
    const next = clause === -1 ? undefined : tokens[clause + 2];
    if (!pronoun || !/^(?:he|she)$/.test(pronoun.text) || !next || next.kind !== "word" || next.cap) return false;
    return (pronoun.text === "he" ? "male" : "female") === gender;
  }

  /**
   * Who a sentence is about: a name opening it (after at most a title) and followed by its verb, or the noun
   * phrase right before its first speech verb ("Appearing before the committee, the governor said …"). Pronouns
   * are not followed further.
   */
  sentenceSubject(si: number): string | null {
    const sentence = this.doc.sentences[si];
    // "OSLO, May 4 (Reuters) - Minister …", "LAHORE: Minister …": a wire's dateline opening the paragraph stands
    // before the sentence's first words.
    const opens = sentence.start + datelineLength(this.body, sentence.start, sentence.end);
    // The first words of a sentence are enough to find its subject; a bound keeps one long sentence cheap.
    const end = Math.min(sentence.end, opens + SUBJECT_REACH);
    const tokens = this.tokensBetween(opens, end);
    // "In the village of Lal, farmer Rosa Cruz sat outside …": the subject follows a leading adverbial clause.
    const clause = leadingClauseEnd(tokens);
    const subjectStart = clause === -1 ? opens : tokens[clause + 1].start;
    const first = this.doc.mentionsBetween(subjectStart, end)[0];
    if (first && !this.isPossessor(first)) {
      const lead = this.tokensBetween(subjectStart, first.start);
      const next = this.tokensBetween(first.end, end)[0];
      // "Political analyst Prakash Rao of …", "Senior economist Ana Ruiz …": a title's role words may be lower case.
      const titleWord = (t: Token) => t.cap || /^(?:the|a|an)$/i.test(t.text) || ROLE_WORDS.has(t.text) || TITLE_MODIFIERS.has(t.text);
      // "County utilities director Renee Ortiz": a title ending in a role noun may hold any words before it.
      // "Firefighters rescued farmer Ana Ruiz" is no title: a verb among the words ends the look.
      const verbLike = (t: Token, i: number) => !t.cap && (/ed$/.test(t.text) || isSpeechVerb(lead, i) || LEAD_VERBS.has(t.text));
      const titled = lead.length >= 2 && lead.every((t, i) => t.kind === "word" && !verbLike(t, i)) && (lead[0].cap || /^the$/i.test(lead[0].text)) && ROLE_WORDS.has(lead[lead.length - 1].text);
      const verbNext = !!next && (next.text === "," || (next.kind === "word" && !next.cap));
      if (lead.length <= 4 && (titled || lead.every((t) => t.kind !== "punct" && titleWord(t))) && verbNext) {
        return this.personTitledBy(first, end) ?? first.key;
      }
      // "Senior Minister of State for Transport Amy Koh said", "Tánaiste and Minister for Enterprise Seán Doherty
      // said": a longer title joined by "of", "for" or "and"; "The General Secretary of the Cocoa Farmers
      // Association, Kwadwo Appiah, welcomed …": a title of a body, whose holder the appositive names.
      const longTitle = lead.length > 0 && lead.length <= 8 && (lead[0].cap || /^the$/i.test(lead[0].text)) && lead.every((t) => t.kind === "word" && (titleWord(t) || /^(?:of|for|and)$/.test(t.text))) && lead.some((t) => ROLE_WORDS.has(t.text.toLowerCase()));
      if (longTitle && verbNext && !/^(?:of|for|and)$/.test(lead[lead.length - 1].text) && /^\p{Lu}/u.test(this.body[first.start] ?? "")) {
        if (first.kind === "PERSON") return first.key;
        const holder = this.appositiveHolder(first, end);
        if (holder && /\b(?:of|for)\s+(?:the\s+)?$/.test(this.body.slice(subjectStart, first.start))) return holder;
      }
      // "Kenya's Finance Minister, Amos Kiprop, said …": a title set off by a comma before the name, ending in a role
      // noun, names the person's office.
      const titleWords = lead.slice(0, -1);
      const offsetTitle = lead.length >= 2 && lead.length <= 6 && lead[lead.length - 1].text === "," && first.kind === "PERSON" && next?.text === ",";
      if (offsetTitle && titleWords.every((t) => t.kind === "word" && (titleWord(t) || /^(?:of|for|and)$/.test(t.text))) && ROLE_WORDS.has(titleWords[titleWords.length - 1].text.toLowerCase())) return first.key;
    }
    // "The minister, who trained as a doctor, said …": a role noun opening the sentence, before its verb or an
    // appositive, is the person the text named with that role.
    const role = this.openingRole(tokens);
    if (role) {
      // "The mayor, who took office in May, said …" with no mayor named: that sentence is about an unnamed
      // holder, so the look-up does not go on to the sentence before it.
      this.resolvingOpeningRole = true;
      const resolved = this.resolveSpeaker(role, { text: "", start: sentence.start, end: sentence.start, open: sentence.start, close: sentence.start, closed: true }, "subject");
      this.resolvingOpeningRole = false;
      return resolved;
    }
    for (let v = 1; v < tokens.length; v++) {
      if (!isSpeechVerb(tokens, v) || isAccordingTo(tokens, v) || /ing$/.test(tokens[v].text)) continue;
      let k = v - 1;
      while (k >= 0 && tokens[k].kind !== "punct") k--;
      let phrase = tokens.slice(k + 1, v);
      // "Her colleague, surgeon Tarek Bashir, said": the appositive between the commas.
      if (phrase.length === 0 && tokens[k]?.text === ",") {
        let j = k - 1;
        while (j >= 0 && tokens[j].kind !== "punct") j--;
        phrase = tokens.slice(j + 1, k);
        // "The ministry, in a statement on Tuesday, said", "Reyes, on Monday, told …": a phrase between the commas
        // that opens with a preposition says how or when; the subject stands before it.
        // "Tianrui, which already runs two smelters, said": so does a relative clause about it.
        const relative = phrase.length > 0 && /^(?:which|who|whose)$/.test(phrase[0].text);
        if (phrase.length > 0 && !phrase[0].cap && (CLAUSE_OPENERS.has(phrase[0].text) || relative) && tokens[j]?.text === ",") {
          let i = j - 1;
          while (i >= 0 && tokens[i].kind !== "punct") i--;
          if (i === -1 && j > 0) phrase = tokens.slice(0, j);
        }
      }
      if (phrase.length > 6 || (phrase.length === 1 && PRONOUNS.has(phrase[0].text.toLowerCase()))) return null;
      const resolved = phrase.length === 0 ? null : this.resolveSpeaker(phrase, { text: "", start: sentence.start, end: sentence.start, open: sentence.start, close: sentence.start, closed: true }, "subject");
      // "fruit seller Somjai Boonmee, 67, said": the person named just before the verb.
      return resolved ?? this.nameBefore(sentence.start, tokens[v].start);
    }
    return null;
  }

  /** ", Kwadwo Appiah," right after a body's name: the person the appositive names, else null. */
  private appositiveHolder(body: ActorMention, end: number): string | null {
    const person = this.doc.mentionsBetween(body.end, end)[0];
    if (!person || person.kind !== "PERSON" || !/^\s*,\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(this.body.slice(body.end, person.start))) return null;
    return /^\s*,/.test(this.body.slice(person.end, person.end + 3)) ? person.key : null;
  }

  /** "The minister," / "The regional governor said": the article and role words opening a sentence, else null. */
  private openingRole(tokens: Token[]): Token[] | null {
    if (!/^the$/i.test(tokens[0]?.text ?? "")) return null;
    let j = 1;
    while (j < tokens.length && j <= 3 && tokens[j].kind === "word" && !tokens[j].cap && ROLE_WORDS.has(tokens[j].text)) j++;
    const next = tokens[j];
    // "The president of the club said": a role of a body named after it is not the role named before; "The senator
    // in a statement said" is the senator named before, the "in" opening how the words were given.
    const medium = next?.text === "in" && /^(?:a|an|his|her|their)$/i.test(tokens[j + 1]?.text ?? "") && SPEECH_MEDIA.test(tokens[j + 2]?.text ?? "");
    if (j === 1 || !next || !(next.text === "," || medium || (next.kind === "word" && !next.cap && !ROLE_QUALIFIERS.has(next.text)))) return null;
    return tokens.slice(0, j);
  }

  /**
   * "TIMB chief executive Mr Tapiwa Moyo said …": a body opening the sentence, followed only by a title and then a
   * person's name, is that person's employer; the person is the subject.
   */
  private personTitledBy(body: ActorMention, end: number): string | null {
    const person = this.doc.mentionsBetween(body.end, end)[0];
    if (!person || person.kind !== "PERSON") return null;
    const title = this.tokensBetween(body.end, person.start);
    if (title.length === 0 || title.length > 8) return null;
    const roleWord = (t: Token) => t.kind === "word" && (ROLE_WORDS.has(t.text.toLowerCase()) || ROLE_WORDS.has(t.text.toLowerCase().replace(/\.$/, "")));
    // "Rafiki managing director Li Wei said": a modifier ("managing", "deputy") may stand before the role words.
    // "Obi adviser Ada Eze said", or a body's name misread as a person's: lower-case role words between two names
    // make the first the second's employer or principal, whatever its kind.
    const lowerRole = title.every((t) => !t.cap);
    if (body.kind !== "ORGANIZATION" && !lowerRole) return null;
    if (title.length <= 5 && roleWord(title[title.length - 1]) && title.every((t, i) => roleWord(t) || (i < title.length - 1 && TITLE_MODIFIERS.has(t.text)))) return person.key;
    if (body.kind !== "ORGANIZATION") return null;
    // "The UN under-secretary general for humanitarian affairs, Martín Ruiz, told …": the body modifies a role
    // whose holder the appositive names.
    const words = title.slice(0, -1);
    if (title[title.length - 1].text !== "," || words.length === 0 || !(roleWord(words[0]) || TITLE_MODIFIERS.has(words[0].text)) || words.some((t) => t.kind !== "word" || t.cap)) return null;
    if (!words.some(roleWord)) return null;
    const next = this.tokensBetween(person.end, end)[0];
    return next && next.text === "," ? person.key : null;
  }

  /** The last person (else body) named in [from, verb) and ending close to the verb, not as a possessor. */
  private nameBefore(from: number, verb: number): string | null {
    const near = this.doc.mentionsBetween(Math.max(from, verb - NAME_TO_VERB), verb).filter((m) => !this.isPossessor(m));
    for (let i = near.length - 1; i >= 0; i--) if (near[i].kind === "PERSON") return near[i].key;
    return near.length > 0 ? near[near.length - 1].key : null;
  }

  /** The last body before `before` that the text described with words of `phrase` ("the state oil company"). */
  private describedAs(before: number, phrase: Token[]): string | null {
    const wanted = phrase.slice(1).map((t) => t.text.toLowerCase().replace(/['’]s$/, "")).filter((w) => !DESCRIPTION_STOP.has(w));
    if (wanted.length === 0) return null;
    const head = wanted[wanted.length - 1];
    // "the chief minister" is a person's role: a body described with "chief" only ("chief representative of JICA")
    // is not meant by it; the body must have been described by the role noun itself.
    const personHead = ROLE_WORDS.has(head) && !GENERIC_ORG_NOUNS.has(head) && !COMPANY_DESCRIPTIONS.test(head);
    let best: { key: string; score: number } | null = null;
    for (let i = this.descriptions.length - 1; i >= 0; i--) {
      const d = this.descriptions[i];
      if (d.start >= before) continue;
      if (before - d.start > 4000) break;
      if (personHead && !d.words.has(head)) continue;
      const score = (d.words.has(head) ? 2 : 0) + wanted.filter((w) => w !== head && d.words.has(w)).length;
      if (score > 0 && (!best || score > best.score)) best = { key: d.key, score };
    }
    return best?.key ?? null;
  }

  /** The mentions before `before`, nearest first, at most LOOK_BACK of them (bounds the work per quote). */
  private *recentMentions(before: number): Generator<ActorMention> {
    const ms = this.doc.mentions;
    const first = this.doc.mentionIndexAt(before) - 1;
    for (let i = first; i >= 0 && first - i < LOOK_BACK; i--) yield ms[i];
  }

  /** The last person named before `before` right after that style ("His Highness Sheikh Saif …"). */
  private lastPersonStyled(before: number, style: string): string | null {
    for (const m of this.recentMentions(before)) {
      if (m.kind !== "PERSON") continue;
      const lead = this.body.slice(Math.max(0, m.start - 60), m.start);
      const at = lead.lastIndexOf(style);
      if (at !== -1 && /^\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(lead.slice(at + style.length))) return m.key;
    }
    return null;
  }

  /** The last person named before `before` with that age ("Walter Briggs, 79," / "79-year-old Walter Briggs"). */
  private lastPersonAged(before: number, age: string): string | null {
    for (const m of this.recentMentions(before)) {
      if (m.kind !== "PERSON") continue;
      // "Walter Briggs, 79," / "Sergio Matarazzo, a 61-year-old baker,"
      const after = /^,\s*(?:an?\s+)?(\d{1,3})\b/.exec(this.body.slice(m.end, m.end + 9));
      const lead = /\b(\d{1,3})-year-old\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(this.body.slice(Math.max(0, m.start - 50), m.start));
      if (after?.[1] === age || lead?.[1] === age) return m.key;
    }
    return null;
  }

  /** The last organisation before `before` whose name ends with `words` ("Philippine Coast Guard" for "coast guard"). */
  private lastOrganisationEnding(before: number, words: string): string | null {
    for (const m of this.recentMentions(before)) {
      if (m.kind !== "ORGANIZATION") continue;
      const name = m.key.slice(0, m.key.lastIndexOf("|")).toLowerCase();
      if (name === words || name.endsWith(" " + words)) return m.key;
    }
    return null;
  }

  /** The window a pronoun or role noun looks back over: this paragraph and the one before. */
  private windowStart(before: number): number {
    const p = this.doc.paragraphAt(before);
    return this.doc.paragraph(Math.max(0, p - 1)).start;
  }

  /** The last person before `before` (in this paragraph or the previous) whose gender does not clash with the pronoun's. */
  private lastPerson(before: number, gender: Gender): string | null {
    const start = this.windowStart(before);
    let person: ActorMention | null = null;
    // The nearest person whose gender fits; failing that, the nearest whose gender only the lexicon of
    // given names contradicts (it mislabels some names).
    let weakClash: ActorMention | null = null;
    for (const m of this.recentMentions(before)) {
      if (m.start < start) break;
      if (m.kind !== "PERSON") continue;
      const g = this.genders.get(m.key) ?? { gender: "unknown", strong: false };
      if (g.gender === gender || g.gender === "unknown") {
        person = m;
        break;
      }
      if (!g.strong && !weakClash) weakClash = m;
    }
    // Nobody in reach could be meant: one paragraph further back, a person whose gender fits.
    if (!person) person = this.fittingPersonBetween(this.doc.paragraph(Math.max(0, this.doc.paragraphAt(start) - 1)).start, start, gender);
    // Still nobody: a speaker quoted a little earlier whose gender fits ("The Cocobod chief added …" / "…,” he
    // said" after a paragraph naming only a woman), before a nearer name whose gender only the lists contradict.
    if (!person && weakClash && weakClash.start < this.doc.paragraph(this.doc.paragraphAt(before)).start) {
      const speaker = this.lastFittingSpeaker(before, gender);
      if (speaker) return speaker;
    }
    person = person ?? weakClash;
    // An unnamed spokesperson named after that person is the nearer antecedent.
    return this.lastSpokesperson(before, person ? person.start : start - 1, gender, person?.key ?? null) ?? person?.key ?? null;
  }

  /**
   * `Dr X, the board's chief, said in a statement that … . “…,” the statement read.`: whoever the nearest sentence
   * before `at` (in this paragraph or the one before) says issued a statement, when that sentence has a subject.
   */
  private statementIssuer(at: number): string | null {
    const from = this.windowStart(at);
    const here = this.doc.sentenceIndexAt(at);
    for (let si = here; si >= 0 && this.doc.sentences[si].start >= from; si--) {
      const sentence = this.doc.sentences[si];
      const lead = this.body.slice(sentence.start, Math.min(sentence.end, at, sentence.start + SUBJECT_REACH));
      if (!STATEMENT_ISSUED.test(lead)) continue;
      const subject = this.sentenceSubject(si) ?? this.pronounAfterStatement(sentence.start, lead);
      if (subject) return subject;
    }
    // "“…,” the governor said in a statement sent to newsrooms. He accused … . Tunai said … . “…,” the statement
    // read": a few paragraphs on, "the statement" is still the one whose words the text quoted last, and its
    // issuer is who was found to say them.
    for (let i = this.speakers.length - 1; i >= 0 && i >= this.speakers.length - STATEMENT_SPEAKERS_BACK; i--) {
      const sp = this.speakers[i];
      if (sp.at >= at) continue;
      if (at - sp.at > SPEAKER_REACH) break;
      // The words around the quote: its sentence's opening ("In a statement, X said: “…”") and what follows its
      // closing mark to the end of that sentence ("…,” X said in a statement").
      const opening = this.doc.sentences[this.doc.sentenceIndexAt(sp.at)];
      const closing = sp.close >= 0 ? this.doc.sentences[this.doc.sentenceIndexAt(sp.close)] : undefined;
      const lead = opening ? this.body.slice(opening.start, Math.min(sp.at, opening.start + SENTENCE_REACH)) : "";
      const tail = closing ? this.body.slice(sp.close, Math.min(closing.end, sp.close + SENTENCE_REACH)) : "";
      if (STATEMENT_ISSUED.test(lead) || STATEMENT_ISSUED.test(tail)) return sp.key;
    }
    return null;
  }

  /**
   * `In a statement issued on Friday, he said …`: the pronoun that follows the statement clause means the person
   * the text was about just before (or, for "it", the last body named).
   */
  private pronounAfterStatement(leadStart: number, lead: string): string | null {
    const m = /\bstatement\b[^,.;:]{0,60},\s+(he|she|it)\s+(?:said|says|added|stated|wrote|noted)\b/i.exec(lead);
    if (!m) return null;
    const at = leadStart + m.index + m[0].lastIndexOf(m[1]);
    const pronoun = m[1].toLowerCase();
    if (pronoun === "it") return this.lastMention(at, "ORGANIZATION");
    const gender: Gender = pronoun === "he" ? "male" : "female";
    return this.salientPerson(at, at, gender) ?? this.lastPerson(at, gender);
  }

  /** The subject of the sentence before the one at `at`, when it stands in this paragraph or the one before. */
  private previousSentenceSubject(at: number): string | null {
    const si = this.doc.sentenceIndexAt(at);
    if (si <= 0 || this.doc.sentences[si - 1].start < this.windowStart(at)) return null;
    return this.sentenceSubject(si - 1);
  }

  /**
   * `She said: ‘… .’ / The Commons leader added: ‘…’`: when the sentence before is all quote, who was found to say
   * it (in this paragraph or the one before).
   */
  private speakerOfPreviousSentence(at: number): string | null {
    const si = this.doc.sentenceIndexAt(at);
    if (si <= 0) return null;
    const previous = this.doc.sentences[si - 1];
    if (previous.start < this.windowStart(at)) return null;
    const last = this.speakers[this.speakers.length - 1];
    if (!last || last.at >= at || last.at > previous.start + 2 || last.close < previous.end - 3) return null;
    return last.key;
  }

  /** Whether [from, to) holds a speech verb ("said he had cut his day"), looked for in its first SUBJECT_REACH characters. */
  private reportsSpeech(from: number, to: number): boolean {
    const tokens = this.tokensBetween(from, Math.min(to, from + SUBJECT_REACH));
    return tokens.some((t, i) => isSpeechVerb(tokens, i) && !/ing$/.test(t.text));
  }

  /** The last speaker quoted before `before` (within SPEAKER_REACH) whose gender is the pronoun's. */
  private lastFittingSpeaker(before: number, gender: Gender): string | null {
    for (let i = this.speakers.length - 1; i >= 0 && i >= this.speakers.length - 8; i--) {
      const sp = this.speakers[i];
      if (sp.at >= before) continue;
      if (before - sp.at > SPEAKER_REACH) break;
      if (this.kinds.get(sp.key) === "PERSON" && this.genders.get(sp.key)?.gender === gender) return sp.key;
    }
    return null;
  }

  /** The last person named in [from, before) whose gender is the pronoun's or unknown. */
  private fittingPersonBetween(from: number, before: number, gender: Gender): ActorMention | null {
    for (const m of this.recentMentions(before)) {
      if (m.start < from) break;
      const g = this.genders.get(m.key)?.gender ?? "unknown";
      if (m.kind === "PERSON" && (g === gender || g === "unknown")) return m;
    }
    return null;
  }

  private lastMention(before: number, kind: "PERSON" | "ORGANIZATION"): string | null {
    const start = this.windowStart(before);
    for (const m of this.recentMentions(before)) {
      if (m.start < start) break;
      if (m.kind === kind) return m.key;
    }
    return null;
  }

  /**
   * The last person named before `before` (up to 200 mentions back) whose title, or the description set before
   * their name ("North Kivu's military governor, Major General X"), holds the role. A title holding the whole role
   * ("chief minister") wins over a nearer one holding only its head word ("Union Agriculture Minister").
   */
  private lastPersonTitled(before: number, role: string, abbreviation = false): string | null {
    const { whole, head } = roleForms(role);
    // One pattern per form list, built once per look-up rather than once per mention.
    // A leader word stands for the role only as a title's head ("police chief", "head of the agency"), not as the
    // modifier of another role noun ("chief minister", "head coach").
    const asHead = (w: string) => (LEADER_WORDS.has(w) ? `${w}(?=$|,|\\s+(?:of|at|for|in)\\b)` : `${w.replace(/[.]/g, "\\.")}(?:$|[\\s,])`);
    const wordsIn = (forms: string[]) => new RegExp(`(?:^|[\\s-])(?:${forms.map(asHead).join("|")})`);
    const wholeRe = wordsIn(whole);
    const headRe = head ? wordsIn([head]) : null;
    // "the central bank chief" for "Central bank governor X": a generic leader word matches any role held in the
    // body its modifiers name.
    // "the police official" for "director of the Philippine National Police …, X": a word for any holder of office
    // matches a title naming the body its modifiers name, too.
    const modifiers = head && (LEADER_WORDS.has(head) || HOLDER_WORDS.has(head)) ? role.split(" ").slice(0, -1) : [];
    const modifierRes = modifiers.map((w) => wordsIn([w]));
    let headOnly: string | null = null;
    let nearest: ActorMention | null = null;
    let nearestSentence = -1;
    for (const m of this.recentMentions(before)) {
      // Past the sentence of the nearest holder, no one else can be preferred to it.
      if (nearest !== null && this.doc.sentenceIndexAt(m.start) !== nearestSentence) return nearest.key;
      if (m.kind !== "PERSON") continue;
      // The title, an appositive before the name, and the words right before it ("said PNP chief Gen. Lim").
      const described = `${this.titles.get(m.key) ?? ""} ${appositiveBefore(this.body, m.start)} ${wordsRightBefore(this.body, m.start)} ${titleOpeningSentence(this.body, m.start)} ${postNominalRole(this.body, m.end)}`.toLowerCase().trim();
      if (!described) continue;
      if (wholeRe.test(described)) {
        // "Finance Minister Ngozi Adebayo met trade minister Chukwuma Eze … the minister said": of two holders
        // named in one sentence, the one the sentence is about.
        if (nearest === null) {
          nearest = m;
          nearestSentence = this.doc.sentenceIndexAt(m.start);
          continue;
        }
        if (m.key !== nearest.key && nearestSentence !== -1 && this.sentenceSubject(nearestSentence) === m.key) return m.key;
        continue;
      }
      if (nearest !== null) continue;
      if (modifierRes.length > 0 && modifierRes.every((re) => re.test(described))) return m.key;
      // "the MCE" for "the Municipal Chief Executive, Kwame Asante": the abbreviation spells the title's initials.
      if (abbreviation && initials(described).includes(role)) return m.key;
      if (headOnly === null && headRe?.test(described)) headOnly = m.key;
    }
    return nearest?.key ?? headOnly;
  }

  /**
   * The last organisation before `before` that a local-government noun stands for: "City of Johannesburg",
   * "Galway City Council", "Kilifi County Government" for "the city" or "the county", "… Municipality" for "the
   * municipality". A club or firm with the word elsewhere in its name ("Manchester City") is not one.
   */
  private lastLocalGovernment(before: number, noun: string): string | null {
    for (const m of this.recentMentions(before)) {
      if (before - m.start > SPEAKER_REACH) break;
      if (m.kind !== "ORGANIZATION") continue;
      const name = m.key.slice(0, m.key.lastIndexOf("|")).toLowerCase().split(/\s+/);
      const i = name.indexOf(noun);
      if (i === -1) continue;
      if ((i === 0 && name[1] === "of") || LOCAL_GOVERNMENT_HEADS.has(name[i + 1] ?? "") || (i === name.length - 1 && noun === "municipality")) return m.key;
    }
    return null;
  }

  /** The last organisation named before `before` whose name has `head` in it, or for "the company" any organisation. */
  private lastOrganisationCalled(before: number, head: string, byNameOnly = false): string | null {
    let fallback: string | null = null;
    const anyBody = !byNameOnly && (ANY_ORG_NOUNS.has(head) || COMPANY_DESCRIPTIONS.test(head));
    // "the company", "the carmaker": a business, so not a committee, a ministry or a union named since.
    const business = head === "company" || head === "firm" || COMPANY_DESCRIPTIONS.test(head);
    for (const m of this.recentMentions(before)) {
      if (before - m.start > 3000) break;
      if (m.kind !== "ORGANIZATION") continue;
      const name = m.key.slice(0, m.key.lastIndexOf("|"));
      if (name.toLowerCase().split(/[\s-]+/).includes(head)) return m.key;
      if (fallback === null && anyBody && !(business && isNoBusinessName(this.names.get(m.key) ?? name))) fallback = m.key;
    }
    return fallback;
  }
}

/** A body's staff who speak for it ("analysts at X", "X economists"). */
const STAFF_ALTERNATION = [...STAFF_PLURALS].join("|");
const STAFF_BEFORE_BODY = new RegExp(`^(?:[Tt]he\\s+)?(?:\\p{L}+\\s+)?(?:${STAFF_ALTERNATION})\\s+(?:at|from|with|of|for)\\s+(?:the\\s+)?$`, "iu");
const STAFF_AFTER_BODY = new RegExp(`^(?:['’]s)?\\s+(?:\\p{Ll}+\\s+)?(?:${STAFF_ALTERNATION})\\b`, "u");

const SPOKES_GENDER: Record<string, Gender> = { spokesman: "male", spokeswoman: "female" };
/** "a company spokeswoman", "a spokesman for the German carmaker": a spokesperson of a body named only by a noun. */
const DESCRIBED_SPOKESPERSON = /\b[Aa]n?\s+(\p{Ll}+)\s+(spokes(?:man|woman|person))\b|\b[Aa]n?\s+(spokes(?:man|woman|person))\s+for\s+the\s+(?:\p{Lu}[\p{L}-]*\s+)?(\p{Ll}+)\b/gu;

/**
 * "a spokesperson for a local civil rights group", "an official of a farmers' union": "a" or "an", a role of up to
 * three lower-case words, then "for", "of", "at", "from" or "with" and another "a" or "an" (no mention inside).
 */
export function isIndefiniteRoleInIndefiniteBody(words: Token[]): boolean {
  if (words.length < 4 || !/^an?$/i.test(words[0].text)) return false;
  for (let k = 1; k < Math.min(words.length - 1, 5); k++) {
    const t = words[k];
    if (t.cap) return false;
    if (/^(?:for|of|at|from|with)$/.test(t.text)) return k > 1 && ROLE_WORDS.has(words[k - 1].text) && /^an?$/.test(words[k + 1].text);
  }
  return false;
}

/** How many mentions a pronoun, role noun or body noun looks back over at most (bounds the work per quote). */
const LOOK_BACK = 200;

/** "said in a statement", "in a statement issued by …": a sentence that reports a statement. */
const STATEMENT_ISSUED = /\b(?:in|issued|released|published)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?statement\b/i;
/** How many earlier speakers "the statement" looks back over for the one who said its words. */
const STATEMENT_SPEAKERS_BACK = 4;
/** How much of a quote's sentence is read for the statement it reports (a bound keeps a long sentence cheap). */
const SENTENCE_REACH = 1200;

/**
 * "Speaking at the BJP's office, he", "Asked about the plan, the minister", "At a rally in Pune, Patil": the index of
 * the comma closing a leading adverbial clause (an opening -ing or -ed participle, or a preposition), when a
 * subject follows it; else -1.
 */
export function leadingClauseEnd(phrase: Token[]): number {
  const first = phrase[0];
  const second = phrase[1];
  if (!first || first.kind !== "word" || !second) return -1;
  const word = first.text.toLowerCase();
  // A participle opens the clause when lower-case words follow it ("Speaking at", "Asked about"); "King Charles" or
  // "Sterling, the CEO," are names.
  // An -ed word is taken for a participle only before a preposition ("Asked about", "Reached by"): "Ahmed al-Sharaa".
  const lower = second.kind === "word" && !second.cap;
  const participle = lower && (/^\p{Lu}\p{Ll}{2,}ing$/u.test(first.text) || (/^\p{Lu}\p{Ll}{2,}ed$/u.test(first.text) && PARTICIPLE_PREPOSITIONS.has(second.text)));
  if (!participle && !CLAUSE_OPENERS.has(word)) return -1;
  const comma = phrase.findIndex((t) => t.text === ",");
  if (comma < 2 || comma >= phrase.length - 1) return -1;
  return phrase[comma + 1].kind === "word" ? comma : -1;
}

/**
 * The length of a wire's dateline opening the paragraph at `start` ("HELSINKI, March 3 (Reuters) - ", "PORTO
 * ALEGRE (AP) — ", "QUETTA: ", "DODOMA, (Daily News / Tanzania - 3rd May, 2021 ) :"): a place in capitals, maybe
 * a date after a comma, maybe a bracketed credit, then a dash or a colon. 0 when none opens the sentence, or when
 * the sentence does not open its paragraph.
 */
export function datelineLength(body: string, start: number, end: number): number {
  let k = start - 1;
  while (k >= 0 && (body[k] === " " || body[k] === "\t")) k--;
  if (k >= 0 && body[k] !== "\n") return 0;
  const m = DATELINE.exec(body.slice(start, Math.min(end, start + DATELINE_REACH)));
  return m && m[0].length < end - start ? m[0].length : 0;
}

/** A place in capitals (two letters at least), then a date after a comma, then a bracketed credit, then ":" or a dash. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:,\s*[\p{L}\d. ]{0,30})?(?:\s*\([^()\n]{1,60}\))?\s*(?::|[-–—]{1,2}\s)\s*/u;
/** How far into a paragraph a dateline may reach (characters). */
const DATELINE_REACH = 140;

/** Prepositions and conjunctions that open an adverbial clause before a sentence's subject. */
const CLAUSE_OPENERS = new Set(["in", "at", "on", "after", "before", "during", "following", "from", "with", "without", "despite", "by", "for", "under", "since", "upon", "amid", "while", "when", "as", "unlike", "like", "earlier", "later"]);
const PARTICIPLE_PREPOSITIONS = new Set(["about", "on", "by", "over", "for", "at", "in", "to", "with", "if", "whether", "why", "how", "what", "when", "after"]);

/** "Conor Walsh SC", "Ada Obi SAN": the role a post-nominal of the bar right after a name says; "" when none follows. */
function postNominalRole(body: string, end: number): string {
  const m = /^,?\s+(SC|QC|KC|SAN)\b/.exec(body.slice(end, end + 6));
  return m ? (m[1] === "SAN" ? "senior advocate counsel" : "senior counsel") : "";
}

/** Nouns a body's own statement is attributed with ("the company said", "the group said"). */
const SELF_NAMING_NOUNS = new Set(["company", "firm", "group", "carmaker", "automaker", "airline", "lender", "insurer", "miner", "retailer", "operator"]);

/** "the Bench", "the Division Bench", "a full bench": the judges hearing a case, after "the" or "a" and at most one modifier. */
function isCourtBench(words: Token[]): boolean {
  const last = words[words.length - 1];
  return words.length >= 2 && words.length <= 3 && /^(?:the|a)$/i.test(words[0].text) && /^bench$/i.test(last.text) && (words.length === 2 || BENCH_MODIFIERS.has(words[1].text.toLowerCase()));
}

/** What kind of bench the judges sit as ("Division Bench", "full bench", "Constitution Bench"). */
const BENCH_MODIFIERS = new Set(["division", "full", "constitution", "larger", "single", "appellate", "vacation"]);

/** "the governor" / "the finance minister" / "the head of state" -> the role; null for other phrases. */
function roleReference(words: Token[]): string | null {
  if (words.length < 2 || words.length > 5 || !/^the$/i.test(words[0].text)) return null;
  let rest = words.slice(1);
  // "the head of state", "the minister of finance": the role with its field.
  const of = rest.findIndex((t) => t.text === "of" || t.text === "for");
  const roleWords = of > 0 ? rest.slice(0, of) : rest;
  // "the Treasury CS", "the Mexican minister": a capitalised modifier may stand before the role.
  if (!/^[\p{L}.-]+$/u.test(rest.map((t) => t.text).join(""))) return null;
  const head = roleWords[roleWords.length - 1].text.toLowerCase();
  if (!(ROLE_WORDS.has(head) || MORE_ROLE_WORDS.has(head) || SEAT_WORDS.has(head)) || GENERIC_ORG_NOUNS.has(head)) return null;
  rest = of > 0 ? rest : roleWords;
  return rest.map((t) => t.text.toLowerCase()).join(" ");
}

/**
 * The ways a title may write a role ("governor" is "Gov." too; the head of state is a president or monarch), and the
 * role's head word alone ("minister" of "chief minister"), which a title matches less surely.
 */
function roleForms(role: string): { whole: string[]; head: string | null } {
  const forms = new Set([role]);
  const words = role.split(" ");
  // "the former minister" is not whoever holds a ministry now: only a title with "former" in it matches.
  const head = words.length > 1 && !role.includes(" of ") && words[0] !== "former" ? words[words.length - 1] : null;
  for (const [word, alts] of ROLE_SYNONYMS) if (role === word || role.endsWith(" " + word)) for (const a of alts) forms.add(a);
  return { whole: [...forms], head };
}

/** "North Kivu's military governor, Major General " before a name -> "north kivu's military governor"; "" when none. */
function appositiveBefore(body: string, start: number): string {
  const m = /(?:^|[.;:!?"“”(\n]\s*)((?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+),\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.exec(body.slice(Math.max(0, start - 100), start));
  return m ? m[1] : "";
}

/** "the PNP chief said" -> the words right before the name in its clause: "said PNP chief Gen." (at most three). */
function wordsRightBefore(body: string, start: number): string {
  const lead = body.slice(Math.max(0, start - 60), start);
  const clause = lead.slice(Math.max(...[",", ";", ":", "!", "?", "(", ")", "\n", "“", "”", '"'].map((c) => lead.lastIndexOf(c))) + 1);
  const m = /((?:[\p{L}.'’-]+\s+){1,3})$/u.exec(clause);
  return m ? m[1] : "";
}

/**
 * "Minister for Enterprise, Trade and Employment Declan Corrigan said", "Roads and Transport County Executive
 * Committee member Jane Doe": a title opening the sentence before the name, its commas and all; "" when the words
 * there are not a title's (capitalised words and connectors, then at most two lower-case role words).
 */
function titleOpeningSentence(body: string, start: number): string {
  const lead = body.slice(Math.max(0, start - TITLE_REACH), start);
  const cut = Math.max(...[".", ";", ":", "!", "?", "(", ")", "\n", "“", "”", '"'].map((c) => lead.lastIndexOf(c)));
  if (cut === -1 && start > TITLE_REACH) return "";
  const words = lead.slice(cut + 1).split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.length < 2) return "";
  let end = words.length;
  while (end > 0 && words.length - end < 2 && /^\p{Ll}/u.test(words[end - 1])) end--;
  const titled = words.slice(0, end).every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < end - 1 && TITLE_CONNECTORS.has(w)));
  return end > 0 && /^\p{Lu}/u.test(words[0]) && titled ? words.join(" ") : "";
}

/** How far before a name a title opening its sentence may reach (characters). */
const TITLE_REACH = 100;
/** Lower-case words inside a title's capitalised words ("Minister for Enterprise, Trade and Employment"). */
const TITLE_CONNECTORS = new Set(["of", "for", "and", "the", "on", "in", "&"]);

/** A seat on a body ("the committee member", "the board member"): a person's role, held in the body named before it. */
const SEAT_WORDS = new Set(["member"]);

/** "the MCE", "the IGP": a role written as one word in capitals. */
function isAbbreviation(words: Token[]): boolean {
  return words.length === 2 && /^\p{Lu}{2,5}$/u.test(words[1].text);
}

/** "inspector general of police" -> "igp": the initials of a description's words, connectors left out. */
function initials(described: string): string {
  return described
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:of|for|the|and|in|on|at|a|an)$/.test(w))
    .map((w) => w[0])
    .join("");
}

/** Common verbs of news copy that do not end in -ed ("met", "told"), so a lead holding one is no title. */
const LEAD_VERBS = new Set(["met", "told", "saw", "hit", "led", "left", "took", "gave", "sent", "beat", "named", "made", "won", "lost", "shot", "caught", "held", "found", "thanked", "joined", "visited", "is", "was", "are", "were", "has", "had"]);

/** Styles of address for rulers, ministers and clerics ("His Highness", "Her Excellency"). */
const HONORIFIC_STYLES = new Set(["Highness", "Excellency", "Majesty", "Holiness", "Eminence", "Grace", "Beatitude"]);

/** Words for anyone holding office in a body, which a title may write as any role of that body ("the police official"). */
const HOLDER_WORDS = new Set(["official"]);

/** Words for whoever leads a body, which a title may write as any role of that body ("the central bank chief"). */
const LEADER_WORDS = new Set(["chief", "head", "boss", "leader"]);

/**
 * Roles written as abbreviations in Kenyan, Indian and Nigerian copy ("the Devolution CS", "the CM", "the IG"), and
 * "the PM" / "the DPM" that British, South Asian, Malaysian and Singaporean copy writes for a (deputy) prime
 * minister named before, and "the FM" of Indian copy for a finance minister.
 */
const MORE_ROLE_WORDS = ROLE_ABBREVIATIONS;

const ROLE_SYNONYMS: Array<[string, string[]]> = [
  ["cs", ["cabinet secretary", "secretary"]],
  ["lawmaker", ["senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "legislator", "mp", "mla", "td", "assemblyman", "assemblywoman"]],
  ["legislator", ["senator", "sen.", "representative", "rep.", "lawmaker", "mp", "mla", "assemblyman", "assemblywoman"]],
  ["mp", ["member of parliament", "lawmaker"]],
  ["cm", ["chief minister"]],
  ["pm", ["prime minister", "premier"]],
  ["dpm", ["deputy prime minister", "deputy premier"]],
  ["fm", ["finance minister", "minister of finance"]],
  ["ig", ["inspector general", "inspector-general", "igp"]],
  ["igp", ["inspector general", "inspector-general", "ig"]],
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
  ["spokesperson", ["spokesman", "spokeswoman", "public relations officer", "pro", "press secretary"]],
  ["spokesman", ["spokesperson", "public relations officer", "pro", "press secretary"]],
  ["spokeswoman", ["spokesperson", "public relations officer", "pro", "press secretary"]],
];

const PRONOUNS = new Set(["he", "she", "it", "they", "him", "her", "them", "i", "we", "you"]);

/**
 * The end of the noun phrase opening `words` (a pronoun, capitalised words, or "the" and lower-case role words)
 * when a lower-case word that is no role follows it, before a final "and"; -1 when the words open otherwise.
 */
function coordinatedSubjectEnd(words: Token[]): number {
  let j = 0;
  if (PRONOUNS.has(words[0].text.toLowerCase()) && !/^(?:it|they|them|we|you|i)$/i.test(words[0].text)) j = 1;
  else {
    if (/^the$/i.test(words[0].text)) j = 1;
    const from = j;
    while (j < words.length - 1 && (words[j].cap || ROLE_WORDS.has(words[j].text) || TITLE_MODIFIERS.has(words[j].text))) j++;
    if (j === from) return -1;
    // "The minister": lower-case role words after "the"; a bare name: capitalised words only.
    if (from === 1 && !words.slice(1, j).some((t) => ROLE_WORDS.has(t.text.toLowerCase()))) return -1;
  }
  const next = words[j];
  if (j >= words.length - 1 || !next || next.cap || next.kind !== "word" || next.text === "and") return -1;
  return j;
}
/** How far into a sentence its subject is looked for (characters). */
const SUBJECT_REACH = 600;
/** How far back (characters) the last speaker stays salient; bounds the names checked per pronoun. */
const SPEAKER_REACH = 3000;
/** How far before its verb a subject's name may end ("Somjai Boonmee, 67, said"). */
const NAME_TO_VERB = 40;
/** Words that say nothing about what a body is ("the", "of", "which"). */
const DESCRIPTION_STOP = new Set(["the", "a", "an", "its", "their", "of", "in", "on", "for", "and", "or", "to", "at", "with", "by", "from", "that", "this", "said", "says", "told", "which", "who", "whose", "where", "when"]);

/**
 * Every organisation mention with the words the text describes it by: the lowercase words right before the
 * name ("state oil company Petróleos Mexicanos", "Bowen Basin miner Carrabah Coal") and an appositive right after
 * it ("Volkmar Motors, Europe's biggest carmaker,"). Bounded slices around each mention: linear in the text.
 */
function describedBodies(doc: Doc): Array<{ start: number; key: string; words: Set<string> }> {
  const out: Array<{ start: number; key: string; words: Set<string> }> = [];
  const body = doc.text;
  for (const m of doc.mentions) {
    if (m.kind !== "ORGANIZATION") continue;
    const words = new Set<string>();
    const before = /((?:[\p{Ll}][\p{L}-]*\s+){1,4})$/u.exec(body.slice(Math.max(0, m.start - 60), m.start));
    if (before) for (const w of before[1].trim().split(/\s+/)) if (!DESCRIPTION_STOP.has(w)) words.add(w);
    const after = /^,\s+(?:(?:the|a|an)\s+)?([^,.;:“”"()]{1,60}),/u.exec(body.slice(m.end, m.end + 80));
    if (after && !/^(?:which|who|whose|where|when|that|and|or|but|said|says|in|on|at|after)\b/i.test(after[1])) {
      for (const w of after[1].toLowerCase().split(/[\s]+/)) {
        const word = w.replace(/['’]s$/, "");
        if (word && !DESCRIPTION_STOP.has(word)) words.add(word);
      }
    }
    if (words.size > 0) out.push({ start: m.start, key: m.key, words });
  }
  return out;
}

/** Nouns that stand for a local government already named ("the city said" for the City of Johannesburg). */
const LOCAL_GOVERNMENT_NOUNS = new Set(["city", "county", "municipality", "borough", "district", "town", "shire"]);
/** Words after such a noun in the name of a local government ("Galway City Council", "Kilifi County Government"). */
const LOCAL_GOVERNMENT_HEADS = new Set(["council", "government", "hall", "corporation", "administration", "assembly"]);

/** Nouns that stand for an organisation already named ("the company", "a ministry spokesman"). */
export const GENERIC_ORG_NOUNS = new Set(["police", "company", "firm", "group", "ministry", "agency", "embassy", "commission", "department", "government", "bank", "museum", "party", "coalition", "union", "charity", "organisation", "organization", "regulator", "council", "court", "university", "federation", "association", "automaker", "carmaker", "airline", "insurer", "lender", "miner", "retailer", "broadcaster", "utility", "operator", "manufacturer", "body", "watchdog", "authority", "institute", "foundation", "club", "board", "office", "service"]);
const ANY_ORG_NOUNS = new Set(["company", "firm", "group", "agency", "organisation", "organization", "charity", "body"]);
/** Nouns that describe a business by what it makes or does ("the automaker", "the chipmaker", "the retailer"). */
const COMPANY_DESCRIPTIONS = /^(?:\w+-?maker|\w+-?builder|automaker|carmaker|airline|insurer|lender|miner|retailer|broadcaster|utility|operator|manufacturer|conglomerate|giant|producer|exporter|supplier|developer|refiner)s?$/;

export function isSpeechVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== "word") return false;
  // "…,” the minister went on": the two words say what "continued" says.
  if (t.text === "went" && tokens[i + 1]?.text === "on" && (i + 2 >= tokens.length || tokens[i + 2].kind === "punct" || /^(?:in|at)$/.test(tokens[i + 2].text))) return true;
  return SPEECH_VERBS.has(t.text) || MORE_SPEECH_VERBS.has(t.text) || isAccordingTo(tokens, i);
}

/** Speech verbs of wire copy the shared list lacks ("…,” she asserted", "he underlined"). */
const MORE_SPEECH_VERBS = new Set(["asserted", "asserts", "underlined", "underscored", "elaborated", "recounted", "wrote", "posted", "accusing"]);

export function isAccordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.text.toLowerCase() === "according" && tokens[i + 1]?.text === "to";
}

/** Words after a role noun that tie the role to a body named next ("the president of …", "the head at …"). */
/** How many sentences whose subject is the pronoun a "he" or "she" passes over to find the person it means. */
const PRONOUN_HOPS = 4;

/** Nouns for how words were given, after "in a" ("in a statement", "in an interview"). */
const SPEECH_MEDIA = /^(?:statement|interview|tweet|post|letter|speech|message|reply|video|broadcast|address)$/i;

const ROLE_QUALIFIERS = new Set(["of", "at", "for", "in", "from", "with", "and", "or"]);
