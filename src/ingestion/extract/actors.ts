import nlp from "compromise";
import { COUNTRY_SURFACES, demonymOf } from "../lexicons/countries";
import {
  GOVERNMENT_BODY_HEADS,
  GOVERNMENT_BODY_MODIFIERS,
  KNOWN_ORGANISATIONS,
  KNOWN_ORGANISATION_MAX_WORDS,
  KnownOrganisation,
  EVENT_FIRST_WORDS,
  FOREIGN_ORGANISATION_HEADS,
  ORGANISATION_HEADS,
  ORGANISATION_PRECEDING_NOUNS,
  ORGANISATION_TRAILING_NOUNS,
  NON_ORGANISATION_ACRONYMS,
} from "../lexicons/organisations";
import { FIRST_NAMES, LAST_NAMES, PLACE_NAMES, ROLE_WORDS, TITLE_MODIFIERS } from "../lexicons/people";
import { MONTH_WORDS, NAME_BLOCKING_FIRST_WORDS, NON_NAME_WORDS, NON_PERSON_NOUNS, SPEECH_VERBS } from "../lexicons/words";
import { PERSON_PRONE_COUNTRY_WORDS } from "../lexicons/countries";
import { CURRENCY_PHRASES, ISO_CURRENCY_CODES, foldCurrencyPhrase } from "../lexicons/currencies";
import { foldText } from "../text/fold";
import { Token, adjacent } from "../text/tokens";
import type { ActorKind, ExtractedActor } from "../types";
import type { CountryMention } from "./countries";
import { findQuoteSpans } from "./quotes";

/** Where an actor is named in the body. */
export interface ActorMention {
  key: string;
  kind: ActorKind;
  start: number;
  end: number;
}

export interface ActorExtraction {
  actors: ExtractedActor[];
  /** Every naming of every actor, sorted by start. */
  mentions: ActorMention[];
}

export interface ActorInput {
  body: string;
  tokens: Token[];
  countryMentions: CountryMention[];
  /** Affiliation for people and bodies the text gives no country for. */
  dominantCountry: string | null;
  /**
   * The country the story is set in, read more loosely than dominantCountry (the most-named country by a
   * clear margin): the affiliation of people with a domestic title ("union leader") and of local bodies.
   */
  settingCountry?: string | null;
  /** Paragraph indexes that are section headings (title case, no sentence): no actors are taken from them. */
  headingParagraphs: Set<number>;
}

// Name particles that may stand inside a capitalised run ("Bank of Japan", "Ursula von der Leyen").
const CONNECTORS = new Set(["of", "for", "and", "the", "de", "da", "del", "della", "van", "von", "der", "den", "al", "bin", "ibn", "el", "la", "le", "du", "di", "dos", "das", "y", "&"]);
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]);
// Nouns that, right after a name and a comma, say the name is an organisation ("Alberta Wildfire, the provincial agency").
const ORGANISATION_APPOSITIVES = new Set(["agency", "company", "firm", "group", "body", "authority", "regulator", "watchdog", "charity", "organisation", "organization", "party", "coalition", "ministry", "department", "association", "union", "broadcaster", "newspaper", "lender", "insurer", "carrier", "airline", "manufacturer", "maker", "developer", "operator", "utility", "club", "team", "institute", "foundation", "network", "alliance", "outlet", "startup", "consultancy", "court", "council", "commission"]);
const HONORIFICS = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "sister", "brother", "father", "rev.", "reverend", "colonel", "col.", "general", "gen.", "lord", "lady"]);

/** Plurals that take "'s" and open names of bodies ("People's Party", "Women's Institute", "Children's Fund"). */
const IRREGULAR_PLURALS = new Set(["People", "Women", "Children", "Men"]);

/** Titles held over a territory: whoever owns them by a possessive is a state, province or city. */
const JURISDICTION_ROLES = new Set(["premier", "governor", "mayor", "premier-elect", "governor-elect", "mayor-elect"]);

/** People a speaker talks to, not works for ("told reporters at Heathrow"). */
const AUDIENCE_WORDS = new Set(["reporter", "journalist", "correspondent", "student", "resident", "witness", "survivor", "victim", "volunteer", "activist", "campaigner"]);

/** Military and police ranks: they stand before a name as titles, never as given names. */
const RANKS = new Set(["general", "colonel", "major", "captain", "lieutenant", "sergeant", "admiral", "commander", "marshal", "corporal", "private", "brigadier", "commodore", "superintendent", "inspector", "constable"]);

function isHonorific(title: string): boolean {
  return title.split(/\s+/).every((w) => HONORIFICS.has(w.toLowerCase()));
}

const APPOSITIVE_STOP = new Set(["who", "which", "that", "whose", "where", "when", "said", "says", "told", "and", "but"]);

interface Candidate {
  kind: ActorKind;
  name: string;
  title: string | null;
  /** undefined: the text says nothing (fall back to the dominant country); null: explicitly none (an international body). */
  country: string | null | undefined;
  evidence: number;
  /** First offset the candidate was seen at, to keep actors in order of appearance. */
  firstSeen: number;
  surfaces: Set<string>;
  /** Key of the body a person's title names ("Alpenbank chief executive"). */
  employer?: string;
  /** A business (named as a carmaker, bank, "Corp" …), whose officers a bare "chief executive" may be. */
  company?: boolean;
}

/** People and organisations named in the body, with titles, countries, aliases and mention counts. */
export function extractActors(input: ActorInput): ActorExtraction {
  const ctx = new Context(input);
  ctx.scanRuns();
  ctx.scanGovernmentBodies();
  ctx.scanDefiniteMinistries();
  return ctx.finish();
}

class Context {
  private readonly body: string;
  private readonly tokens: Token[];
  private readonly countryAt = new Map<number, CountryMention>();
  private readonly candidates = new Map<string, Candidate>();
  private readonly bareWords: Array<{ text: string; start: number }> = [];
  /** Single unknown words that speak like organisations ("Europol said"), kept unless they turn out to be surnames. */
  private readonly organisationGuesses: Array<{ text: string; start: number; country?: string }> = [];
  /** Country of an "of Poland" that followed the run being processed. */
  private affiliationAfter: string | null | undefined;
  /** Country of a "Toronto-based" that led the run being processed. */
  private basedCountry: string | null | undefined;
  /** Tokens of a "Minister of Water and Energy" title inside the run being processed. */
  private forcedRole: { start: number; end: number } | null = null;
  /** The last organisation named so far, for "its representative". */
  private lastOrganisation: Candidate | null = null;

  constructor(private readonly input: ActorInput) {
    this.body = input.body;
    this.tokens = input.tokens;
    for (const m of input.countryMentions) if (!this.countryAt.has(m.firstToken)) this.countryAt.set(m.firstToken, m);
  }

  // ---------------------------------------------------------------- runs of capitalised words

