/**
 * Coreference over the candidates of the entities stage: surnames, given names and inner names join the full
 * name; short and bracketed names of bodies join the long one; "the ministry" and "the company" count as
 * mentions of the body named before; then every actor is located in the text. Each step looks names up in
 * maps built once, never by scanning the candidate list or the body per name.
 */
import type { ActorMention, Candidate, CountryMention, Doc, Stage } from "../document";
import { FIRST_NAMES, PLACE_NAMES, ROLE_WORDS, isGivenName } from "../lexicons/people";
import { foldText } from "../text/fold";
import { lowerBound } from "../text/search";
import { spanAt } from "../text/sentences";
import type { Token } from "../text/tokens";
import type { ExtractedActor } from "../types";
import { EVENT_HEADS, KNOWN_ORGANISATIONS, ORGANISATION_HEADS } from "../lexicons/organisations";
import { NON_NAME_WORDS, SPEECH_VERBS } from "../lexicons/words";
import { BUSINESS_NAME_WORDS, COMMON_WORDS, COMMON_WORDS_TAGS, COMPANY_NOUNS, WIRE_DESK_CODES, acronymsOfWorks, CONNECTORS, CORPORATE_ROLE, GOVERNMENT_ROLE, INTERNATIONAL_NAME, STATE_BODY_HEADS, KNOWN_AS_RE, actorKey, addCandidate, isCapWord, isHonorific, isNoBusinessName, spellsFromWords } from "./entity-words";
import { WordIndex } from "./word-index";
import { placeTable } from "../gazetteers/places";
import { CORPORATE_SUFFIX, companyFormCountry, companyNamed } from "../lexicons/companies";
import { leadingCountry } from "./countries";
import { COUNTRY_SURFACES } from "../lexicons/countries";

/** Merge candidates into actors and find every mention of each. */
export const coreferenceStage: Stage = {
  name: "coreference",
  run(doc: Doc) {
    const { actors, mentions } = new Coreference(doc).run();
    doc.actors = actors;
    doc.mentions = mentions;
  },
};

/** Verbs that follow "The Portuguese" when it stands for one person just named ("The Portuguese joined in 2019"). */
const DESCRIBED_NATIONAL_VERBS = new Set(["has", "had", "is", "was", "will", "would", "came", "joined", "signed", "scored", "moved", "arrived", "left", "won", "made", "played", "spent", "started", "netted", "who", "also", "became", "returned"]);

/** Words of travel after a person's name, before the country travelled to ("flies to", "a visit to", "visited"). */
const TRAVEL_WORDS = new Set(["flies", "flew", "fly", "heads", "headed", "travels", "travelled", "traveled", "visit", "visits", "visited", "trip", "tour", "arrives", "arrived"]);

/** How many tokens after a person's mention a word of travel may stand. */
const TRAVEL_REACH = 8;

/** How many names a team's line-up lists at the least (a side starts with eleven, seven in some codes). */
const LINEUP_MIN_PLAYERS = 7;

/** One entry of a line-up: a surname of one to three capitalised words ("Ní Riain", "van Dijk" after its capital). */
const LINEUP_ENTRY = /^\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,2}$/u;

/** How far back, in characters, a nationality standing for a person looks for the person named last. */
const DESCRIBED_NATIONAL_REACH = 300;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The longest name among `names` that `text` ends with, trying each word boundary from the end. */
function longestNameEnding<V>(text: string, names: Map<string, V>, maxWords = 12): V | undefined {
  let found: V | undefined;
  let words = 0;
  for (let i = text.length - 1; i >= 0 && words <= maxWords; i--) {
    if (i > 0 && !/\s/.test(text[i - 1])) continue;
    words++;
    const hit = names.get(text.slice(i));
    if (hit !== undefined) found = hit;
  }
  return found;
}

class Coreference {
  private readonly body: string;
  private readonly tokens: Token[];
  private readonly candidates: Map<string, Candidate>;
  private readonly words: WordIndex;
  private readonly countryAt = new Map<number, CountryMention>();

  constructor(private readonly doc: Doc) {
    this.body = doc.text;
    this.tokens = doc.tokens;
    this.candidates = doc.entities.candidates;
    this.words = new WordIndex(doc.text, doc.tokens);
    for (const m of doc.countryMentions) if (!m.inName && !m.trait && !this.countryAt.has(m.firstToken)) this.countryAt.set(m.firstToken, m);
  }

  run(): { actors: ExtractedActor[]; mentions: ActorMention[] } {
    this.titledPeopleReadAsBodies();
    this.bodiesShortFormsReadAsPeople();
    this.speakersNamedOnce();
    const { bySurname, byGivenName } = this.mergePeople();
    this.surnamesBeforeFollowing(bySurname);
    this.lineupCountries(bySurname);
    for (const guess of this.doc.entities.organisationGuesses) {
      const folded = foldText(guess.text);
      if (bySurname.has(folded) || byGivenName.has(folded)) continue;
      addCandidate(this.candidates, "ORGANIZATION", guess.text, null, guess.country, 1, guess.start);
    }
    this.mergeOrganisations();
    this.acronymsNamingNoBody();
    this.knownAsAliases();
    this.nameBeforeAcronyms();
    this.bracketedAliases();
    this.initialsAliases();
    this.appositiveNamesOfBodies();
    this.courtsPanels();
    this.describedBusinesses();
    this.bodiesOfItsCountry();
    this.groupsOfTheirUnits();
    this.bodiesSeatedIn();
    this.employerCountries();
    this.describedPeople();
    this.subsidiariesNamedBefore();
    this.unitStaffCountries();
    this.aidesOfPeople();
    return this.locate();
  }

  /**
   * "Ireland: Whelan; Dolan, Quigley, …" under a national teams' match report: a line that opens with a country's
   * name and a colon and lists at least seven surnames split by ";" and "," (substitutes in brackets with their
   * minute) is that country's line-up, and each person named once by one of its surnames plays for that country.
   * Each line is read once, from the country mentions that open a paragraph.
   */
  private lineupCountries(bySurname: Map<string, Candidate[]>): void {
    const text = this.body;
    for (const m of this.doc.countryMentions) {
      if (!m.code || m.kind !== "name" || text[m.end] !== ":" || (m.start > 0 && text[m.start - 1] !== "\n")) continue;
      const stop = text.indexOf("\n", m.end);
      const line = text.slice(m.end + 1, stop === -1 ? text.length : stop).replace(/\.\s*$/, "");
      if (!line.includes(";")) continue;
      const entries = line.split(/[;,()]/).map((e) => e.replace(/\d+/g, "").trim()).filter((e) => e.length > 0);
      if (entries.length < LINEUP_MIN_PLAYERS || !entries.every((e) => LINEUP_ENTRY.test(e))) continue;
      for (const entry of entries) {
        const players = (bySurname.get(foldText(entry)) ?? []).filter((c) => this.candidates.get(actorKey(c.name, "PERSON")) === c);
        if (players.length === 1) players[0].country = m.code;
      }
    }
  }

  /**
   * "Commission Chairman Dr. Chandana Perera" read whole as a body: a body's name that holds an honorific followed
   * by two or more capitalised words is a person (the words after the honorific) with the words before as title.
   */
  private titledPeopleReadAsBodies(): void {
    for (const c of [...this.candidates.values()]) {
      if (c.kind !== "ORGANIZATION" || KNOWN_ORGANISATIONS.has(c.name)) continue;
      const words = c.name.split(" ");
      // The person's name starts at `from`; the title is the words before `titleEnd`.
      const h = words.findIndex((w, i) => i > 0 && PERSON_HONORIFICS.has(w.toLowerCase()));
      // "Office of Public Works Declan Brennan": a given name and a surname after a body's full name.
      const from = h !== -1 ? h + 1 : bodyThenPerson(words);
      const titleEnd = h !== -1 ? h : from;
      if (from === -1 || words.length - from < 2 || !words.slice(from).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
      const name = words.slice(from).join(" ");
      const title = words.slice(0, titleEnd).join(" ");
      this.candidates.delete(actorKey(c.name, "ORGANIZATION"));
      // The body before the name stays a body.
      if (h === -1 && !this.candidates.has(actorKey(title, "ORGANIZATION"))) {
        this.candidates.set(actorKey(title, "ORGANIZATION"), { kind: "ORGANIZATION", name: title, title: null, country: c.country, evidence: c.evidence, firstSeen: c.firstSeen, surfaces: new Set([title]) });
      }
      const existing = this.candidates.get(actorKey(name, "PERSON"));
      if (existing) {
        existing.title = existing.title ?? title;
        existing.evidence += c.evidence;
        if (existing.country === undefined) existing.country = c.country;
      } else {
        this.candidates.set(actorKey(name, "PERSON"), { kind: "PERSON", name, title, country: c.country, evidence: c.evidence, firstSeen: c.firstSeen, surfaces: new Set([name]) });
      }
    }
  }

  /**
   * "Austral Fjord said" after "salmon producer Austral Fjord Seafoods": the opening words of a body named earlier,
   * read as a person with no title, are that body's short form.
   */
  private bodiesShortFormsReadAsPeople(): void {
    const byOpening = new Map<string, Candidate | null>();
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION") continue;
      const words = c.name.split(" ");
      // "the Maria Lindgren Foundation": a body named after a person keeps that person apart.
      if (SUB_BODY_HEADS.has(words[words.length - 1]) || /^(?:Prize|Award|Memorial|Library)$/.test(words[words.length - 1])) continue;
      // "Sulawesi Nusantara" after "PT Sulawesi Nusantara Mineral": a company form opening the name is dropped too.
      const skip = COMPANY_FORM_OPENING.test(words[0]) && words.length >= 4 ? 1 : 0;
      // "Skovgaard Pumps" opens "Skovgaard Pumps Kenya", the body's unit in a country, as a short form of the body's.
      const last = words.length - (this.placeWords().has(words[words.length - 1]) ? 1 : 0);
      for (let from = 0; from <= skip; from++) {
        for (let k = from + 2; k < last; k++) {
          const opening = foldText(words.slice(from, k).join(" "));
          byOpening.set(opening, byOpening.has(opening) && byOpening.get(opening) !== c ? null : c);
        }
      }
    }
    for (const c of [...this.candidates.values()]) {
      if (c.kind !== "PERSON" || c.title || !c.name.includes(" ")) continue;
      const body = byOpening.get(foldText(c.name));
      if (!body || body.firstSeen >= c.firstSeen) continue;
      this.candidates.delete(actorKey(c.name, "PERSON"));
      body.surfaces.add(c.name);
      body.evidence += c.evidence;
    }
  }

  /**
   * `…?” asked Serhiy, a driver from Lviv who gave only his first name`: one capitalised word after a quote and its
   * speech verb, set off by an appositive that describes a person, is that person, and a place the appositive
   * says they are from gives their country. One look after each closing quote mark.
   */
  private speakersNamedOnce(): void {
    const countryByStart = new Map<number, CountryMention>();
    for (const m of this.doc.countryMentions) countryByStart.set(m.start, m);
    for (const span of this.doc.quoteSpans) {
      if (!span.closed) continue;
      const m = ONE_NAME_SPEAKER.exec(this.body.slice(span.close, span.close + 120));
      if (!m) continue;
      const name = m[1];
      const start = span.close + m.index + m[0].indexOf(name);
      const described = m[2].split(/\s+/).slice(0, 3);
      if (!described.some((w) => ROLE_WORDS.has(w))) continue;
      if (countryByStart.has(start) || NON_NAME_WORDS.has(name) || this.candidates.has(actorKey(name, "ORGANIZATION"))) continue;
      const from = /\bfrom\s+(?=\p{Lu})/u.exec(m[2]);
      const place = from ? countryByStart.get(span.close + m.index + m[0].length - m[2].length + from.index + from[0].length) : undefined;
      // The entities stage may already have read the name as a person (a given name before ", a driver"): the place still gives the country.
      const known = this.candidates.get(actorKey(name, "PERSON"));
      if (known) {
        if (known.country === undefined && place?.code) known.country = place.code;
        continue;
      }
      this.candidates.set(actorKey(name, "PERSON"), { kind: "PERSON", name, title: null, country: place?.code ?? undefined, evidence: 2, firstSeen: start, surfaces: new Set([name]) });
    }
  }

  /** A shorter mention of a person ("Ryder", "Quispe Salas") becomes one more surface of the full name. */
  private absorbPerson(owner: Candidate, short: Candidate): void {
    owner.surfaces.add(short.name);
    owner.evidence += short.evidence;
    owner.title = owner.title ?? short.title;
    if (owner.country === undefined) owner.country = short.country;
    this.candidates.delete(actorKey(short.name, "PERSON"));
  }

  private mergePeople(): { bySurname: Map<string, Candidate[]>; byGivenName: Map<string, Candidate[]> } {
    const people = [...this.candidates.values()].filter((c) => c.kind === "PERSON");
    const multi = people.filter((c) => c.name.includes(" "));
    // Surnames used alone ("Ryder said") and single-name titles ("President Biden") join the full name.
    const bySurname = new Map<string, Candidate[]>();
    for (const person of multi) {
      const parts = person.name.split(" ");
      push(bySurname, foldText(parts[parts.length - 1]), person);
      const given = foldText(parts[0]);
      if (!FIRST_NAMES.has(given) && parts.length >= 2 && !bySurname.has(given)) bySurname.set(given, [person]);
    }
    // "Sheikh Thamer" after "Sheikh Hamad bin Thamer Al Thani": one part of a name under the same title.
    const byTitledPart = new Map<string, Candidate[]>();
    for (const person of multi) {
      if (!person.title) continue;
      for (const part of new Set(person.name.split(" ").slice(0, -1).filter((w) => !CONNECTORS.has(w)))) push(byTitledPart, `${person.title.toLowerCase()} ${foldText(part)}`, person);
    }
    // "Mr Kim" after "Kim Do-yoon": an honorific goes with a family name, which opens Korean, Chinese and Vietnamese
    // names; so a given name of the registry ("Kim", "Lee") opening one such name is its holder's family name too.
    const byFamilyFirst = new Map<string, Candidate[]>();
    for (const person of multi) if (familyNameFirst(person)) push(byFamilyFirst, foldText(person.name.split(" ")[0]), person);
    for (const single of people.filter((c) => !c.name.includes(" "))) {
      const honorific = !!single.title && isHonorific(single.title);
      const owners = bySurname.get(foldText(single.name)) ?? (single.title ? byTitledPart.get(`${single.title.toLowerCase()} ${foldText(single.name)}`) : undefined) ?? (honorific ? byFamilyFirst.get(foldText(single.name)) : undefined);
      if (owners && owners.length === 1) this.absorbPerson(owners[0], single);
    }
    // "Quispe Salas" after "Raúl Quispe Salas": a two-part surname used alone.
    const bySuffix = new Map<string, Candidate[]>();
    for (const person of multi) {
      const parts = person.name.split(" ");
      for (let k = 1; k < parts.length; k++) push(bySuffix, parts.slice(k).join(" "), person);
    }
    for (const short of multi) {
      const owners = (bySuffix.get(short.name) ?? []).filter((o) => o !== short);
      if (owners.length !== 1 || !this.candidates.has(actorKey(short.name, "PERSON"))) continue;
      this.absorbPerson(owners[0], short);
    }
    // "Ahmad Fauzi" after "Tan Sri Ahmad Fauzi Osman": the given names used without the family name.
    const byPrefix = new Map<string, Candidate[]>();
    for (const person of multi) {
      const parts = person.name.split(" ");
      if (parts.length >= 3) for (let k = 2; k < parts.length; k++) push(byPrefix, parts.slice(0, k).join(" "), person);
    }
    for (const short of multi) {
      const owners = (byPrefix.get(short.name) ?? []).filter((o) => o !== short);
      if (owners.length !== 1 || !this.candidates.has(actorKey(short.name, "PERSON")) || !this.candidates.has(actorKey(owners[0].name, "PERSON"))) continue;
      this.absorbPerson(owners[0], short);
    }
    const byGivenName = new Map<string, Candidate[]>();
    for (const person of multi) push(byGivenName, foldText(person.name.split(" ")[0]), person);
    // "Lula" for "Luiz Inácio Lula da Silva": any inner part of one person's name.
    const byInnerName = new Map<string, Candidate[]>();
    for (const person of multi) {
      const parts = person.name.split(" ").filter((w) => !CONNECTORS.has(w));
      for (const part of parts.slice(1, -1)) push(byInnerName, foldText(part), person);
    }
    for (const bare of this.doc.entities.bareWords) {
      // Family names come first in Chinese, Korean and Vietnamese names ("Nguyễn said").
      const folded = foldText(bare.text);
      const owners = bySurname.get(folded) ?? byGivenName.get(folded) ?? byInnerName.get(folded);
      if (owners && owners.length === 1) {
        owners[0].surfaces.add(bare.text);
        owners[0].evidence += 1;
      }
    }
    return { bySurname, byGivenName };
  }