  scanRuns(): void {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!this.isCapWord(t) || this.input.headingParagraphs.has(t.paragraph)) continue;
      let end = i + 1;
      while (end < tokens.length && (!tokens[end - 1].possessive || this.collectivePossessiveInName(end - 1))) {
        const next = tokens[end];
        // "Korean Metal Workers' Union": a plural possessive inside an organisation's name.
        const afterMark = tokens[end + 1];
        if ((next.text === "’" || next.text === "'") && next.start === tokens[end - 1].end && /s$/.test(tokens[end - 1].text) && afterMark && this.isCapWord(afterMark) && adjacent(this.body, next, afterMark) && this.organisationHeadAhead(end + 1)) {
          end += 2;
          continue;
        }
        if (!adjacent(this.body, tokens[end - 1], next)) break;
        if (this.isCapWord(next)) {
          end++;
          continue;
        }
        const after = tokens[end + 1];
        // A particle joins the run only between capitalised words.
        if (CONNECTORS.has(next.text) && after && this.isCapWord(after) && adjacent(this.body, next, after) && !CONNECTORS.has(tokens[end - 1].text)) {
          end += 2;
          continue;
        }
        // Two particles: "van der Merwe", "de la Cruz".
        const third = tokens[end + 2];
        if (CONNECTORS.has(next.text) && after && CONNECTORS.has(after.text) && third && this.isCapWord(third) && adjacent(this.body, next, after) && adjacent(this.body, after, third) && next.text !== "and" && after.text !== "and") {
          end += 3;
          continue;
        }
        break;
      }
      this.processRun(i, end);
      i = end - 1;
    }
  }

  /**
   * "Minister of Foreign Affairs", "Secretary of State for Health": a role word, "of"/"for", and portfolio
   * words, opening the run after nothing but countries and title words. Returns the title's token range.
   */
  /** A shorter mention of a person ("Ryder", "Quispe Salas") becomes one more surface of the full name. */
  private absorbPerson(owner: Candidate, short: Candidate): void {
    owner.surfaces.add(short.name);
    owner.evidence += short.evidence;
    owner.title = owner.title ?? short.title;
    if (owner.country === undefined) owner.country = short.country;
    this.candidates.delete(actorKey(short.name, "PERSON"));
  }

  private roleOfField(a: number, b: number): { start: number; end: number } | null {
    const { tokens } = this;
    for (let k = a; k < b - 2; k++) {
      const lower = tokens[k].text.toLowerCase();
      if (ROLE_WORDS.has(lower) && /^(?:of|for)$/.test(tokens[k + 1].text)) {
        let j = k + 2;
        while (j < b) {
          const w = tokens[j].text.toLowerCase();
          if (FIELD_WORDS.has(w)) j++;
          else if (/^(?:and|&|the|of|for)$/.test(w) && j + 1 < b && FIELD_WORDS.has(tokens[j + 1].text.toLowerCase())) j++;
          else break;
        }
        return j > k + 2 ? { start: k, end: j } : null;
      }
      const c = this.countryAt.get(k);
      if (c && c.endToken <= b) {
        k = c.endToken - 1;
        continue;
      }
      if (!ROLE_WORDS.has(lower) && !TITLE_MODIFIERS.has(lower)) return null;
    }
    return null;
  }

  /** "European People's Party", "Women's Institute": an irregular plural's possessive inside a body's name. */
  private collectivePossessiveInName(k: number): boolean {
    const { tokens } = this;
    const t = tokens[k];
    const next = tokens[k + 1];
    return IRREGULAR_PLURALS.has(t.base) && !!next && this.isCapWord(next) && adjacent(this.body, t, next) && this.organisationHeadAhead(k + 1);
  }

  /** An organisation head among the capitalised words from `k` on ("… Parents’ Forum"). */
  private organisationHeadAhead(k: number): boolean {
    const { tokens } = this;
    for (let j = k; j < tokens.length && j < k + 4 && this.isCapWord(tokens[j]); j++) {
      if (isOrganisationHead(tokens[j])) return true;
      if (tokens[j].possessive || !tokens[j + 1] || !adjacent(this.body, tokens[j], tokens[j + 1])) break;
    }
    return false;
  }

  private isCapWord(t: Token): boolean {
    if (t.kind !== "word") return false;
    return t.cap || /^(?:al|el|bin|ibn|de|da|van|von|d)[-'’]\p{Lu}/u.test(t.text);
  }

  private processRun(from: number, to: number): void {
    const { tokens } = this;
    // "Chile's SQM and US-based Albemarle": a base inside the run opens a new name.
    let basedAt = -1;
    for (let k = from; k < to - 1 && basedAt === -1; k++) if (/-based$/i.test(tokens[k].text)) basedAt = k;
    // "New York-based Harbor Ridge": a place of several words before "-based" belongs to the base.
    const basePlace = basedAt === -1 ? undefined : this.placeEndingIn(basedAt, from);
    const baseStart = basePlace ? basePlace.firstToken : basedAt;
    if (basedAt !== -1 && baseStart > from) {
      this.processRun(from, tokens[baseStart - 1].text === "and" ? baseStart - 1 : baseStart);
      this.processRun(baseStart, to);
      return;
    }
    // "Toronto-based Andes Copper Corp": the base is an affiliation, not part of the name.
    if (basedAt !== -1 || /-based$/i.test(tokens[from].text)) {
      if (basedAt === -1) return;
      this.basedCountry = basePlace?.code ?? undefined;
      // "US-based Albemarle": a based name with no role word before it is a body.
      const rest = basedAt + 1;
      if (!ROLE_WORDS.has(tokens[rest].text.toLowerCase()) && !TITLE_MODIFIERS.has(tokens[rest].text.toLowerCase()) && !this.knownOrganisationAt(rest, to) && !this.isPersonName(tokens.slice(rest, to)) || (to - rest === 1 && !FIRST_NAMES.has(foldText(tokens[rest].base)))) {
        this.addRunOrganisation(rest, to);
      } else this.processRun(rest, to);
      this.basedCountry = undefined;
      return;
    }
    // "Cardinal Tomasz Wójcik of Poland": a person's name, then an affiliation.
    let organisationOf = false;
    for (let k = from + 1; k < to - 1; k++) {
      if (tokens[k].text !== "of" && tokens[k].text !== "for") continue;
      const left = tokens[k - 1];
      // "National Collective of Artisanal Fishers of Senegal": after an organisation's "of", the rest is its name.
      if (organisationOf) continue;
      if (isOrganisationHead(left) || isOrganisationOfWord(tokens, k - 1, from)) organisationOf = true;
      const lower = left.text.toLowerCase();
      if (organisationOf || ORGANISATION_HEADS.has(left.base) || ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) || NON_PERSON_NOUNS.has(left.base)) continue;
      const c = this.countryAt.get(k + 1);
      this.affiliationAfter = c && c.endToken === to ? c.code : undefined;
      this.processRun(from, k);
      this.affiliationAfter = undefined;
      this.processRun(k + 1, to);
      return;
    }
    let a = from;
    while (a < to && (NON_NAME_WORDS.has(tokens[a].base) || CONNECTORS.has(tokens[a].text))) a++;
    let b = to;
    while (b > a && CONNECTORS.has(tokens[b - 1].text)) b--;
    if (a < b && this.isCompetitionOrIndex(a, b)) return;
    if (a >= b) return;

    // The whole run is a well-known organisation, possibly after a country ("US State Department").
    let p = a;
    let runCountry: CountryMention | undefined;
    while (p < b) {
      const known = this.knownOrganisationAt(p, b);
      if (known && p + known.n === b) {
        this.addKnownOrganisation(known.org, tokens[p].start);
        return;
      }
      const c = this.countryAt.get(p);
      if (c && c.endToken <= b && c.endToken > p) {
        runCountry = runCountry ?? c;
        p = c.endToken;
      } else break;
    }

    if (this.nounsThenCountry(a, b)) {
      this.addRunOrganisation(a, b);
      return;
    }
    // "Ethiopian Minister of Water and Energy Habtamu Alemu": a title with its portfolio, then the name.
    const roleField = this.roleOfField(a, b);
    if (roleField) {
      if (roleField.end === b || !this.isPersonName(tokens.slice(roleField.end, b))) return;
      this.forcedRole = roleField;
    }
    for (let k = a + 1; k < b - 1 && !roleField; k++) {
      if (tokens[k].text === "and" && this.coveredByCountries(a, k)) {
        this.processRun(k + 1, b);
        return;
      }
    }
    // "state-owned miner Enami and China's Jinling New Energy": a body named only by the noun before it
    // ends at "and" when another name follows.
    const prevWord = tokens[a - 1];
    if (!roleField && prevWord && prevWord.kind === "word" && !prevWord.cap && isOrganisationPrecedingNoun(prevWord.text)) {
      for (let k = a + 1; k < b - 1; k++) {
        if (tokens[k].text !== "and") continue;
        if (ORGANISATION_HEADS.has(tokens[b - 1].base) && !tokens[k - 1].possessive && !this.countryAt.has(k + 1)) break;
        this.processRun(a, k);
        this.processRun(k + 1, b);
        return;
      }
    }
    if (!roleField && (this.isOrganisationRun(a, b) || this.employerAfterRoleAt(a, b))) {
      this.addRunOrganisation(a, b);
      return;
    }
    // "Lucknow and Jaipur", "Moscow and Pyongyang": two names, not one.
    for (let k = a + 1; k < b - 1 && !roleField; k++) {
      if (tokens[k].text === "and" || tokens[k].text === "&") {
        this.processRun(a, k);
        this.processRun(k + 1, b);
        return;
      }
    }

    // Split into pieces: organisations, countries, role words, then the name at the end.
    const pieces: Array<{ type: "org" | "country" | "role" | "name"; from: number; to: number; org?: KnownOrganisation; country?: CountryMention }> = [];
    p = a;
    while (p < b) {
      const known = this.knownOrganisationAt(p, b);
      if (known) {
        pieces.push({ type: "org", from: p, to: p + known.n, org: known.org });
        this.addKnownOrganisation(known.org, tokens[p].start);
        p += known.n;
        continue;
      }
      const c = this.countryAt.get(p);
      if (c && c.endToken <= b && c.endToken > p) {
        const personLike = c.endToken - p === 1 && PERSON_PRONE_COUNTRY_WORDS.has(tokens[p].base) && c.endToken < b && !tokens[p].possessive;
        if (!personLike) {
          pieces.push({ type: "country", from: p, to: c.endToken, country: c });
          p = c.endToken;
          continue;
        }
      }
      const lower = tokens[p].text.toLowerCase();
      const forced = this.forcedRole && p >= this.forcedRole.start && p < this.forcedRole.end;
      if (forced || ((ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower)) && !CONNECTORS.has(tokens[p].text) && !this.startsName(p, b))) {
        pieces.push({ type: "role", from: p, to: p + 1 });
        p++;
        continue;
      }
      const last = pieces[pieces.length - 1];
      if (last && last.type === "name" && last.to === p) last.to = p + 1;
      else pieces.push({ type: "name", from: p, to: p + 1 });
      p++;
    }

    this.forcedRole = null;
    const namePiece = pieces[pieces.length - 1];
    if (!namePiece || namePiece.type !== "name") return;
    const prefix = pieces.slice(0, -1);
    const nameTokens = tokens.slice(namePiece.from, namePiece.to);
    const appositive = prefix.length === 0 && b === to && tokens[b]?.text === "," ? this.titleAfter(b + 1) : null;
    if (appositive?.org) {
      // "Alpenbank, the Zurich-based private bank,": a body, with its base.
      const orgName = this.textOf(namePiece.from, namePiece.to);
      this.addCandidate("ORGANIZATION", orgName, null, appositive.country, 2, nameTokens[0].start);
      if (appositive.company) this.candidates.get(actorKey(orgName, "ORGANIZATION"))!.company = true;
      return;
    }
    if (!this.isPersonName(nameTokens, prefix.some((x) => x.type === "role"))) return;
    const roleIndex = prefix.findIndex((x) => x.type === "role" || x.type === "org");
    const hasRole = prefix.some((x) => x.type === "role" && ROLE_WORDS.has(tokens[x.from].text.toLowerCase()));
    if (nameTokens.length === 1 && !hasRole) {
      const word = nameTokens[0];
      this.bareWords.push({ text: word.base, start: word.start });
      const folded = foldText(word.base);
      const sentenceInitial = !tokens[a - 1] || /^[.!?"“”]$/.test(tokens[a - 1].text) || tokens[a - 1].paragraph !== word.paragraph;
      const accordingTo = tokens[a - 1]?.text === "to" && tokens[a - 2]?.text.toLowerCase() === "according";
      const commonWordStart = sentenceInitial && (/s$/.test(word.base) || LAST_NAMES.has(folded) || COMMON_WORDS.has(folded));
      if (prefix.length === 0 && (accordingTo || (this.speechVerbNear(-1, to) && !commonWordStart)) && !FIRST_NAMES.has(folded) && !PLACE_NAMES.has(folded) && !isDemonymWord(folded) && !isDateline(tokens, a)) {
        const owner = tokens[a - 1];
        const country = owner?.possessive && adjacent(this.body, owner, word) ? this.countryEndingAt(a - 1) : undefined;
        this.organisationGuesses.push({ text: word.base, start: word.start, country: country?.code && country.kind === "name" ? country.code : undefined });
      } else if (prefix.length === 0 && to === a + 1 && !FIRST_NAMES.has(folded) && !LAST_NAMES.has(folded) && !PLACE_NAMES.has(folded) && !COMMON_WORDS.has(folded)) {
        // "Brazil's Embraer", "Japan's Toyota": a country's single unknown name is mostly a company or body;
        // it is dropped later if it turns out to be a surname.
        const owner = tokens[a - 1];
        const country = owner?.possessive && adjacent(this.body, owner, word) ? this.countryEndingAt(a - 1) : undefined;
        if (country?.code && country.kind === "name") this.organisationGuesses.push({ text: word.base, start: word.start, country: country.code });
      }
      return;
    }

    const name = this.textOf(namePiece.from, namePiece.to);
    // Titles and affiliations from every place they may stand; the first real title wins over an honorific.
    const titles: Array<{ title: string | null; country: string | null | undefined; org?: boolean }> = [];
    let evidence = hasRole ? 2 : 0;
    const inRun: { title: string | null; country: string | null | undefined } = { title: null, country: undefined };
    for (const x of prefix) if (x.type === "country" && x.country?.code && inRun.country === undefined) inRun.country = x.country.code;
    if (roleIndex !== -1 && hasRole) {
      inRun.title = this.textOf(prefix[roleIndex].from, prefix[prefix.length - 1].to);
      for (const x of prefix.slice(roleIndex)) if (x.type === "org" && inRun.country === undefined) inRun.country = x.org!.country;
    }
    titles.push(inRun);
    // "Japan's Akane Hoshino", "Cardinal Tomasz Wójcik of Poland".
    const before = tokens[a - 1];
    const beforeCountry = before && before.possessive && adjacent(this.body, before, tokens[a]) ? this.countryEndingAt(a - 1) : undefined;
    if (beforeCountry?.code && prefix.length === 0) {
      titles.push({ title: null, country: beforeCountry.code });
      evidence += 1;
    }
    if (this.affiliationAfter) {
      titles.push({ title: null, country: this.affiliationAfter });
      evidence += 1;
    }
    if (this.basedCountry !== undefined) titles.push({ title: null, country: this.basedCountry });
    const titleBefore = prefix.length === 0 || !hasRole ? this.titleBefore(a - 1, false) : null;
    const preAppositive = tokens[from - 1]?.text === "," ? this.titleBefore(from - 2, true) ?? this.employerTitleBefore(from - 1) : null;
    for (const t of [titleBefore, preAppositive]) {
      if (t) {
        titles.push(t);
        evidence += 2;
      }
    }
    if (tokens[b]?.text === "," && b === to) {
      const after = this.titleAfter(b + 1);
      if (after?.org) {
        if (nameTokens.length >= 2) this.addCandidate("ORGANIZATION", name, null, undefined, 2, nameTokens[0].start);
        return;
      }
      if (after) {
        titles.push(after);
        if (after.title) evidence += 2;
      }
    }
    if (FIRST_NAMES.has(foldText(nameTokens[0].base))) evidence += 1;
    if (this.speechVerbNear(from - 1, to)) evidence += 1;
    if (nameTokens.length >= 2 && evidence === 0) {
      // Two capitalised words with no other sign: keep them for later surname matches only.
      this.addCandidate("PERSON", name, null, undefined, 0, nameTokens[0].start);
      return;
    }
    const place = this.sentenceOpeningPlace(a);
    if (place) titles.push({ title: null, country: place });
    const real = titles.find((t) => t.title && !isHonorific(t.title));
    const title = real?.title ?? titles.find((t) => t.title)?.title ?? null;
    let country = titles.find((t) => t.country !== undefined)?.country;
    // "Sudan's delegation was led by Irrigation Minister Omar Babiker": an office-holder with no country of
    // their own belongs to the one country the sentence names as an owner before them.
    if (country === undefined && title && GOVERNMENT_ROLE.test(title)) country = this.ownerCountryInSentence(a);
    if (country === undefined && title && !isHonorific(title)) country = this.subjectCountryOfSentence(a);
    this.addCandidate("PERSON", name, title, country, evidence, nameTokens[0].start);
    const employer = (titles.find((t) => (t as { employer?: string }).employer) as { employer?: string } | undefined)?.employer;
    const person = this.candidates.get(actorKey(name, "PERSON"));
    if (person && employer && !person.employer) person.employer = employer;
  }

  /** The single country a sentence names as a possessor ("Sudan's delegation") before token `at`. */
  private ownerCountryInSentence(at: number): string | undefined {
    const { tokens } = this;
    let found: string | undefined;
    for (let j = at - 1; j >= 0 && at - j < 40; j--) {
      const t = tokens[j];
      if (t.paragraph !== tokens[at].paragraph || /^[.!?]$/.test(t.text)) break;
      const c = this.countryAt.get(j);
      if (!c?.code || c.kind === "seat" || c.kind === "city") continue;
      const owner = tokens[c.endToken - 1].possessive && c.kind === "name";
      if (!owner) continue;
      if (found && found !== c.code) return undefined;
      found = c.code;
    }
    return found;
  }

  /**
   * "Its representative in Jakarta, Dr. Ana Lima, said": a title owned by "its" belongs to the organisation
   * named last, and so does the affiliation (none for an international body).
   */
  private employerTitleBefore(comma: number): { title: string; country: string | null | undefined } | null {
    const { tokens } = this;
    for (let j = comma - 1; j >= 0 && j >= comma - 8; j--) {
      const t = tokens[j];
      if (t.kind === "punct" || t.paragraph !== tokens[comma].paragraph) return null;
      if (!/^(?:its|their)$/i.test(t.text)) continue;
      const role = tokens[j + 1];
      if (!role || !ROLE_WORDS.has(role.text.toLowerCase()) || !this.lastOrganisation) return null;
      return { title: this.textOf(j + 1, comma), country: this.lastOrganisation.country };
    }
    return null;
  }

  /**
   * "New Zealand had earlier made 286, with captain Blair Hendry top-scoring": a country that opens the sentence as
   * its subject (name, then a lower-case verb) is the side a titled person later in that sentence belongs to.
   */
  private subjectCountryOfSentence(at: number): string | undefined {
    const { tokens } = this;
    let s = at;
    while (s > 0 && tokens[s - 1].paragraph === tokens[at].paragraph && !/^[.!?]$/.test(tokens[s - 1].text)) s--;
    const c = this.countryAt.get(s);
    if (!c?.code || c.kind !== "name" || c.endToken >= at || tokens[c.endToken - 1].possessive) return undefined;
    const verb = tokens[c.endToken];
    return verb && verb.kind === "word" && !verb.cap && !CONNECTORS.has(verb.text) ? c.code : undefined;
  }

  /** "In Berlin, Digital Minister Karsten Vogt said …": the place a sentence opens with. */
  private sentenceOpeningPlace(at: number): string | undefined {
    const { tokens } = this;
    let s = at;
    while (s > 0 && tokens[s - 1].paragraph === tokens[at].paragraph && !/^[.!?]$/.test(tokens[s - 1].text)) s--;
    if (tokens[s]?.text !== "In") return undefined;
    const c = this.countryAt.get(s + 1);
    return c?.code && tokens[c.endToken]?.text === "," ? c.code : undefined;
  }

  /** The country mention covering the "-based" token at k (from `from` on), whether or not it starts there. */
  private placeEndingIn(k: number, from: number): CountryMention | undefined {
    for (const c of this.input.countryMentions) if (c.firstToken >= from && c.firstToken <= k && c.endToken === k + 1) return c;
    return undefined;
  }

  private countryEndingAt(k: number): CountryMention | undefined {
    for (const c of this.input.countryMentions) if (c.endToken === k + 1) return c;
    return undefined;
  }

  /** The token at p begins a person's name rather than a title ("Major" as a given name is rare; "Chief" never). */
  private startsName(p: number, b: number): boolean {
    const t = this.tokens[p];
    if (this.givenNameAfterTitle(p, b)) return true;
    return b - p >= 2 && FIRST_NAMES.has(foldText(t.text)) && !ROLE_WORDS.has(this.tokens[p + 1].text.toLowerCase()) && !TITLE_MODIFIERS.has(t.text.toLowerCase());
  }

  /** "coach Dean Harlow": a capitalised role word (not a rank) between a lower-case title and a surname is a given name. */
  private givenNameAfterTitle(p: number, b: number): boolean {
    const { tokens } = this;
    const t = tokens[p];
    const title = tokens[p - 1];
    if (b - p !== 2 || !title || title.kind !== "word" || title.cap || !ROLE_WORDS.has(title.text) || !adjacent(this.body, title, t)) return false;
    const next = tokens[p + 1];
    return !HONORIFICS.has(t.text.toLowerCase()) && !RANKS.has(t.text.toLowerCase()) && !ROLE_WORDS.has(next.text.toLowerCase()) && !TITLE_MODIFIERS.has(next.text.toLowerCase());
  }

  private isPersonName(nameTokens: Token[], afterRole = false): boolean {
    if (nameTokens.length > 5) return false;
    const words = nameTokens.filter((t) => !CONNECTORS.has(t.text));
    if (words.length === 0) return false;
    if (NAME_BLOCKING_FIRST_WORDS.has(words[0].base)) return false;
    const last = words[words.length - 1];
    // "José Luis Garza de León": a surname may be a place too when a given name opens a long name.
    const longGivenName = words.length >= 3 && FIRST_NAMES.has(foldText(words[0].base));
    if (words.length > 1 && (NON_PERSON_NOUNS.has(last.base) || (PLACE_NAMES.has(foldText(last.base)) && !longGivenName))) return false;
    for (const t of words) {
      if (t !== words[0] && /^(?:II|III|IV|V|VI|VII|VIII|IX|X|Jr\.?|Sr\.?)$/.test(t.base)) continue;
      if ((NON_NAME_WORDS.has(t.base) && !(afterRole && t === words[0] && words.length > 1)) || MONTH_WORDS.has(t.base.toLowerCase())) return false;
      if (ORGANISATION_HEADS.has(t.base)) return false;
      if (t.base.length > 1 && t.base === t.base.toUpperCase() && !/\.$/.test(t.base)) return false; // acronym
      if (/\d/.test(t.base)) return false;
    }
    return true;
  }

  private isOrganisationRun(a: number, b: number): boolean {
    const { tokens } = this;
    const last = tokens[b - 1];
    const allCountry = this.coveredByCountries(a, b);
    if (allCountry) return false;
    // "Cyclone Mele, which …", "Mount Kenya": storms and places are not bodies.
    if (EVENT_FIRST_WORDS.has(tokens[a].base) && !ORGANISATION_HEADS.has(last.base)) return false;
    if (b - a >= 2 && ORGANISATION_HEADS.has(last.base)) return true;
    for (let k = a; k < b - 2; k++) {
      if ((ORGANISATION_HEADS.has(tokens[k].base) || isOrganisationOfWord(tokens, k, a)) && (tokens[k + 1].text === "of" || tokens[k + 1].text === "for")) return true;
      if (tokens[k + 1].text === "&") return true;
    }
    // "Instituto Clima Aberto", "Banco do Brasil": a head in another language, wherever it stands.
    if (b - a >= 2) for (let k = a; k < b; k++) if (FOREIGN_ORGANISATION_HEADS.has(tokens[k].base) && tokens[k].base !== "Organisation") return true;
    // "the state utility, Agua y Drenaje del Norte, approved": an organisation noun before an appositive name.
    if (tokens[a - 1]?.text === "," && tokens[b]?.text === "," && this.organisationNounBefore(a - 2) && !this.coveredByCountries(a, b)) return true;
    if (isAcronym(tokens[a]) && !this.countryAt.has(a) && !this.knownOrganisationAt(a, a + 1)) {
      if (b - a === 1) return !this.isPlaceWord(tokens[a]);
      if (b - a === 2 && (this.countryAt.has(a + 1) || PLACE_NAMES.has(foldText(tokens[a + 1].base)))) return true;
    }
    const prev = tokens[a - 1];
    if (prev && prev.kind === "word" && !prev.cap && isOrganisationPrecedingNoun(prev.text) && adjacent(this.body, prev, tokens[a]) && !(b - a === 1 && FIRST_NAMES.has(foldText(tokens[a].base)))) return true;
    const next = tokens[b];
    if (next && !last.possessive && next.kind === "word" && adjacent(this.body, last, next)) {
      // "the Civic Renewal party", "the Ifop polling institute"
      const after = tokens[b + 1];
      const trailing = ORGANISATION_TRAILING_NOUNS.has(next.text) || (!next.cap && after && ORGANISATION_TRAILING_NOUNS.has(after.text) && adjacent(this.body, next, after) && /(?:ing|al|ic)$/.test(next.text));
      if (trailing) return !this.allRoleWords(a, b);
    }
    // "Universities Australia, which represents …": people take "who".
    if (next?.text === "," && tokens[b + 1]?.text === "which" && b - a >= 2 && !this.coveredByCountries(a, b) && !/\d/.test(this.textOf(a, b))) {
      return !this.allRoleWords(a, b) && !/^(?:city|town|village|region|province|state|district)$/.test(tokens[a - 2]?.text ?? "");
    }
    return false;
  }

  /** "analysts at Desjardins", "an economist at Nomura": a name after a role noun and "at" is the employer. */
  private employerAfterRoleAt(a: number, b: number): boolean {
    const { tokens } = this;
    const at = tokens[a - 1];
    const role = tokens[a - 2];
    if (at?.text !== "at" || !role || role.kind !== "word" || !adjacent(this.body, role, at) || !adjacent(this.body, at, tokens[a])) return false;
    const lower = role.text.toLowerCase();
    const singular = lower.replace(/(?<=[^s])s$/, "");
    if (!ROLE_WORDS.has(singular) || AUDIENCE_WORDS.has(singular)) return false;
    const first = foldText(tokens[a].base);
    if (FIRST_NAMES.has(first) || PLACE_NAMES.has(first) || this.coveredByCountries(a, b) || this.countryAt.has(a)) return false;
    return !NON_NAME_WORDS.has(tokens[a].base) && !NAME_BLOCKING_FIRST_WORDS.has(tokens[a].base);
  }

  /**
   * "Statistics South Africa", "Minerals Council South Africa", "Cricket Australia": one to three common nouns
   * written before a country's name make a national body's name.
   */
  private nounsThenCountry(a: number, b: number): boolean {
    const { tokens } = this;
    const c = this.countryEndingAt(b - 1);
    if (!c?.code || c.kind !== "name" || c.firstToken <= a || c.firstToken - a > 3) return false;
    for (let k = a; k < c.firstToken; k++) if (!this.isCommonNounWord(tokens[k])) return false;
    return true;
  }

  /** A capitalised word that is an ordinary noun here, not a name, title, place, people or adjective. */
  private isCommonNounWord(t: Token): boolean {
    const folded = foldText(t.base);
    const lower = t.text.toLowerCase();
    if (!t.cap || t.possessive || t.base === t.base.toUpperCase() || /(?:ing|ed|ern|al|ic|ous|ive|ful|less|ary)$/.test(lower)) return false;
    if (ORGANISATION_HEADS.has(t.base)) return true;
    if (FIRST_NAMES.has(folded) || LAST_NAMES.has(folded) || PLACE_NAMES.has(folded) || NAME_BLOCKING_FIRST_WORDS.has(t.base) || NON_NAME_WORDS.has(t.base) || MONTH_WORDS.has(lower)) return false;
    if (ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) || COUNTRY_SURFACES.has(t.base) || CONNECTORS.has(t.text)) return false;
    const tags = COMMON_WORDS_TAGS.get(folded) ?? "";
    return !/\b(?:Adjective|Demonym|Verb|PastTense|Determiner|Preposition|Conjunction|Adverb)\b/.test(tags);
  }

  /** "Champions League", "the DAX index", "FTSE 100": competitions and market indices are not bodies. */
  private isCompetitionOrIndex(a: number, b: number): boolean {
    const { tokens } = this;
    const text = this.textOf(a, b);
    const next = tokens[b];
    const numberAfter = next && next.kind !== "word" && /^\d+$/.test(next.text) && adjacent(this.body, tokens[b - 1], next) ? ` ${next.text}` : "";
    if (STOCK_INDICES.has(text) || (numberAfter && STOCK_INDICES.has(text + numberAfter))) return true;
    if (next && !tokens[b - 1].possessive && /^(?:index|indices|indexes)$/.test(next.text) && adjacent(this.body, tokens[b - 1], next) && b - a <= 3) return true;
    const last = tokens[b - 1].base;
    return b - a >= 2 && COMPETITION_HEADS.has(last) && COMPETITION_FIRST_WORDS.has(tokens[b - 2].base);
  }

  /** "the local employers' federation," / "the state utility,": an organisation noun ending at token k. */
  private organisationNounBefore(k: number): boolean {
    const { tokens } = this;
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.cap || !(ORGANISATION_APPOSITIVES.has(t.text) || isOrganisationPrecedingNoun(t.text))) return false;
    // The noun phrase must open with a determiner or a possessive ("the", "its", "Peru's").
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      const w = tokens[j];
      if (w.kind === "punct" && w.text !== "’" && w.text !== "'") return false;
      if (DETERMINERS.has(w.text.toLowerCase()) || w.possessive) return true;
    }
    return false;
  }

  /** An all-capitals place written as a dateline ("ATLANTA —") or a known place. */
  private isPlaceWord(t: Token): boolean {
    const folded = foldText(t.base);
    if (PLACE_NAMES.has(folded)) return true;
    const titleCase = t.base[0] + t.base.slice(1).toLowerCase();
    return COUNTRY_SURFACES.has(titleCase);
  }

  private coveredByCountries(a: number, b: number): boolean {
    let p = a;
    while (p < b) {
      const c = this.countryAt.get(p);
      if (!c || c.endToken > b) return false;
      p = c.endToken;
    }
    return true;
  }

  private allRoleWords(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const lower = this.tokens[k].text.toLowerCase();
      if (!ROLE_WORDS.has(lower) && !TITLE_MODIFIERS.has(lower) && !CONNECTORS.has(lower)) return false;
    }
    return true;
  }

  private addRunOrganisation(a: number, b: number): void {
    const { tokens } = this;
    let name = this.textOf(a, b);
    let country: string | null | undefined;
    for (let k = a; k < b; k++) {
      const c = this.countryAt.get(k);
      if (c && c.code && c.endToken <= b) {
        country = c.code;
        break;
      }
    }
    // "China's Foreign Ministry" -> "Chinese Foreign Ministry", country CN.
    const prev = tokens[a - 1];
    if (prev && prev.possessive && adjacent(this.body, prev, tokens[a])) {
      const c = this.countryAt.get(a - 1) ?? this.countryEndingAt(a - 1);
      if (c?.code) {
        country = country ?? c.code;
        const adjective = demonymOf(c.code);
        // Only a state body takes the country into its name ("Chinese Foreign Ministry", not "Chinese Jinling").
        if (adjective && c.kind === "name" && STATE_BODY_HEADS.has(last(tokens, b).base)) name = `${adjective} ${name}`;
      }
    }
    if (country === undefined) country = this.basedCountry ?? this.basedBefore(a) ?? this.demonymBeforeNoun(a);
    if (country === undefined && INTERNATIONAL_NAME.test(name)) country = null;
    this.addCandidate("ORGANIZATION", name, null, country, 2, tokens[a].start);
    const lead = tokens[a - 1];
    const introducedAsBusiness = !!lead && lead.kind === "word" && !lead.cap && (COMPANY_NOUNS.has(lead.text) || /(?:maker|builder)s?$/.test(lead.text));
    if (introducedAsBusiness || COMPANY_HEADS.has(tokens[b - 1].base) || (this.basedCountry !== undefined && b - a === 1)) this.candidates.get(actorKey(name, "ORGANIZATION"))!.company = true;
    if (prev && name !== this.textOf(a, b)) this.candidates.get(actorKey(name, "ORGANIZATION"))!.surfaces.add(this.body.slice(prev.start, tokens[b - 1].end));
  }

  /** "German car-maker Velmar", "US miner Albemarle": a country word before the noun that introduces a body. */
  private demonymBeforeNoun(a: number): string | undefined {
    const { tokens } = this;
    const noun = tokens[a - 1];
    if (!noun || noun.kind !== "word" || noun.cap || !isOrganisationPrecedingNoun(noun.text)) return undefined;
    for (let j = a - 2; j >= 0 && j >= a - 5; j--) {
      const t = tokens[j];
      if (t.kind === "punct" || DETERMINERS.has(t.text.toLowerCase())) return undefined;
      const c = this.countryEndingAt(j);
      if (c?.code && (c.kind === "demonym" || c.kind === "name") && !tokens[j].possessive) return c.code;
      if (t.cap) return undefined;
    }
    return undefined;
  }

  /** "the Lima-based consultancy Macroandina": a base a few words before the name. */
  private basedBefore(a: number): string | null | undefined {
    const { tokens } = this;
    for (let j = a - 1; j >= 0 && j >= a - 3; j--) {
      const t = tokens[j];
      if (t.kind === "punct") return undefined;
      if (/-based$/i.test(t.text)) return this.countryAt.get(j)?.code ?? undefined;
    }
    return undefined;
  }

  private addKnownOrganisation(org: KnownOrganisation, start: number): void {
    this.addCandidate("ORGANIZATION", org.name, null, org.country, 3, start);
  }

  private knownOrganisationAt(p: number, limit: number): { org: KnownOrganisation; n: number } | null {
    const { tokens } = this;
    let key = "";
    let found: { org: KnownOrganisation; n: number } | null = null;
    for (let n = 1; n <= KNOWN_ORGANISATION_MAX_WORDS && p + n <= limit; n++) {
      const t = tokens[p + n - 1];
      if (n > 1 && (!adjacent(this.body, tokens[p + n - 2], t) || (tokens[p + n - 2].possessive && !IRREGULAR_PLURALS.has(tokens[p + n - 2].base)))) break;
      const prefix = key;
      key = n === 1 ? t.text : key + " " + t.text;
      const org = KNOWN_ORGANISATIONS.get(key) ?? (t.possessive ? KNOWN_ORGANISATIONS.get((n === 1 ? "" : prefix + " ") + t.base) : undefined);
      if (org) found = { org, n };
    }
    return found;
  }

  // ---------------------------------------------------------------- titles around a name

  /**
   * A title phrase ending at token `end` ("Pentagon spokesman", "the European Union's foreign policy chief").
   * With `clauseStart`, the phrase must open its clause (sentence start, comma or determiner before it).
   */
  private titleBefore(end: number, clauseStart: boolean): { title: string; country: string | null | undefined; employer?: string } | null {
    const { tokens } = this;
    let last = tokens[end];
    let phraseEnd = end;
    // "head of cybercrime", "minister for trade": a role word with its field after it.
    // "Minister of Water and Energy": capitalised portfolio words after the role.
    {
      let j = end;
      while (j > end - 8 && j > 1 && tokens[j]) {
        const w = tokens[j].text;
        const field = FIELD_WORDS.has(w.toLowerCase());
        const joiner = j < end && (/^(?:and|&|the)$/.test(w) || (/^(?:of|for)$/.test(w) && FIELD_WORDS.has(tokens[j - 1].text.toLowerCase()) && !ROLE_WORDS.has(tokens[j - 1].text.toLowerCase())));
        if (!field && !joiner) break;
        j--;
      }
      if (j < end && /^(?:of|for)$/.test(tokens[j]?.text ?? "") && tokens[j - 1] && ROLE_WORDS.has(tokens[j - 1].text.toLowerCase()) && FIELD_WORDS.has(tokens[j + 1]?.text.toLowerCase() ?? "")) {
        end = j - 1;
        last = tokens[end];
      }
    }
    for (const back of [2, 3]) {
      const role = tokens[end - back];
      if (last && !ROLE_WORDS.has(last.text.toLowerCase()) && role && ROLE_WORDS.has(role.text.toLowerCase()) && /^(?:of|for)$/.test(tokens[end - back + 1]?.text ?? "")) {
        end -= back;
        last = tokens[end];
        break;
      }
    }
    if (!last || last.kind !== "word" || !ROLE_WORDS.has(last.text.toLowerCase())) return null;
    let start = end;
    while (start - 1 >= 0 && end - start < 7) {
      const t = tokens[start - 1];
      if (!adjacent(this.body, t, tokens[start])) break;
      const lower = t.text.toLowerCase();
      const usable =
        t.kind === "word" &&
        !DETERMINERS.has(lower) &&
        !NON_NAME_WORDS.has(t.base) &&
        (ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) || t.cap || t.possessive || /^\d+-year-old$/.test(lower));
      if (!usable) break;
      start--;
    }
    if (clauseStart) {
      const before = tokens[start - 1];
      const opens = !before || before.kind === "punct" || DETERMINERS.has(before.text.toLowerCase()) || NON_NAME_WORDS.has(before.base) || before.paragraph !== tokens[start].paragraph;
      if (!opens) return null;
    }
    // A leading demonym or country is the affiliation, not part of the title ("Russian President").
    let country: string | null | undefined;
    let from = start;
    while (from <= end) {
      const c = this.countryAt.get(from);
      if (c && c.endToken <= end && c.code !== undefined && c.kind !== "seat") {
        if (c.code && country === undefined) country = c.code;
        if (tokens[c.endToken - 1].possessive || c.kind === "demonym" || c.kind === "name") {
          from = c.endToken;
          continue;
        }
      }
      break;
    }
    const phraseCountry = this.affiliationIn(start, end + 1);
    if (country === undefined) country = phraseCountry;
    // "their English forward": a nationality the country lexicon leaves out (it names a language too).
    for (let k = start; k <= end && country === undefined; k++) country = TITLE_DEMONYMS.get(tokens[k].text);
    if (from > end) return null;
    const employer = this.registerEmployer(from, end) ?? this.knownEmployerIn(from, end);
    return { title: this.textOf(from, phraseEnd + 1), country, employer };
  }

  /** "Bushveld Platinum chief executive …": capitalised words leading a title name the employer. */
  private registerEmployer(from: number, end: number): string | undefined {
    const { tokens } = this;
    let k = from;
    while (k < end && tokens[k].cap && !tokens[k - 1]?.possessive) {
      const lower = tokens[k].text.toLowerCase();
      if (ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) || this.countryAt.has(k) || TITLE_DEMONYMS.has(tokens[k].text) || this.knownOrganisationAt(k, k + 1) || NON_NAME_WORDS.has(tokens[k].base)) break;
      k++;
      if (tokens[k - 1].possessive) break;
    }
    if (k === from || this.jurisdictionOwner(k - 1, end)) return undefined;
    // "Cybersecurity expert Julien Roux": a lone word opening the sentence is an employer only if named again.
    const prev = tokens[from - 1];
    const sentenceInitial = !prev || prev.paragraph !== tokens[from].paragraph || /^[.!?"“”]$/.test(prev.text);
    if (k - from === 1 && sentenceInitial && findWord(this.body, tokens[from].base).length < 2) return undefined;
    // "Democratic", "Republican": an adjective, not an employer ("Arsenal", a noun, is one).
    if (k - from === 1 && /(?:ic|an|al|ist|ive)$/.test(tokens[from].base) && COMMON_WORDS_TAGS.get(foldText(tokens[from].base)) !== "Singular") return undefined;
    const name = this.textOf(from, k);
    this.addCandidate("ORGANIZATION", name, null, undefined, 1, tokens[from].start);
    return actorKey(name, "ORGANIZATION");
  }

  /** "Victoria's Premier", "Ontario's governor": the possessor of a head-of-government title is a place, not an employer. */
  private jurisdictionOwner(owner: number, roleEnd: number): boolean {
    return this.tokens[owner].possessive && JURISDICTION_ROLES.has(this.tokens[roleEnd].text.toLowerCase());
  }

  /** "Arsenal goalkeeper": a well-known body inside a title. */
  private knownEmployerIn(from: number, end: number): string | undefined {
    for (let k = from; k <= end; k++) {
      const known = this.knownOrganisationAt(k, end + 1);
      if (known) return actorKey(known.org.name, "ORGANIZATION");
    }
    return undefined;
  }

  /** A title after the name: "Patrick Ryder, the Pentagon spokesman," / "Nino Beridze, a 24-year-old student who". */
  private titleAfter(start: number): { title: string | null; country: string | null | undefined; org?: boolean; company?: boolean } | null {
    const { tokens } = this;
    let p = start;
    if (tokens[p] && DETERMINERS.has(tokens[p].text.toLowerCase())) p++;
    const from = p;
    let hasRole = false;
    let orgNoun = false;
    let company = false;
    let based: string | undefined;
    while (p < tokens.length && p - from < 10) {
      const t = tokens[p];
      const attachedApostrophe = (t.text === "’" || t.text === "'") && tokens[p - 1]?.end === t.start;
      if (t.kind === "punct" && t.text !== "-" && !attachedApostrophe) break;
      if (t.paragraph !== tokens[start].paragraph) break;
      if (APPOSITIVE_STOP.has(t.text)) break;
      if (ROLE_WORDS.has(t.text.toLowerCase())) hasRole = true;
      // "Julien Roux, of the Paris-based firm Sentinelle Conseil,": "of" names the employer, not the name.
      if ((ORGANISATION_APPOSITIVES.has(t.text) || t.text === "bank") && !hasRole && p - from <= 5 && tokens[start]?.text !== "of") orgNoun = true;
      if (COMPANY_NOUNS.has(t.text) || /(?:maker|builder)s?$/.test(t.text)) company = true;
      if (/-based$/i.test(t.text)) based = this.countryAt.get(p)?.code ?? undefined;
      p++;
    }
    if (hasRole) orgNoun = false;
    if (p === from) return null;
    // An appositive ends at punctuation or a relative pronoun; "X, the ministry said" is a new clause.
    const end = tokens[p];
    const secondTitle = end?.text === "and" && /^(?:a|an)$/.test(tokens[p + 1]?.text ?? "") && hasRole;
    const closes = !end || end.kind === "punct" || end.paragraph !== tokens[start].paragraph || /^(?:who|which|whose|that)$/.test(end.text) || secondTitle;
    if (!closes) return null;
    if (orgNoun) return { title: null, country: based, org: true, company };
    let country = this.affiliationIn(from, p);
    // "…, the bloc's trade commissioner and a former Nigerian customs chief,": the second title may say the country.
    if (country === undefined && tokens[p]?.text === "and" && /^(?:a|an|the)$/.test(tokens[p + 1]?.text ?? "")) {
      let q = p + 2;
      while (q < tokens.length && q - p < 10 && tokens[q].kind !== "punct" && !APPOSITIVE_STOP.has(tokens[q].text)) q++;
      if (tokens[q]?.kind === "punct" && [...Array(q - p - 2).keys()].some((i) => ROLE_WORDS.has(tokens[p + 2 + i].text.toLowerCase()))) country = this.affiliationIn(p + 2, q);
    }
    if (!hasRole) return country === undefined ? null : { title: null, country };
    return { title: this.textOf(from, p), country };
  }

  /** Country named inside tokens [from, to): a country word, or an organisation with a known seat. */
  private affiliationIn(from: number, to: number): string | null | undefined {
    for (let k = from; k < to; k++) {
      const c = this.countryAt.get(k);
      if (c && c.code) return c.code;
      const known = this.knownOrganisationAt(k, to);
      if (known) return known.org.country;
    }
    return undefined;
  }

  private speechVerbNear(before: number, after: number): boolean {
    const { tokens } = this;
    const prev = tokens[before];
    if (prev && SPEECH_VERBS.has(prev.text)) return true;
    let k = after;
    while (tokens[k] && /ly$/.test(tokens[k].text) && tokens[k].kind === "word") k++;
    return !!tokens[k] && SPEECH_VERBS.has(tokens[k].text);
  }

  // ---------------------------------------------------------------- "the South Korean foreign ministry"

  scanGovernmentBodies(): void {
    const { tokens } = this;
    for (const c of this.input.countryMentions) {
      if (!c.code || c.kind === "seat") continue;
      const lastCountryToken = tokens[c.endToken - 1];
      if ((c.kind === "name" || c.kind === "capital") && !lastCountryToken.possessive) continue;
      if (this.input.headingParagraphs.has(lastCountryToken.paragraph)) continue;
      const determiner = tokens[c.firstToken - 1]?.text.toLowerCase();
      if (determiner === "a" || determiner === "an") continue;
      let p = c.endToken;
      const words: string[] = [];
      while (p < tokens.length && words.length < 3 && adjacent(this.body, tokens[p - 1], tokens[p])) {
        let w = tokens[p].text;
        // "bishops’ conference": a plural possessive is split off by the tokenizer.
        const next = tokens[p + 1];
        if (next && (next.text === "’" || next.text === "'") && next.start === tokens[p].end) {
          w += "'";
          p++;
        }
        const needsModifier = GOVERNMENT_BODY_HEADS.get(w);
        if (needsModifier !== undefined && (!needsModifier || words.length > 0)) {
          // "FINMA, the Swiss financial regulator" / "Japan's space agency JAXA": the proper name is the actor.
          const after = tokens[p + 1]?.text === "," ? tokens[p + 2] : tokens[p + 1];
          const beforeBody = tokens[c.firstToken - 1]?.text.toLowerCase() === "the" ? tokens[c.firstToken - 2] : tokens[c.firstToken - 1];
          const named = (t: Token | undefined) => !!t && t.kind === "word" && t.cap && !NON_NAME_WORDS.has(t.base) && !this.countryAt.has(t === after ? p + (tokens[p + 1]?.text === "," ? 2 : 1) : -1);
          if ((after && isAcronym(after) && named(after)) || (beforeBody?.text === "," && isAcronym(tokens[c.firstToken - 2 - (tokens[c.firstToken - 1]?.text.toLowerCase() === "the" ? 1 : 0)] ?? tokens[0]))) break;
          const adjective = c.kind === "demonym" ? c.surface : demonymOf(c.code) ?? c.surface;
          const name = [adjective, ...words, w].join(" ");
          this.addCandidate("ORGANIZATION", name, null, c.code, 2, c.start);
          this.candidates.get(actorKey(name, "ORGANIZATION"))!.surfaces.add(this.body.slice(c.start, tokens[p].end));
          break;
        }
        if (!GOVERNMENT_BODY_MODIFIERS.has(w.toLowerCase()) || (tokens[p].cap && words.length > 0)) break;
        words.push(w);
        p++;
      }
    }
  }

  /** "the mines ministry said": a named ministry of the country the article is about. */
  scanDefiniteMinistries(): void {
    const re = /\b[Tt]he ((?:[a-z]+ ){1,2})(ministry|agency|regulator)\b/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.body)) !== null) {
      const words = m[1].trim().split(" ");
      if (!words.every((w) => GOVERNMENT_BODY_MODIFIERS.has(w)) || words.includes("state") || words.includes("national")) continue;
      const start = m.index + 4;
      const paragraph = this.body.slice(0, start).split("\n\n").length - 1;
      if (this.input.headingParagraphs.has(paragraph)) continue;
      const name = `${words.join(" ")} ${m[2]}`;
      this.addCandidate("ORGANIZATION", name, null, undefined, 2, start);
    }
  }

  // ---------------------------------------------------------------- merging and counting

  private addCandidate(kind: ActorKind, name: string, title: string | null, country: string | null | undefined, evidence: number, at: number): void {
    const key = actorKey(name, kind);
    const existing = this.candidates.get(key);
    if (existing) {
      if (kind === "ORGANIZATION") this.lastOrganisation = existing;
      existing.evidence += evidence;
      existing.title = existing.title ?? title;
      if (existing.country === undefined) existing.country = country;
      return;
    }
    this.candidates.set(key, { kind, name, title, country, evidence, firstSeen: at, surfaces: new Set([name]) });
    if (kind === "ORGANIZATION") this.lastOrganisation = this.candidates.get(key)!;
  }

  finish(): ActorExtraction {
    const people = [...this.candidates.values()].filter((c) => c.kind === "PERSON");
    const multi = people.filter((c) => c.name.includes(" "));

    // Surnames used alone ("Ryder said") and single-name titles ("President Biden") join the full name.
    const bySurname = new Map<string, Candidate[]>();
    for (const person of multi) {
      const parts = person.name.split(" ");
      const surname = foldText(parts[parts.length - 1]);
      bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
      const given = foldText(parts[0]);
      if (!FIRST_NAMES.has(given) && parts.length >= 2 && !bySurname.has(given)) bySurname.set(given, [person]);
    }
    for (const single of people.filter((c) => !c.name.includes(" "))) {
      const owners = bySurname.get(foldText(single.name));
      if (owners && owners.length === 1) this.absorbPerson(owners[0], single);
    }
    // "Quispe Salas" after "Raúl Quispe Salas": a two-part surname used alone.
    for (const short of multi) {
      const owners = multi.filter((o) => o !== short && o.name.endsWith(" " + short.name));
      if (owners.length !== 1 || !this.candidates.has(actorKey(short.name, "PERSON"))) continue;
      this.absorbPerson(owners[0], short);
    }
    const byGivenName = new Map<string, Candidate[]>();
    for (const person of multi) {
      const given = foldText(person.name.split(" ")[0]);
      byGivenName.set(given, [...(byGivenName.get(given) ?? []), person]);
    }
    // "Lula" for "Luiz Inácio Lula da Silva": any inner part of one person's name.
    const byInnerName = new Map<string, Candidate[]>();
    for (const person of multi) {
      const parts = person.name.split(" ").filter((w) => !CONNECTORS.has(w));
      for (const part of parts.slice(1, -1)) byInnerName.set(foldText(part), [...(byInnerName.get(foldText(part)) ?? []), person]);
    }
    for (const bare of this.bareWords) {
      // Family names come first in Chinese, Korean and Vietnamese names ("Nguyễn said").
      const folded = foldText(bare.text);
      const owners = bySurname.get(folded) ?? byGivenName.get(folded) ?? byInnerName.get(folded);
      if (owners && owners.length === 1) {
        owners[0].surfaces.add(bare.text);
        owners[0].evidence += 1;
      }
    }

    for (const guess of this.organisationGuesses) {
      const folded = foldText(guess.text);
      if (bySurname.has(folded) || byGivenName.has(folded)) continue;
      this.addCandidate("ORGANIZATION", guess.text, null, guess.country, 1, guess.start);
    }
    const orgs = [...this.candidates.values()].filter((c) => c.kind === "ORGANIZATION");
    const personWords = new Set<string>();
    for (const c of this.candidates.values()) if (c.kind === "PERSON" && c.evidence > 0) for (const s of c.surfaces) for (const w of s.split(" ")) personWords.add(foldText(w));
    for (const org of orgs) {
      // "Kitaboshi" after "Kitaboshi Semiconductor" is the same body; "Kessler's lawyer" names a person, not an employer.
      const longer = orgs.find((o) => o !== org && o.name.startsWith(org.name + " ") && !org.name.includes(" ")) ?? this.fullNameEndingWithHead(orgs, org);
      if (longer) {
        longer.surfaces.add(org.name);
        this.candidates.delete(actorKey(org.name, "ORGANIZATION"));
      } else if (org.evidence <= 1 && !org.name.includes(" ") && personWords.has(foldText(org.name))) {
        this.candidates.delete(actorKey(org.name, "ORGANIZATION"));
      }
    }
    // "The State Committee for National Security, known by its acronym GKNB," / "…, known as ECOWAS": an alias.
    KNOWN_AS_RE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = KNOWN_AS_RE.exec(this.body)) !== null; ) {
      const before = this.body.slice(Math.max(0, m.index - 200), m.index).replace(/,?\s*(?:(?:also|widely|commonly|locally|better)\s+)?$/, "");
      const alias = m[1].replace(/\.$/, "");
      const owner = [...this.candidates.values()].filter((c) => before.endsWith(c.name)).sort((x, y) => y.name.length - x.name.length)[0];
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
    this.nameBeforeAcronyms();
    // "National Institute for Space Research (INPE)": the abbreviation is an alias, not a second body.
    for (const org of [...this.candidates.values()].filter((c) => c.kind === "ORGANIZATION" && !c.name.includes(" "))) {
      const at = this.body.indexOf(`(${org.name})`);
      if (at <= 0) continue;
      const before = this.body.slice(0, at).trimEnd();
      const owner = [...this.candidates.values()].find((c) => c !== org && c.kind === "ORGANIZATION" && before.endsWith(c.name));
      if (owner) {
        owner.surfaces.add(org.name);
        this.candidates.delete(actorKey(org.name, "ORGANIZATION"));
      }
    }
    this.employerCountries();
    const orgNames = new Set([...this.candidates.values()].filter((c) => c.kind === "ORGANIZATION").map((c) => foldText(c.name)));
    const accepted = [...this.candidates.values()].filter((c) => c.evidence > 0 && !(c.kind === "PERSON" && orgNames.has(foldText(c.name))));
    const actors: ExtractedActor[] = [];
    const mentions: ActorMention[] = [];
    const taken: Array<[number, number]> = [];
    // Longer names claim their spans first so "Ryder" inside "Patrick Ryder" is not counted twice.
    const surfaceList: Array<{ surface: string; candidate: Candidate; key: string }> = [];
    for (const c of accepted) {
      const key = actorKey(c.name, c.kind);
      const known = KNOWN_ORGANISATIONS.get(c.name);
      const all = new Set([...c.surfaces, ...(known?.name === c.name ? known.aliases : [])]);
      for (const s of all) surfaceList.push({ surface: s, candidate: c, key });
    }
    surfaceList.sort((x, y) => y.surface.length - x.surface.length);
    const seen = new Map<string, Set<string>>();
    for (const { surface, candidate, key } of surfaceList) {
      for (const start of findWord(this.body, surface)) {
        const end = start + surface.length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        mentions.push({ key, kind: candidate.kind, start, end });
        if (!seen.has(key)) seen.set(key, new Set());
        seen.get(key)!.add(surface);
      }
    }
    this.addGenericMentions(accepted, mentions, taken);
    accepted.sort((x, y) => x.firstSeen - y.firstSeen);
    for (const c of accepted) {
      const key = actorKey(c.name, c.kind);
      const count = mentions.filter((m) => m.key === key).length;
      const aliases = [...(seen.get(key) ?? [])].filter((s) => s !== c.name).sort();
      actors.push({
        key,
        name: c.name,
        kind: c.kind,
        title: c.title,
        country: c.country === undefined ? this.fallbackCountry(c) : c.country,
        aliases,
        mentions: Math.max(1, count),
      });
    }
    mentions.sort((x, y) => x.start - y.start);
    return { actors, mentions };
  }

  /** "Commission" after "European Commission": a lone organisation head is the one body named in full with it. */
  private fullNameEndingWithHead(orgs: Candidate[], org: Candidate): Candidate | undefined {
    if (org.name.includes(" ") || !ORGANISATION_HEADS.has(org.name)) return undefined;
    const owners = orgs.filter((o) => o !== org && o.name.endsWith(" " + org.name));
    return owners.length === 1 ? owners[0] : undefined;
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
      for (const surface of c.surfaces) count += findWord(this.body, surface).length;
      if (count > mainCount) {
        main = c;
        mainCount = count;
      }
    }
    for (const c of this.candidates.values()) {
      if (c.kind !== "PERSON" || c.country !== undefined) continue;
      const employer = c.employer ? this.candidates.get(c.employer) : undefined;
      if (employer) {
        if (employer.country !== undefined) c.country = employer.country;
      } else if (main && mainCount >= 2 && c.title && CORPORATE_ROLE.test(c.title)) c.country = main.country;
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
      if (!/^\p{Lu}{2,8}$/u.test(acronym) || this.input.headingParagraphs.has(tokens[i].paragraph)) continue;
      if (!this.candidates.has(actorKey(tokens[i + 1].text, "ORGANIZATION"))) continue;
      // Walk back over capitalised words, name particles and list commas ("Rail, Maritime and Transport").
      let j = i - 1;
      let first = i;
      while (j >= 0 && i - j <= 14 && tokens[j].paragraph === tokens[i].paragraph) {
        const t = tokens[j];
        if (this.isCapWord(t) && !t.possessive) first = j;
        else if (!(CONNECTORS.has(t.text) || (t.text === "," && tokens[j - 1] && this.isCapWord(tokens[j - 1]) && this.isCapWord(tokens[j + 1])))) break;
        j--;
      }
      while (first < i && (NON_NAME_WORDS.has(tokens[first].base) || CONNECTORS.has(tokens[first].text))) first++;
      const words = tokens.slice(first, i).filter((t) => this.isCapWord(t));
      if (words.length < 2 || !tokens.slice(first, i).every((t) => t.kind !== "punct" || t.text === ",")) continue;
      // The acronym's letters must be initials of the name's words, in order, the first one among the first three.
      let w = 0;
      let ok = true;
      for (const letter of acronym) {
        while (w < words.length && words[w].text[0].toUpperCase() !== letter) w++;
        if (w === words.length) {
          ok = false;
          break;
        }
        w++;
      }
      if (!ok || !words.slice(0, 3).some((x) => x.text[0] === acronym[0])) continue;
      const name = this.body.slice(tokens[first].start, tokens[i - 1].end).replace(/\s+/g, " ");
      if (this.countryAt.get(first)?.endToken === i) continue;
      const key = actorKey(name, "ORGANIZATION");
      const existing = this.candidates.get(key);
      if (!existing) {
        let country: string | null | undefined;
        for (let k = first; k < i && country === undefined; k++) country = this.countryAt.get(k)?.code ?? undefined;
        this.candidates.set(key, { kind: "ORGANIZATION", name, title: null, country, evidence: 2, firstSeen: tokens[first].start, surfaces: new Set([name]) });
      }
      const owner = this.candidates.get(key)!;
      const full = findWord(this.body, name);
      for (const c of [...this.candidates.values()]) {
        if (c === owner || !name.includes(c.name) || c.name === tokens[i + 1].text) continue;
        const inside = findWord(this.body, c.name).every((at) => full.some((f) => at >= f && at < f + name.length));
        if (!inside) continue;
        if (c.kind === "ORGANIZATION" && owner.country === undefined) owner.country = c.country;
        this.candidates.delete(actorKey(c.name, c.kind));
      }
    }
  }

  /**
   * The affiliation of an actor the text gives none for: the article's leading country; else, for a person
   * with a real title or a body, the country the story is set in.
   */
  private fallbackCountry(c: Candidate): string | null {
    if (this.input.dominantCountry) return this.input.dominantCountry;
    const setting = this.input.settingCountry ?? null;
    if (!setting) return null;
    if (c.kind === "ORGANIZATION") return INTERNATIONAL_NAME.test(c.name) ? null : setting;
    return c.title && !isHonorific(c.title) ? setting : null;
  }

  /** "the ministry", "the company" after a named body count as its mentions (the last one of that kind, else the last body). */
  private addGenericMentions(accepted: Candidate[], mentions: ActorMention[], taken: Array<[number, number]>): void {
    const re = /\b[Tt]he (ministry|embassy|commission|party|coalition|agency|company|firm|group|court|bank|department|organisation|organization|union|alliance|government|council|committee|regulator|watchdog|museum|university|conference|miner|lender|insurer|airline|carrier|manufacturer|broadcaster|newspaper|charity|federation|association|club|team|force|navy|army|office)\b/g;
    const names = new Map(accepted.map((c) => [actorKey(c.name, c.kind), c.name.toLowerCase()]));
    // A body named inside a quotation ("… before the Court of Appeal,” the group said) is not what the text
    // goes on to call "the group".
    const quoted = findQuoteSpans(this.body);
    const orgMentions = mentions
      .filter((x) => x.kind === "ORGANIZATION" && !quoted.some((q) => x.start >= q.open && x.end <= q.close))
      .sort((x, y) => x.start - y.start);
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.body)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const head = m[1].toLowerCase();
      const earlier = orgMentions.filter((x) => x.start < start && start - x.start < 2500);
      let target = [...earlier].reverse().find((x) => (names.get(x.key) ?? "").split(/[\s-]+/).includes(head));
      if (!target && ["company", "firm", "group", "agency", "organisation", "organization", "charity"].includes(head)) {
        target = earlier[earlier.length - 1];
      }
      if (target) mentions.push({ key: target.key, kind: "ORGANIZATION", start: start + 4, end });
    }
  }

  private textOf(from: number, to: number): string {
    const last = this.tokens[to - 1];
    const end = last.possessive ? last.end - 2 : last.end;
    return this.body.slice(this.tokens[from].start, end).replace(/\s+/g, " ");
  }
}