  /** "Kitaboshi" after "Kitaboshi Semiconductor" is the same body; "Kessler's lawyer" names a person, not an employer. */
  private mergeOrganisations(): void {
    const orgs = [...this.candidates.values()].filter((c) => c.kind === "ORGANIZATION");
    const personWords = new Set<string>();
    for (const c of this.candidates.values()) if (c.kind === "PERSON" && c.evidence > 0) for (const s of c.surfaces) for (const w of s.split(" ")) personWords.add(foldText(w));
    // 'President Joko "Jokowi" Widodo': a one-word surface of a person that is no word of the name is the person's
    // nickname, and a body read from it alone ("Jokowi said") is that person.
    const nicknames = new Set<string>();
    for (const c of this.candidates.values()) {
      if (c.kind !== "PERSON" || c.evidence <= 0) continue;
      const nameWords = new Set(c.name.split(" ").map(foldText));
      for (const s of c.surfaces) if (!s.includes(" ") && !nameWords.has(foldText(s))) nicknames.add(foldText(s));
    }
    const byFirstWord = new Map<string, Candidate[]>();
    const byLastWord = new Map<string, Candidate[]>();
    for (const o of orgs) {
      if (!o.name.includes(" ")) continue;
      push(byFirstWord, o.name.slice(0, o.name.indexOf(" ")), o);
      push(byLastWord, o.name.slice(o.name.lastIndexOf(" ") + 1), o);
      // "Guangdong Meiheng Electric" … "Meiheng said": a business named after its province or city goes by the
      // word after the place.
      const words = o.name.split(" ");
      if (words.length >= 3 && PLACE_NAMES.has(foldText(words[0])) && /^\p{Lu}\p{Ll}/u.test(words[1]) && !ORGANISATION_HEADS.has(words[1]) && !COUNTRY_SURFACES.has(words[1])) push(byFirstWord, words[1], o);
    }
    for (const org of orgs) {
      if (org.name.includes(" ")) continue;
      // "HSE South West" is a branch of the HSE, not its full name.
      // "Fjordlaks Polska" after "Norwegian processor Fjordlaks": a unit named with a place that is not the firm's own.
      const branch = (c: Candidate | undefined) => {
        if (!c) return false;
        const rest = c.name.slice(org.name.length + 1);
        if (/^(?:North|South|East|West|Mid)(?: (?:East|West|North|South|Central))?$/.test(rest)) return true;
        return !!org.country && !!c.country && org.country !== c.country && this.placeWords().has(rest);
      };
      const first = byFirstWord.get(org.name)?.[0];
      const longer = (branch(first) ? undefined : first) ?? this.fullNameEndingWithHead(byLastWord, org);
      if (longer) {
        longer.surfaces.add(org.name);
        this.candidates.delete(actorKey(org.name, "ORGANIZATION"));
      } else if ((org.evidence <= 1 && personWords.has(foldText(org.name))) || nicknames.has(foldText(org.name))) {
        this.candidates.delete(actorKey(org.name, "ORGANIZATION"));
      }
    }
    this.mergeShortenedNames();
    this.joinListedNames();
  }

  /**
   * An acronym the lists do not know that the text counts ("registered at a PPS will get aid": a thing, not a
   * body), or that only credits a story or a photo ("DAKAR (DH) –", "Photo: DH/Jo Sarr"), names no body.
   */
  private acronymsNamingNoBody(): void {
    for (const c of [...this.candidates.values()]) {
      if (c.kind !== "ORGANIZATION" || !/^\p{Lu}{2,12}$/u.test(c.name) || KNOWN_ORGANISATIONS.has(c.name) || companyNamed(c.name)) continue;
      // Words of seven capitals or more are read here only as captions' labels (below).
      const short = c.name.length <= 6;
      const at = this.words.find(c.name);
      if (at.length === 0) continue;
      let counted = false;
      let credits = 0;
      for (const start of at) {
        const before = this.body.slice(Math.max(0, start - 12), start);
        const after = this.body.slice(start + c.name.length, start + c.name.length + 12);
        if (/\b(?:a|an|each|every)\s+$/i.test(before) && /^(?:[.,;:]|\s+(?:will|would|is|was|at|in|on|for|and|or|to|with|near)\b)/.test(after)) counted = true;
        if ((/\($/.test(before) && /^\)\s*[–—-]/.test(after)) || /(?:Photo|Image|Picture|Credit)s?:\s*$/i.test(before) || /^\//.test(after)) credits++;
      }
      // "#SMR", "your TRN": a hashtag's word or a thing someone holds, wherever the acronym stands.
      const held = at.every((start) => this.body[start - 1] === "#" || /\b(?:my|your|his|her|its|our|their)\s+$/i.test(this.body.slice(Math.max(0, start - 8), start)));
      // "a 770-megawatt SMR cluster", "Singapore's eighth MRT line", "the PPT temporary protection permit": an acronym
      // that only ever modifies a thing's noun (or a hashtag) names a kind of thing, not a body ("KEPHIS officials",
      // "KEPHIS said" would be one).
      // (Not an acronym the text spells out, "the ISL season" after "Indian Super League".)
      const thing = at.every((start) => this.body[start - 1] === "#" || this.modifiesThing(start + c.name.length)) && this.bracketedAcronymAt(c.name) === -1 && !this.spelledByBody(c.name);
      // "RESCUE. Soldiers dig through mud …": a caption's label in capitals opening its paragraph, then a full stop.
      const label = at.every((start) => (start === 0 || this.body[start - 1] === "\n") && /^\. \p{Lu}/u.test(this.body.slice(start + c.name.length, start + c.name.length + 3)));
      if (!short) {
        if (label) this.candidates.delete(actorKey(c.name, "ORGANIZATION"));
        continue;
      }
      if (counted || credits === at.length || held || thing || label || this.spelledByLowerCaseWords(c.name) || this.capitalisedNonBody(c.name)) this.candidates.delete(actorKey(c.name, "ORGANIZATION"));
    }
  }

  private bodiesByInitial: Map<string, string[]> | undefined;

  /**
   * A body of several words the text names spells the acronym ("Indian Super League" for "ISL"). Bodies are indexed
   * once by their first letter, and at most SPELL_CHECKS of them are tried per acronym.
   */
  private spelledByBody(acronym: string): boolean {
    if (!this.bodiesByInitial) {
      this.bodiesByInitial = new Map();
      for (const o of this.candidates.values()) if (o.kind === "ORGANIZATION" && o.name.includes(" ")) push(this.bodiesByInitial, o.name[0].toUpperCase(), o.name);
    }
    return (this.bodiesByInitial.get(acronym[0]) ?? []).slice(0, SPELL_CHECKS).some((name) => spellsFromWords(acronym, name));
  }

  /**
   * A lower-case noun of a thing follows right after offset `end` ("… cluster", "… line"): no person's or role's
   * noun, no verb, adverb, preposition or other word of a clause's frame.
   */
  private modifiesThing(end: number): boolean {
    const m = /^ ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?(?: ([a-z][a-z-]*))?/.exec(this.body.slice(end, end + 60));
    if (!m) return false;
    const word = m[1];
    const singular = word.replace(/(?<=[^s])s$/, "");
    if (ROLE_WORDS.has(word) || ROLE_WORDS.has(singular) || STAFF_NOUNS.has(singular) || CONNECTORS.has(word)) return false;
    // "the INDEC national statistics bureau", "RPP radio", "the CGT union": the body's own kind named after it.
    if (m.slice(1).some((w) => !!w && (COMPANY_NOUNS.has(w) || BODY_KIND_NOUNS.has(w) || ORGANISATION_HEADS.has(w[0].toUpperCase() + w.slice(1))))) return false;
    return !/\b(?:Verb|PastTense|PresentTense|Gerund|Modal|Copula|Auxiliary|Adverb|Preposition|Conjunction|Determiner|QuestionWord|Pronoun|Adjective)\b/.test(COMMON_WORDS_TAGS.get(word) ?? "") && !/(?:ed|ly|al|ic|ive|ous|an)$/.test(word);
  }

  private workAcronyms: Set<string> | undefined;

  /**
   * A word in capitals that is no body's short name: a wire desk's code ("(ATTN: …)", "(END)"), the acronym the text
   * gives for a work, a law or a programme ("the Cross Island Line (CRL)"), or an ordinary word set in capitals as a
   * caption's or a heading's label ("RESCUE. Soldiers dig …") that the text never brackets after a name.
   */
  private capitalisedNonBody(name: string): boolean {
    if (WIRE_DESK_CODES.has(name)) return true;
    this.workAcronyms ??= acronymsOfWorks(this.body);
    if (this.workAcronyms.has(name)) return true;
    return name.length >= 5 && COMMON_WORDS.has(name.toLowerCase()) && this.bracketedAcronymAt(name) === -1;
  }

  private offices: Map<string, string> | undefined;

  /**
   * Offices the text names with a country and no name ("South Korea's trade minister began …", "the Kenyan
   * agriculture minister said"): the office's lower-case words (a portfolio, then a role word) with its country; an
   * office two countries hold is left out. Built once from the country mentions.
   */
  private unnamedOffices(): Map<string, string> {
    if (this.offices) return this.offices;
    const found = new Map<string, string>();
    const ambiguous = new Set<string>();
    const tokens = this.tokens;
    for (const m of this.doc.countryMentions) {
      if (!m.code || m.quoted || (m.kind !== "demonym" && !tokens[m.endToken - 1]?.possessive)) continue;
      let k = m.endToken;
      while (k < m.endToken + 3 && tokens[k]?.kind === "word" && !tokens[k].cap && !ROLE_WORDS.has(tokens[k].text)) k++;
      if (!tokens[k] || tokens[k].kind !== "word" || tokens[k].cap || !ROLE_WORDS.has(tokens[k].text)) continue;
      // A name right after the role, or set off by a comma, is that person's own title, read with the name.
      const next = tokens[k + 1]?.text === "," ? tokens[k + 2] : tokens[k + 1];
      if (next?.kind === "word" && next.cap) continue;
      // "a retired Swiss judge": a bare role says too little; an office has its portfolio ("trade minister").
      if (k === m.endToken) continue;
      const key = tokens.slice(m.endToken, k + 1).map((t) => t.text).join(" ");
      if (found.has(key) && found.get(key) !== m.code) ambiguous.add(key);
      else found.set(key, m.code);
    }
    for (const key of ambiguous) found.delete(key);
    this.offices = found;
    return found;
  }

  private bracketedAcronyms: Map<string, number> | undefined;

  /** Where "(ACRONYM)" first stands in the body, or -1: one pass over the body builds the table for every acronym. */
  private bracketedAcronymAt(acronym: string): number {
    if (!this.bracketedAcronyms) {
      this.bracketedAcronyms = new Map();
      for (const m of this.body.matchAll(/\((\p{Lu}{2,6})\)/gu)) if (!this.bracketedAcronyms.has(m[1])) this.bracketedAcronyms.set(m[1], m.index!);
    }
    return this.bracketedAcronyms.get(acronym) ?? -1;
  }

  /**
   * "a high-pressure acid leach (HPAL) plant", "liquefied natural gas (LNG)": an acronym the text spells out in
   * brackets after lower-case words, one initial a word (a hyphen splits words), is a technical term, not a body.
   */
  private spelledByLowerCaseWords(acronym: string): boolean {
    const at = this.bracketedAcronymAt(acronym);
    if (at <= 0) return false;
    const words = this.body.slice(Math.max(0, at - 120), at).trimEnd().split(/[\s-]+/);
    // "a confidential or intelligence fund (CIF)": a particle between the spelling words gives no letter.
    let j = words.length - 1;
    for (let i = acronym.length - 1; i >= 0; i--, j--) {
      if (i < acronym.length - 1 && j > 0 && SPELLING_PARTICLES.has(words[j]) && words[j][0] !== acronym[i].toLowerCase()) j--;
      const w = words[j];
      if (!w || !/^\p{Ll}/u.test(w) || w[0] !== acronym[i].toLowerCase()) return false;
    }
    return true;
  }

  /**
   * "Neighbouring Malawi also reported rain, with its Department of Disaster Management saying …": a body the text
   * gives no country, named after "its" with one country named earlier in the sentence, is that country's.
   */
  private bodiesOfItsCountry(): void {
    const mentions = this.doc.countryMentions.filter((m) => m.code && !m.quoted && m.kind === "name");
    if (mentions.length === 0) return;
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION" || c.country !== undefined || KNOWN_ORGANISATIONS.has(c.name)) continue;
      const at = this.words.find(c.name)[0];
      if (at === undefined || !/\bits\s+$/.test(this.body.slice(Math.max(0, at - 5), at))) continue;
      // The countries named before it in its sentence: exactly one.
      const sentenceStart = Math.max(this.body.lastIndexOf(". ", at), this.body.lastIndexOf("\n", at));
      const codes = new Set(mentions.filter((m) => m.start > sentenceStart && m.end <= at).map((m) => m.code));
      if (codes.size === 1) c.country = [...codes][0];
    }
  }