const COUNTRY_CODES = new Set([...COUNTRY_SURFACES.values()].map((c) => c.code).filter((c): c is string => !!c));

// compromise's lexicon doubles as a list of ordinary English words ("Police", "Officials").
const LEXICON = (nlp as unknown as { model: () => { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
const COMMON_WORDS = new Set(Object.keys(LEXICON));
const COMMON_WORDS_TAGS = new Map(Object.entries(LEXICON).map(([w, t]) => [w, Array.isArray(t) ? t.join(",") : String(t)]));

/** "Europeans", "Africans": a people (folded, lower case), which speaks like a body but is none. */
function isDemonymWord(folded: string): boolean {
  return /\bDemonym\b/.test(COMMON_WORDS_TAGS.get(folded) ?? "");
}

function isDateline(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && (next.text === "—" || next.text === "–") && (i === 0 || tokens[i - 1].paragraph !== tokens[i].paragraph);
}

/** Plural nouns of member bodies ("Associated General Contractors of America", "National Union of … Workers"). */
const MEMBER_PLURALS = new Set(
  (
    "Contractors Workers Manufacturers Producers Farmers Employers Veterans Retailers Builders Homebuilders Exporters " +
    "Importers Growers Teachers Nurses Doctors Physicians Surgeons Engineers Bankers Lawyers Journalists Writers Pilots " +
    "Miners Scientists Students Governors Mayors Chiefs Insurers Dealers Brokers Realtors Shippers Owners Operators " +
    "Companies Cities Counties Municipalities Universities Colleges Schools Hospitals Businesses Cooperatives Parents " +
    "Consumers Patients Families Peoples Nations Editors Broadcasters Publishers Airlines Carriers Truckers Drivers"
  ).split(" "),
);

/**
 * The word at k, before "of", ends a body's name rather than a person's: "House of Representatives", or a
 * plural of members after at least one other capitalised word.
 */
function isOrganisationOfWord(tokens: Token[], k: number, runStart: number): boolean {
  const t = tokens[k];
  if (t.base === "House" && /^(?:Representatives|Commons|Lords|Delegates|Councillors|Deputies|Peers|Assembly|Keys)$/.test(tokens[k + 2]?.base ?? "")) return true;
  return k > runStart && MEMBER_PLURALS.has(t.base);
}

function isOrganisationHead(t: Token): boolean {
  return ORGANISATION_HEADS.has(t.base) || FOREIGN_ORGANISATION_HEADS.has(t.base);
}

/** "planemaker", "state-owned", "lobby": a word that, right before a name, makes it a body. */
function isOrganisationPrecedingNoun(word: string): boolean {
  return ORGANISATION_PRECEDING_NOUNS.has(word) || /^(?:plane|auto|car|chip|drug|steel|truck|phone|smartphone|tyre|tire|toy|jet|ship|aircraft|vaccine|battery|ev|appliance|handset|device|motorcycle|bus|train|robot|software|game|beer|wine|spirits|engine)-?(?:maker|builder)s?$/.test(word) || /^(?:state|government|family|privately|publicly|foreign|employee|locally)-(?:owned|run|held|listed|controlled)$/.test(word);
}

const KNOWN_AS_RE = /\bknown (?:as|by (?:its|the|their) (?:acronym|initials|abbreviation|short name))\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s\p{Lu}[\p{L}\p{N}&.-]*){0,3})/gu;

/** Portfolio words of a title ("Minister of Water and Energy", "Secretary of State for Foreign Affairs"). */
const FIELD_WORDS = new Set([
  ...GOVERNMENT_BODY_MODIFIERS,
  ..."affairs state resources works relations cooperation co-operation irrigation employment arts children electricity power natural public human rural urban local regional government climate change investment enterprise enterprises wildlife equality solidarity sanitation roads highways aviation maritime ports shipping railways mineral minerals gas lands cabinet legal constitutional internal external overseas religious communication posts innovation research higher primary secondary vocational training skills small medium disaster management relief refugees reconstruction peace reconciliation gender affairs commonwealth parliament defence".split(" "),
]);

/** Titles of state office-holders. */
const GOVERNMENT_ROLE = /\b(?:minister|president|premier|chancellor|ambassador|envoy|secretary|delegate)\b/i;
/** Titles of a company's officers, read without the company's name ("chief executive Jane Doe"). */
const CORPORATE_ROLE = /^(?:(?:the|its|company|group) )?(?:chief executive(?: officer)?|ceo|chief (?:financial|operating|technology|commercial) officer|cfo|coo|cto|finance chief|finance director|financial director|chief financial|managing director|chairman|chairwoman|executive chairman|co-founder|founder)$/i;
/** Nouns that introduce a business ("carmaker Velmar", "Alpenbank, the private bank"). */
const COMPANY_NOUNS = new Set(
  "company firm group bank lender insurer carrier airline operator developer maker manufacturer startup start-up broker brokerage retailer supermarket chain conglomerate giant producer exporter importer shipper automaker carmaker chipmaker drugmaker planemaker shipbuilder refiner supplier contractor miner telco utility publisher subsidiary".split(" "),
);
/** Last words of business names. */
const COMPANY_HEADS = new Set(
  "Corp Corp. Corporation Inc Inc. Ltd Ltd. Limited LLC PLC Plc AG SA GmbH NV BV Group Holdings Motors Bank Airlines Airways Industries Mining Minerals Metals Energy Petroleum Pharmaceuticals Technologies Electronics Steel Chemicals Foods Insurance Securities Capital Partners".split(" "),
);

/** Last words of state bodies whose name takes the country's adjective ("China's Foreign Ministry"). */
const STATE_BODY_HEADS = new Set(
  "Ministry Embassy Consulate Navy Army Force Forces Guard Government Cabinet Parliament Police Office Department Agency Commission Council Court Administration Bureau Service Mission Authority Command Corps Assembly Senate Congress Presidency".split(" "),
);

function last(tokens: Token[], b: number): Token {
  return tokens[b - 1];
}

/** Nationality words kept out of the country lexicon (they also name languages), read only inside a title. */
const TITLE_DEMONYMS = new Map([["English", "GB"]]);

/** Sports competitions named like bodies ("Champions League"): the last word after one of these first words. */
const COMPETITION_FIRST_WORDS = new Set(["Champions", "Premier", "Europa", "Nations", "Super", "Conference", "Diamond"]);
const COMPETITION_HEADS = new Set(["League", "Cup", "Trophy", "Series", "Championship"]);

/** Stock-market indices, often written like bodies ("the DAX", "FTSE 100"). */
const STOCK_INDICES = new Set(
  "DAX|FTSE|FTSE 100|FTSE 250|S&P|S&P 500|Nikkei|Nikkei 225|CAC|CAC 40|Dow|Dow Jones|Dow Jones Industrial Average|Nasdaq Composite|Nasdaq 100|Hang Seng|Sensex|Nifty|Nifty 50|Stoxx|Stoxx 600|Euro Stoxx|Euro Stoxx 50|STOXX|KOSPI|Kospi|Topix|TOPIX|ASX|ASX 200|TSX|IBEX|IBEX 35|Ibex 35|MSCI World|Bovespa|Ibovespa|Merval|Shanghai Composite|SMI|AEX|OMX|MOEX|RTS|Jakarta Composite|Straits Times Index".split("|"),
);

/** Names of bodies that belong to no one country. */
const INTERNATIONAL_NAME = /\b(?:International|Global|World|United Nations|UN|European|African|Asian|Arab|Pacific|Atlantic|Regional|Inter-American|Commonwealth|Caribbean|Latin American|Nordic|Baltic States|Gulf|Islamic)\b/;

/** An all-capitals abbreviation that may name a body ("FINMA", "THW"), not "CEO" or "GDP". */
function isAcronym(t: Token): boolean {
  if (t.kind !== "word") return false;
  const text = t.base.replace(/\./g, "");
  // Currency codes ("MXN 12.7 billion"), country codes ("NZ"), model numbers ("E195-E2").
  if (ISO_CURRENCY_CODES.has(text) || COUNTRY_CODES.has(text) || /\d/.test(text)) return false;
  return /^[\p{Lu}][\p{Lu}\d&-]{1,7}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) && !NON_ORGANISATION_ACRONYMS.has(text);
}

/** Identity of an actor within an article: folded name plus kind. */
export function actorKey(name: string, kind: ActorKind): string {
  return `${foldText(name).replace(/['’]/g, "").replace(/\s+/g, " ").trim()}|${kind}`;
}

/** Offsets where `word` occurs in `text` as a whole word (case-sensitive). */
function findWord(text: string, word: string): number[] {
  const out: number[] = [];
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i === -1) return out;
    const before = text[i - 1];
    const after = text[i + word.length];
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) out.push(i);
    from = i + word.length;
  }
}