  /**
   * "SK Group" after "South Korea's SK Innovation", "Daewoo Holdings" after "Daewoo Shipbuilding": a group named by
   * its first word and a group word shares the seat the text gives its units named with that first word, when they
   * all agree. One pass over the bodies, keyed by first word.
   */
  private groupsOfTheirUnits(): void {
    const seats = new Map<string, string | null | false>();
    const groups = new Set<string>();
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION" || c.country === undefined || GROUP_NAME.test(c.name)) continue;
      const space = c.name.indexOf(" ");
      if (space === -1) continue;
      const first = c.name.slice(0, space);
      const seen = seats.get(first);
      seats.set(first, seen === undefined || seen === c.country ? c.country : false);
    }
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION" || c.country !== undefined) continue;
      const m = GROUP_NAME.exec(c.name);
      const seat = m ? seats.get(m[1]) : undefined;
      if (seat === undefined || seat === false) continue;
      c.country = seat;
      groups.add(actorKey(c.name, "ORGANIZATION"));
    }
    // "Daeyang Group Chairman Park Min-ho": an executive whose name the group's name and a company title open, read
    // before the group had a seat, takes it.
    if (groups.size === 0) return;
    const names = new Map<string, string | null>();
    for (const c of this.candidates.values()) if (c.kind === "ORGANIZATION" && groups.has(actorKey(c.name, "ORGANIZATION"))) names.set(c.name, c.country ?? null);
    for (const c of this.candidates.values()) {
      if (c.kind !== "PERSON" || !c.title || !CORPORATE_ROLE.test(c.title)) continue;
      const lead = this.body.slice(Math.max(0, c.firstSeen - c.title.length - 42), c.firstSeen);
      if (!lead.endsWith(` ${c.title} `)) continue;
      const m = GROUP_NAME_ENDING.exec(lead.slice(0, lead.length - c.title.length - 2));
      const seat = m ? names.get(m[1]) : undefined;
      if (seat !== undefined) c.country = seat;
    }
  }

  /**
   * "Sociedad Nacional de Minería, Petróleo y Energía", "Union of Rail, Maritime and Transport Workers": a body's
   * name whose last field after "de"/"of" is one word, then a comma and a name that joins two words with "y",
   * "and", "et", is one name listing its fields.
   */
  private joinListedNames(): void {
    const byName = this.byName("ORGANIZATION");
    for (const head of [...byName.values()]) {
      if (!/ (?:de|of|for|des|du|da|do|für) \p{Lu}[\p{L}-]*$/u.test(head.name)) continue;
      for (const at of this.words.find(head.name)) {
        const rest = /^, (\p{Lu}[\p{L}-]*(?:,? \p{Lu}[\p{L}-]*)* (?:y|e|et|and|und|i) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)/u.exec(this.body.slice(at + head.name.length, at + head.name.length + 120));
        const tail = rest ? byName.get(rest[1]) : undefined;
        if (!rest || !tail || tail === head) continue;
        const name = `${head.name}, ${rest[1]}`;
        this.candidates.delete(actorKey(head.name, "ORGANIZATION"));
        this.candidates.delete(actorKey(tail.name, "ORGANIZATION"));
        this.candidates.set(actorKey(name, "ORGANIZATION"), { ...head, name, evidence: head.evidence + tail.evidence, surfaces: new Set([name, ...head.surfaces]) });
        break;
      }
    }
  }

  /**
   * "Southern Current" after "Southern Current Energy", "Resources Council" after "Queensland Resources Council":
   * a body's name of two words or more that is another's without its last word, or without a place opening it,
   * is that body named short. Not a sub-body's ("Harvard University Press" is not "Harvard University").
   */
  private mergeShortenedNames(): void {
    const orgs = new Map<string, Candidate>();
    for (const c of this.candidates.values()) if (c.kind === "ORGANIZATION" && c.name.includes(" ")) orgs.set(c.name, c);
    const places = this.placeWords();
    // "Jinhai Lithium will idle a train" before "Jinhai Lithium Group": two words read as a person's name, with no title.
    const untitled = new Map<string, Candidate>();
    for (const c of this.candidates.values()) if (c.kind === "PERSON" && c.title === null && c.name.includes(" ")) untitled.set(c.name, c);
    const shortened = new Map<Candidate, Candidate | null>();
    const offer = (short: Candidate | undefined, long: Candidate) => {
      if (!short || short === long) return;
      shortened.set(short, shortened.has(short) && shortened.get(short) !== long ? null : long);
    };
    for (const long of orgs.values()) {
      // "RITEX Ltd" and "RITEX Limited": one company, its form written short and in full.
      const form = FULL_COMPANY_FORM.exec(long.name);
      if (form) for (const short of COMPANY_FORM_SHORT[form[1]]) offer(orgs.get(`${long.name.slice(0, form.index)} ${short}`), long);
      // "Huaxin Power Technology Co., Ltd." shortens as "Huaxin Power Technology Co." does.
      const words = long.name.replace(/,\s(?:Ltd\.?|Limited)$/, "").split(" ");
      if (words.length < 3) continue;
      const tail = words[words.length - 1];
      // "Nordvind Energy Japan" is the unit of "Nordvind Energy" in a country, not that body's full name.
      const unitPlace = placeTable().has(tail) || places.has(tail) || COUNTRY_SURFACES.get(tail)?.kind === "name";
      if (!SUB_BODY_HEADS.has(tail) && !unitPlace && !CONNECTORS.has(words[words.length - 2]) && !words[words.length - 2].endsWith("'s")) offer(orgs.get(words.slice(0, -1).join(" ")), long);
      // "Huaxin Power" after "Huaxin Power Technology Co.": a business word and the company form dropped.
      if (words.length >= 4 && /^(?:Co\.?|Corp\.?|Ltd\.?|Inc\.?|Group|Holdings)$/.test(tail) && !CONNECTORS.has(words[words.length - 3])) offer(orgs.get(words.slice(0, -2).join(" ")), long);
      // A company's name without its group's or form's last word is the company named short, not a person.
      if (/^(?:Co\.?|Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|Group|Holdings|PLC|plc)$/.test(tail)) offer(untitled.get(words.slice(0, -1).join(" ")), long);
      // "RTS Operations" after "RTS Operations Sdn Bhd", "Kessler Logistik" after "Kessler Logistik GmbH": the
      // company form of the law it is registered under dropped.
      const registered = COMPANY_FORM_ENDING.exec(long.name);
      if (registered) offer(orgs.get(long.name.slice(0, registered.index)), long);
      for (let k = 1; k <= 2 && words.length - k >= 2; k++) {
        const lead = words.slice(0, k).join(" ");
        const rest = words.slice(k);
        if ((placeTable().has(lead) || places.has(lead)) && ORGANISATION_HEADS.has(rest[rest.length - 1]) && !CONNECTORS.has(rest[0])) offer(orgs.get(rest.join(" ")), long);
      }
    }
    for (const [short, long] of shortened) {
      if (!long || !this.candidates.has(actorKey(long.name, "ORGANIZATION")) || KNOWN_ORGANISATIONS.has(short.name)) continue;
      for (const surface of short.surfaces) long.surfaces.add(surface);
      long.evidence = Math.max(long.evidence, short.evidence);
      if (long.country === undefined) long.country = short.country;
      this.candidates.delete(actorKey(short.name, "ORGANIZATION"));
      // A person of the same name gave way to the body, as it does at the end.
      this.candidates.delete(actorKey(short.name, "PERSON"));
    }
  }

  private placeWordSet: Set<string> | undefined;

  /** The words the body names countries and places with, as written (found once). */
  private placeWords(): Set<string> {
    if (!this.placeWordSet) {
      this.placeWordSet = new Set();
      for (const m of this.doc.countryMentions) this.placeWordSet.add(this.body.slice(m.start, m.end));
    }
    return this.placeWordSet;
  }

  /** "Commission" after "European Commission": a lone organisation head is the one body named in full with it. */
  private fullNameEndingWithHead(byLastWord: Map<string, Candidate[]>, org: Candidate): Candidate | undefined {
    if (!ORGANISATION_HEADS.has(org.name)) return undefined;
    const owners = byLastWord.get(org.name) ?? [];
    return owners.length === 1 ? owners[0] : undefined;
  }

  private byName(kind?: Candidate["kind"]): Map<string, Candidate> {
    const out = new Map<string, Candidate>();
    for (const c of this.candidates.values()) if (!kind || c.kind === kind) if (!out.has(c.name)) out.set(c.name, c);
    return out;
  }

  /** Candidates by name and by each form the text wrote them in ("Indonesia's … Agency" for "Indonesian … Agency"). */
  private byNameOrSurface(): Map<string, Candidate> {
    const out = this.byName();
    for (const c of this.candidates.values()) for (const s of c.surfaces) if (!out.has(s)) out.set(s, c);
    return out;
  }

  /** "The State Committee for National Security, known by its acronym GKNB," / "…, known as ECOWAS": an alias. */
  private knownAsAliases(): void {
    const re = new RegExp(KNOWN_AS_RE.source, KNOWN_AS_RE.flags);
    let names: Map<string, Candidate> | null = null;
    for (let m: RegExpExecArray | null; (m = re.exec(this.body)) !== null; ) {
      const before = this.body.slice(Math.max(0, m.index - 200), m.index).replace(/,?\s*(?:(?:also|widely|commonly|locally|better)\s+)?$/, "");
      const alias = m[1].replace(/\.$/, "");
      names = names ?? this.byNameOrSurface();
      const owner = longestNameEnding(before, names);
      if (!owner || owner.name === alias) continue;
      owner.surfaces.add(alias);
      for (const kind of ["ORGANIZATION", "PERSON"] as const) {
        const dup = this.candidates.get(actorKey(alias, kind));
        if (dup && dup !== owner) {
          owner.evidence += dup.evidence;
          this.candidates.delete(actorKey(alias, kind));
        }
      }
    }
  }

  /**
   * "President Dana Reyes … the Reyes campaign said": a one-word body that is the surname of one person the text
   * names in full, and that stands before the words for that person's following ("campaign", "camp", "family"),
   * is the person's name used as a modifier, not a body of its own.
   */
  private surnamesBeforeFollowing(bySurname: Map<string, Candidate[]>): void {
    for (const c of [...this.candidates.values()]) {
      if (c.kind !== "ORGANIZATION" || c.name.includes(" ") || KNOWN_ORGANISATIONS.has(c.name) || companyNamed(c.name)) continue;
      if (bySurname.get(foldText(c.name))?.length !== 1) continue;
      const at = this.words.find(c.name);
      const modifier = (start: number) => /^\s+(?:campaign|camp|family|household)\b/.test(this.body.slice(start + c.name.length, start + c.name.length + 12));
      if (!at.some(modifier)) continue;
      this.candidates.delete(actorKey(c.name, "ORGANIZATION"));
    }
  }

  /** "National Institute for Space Research (INPE)", "…, or INPE,": the abbreviation is an alias, not a second body. */
  private bracketedAliases(): void {
    const firstBracketed = new Map<string, number>();
    // "The National Disaster Agency, or NDA, said": an acronym after ", or" is one too.
    for (const m of this.body.matchAll(/\(([^()\s]{1,40})\)|, or (\p{Lu}{2,8})(?=[,.;])/gu)) {
      const alias = m[1] ?? m[2];
      if (!firstBracketed.has(alias)) firstBracketed.set(alias, m.index!);
    }
    if (firstBracketed.size === 0) return;
    const names = this.byName("ORGANIZATION");
    for (const org of [...this.candidates.values()].filter((c) => c.kind === "ORGANIZATION" && !c.name.includes(" "))) {
      const at = firstBracketed.get(org.name);
      if (at === undefined || at <= 0) continue;
      const before = this.body.slice(Math.max(0, at - 300), at).trimEnd();
      names.delete(org.name);
      // "the Nigerian Exchange Limited (NGX)" for the listed "Nigerian Exchange": the name without its corporate ending.
      const owner = longestNameEnding(before, names) ?? longestNameEnding(before.replace(CORPORATE_SUFFIX, ""), names);
      names.set(org.name, org);
      if (owner && owner !== org && !factionQualifier(owner.name, org.name)) {
        owner.surfaces.add(org.name);
        this.candidates.delete(actorKey(org.name, "ORGANIZATION"));
      }
    }
  }

  /**
   * "IMD" after "India Meteorological Department", "LASEMA" after "Lagos State Emergency Management Agency":
   * an abbreviation that spells the initials (or leading letters) of exactly one body named in full joins it.
   */
  private initialsAliases(): void {
    const orgs = [...this.candidates.values()].filter((c) => c.kind === "ORGANIZATION");
    const long = orgs.filter((c) => c.name.includes(" "));
    if (long.length === 0) return;
    // "Armed Forces of the Philippines … AFP spokesperson": a listed body the text names only by an acronym that
    // spells a body the text names in full is that body ("AFP" is not the news agency here).
    for (const known of orgs) {
      // "Rapid Support Forces (RSF)": the lists of companies and campaign groups are read the same way.
      const listed = KNOWN_ORGANISATIONS.get(known.name) ?? companyNamed(known.name);
      if (!listed || listed.name !== known.name || this.words.find(known.name).length > 0) continue;
      const written = listed.aliases.filter((a) => /^\p{Lu}{2,8}$/u.test(a) && this.words.find(a).length > 0);
      if (written.length !== 1) continue;
      // A listed owner is another listed body ("Rapid Support Forces" for Reporters Without Borders' "RSF").
      const owners = long.filter((c) => c !== known && KNOWN_ORGANISATIONS.get(c.name) !== listed && spellsFromWords(written[0], c.name));
      if (owners.length !== 1) continue;
      owners[0].surfaces.add(written[0]);
      owners[0].evidence += known.evidence;
      this.candidates.delete(actorKey(known.name, "ORGANIZATION"));
    }
    for (const short of orgs) {
      const letters = short.name.replace(/[.&-]/g, "");
      if (short.name.includes(" ") || !/^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(letters) || !/^\p{Lu}{2}/u.test(letters)) continue;
      let owners = long.filter((c) => spellsFromWords(letters, c.name));
      // "the CEC member" after "Roads and Transport County Executive Committee member …": an acronym of three
      // capitals or more may spell the last words of one body's name, the kind of body it is, when it spells no
      // body's whole name.
      if (owners.length === 0 && /^\p{Lu}{3,}$/u.test(letters)) owners = long.filter((c) => spellsNameTail(letters, c.name));
      // "NCDC" after "Nigeria Centre for Disease Control and Prevention": an acronym may leave out a last field
      // joined by "and", as the body's own short name does.
      if (owners.length === 0 && /^\p{Lu}{3,}$/u.test(letters)) owners = long.filter((c) => { const m = LAST_FIELD_JOINED.exec(c.name); return !!m && spellsFromWords(letters, c.name.slice(0, m.index)); });
      if (owners.length !== 1) continue;
      owners[0].surfaces.add(short.name);
      owners[0].evidence += short.evidence;
      this.candidates.delete(actorKey(short.name, "ORGANIZATION"));
    }
  }

  /**
   * A person the text gives no country for takes their employer's: the body their title names ("Arsenal
   * goalkeeper", "Alpenbank chief executive"), or for a bare company title ("chief executive") the business the
   * article names most, when the text gives that business a country.
   */
  private employerCountries(): void {
    let main: Candidate | null = null;
    let mainCount = 0;
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION" || !c.company || !c.country) continue;
      let count = 0;
      for (const surface of c.surfaces) count += this.words.find(surface).length;
      if (count > mainCount) {
        main = c;
        mainCount = count;
      }
    }
    // An employer named by a short form ("Hanseong's chief executive") is the body that took that surface.
    const bySurface = new Map<string, Candidate>();
    for (const c of this.candidates.values()) if (c.kind === "ORGANIZATION") for (const s of c.surfaces) bySurface.set(actorKey(s, "ORGANIZATION"), c);
    // "Ethiopian Shipping and Logistics Services Enterprise chief executive": an employer read as the tail of a
    // longer body's name with a known seat is that body.
    const byTail = new Map<string, Candidate>();
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION" || c.country === undefined) continue;
      for (let i = c.name.indexOf(" "); i !== -1; i = c.name.indexOf(" ", i + 1)) {
        const tail = actorKey(c.name.slice(i + 1), "ORGANIZATION");
        if (!byTail.has(tail)) byTail.set(tail, c);
      }
    }
    for (const c of this.candidates.values()) {
      if (c.kind !== "PERSON" || c.country !== undefined) continue;
      let employer = c.employer ? this.candidates.get(c.employer) ?? bySurface.get(c.employer) : undefined;
      if (employer && employer.country === undefined && c.employer) employer = byTail.get(c.employer) ?? employer;
      if (employer) {
        // "commissioner of PT Sinar Motor International": a company form of one country's law is the seat the body
        // is given at the end ("International" in its name notwithstanding), so its staff's too.
        const seat = companyFormCountry(employer.name) ?? employer.country;
        if (seat !== undefined) c.country = seat;
      } else if (main && mainCount >= 2 && c.title && CORPORATE_ROLE.test(c.title)) c.country = main.country;
    }
  }

  /**
   * "Zelenskyy's chief of staff Andriy Yermak", "Tinubu's spokesman, Bayo Onanuga,": a title a person's possessive
   * opens makes its holder that person's aide, of that person's country, when the text gives the aide none. One pass
   * over the people, each title's possessive looked up among the people's names.
   */
  private aidesOfPeople(): void {
    const bySurface = new Map<string, Candidate>();
    for (const c of this.candidates.values()) if (c.kind === "PERSON" && c.country) for (const s of c.surfaces) bySurface.set(s, c);
    if (bySurface.size === 0) return;
    for (const c of this.candidates.values()) {
      if (c.kind !== "PERSON" || c.country !== undefined || !c.title) continue;
      const owner = /^((?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}-]*)['’]s\s/u.exec(c.title);
      const boss = owner ? bySurface.get(owner[1]) : undefined;
      if (boss && boss !== c) c.country = boss.country;
    }
  }

  /**
   * "… granted bail to a Chinese national and 11 Ghanaians … The accused, Zhou Weiming, 41,": a person the text first
   * describes by nationality alone ("a Chinese national", "a Nepali worker") is the one a later definite description
   * names in apposition ("The accused, X,", "The victim, X,"), when X has no country of their own. The latest such
   * description before it is taken, within DEFINITE_REACH characters. One pass over the country mentions and the body.
   */
  private describedPeople(): void {
    const { tokens } = this;
    const pending: Array<{ code: string; end: number }> = [];
    for (const m of this.doc.countryMentions) {
      const article = tokens[m.firstToken - 1];
      const noun = tokens[m.endToken];
      if (!m.code || m.quoted || m.kind !== "demonym" || !article || !/^an?$/i.test(article.text) || !noun || !PERSON_DESCRIPTION_NOUNS.has(noun.text)) continue;
      pending.push({ code: m.code, end: noun.end });
    }
    if (pending.length === 0) return;
    const byFirstWord = new Map<string, Candidate[]>();
    for (const c of this.candidates.values()) if (c.kind === "PERSON") push(byFirstWord, c.name.split(" ")[0], c);
    const re = /\b[Tt]he (?:accused|suspect|defendant|detainee|victim|deceased|man|woman|driver|passenger|worker), (?=\p{Lu})/gu;
    let m: RegExpExecArray | null;
    let p = 0;
    let latest: { code: string; end: number } | undefined;
    while ((m = re.exec(this.body)) !== null) {
      while (p < pending.length && pending[p].end < m.index) latest = pending[p++];
      if (!latest || m.index - latest.end > DEFINITE_REACH) continue;
      const at = m.index + m[0].length;
      const word = /^[\p{L}'’-]+/u.exec(this.body.slice(at, at + 40))?.[0] ?? "";
      const person = (byFirstWord.get(word) ?? []).find((c) => this.body.startsWith(c.name, at));
      if (!person || person.country !== undefined) continue;
      person.country = latest.code;
      latest = undefined;
    }
  }

  /**
   * "… through Hanbit Arabia, its Riyadh-based subsidiary.": a body named right before ", its … subsidiary" is the
   * unit of the body the text named last before it. Bodies in order of appearance, each name looked up once.
   */
  private subsidiariesNamedBefore(): void {
    const bodies = [...this.candidates.values()].filter((c) => c.kind === "ORGANIZATION").sort((x, y) => x.firstSeen - y.firstSeen);
    for (let i = 1; i < bodies.length; i++) {
      const unit = bodies[i];
      if (unit.parent) continue;
      const at = this.words.find(unit.name).find((start) => SUBSIDIARY_AFTER.test(this.body.slice(start + unit.name.length, start + unit.name.length + 60)));
      if (at === undefined) continue;
      let j = i - 1;
      while (j >= 0 && (bodies[j].firstSeen >= at || isNoBusinessName(bodies[j].name))) j--;
      if (j >= 0) unit.parent = actorKey(bodies[j].name, "ORGANIZATION");
    }
  }

  /**
   * "Kenji Sato, president of Halvorsen Wind Japan," after "Danish turbine maker Halvorsen Wind": a body named as
   * another's name and a place's word is that body's unit there, and its staff work for a firm of the other's
   * country. The unit's name alone (no company form of the place's law) says so; each person's employer or the
   * unit's name ending their title finds them.
   */
  private unitStaffCountries(): void {
    const places = this.placeWords();
    // A parent is found by any of its names, and by its name without its company form ("Halvorsen Wind A/S").
    const bySurface = new Map<string, Candidate>();
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION") continue;
      for (const s of c.surfaces) bySurface.set(s, c);
      const form = COMPANY_FORM_ENDING.exec(c.name);
      if (form && !bySurface.has(c.name.slice(0, form.index))) bySurface.set(c.name.slice(0, form.index), c);
    }
    // "PT Daejin Nickel Indonesia" after "Daejin Battery Materials": a unit may be named by its parent's first word,
    // its own trade and the place (after a legal form such as Indonesia's "PT"), when one body alone opens so.
    const firstWordOf = (name: string) => name.replace(/^(?:PT|PT\.|CV|JSC|PJSC|OOO|SA|AG)\s+/, "").split(" ")[0];
    const byFirstWord = new Map<string, Candidate | null>();
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION" || !c.name.includes(" ") || places.has(c.name.slice(c.name.lastIndexOf(" ") + 1))) continue;
      const first = firstWordOf(c.name);
      if (/^\p{Lu}\p{Ll}{3,}$/u.test(first) && !places.has(first)) byFirstWord.set(first, byFirstWord.has(first) ? null : c);
    }
    const parentCountry = new Map<Candidate, string>();
    const units = new Map<string, Candidate>();
    for (const c of this.candidates.values()) {
      const space = c.name.lastIndexOf(" ");
      if (c.kind !== "ORGANIZATION" || space === -1 || !places.has(c.name.slice(space + 1))) continue;
      const parent = bySurface.get(c.name.slice(0, space)) ?? byFirstWord.get(firstWordOf(c.name)) ?? undefined;
      if (!parent || parent === c || !parent.country || parent.country === c.country) continue;
      parentCountry.set(c, parent.country);
      for (const s of c.surfaces) units.set(s, c);
    }
    // "its local subsidiary, Hanbit Vina": a unit the text tied to its parent, whatever its name.
    for (const c of this.candidates.values()) {
      const parent = c.kind === "ORGANIZATION" && c.parent ? this.candidates.get(c.parent) : undefined;
      if (!parent?.country || parent === c || parentCountry.has(c)) continue;
      if (c.country !== undefined && c.country === parent.country) continue;
      parentCountry.set(c, parent.country);
      for (const s of c.surfaces) units.set(s, c);
    }
    if (units.size === 0) return;
    // "Daejin Steel India managing director Lee Sung-ho": the unit's name may open the title as well as end it.
    const opening = (title: string) => {
      let best: Candidate | undefined;
      let bestLength = 0;
      for (const [surface, u] of units) if (surface.length > bestLength && title.startsWith(`${surface} `)) [best, bestLength] = [u, surface.length];
      return best;
    };
    for (const c of this.candidates.values()) {
      if (c.kind !== "PERSON") continue;
      // An employer read as the parent from the unit's first words gives way to the unit its title names.
      const employer = c.employer ? this.candidates.get(c.employer) : undefined;
      const unit = (employer && parentCountry.has(employer) ? employer : undefined) ?? (c.title ? longestNameEnding(c.title, units) ?? opening(c.title) : undefined) ?? employer;
      const country = unit ? parentCountry.get(unit) : undefined;
      if (unit && country && (c.country === undefined || c.country === unit.country)) c.country = country;
    }
  }

  /**
   * "chief economist at Rheinland Bank in Düsseldorf": a body the text gives no country, named after an employee's
   * title and right before "in" and a city or country, is seated there. Each body's names are looked up in the word index; each hit checks its
   * next few characters.
   */
  private bodiesSeatedIn(): void {
    const byStart = new Map<number, CountryMention>();
    for (const m of this.doc.countryMentions) if (m.code && !m.quoted && !m.heading) byStart.set(m.start, m);
    if (byStart.size === 0) return;
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION" || c.country !== undefined || INTERNATIONAL_NAME.test(c.name) || KNOWN_ORGANISATIONS.has(c.name)) continue;
      // "Kitagawa, based in Nagoya," after "Kitagawa Precision Industries": the name's first word as its short form,
      // read for a base in apposition only.
      const first = c.name.slice(0, Math.max(0, c.name.indexOf(" ")));
      const shortForm = /^\p{Lu}\p{Ll}{3,}$/u.test(first) && !c.surfaces.has(first) ? first : null;
      for (const surface of shortForm ? [...c.surfaces, shortForm] : c.surfaces) {
        for (const at of this.words.find(surface)) {
          const end = at + surface.length;
          // A base in apposition seats the body whatever comes before it.
          const based = BASED_APPOSITIVE.exec(this.body.slice(end, end + 30));
          if (based) {
            const base = byStart.get(end + based[0].length);
            if (base && base.kind !== "demonym" && !byStart.has(at)) {
              c.country = base.code;
              break;
            }
          }
          // "Corvell, the Milwaukee-based group that …", "…, the Milwaukee, Wisconsin-based group": a base before
          // "-based" in an appositive of a description seats the body too.
          const described = DESCRIBED_BASE_APPOSITIVE.exec(this.body.slice(end, end + 8));
          if (described) {
            const baseAt = end + described[0].length;
            const base = byStart.get(baseAt);
            if (base && base.kind !== "demonym" && !byStart.has(at) && PLACE_THEN_BASED.test(this.body.slice(baseAt, baseAt + 60))) {
              c.country = base.code;
              break;
            }
          }
          if (surface === shortForm) continue;
          const seat = this.body.startsWith(" in ", end) ? byStart.get(end + 4) : undefined;
          if (!seat || seat.kind === "demonym") continue;
          // An employee's title before it ("chief economist at …"): the seat, not a shop or a site ("protests at … in London").
          const title = /((?:\p{Ll}+\s+){1,4})(?:at|of|for|with)\s+(?:the\s+)?$/u.exec(this.body.slice(Math.max(0, at - 50), at));
          // "a hydrologist with the …": a scientist's "-ologist" is a role too.
          if (!title || !title[1].trim().split(/\s+/).some((w) => ROLE_WORDS.has(w) || /^\p{Ll}{3,}ologist$/u.test(w))) continue;
          c.country = seat.code;
          break;
        }
        if (c.country !== undefined) break;
      }
    }
  }

  /**
   * "signed a contract with a Cairo-based consortium … executives of Nile Power Contractors": a business the text
   * first describes without its name ("a Cairo-based consortium", "a Turkish contractor") is the next body it
   * names that has no country of its own, within the next paragraph. One pass over the country mentions,
   * one over the bodies in order of appearance.
   */
  private describedBusinesses(): void {
    const { tokens } = this;
    const described: Array<{ code: string; end: number }> = [];
    // "The Melbourne-based company, …" after "Meridian Ore Group said": a definite description names the body before.
    const backward: Array<{ code: string; start: number }> = [];
    // "The Japanese contractor for the first section, Tomoe Construction Corp.,": the name the description runs on to.
    const named: Array<{ code: string; start: number }> = [];
    for (const m of this.doc.countryMentions) {
      const first = tokens[m.firstToken];
      // "a Dubai-based investment consortium": up to two lower-case words of its trade before the noun.
      const article = tokens[m.firstToken - 1];
      const definite = !!article && /^the$/i.test(article.text);
      // "The Korean shipbuilder", "the South Korean company": a definite description takes any business's noun.
      const nouns = definite ? DEFINITE_BUSINESS_NOUNS : DESCRIBED_BUSINESS_NOUNS;
      let n = m.endToken;
      while (n < m.endToken + 2 && isLowerWord(tokens[n]) && !nouns.has(tokens[n].text) && isLowerWord(tokens[n + 1])) n++;
      const noun = tokens[n];
      if (!m.code || m.quoted || !first || !noun || !article || (!/^an?$/i.test(article.text) && !definite)) continue;
      // "Petra Freight Lines, an Amman-based trucking company": an appositive describes the body named before it.
      // "On Monday, the Beijing-based company said": a description its own verb follows is the clause's subject.
      const verbAfter = definite && isLowerWord(tokens[n + 1]) && (SPEECH_VERBS.has(tokens[n + 1].text) || DESCRIBED_NATIONAL_VERBS.has(tokens[n + 1].text));
      if (tokens[m.firstToken - 2]?.text === "," && tokens[m.firstToken - 3]?.cap && !verbAfter) continue;
      const based = /-based$/i.test(tokens[m.endToken - 1].text);
      if (!based && m.kind !== "demonym") continue;
      // "a Spanish-owned developer": who owns a business says nothing of where it is seated.
      if (/-(?:owned|backed|funded|financed|controlled)$/i.test(tokens[m.endToken - 1].text)) continue;
      if (noun.kind !== "word" || noun.cap || !nouns.has(noun.text)) continue;
      // "the Japanese trading house": "house" only after its trade.
      if (noun.text === "house" && tokens[n - 1]?.text !== "trading") continue;
      // "a Cairo-based consortium, Nile Power," names it at once; the entities stage reads that appositive.
      const after = tokens[n + 1];
      if (after && (after.cap || (after.text === "," && tokens[n + 2]?.cap))) continue;
      const appositive = this.nameAfterPostmodifier(n);
      if (appositive !== undefined) named.push({ code: m.code, start: appositive });
      else if (definite) backward.push({ code: m.code, start: article.start });
      else described.push({ code: m.code, end: noun.end });
    }
    if (named.length > 0) this.describedByAppositive(named);
    if (described.length === 0 && backward.length === 0) return;
    const bodies = [...this.candidates.values()].filter((c) => c.kind === "ORGANIZATION").sort((x, y) => x.firstSeen - y.firstSeen);
    if (backward.length > 0) this.describedBackward(backward, bodies);
    const pending: Array<{ code: string; end: number }> = [];
    let b = 0;
    for (const d of described) {
      while (b < bodies.length && bodies[b].firstSeen < d.end) b++;
      // A public body named in between ("…, the Ministry of Roads said", "the assembly's Roads Committee") is the
      // source, not the business. So is a body the text names with "the" ("…, the Special Investigating Unit told
      // the tribunal"): a business described first by its country is named next by its bare name.
      let k = b;
      // Nor is a body first named in brackets ("Senator Ibrahim Bello (APC, Kebbi North)": the senator's party).
      const source = (c: Candidate) => isNoBusinessName(c.name) || this.body[c.firstSeen - 1] === "(" || this.namedWithThe(c);
      while (k < bodies.length && k < b + 4 && source(bodies[k])) k++;
      const next = bodies[k];
      const far = !next || next.firstSeen - d.end > DESCRIBED_REACH || (this.body.slice(d.end, next.firstSeen).match(/\n\s*\n/g)?.length ?? 0) > 1;
      if (!next || next.country !== undefined || KNOWN_ORGANISATIONS.has(next.name) || far) {
        pending.push(d);
        continue;
      }
      next.country = d.code;
      next.company = true;
    }
    if (pending.length > 0) this.definiteAppositivesOfDescribed(pending);
  }

  /**
   * "A Saudi water utility and a South Korean engineering group signed … The builder, Hanbit Marine & Engineering,
   * will …": a business described by its country that no body named next took is the one a later definite
   * description names in apposition ("The builder, X,", "The contractor, X,"), when X has no country of its own.
   * The latest such description before it is taken, within DEFINITE_REACH characters. One pass over the body.
   */
  private definiteAppositivesOfDescribed(pending: Array<{ code: string; end: number }>): void {
    const byStart = new Map<number, Candidate>();
    for (const c of this.candidates.values()) if (c.kind === "ORGANIZATION") for (const at of this.words.find(c.name)) byStart.set(at, c);
    const re = /\b[Tt]he (?:builder|contractor|developer|operator|company|firm|group|consortium|buyer|investor|supplier|manufacturer|maker|miner|lender|bidder|partner), (?=\p{Lu})/gu;
    let m: RegExpExecArray | null;
    let p = 0;
    let latest: { code: string; end: number } | undefined;
    while ((m = re.exec(this.body)) !== null) {
      while (p < pending.length && pending[p].end < m.index) latest = pending[p++];
      const body = byStart.get(m.index + m[0].length);
      if (!latest || !body || body.country !== undefined || KNOWN_ORGANISATIONS.has(body.name) || m.index - latest.end > DEFINITE_REACH) continue;
      body.country = latest.code;
      body.company = true;
      latest = undefined;
    }
  }

  /**
   * The country an envoy with no country of his own is sent by: the country mention nearest his first mention
   * (at most ENVOY_REACH characters before it, or in the rest of its sentence) that is neither the story's
   * country nor quoted. Null when the story has no clear country to be sent to. A binary search and a short walk.
   */
  private envoySender(c: Candidate): string | null {
    const host = this.doc.homeCountry ?? this.doc.settingCountry;
    if (!host) return null;
    const mentions = this.doc.countryMentions;
    const lo = lowerBound(mentions, c.firstSeen, (m) => m.start);
    const usable = (m: CountryMention) => !!m.code && m.code !== host && !m.quoted && !m.heading && !m.place;
    const sentenceEnd = spanAt(this.doc.sentences, c.firstSeen)?.end ?? this.body.length;
    let best: CountryMention | null = null;
    let distance = Infinity;
    for (let k = lo - 1; k >= 0 && c.firstSeen - mentions[k].end <= ENVOY_REACH; k--) {
      if (!usable(mentions[k])) continue;
      best = mentions[k];
      distance = c.firstSeen - mentions[k].end;
      break;
    }
    for (let k = lo; k < mentions.length && mentions[k].start < sentenceEnd; k++) {
      if (!usable(mentions[k])) continue;
      if (mentions[k].start - c.firstSeen < distance) best = mentions[k];
      break;
    }
    return best?.code ?? null;
  }

  /** The body's first mention follows "the" ("the Special Tribunal"), as a public body's or an institution's does. */
  private namedWithThe(body: Candidate): boolean {
    return !body.company && /\bthe\s+$/i.test(this.body.slice(Math.max(0, body.firstSeen - 4), body.firstSeen));
  }

  /**
   * "The Japanese contractor for the first section, Tomoe Construction Corp., has", "the Chinese firm behind the
   * dam, Hengli Hydro,": after a description's noun at `n`, a preposition and a few lower-case words or numbers, then
   * a comma and a capitalised word: where that word starts (the name the description is set beside), or undefined.
   */
  private nameAfterPostmodifier(n: number): number | undefined {
    const { tokens } = this;
    if (!POSTMODIFIER_PREPOSITIONS.has(tokens[n + 1]?.text ?? "")) return undefined;
    let q = n + 2;
    const plain = (t: Token) => (isLowerWord(t) && !SPEECH_VERBS.has(t.text) && !DESCRIBED_NATIONAL_VERBS.has(t.text)) || t.kind === "number" || t.text === "-";
    while (q < n + 10 && tokens[q] && tokens[q].paragraph === tokens[n].paragraph && plain(tokens[q])) q++;
    return tokens[q]?.text === "," && tokens[q + 1]?.cap && tokens[q + 1].paragraph === tokens[n].paragraph ? tokens[q + 1].start : undefined;
  }

  /** Each body named where a description's appositive name starts takes the description's country, if it has none. */
  private describedByAppositive(named: Array<{ code: string; start: number }>): void {
    const byStart = new Map<number, Candidate>();
    const wanted = new Set(named.map((d) => d.start));
    for (const c of this.candidates.values()) {
      if (c.kind !== "ORGANIZATION") continue;
      for (const s of c.surfaces) for (const at of this.words.find(s)) if (wanted.has(at)) byStart.set(at, c);
    }
    for (const d of named) {
      const body = byStart.get(d.start);
      if (!body || body.country !== undefined || KNOWN_ORGANISATIONS.has(body.name)) continue;
      body.country = d.code;
      body.company = true;
    }
  }

  /**
   * "Daesan Heavy Industries … The Korean shipbuilder has", "Hoshimura will … A spokesperson for the Japanese firm":
   * a definite description of a business by its nationality or base names the business mentioned last before it
   * (by any of its names), passing over public and listed bodies and businesses of another country, a few mentions
   * back at most; that business takes the description's country when the text has given it none. The mentions
   * are found once and sorted; one pointer walks them with the descriptions in text order.
   */
  private describedBackward(backward: Array<{ code: string; start: number }>, bodies: Candidate[]): void {
    const found: Array<{ start: number; end: number; body: Candidate }> = [];
    for (const body of bodies) for (const s of body.surfaces) for (const at of this.words.find(s)) found.push({ start: at, end: at + s.length, body });
    // "Orlund will supply" after "Orlund Dairy Systems": a first word that opens one body's name only, and no
    // person's or place's, is that body's short form.
    const placeStarts = new Set(this.doc.countryMentions.map((m) => m.start));
    const byFirst = new Map<string, Candidate | null>();
    for (const body of bodies) {
      const first = body.name.slice(0, Math.max(0, body.name.indexOf(" ")));
      if (/^\p{Lu}\p{Ll}{3,}$/u.test(first) && !body.surfaces.has(first)) byFirst.set(first, byFirst.has(first) ? null : body);
    }
    for (const [first, body] of byFirst) {
      // "General", "Royal", "Southern": an ordinary word opening a name says nothing alone.
      if (!body || FIRST_NAMES.has(foldText(first)) || COMMON_WORDS.has(foldText(first)) || NON_NAME_WORDS.has(first) || this.candidates.has(actorKey(first, "PERSON"))) continue;
      // "its Antapacha copper mine": after a determiner the word names a thing of that name, not the body.
      for (const at of this.words.find(first)) if (!placeStarts.has(at) && !/\b(?:its|their|the|an?)\s+$/i.test(this.body.slice(Math.max(0, at - 7), at))) found.push({ start: at, end: at + first.length, body });
    }
    found.sort((x, y) => x.start - y.start || y.end - x.end);
    // A name inside a longer one ("Victoria" in "Environment Victoria") is no mention of its own.
    const mentions: typeof found = [];
    for (const x of found) if (mentions.length === 0 || x.start >= mentions[mentions.length - 1].end) mentions.push(x);
    let next = 0;
    for (const d of backward) {
      while (next < mentions.length && mentions[next].start < d.start) next++;
      let unseated: Candidate | undefined;
      let seated = false;
      for (let k = next - 1; k >= 0 && k >= next - DESCRIBED_MENTIONS_BACK && d.start - mentions[k].start <= DESCRIBED_REACH && !seated; k--) {
        const body = mentions[k].body;
        if (body.country === null || KNOWN_ORGANISATIONS.has(body.name) || isNoBusinessName(body.name)) continue;
        // "Istanbul-based Anatolia Raylink … the Punjab Mass Transit Company … the Turkish contractor": a business of
        // the description's country a few mentions back is the one it names, whatever unseated body came between.
        if (body.country === d.code) seated = true;
        else if (body.country === undefined && !unseated) unseated = body;
      }
      if (seated || !unseated) continue;
      unseated.country = d.code;
      unseated.company = true;
    }
  }

  /**
   * "the court's Second Senate", "a Division Bench of the High Court", "the Bench observed": a panel of a court's
   * judges is part of the court, not a body of its own. A bench always is; a senate, chamber or panel when every
   * mention stands after a court's possessive.
   */
  private courtsPanels(): void {
    for (const c of [...this.candidates.values()]) {
      if (c.kind !== "ORGANIZATION") continue;
      const words = c.name.split(" ");
      const head = words[words.length - 1];
      if (!COURT_PANELS.has(head) || words.length > 3) continue;
      const bench = head === "Bench" && words.length <= 2;
      const at = this.words.find(c.name);
      if (!bench && (at.length === 0 || !at.every((i) => /\b(?:court|tribunal)['’]s\s+(?:(?:First|Second|Third|Fourth|Grand|Full|Appeals?|Trial|Pre-Trial)\s+)?$/.test(this.body.slice(Math.max(0, i - 40), i))))) continue;
      this.candidates.delete(actorKey(c.name, "ORGANIZATION"));
    }
  }

  /**
   * "Gavi, the Vaccine Alliance, pays …": a capitalised description set after a body's name by ", the " and closed
   * by a comma before a lower-case word (no list's "and") is that body's own longer name; a body read from the
   * description alone, and found nowhere else, is the body before it.
   */
  private appositiveNamesOfBodies(): void {
    const { body } = this;
    for (const c of [...this.candidates.values()]) {
      if (c.kind !== "ORGANIZATION" || !/^\p{Lu}\S* \p{Lu}/u.test(c.name)) continue;
      const at = this.words.find(c.name);
      let owner: Candidate | undefined;
      const every = at.length > 0 && at.every((i) => {
        const before = /(\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3}), the $/u.exec(body.slice(Math.max(0, i - 60), i));
        const after = body.slice(i + c.name.length, i + c.name.length + 16);
        if (!before || !/^, (?!and\b|or\b)\p{Ll}/u.test(after)) return false;
        const o = this.candidates.get(actorKey(before[1], "ORGANIZATION"));
        if (!o || o === c || (owner && owner !== o)) return false;
        owner = o;
        return true;
      });
      if (!every || !owner) continue;
      owner.surfaces.add(`${owner.name}, the ${c.name}`);
      this.candidates.delete(actorKey(c.name, "ORGANIZATION"));
    }
  }

  /**
   * "Rashtriya Janata Dal (RJD)", "National Union of Rail, Maritime and Transport Workers (RMT)": the words
   * before a bracketed acronym whose letters they spell out, in order, name the body in full; partial names
   * read from inside it are dropped.
   */
  private nameBeforeAcronyms(): void {
    const { tokens } = this;
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (tokens[i].text !== "(" || tokens[i + 2].text !== ")") continue;
      const acronym = tokens[i + 1].text.replace(/[.&-]/g, "");
      // "Alternative for Germany (AfD)": a mixed-case acronym keeps a particle's initial in lower case.
      const mixedCase = /^\p{Lu}(?=(?:\p{Ll}?\p{Lu}){1,5}$)[\p{Lu}\p{Ll}]+$/u.test(acronym) && /\p{Ll}/u.test(acronym);
      if ((!/^\p{Lu}{2,8}$/u.test(acronym) && !mixedCase) || this.doc.headingParagraphs.has(tokens[i].paragraph)) continue;
      if (!this.candidates.has(actorKey(tokens[i + 1].text, "ORGANIZATION"))) continue;
      // Walk back over capitalised words, name particles and list commas ("Rail, Maritime and Transport").
      let j = i - 1;
      let first = i;
      while (j >= 0 && i - j <= 14 && tokens[j].paragraph === tokens[i].paragraph) {
        const t = tokens[j];
        if (isCapWord(t) && !t.possessive) first = j;
        // "Commission to Investigate Abuse (CIA)": a lower-case preposition between capitalised words stays inside.
        else if (!((CONNECTORS.has(t.text) || NAME_PREPOSITIONS.has(t.text) || t.text === ",") && tokens[j - 1] && isCapWord(tokens[j - 1]) && isCapWord(tokens[j + 1])) && !CONNECTORS.has(t.text)) break;
        j--;
      }
      while (first < i && (NON_NAME_WORDS.has(tokens[first].base) || CONNECTORS.has(tokens[first].text))) first++;
      // "the European Union and the Southern African Development Community (SADC)", "built by China Southern Power
      // Grid Co., Ltd. and Electricite du Laos (EDL)": when the walk took in words whose initials the acronym does
      // not open with, the full name starts at the first capitalised word that gives the acronym's first letter
      // and from which every word spells it, a particle ("du", "of") giving its letter or none.
      if (tokens[first].text[0] !== acronym[0]) first = spellingStart(tokens, first, i, acronym) ?? first;
      const words = tokens.slice(first, i).filter((t) => isCapWord(t));
      const spelt = words.length >= 2 && tokens.slice(first, i).every((t) => t.kind !== "punct" || t.text === ",") && (spellsAcronym(acronym, words) || spellsByInitials(acronym, tokens.slice(first, i)) || sameInitials(acronym, words) || translatedName(acronym, tokens.slice(first, i)) || (mixedCase && sameCaseShape(acronym, tokens.slice(first, i))));
      if (!spelt) {
        // "Bureau national de gestion des risques (BNGR)": a name in sentence case, each word an initial.
        const from = sentenceCaseNameBefore(tokens, i, acronym);
        if (from < 0) continue;
        first = from;
      }
      const name = this.body.slice(tokens[first].start, tokens[i - 1].end).replace(/\s+/g, " ");
      if (this.countryAt.get(first)?.endToken === i) continue;
      // "the State of the Nation Address (SONA)": an event's name spelt out is no body, nor is its acronym.
      if (EVENT_HEADS.has(tokens[i - 1].base)) {
        this.candidates.delete(actorKey(tokens[i + 1].text, "ORGANIZATION"));
        continue;
      }
      const key = actorKey(name, "ORGANIZATION");
      // "the North Atlantic Treaty Organization (NATO)": a listed body spelt out keeps the lists' seat, none for an
      // international one, whatever country the sentence names.
      const listed = KNOWN_ORGANISATIONS.get(tokens[i + 1].text);
      const listedSeat = listed && (listed.name === name || listed.aliases.includes(name)) ? listed.country : undefined;
      if (!this.candidates.has(key)) {
        let country: string | null | undefined = listedSeat;
        for (let k = first; k < i && country === undefined; k++) country = this.countryAt.get(k)?.code ?? undefined;
        this.candidates.set(key, { kind: "ORGANIZATION", name, title: null, country, evidence: 2, firstSeen: tokens[first].start, surfaces: new Set([name]) });
      }
      const owner = this.candidates.get(key)!;
      if (owner.country === undefined && listedSeat !== undefined) owner.country = listedSeat;
      const full = this.words.find(name);
      // Partial names: every word sequence inside the full name that is itself a candidate.
      const parts = tokens.slice(first, i).map((t) => t.text);
      for (let a = 0; a < parts.length; a++) {
        for (let b = a + 1; b <= parts.length; b++) {
          const inner = this.body.slice(tokens[first + a].start, tokens[first + b - 1].end).replace(/\s+/g, " ");
          if (inner === name || inner === tokens[i + 1].text) continue;
          for (const kind of ["ORGANIZATION", "PERSON"] as const) {
            const c = this.candidates.get(actorKey(inner, kind));
            if (!c || c === owner || c.name !== inner) continue;
            const inside = this.words.find(c.name).every((at) => full.some((f) => at >= f && at < f + name.length));
            if (!inside) continue;
            if (c.kind === "ORGANIZATION" && owner.country === undefined) owner.country = c.country;
            this.candidates.delete(actorKey(c.name, c.kind));
          }
        }
      }
    }
  }

  /**
   * "for Brunnvik", "Brunnvik's bid" after "Brunnvik Rail Systems AG": the first word of a business's name of three
   * words or more ending in a legal form, when it opens no other actor's name and is no ordinary word, given name or
   * place, is that business's short form. One pass over the actors.
   */
  private legalFormShortForms(accepted: Candidate[]): void {
    const firstWords = new Map<string, Candidate | null>();
    // How many actors' names hold each word.
    const owners = new Map<string, number>();
    for (const c of accepted) {
      const parts = c.name.split(" ");
      for (const w of new Set(parts)) owners.set(w, (owners.get(w) ?? 0) + 1);
      // "Tianrui" for "Tianrui Nickel": a business named by its first word and its trade's word is named short too.
      const trade = parts.length === 2 && BUSINESS_NAME_WORDS.has(parts[1]);
      if (c.kind !== "ORGANIZATION" || !((parts.length >= 3 && CORPORATE_SUFFIX.test(c.name)) || trade)) continue;
      const first = parts[0];
      if (/^\p{Lu}\p{Ll}{3,}$/u.test(first)) firstWords.set(first, firstWords.has(first) ? null : c);
    }
    const places = new Set(this.doc.countryMentions.map((m) => m.surface));
    for (const [first, c] of firstWords) {
      if (!c || places.has(first) || FIRST_NAMES.has(foldText(first)) || isGivenName(foldText(first)) || COMMON_WORDS.has(foldText(first)) || NON_NAME_WORDS.has(first)) continue;
      // A word that stands in another actor's name too ("Brunnvik Holdings" beside "Brunnvik Rail Systems AG").
      if ((owners.get(first) ?? 0) > 1) continue;
      c.surfaces.add(first);
    }
  }

  /** Names the text lists as territories ("the districts of Wanadadi and Rakit", "villages of Kudu, Sabo and Gora"). One regex pass. */
  private territoriesListed(): Set<string> {
    const found = new Set<string>();
    for (const m of this.body.matchAll(TERRITORIES_LISTED)) for (const part of m[1].split(/,? and |, /)) found.add(part);
    return found;
  }

  /** Every accepted actor, and each place it is named, longer names first so "Ryder" inside "Patrick Ryder" counts once. */
  private locate(): { actors: ExtractedActor[]; mentions: ActorMention[] } {
    const orgNames = new Set([...this.candidates.values()].filter((c) => c.kind === "ORGANIZATION").map((c) => foldText(c.name)));
    // "County Executive Committee Member for Agriculture Esther …" split at its "for": a role word alone is no one's name.
    let accepted = [...this.candidates.values()].filter((c) => c.evidence > 0 && !(c.kind === "PERSON" && (orgNames.has(foldText(c.name)) || (!c.name.includes(" ") && (ROLE_WORDS.has(c.name.toLowerCase()) || OFFICE_NOUNS.has(c.name))))));
    // "Jinhai Lithium will idle …" read as a person's name beside "Jinhai Lithium Group": a name of two words or more
    // that a business's name only extends by its group or company word is that business, under a shorter name.
    const businesses = new Map<string, Candidate>();
    for (const c of accepted) {
      const m = c.kind === "ORGANIZATION" ? BUSINESS_NAME_WORD.exec(c.name) : null;
      if (m && m.index > 0) businesses.set(foldText(c.name.slice(0, m.index)), c);
    }
    if (businesses.size > 0) {
      accepted = accepted.filter((c) => {
        const business = c.kind === "PERSON" && !c.title && c.name.includes(" ") ? businesses.get(foldText(c.name)) : undefined;
        if (!business) return true;
        for (const surface of c.surfaces) business.surfaces.add(surface);
        business.firstSeen = Math.min(business.firstSeen, c.firstSeen);
        return false;
      });
    }
    // "in Mae Ramat district", "tambon Mae Tao": a name the text places as a territory is a place, not a person.
    accepted = accepted.filter((c) => c.kind !== "PERSON" || !!c.title || !this.words.find(c.name).some((at) => TERRITORY_AFTER.test(this.body.slice(at + c.name.length, at + c.name.length + 16)) || TERRITORY_BEFORE.test(this.body.slice(Math.max(0, at - 10), at))));
    // "the nearby districts of Wanadadi and Rakit": names listed after a territory's plural and "of" are places.
    const listed = this.territoriesListed();
    if (listed.size > 0) accepted = accepted.filter((c) => !listed.has(c.name) || (c.kind === "PERSON" ? !!c.title : KNOWN_ORGANISATIONS.has(c.name) || ORGANISATION_HEADS.has(c.name.split(" ").pop() ?? "")));
    this.legalFormShortForms(accepted);
    const mentions: ActorMention[] = [];
    const taken = new Uint8Array(this.body.length + 1);
    const surfaceList: Array<{ surface: string; candidate: Candidate; key: string }> = [];
    for (const c of accepted) {
      const key = actorKey(c.name, c.kind);
      // A listed body or company is found under its other names too ("Doctors Without Borders (MSF)").
      const known = KNOWN_ORGANISATIONS.get(c.name) ?? (c.kind === "ORGANIZATION" ? companyNamed(c.name) : undefined);
      const all = new Set([...c.surfaces, ...(known?.name === c.name ? known.aliases : [])]);
      for (const s of all) surfaceList.push({ surface: s, candidate: c, key });
    }
    surfaceList.sort((x, y) => y.surface.length - x.surface.length);
    const seen = new Map<string, Set<string>>();
    for (const { surface, candidate, key } of surfaceList) {
      for (const start of this.words.find(surface)) {
        const end = start + surface.length;
        // Spans are claimed whole, so checking both ends and the middle finds any overlap with a claimed one.
        if (taken[start] || taken[end - 1] || taken[(start + end) >> 1]) continue;
        taken.fill(1, start, end);
        mentions.push({ key, kind: candidate.kind, start, end });
        if (!seen.has(key)) seen.set(key, new Set());
        seen.get(key)!.add(surface);
      }
    }
    // "Nepal Electricity Authority managing director …" also read as "Electricity Authority": a body's name
    // that is only ever the tail of a longer body's name is that body.
    const tails = new Set<string>();
    for (const c of accepted) {
      if (c.kind !== "ORGANIZATION") continue;
      for (let i = c.name.indexOf(" "); i !== -1; i = c.name.indexOf(" ", i + 1)) tails.add(c.name.slice(i + 1));
    }
    accepted = accepted.filter((c) => c.kind !== "ORGANIZATION" || seen.has(actorKey(c.name, c.kind)) || !tails.has(c.name));
    this.addGenericMentions(accepted, mentions, taken);
    accepted.sort((x, y) => x.firstSeen - y.firstSeen);
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    this.nationalsDescribed(mentions);
    const travelled = this.destinations(mentions);
    const headlined = this.headlinedOfficials(accepted);
    const actors: ExtractedActor[] = accepted.map((c) => {
      const key = actorKey(c.name, c.kind);
      return {
        key,
        name: c.name,
        kind: c.kind,
        title: c.title,
        country: (c.kind === "ORGANIZATION" ? companyFormCountry(c.name) : undefined) ?? (c.country === undefined || this.readAsInternational(c) ? (headlined.get(key) ?? this.travellersFallback(c, travelled.get(key))) : c.country),
        aliases: [...(seen.get(key) ?? [])].filter((s) => s !== c.name).sort(),
        mentions: Math.max(1, counts.get(key) ?? 0),
      };
    });
    mentions.sort((x, y) => x.start - y.start);
    return { actors, mentions };
  }

  /**
   * "Chancellor Anna Vogt flies to China", "Vogt's third visit to Japan", "Vogt will pay an official visit to Peru":
   * the countries each person is said to travel to, a few words after a mention, in the same sentence. One pass
   * over the people's mentions in text order with one pointer into the tokens.
   */
  private destinations(mentions: ActorMention[]): Map<string, Set<string>> {
    const tokens = this.tokens;
    const out = new Map<string, string[]>();
    const people = mentions.filter((m) => m.kind === "PERSON").sort((x, y) => x.start - y.start);
    let t = 0;
    for (const m of people) {
      while (t < tokens.length && tokens[t].end <= m.end - 1) t++;
      // tokens[t] is the mention's last token; look a few words on.
      for (let k = t + 1; k < tokens.length && k <= t + TRAVEL_REACH && !/^[.;?!]$/.test(tokens[k].text); k++) {
        if (!TRAVEL_WORDS.has(tokens[k].text)) continue;
        let at = k + 1;
        if (/^(?:to|in|for)$/.test(tokens[at]?.text ?? "")) at++;
        const place = this.countryAt.get(at);
        // "flew to Tacloban": a city may be the traveller's own country's; only a country's name says they went abroad.
        if (place?.code && place.kind === "name" && !place.place) push(out, m.key, place.code);
        break;
      }
    }
    return new Map([...out].map(([key, codes]) => [key, new Set(codes)]));
  }

  /**
   * "Chinese president meets US envoy" over "President Li Wen met …", "German Chancellor Vogt heads to Japan" over
   * "Chancellor Anna Vogt": a headline's nationality before a role names the country of the first person in the
   * body with that role (or that surname, when the headline names one) whom the body gives no country. `people` are
   * in the order the body names them; one pass over the headline's country mentions and one over the people.
   */
  private headlinedOfficials(people: Candidate[]): Map<string, string> {
    const out = new Map<string, string>();
    const words = this.doc.titleTokens;
    for (const m of this.doc.titleCountryMentions) {
      const role = words[m.endToken];
      const last = words[m.endToken - 1];
      if (!m.code || !role || role.kind !== "word" || !ROLE_WORDS.has(role.text.toLowerCase()) || (m.kind !== "demonym" && !last?.possessive)) continue;
      const named = words[m.endToken + 1]?.cap && words[m.endToken + 1].kind === "word" ? words[m.endToken + 1].base : undefined;
      const match = people.find((c) => c.kind === "PERSON" && c.country === undefined && (named ? c.name.split(" ").pop() === named : c.title?.split(" ").pop()?.toLowerCase() === role.text.toLowerCase()));
      if (match && !out.has(actorKey(match.name, match.kind))) out.set(actorKey(match.name, match.kind), m.code);
    }
    return out;
  }

  /**
   * A person the text gives no country goes to the story's country, unless that is where the text says they
   * travel: a visitor to China in a story about China is not Chinese. Then the country the story names clearly
   * most among the rest, if one does.
   */
  private travellersFallback(c: Candidate, went: Set<string> | undefined): string | null {
    const fallback = this.fallbackCountry(c);
    if (c.kind !== "PERSON" || !fallback || !went?.has(fallback)) return fallback;
    // Among the rest, an owner's demonym ("German carmakers" on the visitor's trip) counts in full: the visitor's
    // country is the other one the story is about, whose firms are named as theirs.
    const away = (list: CountryMention[]) => list.filter((m) => !m.code || !went.has(m.code)).map((m) => (m.origin ? { ...m, origin: false } : m));
    const source = this.doc.sourceCountry && !went.has(this.doc.sourceCountry) ? this.doc.sourceCountry : null;
    return leadingCountry(away(this.doc.countryMentions), away(this.doc.titleCountryMentions), source);
  }

  /**
   * "Julio Perez left Porto. The 24-year-old Argentinian has signed …", "The Dutchman scored twice": a sentence
   * opening with "The", perhaps an age, and a nationality standing as a noun describes the person named last
   * before it, a short way back; a person the text gives no country takes that one. One pass over the people's
   * mentions and the country mentions, both in text order.
   */
  private nationalsDescribed(mentions: ActorMention[]): void {
    const tokens = this.tokens;
    const people = mentions.filter((m) => m.kind === "PERSON").sort((x, y) => x.start - y.start);
    let p = 0;
    for (const m of this.doc.countryMentions) {
      // "The Argentinians", "The Danes": a plural is a people, not the one just named ("Swiss" and "Chinese" are not plurals).
      if (m.kind !== "demonym" || !m.code || m.quoted || m.heading || /[^s]s$/.test(m.surface) || m.surface.includes(" ")) continue;
      const k = m.firstToken;
      const aged = tokens[k - 1]?.text === "year-old" && tokens[k - 2]?.text === "-" && tokens[k - 3]?.kind === "number";
      if (tokens[aged ? k - 4 : k - 1]?.text !== "The") continue;
      const next = tokens[m.endToken];
      if (!next || next.kind !== "word" || next.cap || next.paragraph !== tokens[k].paragraph) continue;
      // Without an age, "The Portuguese" may be a people ("The French need …"): a noun of one ("Dutchman") or a verb a
      // person's past takes ("came", "joined") must follow.
      if (!aged && !/[hsx](?:wo)?man$/.test(m.surface) && !DESCRIBED_NATIONAL_VERBS.has(next.text)) continue;
      while (p < people.length && people[p].start < m.start) p++;
      const last = people[p - 1];
      if (!last || m.start - last.end > DESCRIBED_NATIONAL_REACH) continue;
      const person = this.candidates.get(last.key);
      if (person && person.country === undefined) person.country = m.code;
    }
    this.nationalsInAppositive(people);
  }

  /**
   * "Okafor, a Nigerian, said", "A Dutch national, Okafor joined", "Dutch national Okafor": a nationality set off by
   * commas right after a person's mention, or as "a <nationality> national|citizen," or "<nationality> national" right
   * before one, is that person's
   * nationality, stated outright; it wins over any employer's or office's country. One pass over the demonyms with
   * one pointer into the people's mentions (sorted by start).
   */
  private nationalsInAppositive(people: ActorMention[]): void {
    const tokens = this.tokens;
    let p = 0;
    for (const m of this.doc.countryMentions) {
      if (m.kind !== "demonym" || !m.code || m.quoted || m.heading || m.trait) continue;
      const k = m.firstToken;
      // "Dutch national Pieter Hendriks, 47,", "Indian citizen Ravi Menon": the nationality's noun as the person's title.
      if (/^(?:national|citizen)$/.test(tokens[m.endToken]?.text ?? "") && !/^an?$/i.test(tokens[k - 1]?.text ?? "")) {
        while (p < people.length && people[p].end <= m.start) p++;
        const named = people[p];
        if (named?.kind === "PERSON" && named.start === tokens[m.endToken + 1]?.start) {
          const person = this.candidates.get(named.key);
          if (person) person.country = m.code;
        }
        continue;
      }
      if (!/^an?$/i.test(tokens[k - 1]?.text ?? "")) continue;
      while (p < people.length && people[p].end <= tokens[k - 1].start) p++;
      const key = this.appositiveNationalAfter(k, m.endToken, people[p - 1], people[p]);
      const person = key ? this.candidates.get(key) : undefined;
      if (person) person.country = m.code;
    }
  }

  /**
   * The person a demonym spanning tokens [k, end) after "a" stands for: `before` when the words read
   * "<before>, a <demonym>," (or "<before>, 52, an <demonym> engineer") and `next` when they read "A <demonym> national, <next>" opening the sentence.
   */
  private appositiveNationalAfter(k: number, end: number, before: ActorMention | undefined, next: ActorMention | undefined): string | undefined {
    const tokens = this.tokens;
    // "Pothas, a South African,", "Mikkelsen, a Norwegian who …", "Ricci, 52, an Italian engineer": the demonym
    // ends the appositive or stands before its noun or relative pronoun; an age set off by commas may come first.
    const after = tokens[end];
    const closes = !!after && (after.text === "," || after.text === "." || after.text === "who" || (after.kind === "word" && !after.cap));
    const aged = tokens[k - 3]?.kind === "number" && /^\d{1,3}$/.test(tokens[k - 3].text) && tokens[k - 4]?.text === ",";
    const nameEnd = aged ? tokens[k - 5]?.end : tokens[k - 3]?.end;
    if (before?.kind === "PERSON" && closes && tokens[k - 2]?.text === "," && nameEnd === before.end) return before.key;
    const noun = tokens[end];
    const opensSentence = k - 1 === 0 || /^[.!?”"]$/.test(tokens[k - 2]?.text ?? "") || tokens[k - 2]?.paragraph !== tokens[k - 1].paragraph;
    if (next?.kind === "PERSON" && opensSentence && noun && /^(?:national|citizen)$/.test(noun.text) && tokens[end + 1]?.text === "," && tokens[end + 2]?.start === next.start) return next.key;
    return undefined;
  }

  /**
   * The affiliation of an actor the text gives none for: the article's leading country; else, for a person
   * with a real title or a body, the country the story is set in.
   */
  /** The one country the body and title name, if they name exactly one (found once). */
  private soleCountryCode: string | null | undefined;

  private soleCountry(): string | null {
    if (this.soleCountryCode === undefined) {
      const codes = new Set<string | null>();
      // A sports story's opponent or host city ("the win over Tanzania") is not the one country it is set in.
      for (const m of this.doc.countryMentions.concat(this.doc.titleCountryMentions)) if (m.code !== undefined && !m.fixture) codes.add(m.code);
      const [only] = codes;
      this.soleCountryCode = codes.size === 1 && only ? only : null;
    }
    return this.soleCountryCode;
  }

  /** Does the body or title name any country? */
  private namesAnyCountry(): boolean {
    return this.doc.countryMentions.concat(this.doc.titleCountryMentions).some((m) => !!m.code);
  }

  /** Does the body name the outlet's own country outside quotes and headings, in a story not filed from elsewhere? */
  private namesOutletCountry(): boolean {
    const source = this.doc.sourceCountry;
    if (!source) return false;
    const filed = this.dateline();
    if (filed && filed !== source) return false;
    // It names it first, or at least half as often as the country it names most: a wire's one "China" in a story
    // from Phnom Penh is no home angle.
    const counts = new Map<string, number>();
    let first: string | null = null;
    for (const m of this.doc.countryMentions) {
      if (!m.code || m.quoted || m.heading || m.nameOnly) continue;
      first ??= m.code;
      counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
    }
    const own = counts.get(source) ?? 0;
    return own > 0 && (first === source || own * 2 >= Math.max(...counts.values()));
  }

  private foreignQualified: boolean | undefined;

  /**
   * Does a local outlet's story, not filed from elsewhere, name its own country nowhere in the body while it puts
   * another country's word right before an official's title ("U.S. President", "Canadian Prime Minister")?
   * One pass over the country mentions, found once.
   */
  private qualifiesOnlyForeignOfficials(): boolean {
    if (this.foreignQualified !== undefined) return this.foreignQualified;
    this.foreignQualified = false;
    const source = this.doc.sourceCountry;
    const filed = this.dateline();
    if (!source || (filed && filed !== source)) return false;
    const tokens = this.doc.tokens;
    let qualified = false;
    for (const m of this.doc.countryMentions) {
      if (!m.code) continue;
      if (m.code === source) return false;
      if (m.quoted || m.heading || m.place || (m.kind !== "demonym" && m.kind !== "name")) continue;
      const next = tokens[m.endToken];
      const last = tokens[m.endToken - 1];
      if (next && next.kind === "word" && next.cap && !last?.possessive && next.paragraph === last?.paragraph && OFFICIAL_TITLE_OPENERS.has(next.text)) qualified = true;
    }
    this.foreignQualified = qualified;
    return qualified;
  }

  /** The country of the story's dateline, found once. */
  private dateline(): string | null {
    if (this.datelineCountry === undefined) this.datelineCountry = this.doc.countryMentions.find((m) => m.dateline && m.code)?.code ?? null;
    return this.datelineCountry;
  }

  private datelineCountry: string | null | undefined;

  private leading: string | null | undefined;

  private outletHome: string | null | undefined;

  /**
   * A local outlet (a country-code domain) that names its own country in the body, outside quotes, writes from
   * there: a Polish paper's farmers at the Ukrainian border, a Jamaican paper's court and the people in it, are
   * the outlet's country's unless the text says otherwise, or the story is filed from elsewhere. It must name one
   * of its own country's places, and its country at least half as often as the country the body names most: a
   * British paper's "British tourists" in a story about a Spanish wildfire do not move the story to Britain.
   */
  private outletWritesFromHome(): string | null {
    if (this.outletHome !== undefined) return this.outletHome;
    this.outletHome = null;
    const source = this.doc.sourceCountry;
    // A story the outlet filed from elsewhere ("ACCRA —" on a Nigerian site) is set where it was filed.
    const filed = this.dateline();
    if (!source || (filed && filed !== source)) return null;
    const counts = new Map<string, number>();
    let ownPlace = false;
    for (const m of this.doc.countryMentions) {
      if (!m.code || m.quoted || m.heading) continue;
      counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
      if (m.code === source && (m.place || m.kind === "city" || m.kind === "capital")) ownPlace = true;
    }
    const own = counts.get(source) ?? 0;
    const most = Math.max(0, ...counts.values());
    if (ownPlace && own * 2 >= most) this.outletHome = source;
    return this.outletHome;
  }

  /**
   * "Arab News", "Ashanti Regional Police Command", "Gulf Energy Insight": an outlet, or a body named for a sea or a
   * region inside a country, that was read as an international body for its region's word.
   */
  private readAsInternational(c: Candidate): boolean {
    if (c.kind !== "ORGANIZATION" || c.country !== null || !INTERNATIONAL_NAME.test(c.name) || KNOWN_ORGANISATIONS.has(c.name)) return false;
    return !isInternationalBody(c.name) || !(SUPRANATIONAL_NAME.test(c.name) || /\b(?:International|Global)\b/.test(c.name));
  }

  private fallbackCountry(c: Candidate): string | null {
    // "China has announced a grant … Ambassador Zhou Jianming said": an envoy the text gives no country serves the
    // country named beside him that is not the one the story is set in.
    if (c.kind === "PERSON" && c.title && ENVOY_TITLE.test(c.title)) {
      const sender = this.envoySender(c);
      if (sender) return sender;
    }
    // "as South Korea's trade minister began a visit … Visiting Trade Minister Park Ji-won said": a title the text
    // gave a country's office-holder before naming them is that country's.
    const described = c.kind === "PERSON" && c.title ? this.unnamedOffices().get(officeKey(c.title)) : undefined;
    if (described) return described;
    // "European Forest Fire Information System", "African Union": a body named for a region of the world is no
    // one country's, whatever country the story is about.
    if (c.kind === "ORGANIZATION" && SUPRANATIONAL_NAME.test(c.name) && isInternationalBody(c.name)) return null;
    // "the ECOWAS Commission", "the EU Commission", "SADC Secretariat": an organ of a listed bloc or body of many
    // states, named by the body's name and an organ's head, is no one country's either.
    if (c.kind === "ORGANIZATION" && organOfInternationalBody(c.name)) return null;
    // "European Commissioner for Trade X", "UN humanitarian coordinator Y": an official of a union of countries
    // serves none of them, wherever the story is set ("EU Ambassador" may be a country's envoy to the union).
    if (c.kind === "PERSON" && c.title && SUPRANATIONAL_OFFICE.test(c.title)) return null;
    const outlet = this.outletWritesFromHome();
    if (outlet) return outlet;
    // "Foreign Secretary Jane Doe" on a British site's story about aid to another country, "Sports Cabinet
    // Secretary" on a Kenyan one's about a race abroad: a national office the text names without a country is
    // the outlet's own government's, when the story names that country and is not filed from elsewhere. A foreign
    // minister is named with the country ("Tanzania's Minister for Agriculture").
    if (c.kind === "PERSON" && c.title && HOME_OFFICE.test(c.title) && !INTERNATIONAL_OFFICE.test(c.title) && this.namesOutletCountry()) return this.doc.sourceCountry;
    // "President Ana Ruiz met U.S. President John Doe" on a Mexican site that never writes "Mexico": a local outlet
    // puts the country before a foreign official's title and none before its own government's, so a government
    // title without a country, beside another country's qualified one, is the outlet's.
    if (c.kind === "PERSON" && c.title && GOVERNMENT_ROLE.test(c.title) && !INTERNATIONAL_OFFICE.test(c.title) && this.qualifiesOnlyForeignOfficials()) return this.doc.sourceCountry;
    if (this.doc.homeCountry) return this.doc.homeCountry;
    // "WARSAW — … Agriculture Minister Tomasz Wrona said": a minister the text gives no country, in a story
    // filed from one that does not clearly lead, is the dateline's country's.
    // So is a national body named without its country ("The Central Election Commission said" after "TBILISI —").
    if ((c.kind === "PERSON" && c.title && GOVERNMENT_ROLE.test(c.title)) || (c.kind === "ORGANIZATION" && STATE_BODY_HEADS.has(c.name.split(" ").pop() ?? ""))) {
      const filed = this.dateline();
      if (filed) return filed;
    }
    // A body named by a local outlet with no story country to go on is most likely domestic to the outlet;
    // a story that names one country only, however briefly, is set there.
    // A story on a local outlet that names no country at all is set in the outlet's country, everyone in it
    // included; one that names several with none leading is set where it is filed from ("MUSCAT —").
    const unnamed = !this.namesAnyCountry();
    let setting = this.doc.settingCountry ?? this.soleCountry() ?? (c.kind === "ORGANIZATION" || unnamed ? this.doc.sourceCountry : null) ?? this.dateline();
    // A person with no other sign of a country belongs to the one the story names clearly most.
    if (!setting && c.kind === "PERSON") setting = this.leading ??= leadingCountry(this.doc.countryMentions, this.doc.titleCountryMentions, this.doc.sourceCountry);
    if (!setting) return null;
    if (c.kind === "ORGANIZATION") return setting;
    if (unnamed) return setting;
    return !c.title || !isHonorific(c.title) ? setting : null;
  }

  /** "the ministry", "the company" after a named body count as its mentions (the last one of that kind, else the last body). */
  private addGenericMentions(accepted: Candidate[], mentions: ActorMention[], taken: Uint8Array): void {
    const re = /\b[Tt]he (ministry|embassy|commission|party|coalition|agency|company|firm|group|court|bank|department|organisation|organization|union|alliance|government|council|committee|regulator|watchdog|museum|university|conference|miner|lender|insurer|airline|carrier|manufacturer|broadcaster|newspaper|charity|federation|association|club|team|force|navy|army|office)\b/g;
    const names = new Map(accepted.map((c) => [actorKey(c.name, c.kind), c.name.toLowerCase()]));
    const businesses = new Set(accepted.filter((c) => c.kind === "ORGANIZATION" && !isNoBusinessName(c.name)).map((c) => actorKey(c.name, c.kind)));
    // A body named inside a quotation ("… before the Court of Appeal,” the group said) is not what the text
    // goes on to call "the group".
    const quoted = this.doc.quoteSpans;
    const orgMentions: ActorMention[] = [];
    let q = 0;
    for (const x of [...mentions].sort((a, b) => a.start - b.start)) {
      if (x.kind !== "ORGANIZATION") continue;
      while (q < quoted.length && quoted[q].close <= x.start) q++;
      const inQuote = q < quoted.length && x.start >= quoted[q].open && x.end <= quoted[q].close;
      if (!inQuote) orgMentions.push(x);
    }
    // The last body named before each point, and the last one per head word of its name.
    const lastByHead = new Map<string, ActorMention>();
    let last: ActorMention | undefined;
    // "the company" after an investigating unit or a court was named: the business named last, not that body.
    let lastBusiness: ActorMention | undefined;
    let next = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.body)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      while (next < orgMentions.length && orgMentions[next].start < start) {
        const x = orgMentions[next++];
        last = x;
        if (businesses.has(x.key)) lastBusiness = x;
        for (const w of new Set((names.get(x.key) ?? "").split(/[\s-]+/))) lastByHead.set(w, x);
      }
      // "the council-owned utility", "the army-led search": a compound adjective, not the body.
      if (taken[start] || taken[end - 1] || this.body[end] === "-") continue;
      const head = m[1].toLowerCase();
      const near = (x: ActorMention | undefined) => (x && start - x.start < 2500 ? x : undefined);
      let target = near(lastByHead.get(head));
      if (!target && (head === "company" || head === "firm")) target = near(lastBusiness);
      else if (!target && ["group", "agency", "organisation", "organization", "charity"].includes(head)) target = near(last);
      if (target) mentions.push({ key: target.key, kind: "ORGANIZATION", start: start + 4, end });
    }
  }
}

/**
 * "Shiv Sena (UBT)", "Nationalist Congress Party (SP)": after a party's name, a bracketed abbreviation whose first
 * letter opens none of the name's words names a breakaway faction, not the party.
 */
function factionQualifier(party: string, abbreviation: string): boolean {
  const words = party.split(" ");
  if (!/^(?:Party|Sena|Dal|Congress|League|Front|Morcha|Kazhagam)$/.test(words[words.length - 1]) || !/^\p{Lu}{1,4}$/u.test(abbreviation)) return false;
  return !words.some((w) => w[0] === abbreviation[0]);
}

/**
 * The index of a person's name that ends a body's name: a given name of the lists and one or two more
 * capitalised words, none a body's head word, after at least two words that hold one ("Office of Public Works").
 * -1 when the name does not end that way.
 */
function bodyThenPerson(words: string[]): number {
  for (const n of [2, 3]) {
    const g = words.length - n;
    if (g < 2) continue;
    const tail = words.slice(g);
    if (!(FIRST_NAMES.has(foldText(tail[0])) || isGivenName(foldText(tail[0]))) || tail.some((w) => ORGANISATION_HEADS.has(w) || CONNECTORS.has(w))) continue;
    if (!words.slice(0, g).some((w) => ORGANISATION_HEADS.has(w)) || CONNECTORS.has(words[g - 1])) continue;
    return g;
  }
  return -1;
}

/** `, asked Serhiy, a driver from Lviv`: a speech verb, one capitalised word, and an appositive opening with "a". */
const ONE_NAME_SPEAKER = /^[\s,]*(?:said|asked|added|says|asks|explained|replied|shouted)\s+(\p{Lu}\p{Ll}+),\s+an?\s+([^,.;:!?“”"]{3,80})/u;

/** Honorifics that stand between a title and a name ("Commission Chairman Dr. …"). */
const PERSON_HONORIFICS = new Set(["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "eng.", "engr."]);

/** A lower-case word token. */
function isLowerWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && !t.cap;
}

/** ", based in Nagoya", ", headquartered in Seoul": a base in apposition after a body's name, up to the place. */
const BASED_APPOSITIVE = /^,\s+(?:which is\s+)?(?:based|headquartered)\s+in\s+/;
/** ", the " or ", a " opening an appositive after a body's name, before its description. */
const DESCRIBED_BASE_APPOSITIVE = /^,\s(?:the|an?)\s/;
/** "Milwaukee-based ", "Milwaukee, Wisconsin-based ": a place (and its state) joined to "-based". */
const PLACE_THEN_BASED = /^\p{Lu}[\p{L}.'-]*(?:,\s\p{Lu}[\p{L}.'-]*)?-based\s/u;
/** Company forms written before the name ("PT Sulawesi Nusantara Mineral", "PJSC Gazprom Neft"). */
const COMPANY_FORM_OPENING = /^(?:PT|CV|PJSC|JSC|OAO|OOO|ZAO|SC)$/;
/** A company's form written in full at the end of its name, and the short spellings of that form. */
const FULL_COMPANY_FORM = / (Limited|Corporation|Incorporated)$/;
const COMPANY_FORM_SHORT: Record<string, string[]> = { Limited: ["Ltd", "Ltd."], Corporation: ["Corp", "Corp."], Incorporated: ["Inc", "Inc."] };
/** Company forms of a law ending a business's full name ("Sdn Bhd", "GmbH", "Pty Ltd", "S.A."). */
const COMPANY_FORM_ENDING = /,?\s(?:Sdn\.?\s+Bhd\.?|Bhd\.?|Berhad|Pte\.?\s+Ltd\.?|Pty\.?\s+Ltd\.?|Tbk\.?|GmbH|AG|S\.A\.?|SA|S\.p\.A\.?|Oyj|ASA|B\.V\.?|N\.V\.?|K\.K\.?|PLC|Plc|plc|LLC|Inc\.?|Ltd\.?|Limited|A\/S|ApS|AB|sp\. z o\.o\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|Kft\.|Zrt\.|Nyrt\.)$/;

/** Nouns that describe a business before the text names it ("a Cairo-based consortium", "a Turkish contractor"). */
/** Panels of a court's judges ("the court's Second Senate", "the tribunal's Appeals Chamber", "a Division Bench"). */
const COURT_PANELS = new Set(["Senate", "Chamber", "Bench", "Panel", "Division"]);

/** A last field joined to a body's name by "and" ("… Disease Control and Prevention"). */
const LAST_FIELD_JOINED = / and \p{Lu}\p{Ll}+$/u;

/** Whether the acronym spells the last words (two at least, from a capitalised one) of a name of three words or more. */
function spellsNameTail(acronym: string, name: string): boolean {
  const words = name.split(" ");
  for (let k = 1; k <= words.length - 2; k++) if (/^\p{Lu}/u.test(words[k]) && spellsFromWords(acronym, words.slice(k).join(" "))) return true;
  return false;
}

/** The word ending a business's full name that a shorter mention of it leaves out ("… Group", "… Holdings"). */
const BUSINESS_NAME_WORD = / (?:Group|Holdings?|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|Inc\.?|PLC|Plc)$/;
/** A business group named by one word and a group word ("SK Group", "Lotte Holdings"). */
const GROUP_NAME = /^(\p{Lu}[\p{L}\p{N}&-]*) (?:Group|Holdings?|Corporation|Corp\.?)$/u;
const GROUP_NAME_ENDING = /(?:^|\s)(\p{Lu}[\p{L}\p{N}&-]* (?:Group|Holdings?|Corporation|Corp\.?))$/u;
const DESCRIBED_BUSINESS_NOUNS = new Set(["consortium", "contractor", "company", "firm", "developer", "builder", "manufacturer", "supplier", "operator", "investor", "conglomerate", "joint-venture", "group"]);

/** How far after its description (in characters) a business may be named. */
const DESCRIBED_REACH = 800;
/** Territorial nouns after a name that make it a place ("Mae Ramat district", "Kibera ward"). */
const TERRITORY_AFTER = /^ (?:district|districts|subdistrict|sub-district|province|county|village|township|ward|constituency|municipality|commune|prefecture)\b/;
/** Words of a territory's rank before its name ("tambon Mae Tao", "barangay San Roque", "kampung Baru"). */
const TERRITORY_BEFORE = /\b(?:tambon|amphoe|barangay|kampung|kecamatan|desa|mukim|kebele|woreda) $/;
/** A territory's plural, "of", then a list of up to three-word names ending in "and <name>" (see territoriesListed). */
const TERRITORY_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}`;
const TERRITORIES_LISTED = new RegExp(
  String.raw`\b(?:districts|villages|towns|provinces|regions|regencies|municipalities|sub-districts|subdistricts|counties|wards) of (${TERRITORY_NAME}(?:, ${TERRITORY_NAME})*(?:,? and ${TERRITORY_NAME}))`,
  "gu",
);
/** Nouns a nationality describes a person by before the text names them ("a Chinese national", "a Nepali worker"). */
const PERSON_DESCRIPTION_NOUNS = new Set(["national", "citizen", "man", "woman", "tourist", "businessman", "businesswoman", "worker", "student", "suspect", "migrant", "driver", "engineer", "trader"]);
/** ", its Riyadh-based subsidiary", ", its local unit": what follows a unit's name to tie it to the body before. */
const SUBSIDIARY_AFTER = /^,\s+its\s+(?:[\p{L}-]+\s+){0,3}(?:subsidiary|unit|arm|affiliate)\b/u;
/** How far (characters) a described business waits for a definite description to name it ("The builder, X,"). */
const DEFINITE_REACH = 3000;
/** Titles of envoys, who serve a country other than the one they are posted to. */
const ENVOY_TITLE = /\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh [Cc]ommissioner|[Cc]onsul(?:-[Gg]eneral)?|[Cc]onsul [Gg]eneral|[Cc]hargé d'affaires)\b/;
/** How far before an envoy's first mention the country that sent him may be named. */
const ENVOY_REACH = 300;
/** Prepositions that open a description's postmodifier ("the contractor for the first section", "the firm behind the dam"). */
const POSTMODIFIER_PREPOSITIONS = new Set(["for", "behind", "on", "in", "at", "of"]);
/** How many mentions of bodies back a definite description ("the Korean shipbuilder") may name. */
const DESCRIBED_MENTIONS_BACK = 4;
/** Nouns of a definite description of a business: "the Korean shipbuilder", "the Japanese trading house". */
const DEFINITE_BUSINESS_NOUNS = new Set([...DESCRIBED_BUSINESS_NOUNS, ...COMPANY_NOUNS, "house", "steelmaker", "automaker", "carmaker", "shipbuilder", "chipmaker", "drugmaker", "planemaker"]);

/**
 * Words that name a body for a continent or the world, not for a sea or a region inside a country ("Regional
 * Police Command", "Pacific Power" and "Gulf Bank" are national): such a body has no country even in a story
 * that clearly leads with one.
 */
const SUPRANATIONAL_NAME = /\b(?:UN[A-Z]{2,}|United Nations|UN|EU|European|(?<!(?:South|Central) )African|Africa|Asian|Inter-American|Commonwealth|Islamic|Nordic|Latin American|World|Asia[- ]Pacific|Trans[- ]Pacific|Trans-Atlantic|Transatlantic)\b(?! National\b)/;

/** Last words of a newspaper's or broadcaster's name: "Arab News" and "Gulf Times" are outlets of one country. */
const OUTLET_HEADS = new Set("News Times Post Herald Tribune Gazette Journal Express Chronicle Observer Standard Daily Age Mail Telegraph Courier Monitor Mirror Star Sun Review Today Online TV Radio".split(" "));

/** "ECOWAS Commission", "EU Council", "SADC Secretariat": a listed body of many states' name, then an organ's heads. */
function organOfInternationalBody(name: string): boolean {
  const words = name.split(" ");
  if (words.length < 2 || !(ORGANISATION_HEADS.has(words[words.length - 1]) || SUB_BODY_HEADS.has(words[words.length - 1]))) return false;
  for (let n = 1; n < words.length && n <= 4; n++) {
    const known = KNOWN_ORGANISATIONS.get(words.slice(0, n).join(" "));
    if (known) return known.country === null && words.slice(n).every((w) => /^\p{Lu}/u.test(w) || w === "of" || w === "for");
  }
  return false;
}

/** A body named for a region of the world ("European …", "African …"), not a national outlet named for one. */
export function isInternationalBody(name: string): boolean {
  return INTERNATIONAL_NAME.test(name) && !OUTLET_HEADS.has(name.slice(name.lastIndexOf(" ") + 1));
}

/** Last words that make a body's own part or offshoot, not its full name ("… University Press", "… Foundation"). */
const SUB_BODY_HEADS = new Set(["Press", "Foundation", "Institute", "School", "College", "Hospital", "Committee", "Fund", "Trust", "Academy", "Museum", "Centre", "Center", "University", "Stadium", "Airport", "Police", "Union", "Board", "Council", "Commission", "Office", "Department", "Agency", "Authority", "Service", "Women", "Youth"]);

/** Particles of names in sentence case in other languages ("des", "et", "und", "per"). */
const NAME_PARTICLES = new Set(["des", "les", "et", "e", "en", "à", "aux", "au", "sur", "pour", "dei", "degli", "delle", "per", "und", "für", "zur", "zum", "i", "del", "las", "los", "dan", "ng", "sa"]);

/** Lower-case particles that give no letter to an acronym spelt by lower-case words ("confidential or intelligence fund"). */
const SPELLING_PARTICLES = new Set(["or", "and", "of", "for", "the"]);

/** Prepositions a body's long name may hold between capitalised words ("Commission to Investigate …"). */
const NAME_PREPOSITIONS = new Set(["to", "on", "in", "against", "with"]);

/** The acronym's letters are initials of the name's words, in order, the first one among the first three. */
/**
 * "Alternative for Germany (AfD)": a party's or body's name translated word for word from the language its
 * mixed-case acronym was made in keeps the shape of that acronym: as many words as letters, a lower-case particle
 * where the acronym has a lower-case letter, and the same first letter.
 */
function sameCaseShape(acronym: string, span: Token[]): boolean {
  if (span.length !== acronym.length || span[0].text[0] !== acronym[0]) return false;
  return span.every((t, k) => t.kind !== "punct" && /^\p{Ll}/u.test(acronym[k]) === !t.cap && (t.cap || NAME_CONNECTOR_WORDS.has(t.text)));
}
const NAME_CONNECTOR_WORDS = new Set(["for", "of", "and", "the", "in", "de", "du", "des", "der", "die", "für", "i", "e", "y", "et", "del", "di", "da"]);

/**
 * "Superintendency of the Environment (SMA)": a body's name translated from a language that puts the head first
 * keeps the head's initial but not the other letters; its head opens the name and an "of" follows it.
 */
function translatedName(acronym: string, span: Token[]): boolean {
  const head = span[0];
  return span.length >= 3 && ORGANISATION_HEADS.has(head.base) && head.text[0] === acronym[0] && span[1].text === "of" && span.every((t) => t.kind !== "punct");
}

/**
 * The first token in [from, i) that opens a name spelling `acronym`: a capitalised word with the acronym's first
 * letter, and from it every capitalised word and particle spells the acronym in order (see spellsFromWords).
 * At most 14 tokens are looked at, as in the walk that found `from`.
 */
function spellingStart(tokens: Token[], from: number, i: number, acronym: string): number | undefined {
  for (let s = from + 1; s < i - 1; s++) {
    const t = tokens[s];
    if (!isCapWord(t) || t.text[0] !== acronym[0]) continue;
    const span = tokens.slice(s, i);
    if (span.some((x) => x.kind === "punct")) continue;
    const words = span.filter((x) => isCapWord(x));
    if (words.length >= 2 && (spellsAcronym(acronym, words) || spellsByInitials(acronym, span))) return s;
  }
  return undefined;
}

/**
 * "Electricite du Laos (EDL)": each capitalised word gives its initial, each lower-case particle between them
 * ("du", "of", "and") its initial or none, and together they spell the acronym.
 */
function spellsByInitials(acronym: string, span: Token[]): boolean {
  const target = acronym.toUpperCase();
  let reachable = new Set<number>([0]);
  for (const t of span) {
    const next = new Set<number>();
    const particle = !t.cap;
    const initial = t.text[0].toUpperCase();
    for (const k of reachable) {
      if (particle) next.add(k);
      if (k < target.length && target[k] === initial) next.add(k + 1);
    }
    reachable = next;
    if (reachable.size === 0) return false;
  }
  return reachable.has(target.length);
}

function spellsAcronym(acronym: string, words: Token[]): boolean {
  let w = 0;
  for (const letter of acronym) {
    while (w < words.length && words[w].text[0].toUpperCase() !== letter) w++;
    if (w === words.length) return false;
    w++;
  }
  return words.slice(0, 3).some((x) => x.text[0] === acronym[0]);
}

/**
 * Where a name written in sentence case ends right before the bracket at `i` ("Bureau national de gestion des
 * risques (BNGR)"): a capitalised word, then words each giving the acronym its next initial, particles ("de",
 * "des") giving one or none; some word in lower case, three words that give a letter at least. -1 when none.
 */
function sentenceCaseNameBefore(tokens: Token[], i: number, acronym: string): number {
  const letters = acronym.toLowerCase();
  const particle = (w: string) => CONNECTORS.has(w.toLowerCase()) || NAME_PREPOSITIONS.has(w) || NAME_PARTICLES.has(w);
  let found = -1;
  for (let j = i - 1; j >= 0 && i - j <= 14 && tokens[j].kind === "word" && tokens[j].paragraph === tokens[i].paragraph && !tokens[j].possessive; j--) {
    if (!tokens[j].cap || particle(tokens[j].text)) continue;
    const words = tokens.slice(j, i).map((t) => t.text);
    if (words.some((w) => !/^\p{L}/u.test(w)) || !words.slice(1).some((w) => !particle(w) && w === w.toLowerCase())) continue;
    // reachable: how many letters the words so far can spell; particles may be skipped.
    let reachable = new Set<number>([0]);
    for (const w of words) {
      const next = new Set<number>();
      const initial = w[0].toLowerCase();
      for (const k of reachable) {
        if (particle(w)) next.add(k);
        if (k < letters.length && letters[k] === initial) next.add(k + 1);
      }
      reachable = next;
      if (reachable.size === 0) break;
    }
    if (reachable.has(letters.length) && words.filter((w) => !particle(w)).length >= 3) found = j;
  }
  return found;
}

/**
 * "Geneva Public Transport (TPG)": a name translated from a language that orders its words otherwise keeps the
 * original's acronym, whose letters are the name's initials in another order (three letters or more, one per word).
 */
function sameInitials(acronym: string, words: Token[]): boolean {
  if (acronym.length < 3 || words.length !== acronym.length) return false;
  const sorted = (letters: string[]) => letters.sort().join("");
  return sorted([...acronym]) === sorted(words.map((w) => w.text[0].toUpperCase()));
}

/** A cabinet office: a minister or a secretary of a government. */
/** Capitalised words that open a national official's title after a country's word ("U.S. President", "French Foreign Minister"). */
const OFFICIAL_TITLE_OPENERS = new Set(["President", "Vice", "Prime", "Premier", "Chancellor", "Minister", "Foreign", "Defense", "Defence", "Finance", "Interior", "Trade", "Secretary", "Treasury", "Health", "Economy"]);
const HOME_OFFICE = /\b(?:minister|secretary|chancellor)\b/i;
/** Offices of international bodies and of parties or unions ("secretary-general", "UN under-secretary"). */
const INTERNATIONAL_OFFICE = /\b(?:secretary[- ]general|general secretary|under-secretary|deputy secretary|permanent secretary|UN|EU|NATO|ambassador|envoy|party)\b/i;
/** An office of the European Union or the United Nations, its body's name first. */
const SUPRANATIONAL_OFFICE = /^(?:the )?(?:EU|European(?: Union)?|European Commission|UN|United Nations|U\.N\.)(?:'s)? (?:[A-Za-z-]+ ){0,2}(?:[Cc]ommissioner|[Cc]oordinator|[Ss]pecial [Rr]apporteur|[Rr]apporteur|[Ss]ecretary-[Gg]eneral|[Uu]nder-[Ss]ecretary|[Hh]igh [Rr]epresentative|[Cc]ommission [Pp]resident|[Ss]pokes(?:person|man|woman))\b/;

/** A title as an office's key: lower case, without "Visiting", "Former" or "Acting" ("Visiting Trade Minister" -> "trade minister"). */
function officeKey(title: string): string {
  return title.toLowerCase().replace(/^(?:visiting|former|acting|the)\s+/, "");
}

/** Countries whose names put the family name first ("Kim Do-yoon", "Wang Lihua", "Nguyen Van An"). */
const FAMILY_FIRST_COUNTRIES = new Set(["KR", "KP", "CN", "TW", "HK", "MO", "VN"]);

/** A name read as family name first: of such a country, or with a hyphenated given name ("Do-yoon", "Ji-hoon"). */
function familyNameFirst(person: Candidate): boolean {
  const parts = person.name.split(" ");
  if (parts.length < 2 || parts.length > 3) return false;
  return (!!person.country && FAMILY_FIRST_COUNTRIES.has(person.country)) || (parts.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1]));
}


/** Bodies tried per acronym when asking whether the text spells it out (bounds the work per acronym). */
const SPELL_CHECKS = 40;

/** Kinds of body an acronym may stand before as its own description ("RPP radio", "the CGT union", "UDA party"). */
const BODY_KIND_NOUNS = new Set(["body", "organisation", "organization", "ministry", "department", "commission", "council", "authority", "institute", "university", "board", "fund", "charity", "centre", "center", "radio", "union", "party", "agency", "bureau", "broadcaster", "network", "channel", "television", "newspaper", "daily", "wire", "outlet", "lawmakers", "legislators", "councillors", "candidates", "supporters", "government", "administration", "regime", "faction", "militia", "rebels", "fighters", "statistics", "survey", "index"]);

/** Nouns of a body's people and papers its acronym may stand before ("KEPHIS officials", "NDMA staff", "KPA data"). */
const STAFF_NOUNS = new Set(["official", "officer", "staff", "staffer", "worker", "employee", "member", "team", "agent", "inspector", "engineer", "lawyer", "leader", "source", "statement", "data", "report", "figure", "filing", "website", "board", "headquarters", "office", "unit", "branch", "plan", "boss", "chief", "spokesperson", "spokesman", "spokeswoman"]);

/** Nouns of an office that the role lexicon leaves out, being ordinary words too ("Member for Agriculture"). */
const OFFICE_NOUNS = new Set(["Member", "Members", "Official", "Officials", "Delegate", "Delegates"]);
