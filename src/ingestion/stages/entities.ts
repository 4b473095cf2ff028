/** Find people and organisations, with titles and countries, from runs of capitalised words and titled phrases. */
import { ISO_CURRENCY_CODES } from "../lexicons/currencies";
import { COUNTRY_SURFACES, OLYMPIC_CODES, demonymOf, PERSON_PRONE_COUNTRY_WORDS } from "../lexicons/countries";
import { GOVERNMENT_BODY_HEADS, GOVERNMENT_BODY_MODIFIERS, JAPANESE_COMPANY_WORDS, KNOWN_ORGANISATIONS, NON_ORGANISATION_ACRONYMS, KNOWN_ORGANISATION_MAX_WORDS, KnownOrganisation, EVENT_FIRST_WORDS, EVENT_HEADS, FOREIGN_ORGANISATION_HEADS, GATHERING_HEADS, ORGANISATION_HEADS, ORGANISATION_PRECEDING_NOUNS, ORGANISATION_TRAILING_NOUNS, UTILITY_HEADS } from "../lexicons/organisations";
import { ENVOY_ROLES, FIRST_NAMES, KIN_NOUNS, LAST_NAMES, NAME_STYLES, PLACE_NAMES, ROLE_ABBREVIATIONS, ROLE_WORDS, STAFF_PLURALS, SURNAME_PARTICLES, TITLE_MODIFIERS, isGivenName } from "../lexicons/people";
import { companyNamed, LEGISLATURES, possessiveOpensCompany } from "../lexicons/companies";
import { BUSINESS_REGION_PAIRS, BUSINESS_REGIONS, CO_COUNTIES, HARBOUR_HEADS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, PUBLICATION_HEADS, REGION_ADJECTIVES, REGION_QUALIFIERS, RESIDENT_NOUNS } from "../lexicons/place-words";
import { scanOrganisationCues } from "./organisation-cues";
import { scanNicknames } from "./nicknames";
import { GIVEN_NAME_BLOCKING_WORDS, MONTH_WORDS, NAME_BLOCKING_FIRST_WORDS, NON_NAME_WORDS, NON_PERSON_NOUNS, SPEECH_VERBS, WEEKDAY_WORDS } from "../lexicons/words";
import { foldText } from "../text/fold";
import { placeTable } from "../gazetteers/places";
import { lowerBound } from "../text/search";
import { spanIndexAt } from "../text/sentences";
import { Token, adjacent } from "../text/tokens";
import { insideSpans, tickerSpans } from "../text/tickers";
import { isSpelledCount } from "../quantities/number-words";
import type { ActorKind } from "../types";
import type { Candidate, CountryMention, Doc, EntityLayer, Stage } from "../document";
import {
  CONNECTORS,
  DETERMINERS,
  ORGANISATION_APPOSITIVES,
  HONORIFICS,
  IRREGULAR_PLURALS,
  JURISDICTION_ROLES,
  AUDIENCE_WORDS,
  RANKS,
  isHonorific,
  APPOSITIVE_STOP,
  COMMON_WORDS,
  COMMON_WORDS_TAGS,
  isDemonymWord,
  isDateline,
  isOrganisationOfWord,
  isOrganisationHead,
  isBusinessIntroducer,
  isOrganisationPrecedingNoun,
  opensAfterDateline,
  FIELD_WORDS,
  GOVERNMENT_ROLE,
  BUSINESS_APPOSITIVES,
  PERSON_PRONE_TRADES,
  COMPANY_NOUNS,
  COMPANY_HEADS,
  STATE_BODY_HEADS,
  last,
  TITLE_DEMONYMS,
  COMPETITION_FIRST_WORDS,
  COMPETITION_HEADS,
  STOCK_INDICES,
  INTERNATIONAL_NAME,
  isAcronym,
  actorKey,
  spellsFromWords,
  isCapWord,
  addCandidate,
  closesReferenceNumber,
  BUSINESS_NAME_WORDS,
} from "./entity-words";

/** The most tokens one name may span ("National Union of Rail, Maritime and Transport Workers" is nine). */
const MAX_RUN_TOKENS = 20;
/** Common surnames that are also a place's or building's head noun (NON_PERSON_NOUNS): "Park", "Hall", "Hill". */
const SURNAMES_ALSO_HEADS = new Set(["Park", "Hall", "Hill", "Ward", "Church", "Camp", "Post"]);
// Words before "Centre" that make it a hall for events, a building rather than a body ("Convention Centre").
const VENUE_CENTRE_WORDS = new Set(["Convention", "Conference", "Exhibition", "Congress", "Shopping", "Events", "Expo"]);
// Particles of Portuguese and Italian names, before which "e" (and) may join a name's words.
const ROMANCE_PARTICLES = new Set(["de", "do", "da", "dos", "das", "di", "del", "della"]);
/** Particles written as one word in Filipino surnames ("delos Santos", "dela Cruz"), never inside a place's name. */
const FILIPINO_PARTICLES = new Set(["delos", "dela"]);
/** Plurals of party members that name the party after an adjective or a nation ("Sweden Democrats"). */
/** Adjectives of parties that end a member's description, not a name ("the B.C. Conservative MLA"). */
const PARTY_ADJECTIVES = new Set(["Conservative", "Republican", "Democrat", "Liberal", "Socialist", "Nationalist", "Unionist", "Labour", "Tory"]);
const PARTY_PLURALS = new Set(["Conservatives", "Democrats", "Republicans", "Greens", "Liberals", "Socialists", "Nationalists", "Unionists", "Social Democrats"]);
/** Prepositions that may open the scene of a speech after a title ("in his address", "at her briefing"). */
const SCENE_PREPOSITIONS = new Set(["in", "at", "during", "on", "after", "before", "via"]);
/** Lower-case nouns for a maker's products, after the model's name ("Trent XWB-97 engines"). */
const PRODUCT_NOUNS = new Set(["engine", "engines", "capsule", "capsules", "car", "cars", "suv", "suvs", "truck", "trucks", "phone", "phones", "smartphone", "smartphones", "jet", "jets", "jetliner", "jetliners", "aircraft", "plane", "planes", "vehicle", "vehicles", "rocket", "rockets", "satellite", "satellites", "drone", "drones", "chip", "chips", "tablet", "tablets", "laptop", "laptops", "tractor", "tractors", "bus", "buses", "helicopter", "helicopters", "vaccine", "model", "models", "sedan", "hatchback", "pickup", "console"]);
/** Lower-case nouns of works and places named after people ("the Julius Nyerere dam"). */
const NAMESAKE_WORKS = new Set(["dam", "highway", "expressway", "stadium", "airport", "bridge", "road", "street", "avenue", "boulevard", "hospital", "barracks", "mausoleum", "memorial", "statue", "monument", "museum", "scheme", "project", "plant", "station", "pipeline", "corridor", "railway", "refinery", "reservoir", "canal", "tunnel", "oilfield", "dam's", "stadium's", "airport's",
  // Sites an industry works at ("the Cai Lan port cluster", "the Kamoto copper mine"), named after people or places.
  "port", "terminal", "mine", "smelter", "oilfield", "gasfield", "cluster", "complex"]);
/** Words that say what kind of work follows ("the Cahora Bassa hydroelectric scheme"). */
const WORK_MODIFIERS = new Set(["copper", "gold", "iron", "container", "deep-water", "hydroelectric", "hydropower", "power", "gas", "oil", "coal", "solar", "wind", "water", "rail", "irrigation", "mining", "industrial", "international", "national"]);
/** Prepositions that may open the phrase a title stands in ("by Balochistan's chief secretary, …"). */
const CLAUSE_PREPOSITIONS = new Set(["by", "with", "from", "for", "to", "and", "including", "like", "under"]);

export const entitiesStage: Stage = {
  name: "entities",
  run(doc: Doc) {
    const scan = new EntityScan(doc);
    scan.scanRuns();
    scan.scanGovernmentBodies();
    scan.scanDefiniteMinistries();
    scan.scanLeadersOffices();
    scan.scanPlaceDepartments();
    scan.scanQuotedNames();
    scanOrganisationCues(doc, (k) => scan.hasCountryAt(k));
    scanNicknames(doc);
    scan.dropTerritories();
    scan.nameKnownBodiesAsWritten();
  },
};

/** Most capitalised words of a body's name that opens a title in the possessive ("Halvorsen Wind Power's"). */
const OWNER_NAME_WORDS = 4;
/** Most lower-case title words between two listed office-holders ("and intelligence organisation chief"). */
const LISTED_TITLE_WORDS = 5;
/** How far back (in characters) a "compatriot" looks for the person whose country it shares. */
const COMPATRIOT_REACH = 600;

/** People and organisations named in the body, as candidates for coreference to merge and count. */
class EntityScan {
  private readonly body: string;
  private readonly tokens: Token[];
  private readonly countryAt = new Map<number, CountryMention>();
  /** Country mentions by their last token, for "Brazil's Embraer" and "New York-based". */
  private readonly countryEnding = new Map<number, CountryMention>();
  /** "a hospital in the Czech city of Brno": bodies the text introduces by a noun and a place, not a name, by noun. */
  private readonly unnamedBodies = new Map<string, Array<{ at: number; code: string }>>();
  private readonly candidates: Map<string, Candidate>;
  /** Places that open a body's name ("Christchurch City Council"), by token: the body's country. */
  private readonly placeOpeningName = new Map<number, string>();
  private readonly bareWords: EntityLayer["bareWords"];
  private readonly organisationGuesses: EntityLayer["organisationGuesses"];
  private readonly input: { headingParagraphs: Set<number>; countryMentions: CountryMention[] };
  /** Country of an "of Poland" that followed the run being processed. */
  private affiliationAfter: string | null | undefined;
  /** Set while the name before "of <body or place>" is read, when a speech verb follows the name after "of". */
  private employerThenSpeech = false;
  /** The token after the last person's name read with evidence, for "Layla Haddad and Budi Santoso". */
  private lastPersonEnd = -1;
  /** The end (token after) and country of the last body named after a country's possessive, for a list it opens. */
  /** Countries the text names by name or people (not by a place), built on first need. */
  private namedCountries: Set<string> | undefined;
  private possessiveListTail: { end: number; code: string } | undefined;
  /** The end (token after the name) and country of the last titled person a country's possessive owns, for a list. */
  private officeListTail: { end: number; code: string } | undefined;
  /** The plural work's noun after the names of a list being read ("the X and Y dams"), or -1. */
  private worksListNoun = -1;
  /** Where the last person with a known country was named, and that country ("Kenya's Ann Kiprop … her compatriot"). */
  private lastCountriedPerson: { at: number; code: string } | undefined;
  /** The end of a person's name after a plural nationality ("fellow Kenyans Ann Kiprop"), whose "and" shares it. */
  private pluralDemonymTail: { end: number; code: string } | undefined;
  /** Country of a "Toronto-based" that led the run being processed. */
  private basedCountry: string | null | undefined;
  /** Tokens of a "Minister of Water and Energy" title inside the run being processed. */
  private forcedRole: { start: number; end: number } | null = null;
  /** Bodies of several words by their first word, for a short form's seat ("Halbwerk's" after "Halbwerk Semiconductors"). */
  private readonly organisationByFirstWord = new Map<string, Candidate>();
  /** Abbreviations the text gives for places ("metropolitan area (AMBA)"). */
  private readonly placeAbbreviations = new Set<string>();
  /** The last organisation named so far, for "its representative". */
  private lastOrganisation: Candidate | null = null;
  /** The last business named so far (a name ending "Industries", "Co.", "Ltd"…), for "the company's president". */
  private lastCompany: Candidate | null = null;
  /** The last organisation named so far by each word of its name, for "the ministry's director". */
  private readonly lastOrganisationByWord = new Map<string, Candidate>();
  /** Where each body was last mentioned (by name, short form or description), so "the company's" takes the latest. */
  private readonly lastMentionAt = new Map<Candidate, number>();
  /** The last body mentioned that may be a business (no public body's head), and the last of each country. */
  private lastBusiness: Candidate | null = null;
  /** The last business a definite description named ("the Turkish firm"), and where. */
  private lastDescribed: { body: Candidate; at: number } | null = null;
  private readonly lastBusinessByCountry = new Map<string, Candidate>();

  /** Listed acronyms the text spells out for another body ("Australian Federal Police (AFP)"); see acronymsRedefined. */
  private readonly redefined: ReadonlySet<string>;
  /** Names an appositive describes as a work ("X Railway, a 56-km line"); see namesDescribedAsWorks. */
  private readonly describedWorks: ReadonlySet<string>;

  constructor(private readonly doc: Doc) {
    this.body = doc.text;
    this.redefined = acronymsRedefined(doc.text);
    this.tokens = doc.tokens;
    this.describedWorks = namesDescribedAsWorks(doc.tokens, doc.text);
    this.candidates = doc.entities.candidates;
    this.bareWords = doc.entities.bareWords;
    this.organisationGuesses = doc.entities.organisationGuesses;
    this.input = { headingParagraphs: doc.headingParagraphs, countryMentions: doc.countryMentions };
    for (const m of doc.countryMentions) {
      if (m.inName) {
        if (m.code) this.placeOpeningName.set(m.firstToken, m.code);
        continue;
      }
      // "a New Zealand-trained doctor": where someone trained is no one's country.
      if (m.trait) continue;
      // "the Ghanaian-British architect": of two peoples in one compound the last is the nationality.
      const earlier = this.countryAt.get(m.firstToken);
      const laterDemonym = !!earlier && earlier.endToken === m.endToken && earlier.kind === "demonym" && m.kind === "demonym" && m.start > earlier.start;
      if (!earlier || laterDemonym) this.countryAt.set(m.firstToken, m);
      if (!this.countryEnding.has(m.endToken - 1)) this.countryEnding.set(m.endToken - 1, m);
      if (m.code && !m.quoted) this.noteUnnamedBody(m.firstToken, m.code);
    }
  }

  /**
   * A body just read as a business ("low-cost carrier Siam Skyways", a listed maker) is the last business named, for a
   * later "the company's chief executive"; the trade noun that introduced it ("carrier") finds it as "the airline's" too.
   */
  private markCompany(name: string, introducer?: string): void {
    const candidate = this.candidates.get(actorKey(name, "ORGANIZATION"));
    if (!candidate) return;
    candidate.company = true;
    if (candidate === this.lastOrganisation) {
      this.lastCompany = candidate;
      const at = this.lastMentionAt.get(candidate);
      if (at !== undefined) this.noteBusinessMention(candidate, at);
    }
    if (!introducer) return;
    for (const noun of TRADE_SYNONYMS[introducer] ?? [introducer]) this.lastOrganisationByWord.set(noun, candidate);
  }

  /**
   * "a hospital in the Czech city of Brno", "the school in Kenya": a determiner, a lower-case noun and "in" before a
   * place that opens at token `first` introduce an unnamed body of that noun, seated in the place's country.
   */
  private noteUnnamedBody(first: number, code: string): void {
    const { tokens } = this;
    let k = first - 1;
    if (tokens[k]?.text === "the") k--;
    if (tokens[k]?.text !== "in") return;
    const noun = tokens[k - 1];
    if (!noun || noun.kind !== "word" || noun.cap || !/^(?:a|an|the)$/i.test(tokens[k - 2]?.text ?? "")) return;
    const list = this.unnamedBodies.get(noun.text) ?? [];
    list.push({ at: k - 1, code });
    this.unnamedBodies.set(noun.text, list);
  }

  /**
   * "the hospital's" at token `the`: the country of the last unnamed body of that noun introduced before, when no body
   * with that noun in its name was named so far.
   */
  private unnamedOwnerCountry(the: number): string | undefined {
    const { tokens } = this;
    const t = tokens[the + 1];
    if (!/^the$/i.test(tokens[the]?.text ?? "") || !t || !t.possessive || t.cap) return undefined;
    const noun = t.base.toLowerCase();
    return this.lastOrganisationByWord.has(noun) ? undefined : this.unnamedBodyBefore(noun, the);
  }

  /** The country of the last unnamed body of that noun introduced before token `at`, if any. */
  private unnamedBodyBefore(noun: string, at: number): string | undefined {
    const list = this.unnamedBodies.get(noun);
    if (!list) return undefined;
    // The list is in text order: the last entry before `at` by binary search, so many mentions stay linear-logarithmic.
    const lo = lowerBound(list, at, (u) => u.at);
    return lo > 0 ? list[lo - 1].code : undefined;
  }

  /** A country's or a demonym's mention opens at token `k`. */
  hasCountryAt(k: number): boolean {
    return this.countryAt.has(k);
  }

  private addCandidate(kind: ActorKind, name: string, title: string | null, country: string | null | undefined, evidence: number, at: number): void {
    // "the Laguna Lakeshore Railway, a 56-km line": a name the text describes as a work is no body.
    if (kind === "ORGANIZATION" && this.describedWorks.has(name)) return;
    // "Boryszew S.A. from Poland", "Kanemori Ltd said": a name ending in a company's legal form is a company's.
    if (kind === "PERSON" && LEGAL_FORM_END.test(name)) {
      kind = "ORGANIZATION";
      title = null;
    }
    const candidate = addCandidate(this.candidates, kind, name, title, country, evidence, at);
    if (kind === "PERSON" && candidate.country) this.lastCountriedPerson = { at, code: candidate.country };
    if (kind === "ORGANIZATION") {
      this.lastOrganisation = candidate;
      this.noteBusinessMention(candidate, at);
      const head = name.slice(name.lastIndexOf(" ") + 1);
      // "Athens-listed Aegean Meridian Shipping": a body with a listing is a business.
      if (/^\S+-listed /i.test(name)) candidate.company = true;
      if (candidate.company || (name.includes(" ") && (COMPANY_HEADS.has(head) || /^Co\.?$/.test(head)))) this.lastCompany = candidate;
      for (const w of name.split(" ")) this.lastOrganisationByWord.set(w.toLowerCase(), candidate);
    }
    // "Athens-listed Aegean Meridian Shipping": a listing's place before the name is not its first word.
    const words = name.split(" ");
    const firstWord = words.length > 2 && /-listed$/i.test(words[0]) ? words[1] : words[0];
    // Of two bodies sharing a first word ("Arbolux Solar", "Arbolux Renovables"), the short form is the one with a seat.
    const sharing = this.organisationByFirstWord.get(firstWord);
    if (kind === "ORGANIZATION" && firstWord !== name && (!sharing || (sharing.country === undefined && candidate.country !== undefined && sharing !== candidate))) this.organisationByFirstWord.set(firstWord, candidate);
  }

  /** A body named again: the last body named, and the last business when it is one, for a later "its" or "the company's". */
  private noteMention(candidate: Candidate, at?: number): void {
    this.lastOrganisation = candidate;
    if (candidate.company) this.lastCompany = candidate;
    if (at !== undefined) this.noteBusinessMention(candidate, at);
  }

  /** A body mentioned at character `at`: the latest mention of it, and of a business (of its country) when it may be one. */
  private noteBusinessMention(candidate: Candidate, at: number): void {
    this.lastMentionAt.set(candidate, at);
    if (!mayBeBusiness(candidate)) return;
    this.lastBusiness = candidate;
    if (candidate.country) this.lastBusinessByCountry.set(candidate.country, candidate);
  }

  /**
   * "The Turkish firm would bear the cost" at token `the`: a definite description of a business by its nationality
   * is a mention of the last business of that country named, so a later "the company's manager" is that business's.
   * The business, when the description and one named before fit.
   */
  private describedBusinessMention(the: number): Candidate | undefined {
    const { tokens } = this;
    if (!/^the$/i.test(tokens[the]?.text ?? "")) return undefined;
    const c = this.countryAt.get(the + 1);
    const noun = c ? tokens[c.endToken] : undefined;
    if (!c?.code || c.kind !== "demonym" || !noun || noun.kind !== "word" || noun.cap || !COMPANY_NOUNS.has(noun.base.toLowerCase())) return undefined;
    return this.lastBusinessByCountry.get(c.code);
  }

  /**
   * "the company's", "the firm's": the last body whose name has that noun or that a trade noun introduced ("the
   * airline's" after "low-cost carrier Siam Skyways"), unless a definite description named another business since
   * ("the Turkish firm" after "Islamabad Electric Supply Company"); with no such body, of the last business with a
   * business's head and the last body that may be one (mentioned within a bounded reach back from `at`), the one
   * mentioned later.
   */
  private companyOwning(noun: string, at: number): Candidate | undefined {
    const mentioned = (c: Candidate | null | undefined): number => (c ? this.lastMentionAt.get(c) ?? -1 : -1);
    const byWord = this.lastOrganisationByWord.get(noun);
    const described = this.lastDescribed && at - this.lastDescribed.at <= BUSINESS_REACH ? this.lastDescribed : null;
    if (byWord) return described && described.at > mentioned(byWord) ? described.body : byWord;
    const business = this.lastBusiness && at - mentioned(this.lastBusiness) <= BUSINESS_REACH ? this.lastBusiness : null;
    if (!business) return this.lastCompany ?? undefined;
    return this.lastCompany && mentioned(this.lastCompany) >= mentioned(business) ? this.lastCompany : business;
  }

  /**
   * "Daesan, which supplies cells, …" after "Daesan Energy Solution": one word that names a body already named (alone
   * or as its first word), and no person, is a mention of that body, so "Its chief financial officer" after it is its.
   */
  private noteShortFormMention(word: string, folded: string, at: number): void {
    if (FIRST_NAMES.has(folded) || this.candidates.has(actorKey(word, "PERSON"))) return;
    const body = this.candidates.get(actorKey(word, "ORGANIZATION")) ?? this.organisationByFirstWord.get(word);
    if (body) this.noteMention(body, at);
  }

  // ---------------------------------------------------------------- runs of capitalised words

  scanRuns(): void {
    const { tokens } = this;
    // "Volkswagen (VOWG_p.DE) said", "(NYSE: GM)": a listed company's stock code in brackets is no name.
    const inTicker = insideSpans(tickerSpans(this.body));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const described = t.kind === "word" && !this.input.headingParagraphs.has(t.paragraph) ? this.describedBusinessMention(i) : undefined;
      if (described) {
        this.noteMention(described, t.start);
        this.lastDescribed = { body: described, at: t.start };
      }
      if ((!isCapWord(t) && !this.prefixedNameBeforeHead(i)) || this.input.headingParagraphs.has(t.paragraph) || inTicker(t.start)) continue;
      // "application 24/00709/FUL", "ref 23/01234/HOUSE": the letters closing a reference number name no body.
      if (closesReferenceNumber(tokens, i)) continue;
      // "at 10:30 a.m. PDT", "3:40 p.m. PT Sunday": a clock time's zone (and a weekday after it) names no body.
      if (TIME_ZONES.has(t.text) && i > 0 && CLOCK_BEFORE_ZONE.test(tokens[i - 1].text) && adjacent(this.body, tokens[i - 1], t)) {
        if (WEEKDAY_WORDS.has(tokens[i + 1]?.text ?? "")) i++;
        continue;
      }
      let end = i + 1;
      // No name runs longer than this; a longer run of capitalised words is cut, so work per run stays bounded.
      while (end < tokens.length && end - i < MAX_RUN_TOKENS && (!tokens[end - 1].possessive || this.collectivePossessiveInName(end - 1))) {
        const next = tokens[end];
        // "Korean Metal Workers' Union": a plural possessive inside an organisation's name.
        const afterMark = tokens[end + 1];
        if ((next.text === "’" || next.text === "'") && next.start === tokens[end - 1].end && /s$/.test(tokens[end - 1].text) && afterMark && isCapWord(afterMark) && adjacent(this.body, next, afterMark) && this.organisationHeadAhead(end + 1)) {
          end += 2;
          continue;
        }
        // "Meteorology, Climatology and Geophysics Agency", "Department of Forestry, Fisheries and the Environment":
        // a body's name whose fields are listed with commas stays one name.
        if (next.text === ",") {
          const listEnd = this.fieldListEnd(i, end);
          if (listEnd > end) {
            end = listEnd;
            continue;
          }
          // "Huaxin Rail Engineering Co., Ltd.": the company form after "Co.," is the end of the same name.
          const form = tokens[end + 1];
          if (/^Co\.?$/.test(tokens[end - 1].text) && end - i >= 2 && form && /^(?:Ltd\.?|Limited)$/.test(form.text) && adjacent(this.body, next, form)) {
            end += 2;
            break;
          }
        }
        if (!adjacent(this.body, tokens[end - 1], next)) break;
        if (isCapWord(next)) {
          // "Chidi Okonkwo SAN", "Aoife Brennan SC", "Ciarán Moylan TD": a post-nominal after a name ends the run.
          if (end - i >= 2 && POST_NOMINALS.has(next.text)) break;
          end++;
          continue;
        }
        const after = tokens[end + 1];
        // A particle joins the run only between capitalised words, and never before a date ("told Reuters the Oct. 10 quake").
        const dateAfter = !!after && MONTH_WORDS.has(after.base.toLowerCase().replace(/\.$/, "")) && tokens[end + 2]?.kind === "number";
        if ((CONNECTORS.has(next.text) || this.romanceAndInName(i, end)) && after && isCapWord(after) && adjacent(this.body, next, after) && !CONNECTORS.has(tokens[end - 1].text) && !dateAfter) {
          end += 2;
          continue;
        }
        // "Commission on Audit", "Council on Foreign Relations": "on" and the body's subject after a panel's head.
        if (next.text === "on" && ON_SUBJECT_HEADS.has(tokens[end - 1].base) && !tokens[end - 1].possessive && after && isCapWord(after) && adjacent(this.body, next, after) && !NON_NAME_WORDS.has(after.base) && !this.countryAt.has(end + 1) && !PLACE_NAMES.has(foldText(after.base))) {
          end += 2;
          continue;
        }
        // Two particles: "van der Merwe", "de la Cruz".
        const third = tokens[end + 2];
        if (CONNECTORS.has(next.text) && after && CONNECTORS.has(after.text) && third && isCapWord(third) && adjacent(this.body, next, after) && adjacent(this.body, after, third) && next.text !== "and" && after.text !== "and") {
          end += 3;
          continue;
        }
        break;
      }
      // "Nordvind Energy A/S", "Kowalski Logistyka sp. z o.o.": a company's form written with a slash or stops ends a
      // company's name.
      const formEnd = this.punctuatedFormEnd(i, end);
      if (formEnd !== -1) {
        // "Fjordline ASA and Maersk Tankers A/S": the company with the form is the name after the run's last "and".
        let opens = i;
        for (let k = i + 1; k < end - 1; k++) if (tokens[k].text === "and") opens = k + 1;
        if (opens > i) this.processRun(i, opens - 1);
        this.addRunOrganisation(opens, formEnd);
        this.markCompany(this.textOf(opens, formEnd));
        i = formEnd - 1;
        continue;
      }
      // "met Secretary of State Rex Tillerson Saturday": wire copy puts the day right after a name, with no "on".
      const day = end - i >= 3 && WEEKDAY_WORDS.has(tokens[end - 1].text) ? 1 : 0;
      this.processRun(i, end - day);
      i = end - 1;
    }
  }

  /**
   * The token after a company's form written with a slash or stops ("A/S", "K.K.", "sp. z o.o.", "s.r.o.") that ends
   * the run [from, end) (its last word may be the form's first letter) or follows it after one space; else -1.
   */
  private punctuatedFormEnd(from: number, end: number): number {
    const { tokens, body } = this;
    for (const start of [end - 1, end]) {
      const first = tokens[start];
      if (!first || start <= from || body.slice(tokens[start - 1].end, first.start) !== " ") continue;
      const form = PUNCTUATED_COMPANY_FORM.exec(body.slice(first.start, first.start + 12));
      if (!form) continue;
      const stop = first.start + form[0].length;
      let k = start;
      while (k < tokens.length && tokens[k].end <= stop) k++;
      // The form ends on a token's end and takes in the run's last word or more ("A/S", not "A/Sweden").
      if (k >= end && tokens[k - 1].end === stop) return k;
    }
    return -1;
  }

  /**
   * "Minister of Foreign Affairs", "Secretary of State for Health": a role word, "of"/"for", and portfolio
   * words, opening the run after nothing but countries and title words. Returns the title's token range.
   */

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
        if (j > k + 2) return { start: k, end: j };
        // "Deputy Prime Minister for Restoration Iryna Kovalenko": one or two capitalised portfolio words, then a
        // registry given name opening a full name that ends the run.
        // "Vice President for South Asia Martin Keller": after a compass word, "Asia" is the region's, no given name.
        const regionWord = (x: number) => REGION_QUALIFIERS.has(tokens[x - 1]?.text ?? "");
        for (let g = k + 3; g <= k + 4 && g <= b - 2; g++) {
          const portfolio = tokens.slice(k + 2, g).every((t, x) => t.cap && !this.countryAt.has(k + 2 + x) && !isAcronym(t) && (!FIRST_NAMES.has(foldText(t.base)) || (x > 0 && regionWord(k + 2 + x))));
          if (portfolio && !regionWord(g) && !this.knownOrganisationAt(k + 2, g) && isGivenName(foldText(tokens[g].base)) && this.isPersonName(tokens.slice(g, b), true)) return { start: k, end: g };
        }
        return null;
      }
      const c = this.countryAt.get(k);
      if (c && c.endToken <= b) {
        k = c.endToken - 1;
        continue;
      }
      // "Tánaiste and Minister for Enterprise": a title, "and", then the titled portfolio.
      const joined = lower === "and" && k > a && ROLE_WORDS.has(tokens[k - 1].text.toLowerCase());
      if (!ROLE_WORDS.has(lower) && !TITLE_MODIFIERS.has(lower) && !joined) return null;
    }
    return null;
  }

  /**
   * "Municipal Administration and Urban Development Minister T. Padmanabha Reddy": capitalised words before "and"
   * and a second portfolio ending in a minister's word and a name are the first half of the title, not a body.
   */
  private portfolioBeforeConjunct(from: number, to: number): boolean {
    const { tokens } = this;
    // "Boeing and Transport Secretary Pete Buttigieg": a lone word, or a body already named, stays a name.
    if (tokens[to]?.text !== "and" || to - from < 2 || to - from > 4 || this.candidates.has(actorKey(this.textOf(from, to), "ORGANIZATION")) || !adjacent(this.body, tokens[to - 1], tokens[to]) || this.knownOrganisationAt(from, to)) return false;
    for (let k = from; k < to; k++) if (tokens[k].possessive || isAcronym(tokens[k]) || this.countryAt.has(k)) return false;
    // "Senator Pablo Ortiz and Interior Minister …", "Ana Ruiz and Finance Minister …": a person's title or given
    // name before the "and" opens a first person; a portfolio holds field words only.
    for (let k = from; k < to; k++) {
      const lower = tokens[k].text.toLowerCase();
      if (FIELD_WORDS.has(lower)) continue;
      if (ROLE_WORDS.has(lower) || (isGivenName(foldText(tokens[k].base)) && k + 1 < to)) return false;
    }
    for (let k = to + 1; k < to + 6 && k < tokens.length - 1; k++) {
      const t = tokens[k];
      if (!t.cap || t.possessive || isAcronym(t) || this.countryAt.has(k) || (k > to + 1 && !adjacent(this.body, tokens[k - 1], t))) return false;
      if (/^(?:Minister|Secretary|Commissioner|MEC)$/.test(t.text)) return k > to + 1 && isCapWord(tokens[k + 1]) && adjacent(this.body, t, tokens[k + 1]);
    }
    return false;
  }

  /** "European People's Party", "Women's Institute": an irregular plural's possessive inside a body's name. */
  private collectivePossessiveInName(k: number): boolean {
    const { tokens } = this;
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!next || !isCapWord(next) || !adjacent(this.body, t, next)) return false;
    // "the National Prosecutor's Office", "the Auditor General's Office": an office's holder owns the body's name.
    // "the Bexar County Sheriff's Office", "the Fire Marshal's Office": a county's officers too.
    if (/^(?:Prosecutor|Attorney|Auditor|Solicitor|Ombudsperson|Registrar|Controller|Comptroller|Accountant|Sheriff|Coroner|Marshal|Treasurer|Assessor|Clerk|Commissioner)$/.test(t.base) || (/^(?:General|Minister)$/.test(t.base) && k > 0 && isCapWord(tokens[k - 1]))) {
      if (/^(?:Office|Department|Bureau|Chambers)$/.test(next.base)) return true;
    }
    // "Moody's Investors Service", "Lloyd's Register": a listed company's name goes on past its possessive.
    if (this.possessiveInListedName(k, next)) return true;
    // "St Brigid's General Hospital", "Saint Aidan's College": a saint's possessive opens the name of a body after it.
    if (k > 0 && /^(?:St\.?|Saint|Ss\.?)$/.test(tokens[k - 1].text) && adjacent(this.body, tokens[k - 1], t) && this.organisationHeadAhead(k + 1)) return true;
    // "the Embassy of the People's Republic of China": a state's style ("People's Republic") inside a body's name.
    if (t.base === "People" && /^(?:Republic|Democratic)$/.test(next.base) && k >= 2 && tokens[k - 1].text === "the" && tokens[k - 2].text === "of") return true;
    return isCollectiveOwner(t.base) && this.organisationHeadAhead(k + 1);
  }

  /** The possessive at k, with up to two capitalised words before it ("Dr Reddy's"), and the next word open a listed name. */
  private possessiveInListedName(k: number, next: Token): boolean {
    const { tokens } = this;
    for (let s = k; s >= Math.max(0, k - 2); s--) {
      if (s < k && (!isCapWord(tokens[s]) || tokens[s].possessive || !adjacent(this.body, tokens[s], tokens[s + 1]))) break;
      if (possessiveOpensCompany(this.body.slice(tokens[s].start, tokens[k].end), next.base)) return true;
    }
    return false;
  }

  /**
   * "Meteorology, Climatology and Geophysics Agency", "Ministry of Environment, Forest and Climate Change": the run
   * [from, end) is one or two field words, or a head and "of"/"for" and field words, and a comma follows; when
   * commas and an "and" list more field words up to the body's head (or, after "of", up to the list's last field),
   * returns the token after the list's last item, else -1. At most six items are looked at.
   */
  private fieldListEnd(from: number, end: number): number {
    const { tokens, body } = this;
    let ofAt = -1;
    for (let k = from; k < end - 1; k++) if (isOrganisationHead(tokens[k]) && (tokens[k + 1].text === "of" || tokens[k + 1].text === "for")) ofAt = k + 1;
    const fields = (a: number, b: number) => {
      for (let k = a; k < b; k++) if (!this.isFieldListWord(tokens[k])) return false;
      return b > a;
    };
    // "The Science, Technology and Innovation Council": an article opening the run is no field.
    const first = tokens[from].text === "The" ? from + 1 : from;
    if (ofAt === -1 ? end - first > 2 || !fields(first, end) : end - ofAt - 1 > 3 || !fields(ofAt + 1, end)) return -1;
    let j = end;
    for (let items = 0; items < 6; items++) {
      const comma = tokens[j];
      if (comma?.text !== "," || comma.start !== tokens[j - 1].end || !tokens[j + 1] || !adjacent(body, comma, tokens[j + 1])) return -1;
      j++;
      // "…, Forest, and Climate Change": a comma may stand before the last item's "and".
      const last = tokens[j].text === "and";
      if (last) j++;
      else {
        let k = j;
        while (k < tokens.length && k - j < 3 && this.isFieldListWord(tokens[k]) && (k === j || adjacent(body, tokens[k - 1], tokens[k]))) k++;
        if (k === j) return -1;
        j = k;
        if (tokens[j]?.text === ",") continue;
        if (tokens[j]?.text !== "and" || !adjacent(body, tokens[j - 1], tokens[j])) return -1;
        j++;
      }
      // The last item, after "and": field words ending at the body's head, or after "of" field words only.
      if (!tokens[j] || !adjacent(body, tokens[j - 1], tokens[j])) return -1;
      if (ofAt !== -1 && tokens[j].text === "the" && tokens[j + 1] && adjacent(body, tokens[j], tokens[j + 1])) j++;
      let k = j;
      while (k < tokens.length && k - j < 4 && isCapWord(tokens[k]) && !tokens[k - 1].possessive && (k === j || adjacent(body, tokens[k - 1], tokens[k]))) {
        k++;
        // Before the head any capitalised words but a person's given name may stand ("and Mountain Research Agency").
        if (ofAt === -1 && isOrganisationHead(tokens[k - 1])) return tokens.slice(j, k - 1).every((t, x) => !FIRST_NAMES.has(foldText(t.base)) && !this.countryAt.has(j + x)) ? k : -1;
        if (ofAt !== -1 && !this.isFieldListWord(tokens[k - 1])) return -1;
      }
      return ofAt !== -1 && k > j ? k : -1;
    }
    return -1;
  }

  /** A capitalised common noun that may name a body's field ("Meteorology", "Fisheries", "Climate"). */
  private isFieldListWord(t: Token | undefined): boolean {
    if (!t || !isCapWord(t) || t.possessive || isAcronym(t)) return false;
    const folded = foldText(t.base);
    const lower = folded.toLowerCase();
    if (FIRST_NAMES.has(folded) || LAST_NAMES.has(folded) || PLACE_NAMES.has(folded) || COUNTRY_SURFACES.has(t.base) || NON_NAME_WORDS.has(t.base) || MONTH_WORDS.has(lower)) return false;
    if (KNOWN_ORGANISATIONS.has(t.base) || companyNamed(t.base)) return false;
    if (FIELD_WORDS.has(lower) || LIST_FIELD_WORDS.has(lower)) return true;
    // "Mining", "Energy", "Research": a head that is also a field's noun may be listed; "Bank" or "Police" may not.
    if (isOrganisationHead(t)) return /(?:ing|ions?|ics|ism|ure|ment|ry|gy)$/.test(lower) || lower === "research";
    const tags = COMMON_WORDS_TAGS.get(lower);
    // Words the lexicon knows only as names ("Oxfam", "Lyon") are no field; ordinary nouns are.
    if (tags !== undefined) return /\b(?:Singular|Plural|Uncountable|Noun|Infinitive|Adjective)\b/.test(tags) && !/\b(?:Organization|Person|Place|City|Country|Region|ProperNoun|FirstName|LastName)\b/.test(tags);
    // Unknown words: the endings of abstract nouns of fields ("Climatology", "Geophysics", "Fisheries").
    return /(?:ology|ics|ry|ment|tion|sion|ity|ies|ism|ure|ance|ence)$/.test(lower);
  }

  /** An organisation head among the capitalised words from `k` on ("… Parents’ Forum"). */
  private organisationHeadAhead(k: number): boolean {
    const { tokens } = this;
    for (let j = k; j < tokens.length && j < k + 4 && isCapWord(tokens[j]); j++) {
      if (isOrganisationHead(tokens[j])) return true;
      if (tokens[j].possessive || !tokens[j + 1] || !adjacent(this.body, tokens[j], tokens[j + 1])) break;
    }
    return false;
  }

  /** A run of a place and an office-holder's title, possessive, before a lower-case "office" ("Ohio Attorney General's office"). */
  private placeOfficeRun(from: number, to: number): boolean {
    const { tokens } = this;
    let a = from;
    while (a < to && NON_NAME_WORDS.has(tokens[a].base)) a++;
    if (to - a < 2 || !tokens[to - 1].possessive || tokens[to]?.text !== "office" || !ROLE_WORDS.has(tokens[a + 1].text.toLowerCase())) return false;
    const c = this.countryAt.get(a);
    const place = c ? c.endToken === a + 1 && (c.kind === "name" || !!c.place) : this.isGazetteerPlace(tokens[a]);
    if (!place) return false;
    // Only title words after the place ("Secretary of State", "Attorney General"), no person's name.
    for (let k = a + 1; k < to; k++) {
      const lower = tokens[k].base.toLowerCase();
      if (!ROLE_WORDS.has(lower) && !TITLE_MODIFIERS.has(lower) && !FIELD_WORDS.has(lower) && !/^(?:of|for)$/.test(lower)) return false;
    }
    return true;
  }

  /** Tokens [from, to) are a body the text has already named. */
  private namedBody(from: number, to: number): boolean {
    return this.candidates.get(actorKey(this.textOf(from, to), "ORGANIZATION"))?.kind === "ORGANIZATION";
  }

  /**
   * "the eThekwini Municipality", "uMngeni Local Municipality": a name with a lower-case prefix (the Nguni locative
   * or class prefix), then up to three capitalised words ending in a body's head, opens the body's name.
   */
  private prefixedNameBeforeHead(i: number): boolean {
    const { tokens } = this;
    if (!/^\p{Ll}{1,2}\p{Lu}\p{Ll}{2,}$/u.test(tokens[i].text)) return false;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      if (!isCapWord(tokens[k]) || !adjacent(this.body, tokens[k - 1], tokens[k])) return false;
      if (ORGANISATION_HEADS.has(tokens[k].base)) return true;
    }
    return false;
  }

  private processRun(from: number, to: number): void {
    const { tokens } = this;
    if (this.portfolioBeforeConjunct(from, to)) return;
    // "Forty-two New Zealand firefighters", "Twelve Kenya Power engineers": a count opening the sentence is no
    // part of the name after it (a compound number never is; a single number word but "One" when a country or a listed
    // body follows it: "One Kenya Alliance" may be a name).
    if (to - from >= 2 && isSpelledCount(tokens[from].text) && tokens[from].text !== "One" && (tokens[from].text.includes("-") || this.countryAt.has(from + 1) || this.knownOrganisationAt(from + 1, to))) {
      this.processRun(from + 1, to);
      return;
    }
    // "Leader of the Opposition in the Sindh Assembly Ali Khurshid Farooqui": an office, "in"/"of the", the body's
    // name up to its head, then the holder's name; the body is read on its own and the holder takes the office.
    if (this.officeInBodyThenName(from, to)) return;
    // "Indonesian Consul-General in Johor Baru Hendra Wijayakusuma": after an envoy's title and "in", a city the
    // gazetteer may not know, then the envoy's name.
    if (this.envoyPostThenName(from, to)) return;
    // "Its India Country Head, Ananya Rao,": "its" and a capitalised post ending in a role, before a comma, is the title
    // of the name set off after it (read there, with the body "its" refers to), and names nothing itself.
    if (/^(?:Its|Their)$/.test(tokens[from].text) && to - from >= 2 && tokens[to]?.text === "," && ROLE_WORDS.has(tokens[to - 1].text.toLowerCase())) return;
    // "US Secretary of State Mark Ellison and China's Foreign Minister Li Wen": a run ending in "and" and a country's
    // possessive holds the name before "and"; the possessive owns the next run's title.
    const joinedOwner = this.countryEndingAt(to - 1);
    const ownerAnd = joinedOwner ? joinedOwner.firstToken - 1 : -1;
    if (joinedOwner?.code && tokens[to - 1].possessive && ownerAnd > from && tokens[ownerAnd].text === "and") {
      this.processRun(from, ownerAnd);
      return;
    }
    // "… Mark Ellison and Chinese Foreign Minister Li Wen": "and" then a nationality and a role opens a second titled person.
    const second = this.nationalTitleAfterAnd(from, to);
    if (second !== -1) {
      this.processRun(from, second);
      this.processRun(second + 1, to);
      return;
    }
    // "The Brandt family foundation said", "the Okafor family trust": a family's name, then "family" and a body's
    // lower-case noun, names that body, the lower-case words with it.
    const family = tokens[to];
    const familyBody = tokens[to + 1];
    const surname = tokens[from].text === "The" ? from + 1 : from;
    if (surname < to && to - surname <= 2 && family?.text === "family" && familyBody && FAMILY_BODY_NOUNS.has(familyBody.text) && adjacent(this.body, tokens[to - 1], family) && adjacent(this.body, family, familyBody) && tokens.slice(surname, to).every((t) => isCapWord(t) && !t.possessive) && !this.coveredByCountries(surname, to)) {
      this.addRunOrganisation(surname, to + 2);
      return;
    }
    // "Former Cabinet minister Lim …", "Former Goldman Sachs banker …": a capitalised "Former" opening a sentence
    // before a lower-case role is the title's, not the first word of the body's name.
    if (to - from >= 2 && /^(?:Former|Ex)$/.test(tokens[from].text) && tokens[to]?.kind === "word" && !tokens[to].cap && ROLE_WORDS.has(tokens[to].text)) {
      this.processRun(from + 1, to);
      return;
    }
    // "A Philippine Air Force C-130 flew …", "a Navy P-8A": a model's code after a body's head is the body's craft.
    if (to - from >= 2 && MODEL_CODE.test(tokens[to - 1].text) && ORGANISATION_HEADS.has(tokens[to - 2].base) && !tokens[to - 2].possessive) {
      this.processRun(from, to - 1);
      return;
    }
    // "its plant in Co Kerry", "Co. Tyrone farmers": "Co" before a county is "County", a place, not a company.
    if (/^Co\.?$/.test(tokens[from].text) && to - from === 2 && CO_COUNTIES.has(tokens[from + 1].base)) return;
    // "(MC Photo/Jun Dela Rosa)", "Photo: Thabo Nkosi": a picture's credit names no actor of the story.
    if (this.afterPictureCredit(from) || this.inWireCredit(from)) return;
    // "residents of Okun Ajah", "Villagers of Kibera said": the name after the people who live there is a place.
    if (tokens[from - 1]?.text === "of" && RESIDENT_NOUNS.has(tokens[from - 2]?.text.toLowerCase() ?? "")) return;
    // "in Egypt's Abu Marawat region", "across the Tana Delta area": a short name before a place's lower-case head
    // noun is the place's name (not "a Wagner area commander": no role word after the noun).
    const placeHead = tokens[to];
    if (to - from <= 3 && placeHead?.kind === "word" && !placeHead.cap && PLACE_HEAD_NOUNS.has(placeHead.text) && adjacent(this.body, tokens[to - 1], placeHead) && !tokens[to - 1].possessive && !isAcronym(tokens[to - 1]) && !ROLE_WORDS.has(tokens[to + 1]?.text.toLowerCase() ?? "") && !this.knownOrganisationAt(from, to) && this.opensPlaceName(from)) return;
    // "Perth-based investor Hallam Agri", "a Seoul-based supplier Daewon Tech": a base and one lower-case noun before
    // a short name that opens with no given name introduce a body.
    const describedAfterBase = tokens[from - 1]?.kind === "word" && !tokens[from - 1].cap && BASE_AFFIX.test(tokens[from - 2]?.text ?? "");
    if (describedAfterBase && to - from <= 4 && tokens.slice(from, to).every((t, x) => isCapWord(t) && (x === to - from - 1 || !t.possessive)) && !isGivenName(foldText(tokens[from].base)) && !LAST_NAMES.has(foldText(tokens[to - 1].base)) && !this.knownOrganisationAt(from, to)) {
      this.addRunOrganisation(from, to);
      return;
    }
    // "Kibera ward MCA, Jane Achieng,", "a nominated MCA": an office written in capitals after a lower-case word of
    // its title is the title's role, not a body (the body an abbreviation may also name comes after "the" or alone).
    const roleBefore = tokens[from - 1];
    if (to - from === 1 && isAcronym(tokens[from]) && ROLE_WORDS.has(tokens[from].text.toLowerCase()) && roleBefore?.kind === "word" && !roleBefore.cap && !DETERMINERS.has(roleBefore.text.toLowerCase()) && !CONNECTORS.has(roleBefore.text) && adjacent(this.body, roleBefore, tokens[from])) return;
    // "an LNG carrier", "their GP, before …": a lone term in capitals names no actor, whatever noun follows it;
    // after a body's noun it is a body's name ("state broadcaster CCTV").
    const termAt = to - 1;
    const bodyNounBefore = !!tokens[from - 1] && !tokens[from - 1].cap && isOrganisationPrecedingNoun(tokens[from - 1].text);
    if (!bodyNounBefore && /^\p{Lu}[\p{L}\d&+-]+$/u.test(tokens[termAt].base) && NON_ORGANISATION_ACRONYMS.has(tokens[termAt].base) && !this.countryAt.has(termAt) && tokens.slice(from, termAt).every((t) => NON_NAME_WORDS.has(t.base))) return;
    // "The Arizona Secretary of State's office said", "the Lagos Attorney General's office": a place's office-holder
    // whose office acts names a body, called by the office.
    if (this.placeOfficeRun(from, to)) {
      let a = from;
      while (NON_NAME_WORDS.has(tokens[a].base)) a++;
      this.addRunOrganisation(a, to);
      return;
    }
    // "The Wolfsburg-based company", "a Kaunas-based lender": a base that ends the run describes the lower-case
    // noun after it; it is a place, not a name, whether or not the gazetteer knows the place.
    if (BASE_AFFIX_AFTER_LETTER.test(tokens[to - 1].text)) {
      if (to - 1 > from) this.processRun(from, to - 1);
      return;
    }
    // "Chile's SQM and US-based Albemarle": a base inside the run opens a new name.
    let basedAt = -1;
    for (let k = from; k < to - 1 && basedAt === -1; k++) if (BASE_AFFIX.test(tokens[k].text)) basedAt = k;
    // "New York-based Harbor Ridge": a place of several words before "-based" belongs to the base.
    const basePlace = basedAt === -1 ? undefined : this.placeEndingIn(basedAt, from);
    const baseStart = basePlace ? basePlace.firstToken : basedAt;
    if (basedAt !== -1 && baseStart > from) {
      // "Budi Santoso of Jakarta-based Trimegah": a person's "of", then a based employer; the person works there.
      if (tokens[baseStart - 1].text === "of" && baseStart - 1 - from >= 2 && baseStart - 1 - from <= 4 && this.isPersonName(tokens.slice(from, baseStart - 1)) && basedAt + 1 < to) {
        this.processRun(baseStart, to);
        const employer = this.candidates.get(actorKey(this.textOf(basedAt + 1, to), "ORGANIZATION"));
        this.affiliationAfter = employer?.country ?? basePlace?.code ?? undefined;
        this.employerThenSpeech = SPEECH_VERBS.has(tokens[to]?.text ?? "");
        this.processRun(from, baseStart - 1);
        this.affiliationAfter = undefined;
        this.employerThenSpeech = false;
        const person = this.candidates.get(actorKey(this.textOf(from, baseStart - 1), "PERSON"));
        if (person && employer && !person.employer) person.employer = actorKey(employer.name, "ORGANIZATION");
        return;
      }
      this.processRun(from, tokens[baseStart - 1].text === "and" ? baseStart - 1 : baseStart);
      this.processRun(baseStart, to);
      return;
    }
    // "Toronto-based Andes Copper Corp": the base is an affiliation, not part of the name.
    if (basedAt !== -1 || BASE_AFFIX.test(tokens[from].text)) {
      if (basedAt === -1) return;
      this.basedCountry = basePlace?.code ?? undefined;
      // "US-based Albemarle": a based name with no role word before it is a body.
      const rest = basedAt + 1;
      // "Paris-based Meridia Eau": a based name is a person's only when it opens with a common given name.
      const personAfterBase = this.isPersonName(tokens.slice(rest, to)) && FIRST_NAMES.has(foldText(tokens[rest].base));
      if (!ROLE_WORDS.has(tokens[rest].text.toLowerCase()) && !TITLE_MODIFIERS.has(tokens[rest].text.toLowerCase()) && !this.knownOrganisationAt(rest, to) && !personAfterBase || (to - rest === 1 && !FIRST_NAMES.has(foldText(tokens[rest].base)))) {
        this.addRunOrganisation(rest, to);
        // "Oslo-listed Fjordline Shipping": a body with a listing is a business, for a later "the company's".
        if (/-listed$/i.test(tokens[basedAt].text) && this.lastOrganisation) {
          this.lastOrganisation.company = true;
          this.lastCompany = this.lastOrganisation;
        }
      } else this.processRun(rest, to);
      this.basedCountry = undefined;
      return;
    }
    // "the director of the Tariff Bureau Somchai Ruangrit said": a lower-case title's "of"/"at", the employer, then the name.
    if (this.employerThenNameAfterTitle(from, to)) return;
    // "Cardinal Tomasz Wójcik of Poland": a person's name, then an affiliation.
    let organisationOf = false;
    for (let k = from + 1; k < to - 1; k++) {
      if (tokens[k].text !== "of" && tokens[k].text !== "for") continue;
      const left = tokens[k - 1];
      // "National Collective of Artisanal Fishers of Senegal": after an organisation's "of", the rest is its name.
      if (organisationOf) continue;
      // "the Tarkwa Nsuaem Municipality of the Western Region": a local council's name, then the region it lies in.
      const council = left.base === "Municipality" || (left.base === "Assembly" && /^(?:District|Municipal|Metropolitan)$/.test(tokens[k - 2]?.base ?? ""));
      if (council && k - from >= 2 && tokens[k].text === "of" && tokens[k + 1]?.text === "the" && /^(?:Region|Province|State|County|District)$/.test(tokens[to - 1].base)) {
        this.processRun(from, k);
        return;
      }
      // "the Friends of Hallam Park": a campaign group's name opening with "Friends of" runs on after it.
      const friendsOf = left.base === "Friends" && k - 1 === from && tokens[k].text === "of" && /^the$/i.test(tokens[from - 1]?.text ?? "");
      // "built by Sakura Denki of Japan": a firm's name ending in a company's word, then "of" and a country's name
      // alone, is the firm and where it is from ("National Bank of Kenya" and "Insurance Company of …" are names).
      // "Halvorsen Digital Inc of Ashburn, Virginia", "Kestrel Foods Ltd of Hamilton": so is a legal form's "of" and a
      // town, of the gazetteer or placed by the state or country after its comma.
      const country = this.countryAt.get(k + 1);
      const after = tokens[to]?.text === "," ? this.countryAt.get(to + 1) : undefined;
      const town = tokens[k].text === "of" && to - k <= 3 && LEGAL_FORMS.has(left.base) ? (country?.place && country.endToken === to ? country : after?.code && !country ? after : undefined) : undefined;
      const seat = town ?? country;
      if (tokens[k].text === "of" && k - from >= 2 && seat?.code && (seat.kind === "name" || town) && (town || seat.endToken === to) && (COMPANY_HEADS.has(left.base) || JAPANESE_COMPANY_WORDS.has(left.base)) && !/^(?:Bank|Insurance|Securities|Capital|Partners)$/.test(left.base)) {
        this.basedCountry = seat.code;
        this.addRunOrganisation(from, k);
        this.basedCountry = undefined;
        return;
      }
      if (isOrganisationHead(left) || isOrganisationOfWord(tokens, k - 1, from) || friendsOf) organisationOf = true;
      // "the Shiv Sena of Deputy Chief Minister AK Sawant": a body's "of", then a title and its holder's name.
      if (organisationOf && tokens[k].text === "of" && this.titledNameFrom(k + 1, to)) {
        this.processRun(from, k);
        this.processRun(k + 1, to);
        return;
      }
      const lower = left.text.toLowerCase();
      // "The General Manager of Tema Jasper Gold, Mr …": a role's "of", then a body the text has named whole already,
      // is the office at that body; the run holds no holder's name.
      if (!organisationOf && tokens[k].text === "of" && ROLE_WORDS.has(lower) && this.namedBody(k + 1, to)) {
        this.processRun(k + 1, to);
        return;
      }
      // "CEO of MBDA Eric Béranger": a role, "of", the employer, then the person's name.
      // "Director of Public Prosecutions Kemar Blake": a portfolio of field words after "of" is no employer.
      const portfolio = tokens[k + 1] && FIELD_WORDS.has(tokens[k + 1].text.toLowerCase()) && (k + 2 >= to || FIELD_WORDS.has(tokens[k + 2].text.toLowerCase()) || FIRST_NAMES.has(foldText(tokens[k + 2].base)));
      if (!organisationOf && tokens[k].text === "of" && EMPLOYER_ROLES.has(lower) && !portfolio && this.roleOfEmployerThenName(from, k, to)) return;
      // "Controller of Budget Margaret Achieng", "Director of Public Prosecutions Jane Doe": an office, then its holder.
      // "Deputy Director of Public Prosecutions Kemar Blake": modifiers and roles may open the office.
      // "Spokesman for the Foreign Ministry Tomas Velikov": a spokes-title, "for", the body, then its holder.
      const forBody = tokens[k].text === "for" && SPOKES_ROLES.test(lower);
      if ((tokens[k].text === "of" || forBody) && ROLE_WORDS.has(lower) && this.allRoleWords(from, k - 1) && this.officeThenName(from, k, to, forBody)) return;
      // "…, CEO of Daejin Steel India,": a role's "of" before a business's name (a company word or a unit's place
      // ending it) and no holder after: the body is named here.
      const unitOrFirm = COMPANY_HEADS.has(tokens[to - 1].base) || (this.countryAt.get(to - 1)?.kind === "name" && this.countryAt.get(to - 1)?.firstToken === to - 1);
      if (!organisationOf && tokens[k].text === "of" && ROLE_WORDS.has(lower) && this.allRoleWords(from, k - 1) && !portfolio && to - k - 1 >= 2 && unitOrFirm && !isGivenName(foldText(tokens[k + 1].base)) && !this.countryAt.has(k + 1) && !FIELD_WORDS.has(tokens[k + 1].text.toLowerCase()) && !FIELD_WORDS.has(tokens[to - 1].text.toLowerCase())) {
        this.processRun(k + 1, to);
        return;
      }
      // "Chief Irene Cardinal of the Fort McKay First Nation": a role's word after a title and a given name is a surname.
      const surname = ROLE_WORDS.has(lower) && k - 2 > from && this.allRoleWords(from, k - 2) && isGivenName(foldText(tokens[k - 2].base)) && !ROLE_WORDS.has(tokens[k - 2].text.toLowerCase()) && !TITLE_MODIFIERS.has(tokens[k - 2].text.toLowerCase());
      if (organisationOf || ORGANISATION_HEADS.has(left.base) || (ROLE_WORDS.has(lower) && !surname) || TITLE_MODIFIERS.has(lower) || NON_PERSON_NOUNS.has(left.base)) continue;
      // "They included Hans Weber of Siemens and Ute Brandt of Bosch": people listed each with an employer.
      const and = this.personOfEmployerListedAfter(from, k, to);
      if (and !== -1) {
        this.processRun(from, and);
        this.processRun(and + 1, to);
        return;
      }
      const c = this.countryAt.get(k + 1);
      // "Analyst Priya Raman of Cox Automotive": a business's name after a person's "of" is the employer.
      const employerOfPerson = !c && this.employerAfterPersonsOf(from, k, to);
      if (!c && (employerOfPerson || this.businessNameRun(k + 1, to))) {
        // "Karl Weber of Deutsche Bank": a listed body as well as a listed company.
        const listed = this.knownOrganisationAt(k + 1, to);
        const company = companyNamed(this.textOf(k + 1, to)) ?? (listed && listed.n === to - k - 1 ? listed.org : undefined);
        if (company) this.addKnownOrganisation(company, tokens[k + 1].start);
        else this.addRunOrganisation(k + 1, to);
        const employer = this.candidates.get(actorKey(company?.name ?? this.textOf(k + 1, to), "ORGANIZATION"));
        this.affiliationAfter = employer?.country ?? this.unitCountryAfterOf(k, to);
        // "Budi Santoso of Brightwater Capital said": the name before its employer's is the speech verb's subject.
        this.employerThenSpeech = SPEECH_VERBS.has(tokens[to]?.text ?? "");
        this.processRun(from, k);
        this.affiliationAfter = undefined;
        this.employerThenSpeech = false;
        // "Rizal Hakim of Mandiri Sekuritas said": the speech verb after the employer is the person's.
        const person = employerOfPerson ? this.candidates.get(actorKey(this.textOf(from, k), "PERSON")) : undefined;
        if (person && employer) {
          person.evidence += this.speechVerbNear(from - 1, to) ? 2 : 1;
          person.employer = person.employer ?? actorKey(employer.name, "ORGANIZATION");
        }
        return;
      }
      this.affiliationAfter = c && c.endToken === to ? c.code : c ? undefined : this.unitCountryAfterOf(k, to);
      this.employerThenSpeech = SPEECH_VERBS.has(tokens[to]?.text ?? "");
      this.processRun(from, k);
      this.affiliationAfter = undefined;
      this.employerThenSpeech = false;
      this.processRun(k + 1, to);
      return;
    }
    // "Chinese Ambassador to Kenya Zhou Minghai": the country after an envoy's "to" is the posting, and the name follows it.
    if (this.envoyPostingThenName(from, to)) return;
    // "the BJP-led government", "an ANC-run council": a party's or body's acronym leading a compound names it.
    if (to - from === 1 && this.acronymLeadingCompound(from)) return;
    let a = from;
    // "Huaxin Power Technology Co., Ltd. and …": a company form after the comma ends the name before it.
    while (a < to - 1 && tokens[a - 1]?.text === "," && /^(?:Ltd\.?|Limited|Inc\.?|LLC|Plc|PLC)$/.test(tokens[a].base)) a++;
    // "An Bord Pleanála", "An Garda Síochána": the Irish article before a body's head opens its name.
    while (a < to && (NON_NAME_WORDS.has(tokens[a].base) || CONNECTORS.has(tokens[a].text)) && !(tokens[a].text === "An" && a + 1 < to && IRISH_ARTICLE_HEADS.has(tokens[a + 1].base)) && !this.monthWordAsGivenName(a, to)) a++;
    // "Rival Daehan Heavy Industries gained", "Chipmaker Kitaboshi said": a sentence's capitalised first word
    // that introduces a business is a common noun, not part of the name.
    if (to - a >= 2 && this.sentenceInitial(a) && isBusinessIntroducer(tokens[a].text.toLowerCase())) a++;
    // "Moderator Jenna Marsh of TVNZ", "Vendor Amina Yusuf said": a sentence's opening common noun before a
    // given name and a surname is the person's job, whether or not the role list has it.
    let jobNoun = -1;
    if (to - a >= 3 && !this.forcedRole && (this.sentenceInitial(a) || /^[—–]$/.test(tokens[a - 1]?.text ?? "")) && this.jobNounBeforeName(a)) {
      this.forcedRole = { start: a, end: a + 1 };
      jobNoun = a;
    }
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
        // "the Canadian Red Cross": a national society of the movement is its country's own body.
        if (runCountry?.code && /^Red (?:Cross|Crescent)$/.test(known.org.name)) this.addCandidate("ORGANIZATION", this.textOf(a, b), null, runCountry.code, 3, tokens[a].start);
        else if (p === a && b - a === 1 && this.parentBodyAsModifier(a, known.org)) this.addCandidate("ORGANIZATION", known.org.name, null, known.org.country, 0, tokens[a].start);
        else this.addKnownOrganisation(known.org, tokens[p].start);
        return;
      }
      const c = this.countryAt.get(p);
      if (c && c.endToken <= b && c.endToken > p) {
        runCountry = runCountry ?? c;
        p = c.endToken;
      } else break;
    }

    // "NHS Tayside", "UNICEF Nigeria": a listed body's abbreviation, then one region's word, is that body's branch.
    // "HSE South West", "NHS North East": a compass region of two words is one too.
    const compass = b - a === 3 && /^(?:North|South|East|West|Mid)$/.test(tokens[a + 1].base) && /^(?:East|West|North|South|Central)$/.test(tokens[a + 2].base);
    if (compass && isAcronym(tokens[a]) && !this.countryAt.has(a)) {
      this.addCandidate("ORGANIZATION", this.textOf(a, b), null, this.knownOrganisationAt(a, a + 1)?.org.country ?? undefined, 2, tokens[a].start);
      return;
    }
    const branchOf = b - a === 2 && isAcronym(tokens[a]) ? this.knownOrganisationAt(a, a + 1) : null;
    if (branchOf && !branchOf.org.name.includes(tokens[a + 1].base) && this.isBranchWord(a + 1)) {
      this.addCandidate("ORGANIZATION", this.textOf(a, b), null, this.countryAt.get(a + 1)?.code ?? branchOf.org.country ?? undefined, 2, tokens[a].start);
      return;
    }
    // "told Parliament", "the Senate approved": a legislature named alone is the story's country's.
    if (b - a === 1 && LEGISLATURES.has(tokens[a].base) && !this.sentenceOpeningTitle(a)) {
      this.addCandidate("ORGANIZATION", tokens[a].base, null, undefined, 2, tokens[a].start);
      return;
    }
    // "Rolls-Royce Trent XWB-97 engines", "the Mahindra XUV700": a listed maker's name before its product's.
    const maker = this.listedMakersProduct(a, b);
    if (maker) {
      this.addKnownOrganisation(maker, tokens[a].start);
      this.markCompany(maker.name);
      return;
    }
    // "Shares in Aurizon and Qantas", "Moody's said": a company of the maintained and curated lists, named whole.
    const company = companyNamed(this.body.slice(tokens[a].start, tokens[b - 1].end)) ?? companyNamed(this.textOf(a, b));
    if (company) {
      this.addKnownOrganisation(company, tokens[a].start);
      this.markCompany(company.name);
      return;
    }
    if (this.nounsThenCountry(a, b)) {
      this.addRunOrganisation(a, b);
      return;
    }
    // "Ethiopian Minister of Water and Energy Habtamu Alemu": a title with its portfolio, then the name.
    let roleField = this.roleOfField(a, b);
    // "QatarEnergy President and CEO Saad Al-Kaabi and Bharat Gas chairman …": two roles joined by "and" make one
    // title; the name after it ends at the next "and".
    const joined = roleField ? null : this.joinedTitle(a, b);
    if (joined && joined.nameEnd < b) {
      this.processRun(a, joined.nameEnd);
      this.processRun(joined.nameEnd + 1, b);
      return;
    }
    if (joined) roleField = { start: joined.start, end: joined.end };
    if (roleField) {
      // "the Governor of the Central Bank": portfolio words that run into a body's head are that body's name.
      // (Not "Minister for Public Service": a service, a force or a sector may be a portfolio.)
      if (roleField.end === b - 1 && /^(?:Bank|Commission|Authority|Agency|Corporation|Company|Board|Council|Court|Fund|Institute|Bureau|University)$/.test(tokens[b - 1].base) && !joined) {
        let r = roleField.start + 2;
        if (tokens[r]?.text === "the") r++;
        if (b - r >= 2) this.processRun(r, b);
        return;
      }
      if (roleField.end === b || !this.isPersonName(tokens.slice(roleField.end, b))) return;
      // "The General Manager of Obuasi Ridge Gold, Mr …": when the words after the title's "of" are a body the text
      // has named already, the run is the office at that employer, and holds no name.
      for (let k = roleField.start; k < roleField.end; k++) if (tokens[k].text === "of" && this.namedBody(k + 1, b)) return;
      this.forcedRole = roleField;
    }
    // "Cebu Pacific and Philippine Airlines", "Cemex and Grupo Bimbo": two bodies when either half is listed.
    for (let k = a + 1; k < b - 1 && !roleField; k++) {
      if (tokens[k].text !== "and" || this.townAndNameBeforeHead(a, k)) continue;
      // "Samsung Electronics Co. Ltd and Volkswagen AG": after a head, only two listed names are two bodies.
      const both = ORGANISATION_HEADS.has(tokens[k - 1].base);
      // "AIB, Bank of Ireland and Permanent TSB": after a body and a list's comma, a name of two or more words
      // after "and" (no portfolio's field word) is the list's last body.
      const listEnd = tokens[a - 1]?.text === "," && b - k > 2 && !FIELD_WORDS.has(tokens[k + 1].text.toLowerCase()) && this.organisationEndsAt(a - 2);
      // "Viet Phap Steel Joint Stock Company and Hai Long Construction Joint Stock Company": two names of three words or
      // more, each ending at a body's head, are two bodies (not "Farmers Bank and Trust Company", nor a ministry's
      // "of" and its fields).
      const twoHeaded = both && ORGANISATION_HEADS.has(tokens[b - 1].base) && k - a >= 3 && b - k > 3 && !FIELD_WORDS.has(tokens[k + 1].text.toLowerCase()) && !tokens.slice(a, k).some((t) => t.text === "of" || t.text === "for");
      // "the Senate and House of Representatives": two chambers of one legislature are two bodies.
      const chambers = isChamberName(this.textOf(a, k)) && isChamberName(this.textOf(k + 1, b));
      // "the Brampton Assembly Plant and Windsor Parts Distribution Centre": two sites, each named up to its head.
      const twoSites = k - a >= 2 && b - k > 2 && SITE_HEADS.has(tokens[k - 1].base) && SITE_HEADS.has(tokens[b - 1].base);
      if (listEnd || twoHeaded || chambers || twoSites || (both ? this.listedName(a, k) && this.listedName(k + 1, b) : this.listedName(a, k) || this.listedName(k + 1, b) || this.listedMakersProduct(a, k) !== null)) {
        this.processRun(a, k);
        this.processRun(k + 1, b);
        return;
      }
    }
    for (let k = a + 1; k < b - 1 && !roleField; k++) {
      if (this.townAndNameBeforeHead(a, k)) continue;
      // "Japan's Shimizu Corp. and Philippine firm EEI": a country's word after "and" opens the next phrase.
      if (tokens[k].text === "and" && this.coveredByCountries(k + 1, b) && !this.coveredByCountries(a, k)) {
        this.processRun(a, k);
        return;
      }
      if (tokens[k].text === "and" && this.coveredByCountries(a, k)) {
        this.processRun(k + 1, b);
        return;
      }
    }
    // "the Mexican banks Banverde and Multired", "the lenders X and Y": a plural body noun before two short names
    // joined by "and" makes each a body.
    const prevWord = tokens[a - 1];
    if (!roleField && prevWord && prevWord.kind === "word" && !prevWord.cap && isPluralBodyNoun(prevWord.text) && adjacent(this.body, prevWord, tokens[a])) {
      const k = tokens.slice(a, b).findIndex((t) => t.text === "and") + a;
      if (k > a && k - a <= 3 && b - k - 1 >= 1 && b - k - 1 <= 3 && tokens.slice(a, b).every((t, x) => a + x === k || (isCapWord(t) && !t.possessive))) {
        this.addRunOrganisation(a, k);
        this.addRunOrganisation(k + 1, b);
        return;
      }
    }
    // "state-owned miner Enami and China's Jinling New Energy": a body named only by the noun before it
    // ends at "and" when another name follows.
    if (!roleField && prevWord && prevWord.kind === "word" && !prevWord.cap && isOrganisationPrecedingNoun(prevWord.text)) {
      for (let k = a + 1; k < b - 1; k++) {
        if (tokens[k].text !== "and") continue;
        if (ORGANISATION_HEADS.has(tokens[b - 1].base) && !tokens[k - 1].possessive && !this.countryAt.has(k + 1)) break;
        this.processRun(a, k);
        this.processRun(k + 1, b);
        return;
      }
    }
    // "Bank of Thailand Governor Chaiwat Rattanakorn", "Controller of Budget Margaret Achieng": a body's
    // name, then a title and a person's full name.
    for (let k = a + 2; k < b - 1 && !roleField; k++) {
      const lower = tokens[k].text.toLowerCase();
      if (!ROLE_WORDS.has(lower) || CONNECTORS.has(tokens[k - 1].text) || !FIRST_NAMES.has(foldText(tokens[k + 1].base)) || b - k < 3) continue;
      let of = false;
      for (let j = a + 1; j < k - 1 && !of; j++) of = tokens[j].text === "of";
      if (!of || !this.isOrganisationRun(a, k)) continue;
      this.processRun(a, k);
      this.processRun(k, b);
      return;
    }
    // "the President of the European Commission", "the Commissioner of Police": an office named alone is no body;
    // the body after its last "of" is named on its own.
    // "The Honourable Commissioner of Works", "Minister for Road Transport & Highways": courtesy and rank words may
    // open the office, and "for" names its portfolio as "of" does; a portfolio after "for" is a field, not a body.
    let office = a;
    while (office < b - 1 && TITLE_MODIFIERS.has(tokens[office].text.toLowerCase()) && !ROLE_WORDS.has(tokens[office].text.toLowerCase())) office++;
    if (!roleField && ROLE_WORDS.has(tokens[office].text.toLowerCase()) && !ORGANISATION_HEADS.has(tokens[office].base)) {
      let of = -1;
      let forField = false;
      for (let k = office + 1; k < b - 1; k++) {
        if (tokens[k].text === "of") of = k;
        else if (of === -1 && tokens[k].text === "for" && ROLE_WORDS.has(tokens[k - 1].text.toLowerCase())) {
          of = k;
          forField = true;
        } else if (of === -1 && !ROLE_WORDS.has(tokens[k].text.toLowerCase()) && !TITLE_MODIFIERS.has(tokens[k].text.toLowerCase()) && tokens[k].text !== "and") break;
      }
      if (of !== -1) {
        const rest = tokens[of + 1].text === "the" ? of + 2 : of + 1;
        // "Leader of the Opposition Arvind Chaudhary": a holder's name after the office goes the usual way.
        let holder = false;
        // "General Secretary of the Ghana Shea Pickers Association": a body's head ending the run leaves no holder.
        for (let k = rest; k < b && !holder && !isOrganisationHead(tokens[b - 1]); k++) holder = FIRST_NAMES.has(foldText(tokens[k].base)) || isGivenName(foldText(tokens[k].base));
        // "Inspector General of Police Wycliffe Mutua Kirui": a portfolio word, then two words that make a name.
        if (!holder && b - rest >= 3) holder = isCapWord(tokens[b - 2]) && this.isPersonName(tokens.slice(b - 2, b), true);
        if (!holder) {
          if (!forField && rest < b && (this.knownOrganisationAt(rest, b)?.n === b - rest || (b - rest === 1 && isAcronym(tokens[rest])) || (b - rest >= 2 && this.isOrganisationRun(rest, b)))) this.processRun(rest, b);
          return;
        }
      }
    }
    // "Electoral Commission Chairman Dr. Kofi Mensah": a body's name ending in its head, then a role and a person.
    for (let k = a + 1; k < b - 2 && !roleField; k++) {
      const head = tokens[k].base;
      const band = k - 1 > a && tokens[k - 1].base === "First" && /^Nations?$/.test(head);
      if (!BODY_HEADS_BEFORE_ROLE.has(head) && !band) continue;
      if (!this.roleThenName(k + 1, b) || this.coveredByCountries(a, k + 1)) continue;
      this.addRunOrganisation(a, k + 1);
      // "Cork County Council Mayor Fiona Hegarty": the body's seat is its officer's country.
      const seat = this.lastOrganisation?.country;
      if (seat && this.affiliationAfter === undefined) this.affiliationAfter = seat;
      this.processRun(k + 1, b);
      if (seat && this.affiliationAfter === seat) this.affiliationAfter = undefined;
      return;
    }
    const business = roleField ? -1 : this.countrysBusinessName(a, b);
    if (business !== -1) {
      this.addRunOrganisation(business, b);
      return;
    }
    // "KMPDU Kisumu branch secretary", "the ANC Durban chapter": a place between a body and "branch" names the
    // branch; the body is the name before it.
    if (!roleField && b - a >= 2 && /^(?:branch|chapter)$/.test(tokens[b]?.text ?? "") && (this.isGazetteerPlace(tokens[b - 1]) || this.isPlaceWord(tokens[b - 1])) && this.isOrganisationRun(a, b - 1)) {
      this.addRunOrganisation(a, b - 1);
      return;
    }
    // "the Ministry of Planning & Urban Development Building": the building is no body; the body it is named for is.
    if (!roleField && b - a >= 3 && tokens[b - 1].base === "Building" && !this.isOrganisationRun(a, b) && this.isOrganisationRun(a, b - 1)) {
      this.addRunOrganisation(a, b - 1);
      return;
    }
    // "County Assembly of Kisumu Speaker, Jane Otieno,": a capitalised role closing a body's name that has "of", before
    // a comma and a name, is the title of the person named after it.
    if (!roleField && this.roleClosingBodyBeforeName(a, b) && this.isOrganisationRun(a, b - 1)) {
      this.addRunOrganisation(a, b - 1);
      return;
    }
    // "Harwood College and Harwood County Public Schools": two bodies' names, each closed by a head, are two bodies.
    const pair = roleField ? -1 : this.headedPairAnd(a, b);
    if (pair > 0) {
      this.processRun(a, pair);
      this.processRun(pair + 1, b);
      return;
    }
    // "Safaricom and Airtel Kenya said": a listed body or firm named whole before "and" is one of two.
    for (let k = a + 1; k < b - 1 && !roleField; k++) {
      if (tokens[k].text !== "and" && tokens[k].text !== "&") continue;
      const listed = this.knownOrganisationAt(a, k);
      if ((listed && a + listed.n === k) || companyNamed(this.textOf(a, k))) {
        this.processRun(a, k);
        this.processRun(k + 1, b);
        return;
      }
      break;
    }
    if (!roleField && (this.isOrganisationRun(a, b) || this.employerAfterRoleAt(a, b))) {
      this.addRunOrganisation(a, b);
      return;
    }
    // "the Rio Oil & Gas Expo", "the Mining and Energy Summit": two common nouns joined before an event's head name
    // one event (no body), not a body and an event.
    if (!roleField && b - a >= 4 && EVENT_HEADS.has(tokens[b - 1].base) && (tokens[b - 3].text === "and" || tokens[b - 3].text === "&") && COMMON_WORDS.has(tokens[b - 2].base.toLowerCase()) && COMMON_WORDS.has(tokens[b - 4].base.toLowerCase())) return;
    // "Lucknow and Jaipur", "Moscow and Pyongyang": two names, not one.
    for (let k = a + 1; k < b - 1 && !roleField; k++) {
      if (this.townAndNameBeforeHead(a, k)) continue;
      // "Tánaiste and Enterprise Minister Seán Doherty": two titles of one person, joined by "and".
      if (tokens[k].text === "and" && this.titlesJoinedBefore(a, k, b)) break;
      if (tokens[k].text === "and" || tokens[k].text === "&") {
        // "the La Paz and Benito Juárez dams": names joined before a plural work's noun are the works' names.
        const worksBefore = this.worksListNoun;
        if (b === to && this.namesakeWorkAfter(b, true)) this.worksListNoun = b;
        this.processRun(a, k);
        this.processRun(k + 1, b);
        this.worksListNoun = worksBefore;
        if (tokens[k].text === "and") this.shareCoordinatedPerson(a, k, b);
        return;
      }
    }

    // Split into pieces: organisations, countries, role words, then the name at the end.
    const pieces: Array<{ type: "org" | "country" | "role" | "name"; from: number; to: number; org?: KnownOrganisation; country?: CountryMention }> = [];
    p = a;
    // "Corvell Chief Operating Officer Derek Whitfield" after "Corvell Motion Systems": a body's short form (or whole
    // name) opening the run before a capitalised role is the employer.
    const runEmployer = this.bodyOpeningTitledRun(a, b);
    if (runEmployer) {
      p = runEmployer.to;
      this.noteMention(runEmployer.body, tokens[a].start);
    }
    while (p < b) {
      // "PAGASA Administrator Renato Villamor": a listed body's abbreviation opens the title.
      // "Maersk CEO Vincent Clerc", "Nokia President …": a listed company's one-word name opening the run before a
      // capitalised role is the employer, as a curated body's is.
      const listed = isAcronym(tokens[p]) || (p === a && p + 2 < b && isCapWord(tokens[p]) && !tokens[p].possessive && ROLE_WORDS.has(tokens[p + 1].text.toLowerCase())) ? companyNamed(tokens[p].base) : undefined;
      // "QatarEnergy President and CEO …": a listed company's whole name before a forced title is the employer.
      const employer = !listed && this.forcedRole && p === a && p < this.forcedRole.start ? companyNamed(this.textOf(p, this.forcedRole.start)) : undefined;
      const known = this.knownOrganisationAt(p, b) ?? (listed ? { org: listed, n: 1 } : employer ? { org: employer, n: this.forcedRole!.start - p } : null);
      if (known) {
        pieces.push({ type: "org", from: p, to: p + known.n, org: known.org });
        this.addKnownOrganisation(known.org, tokens[p].start);
        p += known.n;
        continue;
      }
      const c = this.countryAt.get(p);
      if (c && c.endToken <= b && c.endToken > p) {
        // "Ambassador to India Mark Ellis": after an envoy's "to" the word is the place, not a given name.
        const afterEnvoy = tokens[p - 1]?.text === "to" && ENVOY_ROLES.has(tokens[p - 2]?.text.toLowerCase() ?? "");
        const personLike = c.endToken - p === 1 && PERSON_PRONE_COUNTRY_WORDS.has(tokens[p].base) && c.endToken < b && !tokens[p].possessive && !afterEnvoy;
        if (!personLike) {
          pieces.push({ type: "country", from: p, to: c.endToken, country: c });
          p = c.endToken;
          continue;
        }
      }
      const lower = tokens[p].text.toLowerCase();
      const forced = this.forcedRole && p >= this.forcedRole.start && p < this.forcedRole.end;
      // "Tariq Mehmood Khan": a role word ending the run after a name is the name's last word.
      const lastPiece = pieces[pieces.length - 1];
      const endsName = p === b - 1 && lastPiece?.type === "name" && lastPiece.to === p && (lastPiece.to - lastPiece.from >= 2 || FIRST_NAMES.has(foldText(tokens[lastPiece.from].base)));
      // "Treasury CS John Mbugua Kariuki": a role's abbreviation before a given name and a surname.
      const abbreviatedRole = ROLE_ABBREVIATIONS.has(lower) && /^\p{Lu}{2,5}$/u.test(tokens[p].base) && p + 2 < b && isGivenName(foldText(tokens[p + 1].base));
      // "Manpower Minister Ida …", "Sanitation Minister …": a portfolio's word right before a state office's role is the title's.
      const portfolioWord = FIELD_WORDS.has(lower) && p + 2 < b && ROLE_WORDS.has(tokens[p + 1].text.toLowerCase()) && GOVERNMENT_ROLE.test(tokens[p + 1].text) && !this.countryAt.has(p);
      if (!endsName && (forced || abbreviatedRole || portfolioWord || malayHonorific(tokens, p) || (HONORIFICS.has(lower) && !/^(?:tan|seri|sri)$/.test(lower) && p + 1 < b) || ((ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower)) && !CONNECTORS.has(tokens[p].text) && !this.startsName(p, b)))) {
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
    // "Airtel Kenya said", "figures from Microsoft Nigeria": a listed firm's name, then a country's, alone in the run,
    // name the firm's unit there (docs/actor-conventions.md, rule 3), not the firm itself.
    const unitCountry = pieces.length === 2 && pieces[1].type === "country" && pieces[1].to === b && pieces[1].country?.kind === "name" ? pieces[1].country.code : undefined;
    const firm = unitCountry && b === to ? (pieces[0].type === "org" ? pieces[0].org && companyNamed(pieces[0].org.name) : pieces[0].type === "name" ? companyNamed(this.textOf(pieces[0].from, pieces[0].to)) : undefined) : undefined;
    if (unitCountry && firm) {
      const parentKey = actorKey(firm.name, "ORGANIZATION");
      const parent = this.candidates.get(parentKey);
      if (parent && parent.firstSeen === tokens[a].start) this.candidates.delete(parentKey);
      this.addCandidate("ORGANIZATION", this.textOf(a, b), null, unitCountry, 2, tokens[a].start);
      this.markCompany(this.textOf(a, b));
      return;
    }
    const namePiece = pieces[pieces.length - 1];
    if (!namePiece || namePiece.type !== "name") return;
    // "the Julius Nyerere dam", "the Jomo Kenyatta highway": a work named after a person is no mention of them.
    // "Mozambique's Cahora Bassa hydroelectric scheme": one work-describing word may come between.
    if (b === to && pieces.length === 1 && (this.namesakeWorkAfter(b, false) || (this.worksListNoun !== -1 && (b === this.worksListNoun || tokens[b]?.text === "and")))) return;
    // "Cabinet Secretary for Devolution Grace Wafula": a portfolio after a role's "for" or "of" runs to the given name.
    if (CONNECTORS.has(tokens[namePiece.from].text) && pieces.some((x) => x.type === "role")) {
      let given = -1;
      for (let j = namePiece.from + 2; j <= namePiece.to - 2 && given === -1; j++) if (FIRST_NAMES.has(foldText(tokens[j].base))) given = j;
      // "Undersecretary for Railways Corazon Reyes": portfolio words only, then a registry given name and a surname.
      const pair = namePiece.to - 2;
      if (given === -1 && pair >= namePiece.from + 2 && isGivenName(foldText(tokens[pair].base)) && tokens.slice(namePiece.from + 1, pair).every((t) => FIELD_WORDS.has(t.text.toLowerCase()))) given = pair;
      if (given !== -1) {
        pieces.splice(pieces.length - 1, 0, { type: "role", from: namePiece.from, to: given });
        namePiece.from = given;
      }
    }
    // "Deputy Director General for Technical Cooperation": one word after a role's "for"/"of" is the portfolio's.
    if (namePiece.to - namePiece.from === 1 && pieces.some((x) => x.type === "role") && !isGivenName(foldText(tokens[namePiece.from].base))) {
      for (let k = a; k < namePiece.from; k++) if (tokens[k].text === "for" || tokens[k].text === "of") return;
    }
    // "The Leader of the Opposition in the Assembly, R. Murthy": a run still opening with "of" or "for" is no name;
    // nor one opening with a panel's "on" ("The Council on Ethics said").
    if (tokens[namePiece.from].text === "of" || tokens[namePiece.from].text === "for" || tokens[namePiece.from].text === "on") return;
    const prefix = pieces.slice(0, -1);
    const nameTokens = tokens.slice(namePiece.from, namePiece.to);
    const fronted = this.frontedByAccordingTo(from, b);
    const appositive = prefix.length === 0 && b === to && tokens[b]?.text === "," && !fronted ? this.titleAfter(b + 1) : null;
    // 'said Shirin Akter, a sewing machine operator': a registry given name right after "said" is a person.
    const saidPerson = SPEECH_VERBS.has(tokens[a - 1]?.text ?? "") && nameTokens.length >= 2 && isGivenName(foldText(nameTokens[0].base));
    if (appositive?.org && !(appositive.trade && namedLikePerson(nameTokens, !!appositive.personProne)) && !saidPerson) {
      // "Alpenbank, the Zurich-based private bank,": a body, with its base.
      const orgName = this.textOf(namePiece.from, namePiece.to);
      this.addCandidate("ORGANIZATION", orgName, null, appositive.country, 2, nameTokens[0].start);
      if (appositive.company) this.markCompany(orgName);
      return;
    }
    // "a Japanese trading house, Nakamura Shoji,": a business described just before its name.
    const described = prefix.length === 0 && b === to && nameTokens.length >= 2 && !FIRST_NAMES.has(foldText(nameTokens[0].base)) ? this.describedBusinessBefore(a, b) : undefined;
    if (described !== undefined) {
      const orgName = this.textOf(namePiece.from, namePiece.to);
      this.addCandidate("ORGANIZATION", orgName, null, described, 2, nameTokens[0].start);
      this.markCompany(orgName);
      return;
    }
    // "works through its local subsidiary, Hanbit Vina.": a name set off after a unit's noun is the unit's.
    if (prefix.length === 0 && b === to && nameTokens.length >= 2 && tokens[a - 1]?.text === "," && SUBSIDIARY_NOUNS.has(tokens[a - 2]?.text ?? "") && /^[,.;]$/.test(tokens[b]?.text ?? "") && !FIRST_NAMES.has(foldText(nameTokens[0].base))) {
      const orgName = this.textOf(namePiece.from, namePiece.to);
      // After "its", the business named last before the unit is the parent.
      const parent = this.lastCompany ?? this.lastOrganisation;
      const owned = /^its$/i.test(tokens[a - 3]?.text ?? "") || /^its$/i.test(tokens[a - 4]?.text ?? "");
      this.addCandidate("ORGANIZATION", orgName, null, undefined, 2, nameTokens[0].start);
      this.markCompany(orgName);
      const unit = this.candidates.get(actorKey(orgName, "ORGANIZATION"));
      if (unit && parent && owned && parent !== unit) unit.parent = actorKey(parent.name, "ORGANIZATION");
      return;
    }
    // "Nurlan Taraz said", "said Omondi Siaya, a trader": a speaking or working subject is no place either.
    const aged = namePiece.to === to && nameTokens.length === 2 && (this.ageAfter(to) || this.speaksOrWorks(from, namePiece.from, to));
    if (!this.isPersonName(nameTokens, prefix.some((x) => x.type === "role") || (prefix.length === 0 && (this.lowerRoleBefore(a) || !!this.counterpartCountryBefore(a))), aged)) return;
    const roleIndex = prefix.findIndex((x) => x.type === "role" || x.type === "org");
    const hasRole = prefix.some((x) => x.type === "role" && (ROLE_WORDS.has(tokens[x.from].text.toLowerCase()) || x.from === jobNoun || (ROLE_ABBREVIATIONS.has(tokens[x.from].text.toLowerCase()) && /^\p{Lu}{2,5}$/u.test(tokens[x.from].base))));
    // "business owners in Lenasia said", "a marina in Cedar Key, said": after a locative preposition, a place.
    if (prefix.length === 0 && LOCATIVES.has(tokens[a - 1]?.text ?? "") && !FIRST_NAMES.has(foldText(nameTokens[0].base))) return;
    // "King Khalid International Airport's terminals": a place's generic word left alone after a title names no one.
    if (nameTokens.length === 1 && PLACE_LAST_WORDS.has(nameTokens[0].base)) return;
    if (nameTokens.length === 1 && !hasRole) {
      const word = nameTokens[0];
      // '"Who pays for that?" asked Serhiy, a driver from Lviv': a given name alone after a speech verb, then ", a <job>".
      const job = tokens[b]?.text === "," && /^(?:a|an)$/.test(tokens[b + 1]?.text ?? "") ? [b + 2, b + 3, b + 4].find((k) => ROLE_WORDS.has(tokens[k]?.text ?? "")) : undefined;
      if (prefix.length === 0 && b === to && job !== undefined && SPEECH_VERBS.has(tokens[a - 1]?.text ?? "") && isGivenName(foldText(word.base)) && !this.countryAt.has(a)) {
        this.addCandidate("PERSON", word.base, this.textOf(b + 2, job + 1), undefined, 2, word.start);
        return;
      }
      // "His Highness said", "Her Majesty's government": a style after a possessive pronoun stands for a person named before.
      if (STYLES_OF_ADDRESS.has(word.base) && /^(?:his|her|their|your)$/i.test(tokens[a - 1]?.text ?? "")) return;
      // "You're adding", "We'll see": a contraction names no one.
      if (/\p{L}['’](?:re|ve|ll|m|d)$/iu.test(word.base)) return;
      const sentenceInitial = !tokens[a - 1] || /^[.!?"“”„«‚]$/.test(tokens[a - 1].text) || tokens[a - 1].paragraph !== word.paragraph || opensAfterDateline(tokens, a);
      if (prefix.length === 0 && b === to && this.mononymPerson(a, b)) {
        this.addCandidate("PERSON", word.base, null, undefined, 2, word.start);
        return;
      }
      this.bareWords.push({ text: word.base, start: word.start });
      const folded = foldText(word.base);
      this.noteShortFormMention(word.base, folded, word.start);
      // "according to Kibera ward councillor, …": a word opening a title (up to two lower-case words, then the role)
      // is its place or employer, which the title's own reading decides, not a source body.
      let roleAfter = false;
      for (let j = b; j < b + 3 && tokens[j] && !roleAfter; j++) {
        roleAfter = ROLE_WORDS.has(tokens[j].text.toLowerCase()) && (!tokens[j].cap || isAcronym(tokens[j]));
        if (tokens[j].kind !== "word" || (tokens[j].cap && !roleAfter)) break;
      }
      const accordingTo = tokens[a - 1]?.text === "to" && tokens[a - 2]?.text.toLowerCase() === "according" && !roleAfter;
      // "Fishermen told to stay ashore": a plural in "-men" opening a sentence is a common noun, like one in "-s".
      // "„Management told us": an abstract noun's ending marks a common noun the lexicon leaves out.
      // "Cumulative recoveries stand at 14": so does an adjective's ending ("-ive", "-ous", "-able", "-ible").
      const commonWordStart = sentenceInitial && (/(?:s|\p{Ll}men|\p{Ll}{2}(?:ment|tion|ness|ity|ive|ous|able|ible))$/u.test(word.base) || LAST_NAMES.has(folded) || COMMON_WORDS.has(folded));
      // "Afreximbank", "Hubtel", "Safaricom", "Infosoft": a business's morpheme ending one word names a company.
      const businessWord = BUSINESS_MORPHEME.test(word.base) && !LAST_NAMES.has(folded) && !COMMON_WORDS.has(folded) && !this.isGazetteerPlace(word);
      // "KiwiRail halted trains", "ActionSA's councillors": a one-word CamelCase brand as a verb's subject or an owner.
      const after = tokens[b];
      const verbAfter = !!after && after.kind === "word" && !after.cap && adjacent(this.body, word, after) && /(?:PastTense|PresentTense|Modal|^Verb)/.test(COMMON_WORDS_TAGS.get(after.text) ?? (/\p{Ll}ed$/u.test(after.text) ? "PastTense" : ""));
      const camelBrand = CAMEL_CASE_BRAND.test(word.base) && (word.possessive || verbAfter);
      // "Province says review will be thorough", "the Province said": a place's kind noun alone stands for no named body.
      const placeKind = GENERIC_PLACE_KINDS.has(word.base);
      // "director of enforcement at Ofwatch", "head of Retail Markets at Ofwatch": a lone word after a title's "at" is its employer.
      const employerAfterTitle = prefix.length === 0 && b === to && this.atAfterRole(a);
      if (prefix.length === 0 && !placeKind && (accordingTo || businessWord || camelBrand || employerAfterTitle || (this.speechVerbNear(-1, to) && !commonWordStart)) && !FIRST_NAMES.has(folded) && !PLACE_NAMES.has(folded) && !isDemonymWord(folded) && !isDateline(tokens, a) && !this.isGazetteerPlace(word)) {
        const owner = tokens[a - 1];
        const country = owner?.possessive && adjacent(this.body, owner, word) ? this.countryEndingAt(a - 1) : undefined;
        this.organisationGuesses.push({ text: word.base, start: word.start, country: country?.code && country.kind === "name" ? country.code : undefined });
      } else if (prefix.length === 0 && to === a + 1 && !FIRST_NAMES.has(folded) && !LAST_NAMES.has(folded) && !PLACE_NAMES.has(folded) && !COMMON_WORDS.has(folded)) {
        // "Brazil's Embraer", "Japan's Toyota": a country's single unknown name is mostly a company or body;
        // it is dropped later if it turns out to be a surname.
        const owner = tokens[a - 1];
        const country = owner?.possessive && adjacent(this.body, owner, word) ? this.countryEndingAt(a - 1) : undefined;
        // "Egypt's Vision 2030", "Kenya's Agenda 2063": a word named with its target year is a national plan, not a body.
        const planYear = !!after && after.kind !== "word" && /^(?:19|20)\d\d(?!\d)/.test(this.body.slice(after.start, after.start + 5)) && adjacent(this.body, word, after);
        if (country?.code && country.kind === "name" && !planYear) this.organisationGuesses.push({ text: word.base, start: word.start, country: country.code });
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
      // "Trade and Industry Minister Ama Owusu": field words and "and" before the run are the portfolio's first half.
      const first = prefix[roleIndex].from;
      if (tokens[first - 1]?.text === "and" && FIELD_WORDS.has(tokens[first].text.toLowerCase()) && adjacent(this.body, tokens[first - 1], tokens[first])) {
        let j = first - 2;
        while (j >= 0 && j > first - 5 && isCapWord(tokens[j]) && !tokens[j].possessive && FIELD_WORDS.has(tokens[j].text.toLowerCase()) && adjacent(this.body, tokens[j], tokens[j + 1])) j--;
        if (j < first - 2) inRun.title = this.textOf(j + 1, prefix[prefix.length - 1].to);
      }
      for (const x of prefix.slice(roleIndex)) if (x.type === "org" && inRun.country === undefined) inRun.country = x.org!.country;
      // "Taoiseach Ciarán Brennan": a title only one country has names it.
      for (let k = prefix[roleIndex].from; k < prefix[prefix.length - 1].to && inRun.country === undefined; k++) inRun.country = TITLE_DEMONYMS.get(tokens[k].text);
      // "Kenya's Communications Director Amos Kiptoo": a country's possessive right before a titled run owns the office.
      if (inRun.country === undefined && prefix[0].type === "role") inRun.country = this.possessiveCountryBefore(a);
    }
    // "JICA chief representative in the Philippines Hiroshi Tanabe": a run opening with the post's country after a
    // body's role and "in" is the body's officer there; the body gives the country, the post the title.
    let postEmployer: Candidate | undefined;
    if (prefix.length === 1 && prefix[0].type === "country" && prefix[0].from === a) {
      const post = this.employerOfPostBefore(a);
      // A short form ("JICA") whose seat is not known yet takes it from its long form later, in coreference.
      if (post) {
        postEmployer = post.employer;
        inRun.country = post.employer.country;
        inRun.title = this.textOf(post.roleFrom, prefix[0].to);
        evidence += 2;
      }
      // "Chinese Consul General in Karachi Wang Lihua": an envoy's capitalised title, "in" and the post's city open the
      // run before it; the envoy is of the title's country, the city only the post's.
      const envoy = post ? undefined : this.envoyTitleBefore(a);
      if (envoy) {
        inRun.country = envoy.country;
        inRun.title = this.textOf(envoy.from, prefix[0].to);
        evidence += 2;
      }
    }
    titles.push(inRun);
    // "Japan's Akane Hoshino", "Cardinal Tomasz Wójcik of Poland".
    const before = tokens[a - 1];
    const beforeCountry = before && before.possessive && adjacent(this.body, before, tokens[a]) ? this.countryEndingAt(a - 1) : undefined;
    // "the regional manager of Kenya's Mara Fresh Exports, Jane Wambui,": after a lower-case role, "of" and a country's
    // possessive, a run that opens with no given name is the employer the role belongs to, not a person.
    const roleOf = beforeCountry ? tokens[beforeCountry.firstToken - 1]?.text === "of" && tokens[beforeCountry.firstToken - 2]?.kind === "word" && !tokens[beforeCountry.firstToken - 2].cap && ROLE_WORDS.has(tokens[beforeCountry.firstToken - 2].text) : false;
    if (roleOf && beforeCountry?.code && !beforeCountry.place && prefix.length === 0 && nameTokens.length >= 2 && !isGivenName(foldText(nameTokens[0].base)) && !FIRST_NAMES.has(foldText(nameTokens[0].base))) {
      this.addCandidate("ORGANIZATION", name, null, beforeCountry.code, 2, nameTokens[0].start);
      return;
    }
    // A state or city that owns a name ("Patna's Gandhi Maidan") says less than a country does ("Japan's Akane Hoshino").
    if (beforeCountry?.code && prefix.length === 0 && !beforeCountry.place) {
      titles.push({ title: null, country: beforeCountry.code });
      evidence += 1;
    }
    // "his Chinese counterpart Wen Hao": a person of that nationality, with no title of their own.
    const counterpart = prefix.length === 0 ? this.counterpartCountryBefore(a) : undefined;
    if (counterpart) {
      titles.push({ title: null, country: counterpart });
      evidence += 2;
    }
    if (this.affiliationAfter) {
      titles.push({ title: null, country: this.affiliationAfter });
      evidence += 1;
    }
    if (this.basedCountry !== undefined) titles.push({ title: null, country: this.basedCountry });
    // "GNS Science duty seismologist Dr Helen Marsh": a courtesy title alone in the run leaves the job before it to read.
    const courtesyOnly = prefix.length > 0 && prefix.every((x) => x.type === "role" && x.to - x.from === 1 && PERSON_COURTESY.has(tokens[x.from].text.toLowerCase()));
    const titleBefore = prefix.length === 0 || !hasRole || courtesyOnly ? this.titleBefore(a - 1, false) : null;
    let preAppositive = tokens[from - 1]?.text === "," ? this.titleBefore(from - 2, true) : null;
    // "The agency's director general, Dr. Samuel Okonkwo-Bashir,": the employer's country when the title gives none.
    // "Its representative in Jakarta, Dr. …": the employer's seat comes before the post's place.
    const employerTitle = tokens[from - 1]?.text === "," && (preAppositive?.country === undefined || preAppositive.atPost) ? this.employerTitleBefore(from - 1) : null;
    if (employerTitle && (employerTitle.country !== undefined || !preAppositive?.atPost)) preAppositive = preAppositive ? { ...preAppositive, country: employerTitle.country, employer: employerTitle.employer } : employerTitle;
    for (const t of [titleBefore, preAppositive]) {
      if (t) {
        titles.push(t);
        evidence += 2;
      }
    }
    // "Manchester Rovers manager Tomás Ibarra, who is Spanish,": a nationality the text states outright wins over the
    // employer's country.
    const stated = b === to && !fronted ? (tokens[b]?.text === "," ? this.nationalityInRelativeClause(b + 1) : this.countryNamedAfter(b)) : undefined;
    if (tokens[b]?.text === "," && b === to && !fronted) {
      // "Dale Whitcomb, 58, an American truck driver": the description after an age set off by commas is the name's.
      const aged = this.ageAfter(b) && tokens[b + 2]?.text === ",";
      const after = this.titleAfter(aged ? b + 3 : b + 1);
      // "Dr Amal Osman Idris, a paediatrician with the charity …": an honorific or a title before the name makes a person.
      const titled = prefix.some((x) => x.type === "role");
      if (after?.org && !aged && !(after.trade && namedLikePerson(nameTokens, !!after.personProne)) && !saidPerson && !titled) {
        if (nameTokens.length >= 2) this.addCandidate("ORGANIZATION", name, null, after.country, 2, nameTokens[0].start);
        return;
      }
      if (after) {
        titles.push(after);
        if (after.title) evidence += 2;
      }
      // "Ana Ruiz, a wheat grower who drove in from the south of Spain,": a region of a country the person's
      // relative clause says they come from is their country.
      if (!after || after.country === undefined) {
        const home = this.regionHomeInRelativeClause(aged ? b + 3 : b + 1) ?? this.homeAfterName(aged ? b + 3 : b + 1) ?? this.headedFirmInRelativeClause(b + 1);
        if (home) titles.push({ title: null, country: home });
      }
    } else if (tokens[b]?.text === "from" && b === to && !fronted) {
      // "Foreign Minister Samir Haddad from Jordan": where the person comes from, closed by punctuation.
      const home = this.homeAfterName(b);
      if (home) titles.push({ title: null, country: home });
    }
    // "Sardar Mehboob Jatoi welcomed …": a style that opens a full name, before a given name, marks a person too.
    // The words after the style are given names or no ordinary words ("Sardar Mehboob Jatoi", not "Raja Ampat Regency").
    const styledName = nameTokens.length >= 3 && nameTokens.length <= 4 && NAME_STYLES.has(foldText(nameTokens[0].base)) && nameTokens.slice(1).every((t) => isGivenName(foldText(t.base)) || LAST_NAMES.has(foldText(t.base)) || (!COMMON_WORDS.has(foldText(t.base)) && !PLACE_NAMES.has(foldText(t.base))));
    if (FIRST_NAMES.has(foldText(nameTokens[0].base)) || styledName) evidence += 1;
    // "Nigerian Chidi Okeke finished fourth": a nationality alone before a given name and a surname (the name
    // registries' given names, not only the lexicon's) is how copy introduces a person.
    else if (prefix.length === 1 && prefix[0].type === "country" && nameTokens.length >= 2 && nameTokens.length <= 3 && this.singularDemonymAt(prefix[0].from, prefix[0].to) && isGivenName(foldText(nameTokens[0].base))) evidence += 1;
    if (this.speechVerbNear(from - 1, to) || this.employerThenSpeech) evidence += 1;
    if (b === to && this.personAppositiveAfter(b)) evidence += 2;
    if (b === to && this.partyAffiliationAfter(b)) evidence += 2;
    if (b === to && prefix.length === 0 && this.pronounSpeaksNext(a, b)) evidence += 1;
    if (b === to && this.kinAfter(b)) evidence += 2;
    if (b === to && prefix.length === 0 && this.fromThenSpeech(b)) evidence += 1;
    if (prefix.length === 0 && nameTokens.length >= 2 && this.joinedToPerson(a, b)) evidence += 1;
    // "by the late Kelvin Kiprono", "her late husband Tom Reilly": only people are late.
    if (prefix.length === 0 && tokens[a - 1]?.text === "late" && /^(?:the|his|her|their|our|my)$/i.test(tokens[a - 2]?.text ?? "")) evidence += 2;
    // "Aegean Meridian said" after "Aegean Meridian Shipping": the opening words of a body named before are its short form.
    const longer = prefix.length === 0 && !isGivenName(foldText(nameTokens[0].base)) ? this.organisationByFirstWord.get(nameTokens[0].base) : undefined;
    const longerHead = longer?.name.split(" ").pop() ?? "";
    if (longer && longer.name.replace(/^\S+-listed /i, "").startsWith(`${name} `) && (ORGANISATION_HEADS.has(longerHead) || COMPANY_HEADS.has(longerHead))) {
      longer.surfaces.add(name);
      longer.evidence += 1;
      this.noteMention(longer, nameTokens[0].start);
      return;
    }
    // "Kofi Mensah (Ghana) and …": a country in brackets after a given name and a surname marks a competitor.
    if (evidence === 0 && stated && tokens[b]?.text === "(" && nameTokens.length >= 2 && isGivenName(foldText(nameTokens[0].base))) evidence += 1;
    if (nameTokens.length >= 2 && evidence === 0) {
      // Two capitalised words with no other sign: keep them for later surname matches only, with the nationality
      // opening the run ("fellow Kenyan Eliud Kiptoo", named later by his surname alone).
      this.addCandidate("PERSON", name, null, prefix.length > 0 && prefix.every((x) => x.type === "country") ? inRun.country : undefined, 0, nameTokens[0].start);
      return;
    }
    // "coordinator of the Koalisi Energi Bersih Jawa": a name after a preposition and "the" is a body's, not a person's.
    if (prefix.length === 0 && nameTokens.length >= 2 && tokens[a - 1]?.text === "the" && /^(?:of|at|for|with|from)$/.test(tokens[a - 2]?.text ?? "") && !isGivenName(foldText(nameTokens[0].base))) {
      this.addCandidate("ORGANIZATION", name, null, undefined, 2, nameTokens[0].start);
      return;
    }
    const place = this.sentenceOpeningPlace(a) ?? (prefix.length === 0 ? this.placeOfWhereClause(a) : undefined);
    if (place) titles.push({ title: null, country: place });
    const real = titles.find((t) => t.title && !isHonorific(t.title));
    const title = real?.title ?? titles.find((t) => t.title)?.title ?? null;
    let country = stated ?? titles.find((t) => t.country !== undefined)?.country;
    // "NASA astronaut Derek Owusu", "WFP country director Giulia Moretti", "Halbwerk's chief operating officer":
    // a named employer whose seat is known gives its people theirs.
    const employerKey = (titles.find((t) => (t as { employer?: string }).employer) as { employer?: string } | undefined)?.employer ?? (runEmployer ? actorKey(runEmployer.body.name, "ORGANIZATION") : undefined) ?? this.headedByEmployer(prefix.length === 0 ? a : -1);
    if (country === undefined && employerKey) {
      let employer = this.candidates.get(employerKey);
      // "Halbwerk's chief operating officer" after "Munich-based Halbwerk Semiconductors": the full name's seat.
      if (employer && employer.country === undefined && !employer.name.includes(" ")) employer = this.organisationByFirstWord.get(employer.name) ?? employer;
      if (employer && employer.country !== undefined && !(employer.country === null && !INTERNATIONAL_NAME.test(employer.name) && !KNOWN_ORGANISATIONS.has(employer.name))) country = employer.country;
    }
    // "Sudan's delegation was led by Irrigation Minister Omar Babiker": an office-holder with no country of
    // their own belongs to the one country the sentence names as an owner before them.
    if (country === undefined && !employerKey && prefix.length === 0) country = this.headedUnitCountry(a);
    if (country === undefined && title && GOVERNMENT_ROLE.test(title)) country = this.ownerCountryInSentence(a);
    if (country === undefined && title && !isHonorific(title)) country = this.subjectCountryOfSentence(a);
    // "fellow Kenyans Ann Kiprop and Ruth Chebet", "the Ethiopians Abebe Tola and Dawit Haile": a plural nationality
    // before a pair of names is both people's.
    // "Kenya's Ann Kiprop won … her compatriot Ruth Chebet was second": a compatriot shares the country of the
    // person with one named just before (a few sentences at most).
    const lastCountried = this.lastCountriedPerson;
    if (country === undefined && prefix.length === 0 && /^compatriots?$/i.test(tokens[a - 1]?.text ?? "") && lastCountried && tokens[a].start - lastCountried.at < COMPATRIOT_REACH) country = lastCountried.code;
    const pluralTail = this.pluralDemonymTail;
    this.pluralDemonymTail = undefined;
    if (country === undefined && pluralTail && pluralTail.end === a - 1 && tokens[a - 1]?.text === "and" && prefix.length === 0) country = pluralTail.code;
    // The nationality may open the capitalised run ("Kenyans Ann Kiprop") or stand just before it.
    const opening = this.countryAt.get(a);
    const plural = opening && opening.endToken < b ? opening : this.countryEndingAt(a - 1);
    const pluralWord = plural ? tokens[plural.endToken - 1] : undefined;
    if (plural?.code && plural.kind === "demonym" && pluralWord && /s$/.test(pluralWord.text) && !pluralWord.possessive && b === to) this.pluralDemonymTail = { end: b, code: plural.code };
    // "Economy Minister Kaito Nishimura said in Tokyo": an office-holder speaking in a capital is that country's.
    // "Foreign ministry spokesperson Mao Lin was quoted as saying in Beijing": a ministry's spokesperson too.
    if (country === undefined && title && (GOVERNMENT_ROLE.test(title) || /\bministry spokes(?:man|woman|person)\b/i.test(title))) country = this.capitalSpokenIn(b);
    // "Energy economist Ruth Abernethy from the University of Queensland": a body named right after the name employs them.
    const employerAfter = !employerKey && b === to ? this.employerNamedAfter(b) : undefined;
    if (country === undefined && employerAfter) country = this.candidates.get(employerAfter.key)?.country ?? employerAfter.country;
    // "Focal Person for Polio Eradication, Dr …", "Meteorology and Environmental Studies, Ideam,": a run ending in an
    // abstract noun ("-ation") or a field of study, not opening with a given name, is a portfolio or a body's tail.
    if (isAbstractNameEnd(nameTokens[nameTokens.length - 1].base) && !isGivenName(foldText(nameTokens[0].base))) return;
    // "the Gen Z voters", "Plan B": a single letter after a title-like word is no one's name.
    if (nameTokens.length === 1 && /^\p{L}\.?$/u.test(nameTokens[0].text)) return;
    // "Kenya's Trade Director A, presidential adviser B and protocol chief C": the possessive's country carries
    // along a list of titled people until one names their own.
    const officeTail = this.officeListTail;
    this.officeListTail = undefined;
    if (country === undefined && title && officeTail && b === to && this.listedAfter(officeTail.end, a)) country = officeTail.code;
    const ownOffice = (inRun.country === country && prefix[0]?.type === "role") || (preAppositive?.country === country && tokens[b]?.text === ",");
    if (country && title && b === to && (ownOffice || officeTail?.code === country)) this.officeListTail = { end: b, code: country };
    this.addCandidate("PERSON", name, title, country, evidence, nameTokens[0].start);
    if (evidence > 0) this.lastPersonEnd = b;
    const person = this.candidates.get(actorKey(name, "PERSON"));
    if (person && (employerKey ?? employerAfter?.key) && !person.employer) person.employer = employerKey ?? employerAfter?.key;
    if (person && postEmployer && !person.employer) person.employer = actorKey(postEmployer.name, "ORGANIZATION");
  }

  /**
   * "JICA chief representative in the", "the bank's country director for": before a country opening a name's run at
   * `a`, "in"/"for" (and "the"), one to four role words with at least one role noun, and a body's name or short form.
   * The body named so, and where its role words start; else undefined.
   */
  private employerOfPostBefore(a: number): { employer: Candidate; roleFrom: number } | undefined {
    const { tokens } = this;
    let k = a - 1;
    if (tokens[k]?.text === "the") k--;
    if (!/^(?:in|for)$/.test(tokens[k]?.text ?? "")) return undefined;
    let role = false;
    let j = k - 1;
    for (; j >= 0 && j >= k - 4; j--) {
      const t = tokens[j];
      if (t.kind !== "word" || t.cap) break;
      const lower = t.text.toLowerCase();
      if (ROLE_WORDS.has(lower)) role = true;
      else if (!TITLE_MODIFIERS.has(lower) && lower !== "country") return undefined;
    }
    const owner = tokens[j];
    if (!role || !owner || j === k - 1 || owner.kind !== "word" || !owner.cap || owner.paragraph !== tokens[a].paragraph) return undefined;
    const last = this.lastOrganisation;
    const employer = this.candidates.get(actorKey(owner.base, "ORGANIZATION")) ?? this.knownCandidateAt(j) ?? (last && (last.surfaces.has(owner.text) || last.name.endsWith(` ${owner.text}`) || last.name === owner.text) ? last : undefined);
    return employer ? { employer, roleFrom: j + 1 } : undefined;
  }

  /**
   * "Leader of the Opposition in the Sindh Assembly Ali Khurshid Farooqui", "Speaker of the National Assembly Raja
   * Khan": a capitalised office before "in/of the" at `from`, a body's name ending in its head, then a given name
   * and surname ending the run. Adds the body and its officer; false when the shape is not there.
   */
  private officeInBodyThenName(from: number, to: number): boolean {
    const { tokens } = this;
    const the = tokens[from - 1];
    const prep = tokens[from - 2];
    if (the?.text !== "the" || !prep || !/^(?:in|of)$/.test(prep.text) || to - from < 4) return false;
    // The office: capitalised words right before "in/of the", opening with a role ("Leader of the Opposition").
    let r = from - 3;
    while (r >= 0 && r > from - 9 && (isCapWord(tokens[r]) || /^(?:of|the|for)$/.test(tokens[r].text)) && tokens[r].paragraph === tokens[from].paragraph) r--;
    r++;
    if (r > from - 3 || !ROLE_WORDS.has(tokens[r].text.toLowerCase()) || !isCapWord(tokens[r])) return false;
    for (let k = from + 1; k <= to - 2; k++) {
      if (!ORGANISATION_HEADS.has(tokens[k - 1].base) || !FIRST_NAMES.has(foldText(tokens[k].base)) || !this.isPersonName(tokens.slice(k, to), true)) continue;
      this.processRun(from, k);
      const body = this.candidates.get(actorKey(this.textOf(from, k), "ORGANIZATION"));
      this.addCandidate("PERSON", this.textOf(k, to), this.textOf(r, k), body?.country, 3, tokens[k].start);
      const person = this.candidates.get(actorKey(this.textOf(k, to), "PERSON"));
      if (person && body && !person.employer) person.employer = actorKey(body.name, "ORGANIZATION");
      return true;
    }
    return false;
  }

  /**
   * "Indonesian Consul-General in Johor Baru Hendra Wijayakusuma": an envoy's title and "in" before the run at `from`,
   * whose first one to three words are the post's city and whose rest is a given name and surname. Adds the envoy
   * with the title's country; false when the shape is not there (a city the gazetteer knows is read elsewhere).
   */
  private envoyPostThenName(from: number, to: number): boolean {
    const { tokens } = this;
    if (to - from < 3 || this.countryAt.has(from)) return false;
    const envoy = this.envoyTitleBefore(from);
    if (!envoy) return false;
    // The name opens at a registry given name, else it is the run's last two words ("Hendra Wijayakusuma").
    let k = from + 1;
    while (k <= to - 2 && k <= from + 3 && !(isGivenName(foldText(tokens[k].base)) && this.isPersonName(tokens.slice(k, to), true))) k++;
    if (k > to - 2 || k > from + 3) k = to - 2;
    if (k <= from || !this.isPersonName(tokens.slice(k, to), true)) return false;
    this.addCandidate("PERSON", this.textOf(k, to), this.textOf(envoy.from, k), envoy.country, 3, tokens[k].start);
    return true;
  }

  /**
   * "Chinese Consul General in", "Kenya's Ambassador in": a run of capitalised words ending right before "in" at
   * `a - 1`, holding an envoy's role and opened by a nationality or a country's possessive. The country and where
   * the title starts; undefined when the shape is not there.
   */
  private envoyTitleBefore(a: number): { country: string; from: number } | undefined {
    const { tokens } = this;
    const k = a - 1;
    if (tokens[k]?.text !== "in") return undefined;
    let envoy = false;
    let j = k - 1;
    for (; j >= 0 && j >= k - 4; j--) {
      const t = tokens[j];
      if (t.kind !== "word" || !t.cap || t.paragraph !== tokens[a].paragraph) break;
      if (this.countryAt.has(j) || this.countryEndingAt(j)) break;
      envoy = envoy || t.text.toLowerCase().split("-").some((w) => ENVOY_ROLES.has(w));
    }
    if (!envoy || j === k - 1) return undefined;
    const c = this.countryEndingAt(j);
    if (!c?.code || c.place || !(c.kind === "demonym" || (c.kind === "name" && tokens[j].possessive))) return undefined;
    return { country: c.code, from: j + 1 };
  }

  /** The body already read under the listed name the single word at token `k` stands for ("JICA", "Jica's"). */
  private knownCandidateAt(k: number): Candidate | undefined {
    const known = this.knownOrganisationAt(k, k + 1);
    return known ? this.candidates.get(actorKey(known.org.name, "ORGANIZATION")) : undefined;
  }

  /** "from the University of Queensland", "at Halden Bank": a body's name right after "from"/"at" at token `b`. */
  private employerNamedAfter(b: number): { key: string; country: string | null | undefined } | undefined {
    const { tokens } = this;
    // "Grace Adhiambo of the University of Cape Town": "of the" before a body's name, as "from" or "at".
    if (!/^(?:from|at)$/.test(tokens[b]?.text ?? "") && !(tokens[b]?.text === "of" && tokens[b + 1]?.text === "the")) return undefined;
    let k = b + 1;
    if (tokens[k]?.text === "the") k++;
    let j = k;
    let head = false;
    while (j < tokens.length && j < k + 8 && (isCapWord(tokens[j]) || (CONNECTORS.has(tokens[j].text) && j > k && isCapWord(tokens[j + 1] ?? tokens[j]))) && (j === k || adjacent(this.body, tokens[j - 1], tokens[j]))) {
      head = head || isOrganisationHead(tokens[j]);
      j++;
      if (tokens[j - 1].possessive) return undefined;
    }
    if (j === k || CONNECTORS.has(tokens[j - 1].text)) return undefined;
    const known = this.knownOrganisationAt(k, j);
    if (known && known.n === j - k) return { key: actorKey(known.org.name, "ORGANIZATION"), country: known.org.country };
    // After "of the", only a listed body or a house of learning or care ("the University of Cape Town"), not a
    // council or a district whose name holds a place ("the Rural Municipality of Springfield").
    if (tokens[b].text === "of" && !ACADEMIC_HEADS.has(tokens[k].base)) return undefined;
    if (!head || this.coveredByCountries(k, j)) return undefined;
    return { key: actorKey(this.textOf(k, j), "ORGANIZATION"), country: undefined };
  }

  /** "said in Tokyo", "told reporters in Nairobi": the country of a capital named right after a speech verb at `k`. */
  private capitalSpokenIn(k: number): string | undefined {
    const { tokens } = this;
    // "was quoted by Xinhua as saying in Beijing": the speech is the "saying" a few words on.
    if (/^(?:was|is)$/.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text === "quoted") {
      for (let j = k + 2; j <= k + 7 && tokens[j] && tokens[j].kind === "word"; j++) {
        if (tokens[j].text !== "saying") continue;
        k = j;
        break;
      }
      if (tokens[k].text !== "saying") return undefined;
    } else if (!tokens[k] || !SPEECH_VERBS.has(tokens[k].text)) return undefined;
    for (let j = k + 1; j <= k + 3 && tokens[j]; j++) {
      if (tokens[j].text !== "in") continue;
      const c = this.countryAt.get(j + 1);
      return c?.code && (c.kind === "capital" || c.kind === "seat") ? c.code : undefined;
    }
    return undefined;
  }

  /**
   * A run right after a lower-case title's "of" or "at" ("director of the Tariff Bureau Somchai Ruangrit", "head of
   * Asia credit at Harwell Securities Daniel Okafor"): the employer's name ends in a body's head (or is a listed
   * body), and a person's name of two or three words ends the run. Adds both; the walk back is bounded.
   */
  private employerThenNameAfterTitle(from: number, to: number): boolean {
    const { tokens } = this;
    if (to - from < 3) return false;
    let p = from - 1;
    if (tokens[p]?.text === "the") p--;
    if (!/^(?:of|at)$/.test(tokens[p]?.text ?? "")) return false;
    // The title's role word: lower-case, within a few words before the preposition, in the same clause.
    let role = -1;
    for (let j = p - 1; j >= 0 && j >= p - 5; j--) {
      const t = tokens[j];
      if (t.kind !== "word" || !adjacent(this.body, t, tokens[j + 1])) break;
      if (!t.cap && ROLE_WORDS.has(t.text)) {
        role = j;
        break;
      }
    }
    if (role === -1) return false;
    // "chief executive of …", "senior vice president at …": the title's modifiers and roles before its role word.
    while (role > 0 && tokens[role - 1].kind === "word" && !tokens[role - 1].cap && (ROLE_WORDS.has(tokens[role - 1].text) || TITLE_MODIFIERS.has(tokens[role - 1].text)) && adjacent(this.body, tokens[role - 1], tokens[role])) role--;
    for (let k = to - 2; k >= to - 3 && k > from; k--) {
      const head = ORGANISATION_HEADS.has(tokens[k - 1].base) && !tokens[k - 1].possessive;
      const known = this.knownOrganisationAt(from, k);
      const listed = head || (known && from + known.n === k) || companyNamed(this.textOf(from, k));
      if (!listed || !isGivenName(foldText(tokens[k].base)) && !FIRST_NAMES.has(foldText(tokens[k].base)) && !head) continue;
      const name = tokens.slice(k, to);
      if (!name.every((t) => isCapWord(t) && !CONNECTORS.has(t.text) && !ORGANISATION_HEADS.has(t.base) && !t.possessive) || !this.isPersonName(name, true)) continue;
      this.processRun(from, k);
      const employer = this.candidates.get(actorKey(known && from + known.n === k ? known.org.name : this.textOf(from, k), "ORGANIZATION"));
      this.addCandidate("PERSON", this.textOf(k, to), this.body.slice(tokens[role].start, tokens[k - 1].end), undefined, 3, tokens[k].start);
      const person = this.candidates.get(actorKey(this.textOf(k, to), "PERSON"));
      if (person && employer) person.employer = person.employer ?? actorKey(employer.name, "ORGANIZATION");
      return true;
    }
    return false;
  }

  /** An office named "<Role> of <Field>" opening the run, then a given name and surname ending it: adds the person. */
  private officeThenName(from: number, of: number, to: number, bodyBetween = false): boolean {
    const { tokens } = this;
    for (let j = to - 2; j >= of + 2 && j >= to - 3; j--) {
      // A registry given name counts when the words before it are all a portfolio's ("Public Prosecutions Kemar Blake").
      // "Minister of State KP Samantaray": initials in capitals before a surname open the holder's name too.
      const initials = j === to - 2 && /^\p{Lu}{2,3}$/u.test(tokens[j].base) && !isAcronym(tokens[j + 1]) && !this.knownOrganisationAt(j, j + 1) && !this.countryAt.has(j);
      const given = FIRST_NAMES.has(foldText(tokens[j].base)) || initials || (isGivenName(foldText(tokens[j].base)) && tokens.slice(of + 1, j).every((t) => FIELD_WORDS.has(t.text.toLowerCase())));
      if (!given || !this.isPersonName(tokens.slice(j, to), true)) continue;
      const body = tokens[of + 1].text === "the" ? of + 2 : of + 1;
      // "Spokesman for the Foreign Ministry Tomas Velikov": the body the spokesman speaks for ends in its head.
      if (bodyBetween) {
        if (body >= j || (!ORGANISATION_HEADS.has(tokens[j - 1].base) && !this.knownOrganisationAt(body, j))) return false;
        this.processRun(body, j);
      } else for (let x = of + 1; x < j; x++) if (this.countryAt.has(x) || this.knownOrganisationAt(x, j) || isAcronym(tokens[x])) return false;
      // "Senegal's Minister of Trade Aminata Faye": a country's possessive right before the office owns it.
      this.addCandidate("PERSON", this.textOf(j, to), this.textOf(from, j), this.possessiveCountryBefore(from), 3, tokens[j].start);
      return true;
    }
    return false;
  }

  /** The words from a to b are, whole, a listed company or a well-known body. */
  /**
   * A listed company opening the run (one to three words), then a product's model: a word with a digit or in
   * capitals ("XUV700", "XWB-97"), or capitalised words before a product noun ("SpaceX Dragon capsule").
   */
  private listedMakersProduct(a: number, b: number): KnownOrganisation | null {
    const { tokens } = this;
    if (ORGANISATION_HEADS.has(tokens[b - 1].base) || companyNamed(this.textOf(a, b))) return null;
    const next = tokens[b];
    // "the Boeing 787", "Trent 7000 engines": a model number right after the name counts as the model too.
    const productNoun = !!next && adjacent(this.body, tokens[b - 1], next) && ((next.kind === "word" && !next.cap && PRODUCT_NOUNS.has(next.text)) || /^\d/.test(next.text));
    for (let n = Math.min(3, b - a - 1); n >= 1; n--) {
      const maker = companyNamed(this.textOf(a, a + n));
      if (!maker) continue;
      // "ÖBB and SBB": a list of names is no model.
      for (let k = a + n; k < b; k++) if (CONNECTORS.has(tokens[k].text) || tokens[k].text === "&" || companyNamed(tokens[k].base)) return null;
      let model = productNoun;
      for (let k = a + n; k < b && !model; k++) model = /\d/.test(tokens[k].text) || isAcronym(tokens[k]);
      return model ? maker : null;
    }
    return null;
  }

  private listedName(a: number, b: number): boolean {
    const known = this.knownOrganisationAt(a, b);
    return (!!known && a + known.n === b) || !!companyNamed(this.textOf(a, b));
  }

  /** "leader MB Lokesh": a lower-case role word stands right before the name at `a`. */
  /**
   * "his Chinese counterpart Wen Hao", "her French counterpart": a possessive pronoun, a nationality and
   * "counterpart" right before a name make it a person of that country. "Counterpart" is no title: it says the
   * person holds the office of someone named before, not which one ("its Chinese counterpart" may be a body).
   */
  private counterpartCountryBefore(a: number): string | undefined {
    const { tokens } = this;
    // "his Ugandan counterpart, Joseph Okello,": a comma may set the name off.
    const w = tokens[a - 1]?.text === "," ? a - 2 : a - 1;
    const word = tokens[w];
    if (!word || word.text !== "counterpart" || (w === a - 1 && !adjacent(this.body, word, tokens[a]))) return undefined;
    const c = this.countryEndingAt(w - 1);
    if (!c?.code || c.kind !== "demonym" || c.endToken !== w) return undefined;
    return /^(?:his|her)$/i.test(tokens[c.firstToken - 1]?.text ?? "") ? c.code : undefined;
  }

  /**
   * "According to Maria Lopez, the team had …", "According to coach Ana Ruiz, the club …": a sentence opening with
   * "according to" and the name; the comma after the name closes that opening phrase, so the words after it are
   * the sentence's subject, no appositive describing the name, unless a second comma closes them.
   */
  private frontedByAccordingTo(from: number, b: number): boolean {
    const { tokens } = this;
    // "According to Ana Ruiz, the club's captain, the team …": an appositive closed by a second comma is one.
    for (let j = b + 1; j < tokens.length && j <= b + 8 && !/^[.!?;]$/.test(tokens[j].text); j++) if (tokens[j].text === ",") return false;
    let k = from - 1;
    for (let n = 0; n < 3 && k >= 0 && tokens[k].kind === "word" && !tokens[k].cap && (ROLE_WORDS.has(tokens[k].text) || TITLE_MODIFIERS.has(tokens[k].text)); n++) k--;
    if (tokens[k]?.text !== "to" || tokens[k - 1]?.text !== "According") return false;
    return this.doc.sentenceStartToken(k - 1) === k - 1;
  }

  private lowerRoleBefore(a: number): boolean {
    const prev = this.tokens[a - 1];
    return !!prev && prev.kind === "word" && !prev.cap && ROLE_WORDS.has(prev.text) && adjacent(this.body, prev, this.tokens[a]);
  }

  /**
   * "President and CEO Saad Al-Kaabi", "Chairman and Managing Director Ruth Mensah": a capitalised role, "and",
   * roles and modifiers, then a person's name of two or more words (ending at b or at the next "and").
   */
  private joinedTitle(a: number, b: number): { start: number; end: number; nameEnd: number } | null {
    const { tokens } = this;
    const isRole = (t: Token) => t.cap && ROLE_WORDS.has(t.text.toLowerCase()) && !HONORIFICS.has(t.text.toLowerCase());
    for (let k = a + 1; k < b - 3; k++) {
      if (tokens[k].text !== "and" || !isRole(tokens[k - 1])) continue;
      let j = k + 1;
      let role = false;
      while (j < b && tokens[j].cap && (ROLE_WORDS.has(tokens[j].text.toLowerCase()) || TITLE_MODIFIERS.has(tokens[j].text.toLowerCase())) && !this.startsName(j, b)) {
        role = role || ROLE_WORDS.has(tokens[j].text.toLowerCase());
        j++;
      }
      if (!role || !tokens[j - 1] || !ROLE_WORDS.has(tokens[j - 1].text.toLowerCase())) return null;
      let nameEnd = j;
      while (nameEnd < b && tokens[nameEnd].text !== "and") nameEnd++;
      if (nameEnd - j < 2 || nameEnd === b - 1 || !isGivenName(foldText(tokens[j].base)) || !this.isPersonName(tokens.slice(j, nameEnd), true)) return null;
      let start = k - 1;
      while (start > a && tokens[start - 1].cap && (ROLE_WORDS.has(tokens[start - 1].text.toLowerCase()) || TITLE_MODIFIERS.has(tokens[start - 1].text.toLowerCase()))) start--;
      return { start, end: j, nameEnd };
    }
    return null;
  }

  /** "Parliament Speaker", "Senate leader": a legislature's word opening a title is not the body alone. */
  private sentenceOpeningTitle(a: number): boolean {
    const next = this.tokens[a + 1];
    return !!next && next.kind === "word" && ROLE_WORDS.has(next.text.toLowerCase()) && adjacent(this.body, this.tokens[a], next);
  }

  /**
   * "Debra Ashworth and Ray Tolliver": of two bare names joined by "and", one read as a person makes the other one
   * too, when the other was kept only as two capitalised words with no sign of its own.
   */
  private shareCoordinatedPerson(a: number, and: number, b: number): void {
    const left = this.candidates.get(actorKey(this.textOf(a, and), "PERSON"));
    const right = this.candidates.get(actorKey(this.textOf(and + 1, b), "PERSON"));
    if (!left || !right || and - a < 2 || b - and - 1 < 2) return;
    if (left.evidence > 0 && right.evidence === 0) right.evidence = 1;
    else if (right.evidence > 0 && left.evidence === 0) left.evidence = 1;
  }

  /**
   * "Rizal Hakim of Mandiri Sekuritas said": a person's name of two or three words with no title, "of" at `of`, then
   * one to three capitalised words that are no place and open with no given name: the words after "of" name the
   * person's employer.
   */
  private employerAfterPersonsOf(from: number, of: number, to: number): boolean {
    const { tokens } = this;
    if (tokens[of].text !== "of" || of - from < 2 || of - from > 3 || to - of - 1 < 1 || to - of - 1 > 3) return false;
    const left = tokens.slice(from, of);
    const right = tokens.slice(of + 1, to);
    if (left.some((t) => t.possessive || ROLE_WORDS.has(t.text.toLowerCase()) || TITLE_MODIFIERS.has(t.text.toLowerCase())) || !this.isPersonName(left)) return false;
    if (this.sentenceInitial(from) && COMMON_WORDS.has(foldText(left[0].base))) return false;
    if (isGivenName(foldText(right[0].base)) || this.coveredByCountries(of + 1, to)) return false;
    return right.every((t, x) => isCapWord(t) && !t.possessive && !this.countryAt.has(of + 1 + x) && !this.isGazetteerPlace(t) && !PLACE_NAMES.has(foldText(t.base)) && !NON_NAME_WORDS.has(t.base) && !ROLE_WORDS.has(t.text.toLowerCase()));
  }

  /**
   * "Hans Weber of Siemens and Ute Brandt of Bosch": the "and" after a person's employer (the person's "of" at `of`)
   * that opens another given name with an "of" of its own, within the run; -1 when there is none. Looks a few
   * words past the "of" only.
   */
  private personOfEmployerListedAfter(from: number, of: number, to: number): number {
    const { tokens } = this;
    for (let j = of + 2; j < to - 3 && j <= of + 4; j++) {
      if (tokens[j].text !== "and" || !isGivenName(foldText(tokens[j + 1].base))) continue;
      if (!tokens.slice(j + 2, Math.min(to, j + 5)).some((t) => t.text === "of")) continue;
      return this.employerAfterPersonsOf(from, of, j) ? j : -1;
    }
    return -1;
  }

  /** "Cox Automotive", "Hanbit Ocean Shipping": two or more words ending in a business word, no person's name. */
  private businessNameRun(a: number, b: number): boolean {
    const { tokens } = this;
    if (b - a < 2 || b - a > 5) return false;
    const lastWord = tokens[b - 1].base;
    return (BUSINESS_NAME_WORDS.has(lastWord) || COMPANY_HEADS.has(lastWord)) && !this.coveredByCountries(a, b);
  }

  /**
   * "CEO of Saab Ingrid Malmberg", "Chief executive of Suncorp Meredith Langford": after a role and "of" at `of`,
   * the employer, then a person's full name ending the run. Adds both and returns true, else false.
   */
  private roleOfEmployerThenName(from: number, of: number, to: number): boolean {
    const { tokens } = this;
    for (let j = to - 2; j >= of + 2 && j >= to - 3; j--) {
      if (!FIRST_NAMES.has(foldText(tokens[j].base)) || !this.isPersonName(tokens.slice(j, to))) continue;
      // "Minister of Finance Jane Doe": a portfolio, not an employer.
      let portfolio = true;
      for (let x = of + 1; x < j && portfolio; x++) portfolio = FIELD_WORDS.has(tokens[x].text.toLowerCase()) || CONNECTORS.has(tokens[x].text);
      if (portfolio) return false;
      const known = this.knownOrganisationAt(of + 1, j);
      const company = companyNamed(this.textOf(of + 1, j));
      let country: string | null | undefined;
      if (known && of + 1 + known.n === j) {
        this.addKnownOrganisation(known.org, tokens[of + 1].start);
        country = known.org.country;
      } else if (company) {
        this.addKnownOrganisation(company, tokens[of + 1].start);
        country = company.country;
      } else {
        this.addRunOrganisation(of + 1, j);
        country = this.candidates.get(actorKey(this.textOf(of + 1, j), "ORGANIZATION"))?.country;
      }
      this.addCandidate("PERSON", this.textOf(j, to), this.textOf(from, j), country, 3, tokens[j].start);
      return true;
    }
    return false;
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
      // "The visiting Chinese delegation was led by Vice Premier …": a nationality before a delegation's noun owns it too.
      const owner = (tokens[c.endToken - 1].possessive && c.kind === "name") || (c.kind === "demonym" && !tokens[c.endToken - 1].possessive && DELEGATION_NOUNS.has(tokens[c.endToken]?.text ?? ""));
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
  private employerTitleBefore(comma: number): { title: string; country: string | null | undefined; employer?: string } | null {
    const { tokens } = this;
    for (let j = comma - 1; j >= 0 && j >= comma - 8; j--) {
      const t = tokens[j];
      if (t.kind === "punct" || t.paragraph !== tokens[comma].paragraph) return null;
      // "The chief executive of Brazil's Verde Agro, Paulo …": a lower-case role, "of" and a body gives the body's country.
      if (t.text === "of" && j + 1 < comma && tokens[j - 1]?.kind === "word" && !tokens[j - 1].cap && ROLE_WORDS.has(tokens[j - 1].text)) return this.employerAfterRoleOf(j, comma);
      // "Aarhus Flowtech's regional director for Africa, Lars …": a body named before owns the title.
      // "The French firm's project director, Claire …": the last business of that nationality, else the nationality.
      const owned = t.possessive ? this.possessiveEmployerAt(j) : undefined;
      if (owned) {
        let role = false;
        for (let k = j + 1; k < comma && !role; k++) role = ROLE_WORDS.has(tokens[k].text.toLowerCase());
        if (!role) return null;
        return { title: this.textOf(j + 1, comma), country: owned.employer?.country ?? owned.country, employer: owned.employer ? actorKey(owned.employer.name, "ORGANIZATION") : undefined };
      }
      // "its representative", "the agency's director general": the body named last employs the person.
      const theOwner = t.possessive && !t.cap && /^the$/i.test(tokens[j - 1]?.text ?? "");
      const ownerNoun = theOwner && COMPANY_OR_BODY_NOUNS.has(t.base);
      // "the hospital's director," after "a hospital in the Czech city of Brno", no hospital named since: that
      // hospital's country.
      const unnamed = theOwner ? this.unnamedOwnerCountry(j - 1) : undefined;
      if (unnamed) {
        let role = false;
        for (let k = j + 1; k < comma && !role; k++) role = ROLE_WORDS.has(tokens[k].text.toLowerCase());
        if (role) return { title: this.textOf(j + 1, comma), country: unnamed };
      }
      if (!/^(?:its|their)$/i.test(t.text) && !ownerNoun) continue;
      // "its managing director", "its project manager": a role word anywhere in the title.
      let role = false;
      for (let k = j + 1; k < comma && !role; k++) role = ROLE_WORDS.has(tokens[k].text.toLowerCase());
      if (!role || !this.lastOrganisation) return null;
      // "the ministry's director" after "… a loan from the Islamic Development Bank": the last body whose name has
      // that noun; a last body of another kind ("Bank") leaves the employer unknown.
      // "the company's technical director," after a port authority named since the shipping line: the last business
      // named, as for a title after the name.
      const noun = ownerNoun ? t.base.toLowerCase() : "";
      const employer = COMPANY_NOUNS.has(noun) ? this.companyOwning(noun, t.start) ?? this.bodyOwning(noun) : this.bodyOwning(noun);
      if (!employer) return { title: this.textOf(j + 1, comma), country: undefined };
      const country = employer.country === undefined && INTERNATIONAL_NAME.test(employer.name) ? null : employer.country;
      // "Its local manager, Wang Lifeng," before the text seats the firm ("The Chinese firm said"): the employer is
      // kept, so the person takes the seat coreference finds for it.
      return { title: this.textOf(j + 1, comma), country, employer: actorKey(employer.name, "ORGANIZATION") };
    }
    return null;
  }

  /**
   * The role before "of" at `of` and its object up to the comma, "chief executive of Brazil's Verde Agro": the object's
   * country (a country's possessive opening it, else a body already read under that name) as the title's, with the
   * body as the employer. Null when the object is neither.
   */
  private employerAfterRoleOf(of: number, comma: number): { title: string; country: string | null | undefined; employer?: string } | null {
    const { tokens } = this;
    let roleFrom = of - 1;
    while (roleFrom > 0 && tokens[roleFrom - 1].kind === "word" && !tokens[roleFrom - 1].cap && ROLE_WORDS.has(tokens[roleFrom - 1].text)) roleFrom--;
    const title = this.textOf(roleFrom, comma);
    const objectFrom = tokens[of + 1]?.text === "the" ? of + 2 : of + 1;
    const owner = this.countryAt.get(objectFrom);
    if (owner?.code && !owner.place && tokens[owner.endToken - 1]?.possessive && owner.endToken < comma) {
      const body = this.candidates.get(actorKey(this.textOf(owner.endToken, comma), "ORGANIZATION"));
      return { title, country: body?.country ?? owner.code, employer: body ? actorKey(body.name, "ORGANIZATION") : undefined };
    }
    const body = this.candidates.get(actorKey(this.textOf(objectFrom, comma), "ORGANIZATION"));
    return body && body.country !== undefined ? { title, country: body.country, employer: actorKey(body.name, "ORGANIZATION") } : null;
  }

  /**
   * "Corvell Chief Operating Officer Derek …", "Aarhus Flowtech regional director …" read as one run from `a` to `b`:
   * up to four capitalised words opening the run that name a body already read (whole, or its first word alone),
   * then a role word and at least two more words. The body and the token after its words.
   */
  private bodyOpeningTitledRun(a: number, b: number): { body: Candidate; to: number } | undefined {
    const { tokens } = this;
    for (let k = a + 1; k <= a + 4 && k + 2 <= b; k++) {
      const t = tokens[k - 1];
      if (!isCapWord(t) || t.possessive || this.countryAt.has(k - 1) || this.isGazetteerPlace(t) || PLACE_NAMES.has(foldText(t.base)) || ROLE_WORDS.has(t.text.toLowerCase()) || TITLE_MODIFIERS.has(t.text.toLowerCase())) return undefined;
      if (!ROLE_WORDS.has(tokens[k].text.toLowerCase()) && !TITLE_MODIFIERS.has(tokens[k].text.toLowerCase())) continue;
      const text = this.textOf(a, k);
      if (FIRST_NAMES.has(foldText(tokens[a].base)) || this.candidates.has(actorKey(text, "PERSON"))) return undefined;
      const body = this.candidates.get(actorKey(text, "ORGANIZATION")) ?? (k === a + 1 ? this.organisationByFirstWord.get(t.base) : undefined);
      return body ? { body, to: k } : undefined;
    }
    return undefined;
  }

  /**
   * "Its Indian subsidiary, Hanseong Energy India Private Limited, will be headed by managing director Arvind …":
   * a title and a name after "headed by", "led by" or "run by" belong to the body the sentence opens with (named
   * within its first words). The body's key, or undefined.
   */
  private headedByEmployer(a: number): string | undefined {
    const { tokens } = this;
    if (a < 0 || !this.lastOrganisation || !this.headedBy(a)) return undefined;
    const s = this.doc.sentenceStartToken(a);
    const at = this.lastMentionAt.get(this.lastOrganisation);
    if (at === undefined || at < tokens[s].start || at > tokens[Math.min(s + 8, a)].start) return undefined;
    return actorKey(this.lastOrganisation.name, "ORGANIZATION");
  }

  /** Lower-case title words before token `a`, after "headed by", "led by", "run by" … . */
  private headedBy(a: number): boolean {
    const { tokens } = this;
    let j = a - 1;
    while (j > a - 6 && j > 0 && tokens[j].kind === "word" && !tokens[j].cap && (ROLE_WORDS.has(tokens[j].text) || TITLE_MODIFIERS.has(tokens[j].text))) j--;
    return j < a - 1 && tokens[j]?.text === "by" && /^(?:headed|led|run|managed|helmed)$/.test(tokens[j - 1]?.text ?? "");
  }

  /**
   * "Its Indian subsidiary will be run by chief executive Anil …": a sentence opening with "its" (or "the
   * company's"), a nationality and a unit's noun, its head named after "run by" with no body named in between, is that
   * nationality's. The country, or undefined.
   */
  private headedUnitCountry(a: number): string | undefined {
    const { tokens } = this;
    if (a < 0 || !this.headedBy(a)) return undefined;
    const s = this.doc.sentenceStartToken(a);
    const owner = /^its$/i.test(tokens[s]?.text ?? "") ? s + 1 : /^the$/i.test(tokens[s]?.text ?? "") && tokens[s + 1]?.possessive && COMPANY_NOUNS.has(tokens[s + 1].base.toLowerCase()) ? s + 2 : -1;
    const c = owner === -1 ? undefined : this.countryAt.get(owner);
    if (!c?.code || c.kind !== "demonym" || !SUBSIDIARY_NOUNS.has(tokens[c.endToken]?.text ?? "")) return undefined;
    const at = this.lastOrganisation ? this.lastMentionAt.get(this.lastOrganisation) : undefined;
    return at !== undefined && at > tokens[s].start ? undefined : c.code;
  }

  /**
   * The possessive at token `j` that owns a title: a body named before, by its whole name or its first word
   * ("Aarhus Flowtech's", "Corvell's"), or "the <nationality> firm's" (the last business of that country named, or
   * only the country). Undefined for anything else (a country's or a person's possessive).
   */
  private possessiveEmployerAt(j: number): { employer?: Candidate; country?: string } | undefined {
    const { tokens } = this;
    const t = tokens[j];
    if (t.kind !== "word" || !t.possessive) return undefined;
    if (!t.cap) {
      const c = this.countryEnding.get(j - 1);
      if (!COMPANY_NOUNS.has(t.base.toLowerCase()) || !c?.code || c.kind !== "demonym" || !/^the$/i.test(tokens[c.firstToken - 1]?.text ?? "")) return undefined;
      return { employer: this.lastBusinessByCountry.get(c.code), country: c.code };
    }
    if (this.countryEnding.has(j) || this.countryAt.has(j)) return undefined;
    let k = j;
    while (k > j - 5 && k > 0 && isCapWord(tokens[k - 1]) && !tokens[k - 1].possessive && adjacent(this.body, tokens[k - 1], tokens[k])) k--;
    // The longest run of capitalised words ending at the possessive that names a body already read.
    for (let x = k; x <= j; x++) {
      if (this.countryAt.has(x)) continue;
      const body = this.candidates.get(actorKey(this.textOf(x, j + 1), "ORGANIZATION")) ?? (x === j ? this.organisationByFirstWord.get(t.base) : undefined);
      const person = this.candidates.get(actorKey(this.textOf(x, j + 1), "PERSON"));
      if (body && (!person || (person.evidence === 0 && !person.title))) return { employer: body };
      if (body) return undefined;
    }
    return undefined;
  }

  /**
   * "…, a farmer who drove 300 km from the north of Italy": the country after "from the <compass> of" inside the
   * appositive's relative clause; the walk stops at the clause's first punctuation or after a bounded reach.
   */
  private regionHomeInRelativeClause(start: number): string | undefined {
    const { tokens } = this;
    let who = false;
    for (let p = start; p < tokens.length && p < start + 30; p++) {
      const t = tokens[p];
      if (t.kind === "punct" || t.paragraph !== tokens[start].paragraph) return undefined;
      if (t.text === "who") who = true;
      if (!who || t.text !== "from" || tokens[p + 1]?.text !== "the" || tokens[p + 3]?.text !== "of") continue;
      if (!/^(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|centre|center|interior)$/.test(tokens[p + 2].text)) continue;
      const c = this.countryAt.get(p + 4);
      return c?.code && c.kind === "name" && !c.place ? c.code : undefined;
    }
    return undefined;
  }

  /**
   * The body "its" (noun "") or "the <noun>'s" refers back to: the last body whose name has that noun, else the
   * last body named unless its head is another kind of body ("Bank" for "the ministry's"); null when none fits.
   */
  private bodyOwning(noun: string): Candidate | null {
    if (!this.lastOrganisation) return null;
    if (!noun) return this.lastOrganisation;
    const lastHead = this.lastOrganisation.name.split(" ").pop()!.toLowerCase();
    return this.lastOrganisationByWord.get(noun) ?? (COMPANY_OR_BODY_NOUNS.has(lastHead) && lastHead !== noun ? null : this.lastOrganisation);
  }

  /**
   * "New Zealand had earlier made 286, with captain Blair Hendry top-scoring": a country that opens the sentence as
   * its subject (name, then a lower-case verb) is the side a titled person later in that sentence belongs to.
   */
  private subjectCountryOfSentence(at: number): string | undefined {
    const { tokens } = this;
    const s = this.doc.sentenceStartToken(at);
    const c = this.countryAt.get(s);
    if (!c?.code || c.kind !== "name" || c.endToken >= at || tokens[c.endToken - 1].possessive) return undefined;
    const verb = tokens[c.endToken];
    return verb && verb.kind === "word" && !verb.cap && !CONNECTORS.has(verb.text) ? c.code : undefined;
  }

  /** "In Berlin, Digital Minister Karsten Vogt said …": the place a sentence opens with. */
  private sentenceOpeningPlace(at: number): string | undefined {
    const { tokens } = this;
    const s = this.doc.sentenceStartToken(at);
    if (tokens[s]?.text !== "In") return undefined;
    const c = this.countryAt.get(s + 1);
    return c?.code && tokens[c.endToken]?.text === "," ? c.code : undefined;
  }

  /**
   * "a workshop in Bern, where Anna Keller builds …": a name opening the "where" clause after "in" and a place is
   * someone of that place; its country, or undefined.
   */
  private placeOfWhereClause(a: number): string | undefined {
    const { tokens } = this;
    if (tokens[a - 1]?.text !== "where" || tokens[a - 2]?.text !== ",") return undefined;
    const c = this.countryEnding.get(a - 3);
    if (!c?.code || c.kind === "demonym" || tokens[c.endToken - 1].possessive) return undefined;
    const k = c.firstToken - (tokens[c.firstToken - 1]?.text === "the" ? 2 : 1);
    return tokens[k]?.text === "in" ? c.code : undefined;
  }

  /** The country mention covering the "-based" token at k (from `from` on), whether or not it starts there. */
  private placeEndingIn(k: number, from: number): CountryMention | undefined {
    const c = this.countryEnding.get(k);
    return c && c.firstToken >= from && c.firstToken <= k ? c : undefined;
  }

  private countryEndingAt(k: number): CountryMention | undefined {
    return this.countryEnding.get(k);
  }

  /**
   * The "and" inside run [from, to) that ends a titled name and opens a nationality's titled one ("US Secretary of State
   * Mark Ellison and Chinese Foreign Minister Li Wen"), or -1. The words before "and" hold a role and end in a name's
   * word; the nationality right after it is followed by a role word.
   */
  private nationalTitleAfterAnd(from: number, to: number): number {
    const { tokens } = this;
    let role = false;
    for (let k = from; k < to - 3; k++) {
      const lower = tokens[k].text.toLowerCase();
      if (ROLE_WORDS.has(lower)) role = true;
      if (tokens[k].text !== "and" || !role || k === from) continue;
      const left = tokens[k - 1];
      const c = this.countryAt.get(k + 1);
      if (!c?.code || c.kind !== "demonym" || c.endToken >= to - 1 || ROLE_WORDS.has(left.text.toLowerCase()) || FIELD_WORDS.has(left.text.toLowerCase()) || this.countryEnding.has(k - 1)) continue;
      if (ROLE_WORDS.has(tokens[c.endToken].text.toLowerCase()) || (FIELD_WORDS.has(tokens[c.endToken].text.toLowerCase()) && ROLE_WORDS.has(tokens[c.endToken + 1]?.text.toLowerCase() ?? ""))) return k;
    }
    return -1;
  }

  /** "Kenya's" right before token `a` (a country's name, not a place's, in the possessive): its country, else undefined. */
  private possessiveCountryBefore(a: number): string | undefined {
    const before = this.tokens[a - 1];
    if (!before?.possessive || !adjacent(this.body, before, this.tokens[a])) return undefined;
    const c = this.countryEndingAt(a - 1);
    return c?.code && c.kind === "name" && !c.place ? c.code : undefined;
  }

  /**
   * The words between a listed person's name (ending before token `end`) and the next name at `a` are a list's joint
   * and a lower-case title only (", presidential adviser", " and protocol chief", ", and the envoy").
   */
  private listedAfter(end: number, a: number): boolean {
    const { tokens } = this;
    let k = end;
    if (tokens[k]?.text === ",") k++;
    if (tokens[k]?.text === "and") k++;
    // "Foreign Minister, Ama Owusu, and Defence Minister, Kofi Mensah,": with both names set off by commas, the
    // second title may be capitalised; it must hold a role word.
    const setOff = tokens[a - 1]?.text === "," && tokens[end]?.text === ",";
    const last = setOff ? a - 1 : a;
    if (k === end || last - k < 1 || last - k > LISTED_TITLE_WORDS) return false;
    for (let x = k; x < last; x++) if (tokens[x].kind !== "word" || (tokens[x].cap && !setOff) || tokens[x].possessive || this.countryAt.has(x)) return false;
    // ", signed the document with Energy Secretary …": the words between must be a title, not a clause.
    return tokens.slice(k, last).some((t) => ROLE_WORDS.has(t.text.toLowerCase()));
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

  /**
   * `aged`: an age set off by commas follows the name ("Fe Salvador, 41,"); a place has no age, so a surname
   * that is also a town ("Salvador", "Santos") does not make the name a place's.
   */
  /**
   * "said Christian Holloway", "coach Christian Lund": a blocking word that is also a given name opens a person's
   * name when a cue supports it and the one word after it is a surname, not a body's common noun ("Christian Aid",
   * "Christian Science", "Christian Democrats", "Christian Union"). After a title the surname may be an ordinary
   * word too ("chief executive Christian Weaving"): no body's name follows a person's title.
   */
  private givenNameThatBlocks(words: Token[], afterRole: boolean, speaks: boolean): boolean {
    if (!(afterRole || speaks) || words.length !== 2 || !GIVEN_NAME_BLOCKING_WORDS.has(words[0].base)) return false;
    const surname = words[1];
    const folded = foldText(surname.base);
    if (surname.possessive || surname.base === surname.base.toUpperCase() || ORGANISATION_HEADS.has(surname.base) || NON_PERSON_NOUNS.has(surname.base) || NON_NAME_WORDS.has(surname.base)) return false;
    if (LAST_NAMES.has(folded)) return true;
    // "Aid", "Brothers", "Science", "Democrats": an ordinary word, a plural or an abstract noun names a body's field.
    if (PLACE_NAMES.has(folded) || /(?:s|ism|ity|ence|ance|ics|tion|sion|ment|ness|ship|hood|dom)$/.test(folded)) return false;
    return afterRole || !COMMON_WORDS.has(folded);
  }

  /** Tokens [from, to) are one nationality's singular adjective or noun ("Nigerian", "Briton"), not a possessive or a people. */
  private singularDemonymAt(from: number, to: number): boolean {
    const c = this.countryAt.get(from);
    const last = this.tokens[to - 1];
    return !!c?.code && c.kind === "demonym" && c.endToken === to && !last.possessive && !/[^s]s$/.test(last.text);
  }

  private isPersonName(nameTokens: Token[], afterRole = false, aged = false): boolean {
    if (nameTokens.length > 5) return false;
    const words = nameTokens.filter((t) => !CONNECTORS.has(t.text));
    if (words.length === 0) return false;
    const last = words[words.length - 1];
    if (NAME_BLOCKING_FIRST_WORDS.has(words[0].base) && !this.givenNameThatBlocks(words, afterRole, aged)) return false;
    // "José Luis Garza de León": a surname may be a place too when a given name opens a long name.
    // "Chief executive Meredith Langford": after a title, a given name and a surname that is also a place.
    const first = foldText(words[0].base);
    const longGivenName = (words.length >= 3 || (afterRole && words.length === 2)) && isGivenName(foldText(words[0].base));
    // "Chidi Lagos": a given name of the registry lists (not itself a place) before a surname that is a place.
    // "Randy delos Santos": a Filipino surname's particle says the word after it is a surname, whatever place it names.
    const particleSurname = words.length >= 2 && nameTokens.some((t) => FILIPINO_PARTICLES.has(t.text));
    const givenThenPlace =
      words.length === 2 && (aged || isGivenName(first) || particleSurname) && !PLACE_NAMES.has(first) && !COUNTRY_SURFACES.has(words[0].base) && !this.isGazetteerPlace(words[0]);
    // "Cerro Blanco", "Kuala Krai", "Entoto Ridge", "Hillcrest Primary": a place's generic word opens or ends the name.
    // A given name before the head makes it a surname ("Tom Ridge").
    if (words.length > 1 && (PLACE_FIRST_WORDS.has(words[0].base) || (PLACE_LAST_WORDS.has(last.base) && !isGivenName(first)))) return false;
    // "the B.C. Conservative MLA", "a Texas Republican": a party's adjective ends no person's name.
    if (words.length > 1 && PARTY_ADJECTIVES.has(last.base)) return false;
    // "Alexandra Dock", "Victoria Harbour": a harbour's head ends a place's name even after a given name.
    if (words.length > 1 && HARBOUR_HEADS.has(last.base)) return false;
    // "Van der Berg Fresh", "Hanil Semiconductor": a trade's word no surname is ends a firm's name.
    if (words.length > 1 && FIRM_LAST_WORDS.has(last.base)) return false;
    // "Hulu Perak": a name ending in a region or city of the gazetteer, with no given name before it, is a place.
    if (words.length === 2 && this.isGazetteerPlace(last) && !isGivenName(first) && !afterRole && !aged && !particleSurname) return false;
    // "managing director Ben Park", "chief executive Tom Hall": after a title, a given name and a common surname that
    // is also a place's head are a person's name.
    const surnameHead = afterRole && words.length === 2 && isGivenName(first) && SURNAMES_ALSO_HEADS.has(last.base);
    if (words.length > 1 && ((NON_PERSON_NOUNS.has(last.base) && !surnameHead) || (PLACE_NAMES.has(foldText(last.base)) && !longGivenName && !givenThenPlace))) return false;
    for (const t of words) {
      if (t !== words[0] && /^(?:II|III|IV|V|VI|VII|VIII|IX|X|Jr\.?|Sr\.?)$/.test(t.base)) continue;
      // "Fatuma Said Athman", "Grace May Otieno": a middle name that is also a verb or a month, between a given name and a surname.
      const middle = words.length >= 3 && t !== words[0] && t !== last && MIDDLE_NAMES_ALSO_WORDS.has(t.base) && (afterRole || FIRST_NAMES.has(foldText(words[0].base)));
      // "Amy Tan Wei Jun", "Maria del Mar Soto": a month's short form after a given name in a long name is a name's word.
      const nameSyllable = MONTH_ABBREVIATIONS.has(t.base) && t !== words[0] && words.length >= 3 && isGivenName(first);
      // "chairman Jan Smit": a month's short form that is a given name, opening a name before a capitalised surname.
      const givenMonth = t === words[0] && words.length >= 2 && MONTH_ABBREVIATIONS.has(t.base) && (isGivenName(first) || afterRole || LAST_NAMES.has(foldText(last.base)) || SURNAME_PARTICLES.has(words[1].text)) && !MONTH_WORDS.has(words[1].base.toLowerCase());
      if (!middle && !nameSyllable && !givenMonth && ((NON_NAME_WORDS.has(t.base) && !(afterRole && t === words[0] && words.length > 1)) || MONTH_WORDS.has(t.base.toLowerCase()))) return false;
      if (ORGANISATION_HEADS.has(t.base)) return false;
      // "Chief Minister BS Yediyurappa": after a title, a name may open with initials in capitals.
      const initials = afterRole && t === words[0] && words.length > 1 && /^\p{Lu}{2,3}$/u.test(t.base) && words[1].base !== words[1].base.toUpperCase();
      if (t.base.length > 1 && t.base === t.base.toUpperCase() && !/\.$/.test(t.base) && !initials) return false; // acronym
      if (/\d/.test(t.base)) return false;
    }
    return true;
  }

  /**
   * "Marc Dubois of Solvik France", "Chinedu Obi of Carlsvik Nigeria": a country's own name ending the run after a
   * person's "of" names the country the unit (and so its staff) serves, before the unit's own country is settled.
   */
  private unitCountryAfterOf(k: number, to: number): string | undefined {
    const tail = this.countryAt.get(to - 1) ?? this.countryAt.get(to - 2);
    if (!tail || tail.kind !== "name" || tail.place || tail.endToken !== to || tail.firstToken <= k + 1) return undefined;
    return tail.code ?? undefined;
  }

  /**
   * "Transmar Iberia", "Nordchem Benelux", "Kestrel Asia Pacific": a business's own word (no given name, place,
   * country or region word), then the world region its unit serves, names that regional unit. "Eastern Europe",
   * "Latin America" and "Council of Europe" are none: a compass or region word, or a connector, comes first.
   */
  private isRegionalUnit(a: number, b: number): boolean {
    const { tokens } = this;
    const last = tokens[b - 1].base;
    const pair = BUSINESS_REGION_PAIRS.get(last);
    const regionStart = BUSINESS_REGIONS.has(last) ? b - 1 : pair && b - a >= 3 && pair.has(tokens[b - 2].base) ? b - 2 : -1;
    if (regionStart <= a || regionStart - a > 2) return false;
    for (let k = a; k < regionStart; k++) {
      const word = tokens[k];
      if (word.kind !== "word" || !word.cap || !/^\p{Lu}/u.test(word.text)) return false;
      if (REGION_QUALIFIERS.has(word.base) || REGION_ADJECTIVES.has(word.base) || CONNECTORS.has(word.text) || COUNTRY_SURFACES.has(word.base)) return false;
      if (this.countryAt.has(k) || this.isGazetteerPlace(word) || this.isPlaceWord(word) || COMMON_WORDS.has(foldText(word.base))) return false;
    }
    return !isGivenName(foldText(tokens[a].base)) && !FIRST_NAMES.has(foldText(tokens[a].base));
  }

  /**
   * The run [a, b) is a body's name with "of" ("County Assembly of Kisumu") closed by one capitalised role word
   * ("Speaker", "Chairman"), and a comma and a capitalised word follow it.
   */
  private roleClosingBodyBeforeName(a: number, b: number): boolean {
    const { tokens } = this;
    if (b - a < 4 || !ROLE_WORDS.has(tokens[b - 1].text.toLowerCase()) || tokens[b]?.text !== "," || !isCapWord(tokens[b + 1])) return false;
    for (let k = a + 1; k < b - 2; k++) if (tokens[k].text === "of" && ORGANISATION_HEADS.has(tokens[k - 1].base)) return true;
    return false;
  }

  /**
   * "Harwood College and Harwood County Public Schools": the "and" of the run [a, b) whose two sides are each a
   * body's name closed by a head, the second opening with the first's opening word; else -1.
   */
  private headedPairAnd(a: number, b: number): number {
    const { tokens } = this;
    for (let k = a + 2; k < b - 2; k++) {
      if (tokens[k].text !== "and") continue;
      const sameOpening = tokens[k + 1].base === tokens[a].base;
      return sameOpening && ORGANISATION_HEADS.has(tokens[k - 1].base) && ORGANISATION_HEADS.has(tokens[b - 1].base) ? k : -1;
    }
    return -1;
  }

  private isOrganisationRun(a: number, b: number): boolean {
    const { tokens } = this;
    const last = tokens[b - 1];
    const allCountry = this.coveredByCountries(a, b);
    if (allCountry) return false;
    // "TOLEDO, Ohio —", "CAIRNS —", "a Cleveland accounting firm": a dateline or a known place is no body.
    if (b - a === 1 && (isDateline(tokens, a) || this.isGazetteerPlace(tokens[a]))) return false;
    // "The Scandinavian firm", "a Nordic lender": a region's adjective alone describes the body after it.
    if (b - a === 1 && REGION_ADJECTIVES.has(tokens[a].base)) return false;
    // "Cyclone Mele, which …", "Mount Kenya": storms and places are not bodies.
    // "El Niño", "La Niña" are weather; a Spanish article before another word opens any name ("the daily La Voz").
    const spanishArticle = /^(?:El|La)$/.test(tokens[a].base) && b - a >= 2 && !/^ni[nñ][oa]s?$/i.test(tokens[a + 1].base);
    if (EVENT_FIRST_WORDS.has(tokens[a].base) && !ORGANISATION_HEADS.has(last.base) && !spanishArticle) return false;
    // "the China-ASEAN Expo", "the Pacific Games": an event's name is no body.
    if (EVENT_HEADS.has(last.base)) return false;
    // "the 2017 ANC National Conference", "the DA Federal Congress": a body's acronym before a gathering's head
    // names that body's meeting.
    if (b - a >= 2 && GATHERING_HEADS.has(last.base) && isAcronym(tokens[a]) && !isAcronym(tokens[a + 1])) return false;
    // "renovation of the Ministry of Planning & Urban Development Building": a name closed by "Building" after another
    // word of the name is the building ("the Ministry of Works and Building" keeps its portfolio).
    if (b - a >= 2 && last.base === "Building" && !/^(?:and|of|&|for)$/.test(tokens[b - 2].text)) return false;
    // "the Dubai World Trade Centre", "the National Convention Center": a hall that hosts events is a building.
    if (b - a >= 2 && /^Cent(?:re|er)$/.test(last.base) && (VENUE_CENTRE_WORDS.has(tokens[b - 2].base) || (tokens[b - 2].base === "Trade" && tokens[b - 3]?.base === "World" && b - a >= 3))) return false;
    // "the INMO's Trolley Watch counted", "the union's Pay Tracker": a body's count or report, named after its owner's possessive.
    const owner = tokens[a - 1];
    if (REPORT_HEADS.has(last.base) && owner?.possessive && adjacent(this.body, owner, tokens[a]) && (isAcronym({ ...owner, text: owner.base }) || this.candidates.get(actorKey(owner.base, "ORGANIZATION"))?.kind === "ORGANIZATION" || this.knownOrganisationAt(a - 1, a) !== null)) return false;
    // "the Irish Nurses and Midwives Organisation's (INMO) Trolley Watch figures": the owner's acronym may stand in
    // brackets between its possessive and the report.
    if (REPORT_HEADS.has(last.base) && owner?.text === ")" && tokens[a - 3]?.text === "(" && tokens[a - 4]?.possessive && isAcronym(tokens[a - 2])) return false;
    // "the Mavuradonha Nature Reserve", "Hwange National Park": a protected area or a plant is a place.
    if (b - a >= 2 && PLACE_NAME_ENDINGS.has(`${tokens[b - 2].base} ${last.base}`)) return false;
    if (b - a >= 2 && ORGANISATION_HEADS.has(last.base)) return true;
    if (this.isRegionalUnit(a, b)) return true;
    // "Hanseong Cell", "Daewon Semicon": two to four words ending in a business's sector word that is no surname,
    // opening with no given name, name a company.
    // "Solar Power is cheaper", "Clean Energy": two words, the first an ordinary or a sector word, are a common phrase.
    const phrase = b - a === 2 && (COMMON_WORDS.has(foldText(tokens[a].base)) || BUSINESS_NAME_WORDS.has(tokens[a].base));
    if (b - a >= 2 && b - a <= 4 && BUSINESS_NAME_WORDS.has(last.base) && !LAST_NAMES.has(foldText(last.base)) && !isGivenName(foldText(tokens[a].base)) && !phrase && !this.isPlaceWord(tokens[b - 1])) return true;
    // "the Fort McKay First Nation", "Siksika First Nation": a Canadian band is a body named for its place.
    if (b - a >= 3 && tokens[b - 2].base === "First" && /^Nations?$/.test(last.base)) return true;
    // "the Daily Sentinel", "the Kisumu Gazette": a newspaper, unless a given name opens it ("Emily Post").
    if (b - a >= 2 && b - a <= 4 && PUBLICATION_HEADS.has(last.base) && !isGivenName(foldText(tokens[a].base)) && !FIRST_NAMES.has(foldText(tokens[a].base))) return true;
    // "Kenya Power said", "Johannesburg Water", "Wellington Water": a country, capital or known place, then a utility's last word.
    if (b - a >= 2 && b - a <= 4 && UTILITY_HEADS.has(last.base) && (/^(?:name|capital|city)$/.test(this.countryAt.get(a)?.kind ?? "") || this.isGazetteerPlace(tokens[a]) || this.placeOpeningName.has(a))) return true;
    // "the City of Durban said": a municipality named as a body.
    // "The City of Tshwane wants …": one the gazetteer lacks is a body too as the subject of a verb.
    const verb = tokens[b];
    const verbAfter = !!verb && verb.kind === "word" && !verb.cap && /(?:PastTense|PresentTense|Modal|^Verb)/.test(COMMON_WORDS_TAGS.get(verb.text) ?? "");
    // "City of Kwinana mayor Jane Doe": one whose officer a lower-case role after it names is a body too, after "the"
    // or opening a sentence.
    const roleAfter = !!verb && verb.kind === "word" && !verb.cap && ROLE_WORDS.has(verb.text);
    const before = tokens[a - 1];
    const opensClause = !before || before.paragraph !== tokens[a].paragraph || /^[.!?"“”:;]$/.test(before.text) || before.text.toLowerCase() === "the";
    if (b - a >= 3 && /^(?:City|Municipality|Borough)$/.test(tokens[a].base) && tokens[a + 1].text === "of" && opensClause && (before?.text.toLowerCase() === "the" || roleAfter) && (this.isGazetteerPlace(tokens[a + 2]) || (b - a === 3 && (verbAfter || roleAfter)))) return true;
    // "Strathmore College Nairobi", "Harcourt Institute Galway": a school's name then the town of its campus.
    if (b - a >= 3 && /^(?:University|College|Institute|Polytechnic|Academy)$/.test(tokens[b - 2].base) && this.isGazetteerPlace(last) && !this.isGazetteerPlace(tokens[a])) return true;
    // "Fairview Local School District", "Yolo County Water District": a district of one public service is a body.
    if (b - a >= 2 && last.base === "District" && /^(?:School|Water|Fire|Irrigation|Sanitation|Hospital|Park|Parks|Transit|Utility|Library|Health)$/.test(tokens[b - 2].base)) return true;
    // "Ogun State Government", "the Scottish Government": a government named as a body ends its name;
    // "Government of Kenya" describes the state and stays unnamed.
    if (b - a >= 2 && last.base === "Government") return true;
    // "the Saskatoon Blades", "the Regina Pats": a known town then a plural nickname is a team.
    const town = tokens[a].text === "The" ? a + 1 : a;
    if (b - town === 2 && (town > a || /^the$/i.test(tokens[a - 1]?.text ?? "")) && /^\p{Lu}\p{Ll}+s$/u.test(last.base) && this.isGazetteerPlace(tokens[town]) && !this.coveredByCountries(town, town + 1)) return true;
    for (let k = a; k < b - 2; k++) {
      const head = tokens[k].base;
      // "Centres for Disease Control": a plural head before "of"/"for" opens a body's name too.
      const isHead = ORGANISATION_HEADS.has(head) || (/s$/.test(head) && ORGANISATION_HEADS.has(head.slice(0, -1)));
      if ((isHead || isOrganisationOfWord(tokens, k, a)) && (tokens[k + 1].text === "of" || tokens[k + 1].text === "for")) return true;
      // "Council on Ethics", "Commission on Audit": a panel's head, "on" and its subject (the run joins them only so).
      if (ON_SUBJECT_HEADS.has(head) && tokens[k + 1].text === "on") return true;
      if (tokens[k + 1].text === "&") return true;
    }
    // "the Friends of Hallam Park", "the Organisation Against Toll Abuse": a campaign group named by what it is for.
    if (b - a >= 3 && ((tokens[a].base === "Friends" && tokens[a + 1].text === "of") || /^(?:Organisation|Organization)$/.test(tokens[a].base)) && /^the$/i.test(tokens[a - 1]?.text ?? "")) return true;
    // "Instituto Clima Aberto", "Banco do Brasil": a head in another language, wherever it stands.
    if (b - a >= 2) for (let k = a; k < b; k++) if (FOREIGN_ORGANISATION_HEADS.has(tokens[k].base) && tokens[k].base !== "Organisation" && !this.roleThenName(k + 1, b)) return true;
    // "the state utility, Agua y Drenaje del Norte, approved": an organisation noun before an appositive name.
    // "A spokesperson for the ministry, Joseph Kamau Njoroge, said": a given name opening the run makes it a person.
    const givenName = b - a >= 2 && FIRST_NAMES.has(foldText(tokens[a].base)) && !ORGANISATION_HEADS.has(last.base);
    if (tokens[a - 1]?.text === "," && tokens[b]?.text === "," && this.organisationNounBefore(a - 2) && !this.coveredByCountries(a, b) && !givenName) return true;
    // "5.8m TEU", "24,000 TEU": capitals right after a number are its unit.
    if (b - a === 1 && isAcronym(tokens[a]) && this.afterNumber(a)) return false;
    // "a campaigner at groundWork", "groundWork said": a brand written lower-case with a capital inside, where a
    // body stands (after a preposition of membership or before a speech verb).
    if (b - a === 1 && !tokens[a].cap && LOWER_CAMEL_BRAND.test(tokens[a].base)) {
      const before = tokens[a - 1]?.text ?? "";
      return /^(?:at|from|with|by|of|for|told|joined)$/.test(before) || SPEECH_VERBS.has(tokens[b]?.text ?? "");
    }
    // "the Buenos Aires metropolitan area (AMBA)": an abbreviation the text gives for a place names no body, there or later.
    if (b - a === 1 && isAcronym(tokens[a]) && (this.placeAbbreviations.has(tokens[a].base) || this.abbreviatesPlace(a))) {
      this.placeAbbreviations.add(tokens[a].base);
      return false;
    }
    if (isAcronym(tokens[a]) && !this.countryAt.has(a) && !this.knownOrganisationAt(a, a + 1)) {
      // "the IG said", "the DCE said": a role written as an abbreviation names a person already named.
      if (b - a === 1) return !this.isPlaceWord(tokens[a]) && !(ROLE_ABBREVIATIONS.has(tokens[a].text.toLowerCase()) && /^the$/i.test(tokens[a - 1]?.text ?? ""));
      if (b - a === 2 && (this.countryAt.has(a + 1) || PLACE_NAMES.has(foldText(tokens[a + 1].base)))) return true;
    }
    const prev = tokens[a - 1];
    // "Dutch fruit trader Van der Berg Fresh": a trade said of people too, before a name a firm's word ends, is a firm.
    if (prev && prev.kind === "word" && !prev.cap && PERSON_PRONE_TRADES.has(prev.text) && b - a >= 2 && FIRM_LAST_WORDS.has(tokens[b - 1].base) && adjacent(this.body, prev, tokens[a])) return true;
    // "grain broker Moses Okello": a trade said of people as often, before a given name and a surname, names a person.
    const tradesPerson = !!prev && PERSON_PRONE_TRADES.has(prev.text) && b - a >= 2 && b - a <= 3 && isGivenName(foldText(tokens[a].base)) && !COMPANY_HEADS.has(tokens[b - 1].base) && !/^(?:Brothers|Bros\.?|Sons|Traders|Exports|Imports|Trading|Enterprises)$/.test(tokens[b - 1].base) && this.isPersonName(tokens.slice(a, b));
    if (prev && prev.kind === "word" && !prev.cap && isOrganisationPrecedingNoun(prev.text) && adjacent(this.body, prev, tokens[a]) && !(b - a === 1 && FIRST_NAMES.has(foldText(tokens[a].base))) && !tradesPerson) return true;
    // "Insurer Harlan Mutual said", "Steelmaker Ferrovia's shares": a sentence's capitalised business noun before the
    // name introduces a body as its lower-case form does; a trade said of people as often needs a name no person has.
    if (prev && prev.kind === "word" && prev.cap && this.sentenceInitial(a - 1) && isCapWord(tokens[a]) && !CONNECTORS.has(tokens[a].text) && adjacent(this.body, prev, tokens[a])) {
      const noun = prev.text.toLowerCase();
      if (isBusinessIntroducer(noun) && isOrganisationPrecedingNoun(noun) && !(PERSON_PRONE_TRADES.has(noun) && FIRST_NAMES.has(foldText(tokens[a].base)))) return true;
    }
    const next = tokens[b];
    if (next && !last.possessive && next.kind === "word" && adjacent(this.body, last, next)) {
      // "the Civic Renewal party", "the Ifop polling institute"
      const after = tokens[b + 1];
      // "the Dunyo news agency", "the Kyodo news service": a medium's word may stand before the noun too;
      // "the Verdana trade union", "the Unitas labour federation": so may a union's.
      // "the Clyde Marine yard": a yard after one word is mostly a place's ("the Okpo yard", "its Geoje yard").
      const siteAfterOneWord = next.text === "yard" && b - a === 1;
      const trailing = (ORGANISATION_TRAILING_NOUNS.has(next.text) && !siteAfterOneWord) || (!next.cap && after && ORGANISATION_TRAILING_NOUNS.has(after.text) && adjacent(this.body, next, after) && (/(?:ing|al|ic)$/.test(next.text) || /^(?:news|trade|labou?r)$/.test(next.text)));
      // "Credit rating agency Moody's": a sentence's opening common noun is no body's name.
      // "Property group Harbour Homes warned", "Ratings agency Fitch said": before a noun and a name, it describes that name.
      const opening = b - a === 1 && this.sentenceInitial(a);
      const openingNoun =
        opening &&
        (ORGANISATION_TRAILING_NOUNS.has(next.text)
          ? !next.cap && this.describesNameAfter(a, b + 1)
          : COMMON_WORDS.has(foldText(tokens[a].base)));
      if (trailing && !openingNoun) return !this.allRoleWords(a, b);
    }
    // "a WeatherWatch spokesperson said", "MetService meteorologist Clare Oduya": a one-word CamelCase brand before
    // a spokesperson or a lower-case job noun is the body they work for.
    if (b - a === 1 && next && (/^spokes(?:man|woman|person)$/.test(next.text) || (!next.cap && (ROLE_WORDS.has(next.text) || /ologist$/.test(next.text) || /\bActor\b/.test(COMMON_WORDS_TAGS.get(next.text) ?? "")))) && CAMEL_CASE_BRAND.test(last.base)) return true;
    // "the Scottish Conservatives", "the Liberal Democrats": a party named by its members' plural after an adjective.
    if (b - a >= 2 && PARTY_PLURALS.has(last.base) && !this.allRoleWords(a, b - 1)) return true;
    // "told Radio Mitre", "Radio Pakistan reported": a broadcaster's name opens with its medium.
    if (b - a >= 2 && /^(?:Radio|Television|Télévision|Rádio)$/.test(tokens[a].base) && !this.coveredByCountries(a + 1, b) && !FIRST_NAMES.has(foldText(tokens[a + 1].base))) return true;
    // "Unifor, which represents workers …": a lone name a relative clause says speaks for members is a body.
    if (b - a === 1 && next?.text === "," && tokens[b + 1]?.text === "which" && /^(?:represents|regulates|organises|organizes|lobbies)$/.test(tokens[b + 2]?.text ?? "") && !this.countryAt.has(a) && !FIRST_NAMES.has(foldText(tokens[a].base)) && !PLACE_NAMES.has(foldText(tokens[a].base)) && !this.isGazetteerPlace(tokens[a])) return true;
    // "Universities Australia, which represents …": people take "who".
    if (next?.text === "," && tokens[b + 1]?.text === "which" && b - a >= 2 && !this.coveredByCountries(a, b) && !/\d/.test(this.textOf(a, b))) {
      return !this.allRoleWords(a, b) && !/^(?:city|town|village|region|province|state|district)$/.test(tokens[a - 2]?.text ?? "");
    }
    return false;
  }

  /** "the Treasury Department's …": a body of two to four capitalised words already read, ending at token `end`. */
  private bodyEndingAt(end: number): Candidate | undefined {
    const { tokens } = this;
    for (let k = end - 1; k >= 0 && k >= end - 3 && isCapWord(tokens[k]) && !tokens[k].possessive && adjacent(this.body, tokens[k], tokens[k + 1]); k--) {
      const owner = this.candidates.get(actorKey(this.textOf(k, end + 1), "ORGANIZATION"));
      if (owner) return owner;
    }
    return undefined;
  }

  /** "Egypt's …", "in …", "across the …": a country's possessive or a preposition of place (and "the") before `a`. */
  private opensPlaceName(a: number): boolean {
    const opener = this.tokens[a - 1];
    if (!opener) return false;
    if (opener.possessive) return this.countryEnding.has(a - 1);
    const preposition = opener.text === "the" ? this.tokens[a - 2]?.text : opener.text;
    return /^(?:in|across|near|into|from)$/.test(preposition ?? "");
  }

  /** "… metropolitan area (AMBA)", "the special economic zone (SEZ)": a bracketed abbreviation right after a place's lower-case noun. */
  private abbreviatesPlace(a: number): boolean {
    const { tokens } = this;
    const open = tokens[a - 1];
    const noun = tokens[a - 2];
    if (open?.text !== "(" || tokens[a + 1]?.text !== ")" || !noun || noun.kind !== "word" || noun.cap || noun.paragraph !== tokens[a].paragraph) return false;
    return PLACE_HEAD_NOUNS.has(noun.text);
  }

  /** The token before `a` is a number, or a number's multiplier after one ("5.8m", "3 million"). */
  private afterNumber(a: number): boolean {
    const { tokens } = this;
    const prev = tokens[a - 1];
    if (!prev || !adjacent(this.body, prev, tokens[a])) return false;
    if (prev.kind === "number") return true;
    return /^(?:m|mn|bn|k|million|billion|thousand)$/.test(prev.text) && tokens[a - 2]?.kind === "number";
  }

  /** "Commission Chairman Dr. Ruwan Perera": from `j`, a role word, honorifics, then a person's name ending at `b`. */
  /**
   * "Ministério de Minas e Energia", "Banco Nacional de Desenvolvimento Econômico e Social": Portuguese and Italian
   * "e" joins a name's words when the run so far is a name in that language (it holds "de", "do", "da" or "di"
   * or a foreign body's head). The run is at most MAX_RUN_TOKENS long, so the look back is bounded.
   */
  private romanceAndInName(from: number, end: number): boolean {
    const { tokens } = this;
    if (tokens[end]?.text !== "e") return false;
    for (let k = from; k < end; k++) if (ROMANCE_PARTICLES.has(tokens[k].text) || FOREIGN_ORGANISATION_HEADS.has(tokens[k].base)) return true;
    return false;
  }

  private roleThenName(j: number, b: number): boolean {
    const { tokens } = this;
    // "Railways Corporation Managing Director Grace …", "Deputy Chairman": modifiers may open the title before its role word.
    let n = j;
    while (n < b && n - j < 3 && TITLE_MODIFIERS.has(tokens[n].text.toLowerCase()) && !ROLE_WORDS.has(tokens[n].text.toLowerCase())) n++;
    if (n >= b || !ROLE_WORDS.has(tokens[n].text.toLowerCase())) return false;
    n++;
    while (n < b && (HONORIFICS.has(tokens[n].text.toLowerCase()) || ROLE_WORDS.has(tokens[n].text.toLowerCase()))) n++;
    // "Confederación General del Trabajo", "Unión General de Trabajadores": a particle right after "General" goes on
    // the body's name (Romance names put the adjective after the head); a titled person's name opens capitalised.
    if (CONNECTORS.has(tokens[n]?.text ?? "")) return false;
    return b - n >= 2 && this.isPersonName(tokens.slice(n, b), true);
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
    if (!c?.code || c.kind !== "name" || c.firstToken <= a || c.firstToken - a > 5) return false;
    // "Environment and Climate Change Canada": two fields joined by "and" before the country.
    let nouns = 0;
    for (let k = a; k < c.firstToken; k++) {
      const joins = (tokens[k].text === "and" || tokens[k].text === "&") && k > a && k < c.firstToken - 1;
      // "Environment", "Climate": a portfolio's word names the body's field here, no title follows.
      const lower = tokens[k].text.toLowerCase();
      const field = (FIELD_WORDS.has(lower) || LIST_FIELD_WORDS.has(lower)) && !/(?:al|ic|an|ern|ive|ous|ary)$/.test(lower);
      // "Safaricom and Airtel Kenya": a listed firm's or body's name is no field's noun.
      if (!joins && (companyNamed(tokens[k].base) || this.knownOrganisationAt(k, k + 1))) return false;
      if (!joins && !field && !this.isCommonNounWord(tokens[k])) return false;
      if (!joins) nouns++;
    }
    return nouns <= 3;
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
    // "Indian Super League", "Chinese Super League": a country's league is the body that runs it; "Champions
    // League" and "Nations League" are competitions between clubs or teams of many countries.
    const national = this.countryAt.get(a)?.endToken === b - 2 && last === "League";
    return b - a >= 2 && COMPETITION_HEADS.has(last) && COMPETITION_FIRST_WORDS.has(tokens[b - 2].base) && !national;
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
      // "The secretary of the farmers' union, Kwame Boateng,": the body is the object of an office; the name is its holder's.
      if (DETERMINERS.has(w.text.toLowerCase()) && /^(?:of|for)$/.test(tokens[j - 1]?.text ?? "") && ROLE_WORDS.has(tokens[j - 2]?.text.toLowerCase() ?? "")) return false;
      if (DETERMINERS.has(w.text.toLowerCase()) || w.possessive) return true;
    }
    return false;
  }

  /**
   * "South Korea's Hanseong Energy Solution", "China's Jinling New Energy": after a country's possessive, a
   * name that opens with no given name and holds a word of business names is a body, not a person.
   */
  private countrysBusinessName(from: number, b: number): number {
    const { tokens } = this;
    // The country's possessive may open the capitalised run itself ("South Korea's Hanseong …").
    const inRun = this.countryAt.get(from);
    const a = inRun && tokens[inRun.endToken - 1]?.possessive ? inRun.endToken : from;
    const owner = tokens[a - 1];
    if (b - a < 2 || b - a > 5 || !owner?.possessive || !adjacent(this.body, owner, tokens[a])) return -1;
    const country = this.countryEndingAt(a - 1);
    if (!country?.code || country.kind !== "name" || tokens[b - 1].possessive || GEOGRAPHIC_HEADS.has(tokens[b - 1].base)) return -1;
    if (FIRST_NAMES.has(foldText(tokens[a].base)) || this.countryAt.has(a)) return -1;
    let ordinary = false;
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      const lower = t.text.toLowerCase();
      if (t.kind !== "word" || ROLE_WORDS.has(lower) || RANKS.has(lower)) return -1;
      if (k > a && (COMPANY_HEADS.has(t.base) || ORGANISATION_HEADS.has(t.base) || BUSINESS_NAME_WORDS.has(t.base))) ordinary = true;
    }
    return ordinary ? a : -1;
  }

  /**
   * "Battery maker Voltera Energie", "Property group Harbour Homes": a sentence's one opening word, a body's noun,
   * then a name (from `k`) is a description of that name. With a job word between ("Conservative group leader
   * Jo Marsh"), only when the opening word is an ordinary one of this text: "Tata group chairman …" names a body.
   */
  private describesNameAfter(a: number, k: number): boolean {
    const { tokens } = this;
    if (isAcronym(tokens[a]) || this.knownOrganisationAt(a, a + 1)) return false;
    for (let n = 0; n < 3; n++, k++) {
      const t = tokens[k];
      if (!t || t.kind !== "word" || !adjacent(this.body, tokens[k - 1], t)) return false;
      if (t.cap) {
        if (CONNECTORS.has(t.text) || ROLE_WORDS.has(t.text.toLowerCase())) return false;
        return n === 0 || COMMON_WORDS.has(foldText(tokens[a].base)) || this.writtenLowerCase(tokens[a]);
      }
      if (!ROLE_WORDS.has(t.text)) return false;
    }
    return false;
  }

  /**
   * "the UN agency has appealed", "under EU rules", "the UN's Office for the Coordination …": an international
   * body's acronym that only qualifies the noun or the body after it is no actor of its own there. Not before a
   * verb ("the UN said") or a job ("UN envoy Jan Berg", whose employer it is).
   */
  private parentBodyAsModifier(a: number, org: KnownOrganisation): boolean {
    const { tokens } = this;
    const t = tokens[a];
    const next = tokens[a + 1];
    // "600 billion pesos in Treasury bonds": a debt instrument named after its issuer.
    if (next && !t.possessive && adjacent(this.body, t, next) && /^(?:bonds?|bills?|notes|yields?|securities|auctions?|paper)$/.test(next.text)) return true;
    if (org.country !== null || !isAcronym(t)) return false;
    if (!next || next.kind !== "word" || !adjacent(this.body, t, next)) return false;
    if (t.possessive) return next.cap && !ROLE_WORDS.has(next.text.toLowerCase()) && !FIRST_NAMES.has(foldText(next.base));
    if (next.cap) return false;
    const lower = next.base.toLowerCase();
    const singular = lower.replace(/(?<=[^s])s$/, "");
    if (ROLE_WORDS.has(lower) || ROLE_WORDS.has(singular) || TITLE_MODIFIERS.has(lower) || CONNECTORS.has(lower)) return false;
    return !/\b(?:Verb|PastTense|PresentTense|Modal|Copula|Auxiliary|Adverb|Preposition|Conjunction|Determiner|QuestionWord|Pronoun|Adjective)\b/.test(COMMON_WORDS_TAGS.get(lower) ?? "") && !/(?:ed|ly)$/.test(lower);
  }

  private acronymLeadingCompound(k: number): boolean {
    const t = this.tokens[k];
    const m = /^(\p{Lu}[\p{Lu}&]{1,6})-(?:led|run|backed|ruled|controlled|aligned|allied|affiliated|sponsored|dominated)$/u.exec(t.text);
    if (!m) return false;
    const known = KNOWN_ORGANISATIONS.get(m[1]);
    if (known) {
      if (known.country === null) return false;
      this.addKnownOrganisation(known, t.start);
      return true;
    }
    if (!isAcronym({ ...t, text: m[1], base: m[1] }) || NON_ORGANISATION_ACRONYMS.has(m[1])) return false;
    this.addCandidate("ORGANIZATION", m[1], null, undefined, 2, t.start);
    return true;
  }

  private lowerCaseWords: Set<string> | undefined;

  /** The word also stands in lower case somewhere in the body ("property", "battery"): an ordinary word of this text. */
  private writtenLowerCase(t: Token): boolean {
    if (!this.lowerCaseWords) {
      this.lowerCaseWords = new Set();
      for (const w of this.tokens) if (w.kind === "word" && !w.cap) this.lowerCaseWords.add(w.text);
    }
    return this.lowerCaseWords.has(t.base.toLowerCase());
  }

  /**
   * "chairman Jan Smit said", "Jan de Vries": a month's short form that is also a registry given name, right before a
   * capitalised word (a date has a number after its month), opens a person's name.
   */
  private monthWordAsGivenName(a: number, to: number): boolean {
    const { tokens } = this;
    const t = tokens[a];
    if (!MONTH_ABBREVIATIONS.has(t.base) || /^\d/.test(tokens[a - 1]?.text ?? "")) return false;
    let k = a + 1;
    while (k < to - 1 && SURNAME_PARTICLES.has(tokens[k].text)) k++;
    const next = tokens[k];
    if (!(k < to && isCapWord(next) && !NON_NAME_WORDS.has(next.base) && !this.countryAt.has(k) && !ORGANISATION_HEADS.has(next.base))) return false;
    // A given name of the registry, a surname's particle ("Jan du Plessis"), a registry surname, or a role before it.
    const before = tokens[a - 1];
    return isGivenName(foldText(t.base)) || k > a + 1 || LAST_NAMES.has(foldText(next.base)) || (!!before && ROLE_WORDS.has(before.text.toLowerCase()));
  }

  private sentenceInitial(a: number): boolean {
    const prev = this.tokens[a - 1];
    return !prev || /^[.!?"“”„«‚]$/.test(prev.text) || prev.paragraph !== this.tokens[a].paragraph;
  }

  /** A city or region of the place gazetteer, written as usual or in capitals ("NSW" is not one). */
  /**
   * "Yunnan Agricultural University", "Ontario Power Authority": a state or province opening a body's name whose
   * head is a body's noun gives the body its country, when the text names that country too. Cities are left out
   * ("Houston Rockets" is a team's name).
   */
  private regionOpeningBody(a: number, b: number): string | undefined {
    const { tokens } = this;
    const place = placeTable().get(tokens[a].base);
    if (!place || place.kind !== "region" || b - a < 2 || tokens[a].possessive || !isCapWord(tokens[a])) return undefined;
    // The text must name the region's country itself ("Chinese", "China") for the word to be read as the region.
    if (!this.namedCountries) this.namedCountries = new Set(this.input.countryMentions.filter((m) => m.code && !m.place).map((m) => m.code!));
    if (!this.namedCountries.has(place.code)) return undefined;
    for (let k = a + 1; k < b; k++) if (ORGANISATION_HEADS.has(tokens[k].base)) return place.code;
    return undefined;
  }

  private isGazetteerPlace(t: Token): boolean {
    const table = placeTable();
    return table.has(t.base) || (t.base.length > 3 && table.has(t.base[0] + t.base.slice(1).toLowerCase()));
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

  /** "(Reporting by Duncan Miriri; Editing by Alex Richardson and Mark Potter)": the run at `a` names a wire story's staff. */
  private inWireCredit(a: number): boolean {
    const { tokens } = this;
    // Back over the names and "and" or commas of the same credit, a dozen tokens at the most.
    for (let k = a - 1; k >= 0 && k >= a - 12 && tokens[k].paragraph === tokens[a].paragraph; k--) {
      const t = tokens[k];
      if (t.text === "by") {
        // "Reporting by", "; editing by", "Additional reporting by"; not "compiled by JPMorgan" or "reporting by the Guardian".
        const word = tokens[k - 1]?.text ?? "";
        const before = tokens[k - 2]?.text ?? "";
        return /^(?:Reporting|Editing|Writing)$/.test(word) || (/^(?:reporting|editing|writing)$/.test(word) && /^(?:;|\(|Additional|additional)$/.test(before));
      }
      if (!(isCapWord(t) || t.text === "and" || t.text === ",")) return false;
    }
    return false;
  }

  /** The run at `a` follows "Photo/", "Photo:" or "Picture:" and its first word (a given name, maybe). */
  private afterPictureCredit(a: number): boolean {
    const { tokens } = this;
    let k = a - 1;
    if (tokens[k] && !/^[/:]$/.test(tokens[k].text) && isGivenName(foldText(tokens[k].base))) k--;
    const mark = tokens[k];
    const word = tokens[k - 1];
    return !!mark && !!word && /^[/:]$/.test(mark.text) && mark.start === word.end && /^(?:Photo|Photos|Picture|Pictures|Image|Images|Photograph|Video|Credit)$/.test(word.base);
  }

  /** A job noun at `a` that the role list lacks (not a name or a place), then a given name and a capitalised word. */
  private jobNounBeforeName(a: number): boolean {
    const { tokens } = this;
    const t = tokens[a];
    const folded = foldText(t.base);
    const next = tokens[a + 1];
    const after = tokens[a + 2];
    if (t.possessive || ROLE_WORDS.has(folded) || TITLE_MODIFIERS.has(folded) || !/^\p{Lu}\p{Ll}+$/u.test(t.base) || this.countryAt.has(a)) return false;
    // compromise tags job nouns "Actor" ("moderator", "trader", "pastor").
    if (!/\bActor\b/.test(COMMON_WORDS_TAGS.get(folded) ?? "") || isGivenName(folded) || LAST_NAMES.has(folded) || PLACE_NAMES.has(folded) || ORGANISATION_HEADS.has(t.base)) return false;
    return isCapWord(next) && adjacent(this.body, t, next) && isGivenName(foldText(next.base)) && !!after && isCapWord(after) && adjacent(this.body, next, after) && !ORGANISATION_HEADS.has(after.base);
  }

  /** "Perth and Kinross Council": a town, "and" at k, one more name and a body's head make one council's name. */
  private townAndNameBeforeHead(a: number, k: number): boolean {
    const { tokens } = this;
    const town = this.countryAt.get(a);
    const head = tokens[k + 2];
    return tokens[k].text === "and" && town?.kind === "city" && town.endToken === k && !!head && ORGANISATION_HEADS.has(head.base) && !this.countryAt.has(k + 1) && isCapWord(tokens[k + 1]) && adjacent(this.body, tokens[k + 1], head);
  }

  /** A word naming where a body's branch works: a country or region, not a person, title or ordinary word. */
  private isBranchWord(k: number): boolean {
    const t = this.tokens[k];
    const lower = t.text.toLowerCase();
    const folded = foldText(t.base);
    if (!isCapWord(t) || t.possessive || isAcronym(t) || ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) || ORGANISATION_HEADS.has(t.base)) return false;
    if (FIRST_NAMES.has(folded) || LAST_NAMES.has(folded) || NON_NAME_WORDS.has(t.base) || MONTH_WORDS.has(lower)) return false;
    return this.countryAt.get(k)?.kind === "name" || this.isGazetteerPlace(t) || !COMMON_WORDS.has(folded);
  }

  private addRunOrganisation(a: number, b: number): void {
    const { tokens } = this;
    if (this.officeWithPortfolio(a, b) || this.lawTitleGoesOn(b)) return;
    let name = this.textOf(a, b);
    let country: string | null | undefined;
    for (let k = a; k < b; k++) {
      const c = this.countryAt.get(k);
      // "Hartmann Institute for China Studies", "Centre for Korean Studies": the country a body studies is no seat.
      if (c && c.endToken < b && this.studiedCountry(c)) continue;
      if (c && c.code && c.endToken <= b) {
        country = c.code;
        break;
      }
    }
    // "China's Foreign Ministry" -> "Chinese Foreign Ministry", country CN.
    const prev = tokens[a - 1];
    let fromPossessive = false;
    if (prev && prev.possessive && adjacent(this.body, prev, tokens[a])) {
      const c = this.countryAt.get(a - 1) ?? this.countryEndingAt(a - 1);
      if (c?.code) {
        if (country === undefined && c.kind === "name") fromPossessive = true;
        country = country ?? c.code;
        const adjective = demonymOf(c.code);
        // Only a state body takes the country into its name ("Chinese Foreign Ministry", not "Chinese Jinling").
        if (adjective && c.kind === "name" && STATE_BODY_HEADS.has(last(tokens, b).base)) name = `${adjective} ${name}`;
      }
    }
    // "the kingdom's Public Investment Fund", "the island nation's central bank": a country's role noun points back to
    // the country or city named last, a few dozen tokens before at most.
    if (country === undefined && prev?.possessive && adjacent(this.body, prev, tokens[a])) country = this.countryOfRoleNoun(a - 1);
    // "The UN's Office for the Coordination …", "NASA's Johnson Space Center": a body's own unit shares its seat.
    if (country === undefined && prev?.possessive && adjacent(this.body, prev, tokens[a])) {
      const owner = KNOWN_ORGANISATIONS.get(prev.base) ?? this.candidates.get(actorKey(prev.base, "ORGANIZATION")) ?? this.bodyEndingAt(a - 1);
      if (owner && owner.country !== undefined) country = owner.country;
    }
    // "Turkey's Mapa Construction, Limak Holding and China's CRRC": a country's possessive carries along a comma
    // list of bodies until another country starts.
    const tail = this.possessiveListTail;
    if (country === undefined && tail && tokens[a - 1]?.text === "," && tail.end === a - 1 && tokens[a - 1].paragraph === tokens[a].paragraph && !KNOWN_ORGANISATIONS.has(name)) country = tail.code;
    this.possessiveListTail = undefined;
    if (country !== undefined && country !== null && (fromPossessive || (tail && tail.code === country && tail.end === a - 1))) this.possessiveListTail = { end: b, code: country };
    if (country === undefined) country = this.basedCountry ?? this.basedBefore(a) ?? this.demonymBeforeNoun(a) ?? this.membersOfDemonymBefore(a) ?? this.describedBusinessBefore(a, b) ?? this.appositiveBase(b) ?? this.placeOpeningName.get(a) ?? this.regionOpeningBody(a, b) ?? this.parentCountryAfter(b);
    if (country === undefined && INTERNATIONAL_NAME.test(name)) country = null;
    // "Tarwin Forest Holdings, which is owned by the Ontario pension fund Lakeshore Trust": the owner's seat is the
    // owned body's when the text gives that body none of its own.
    const owned = country ? this.ownedBodyBefore(a) : undefined;
    if (owned && owned.country === undefined) owned.country = country;
    this.addCandidate("ORGANIZATION", name, null, country, 2, tokens[a].start);
    const lead = tokens[a - 1];
    const introducedAsBusiness = !!lead && lead.kind === "word" && !lead.cap && (COMPANY_NOUNS.has(lead.text) || /(?:maker|builder)s?$/.test(lead.text));
    if (introducedAsBusiness || COMPANY_HEADS.has(tokens[b - 1].base) || (this.basedCountry !== undefined && b - a === 1)) this.markCompany(name, introducedAsBusiness ? lead.text : undefined);
    if (prev && name !== this.textOf(a, b)) this.candidates.get(actorKey(name, "ORGANIZATION"))!.surfaces.add(this.body.slice(prev.start, tokens[b - 1].end));
  }

  /**
   * "the Minerals and Mining (Amendment) Act", "the Companies (Amendment) Bill 2024": a bracketed word and a law's
   * noun after the run make it the title of a law, not a body.
   */
  private lawTitleGoesOn(b: number): boolean {
    const { tokens } = this;
    return tokens[b]?.text === "(" && !!tokens[b + 1]?.cap && tokens[b + 2]?.text === ")" && LAW_NOUNS.has(tokens[b + 3]?.text ?? "");
  }

  /**
   * "Kenya's Cabinet Secretary for the East African Community", "Minister of State for the Northern Region": an
   * office, at most two rank words before it, and "for" or "of" opening its portfolio is a post someone holds, not
   * a body, whatever body word the portfolio ends with.
   */
  private officeWithPortfolio(a: number, b: number): boolean {
    const { tokens } = this;
    for (let k = a; k < b - 2 && k <= a + 2; k++) {
      const lower = tokens[k].text.toLowerCase();
      if (PORTFOLIO_OFFICES.has(lower)) return /^(?:of|for)$/.test(tokens[k + 1].text) && !(lower === "secretary" && tokens[k + 2].text === "State" && k + 3 === b);
      if (!tokens[k].cap || !(TITLE_MODIFIERS.has(lower) || OFFICE_RANKS.has(lower))) return false;
    }
    return false;
  }

  /**
   * "X, which is owned by the Ontario pension fund Y", "X, majority-owned by Japan's Y", "X is owned by Y": the body
   * named just before "owned by" and a description ending at the owner's name at `a`; undefined when the shape is not there.
   */
  private ownedBodyBefore(a: number): Candidate | undefined {
    const { tokens } = this;
    // Back over the owner's description: an article, lower-case words, a place or a nationality, a country's possessive.
    let k = a - 1;
    while (k >= 0 && a - k <= 6 && tokens[k].text !== "by") {
      const t = tokens[k];
      if (t.kind === "punct" && !(/^['’]$/.test(t.text) && t.start === tokens[k - 1]?.end)) return undefined;
      if (t.cap && !this.countryEnding.has(k) && !this.countryAt.has(k)) return undefined;
      k--;
    }
    if (tokens[k]?.text !== "by" || !/^(?:(?:wholly|majority|partly|jointly|ultimately|fully)-)?owned$/.test(tokens[k - 1]?.text ?? "")) return undefined;
    k -= 2;
    if (/^(?:wholly|majority|partly|jointly|ultimately|fully)$/.test(tokens[k]?.text ?? "")) k--;
    if (/^(?:is|was)$/.test(tokens[k]?.text ?? "")) k--;
    if (/^(?:which|that)$/.test(tokens[k]?.text ?? "")) k--;
    if (tokens[k]?.text === ",") k--;
    // The owned body's name ends at k: its run of capitalised words.
    let first = k;
    while (first > 0 && isCapWord(tokens[first - 1]) && adjacent(this.body, tokens[first - 1], tokens[first]) && !tokens[first - 1].possessive) first--;
    if (first > k || !isCapWord(tokens[k])) return undefined;
    return this.candidates.get(actorKey(this.textOf(first, k + 1), "ORGANIZATION"));
  }

  /**
   * "Romanian prosecutors from DIICOT", "Kenyan engineers at KenGen": a body whose staff the text names by their
   * nationality just before it. The demonym's country; undefined when the shape is not there.
   */
  private membersOfDemonymBefore(a: number): string | undefined {
    const { tokens } = this;
    const prep = tokens[a - 1];
    const members = tokens[a - 2];
    if (!prep || !members || !/^(?:from|at|of|with)$/.test(prep.text) || members.kind !== "word" || members.cap || !STAFF_PLURALS.has(members.text)) return undefined;
    const c = this.countryEndingAt(a - 3);
    if (!c?.code || c.kind !== "demonym" || tokens[a - 3].possessive) return undefined;
    return c.code;
  }

  /** "German car-maker Velmar", "US miner Albemarle": a country word before the noun that introduces a body. */
  private demonymBeforeNoun(a: number): string | undefined {
    const { tokens } = this;
    const noun = tokens[a - 1];
    // "Canadian pension fund manager Boreal Partners", "Swiss asset manager X": a manager of money is a business.
    const moneyManager = noun?.kind === "word" && /^managers?$/.test(noun.text) && MONEY_MANAGED.has(tokens[a - 2]?.text ?? "");
    // "Japanese trading house Hoshimura Corp", "the Ontario pension fund Lakeshore Trust": a business's two-word trade.
    const compoundTrade = noun?.kind === "word" && COMPOUND_TRADES.get(noun.text)?.has(tokens[a - 2]?.text ?? "") === true;
    // "U.S. competitor Corvell Motion Systems", "its Korean rival Daehan Steel": a rival's noun before a name already read
    // as a body's says the body's country too (only a body's: "his Kenyan rival Paul Kiprop" is a person).
    const rival = noun?.kind === "word" && RIVAL_NOUNS.has(noun.text);
    // "Dutch fruit trader Van der Berg Fresh": a trade said of people too, before a name a firm's word ends.
    const firmTrade = noun?.kind === "word" && PERSON_PRONE_TRADES.has(noun.text) && FIRM_LAST_WORDS.has(this.runEndBase(a));
    if (!noun || noun.kind !== "word" || noun.cap || !(moneyManager || compoundTrade || rival || firmTrade || isOrganisationPrecedingNoun(noun.text))) return undefined;
    for (let j = a - 2; j >= 0 && j >= a - 5; j--) {
      const t = tokens[j];
      // "the Belgian farmers' federation Boerenbond": a plural's possessive apostrophe inside the description.
      const pluralPossessive = t.kind === "punct" && /^['’]$/.test(t.text) && /s$/.test(tokens[j - 1]?.text ?? "") && !tokens[j - 1]?.cap && t.start === tokens[j - 1]?.end;
      if (pluralPossessive) continue;
      if (t.kind === "punct" || DETERMINERS.has(t.text.toLowerCase())) return undefined;
      const c = this.countryEndingAt(j);
      if (c?.code && (c.kind === "demonym" || c.kind === "name") && !tokens[j].possessive) return c.code;
      // "Senegal's investment agency APIX", "Japan's biggest lender Mizuho": a country's possessive opening the
      // description owns the body (a nationality nearer the name, "Nigeria's Chinese contractor", was read first).
      if (c?.code && c.kind === "name" && !c.place && tokens[j].possessive && this.opensDescription(c.firstToken)) return c.code;
      // "the Ontario pension fund Lakeshore Trust", "the Texas oil company Redline": a state or a city as the
      // description's modifier, right after the article, seats the body there; so does one that opens the sentence
      // or a conjunct ("Abu Dhabi investment firm Aabar and Doha developer Qalam …").
      if (c?.code && (c.place || c.kind === "city" || c.kind === "capital") && !c.quoted && !tokens[j].possessive && this.opensDescription(c.firstToken)) return c.code;
      if (t.cap) return undefined;
    }
    return undefined;
  }

  /** The base of the last capitalised word of the run opening at `a` (a few words at most). */
  private runEndBase(a: number): string {
    const { tokens } = this;
    let b = a;
    while (b + 1 < tokens.length && b - a < 6 && (isCapWord(tokens[b + 1]) || (CONNECTORS.has(tokens[b + 1].text) && isCapWord(tokens[b + 2] ?? tokens[b]))) && !tokens[b].possessive) b++;
    return tokens[b]?.base ?? "";
  }

  /** A description's first word at k follows an article, opens its paragraph or sentence, or follows "and" / a comma. */
  private opensDescription(k: number): boolean {
    const before = this.tokens[k - 1];
    if (!before || before.paragraph !== this.tokens[k].paragraph) return true;
    return /^(?:the|a|an|and|[.,;:—–-])$/i.test(before.text);
  }

  /** "Andes Ridge Resources, a Vancouver-based company,", "…, a Chinese contractor,": the base a business appositive gives. */
  private appositiveBase(b: number): string | null | undefined {
    if (this.tokens[b]?.text !== ",") return undefined;
    const after = this.titleAfter(b + 1);
    if (!after) return undefined;
    if (after.org || after.trade) return after.country;
    // "DNV, the Norwegian classification society,", "Keller Commodities AG, a Swiss cocoa trader that …": a name
    // already read as a body takes the nationality its appositive gives, unless that appositive is a person's office.
    const head = after.title?.split(" ").pop()?.toLowerCase() ?? "";
    return after.country !== undefined && (after.title === null || PERSON_PRONE_TRADES.has(head)) ? after.country : undefined;
  }

  /**
   * "a Japanese trading house, Nakamura Shoji,", "an Indian steel mill, Raghav Steel,": a business described by its
   * nationality just before its name in apposition. The country of the description; undefined when there is none.
   */
  private describedBusinessBefore(a: number, b: number): string | undefined {
    const { tokens } = this;
    // "… and a Japanese lender, Hoshino Trust Bank.": the name may close the sentence instead of a second comma.
    // "Ghana's power regulator, the Energy Commission,": the name may come with its article.
    const comma = tokens[a - 1]?.text === "the" ? a - 2 : a - 1;
    if (tokens[comma]?.text !== "," || !/^[,.;]$/.test(tokens[b]?.text ?? "")) return undefined;
    const noun = tokens[comma - 1];
    if (!noun || noun.kind !== "word" || noun.cap || !(BUSINESS_APPOSITIVES.has(noun.text) || DESCRIBED_BUSINESS_NOUNS.has(noun.text) || isOrganisationPrecedingNoun(noun.text))) return undefined;
    for (let j = comma - 2; j >= 0 && j >= comma - 5; j--) {
      const t = tokens[j];
      const c = this.countryEndingAt(j);
      // "Ghana's power regulator, …": a country's possessive opening the description owns the body.
      if (c?.code && c.kind === "name" && !c.place && t.possessive && this.opensDescription(c.firstToken)) return c.code;
      // "A Shenzhen-based importer, Lianhe Fresh,": a base's place names the seat as a nationality does.
      if (c?.code && (c.kind === "demonym" || c.kind === "name" || /-based$/.test(t.text)) && !t.possessive) {
        // Only lower-case words between the article and the nationality ("a large Japanese trading house").
        for (let k = c.firstToken - 1; k >= 0 && k >= c.firstToken - 3; k--) {
          const w = tokens[k];
          if (/^(?:a|an)$/i.test(w.text)) return c.code;
          if (w.kind !== "word" || w.cap) return undefined;
        }
        return undefined;
      }
      if (t.kind !== "word" || t.cap) return undefined;
    }
    return undefined;
  }

  /** The country a role noun's possessive at k refers back to ("based in Riyadh … the kingdom's"), if one is near. */
  private countryOfRoleNoun(k: number): string | undefined {
    const { tokens } = this;
    const noun = tokens[k];
    let det = k - 1;
    if (tokens[det] && (tokens[det].text === "island" || tokens[det].text === "Gulf") && noun.base === "nation") det--;
    if (!COUNTRY_ROLE_NOUNS.has(noun.base) || !/^the$/i.test(tokens[det]?.text ?? "")) return undefined;
    for (let j = det - 1; j >= 0 && j >= det - ROLE_NOUN_LOOKBACK; j--) {
      const c = this.countryEndingAt(j);
      if (c?.code && !/^(?:the|a|an)$/i.test(tokens[c.firstToken - 1]?.text ?? "") ) return c.code;
    }
    return undefined;
  }

  /** "the Lima-based consultancy Macroandina": a base a few words before the name. */
  private basedBefore(a: number): string | null | undefined {
    const { tokens } = this;
    for (let j = a - 1; j >= 0 && j >= a - 3; j--) {
      const t = tokens[j];
      if (t.kind === "punct") return undefined;
      if (BASE_AFFIX.test(t.text)) return this.countryAt.get(j)?.code ?? undefined;
    }
    return undefined;
  }

  private addKnownOrganisation(org: KnownOrganisation, start: number): void {
    this.addCandidate("ORGANIZATION", org.name, null, org.country, 3, start);
    const written = [org.name, ...org.aliases].find((form) => this.body.startsWith(form, start));
    if (written === org.name) this.writtenKnownForms.set(org.name, org.name);
    else if (written && !this.writtenKnownForms.has(org.name)) this.writtenKnownForms.set(org.name, written);
  }

  /** The first form the text wrote each listed body in, or its own name once the text writes that. */
  private readonly writtenKnownForms = new Map<string, string>();

  /**
   * "the US Department of Justice" for a body listed as "Justice Department": a listed body the text names only
   * by another form of several words (not an abbreviation) is called as the text calls it.
   */
  nameKnownBodiesAsWritten(): void {
    for (const [name, written] of this.writtenKnownForms) {
      // "Canadian Press" for "The Canadian Press": a form inside the other is the same name.
      const [x, y] = [written.toLowerCase(), name.toLowerCase()];
      if (x.includes(y) || y.includes(x) || !/\s/.test(written) || written === written.toUpperCase()) continue;
      const key = actorKey(name, "ORGANIZATION");
      const candidate = this.candidates.get(key);
      const newKey = actorKey(written, "ORGANIZATION");
      if (!candidate || this.candidates.has(newKey)) continue;
      this.candidates.delete(key);
      candidate.name = written;
      // Found where the text writes it, as well as under the listed name.
      candidate.surfaces.add(written);
      candidate.surfaces.add(name);
      this.candidates.set(newKey, candidate);
      for (const c of this.candidates.values()) if (c.employer === key) c.employer = newKey;
    }
  }

  private knownOrganisationAt(p: number, limit: number): { org: KnownOrganisation; n: number } | null {
    const { tokens } = this;
    let key = "";
    let found: { org: KnownOrganisation; n: number } | null = null;
    for (let n = 1; n <= KNOWN_ORGANISATION_MAX_WORDS && p + n <= limit; n++) {
      const t = tokens[p + n - 1];
      if (n > 1 && (!adjacent(this.body, tokens[p + n - 2], t) || (tokens[p + n - 2].possessive && !isCollectiveOwner(tokens[p + n - 2].base)))) break;
      const prefix = key;
      key = n === 1 ? t.text : key + " " + t.text;
      const org = KNOWN_ORGANISATIONS.get(key) ?? (t.possessive ? KNOWN_ORGANISATIONS.get((n === 1 ? "" : prefix + " ") + t.base) : undefined);
      // "AFP commissioner" after "Australian Federal Police (AFP)": the text's own body, not the listed one.
      // "NPR 1.54 billion": a listed name that is a currency's code, before an amount, is the currency.
      const amount = n === 1 && ISO_CURRENCY_CODES.has(t.text) && /^\d/.test(tokens[p + 1]?.text ?? "");
      if (org && !amount && !(n === 1 && this.redefined.has(t.base))) found = { org, n };
    }
    return found;
  }

  // ---------------------------------------------------------------- titles around a name

  /**
   * A title phrase ending at token `end` ("Pentagon spokesman", "the European Union's foreign policy chief").
   * With `clauseStart`, the phrase must open its clause (sentence start, comma or determiner before it).
   */
  /** "at" stands before token a and closes a title: a lower-case role word a few words back, with no punctuation between. */
  private atAfterRole(a: number): boolean {
    const { tokens } = this;
    if (tokens[a - 1]?.text !== "at") return false;
    for (let j = a - 2; j >= Math.max(0, a - 7); j--) {
      const t = tokens[j];
      if (t.kind !== "word" || t.paragraph !== tokens[a].paragraph) return false;
      if (!t.cap && ROLE_WORDS.has(t.text)) return true;
    }
    return false;
  }

  /** Capitalised words ending at k (at most four, and no possessive) follow a lower-case role's "of" or "for" ("head of Retail Markets"). */
  private fieldAfterRoleEndsAt(k: number): boolean {
    const { tokens } = this;
    let j = k;
    while (j > k - 4 && j > 0 && isCapWord(tokens[j]) && !tokens[j].possessive && adjacent(this.body, tokens[j - 1], tokens[j])) j--;
    if (j === k || !/^(?:of|for)$/.test(tokens[j]?.text ?? "")) return false;
    const role = tokens[j - 1];
    return !!role && role.kind === "word" && !role.cap && ROLE_WORDS.has(role.text);
  }

  private titleBefore(end: number, clauseStart: boolean): { title: string; country: string | null | undefined; employer?: string; atPost?: boolean } | null {
    const { tokens } = this;
    // "director of Enforcement and Consumer Protection at Ofwatch": a name after "and" that ends a role's capitalised
    // field is the field's second half, not a person the words before it entitle.
    if (/^(?:and|&)$/.test(tokens[end]?.text ?? "") && this.fieldAfterRoleEndsAt(end - 1)) return null;
    let phraseEnd = end;
    // "Chinese Ambassador to Kenya Zhou Minghai", "Japan's ambassador to Manila, Kenji Watanabe,": the place after
    // an envoy's "to" is where the envoy serves, not whose envoy they are; the role ends at the envoy's word.
    {
      const host = this.countryEnding.get(end);
      const to = host ? host.firstToken - (tokens[host.firstToken - 1]?.text === "the" ? 2 : 1) : -1;
      if (host && tokens[to]?.text === "to" && ENVOY_ROLES.has(tokens[to - 1]?.text.toLowerCase() ?? "")) end = to - 1;
      // "Rwanda's ambassador to the African Union, …": a body the envoy is sent to, after "to".
      let j = end;
      while (!host && j > end - 6 && j > 0 && isCapWord(tokens[j]) && !tokens[j].possessive) j--;
      if (tokens[j]?.text === "the") j--;
      if (!host && j < end && tokens[j]?.text === "to" && ENVOY_ROLES.has(tokens[j - 1]?.text.toLowerCase() ?? "")) end = j - 1;
    }
    // "MSF's head of mission in Sudan, Paul Ndlovu,": the post's country after the role, read with the title.
    const placeEnd = end;
    let atPostPlace = false;
    // "Commissioner for Works in Lagos State, …": a division's noun after the place still ends the post's place.
    const division = /^(?:State|Province|County|Region|District|Governorate|Prefecture)$/.test(tokens[end]?.text ?? "") && !!tokens[end - 1] && adjacent(this.body, tokens[end - 1], tokens[end]);
    const post = clauseStart && end === phraseEnd ? this.countryEnding.get(end) ?? (division ? this.countryEnding.get(end - 1) : undefined) : undefined;
    // "coordinator in the Philippines": the article before a country's name.
    const postIn = post ? post.firstToken - (tokens[post.firstToken - 1]?.text === "the" ? 2 : 1) : -1;
    if (post && tokens[postIn]?.text === "in" && postIn >= 1 && tokens[postIn - 1].kind === "word") {
      end = postIn - 1;
      // "A Kenyan coffee trader based in Addis Ababa, …": where the person works, after a participle of residence.
      if (RESIDENCE_PARTICIPLES.has(tokens[end].text) && end >= 1 && tokens[end - 1].kind === "word") end--;
      atPostPlace = true;
    }
    // "the regional health director in Niger's Maradi region, …": a post in a country's region is a post place too.
    if (post === undefined && clauseStart && end === phraseEnd) {
      const regionIn = this.postInCountryRegion(end);
      if (regionIn !== -1) {
        end = regionIn - 1;
        atPostPlace = true;
      }
    }
    // "The WHO officer in charge in Nigeria, …": "in charge" after a role is part of the role.
    if (/^charge$/i.test(tokens[end]?.text ?? "") && tokens[end - 1]?.text === "in" && ROLE_WORDS.has(tokens[end - 2]?.text.toLowerCase() ?? "")) end -= 2;
    let last = tokens[end];
    // "head of cybercrime", "minister for trade": a role word with its field after it.
    // "Minister of Water and Energy": capitalised portfolio words after the role.
    {
      let j = end;
      while (j > end - 8 && j > 1 && tokens[j]) {
        const w = tokens[j].text;
        // "Minister of Agriculture and Food Security": capitalised portfolio words count when the walk back
        // reaches a role, "of" or "for" and a field word (checked below).
        // "Secretary for South and Central Asian Affairs": a region of the world (no country) may name the field.
        const field = FIELD_WORDS.has(w.toLowerCase()) || (tokens[j].kind === "word" && tokens[j].cap && !tokens[j].possessive && !ROLE_WORDS.has(w.toLowerCase()) && (!this.countryAt.has(j) || this.countryAt.get(j)?.code === null));
        const joiner = j < end && (/^(?:and|&|the)$/.test(w) || (/^(?:of|for)$/.test(w) && FIELD_WORDS.has(tokens[j - 1].text.toLowerCase()) && !ROLE_WORDS.has(tokens[j - 1].text.toLowerCase())));
        if (!field && !joiner) break;
        j--;
      }
      // "Secretary for South and Central Asian Affairs": the field word may close the portfolio instead.
      const fieldAt = (x: number) => FIELD_WORDS.has(tokens[x]?.text.toLowerCase() ?? "");
      // "Minister for International Development and the Pacific": any capitalised field word of the walk will do.
      let fieldInWalk = false;
      for (let x = j + 1; x <= end && !fieldInWalk; x++) fieldInWalk = fieldAt(x) && tokens[x].cap;
      if (j < end && /^(?:of|for)$/.test(tokens[j]?.text ?? "") && tokens[j - 1] && ROLE_WORDS.has(tokens[j - 1].text.toLowerCase()) && (fieldAt(j + 1) || fieldInWalk)) {
        end = j - 1;
        last = tokens[end];
      }
    }
    // "the President of the Czech Republic, Petr Pavel,", "Prime Minister of Malaysia Anwar Ibrahim": a role, "of"
    // and a country's name; the office is that country's.
    let ofCountry: string | undefined;
    {
      const named = this.countryEnding.get(end);
      let j = named ? named.firstToken - 1 : -1;
      if (tokens[j]?.text === "the") j--;
      if (named?.code && named.kind === "name" && !named.place && tokens[j]?.text === "of" && j >= 1 && ROLE_WORDS.has(tokens[j - 1].text.toLowerCase())) {
        ofCountry = named.code;
        end = j - 1;
        last = tokens[end];
      }
    }
    for (const back of [2, 3]) {
      const role = tokens[end - back];
      // The portfolio is a word ("Minister of Finance"), never the comma after it ("Minister of Finance, Ama …").
      if (last?.kind === "word" && !ROLE_WORDS.has(last.text.toLowerCase()) && role && ROLE_WORDS.has(role.text.toLowerCase()) && /^(?:of|for)$/.test(tokens[end - back + 1]?.text ?? "")) {
        end -= back;
        last = tokens[end];
        break;
      }
    }
    // "The General Secretary of the Ghana Cocoa Farmers Association, Kofi …": a role, "of"/"for", then a body's
    // capitalised name ending in its head.
    // "the secretary of the growers' union, Kofi …": a body's common noun, after words that are no verbs.
    let ofBody = -1;
    const bodyNoun = !!last && last.kind === "word" && !last.cap && (ORGANISATION_APPOSITIVES.has(last.text) || ORGANISATION_HEADS.has(last.text.charAt(0).toUpperCase() + last.text.slice(1)));
    if (last && !ROLE_WORDS.has(last.text.toLowerCase()) && (isOrganisationHead(last) || isAcronym(last) || bodyNoun)) {
      for (let j = end - 1; j > end - 12 && j > 0; j--) {
        const t = tokens[j];
        // "the chief dealer at Mercia Bank, Thabo …": a role's "at" before its employer's name, as its "of".
        if ((/^(?:of|for)$/.test(t.text) || (t.text === "at" && !tokens[j - 1].cap)) && ROLE_WORDS.has(tokens[j - 1].text.toLowerCase())) {
          ofBody = j + (tokens[j + 1]?.text === "the" ? 2 : 1);
          end = j - 1;
          last = tokens[end];
          break;
        }
        const apostrophe = (t.text === "'" || t.text === "’") && tokens[j - 1]?.end === t.start;
        const lowerWord = bodyNoun && t.kind === "word" && !t.cap && !SPEECH_VERBS.has(t.text) && !APPOSITIVE_STOP.has(t.text) && !/\bVerb\b/.test(COMMON_WORDS_TAGS.get(t.text) ?? "");
        if (apostrophe) continue;
        const glued = (tokens[j + 1].text === "'" || tokens[j + 1].text === "’") && tokens[j + 1].start === t.end;
        if ((t.possessive && !bodyNoun) || !(isCapWord(t) || CONNECTORS.has(t.text) || lowerWord) || !(glued || adjacent(this.body, t, tokens[j + 1]))) break;
      }
    }
    // "Tasman Geoscience chief seismologist Helen Marsh": a scientist's job noun in "-ologist" ends a title too.
    const scientist = !!last && last.kind === "word" && !last.cap && /^\p{Ll}{3,}ologist$/u.test(last.text);
    if (!last || last.kind !== "word" || !(ROLE_WORDS.has(last.text.toLowerCase()) || scientist)) return null;
    let start = end;
    let fieldWord = false;
    while (start - 1 >= 0 && end - start < 7) {
      const t = tokens[start - 1];
      if (!adjacent(this.body, t, tokens[start])) break;
      const lower = t.text.toLowerCase();
      const usable =
        t.kind === "word" &&
        !DETERMINERS.has(lower) &&
        !NON_NAME_WORDS.has(t.base) &&
        (ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) || t.cap || t.possessive || /^\d+-year-old$/.test(lower));
      // "Acme's managing director and chief executive": "and" between two roles joins one title, so the owner
      // before the first role still owns it.
      const roleBefore = tokens[start - 2];
      const startLower = tokens[start].text.toLowerCase();
      if (!usable && (lower === "and" || lower === "&") && roleBefore && ROLE_WORDS.has(roleBefore.text.toLowerCase()) && (ROLE_WORDS.has(startLower) || TITLE_MODIFIERS.has(startLower)) && adjacent(this.body, roleBefore, t)) {
        start--;
        continue;
      }
      if (!usable) {
        // "Federated Farmers dairy chair", "GNS Science duty seismologist": one lower-case word of the field
        // between the employer's capitalised name and the role.
        const owner = tokens[start - 2];
        // "Otago Growers grains committee chair": a field word before a committee's noun and the role.
        const field = !fieldWord && (start === end || (start === end - 1 && COMMITTEE_NOUNS.has(tokens[start].text))) && /^[a-z]{3,}$/.test(t.text) && !SPEECH_VERBS.has(lower) && !APPOSITIVE_STOP.has(lower) && !CONNECTORS.has(lower) && !COMMON_WORDS_TAGS.get(lower)?.includes("Verb");
        // "the UN's humanitarian coordinator": a listed body's possessive owns the field too.
        const listedOwner = !!owner?.possessive && !!this.knownOrganisationAt(start - 2, start - 1);
        if (field && owner && owner.cap && owner.kind === "word" && (!owner.possessive || listedOwner) && adjacent(this.body, owner, t) && !NON_NAME_WORDS.has(owner.base)) {
          fieldWord = true;
          start--;
          continue;
        }
        // "South African home affairs minister", "Malaysian human resources minister": a portfolio of a few lower-case
        // field words between a nationality (or a country's possessive) and the role; the country owns the office.
        const portfolio = this.portfolioAfterCountry(start - 1);
        if (!fieldWord && portfolio !== -1) {
          fieldWord = true;
          start = portfolio;
          continue;
        }
        break;
      }
      start--;
    }
    // "Perth and Kinross Council leader": the town and its "and" belong to the council's name.
    if (start >= 2 && this.townAndNameBeforeHead(start - 2, start - 1)) start -= 2;
    if (clauseStart) {
      // "and a bank relationship officer, Folasade Akintola,": an indefinite role may carry up to three lower-case
      // nouns of its field between "a" and the role word.
      let j = start - 1;
      while (j >= start - 3 && j > 0 && isFieldNoun(tokens[j]) && adjacent(this.body, tokens[j], tokens[j + 1])) j--;
      if (j < start - 1 && /^(?:a|an)$/i.test(tokens[j]?.text ?? "") && adjacent(this.body, tokens[j], tokens[j + 1])) start = j + 1;
      const before = tokens[start - 1];
      // "launched in Quetta by Balochistan's chief secretary, Javed Ahmed Marri": a preposition opens the phrase too.
      // "A visiting World Health Organization country representative, …": a word of the visit between article and title.
      // ", visiting Ugandan Foreign Minister, …": so does one after a comma or a clause's start.
      const beforeVisit = tokens[start - 2];
      const visiting = !!before && VISIT_WORDS.has(before.text) && (!beforeVisit || DETERMINERS.has(beforeVisit.text.toLowerCase()) || beforeVisit.text === "," || beforeVisit.paragraph !== before.paragraph);
      // "…," said chief dealer at Mercia Bank, Thabo …": a speech verb before the title opens its clause too.
      // "Also present was Rwanda's ambassador, Claude …": a copula before the title opens its phrase too.
      const opens = !before || visiting || before.kind === "punct" || SPEECH_VERBS.has(before.text) || DETERMINERS.has(before.text.toLowerCase()) || CLAUSE_PREPOSITIONS.has(before.text) || NON_NAME_WORDS.has(before.base) || before.paragraph !== tokens[start].paragraph || /^(?:was|were|is|are)$/.test(before.text);
      if (!opens) return null;
    }
    // A leading demonym or country is the affiliation, not part of the title ("Russian President").
    let country: string | null | undefined;
    let from = start;
    while (from <= end) {
      const c = this.countryAt.get(from);
      // "Ontario's Premier": a state or city stays in the title, and gives the office's country.
      if (c?.place) {
        country = country ?? c.code ?? undefined;
        break;
      }
      if (c && c.endToken <= end && c.code !== undefined && c.kind !== "seat") {
        if (c.code && country === undefined) country = c.code;
        if (tokens[c.endToken - 1].possessive || c.kind === "demonym" || c.kind === "name") {
          from = c.endToken;
          continue;
        }
      }
      break;
    }
    // "Manchester United's Portuguese midfielder": a nationality right after a club's possessive, before a player's
    // position, is the player's own. Before an office it names the unit's country ("Brunnhalde's South African
    // managing director"), and a national side's coach is the side's ("Hungary's Italian coach"): those stay as they are.
    // "the World Bank's Dutch country director": an international body has no national units, so a nationality
    // after its possessive is the person's too.
    const ownNationality = this.nationalityAfterOwner(start, end + 1, PLAYER_POSITIONS.has(tokens[end].text.toLowerCase()));
    // "Its Dhaka country manager, …", "the company's UK medical director, …": a body the text refers back to owns a
    // post named by its place; the place is the post's, and the body (found from the comma) gives the country.
    if (clauseStart && this.referentOwnedPost(start, end)) return { title: this.textOf(start, phraseEnd + 1), country: ownNationality };
    // "AquaRoot's India head, …": a body owning the post employs the person; the place is the post's, not theirs.
    const owner = this.possessiveOwnerOfPlace(start, end + 1);
    if (owner && from <= end) return { title: this.textOf(from, phraseEnd + 1), country: ownNationality, employer: owner };
    let phraseCountry = this.affiliationIn(start, end + 1);
    const atPost = atPostPlace && phraseCountry === undefined && (phraseCountry = this.affiliationIn(end + 1, placeEnd + 1)) !== undefined;
    if (country === undefined) country = ofCountry ?? phraseCountry;
    // "the chairman of the Kenya Tea Growers Association": the body's country or seat is its officer's.
    if (country === undefined && ofBody !== -1 && ofBody <= phraseEnd) country = this.candidates.get(actorKey(this.textOf(ofBody, phraseEnd + 1), "ORGANIZATION"))?.country ?? this.affiliationIn(ofBody, phraseEnd + 1);
    // "their English forward": a nationality the country lexicon leaves out (it names a language too).
    for (let k = start; k <= end && country === undefined; k++) country = TITLE_DEMONYMS.get(tokens[k].text);
    if (from > end) return null;
    if (ownNationality) country = ownNationality;
    const employer = this.registerEmployer(from, end) ?? this.knownEmployerIn(from, end);
    return { title: this.textOf(from, phraseEnd + 1), country, employer, atPost: atPost && country === phraseCountry };
  }

  /**
   * From the comma at `comma` after a portfolio's first field: more lower-case fields joined by commas and "and", then
   * "at"/"with" and a capitalised name (after "the"). Where that "at" stands, or -1.
   */
  private portfolioFieldsEnd(comma: number): number {
    const { tokens } = this;
    for (let q = comma + 1; q < tokens.length && q < comma + FIELD_LIST_REACH; q++) {
      const t = tokens[q];
      if (t.paragraph !== tokens[comma].paragraph) return -1;
      if (/^(?:at|with)$/.test(t.text)) {
        const name = tokens[q + 1]?.text === "the" ? tokens[q + 2] : tokens[q + 1];
        return q > comma + 1 && name && isCapWord(name) ? q : -1;
      }
      // "land management", "mining": a field's word may also be a verb's base or gerund, never a past tense.
      const field = isFieldNoun(t) || (t.kind === "word" && !t.cap && !/ed$/.test(t.text) && !SPEECH_VERBS.has(t.text) && !APPOSITIVE_STOP.has(t.text) && !DETERMINERS.has(t.text) && !CONNECTORS.has(t.text));
      if (t.text !== "," && t.text !== "and" && !field) return -1;
    }
    return -1;
  }

  /**
   * "Lim Mei Ling, 52, from Penang, said": after the comma that follows a name (at `start`), an optional age and "from"
   * a country or one of its places, closed by punctuation: that country, where the person comes from.
   */
  private homeAfterName(start: number): string | undefined {
    const { tokens } = this;
    let k = start;
    if (tokens[k]?.kind === "number" && tokens[k + 1]?.text === ",") k += 2;
    if (tokens[k]?.text !== "from" || tokens[k].paragraph !== tokens[start].paragraph) return undefined;
    const c = this.countryAt.get(k + 1);
    if (!c?.code || c.kind === "demonym" || tokens[c.endToken - 1].possessive) return undefined;
    const next = tokens[c.endToken];
    return !next || next.kind === "punct" ? c.code : undefined;
  }

  /**
   * "Pep Ortega, who is Spanish, said": after the comma that follows a name (at `start`), "who is" or "who was" and a
   * nationality closed by punctuation: that nationality's country, which the text gives the person outright.
   */
  /**
   * "Pedro Alves (Brazil) was second", "Anna Berg (SWE)": a country's name, nationality or Olympic code alone in
   * brackets right after a person's name is how results and rolls write their country; "of the Republic of
   * Angola", a state's official name, is how protocol writes it.
   */
  private countryNamedAfter(b: number): string | undefined {
    const { tokens } = this;
    // "President Carlos Mendes of the Republic of Angola": a state's official name after "of the" is the office's.
    if (tokens[b]?.text === "of" && tokens[b + 1]?.text === "the") {
      const state = this.countryAt.get(b + 2);
      const official = !!state && /^(?:Republic|Kingdom|State|Federation|Federal|Democratic|Islamic|People's|United|Commonwealth|Sultanate|Principality|Grand)\b/.test(this.textOf(b + 2, state.endToken));
      return state?.code && state.kind === "name" && official && !tokens[state.endToken - 1].possessive ? state.code : undefined;
    }
    if (tokens[b]?.text !== "(" || tokens[b].start - tokens[b - 1].end > 1) return undefined;
    const c = this.countryAt.get(b + 1);
    if (c?.code && (c.kind === "name" || c.kind === "demonym") && !c.place && tokens[c.endToken]?.text === ")") return c.code;
    const code = tokens[b + 1] && /^\p{Lu}{3}$/u.test(tokens[b + 1].text) && tokens[b + 2]?.text === ")" ? OLYMPIC_CODES.get(tokens[b + 1].text) : undefined;
    return code;
  }

  /**
   * "Chen Li, who heads the Chinese company's Kenyan operations,": after "who" and a verb of running something, a
   * nationality before a firm's or a delegation's noun (within a few words) names the employer's country; after
   * "who works for" a listed or named body gives its own.
   */
  private headedFirmInRelativeClause(start: number): string | undefined {
    const { tokens } = this;
    // "Priya Nair, who works for Tata Steel,": a listed firm or body she works for gives its country.
    if (tokens[start]?.text === "who" && /^(?:works|worked|working)$/.test(tokens[start + 1]?.text ?? "") && /^(?:for|at|with)$/.test(tokens[start + 2]?.text ?? "")) {
      let k = start + 3;
      if (tokens[k]?.text === "the") k++;
      let end = k;
      while (end < tokens.length && end - k < 6 && isCapWord(tokens[end]) && !tokens[end].possessive) end++;
      if (end === k) return undefined;
      const known = this.knownOrganisationAt(k, end);
      const listed = known && known.n === end - k ? known.org : companyNamed(this.textOf(k, end));
      const named = listed ? undefined : this.candidates.get(actorKey(this.textOf(k, end), "ORGANIZATION"));
      const country = listed?.country ?? named?.country;
      return country ?? undefined;
    }
    if (tokens[start]?.text !== "who" || !HEADING_VERBS.has(tokens[start + 1]?.text ?? "")) return undefined;
    for (let k = start + 2; k < start + 8 && tokens[k] && tokens[k].kind !== "punct"; k++) {
      const c = this.countryAt.get(k);
      if (!c?.code || c.kind !== "demonym") continue;
      const noun = tokens[c.endToken];
      // "John Mrema, who led the Tanzanian delegation,": a country's party at talks, as a firm.
      return noun && (COMPANY_NOUNS.has(noun.base.toLowerCase()) || DELEGATION_NOUNS.has(noun.text)) ? c.code : undefined;
    }
    return undefined;
  }

  private nationalityInRelativeClause(start: number): string | undefined {
    const { tokens } = this;
    if (tokens[start]?.text !== "who" || !/^(?:is|was)$/.test(tokens[start + 1]?.text ?? "") || tokens[start + 1].paragraph !== tokens[start].paragraph) return undefined;
    const c = this.countryAt.get(start + 2);
    if (!c?.code || c.kind !== "demonym" || tokens[c.endToken - 1].possessive) return undefined;
    return tokens[c.endToken]?.kind === "punct" ? c.code : undefined;
  }

  /**
   * From `k`, the last of up to PORTFOLIO_FIELD_REACH lower-case field words ("home affairs", "trade and industry")
   * walked back to a nationality or a country's possessive just before them: the index of the country's first
   * token, or -1 when the words are no portfolio or no country opens them.
   */
  private portfolioAfterCountry(k: number): number {
    const { tokens } = this;
    let j = k;
    let fields = 0;
    while (j >= 0 && k - j < PORTFOLIO_FIELD_REACH && tokens[j].kind === "word" && !tokens[j].cap) {
      const t = tokens[j];
      if (!adjacent(this.body, t, tokens[j + 1])) return -1;
      if (FIELD_WORDS.has(t.text)) fields++;
      else if (t.text !== "and") return -1;
      j--;
    }
    const owner = this.countryEnding.get(j);
    if (fields === 0 || !owner?.code || !(owner.kind === "demonym" || (owner.kind === "name" && tokens[j].possessive)) || !adjacent(this.body, tokens[j], tokens[j + 1])) return -1;
    return owner.firstToken;
  }

  /**
   * "director in Niger's Maradi region" ending at token `end`: a division's lower-case noun, up to three capitalised
   * words, a country's possessive name and "in" before it. Where that "in" stands, or -1.
   */
  private postInCountryRegion(end: number): number {
    const { tokens } = this;
    if (!REGION_NOUNS.has(tokens[end]?.text ?? "")) return -1;
    let j = end - 1;
    while (j > end - 4 && j > 0 && isCapWord(tokens[j]) && !tokens[j].possessive) j--;
    if (j === end - 1) return -1;
    const c = this.countryEnding.get(j);
    if (!c?.code || c.kind !== "name" || !tokens[j].possessive) return -1;
    const k = c.firstToken - (tokens[c.firstToken - 1]?.text === "the" ? 2 : 1);
    return tokens[k]?.text === "in" && k >= 1 && ROLE_WORDS.has(tokens[k - 1].text.toLowerCase()) ? k : -1;
  }

  /**
   * Does the title in tokens [start, end] open with a country's or a place's name owned by "its"/"their" before it or
   * by "the <body noun>'s" at its start ("Its India managing director", "the firm's Kenya head")?
   */
  private referentOwnedPost(start: number, end: number): boolean {
    const { tokens } = this;
    const t = tokens[start];
    let k = start;
    if (t?.possessive && !t.cap && COMPANY_OR_BODY_NOUNS.has(t.base.toLowerCase()) && /^the$/i.test(tokens[start - 1]?.text ?? "")) k++;
    else if (!/^(?:its|their)$/i.test(tokens[start - 1]?.text ?? "")) return false;
    const c = this.countryAt.get(k);
    // "Its Chile campaigns director" after "Greenpeace": a body across borders staffs its national office locally.
    if (k === start && this.lastOrganisation?.country === null) return false;
    if (!c?.code || c.endToken > end || tokens[c.endToken - 1].possessive) return false;
    // "the company's Irish country manager", "its Kenyan managing director": a nationality before a unit head's post
    // names the unit's country, as a place does; before other titles ("its Dutch engineer") it may be the person's.
    return c.kind !== "demonym" || UNIT_HEAD_WORDS.has(tokens[c.endToken]?.text.toLowerCase() ?? "");
  }

  /** "Bushveld Platinum chief executive …": capitalised words leading a title name the employer. */
  private registerEmployer(from: number, end: number): string | undefined {
    const { tokens } = this;
    let k = from;
    // "Harbour City Development Authority head": capitalised words ending in a body's head before a lower-case
    // role are the body's whole name, whatever title words stand inside it.
    let headed = from;
    while (headed < end && tokens[headed].cap && !tokens[headed].possessive) headed++;
    if (headed - from >= 2 && headed <= end && !tokens[headed].cap && BODY_HEADS_BEFORE_ROLE.has(tokens[headed - 1].base) && !this.countryAt.has(from)) k = headed;
    // "Environment Victoria campaigner", "Heritage Malta chief": one or two field words, then one place's word, before
    // a lower-case role name a body after its field and its place (a state's name may be a given name too).
    const placeWord = headed > from && !this.countryAt.has(from) && !ROLE_WORDS.has(tokens[headed - 1].text.toLowerCase()) && !TITLE_MODIFIERS.has(tokens[headed - 1].text.toLowerCase()) && !FIELD_WORDS.has(tokens[headed - 1].text.toLowerCase());
    if (k === from && headed - from >= 2 && headed - from <= 3 && placeWord && !tokens[headed].cap && ROLE_WORDS.has(tokens[headed].text) && tokens.slice(from, headed - 1).every((t) => FIELD_WORDS.has(t.text.toLowerCase()))) k = headed;
    while (k < end && tokens[k].cap && !tokens[k - 1]?.possessive) {
      if (this.townAndNameBeforeHead(k, k + 1)) {
        k += 2;
        continue;
      }
      const lower = tokens[k].text.toLowerCase();
      // "Rand Water spokesperson": a capitalised field word after a name and before a lower-case role is the name's;
      // so is one before a lower-case word and the role ("Metal Workers Union ambulance coordinator").
      const next = tokens[k + 1];
      const lowerWord = (t: Token | undefined) => !!t && t.kind === "word" && !t.cap;
      const roleNext = lowerWord(next) && (ROLE_WORDS.has(next.text) || (lowerWord(tokens[k + 2]) && ROLE_WORDS.has(tokens[k + 2].text) && adjacent(this.body, next, tokens[k + 2])));
      // "Warrendale Shire Council Mayor": a body's head between the name's words and a capitalised role closes the name.
      const headBeforeRole = k > from && BODY_HEADS_BEFORE_ROLE.has(tokens[k].base) && !!next && isCapWord(next) && ROLE_WORDS.has(next.text.toLowerCase());
      const nameWord = (k > from && TITLE_MODIFIERS.has(lower) && !ROLE_WORDS.has(lower) && roleNext) || headBeforeRole;
      // "Environment Victoria campaigner", "Health Canada spokesperson": a field's word and a place's name, right
      // before a lower-case role, name a body (a national or state agency or campaign group), not a portfolio.
      // The place may be one the gazetteer leaves out for a given name ("Victoria"): an uncommon word, no field's.
      const nextFolded = next ? foldText(next.base) : "";
      const place = !!next && isCapWord(next) && !next.possessive && adjacent(this.body, tokens[k], next) && (this.countryAt.get(k + 1)?.kind === "name" || this.placeOpeningName.has(k + 1) || this.isGazetteerPlace(next) || PLACE_NAMES.has(nextFolded) || /\b(?:Person|Place|Country|City|Region)\b/.test(COMMON_WORDS_TAGS.get(nextFolded) ?? "") || (!COMMON_WORDS.has(nextFolded) && !FIELD_WORDS.has(nextFolded) && !ROLE_WORDS.has(nextFolded) && !TITLE_MODIFIERS.has(nextFolded)));
      if (k === from && TITLE_MODIFIERS.has(lower) && !ROLE_WORDS.has(lower) && place && lowerWord(tokens[k + 2]) && ROLE_WORDS.has(tokens[k + 2].text)) {
        k += 2;
        break;
      }
      if (!nameWord && (ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) || this.countryAt.has(k) || TITLE_DEMONYMS.has(tokens[k].text) || this.knownOrganisationAt(k, k + 1) || NON_NAME_WORDS.has(tokens[k].base))) break;
      k++;
      if (tokens[k - 1].possessive) break;
    }
    if (k === from || this.jurisdictionOwner(k - 1, end)) return undefined;
    // "Its India Country Head": a country's name alone before a post names the post's country, not an employer.
    const alone = this.countryAt.get(from);
    const word = k - from === 1 ? COUNTRY_SURFACES.get(tokens[from].base) : undefined;
    if (((alone?.code && alone.endToken === k) || (word?.code && word.kind === "name")) && !this.knownOrganisationAt(from, k)) return undefined;
    // "its Nakuru chairman": one city's or region's word of the gazetteer before a title names a branch's place.
    if (k - from === 1 && this.isGazetteerPlace(tokens[from]) && !this.knownOrganisationAt(from, k)) return undefined;
    // "Saxony's economy minister" after "the state government of Saxony": a word the text calls a territory is a place.
    if (k - from === 1 && this.territoryWords().has(tokens[from].base) && !this.knownOrganisationAt(from, k)) return undefined;
    // "Kota Bharu district police chief": capitalised words before a territory's noun name a place, not an employer;
    // so do those before an electoral or local division's noun ("Kibera ward councillor", "Makadara constituency MP").
    if (/^(?:district|province|provincial|county|state|city|town|village|municipal|municipality|regional|region|division|divisional|police|ward|constituency|parish|borough|township|precinct|sub-county|subcounty)$/.test(tokens[k]?.text ?? "")) return undefined;
    // "Cybersecurity expert Julien Roux": a lone word opening the sentence is an employer only if named again.
    const prev = tokens[from - 1];
    const sentenceInitial = !prev || prev.paragraph !== tokens[from].paragraph || /^[.!?"“”„«‚]$/.test(prev.text);
    // "Kestrel managing director …" after "Perth-based Kestrel Lithium": the opening word of a body named before is its short form.
    const opensBody = this.organisationByFirstWord.get(tokens[from].base)?.name.startsWith(`${tokens[from].base} `) ?? false;
    // "Mysteel analyst Zhao Min" after "Shanghai-based Mysteel": a body already named is an employer however often.
    const namedBody = this.candidates.get(actorKey(tokens[from].base, "ORGANIZATION"));
    const namedBefore = !!namedBody && namedBody.country !== undefined && namedBody.firstSeen < tokens[this.doc.sentenceStartToken(from)].start;
    if (k - from === 1 && sentenceInitial && !opensBody && !namedBefore && this.standaloneUses(tokens[from].base) < 2) return undefined;
    // "Board chair Marcus Gilley" after "the County Board of Education": a body's common noun opening the sentence
    // is that noun for the body named before, not a body called "Board".
    // "Commission spokesman" after "the Electoral Commission" is that body named short: kept, for coreference to join.
    const named = this.lastOrganisationByWord.get(tokens[from].text.toLowerCase());
    if (k - from === 1 && sentenceInitial && COMPANY_OR_BODY_NOUNS.has(tokens[from].text.toLowerCase()) && !named?.name.endsWith(` ${tokens[from].text}`)) return undefined;
    // "Democratic", "Republican": an adjective, not an employer ("Arsenal", a noun, is one).
    if (k - from === 1 && /(?:ic|an|al|ist|ive)$/.test(tokens[from].base) && COMMON_WORDS_TAGS.get(foldText(tokens[from].base)) !== "Singular") return undefined;
    // "Moody's Investors Service analyst": a listed name written with its possessive is the listed body.
    const listed = tokens[k - 1].possessive ? companyNamed(this.body.slice(tokens[from].start, tokens[k - 1].end).replace(/’/g, "'")) : undefined;
    if (listed) {
      this.addKnownOrganisation(listed, tokens[from].start);
      return actorKey(listed.name, "ORGANIZATION");
    }
    const name = this.textOf(from, k);
    this.addCandidate("ORGANIZATION", name, null, INTERNATIONAL_NAME.test(name) ? null : undefined, 1, tokens[from].start);
    return actorKey(name, "ORGANIZATION");
  }

  private territoryWordSet: Set<string> | undefined;

  /** "the state government of Thuringia said": a lone unlisted word the text calls a territory names no body. */
  dropTerritories(): void {
    const places = this.territoryWords();
    if (places.size === 0) return;
    const { candidates, organisationGuesses } = this;
    for (const word of places) {
      if (KNOWN_ORGANISATIONS.has(word) || companyNamed(word)) continue;
      const key = actorKey(word, "ORGANIZATION");
      if (candidates.delete(key)) for (const c of candidates.values()) if (c.employer === key) c.employer = undefined;
    }
    let kept = 0;
    for (const guess of organisationGuesses) if (!places.has(guess.text)) organisationGuesses[kept++] = guess;
    organisationGuesses.length = kept;
  }

  /**
   * Capitalised words the text names as a territory: "the Extremadura region", "Kelantan state", "the state
   * government of Saxony", "the province of Cáceres". One pass over the body, once per document.
   */
  private territoryWords(): Set<string> {
    if (this.territoryWordSet) return this.territoryWordSet;
    const found = new Set<string>();
    const name = "(\\p{Lu}[\\p{L}'’-]+)";
    const territory = "(?:region|province|state|prefecture|governorate|oblast|canton|county|district|territory|emirate)";
    const patterns = [
      new RegExp(`\\bthe ${name} ${territory}\\b`, "gu"),
      // "Indonesia's Sulawesi island", "Italy's Calabria region": a country's possessive, a name, a territory's noun.
      new RegExp(`\\p{Lu}\\p{L}+['’]s ${name} (?:${territory}|island|islands|archipelago|peninsula)\\b`, "gu"),
      new RegExp(`\\b(?:state|regional|provincial|autonomous|local) (?:government|authorities|parliament|assembly) of ${name}(?! \\p{Lu})`, "gu"),
      new RegExp(`\\b(?:the|its|a) ${territory} of ${name}(?! \\p{Lu})`, "gu"),
      // "the Ashanti Region", "the Caraga Region": a name and a capitalised region's or province's noun after "the".
      new RegExp(`\\bthe ${name} (?:Region|Province|Prefecture|Governorate|Oblast)\\b(?! \\p{Lu})`, "gu"),
    ];
    for (const re of patterns) for (const m of this.body.matchAll(re)) found.add(m[1]);
    this.territoryWordSet = found;
    return found;
  }

  /**
   * How often a word opens or ends a name, not standing inside a longer one ("Election" in "Independent Election
   * Commission"); at most 10 looked at. Only a body's head counts where it ends a longer name ("the Electoral
   * Commission", later "Commission spokesman"); "Southern Cross Dairy" is no second use of "Dairy".
   */
  private standaloneUses(word: string): number {
    let n = 0;
    const head = ORGANISATION_HEADS.has(word);
    for (const start of this.doc.words().find(word).slice(0, 10)) {
      const before = /\p{Lu}[\p{L}-]*\s+$/u.test(this.body.slice(Math.max(0, start - 40), start));
      const after = /^\s+\p{Lu}/u.test(this.body.slice(start + word.length, start + word.length + 3));
      if (!before || (!after && head)) n++;
    }
    return n;
  }

  /** "Victoria's Premier", "Ontario's governor": the possessor of a head-of-government title is a place, not an employer. */
  private jurisdictionOwner(owner: number, roleEnd: number): boolean {
    const role = this.tokens[roleEnd].text.toLowerCase();
    if (!JURISDICTION_ROLES.has(role)) return false;
    if (this.tokens[owner].possessive) return true;
    // "Mbour mayor Awa Diop", "Kwara governor": a lone name before a town's or a region's head, no body's word in it.
    return roleEnd === owner + 1 && !ORGANISATION_HEADS.has(this.tokens[owner].base) && !isAcronym(this.tokens[owner]) && !this.knownOrganisationAt(owner, owner + 1);
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
  private titleAfter(start: number): { title: string | null; country: string | null | undefined; org?: boolean; company?: boolean; trade?: boolean; personProne?: boolean; employer?: string } | null {
    const { tokens } = this;
    let p = start;
    if (tokens[p] && DETERMINERS.has(tokens[p].text.toLowerCase())) p++;
    const from = p;
    // "Arbolux Solar LLC, a subsidiary of Madrid-based Arbolux Renovables,": the base is the parent's, not the unit's.
    if (SUBSIDIARY_NOUNS.has(tokens[p]?.text ?? "") && tokens[p + 1]?.text === "of") return { title: null, country: undefined, org: true, company: true };
    // "Berries Mediterráneo, the Spanish arm of Dutch fruit trader …": the unit's place before its noun is its country.
    const unitPlace = this.countryAt.get(p);
    if (unitPlace?.code && unitPlace.kind !== "seat" && !tokens[unitPlace.endToken - 1].possessive && SUBSIDIARY_NOUNS.has(tokens[unitPlace.endToken]?.text ?? "") && tokens[unitPlace.endToken + 1]?.text === "of") {
      return { title: null, country: unitPlace.code, org: true, company: true };
    }
    let hasRole = false;
    let orgNoun = false;
    let company = false;
    let based: string | undefined;
    let sawBase = false;
    let businessNoun = false;
    let tradeNoun = false;
    let firmTrade = false;
    // "deputy director of a fruit export cooperative in Vietnam's Tien Giang province,": a title may run on
    // through its employer and the employer's place; a phrase without a role word stays short.
    // "Minister of Trade and Industry", "Minister for Road Transport & Highways": after a role and its "of"/"for",
    // "and" or "&" between capitalised words joins two fields of one portfolio (not a given name opening a second person).
    let portfolio = false;
    let skipped = 0;
    while (p < tokens.length && p - from - skipped < (hasRole ? APPOSITIVE_REACH : 10)) {
      const t = tokens[p];
      // "commissioner for agriculture, rural development and trade at the African Union Commission": the fields of a
      // portfolio listed with commas, then the employer.
      if (portfolio && t.text === ",") {
        const employerAt = this.portfolioFieldsEnd(p);
        if (employerAt !== -1) {
          skipped += employerAt - p;
          p = employerAt;
          continue;
        }
      }
      // "the UN resident and humanitarian coordinator": "and" between two modifiers of one role.
      const modifierJoin = t.text === "and" && p > from && isFieldNoun(tokens[p - 1]) && (ROLE_WORDS.has(tokens[p + 1]?.text ?? "") || (!!tokens[p + 1] && isFieldNoun(tokens[p + 1]) && ROLE_WORDS.has(tokens[p + 2]?.text ?? "")));
      const attachedApostrophe = (t.text === "’" || t.text === "'") && tokens[p - 1]?.end === t.start;
      // "analyst at Teather & Greenwood,": an ampersand between capitalised words is inside the employer's name.
      const ampersand = t.text === "&" && !!tokens[p - 1] && isCapWord(tokens[p - 1]) && !!tokens[p + 1] && isCapWord(tokens[p + 1]);
      if (hasRole && /^(?:of|for)$/.test(t.text) && ROLE_WORDS.has(tokens[p - 1]?.text.toLowerCase() ?? "")) portfolio = true;
      const portfolioJoin = portfolio && (t.text === "and" || t.text === "&") && isCapWord(tokens[p - 1]) && isCapWord(tokens[p + 1]) && !tokens[p - 1].possessive && !isGivenName(foldText(tokens[p + 1].base));
      // "president & CEO of Honda Motor", "chairman and managing director of …": two roles one person holds.
      // "Chairman and Managing Director,": the second role may open with its modifier.
      const secondRole = ROLE_WORDS.has(tokens[p + 1]?.text.toLowerCase() ?? "") || (TITLE_MODIFIERS.has(tokens[p + 1]?.text.toLowerCase() ?? "") && ROLE_WORDS.has(tokens[p + 2]?.text.toLowerCase() ?? ""));
      const roleJoin = (t.text === "and" || t.text === "&") && p > from && ROLE_WORDS.has(tokens[p - 1].text.toLowerCase()) && secondRole;
      if (t.kind === "punct" && t.text !== "-" && !attachedApostrophe && !portfolioJoin && !ampersand && !roleJoin) break;
      if (t.paragraph !== tokens[start].paragraph) break;
      // "… at Laos' Ministry of Agriculture and Forestry,": an "and" inside a body's capitalised name goes on.
      const inName = t.text === "and" && hasRole && isCapWord(tokens[p - 1]) && isCapWord(tokens[p + 1]) && !tokens[p - 1].possessive && this.bodyNameAround(p);
      // "wind farms in the North Sea, the company announced": a past-tense speech verb makes the phrase a new clause.
      if ((APPOSITIVE_STOP.has(t.text) || (SPEECH_VERBS.has(t.text) && /ed$/.test(t.text))) && !inName && !portfolioJoin && !roleJoin && !modifierJoin) break;
      // "CEO of the Post in his opening address", "chief executive of X at her first briefing": a preposition before
      // the holder's own "his"/"her"/"their" sets the scene of the speech; the title ended before it.
      if (hasRole && SCENE_PREPOSITIONS.has(t.text) && /^(?:his|her|their)$/.test(tokens[p + 1]?.text ?? "")) break;
      if (ROLE_WORDS.has(t.text.toLowerCase())) hasRole = true;
      // "Julien Roux, of the Paris-based firm Sentinelle Conseil,": "of" names the employer, not the name.
      if ((ORGANISATION_APPOSITIVES.has(t.text) || t.text === "bank") && !hasRole && p - from <= 5 && tokens[start]?.text !== "of") orgNoun = true;
      if (COMPANY_NOUNS.has(t.text) || /(?:maker|builder)s?$/.test(t.text)) company = true;
      if (BASE_AFFIX.test(t.text)) {
        based = this.countryAt.get(p)?.code ?? undefined;
        sawBase = true;
      }
      // "a company based in Vigo": the base after the noun.
      if (t.text === "based" && tokens[p + 1]?.text === "in") {
        based = this.countryAt.get(p + 2)?.code ?? undefined;
        sawBase = true;
      }
      if (BUSINESS_APPOSITIVES.has(t.text) && p - from <= 5) businessNoun = true;
      if (PERSON_PRONE_TRADES.has(t.text) && p - from <= 5) tradeNoun = true;
      // "Lianhe Fresh, a Shenzhen-based importer,": trades that name firms more than people make a body of a name with
      // no given name (the caller's check), once a base or a nationality says where.
      if (FIRM_FIRST_TRADES.has(t.text) && p - from <= 5) firmTrade = true;
      p++;
    }
    if (hasRole) orgNoun = false;
    if (p === from) return null;
    // An appositive ends at punctuation or a relative pronoun; "X, the ministry said" is a new clause.
    const end = tokens[p];
    const secondTitle = end?.text === "and" && /^(?:a|an)$/.test(tokens[p + 1]?.text ?? "") && hasRole;
    const scene = hasRole && !!end && SCENE_PREPOSITIONS.has(end.text) && /^(?:his|her|their)$/.test(tokens[p + 1]?.text ?? "");
    const closes = !end || end.kind === "punct" || end.paragraph !== tokens[start].paragraph || /^(?:who|which|whose|that)$/.test(end.text) || secondTitle || scene;
    if (!closes) return null;
    if (orgNoun) return { title: null, country: based ?? (sawBase ? undefined : this.affiliationIn(from, p)), org: true, company };
    let country = this.employerCountryAfterPostOf(from, p) ?? this.affiliationIn(from, p);
    // "Silk Grain Logistics, a Tashkent-based trading house,", "…, a Chinese contractor,": a trade noun with a base
    // or a nationality marks a business (unless the name opens with a given name: checked by the caller).
    if ((businessNoun || tradeNoun) && !hasRole && (sawBase || country !== undefined)) {
      // "a Ghanaian grower", "a Lagos-based trader" are as often people: their base only, for a name already a body's.
      const base = based ?? (sawBase ? undefined : country);
      if (businessNoun) return { title: null, country: base, org: true, company: true, trade: true };
      return firmTrade ? { title: null, country: base, org: true, company: true, trade: true, personProne: true } : { title: null, country: base, trade: true };
    }
    // "…, the bloc's trade commissioner and a former Nigerian customs chief,": the second title may say the country.
    if (country === undefined && tokens[p]?.text === "and" && /^(?:a|an|the)$/.test(tokens[p + 1]?.text ?? "")) {
      let q = p + 2;
      while (q < tokens.length && q - p < 10 && tokens[q].kind !== "punct" && !APPOSITIVE_STOP.has(tokens[q].text)) q++;
      if (tokens[q]?.kind === "punct" && [...Array(q - p - 2).keys()].some((i) => ROLE_WORDS.has(tokens[p + 2 + i].text.toLowerCase()))) country = this.affiliationIn(p + 2, q);
    }
    if (!hasRole) return country === undefined ? null : { title: null, country };
    // "…, managing executive officer at Mitsuyama," after "Japan's Mitsuyama Banking Corporation": a body's short form
    // after the title's "at" is the employer, as its whole name would be.
    const shortEmployer = country === undefined ? this.shortFormAfterAt(from, p) : undefined;
    if (shortEmployer) return { title: this.textOf(from, p), country: shortEmployer.country, employer: actorKey(shortEmployer.name, "ORGANIZATION") };
    // "chief representative of JICA's India office": a body owning the office employs the person; the country is the office's place.
    const owner = this.possessiveOwnerOfPlace(from, p) ?? this.ownerOfPostedTitle(start, from, p);
    if (owner) return { title: this.textOf(from, p), country: undefined, employer: owner };
    // "a French nurse coordinating a clinic for MSF", "its representative, the Norwegian Erik Holm," after "UNHCR":
    // the staff of a body that works across borders keep the nationality the text states (docs/actor-conventions.md),
    // not the country of the post; with none stated, the body's own null stands.
    if (country && this.countryAt.get(from)?.kind === "demonym" && this.internationalBodyIn(from, p)) return { title: this.textOf(from, p), country };
    const stated = this.nationalityAfterOwner(from, p, false);
    if (stated) return { title: this.textOf(from, p), country: stated };
    // "…, the hospital's director," after "a hospital in the Czech city of Brno": the unnamed body's country.
    const unnamed = country === undefined && from === start + 1 ? this.unnamedOwnerCountry(start) : undefined;
    if (unnamed) return { title: this.textOf(from, p), country: unnamed };
    return { title: this.textOf(from, p), country, employer: country === undefined ? this.employerOfTitle(from, p) ?? this.ownerOfTitle(start, from) : undefined };
  }

  /**
   * "…, JICA's chief representative in the Philippines,", "…, Acme's country manager for Kenya,": a title a named
   * body's possessive opens, whose only country is the place after the role's "in"/"for", is a post the body sends
   * the person to; the body employs them. The body's key, or undefined.
   */
  private ownerOfPostedTitle(start: number, from: number, to: number): string | undefined {
    const { tokens } = this;
    // "…, chief of the agency's field office in Hyderabad,": a role and "of" before the owner's possessive.
    if (from === start && ROLE_WORDS.has(tokens[from]?.text.toLowerCase() ?? "") && tokens[from + 1]?.text === "of" && /^the$/i.test(tokens[from + 2]?.text ?? "") && tokens[from + 3]?.possessive) {
      return this.ownerOfPostedTitle(from + 2, from + 3, to);
    }
    if (!tokens[from]?.possessive) return undefined;
    for (let k = from + 2; k < to; k++) {
      if (!/^(?:in|for)$/.test(tokens[k].text) || !(ROLE_WORDS.has(tokens[k - 1].text.toLowerCase()) || POSTED_UNITS.has(tokens[k - 1].text))) continue;
      if (this.affiliationIn(from, k) !== undefined || this.affiliationIn(k, to) === undefined) return undefined;
      return this.ownerOfTitle(start, from);
    }
    return undefined;
  }

  /**
   * "Hiroshi Tanaka, the company's Europe president,", "…, its finance chief,": a title owned by "its" or "the
   * <body noun>'s" belongs to the body that refers back to; its key, for the person to take the body's country.
   */
  private ownerOfTitle(start: number, from: number): string | undefined {
    const { tokens } = this;
    const t = tokens[from];
    // "Meridian's president for the Americas" after "Meridian Ore Group": a body's short form owning the title.
    if (from === start && t && t.possessive && isCapWord(t) && !this.countryAt.has(from) && !this.countryEnding.has(from)) {
      if (this.candidates.get(actorKey(t.base, "ORGANIZATION"))) return actorKey(t.base, "ORGANIZATION");
      // "JICA's chief representative": a listed body under its short form.
      const known = this.knownCandidateAt(from);
      if (known) return actorKey(known.name, "ORGANIZATION");
      const longer = this.organisationByFirstWord.get(t.base);
      return longer ? actorKey(longer.name, "ORGANIZATION") : undefined;
    }
    const owner = from === start && t && !t.possessive ? this.possessiveBodyOpening(from) : undefined;
    if (owner) return owner;
    if (from !== start + 1 || !t) return undefined;
    const its = /^its$/i.test(tokens[start].text);
    const ownerNoun = /^the$/i.test(tokens[start].text) && t.possessive && !t.cap && COMPANY_OR_BODY_NOUNS.has(t.base);
    if (!its && !ownerNoun) return undefined;
    // "the company's": the last business named, not a court or a ministry named since.
    const noun = ownerNoun ? t.base.toLowerCase() : "";
    const employer = COMPANY_NOUNS.has(noun) ? this.companyOwning(noun, t.start) : this.bodyOwning(noun);
    return employer ? actorKey(employer.name, "ORGANIZATION") : undefined;
  }

  /**
   * "…, Halvorsen Wind's chief engineer,": a body's name of several capitalised words, ending in a possessive, that
   * opens a title at token `from` employs the title's holder. The body's key (its seat is looked up in coreference,
   * when the body may be named only later), or undefined for a country's or a person's possessive.
   */
  private possessiveBodyOpening(from: number): string | undefined {
    const { tokens } = this;
    let j = from;
    while (j < from + OWNER_NAME_WORDS && isCapWord(tokens[j]) && !tokens[j].possessive && adjacent(this.body, tokens[j], tokens[j + 1])) j++;
    const owner = tokens[j];
    if (j === from || !owner?.possessive || !isCapWord(owner)) return undefined;
    for (let x = from; x <= j; x++) if (this.countryAt.has(x) || this.countryEnding.has(x)) return undefined;
    if (!ROLE_WORDS.has(tokens[j + 1]?.text.toLowerCase() ?? "") && !ROLE_WORDS.has(tokens[j + 2]?.text.toLowerCase() ?? "")) return undefined;
    const name = `${this.textOf(from, j)} ${owner.base}`;
    // "…, Ana Ruiz's lawyer,": a person named before owns no body.
    if (this.candidates.get(actorKey(name, "PERSON"))?.evidence) return undefined;
    const known = companyNamed(name);
    return actorKey(known?.name ?? name, "ORGANIZATION");
  }

  /**
   * "the Department of Agriculture at Laos' Ministry of Agriculture": a unit named right before "at"/"within" and a
   * country's possessive body is that country's.
   */
  private parentCountryAfter(b: number): string | undefined {
    const { tokens } = this;
    if (!/^(?:at|within)$/.test(tokens[b]?.text ?? "")) return undefined;
    const c = this.countryAt.get(b + 1);
    if (!c?.code || c.kind === "demonym" || c.place) return undefined;
    const owner = tokens[c.endToken - 1];
    const possessive = owner.possessive || ((tokens[c.endToken]?.text === "'" || tokens[c.endToken]?.text === "’") && tokens[c.endToken].start === owner.end);
    const head = tokens[c.endToken + (owner.possessive ? 0 : 1)];
    return possessive && head && isOrganisationHead(head) ? c.code : undefined;
  }

  /** A body already named ends at token e ("AIB" in "AIB, Bank of Ireland and …"): its capitalised words, six at the most. */
  private organisationEndsAt(e: number): boolean {
    const { tokens } = this;
    for (let j = e; j >= 0 && j > e - 6 && (isCapWord(tokens[j]) || (j < e && CONNECTORS.has(tokens[j].text))); j--) {
      if (isCapWord(tokens[j]) && this.candidates.has(actorKey(this.textOf(j, e + 1), "ORGANIZATION"))) return true;
    }
    return false;
  }

  /**
   * A lower-case work's noun ("dam", "highway"), maybe after one word of its kind ("hydroelectric scheme"), right after
   * the name ending before token `b`; with `plural`, its plural only ("dams", "refineries").
   */
  private namesakeWorkAfter(b: number, plural: boolean): boolean {
    const { tokens } = this;
    const following = tokens[b];
    if (!following || following.kind !== "word" || following.cap || !adjacent(this.body, tokens[b - 1], following)) return false;
    const work = WORK_MODIFIERS.has(following.text) && tokens[b + 1] && adjacent(this.body, following, tokens[b + 1]) ? tokens[b + 1] : following;
    if (work.kind !== "word") return false;
    if (!plural) return NAMESAKE_WORKS.has(work.text);
    const singular = work.text.endsWith("ies") ? `${work.text.slice(0, -3)}y` : work.text.replace(/(?:(?<=[sxh])e)?s$/, "");
    return singular !== work.text && NAMESAKE_WORKS.has(singular);
  }

  /** Is the "and" at k inside a body's name: a capitalised head with "of" before it ("Ministry of Trade and Industry")? */
  private bodyNameAround(k: number): boolean {
    const { tokens } = this;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      if (tokens[j].text === "of") return j > 0 && isOrganisationHead(tokens[j - 1]);
      if (!isCapWord(tokens[j])) return false;
    }
    return false;
  }

  /** A listed body that works across borders (country null: "WHO", "MSF", "UNHCR") named inside tokens [from, to). */
  private internationalBodyIn(from: number, to: number): boolean {
    const { tokens } = this;
    for (let k = from; k < to; k++) {
      const known = this.knownOrganisationAt(k, to);
      if (known) {
        if (known.org.country === null) return true;
        k += known.n - 1;
        continue;
      }
      // A charity or company of the curated lists ("Médecins Sans Frontières"): a run of up to five words from k.
      if (!isCapWord(tokens[k]) || (k > from && isCapWord(tokens[k - 1]))) continue;
      for (let j = k; j < to && j < k + 5 && (isCapWord(tokens[j]) || CONNECTORS.has(tokens[j].text)); j++) {
        if (j > k && !adjacent(this.body, tokens[j - 1], tokens[j])) break;
        if (companyNamed(this.textOf(k, j + 1))?.country === null) return true;
      }
    }
    return false;
  }

  /** "Institute for China Studies", "professor of Korean studies": a country after "for"/"of" that is studied, no seat. */
  private studiedCountry(c: CountryMention): boolean {
    const { tokens } = this;
    return /^(?:for|of)$/.test(tokens[c.firstToken - 1]?.text ?? "") && /^[Ss]tudies$/.test(tokens[c.endToken]?.text ?? "");
  }

  /** "director of Silk Grain Logistics", "head of buying at Lakeview Leaf": the name ending the title is the employer. */
  private employerOfTitle(from: number, to: number): string | undefined {
    const { tokens } = this;
    let k = to;
    while (k > from && tokens[k - 1].cap) k--;
    // "chairman of both Arabtec and Aabar": of two employers joined by "and", the first names the body.
    if (k < to && tokens[k - 1]?.text === "and") {
      let j = k - 1;
      while (j > from && tokens[j - 1].cap) j--;
      if (j < k - 1 && tokens[j - 1]?.text === "both") j--;
      const first = tokens[j]?.text === "both" ? j + 1 : j;
      if (first < k - 1 && /^(?:of|at|with)$/.test(tokens[j - 1]?.text ?? "")) return this.employerOfTitle(from, k - 1);
    }
    const prep = tokens[k - 1]?.text === "both" ? k - 2 : k - 1;
    // "a spokesperson for Redstone Gold", "a spokesman for the company": a spokes-title's "for" names whom it speaks for.
    const spokesFor = (i: number) => tokens[i]?.text === "for" && SPOKES_ROLES.test(tokens[i - 1]?.text ?? "");
    if (k === to && to - from >= 4 && tokens[to - 2]?.text === "the" && spokesFor(to - 3) && COMPANY_NOUNS.has(tokens[to - 1].text)) {
      const company = this.companyOwning(tokens[to - 1].text, tokens[to - 1].start);
      return company ? actorKey(company.name, "ORGANIZATION") : undefined;
    }
    if (k === to || !(/^(?:of|at|with)$/.test(tokens[prep]?.text ?? "") || spokesFor(prep))) return undefined;
    // "Yu Baocai, President of Sinopec,": a one-word employer is one the story or the company table already names.
    if (to - k < 2) {
      const listed = companyNamed(tokens[k].base);
      const key = actorKey(listed?.name ?? tokens[k].base, "ORGANIZATION");
      return this.candidates.has(key) ? key : undefined;
    }
    // "president of Honda Motor Co., Ltd.": a listed company's full name is the body under its listed name.
    const listed = companyNamed(this.textOf(k, to));
    return actorKey(listed?.name ?? this.textOf(k, to), "ORGANIZATION");
  }

  /**
   * "the Nepal country head of Norway's Fjellkraft Energy", "the Harare country director of China's Hunan Leafgate":
   * a post named by its place (a country's or a town's name, not a nationality) before a role, then "of" and an
   * employer with a country, is the employer's man or woman there (docs/actor-conventions.md, rule 3). The
   * employer's country, or undefined.
   */
  /**
   * The body a title's last words name after "at" ("… officer at Mitsuyama"), when they are the first word of a body
   * already read with a seat ("Mitsuyama Banking Corporation"); undefined otherwise.
   */
  private shortFormAfterAt(from: number, to: number): Candidate | undefined {
    const { tokens } = this;
    let k = to - 1;
    while (k > from && isCapWord(tokens[k])) k--;
    if (tokens[k]?.text !== "at" || k === to - 1 || to - k > 3 || tokens[k - 1]?.cap) return undefined;
    const text = this.textOf(k + 1, to);
    const body = this.candidates.get(actorKey(text, "ORGANIZATION")) ?? (to - k === 2 ? this.organisationByFirstWord.get(tokens[k + 1].base) : undefined);
    return body && body.kind === "ORGANIZATION" && body.country !== undefined ? body : undefined;
  }

  private employerCountryAfterPostOf(from: number, to: number): string | null | undefined {
    const { tokens } = this;
    const post = this.countryAt.get(from) ?? (tokens[from]?.text === "the" ? this.countryAt.get(from + 1) : undefined);
    if (!post?.code || post.kind === "demonym") return undefined;
    for (let k = post.endToken; k < to && k < post.endToken + 4; k++) {
      if (tokens[k].text !== "of") continue;
      if (!ROLE_WORDS.has(tokens[k - 1].text.toLowerCase())) return undefined;
      const employer = this.affiliationIn(k + 1, to);
      return employer !== undefined && employer !== post.code ? employer : undefined;
    }
    return undefined;
  }

  /** Country named inside tokens [from, to): a country word, or an organisation with a known seat. */
  /**
   * The nationality right after the first possessive in tokens [from, to) ("Leeds United's Uruguayan striker", "the
   * World Bank's Dutch country director"), when the owner is an international body or `anyOwner` (a player's
   * position ends the title); else undefined (a firm's "South African managing director" runs its unit there).
   */
  private nationalityAfterOwner(from: number, to: number, anyOwner: boolean): string | undefined {
    const { tokens } = this;
    for (let k = from; k < to - 1; k++) {
      if (!tokens[k].possessive) continue;
      let international = false;
      for (let j = k; j >= from && k - j < KNOWN_ORGANISATION_MAX_WORDS && !international; j--) {
        const listed = this.knownOrganisationAt(j, k + 1);
        international = !!listed && j + listed.n === k + 1 && listed.org.country === null;
      }
      if (!anyOwner && !international) return undefined;
      const c = this.countryAt.get(k + 1);
      const last = c ? tokens[c.endToken - 1] : undefined;
      return c?.code && c.kind === "demonym" && c.endToken < to && last && !last.possessive && !/[^s]s$/.test(last.text) ? c.code : undefined;
    }
    return undefined;
  }

  private affiliationIn(from: number, to: number): string | null | undefined {
    for (let k = from; k < to; k++) {
      const c = this.countryAt.get(k);
      // "plant director at a Korean-owned board maker in …": who owns the employer says nothing of its seat.
      if (c && OWNERSHIP_COMPOUND.test(this.tokens[c.endToken - 1].text)) continue;
      // "director of the Hartmann Institute for China Studies in Berlin": the country the employer studies is no one's.
      if (c && c.endToken < to && this.studiedCountry(c)) continue;
      // "a trader at the Tanzanian border", "a ranger on the Kenyan coast": a nationality before a stretch of land or
      // water places the post; it says nothing of the person's country.
      if (c && c.kind === "demonym" && TERRAIN_NOUNS.has(this.tokens[c.endToken]?.text ?? "")) continue;
      if (c && c.code) return c.code;
      const known = this.knownOrganisationAt(k, to);
      if (known) return this.localUnitCountry(k + known.n, to) ?? known.org.country;
      // "MSF's emergency coordinator in Sudan": a listed body that works across borders, owning the title, gives
      // no country, ahead of the place the post is in (a company's "country manager in India" may be local).
      if (this.listedOwnerAt(k, to)?.country === null) return null;
    }
    return undefined;
  }

  /**
   * "Microsoft Nigeria country manager", "Nestlé India chairman": a country's name right after a listed firm's, inside
   * the title, names the firm's local unit, whose country is its staff's (docs/actor-conventions.md, rule 3). The
   * country, or undefined.
   */
  private localUnitCountry(k: number, to: number): string | undefined {
    const c = this.countryAt.get(k);
    if (!c?.code || c.kind !== "name" || c.place || c.endToken > to || !adjacent(this.body, this.tokens[k - 1], this.tokens[k])) return undefined;
    return this.tokens[k - 1].possessive ? undefined : c.code;
  }

  /** Tokens [a, k) are title words with a role among them, and [k + 1, b) a title (portfolio words, a role) then a full name. */
  private titlesJoinedBefore(a: number, k: number, b: number): boolean {
    const { tokens } = this;
    if (!this.allRoleWords(a, k)) return false;
    let role = false;
    for (let j = a; j < k && !role; j++) role = ROLE_WORDS.has(tokens[j].text.toLowerCase()) && !CONNECTORS.has(tokens[j].text);
    if (!role) return false;
    for (let r = k + 1; r < b - 2 && r < k + 5; r++) {
      if (ROLE_WORDS.has(tokens[r].text.toLowerCase())) return this.roleThenName(r, b);
      if (!tokens[r].cap || this.countryAt.has(r)) return false;
    }
    return false;
  }

  private envoyPostingThenName(from: number, to: number): boolean {
    const { tokens } = this;
    // "Philippine ambassador to the UAE Alfonso Reyes": a posting may follow "the".
    const toAt = tokens[from - 1]?.text === "the" ? from - 2 : from - 1;
    if (tokens[toAt]?.text !== "to" || !ENVOY_ROLES.has(tokens[toAt - 1]?.text.toLowerCase() ?? "") || !adjacent(this.body, tokens[toAt - 1], tokens[toAt])) return false;
    // The countries stage may have read "Kenya Zhou Minghai" as one name, so the posting is looked up here.
    let postingEnd = this.countryAt.get(from)?.endToken ?? -1;
    for (let n = 3; n >= 1 && postingEnd === -1; n--) if (from + n < to && COUNTRY_SURFACES.get(this.textOf(from, from + n))?.kind === "name") postingEnd = from + n;
    if (postingEnd === -1 || postingEnd >= to - 1 || !this.isPersonName(tokens.slice(postingEnd, to), true)) return false;
    const before = this.titleBefore(toAt - 1, false);
    const title = `${before?.title ?? tokens[toAt - 1].text} ${this.textOf(toAt, postingEnd)}`;
    this.addCandidate("PERSON", this.textOf(postingEnd, to), title, before?.country, 3, tokens[postingEnd].start);
    return true;
  }

  /** Tokens [p, to) are capitalised title words, at least one a role, then a person's name of two to four words. */
  private titledNameFrom(p: number, to: number): boolean {
    const { tokens } = this;
    let j = p;
    let role = false;
    while (j < to && j < p + 5 && isCapWord(tokens[j]) && (ROLE_WORDS.has(tokens[j].text.toLowerCase()) || TITLE_MODIFIERS.has(tokens[j].text.toLowerCase()))) {
      // "Office of Civil Defense Administrator …": a portfolio word before the role is the body's own name.
      if (!role && FIELD_WORDS.has(tokens[j].text.toLowerCase())) return false;
      role = role || ROLE_WORDS.has(tokens[j].text.toLowerCase());
      j++;
    }
    if (!role || to - j < 2 || to - j > 4) return false;
    for (let k = j; k < to; k++) if (isOrganisationHead(tokens[k]) || CONNECTORS.has(tokens[k].text) || this.countryAt.has(k)) return false;
    return this.isPersonName(tokens.slice(j, to), true);
  }

  /** The key of a body named by one capitalised possessive right before the first country word in [from, to) ("JICA's India office"). */
  private possessiveOwnerOfPlace(from: number, to: number): string | undefined {
    const { tokens } = this;
    for (let k = from + 1; k < to; k++) {
      if (!this.countryAt.has(k)) continue;
      const owner = tokens[k - 1];
      if (!owner.possessive || !isCapWord(owner) || this.countryAt.has(k - 1) || this.countryEnding.has(k - 1) || !adjacent(this.body, owner, tokens[k])) return undefined;
      if (isCapWord(tokens[k - 2] ?? owner) && k - 2 >= from && adjacent(this.body, tokens[k - 2], owner)) {
        // "Hengyuan Fresh's Kenya general manager": a body named before by its whole name of several words.
        let j = k - 2;
        while (j - 1 >= from && k - j < 6 && isCapWord(tokens[j - 1]) && !tokens[j - 1].possessive && adjacent(this.body, tokens[j - 1], tokens[j])) j--;
        for (; j <= k - 2; j++) {
          const whole = actorKey(`${this.textOf(j, k - 1)} ${owner.base}`, "ORGANIZATION");
          if (this.candidates.has(whole)) return whole;
        }
        return undefined;
      }
      const key = actorKey(owner.base, "ORGANIZATION");
      if (this.candidates.has(key)) return key;
      // "AquaRoot's India head" after "AquaRoot Ltd": the short form of a body named before.
      const longer = this.organisationByFirstWord.get(owner.base);
      return longer ? actorKey(longer.name, "ORGANIZATION") : undefined;
    }
    return undefined;
  }

  /** "MSF's", "Save the Children's": a company or charity of the curated lists, named whole before a possessive at `k`. */
  private listedOwnerAt(k: number, to: number): KnownOrganisation | undefined {
    const { tokens } = this;
    if (!isCapWord(tokens[k]) || (k > 0 && isCapWord(tokens[k - 1]) && adjacent(this.body, tokens[k - 1], tokens[k]))) return undefined;
    for (let j = k; j < to && j < k + 5; j++) {
      if (j > k && !adjacent(this.body, tokens[j - 1], tokens[j])) return undefined;
      if (tokens[j].possessive) return companyNamed(this.textOf(k, j + 1));
      if (!isCapWord(tokens[j]) && !CONNECTORS.has(tokens[j].text)) return undefined;
    }
    return undefined;
  }

  /**
   * "Nomvula Khumalo, 63, a pensioner …", "Rangi Pōtae, who voted …", "Ivonne Garza, an engineer with …, said":
   * an age, "who", or an appositive closed by a speech verb after the name marks a person.
   */
  /** "Kofi Asamoah-Darko of the New Patriotic Party": "of the", then a body's name ending in its head. */
  private partyAffiliationAfter(b: number): boolean {
    const { tokens } = this;
    if (tokens[b]?.text !== "of" || tokens[b + 1]?.text !== "the") return false;
    let k = b + 2;
    while (k < tokens.length && k < b + 10 && (isCapWord(tokens[k]) || (CONNECTORS.has(tokens[k].text) && isCapWord(tokens[k + 1] ?? tokens[k]))) && !tokens[k].possessive) k++;
    return k > b + 2 && ORGANISATION_HEADS.has(tokens[k - 1].base);
  }

  /** ", 41," or ", 41 )" right after token b - 1: an age set off by commas. */
  private ageAfter(b: number): boolean {
    const { tokens } = this;
    const next = tokens[b + 1];
    return tokens[b]?.text === "," && !!next && next.kind === "number" && /^\d{1,3}$/.test(next.text) && Number(next.text) <= 120 && /^[,)]$/.test(tokens[b + 2]?.text ?? "");
  }

  private personAppositiveAfter(b: number): boolean {
    const { tokens } = this;
    if (tokens[b]?.text !== ",") return false;
    const next = tokens[b + 1];
    if (!next) return false;
    if (next.kind === "number" && /^\d{1,3}$/.test(next.text) && Number(next.text) <= 120 && /^[,)]$/.test(tokens[b + 2]?.text ?? "")) return true;
    if (next.text === "who") return true;
    // "Kemar Lindo, of Spanish Town, appeared …": an address set off by commas, then the sentence goes on.
    if (next.text === "of" && tokens[b + 2]?.cap) {
      let k = b + 2;
      while (k < tokens.length && k <= b + 6 && tokens[k].cap && tokens[k].paragraph === next.paragraph) k++;
      const after = tokens[k + 1];
      if (tokens[k]?.text === "," && after && after.kind === "word" && !after.cap && !APPOSITIVE_STOP.has(after.text) && !CONNECTORS.has(after.text)) return true;
    }
    // "Its general manager, Engr. Chidi Okafor, said": a name set off by commas as the subject of speech.
    if (SPEECH_VERBS.has(next.text) && !/ing$/.test(next.text) && tokens[b - 1] && this.tokens[this.doc.sentenceStartToken(b - 1)] !== tokens[b - 1]) return true;
    for (let k = b + 1; k < tokens.length && k <= b + 16; k++) {
      const t = tokens[k];
      if (t.paragraph !== tokens[b].paragraph || /^[.!?;:"“”]$/.test(t.text) || APPOSITIVE_STOP.has(t.text)) return false;
      if (t.text === ",") return k > b + 1 && SPEECH_VERBS.has(tokens[k + 1]?.text ?? "");
    }
    return false;
  }

  /**
   * "Wanjiku Mwangi reached the camp on Tuesday. She said …": a name opening its sentence as the subject, and the next
   * sentence's "he" or "she" speaking (opening it, or closing it after a quote), is a person; bodies are "it" and "they".
   */
  private pronounSpeaksNext(a: number, b: number): boolean {
    const { tokens, doc } = this;
    if (this.endsLikeBusiness(b)) return false;
    const verb = tokens[b];
    if (doc.sentenceStartToken(a) !== a || !verb || verb.kind !== "word" || verb.cap || tokens[b - 1].possessive) return false;
    // "Legia coach Tomasz Zieliński said …": the word after the name is its verb, not a role noun the name modifies.
    if (!/(?:PastTense|PresentTense|Copula|Modal|^Verb)/.test(COMMON_WORDS_TAGS.get(verb.text) ?? (/\p{Ll}ed$/u.test(verb.text) ? "PastTense" : ""))) return false;
    // '"… Buyers will only pay $1,100. I can't build at a loss," she said': a sentence inside a quote is the speaker's.
    if (spanIndexAt(doc.quoteSpans, tokens[a].start) !== -1) return false;
    // "Nordvik Steel laid off 200 workers": a last word that is an ordinary English word ends a body's name more often than a person's.
    const last = foldText(tokens[b - 1].base);
    if (COMMON_WORDS.has(last) && !LAST_NAMES.has(last) && !isGivenName(last) && !isGivenName(foldText(tokens[a].base))) return false;
    const next = doc.sentences[doc.sentenceIndexAt(tokens[a].start) + 1];
    if (!next || next.start < tokens[b].end) return false;
    const k = doc.tokenIndexAt(next.start);
    // "Nordvik Energi cut its forecast. He said …": a subject its own sentence calls "it" is a body, whoever speaks next.
    for (let j = b; j < k; j++) if (tokens[j].text === "its" || tokens[j].text === "it") return false;
    if (/^(?:He|She)$/.test(tokens[k]?.text ?? "")) {
      // "She later said", "He also told": up to two adverbs between the pronoun and its verb.
      for (let j = k + 1; j <= k + 3 && tokens[j]?.kind === "word" && !tokens[j].cap; j++) if (SPEECH_VERBS.has(tokens[j].text)) return true;
      return false;
    }
    // '"It came in minutes," she said.': the pronoun and its verb close the next sentence.
    let end = doc.tokenIndexAt(next.end) - 1;
    if (/^[.!?]$/.test(tokens[end]?.text ?? "")) end--;
    return end - 1 > k && SPEECH_VERBS.has(tokens[end].text) && /^(?:he|she)$/.test(tokens[end - 1].text) && /^[,”"’]$/.test(tokens[end - 2]?.text ?? "");
  }

  /**
   * "Obinna Chukwu and his wife", "…, and her two sons", "Budi Santoso's widow": kin after "and his" or "and her", or
   * owned by the name, belong only to a person.
   */
  private kinAfter(b: number): boolean {
    const { tokens } = this;
    let k = b;
    if (!tokens[b - 1]?.possessive) {
      const and = b + (tokens[b]?.text === "," ? 1 : 0);
      if (tokens[and]?.text !== "and" || !/^(?:his|her)$/.test(tokens[and + 1]?.text ?? "")) return false;
      k = and + 2;
    }
    // "and her two sons", "and his elderly mother": one number or modifier before the kin noun.
    if (!KIN_NOUNS.has(tokens[k]?.text ?? "") && tokens[k]?.kind !== "punct") k++;
    return KIN_NOUNS.has(tokens[k]?.text ?? "");
  }

  /**
   * "Sukarno, 70,", "Sukarno, a rice farmer,", "Sukarno and his wife": one word that is no listed given name, surname,
   * place or ordinary word, with a person's age, job or kin after it, is a person known by one name.
   */
  private mononymPerson(a: number, b: number): boolean {
    const { tokens } = this;
    const word = tokens[a];
    const folded = foldText(word.base);
    // "Buyers will only pay", "Governors should stop": a plural opening a sentence is a common noun.
    if (/s$/.test(word.base) && this.doc.sentenceStartToken(a) === a) return false;
    if (word.possessive || FIRST_NAMES.has(folded) || LAST_NAMES.has(folded) || PLACE_NAMES.has(folded) || COMMON_WORDS.has(folded) || isDemonymWord(folded)) return false;
    if (this.countryAt.has(a) || this.isGazetteerPlace(word) || isDateline(tokens, a) || word.base === word.base.toUpperCase() || /\d/.test(word.base)) return false;
    if (BUSINESS_MORPHEME.test(word.base) || CAMEL_CASE_BRAND.test(word.base)) return false;
    // A later "he said" is no sign here: one-word brands open sentences as often ("Gojek posted a profit. … he said").
    return this.ageAfter(b) || this.kinAfter(b) || this.jobAfter(b);
  }

  /** "Dangote Cement", "Astra Motors": a name at [.., b) ending in a business's word, which no rule for people takes. */
  private endsLikeBusiness(b: number): boolean {
    const t = this.tokens[b - 1];
    return !!t && (COMPANY_HEADS.has(t.base) || BUSINESS_NAME_WORDS.has(t.base) || FOREIGN_ORGANISATION_HEADS.has(t.base) || isOrganisationHead(t));
  }

  /** ", a rice farmer,", ", an engineer at the port,": a job (a title, no body or trade) set off after token b - 1. */
  private jobAfter(b: number): boolean {
    const { tokens } = this;
    if (tokens[b]?.text !== "," || !/^(?:a|an)$/.test(tokens[b + 1]?.text ?? "")) return false;
    const after = this.titleAfter(b + 1);
    if (!after?.title || after.org || after.trade) return false;
    // "a major exporter": a rank or a trade a business shares ("trader", "producer") is no person's job here.
    return after.title.split(" ").some((w) => ROLE_WORDS.has(w) && !RANKS.has(w) && !PERSON_PRONE_TRADES.has(w));
  }

  /**
   * A name of two words at [a, to) (the run opening at `from`) that speaks ("X said", "said X"), has a job after it, or
   * opens a sentence the next one's "he" or "she" speaks after: a person's, whose surname may be a place's name.
   */
  private speaksOrWorks(from: number, a: number, to: number): boolean {
    const { tokens } = this;
    if (this.endsLikeBusiness(to)) return false;
    // "Sparbanken Nord adding 2 percent": a participle after the name reports a price, not a speaker.
    const speaks = this.speechVerbNear(from - 1, to) && !/ing$/.test(tokens[to]?.text ?? "");
    return speaks || this.jobAfter(to) || (a === from && this.pronounSpeaksNext(a, to));
  }

  /**
   * "Budi Santoso from the Red Cross told": a name, "from", "the" and a capitalised body, then speech. A place alone
   * after "from" is no sign: businesses come from places as often ("Ayala Land from Manila said").
   */
  private fromThenSpeech(b: number): boolean {
    const { tokens } = this;
    if ((tokens[b]?.text !== "from" && tokens[b]?.text !== "of") || tokens[b + 1]?.text !== "the" || this.endsLikeBusiness(b)) return false;
    let k = b + 2;
    const first = k;
    while (k < tokens.length && k < first + 5 && (isCapWord(tokens[k]) || (CONNECTORS.has(tokens[k].text) && isCapWord(tokens[k + 1] ?? tokens[k]))) && !tokens[k].possessive) k++;
    // "Eivind Lund of the Norwegian federation said", "from the local council told": a body named by its common
    // noun (after a nationality or a modifier), then speech; with "of", only this form ("of the Red Cross" is read elsewhere).
    let common = false;
    while (k < tokens.length && k < first + 5 && !tokens[k].cap && TITLE_MODIFIERS.has(tokens[k].text)) k++;
    if (tokens[k] && !tokens[k].cap && (ORGANISATION_APPOSITIVES.has(tokens[k].text) || tokens[k].text === "federation")) {
      common = true;
      k++;
    }
    if (tokens[b].text === "of" && !common) return false;
    return k > first && SPEECH_VERBS.has(tokens[k]?.text ?? "") && !/ing$/.test(tokens[k].text) && !this.bodysStatementAt(k);
  }

  /** "announced", "said in a statement", "said on its website": at speech verb `k`, the way a body speaks. */
  private bodysStatementAt(k: number): boolean {
    const { tokens } = this;
    if (/^(?:announced|announces|reported|reports|posted)$/.test(tokens[k].text)) return true;
    const in_ = tokens[k + 1]?.text === "in" || tokens[k + 1]?.text === "on" ? k + 2 : -1;
    return in_ !== -1 && /^(?:a|its)$/.test(tokens[in_]?.text ?? "") && /^(?:statement|filing|website|release|notice)$/.test(tokens[in_ + 1]?.text ?? "");
  }

  /**
   * "Budi Santoso and Mary Lynch", "Layla Haddad and Budi Santoso": a name joined by "and" to a person's full name
   * (a listed given name and a listed surname, or the person just read) is a person's too.
   */
  private joinedToPerson(a: number, b: number): boolean {
    const { tokens } = this;
    if (this.endsLikeBusiness(b)) return false;
    if (tokens[a - 1]?.text === "and" && this.lastPersonEnd === a - 1) return true;
    if (tokens[b]?.text !== "and") return false;
    const given = tokens[b + 1];
    const surname = tokens[b + 2];
    // "Halkbanka Ege and Deniz Kredi": a listed given name alone may open a body's name; a listed surname must follow.
    if (!given || !surname || !FIRST_NAMES.has(foldText(given.base)) || !isCapWord(surname) || !LAST_NAMES.has(foldText(surname.base))) return false;
    // "… and Layla Haddad Foundation": a third capitalised word makes the other name a longer one.
    const after = tokens[b + 3];
    if (after && isCapWord(after) && after.paragraph === surname.paragraph) return false;
    return this.isPersonName([given, surname]);
  }

  private speechVerbNear(before: number, after: number): boolean {
    const { tokens } = this;
    const prev = tokens[before];
    if (prev && SPEECH_VERBS.has(prev.text)) return true;
    let k = after;
    // "Eamon Walsh TD said", "Ama Boateng MP told": a post-nominal between the name and its verb.
    if (k > 0 && tokens[k] && POST_NOMINALS.has(tokens[k].text) && adjacent(this.body, tokens[k - 1], tokens[k])) k++;
    while (tokens[k] && /ly$/.test(tokens[k].text) && tokens[k].kind === "word") k++;
    // "The Baltic states asked": after a name, "states" is mostly the plural noun.
    return !!tokens[k] && SPEECH_VERBS.has(tokens[k].text) && tokens[k].text !== "states";
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

  /** 'the "Hope and Work" movement': a name in quote marks before a body's noun is one body, whole. */
  scanQuotedNames(): void {
    const re = /["“](\p{Lu}[^"“”\n]{0,60})["”] (movement|party|alliance|coalition|group|campaign|bloc|front|platform|initiative|network)\b/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.body)) !== null) {
      const words = m[1].split(" ");
      if (words.length > 8 || !words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w))) continue;
      if (this.input.headingParagraphs.has(this.doc.paragraphAt(m.index))) continue;
      this.addCandidate("ORGANIZATION", m[1], null, undefined, 2, m.index + 1);
    }
    // 'shirts reading "Save Darke Farmland," a group that …': a name in quote marks, then an appositive that
    // calls it a group, a campaign or another body.
    const appositive = /["“](\p{Lu}[^"“”\n,]{0,60}?),?["”],? (?:a|an|the) (?:[a-z-]+ ){0,2}(?:group|campaign|coalition|movement|organisation|organization|alliance|charity|association|network|nonprofit|non-profit|union)\b/gu;
    while ((m = appositive.exec(this.body)) !== null) {
      const words = m[1].split(" ");
      if (words.length < 2 || words.length > 8 || !words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w))) continue;
      if (this.input.headingParagraphs.has(this.doc.paragraphAt(m.index))) continue;
      this.addCandidate("ORGANIZATION", m[1], null, undefined, 2, m.index + 1);
    }
    // 'a group called "Mothers for Clean Water"', "a coalition known as 'Friends of Karura Forest'": a body's noun,
    // "called", "named" or "known as", then its name in quote marks.
    const called = /\b(?:group|organi[sz]ation|coalition|movement|party|association|network|alliance|union|charity|company|firm|outfit|collective|society|club|foundation|co-?operative|militia|faction|trust|forum|non-?profit|NGO|start-?up) (?:called|named|dubbed|known as) ["“'‘](\p{Lu}[^"“”'’‘\n]{0,60}?),?["”'’]/gu;
    while ((m = called.exec(this.body)) !== null) {
      const words = m[1].split(" ");
      if (words.length > 8 || !words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w) || w === "and" || w === "&")) continue;
      if (this.input.headingParagraphs.has(this.doc.paragraphAt(m.index))) continue;
      this.addCandidate("ORGANIZATION", m[1], null, undefined, 3, m.index + m[0].lastIndexOf(m[1]));
    }
  }

  /** "the mines ministry said": a named ministry of the country the article is about. */
  /**
   * "The KwaZulu-Natal department of economic development, tourism and environmental affairs", "Halifax regional
   * council", "the Western Cape's economic development department": a province's or city's body named in lower case,
   * its place, a department's fields before or after its head, or a council's kind. After a possessive the place is
   * the owner and stays out of the name. One look a few tokens ahead of each place the countries stage found.
   */
  scanPlaceDepartments(): void {
    const { tokens } = this;
    const lowerWord = (k: number, paragraph: number) => tokens[k]?.kind === "word" && !tokens[k].cap && tokens[k].paragraph === paragraph;
    const field = (k: number) => FIELD_WORDS.has(tokens[k].text) || DEPARTMENT_FIELD_ADJECTIVES.has(tokens[k].text);
    for (const c of this.countryAt.values()) {
      if (!c.place || !c.code || c.endToken >= tokens.length) continue;
      const first = tokens[c.firstToken];
      const owner = tokens[c.endToken - 1].possessive;
      if (this.input.headingParagraphs.has(first.paragraph) || (!owner && tokens[c.firstToken - 1]?.possessive)) continue;
      let m = c.endToken;
      while (m - c.endToken < 3 && lowerWord(m, first.paragraph) && field(m)) m++;
      if (m === c.endToken && lowerWord(m, first.paragraph) && COUNCIL_KINDS.has(tokens[m].text) && tokens[m + 1]?.text === "council") m++;
      const head = tokens[m];
      if (!lowerWord(m, first.paragraph) || !PLACE_BODY_HEADS.has(head.text)) continue;
      let end = m + 1;
      // "department of economic development, tourism and environmental affairs": fields listed after "of".
      if (head.text !== "council" && tokens[end]?.text === "of") {
        let lastField = -1;
        for (let j = end + 1; j < tokens.length && j <= end + 14 && tokens[j].paragraph === first.paragraph; j++) {
          if (lowerWord(j, first.paragraph) && field(j)) lastField = j;
          else if (tokens[j].text !== "," && tokens[j].text !== "and") break;
        }
        if (lastField !== -1) end = lastField + 1;
      }
      const fields = m > c.endToken || end > m + 1;
      if (head.text === "council" ? !(m === c.endToken + 1 && COUNCIL_KINDS.has(tokens[c.endToken].text)) : !fields) continue;
      const from = owner ? c.endToken : c.firstToken;
      this.addCandidate("ORGANIZATION", this.textOf(from, end), null, c.code, 2, tokens[from].start);
    }
    // "Stoke-on-Trent city council", "Birmingham city council": a town the gazetteer may not know (or knows in
    // several countries), then a council's kind and "council" in lower case, name the town's council.
    for (let k = 2; k < tokens.length; k++) {
      if (tokens[k].base !== "council" || !COUNCIL_KINDS.has(tokens[k - 1].text) || tokens[k - 1].cap) continue;
      let from = k - 1;
      while (from - 1 >= 0 && k - 1 - from < 3 && isCapWord(tokens[from - 1]) && !tokens[from - 1].possessive && tokens[from - 1].paragraph === tokens[k].paragraph && adjacent(this.body, tokens[from - 1], tokens[from])) from--;
      if (from === k - 1 || NON_NAME_WORDS.has(tokens[from].base) || this.input.headingParagraphs.has(tokens[k].paragraph)) continue;
      const name = `${this.textOf(from, k)} council`;
      if (this.candidates.has(actorKey(name, "ORGANIZATION"))) continue;
      const place = this.countryAt.get(from);
      this.addCandidate("ORGANIZATION", name, null, place?.code ?? undefined, 2, tokens[from].start);
    }
  }

  scanDefiniteMinistries(): void {
    const re = /\b[Tt]he ((?:[a-z]+ ){1,2})(ministry|agency|regulator)\b/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.body)) !== null) {
      const words = m[1].trim().split(" ");
      if (!words.every((w) => GOVERNMENT_BODY_MODIFIERS.has(w)) || words.includes("state") || words.includes("national")) continue;
      const start = m.index + 4;
      const paragraph = this.doc.paragraphAt(start);
      if (this.input.headingParagraphs.has(paragraph)) continue;
      const name = `${words.join(" ")} ${m[2]}`;
      this.addCandidate("ORGANIZATION", name, null, undefined, 2, start);
    }
  }

  /**
   * "The Iraqi prime minister's media office said", "the president's press office": the office that speaks for a
   * leader is a body of its own, named by those words, of the country its demonym gives.
   */
  scanLeadersOffices(): void {
    for (const m of this.body.matchAll(LEADERS_OFFICE)) {
      const start = m.index! + m[0].indexOf(m[1]);
      if (this.input.headingParagraphs.has(this.doc.paragraphAt(start))) continue;
      const country = this.doc.countryMentions.find((c) => c.start === start);
      this.addCandidate("ORGANIZATION", m[1], null, country?.code ?? undefined, 2, start);
    }
  }

  private textOf(from: number, to: number): string {
    const last = this.tokens[to - 1];
    const end = last.possessive ? last.end - 2 : last.end;
    const first = this.tokens[from];
    // "ANDY Morrow" read as "Andy Morrow" (see readOpeningCapitals): the first word's case as the tokens read it.
    const head = first.end <= end && this.body.slice(first.start, first.end) !== first.text ? first.text : this.body.slice(first.start, Math.min(first.end, end));
    return (head + this.body.slice(Math.min(first.end, end), end)).replace(/\s+/g, " ");
  }
}

/** "the Iraqi prime minister's media office": "the", maybe a demonym, a leader's role, then a media or press office. */
const LEADERS_OFFICE = /\b[Tt]he ((?:\p{Lu}\p{Ll}+ )?(?:prime minister|president|chief minister|premier|chancellor|governor|mayor)['’]s (?:media|press) office)\b/gu;

/** How far back (in characters, a few paragraphs) a business mentioned last is still "the company" of a title. */
const BUSINESS_REACH = 2500;
/** Nouns that end the title of a law ("… (Amendment) Act"). */
const LAW_NOUNS = new Set(["Act", "Bill", "Law", "Ordinance", "Decree", "Regulations", "Rules", "Code"]);
/** Offices held with a portfolio ("Minister for …", "Cabinet Secretary for …", "Commissioner of …"). */
const PORTFOLIO_OFFICES = new Set(["minister", "secretary", "commissioner", "undersecretary", "under-secretary"]);
/** Rank words before such an office that TITLE_MODIFIERS does not hold ("Cabinet Secretary", "Prime Minister"). */
const OFFICE_RANKS = new Set(["cabinet", "prime", "state", "permanent", "foreign", "principal", "parliamentary"]);

/** Public bodies' heads: a body named with one is no business for "the company's" ("Clean Environment Commission"). */
const PUBLIC_BODY_HEADS = new Set([...STATE_BODY_HEADS, "University", "College", "School", "Institute", "Association", "Union", "Federation", "Party", "Court", "Tribunal", "Foundation", "Trust", "Society", "Charity", "Hospital", "Church", "Club", "Board", "Municipality", "Fund", "Programme", "Program"]);

/** Heads of outlets and civic bodies that no "the company's" means ("Gulf News", "Protect Our Water Manitoba" aside). */
const NEWS_OR_CIVIC_HEADS = new Set(["News", "Times", "Post", "Journal", "Herald", "Telegraph", "Guardian", "Observer", "Gazette", "Tribune", "Review", "Radio", "Television", "Movement", "Alliance", "Coalition", "Front", "League", "Caucus", "Forum", "Collective", "Community", "Academy", "Museum", "Festival", "Conference", "Chamber", "Initiative", "Project", "Centre", "Center", "Watch", "Cooperative", "Co-operative", "Ombudsman", "Registry", "Directorate", "Secretariat", "Inspectorate", "Exchange"]);

/** A body that may be the business a later "the company's" or "the firm's" means. */
function mayBeBusiness(c: Candidate): boolean {
  if (c.company) return true;
  const words = c.name.split(" ");
  const head = words[words.length - 1];
  if (COMPANY_HEADS.has(head) || /^(?:Co\.?|Company)$/.test(head)) return true;
  if (words.length < 2 || KNOWN_ORGANISATIONS.has(c.name) || words.some((w) => PUBLIC_BODY_HEADS.has(w)) || NEWS_OR_CIVIC_HEADS.has(head)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || w === "&");
}

/** Nouns for a business's rival before its name ("U.S. competitor Corvell"); they say the nationality, not the kind. */
const RIVAL_NOUNS = new Set(["rival", "rivals", "competitor", "competitors", "peer", "peers"]);

/** "Senate", "House of Representatives", "House of Commons": a legislature's chamber named by its common name. */
function isChamberName(name: string): boolean {
  return LEGISLATURES.has(name) || /^(?:House of (?:Representatives|Commons|Lords|Assembly|Delegates|Councillors|Keys)|National Assembly|Lower House|Upper House)$/.test(name);
}

/** "banks", "lenders", "companies": the plural of a noun that introduces a body before its name. */
function isPluralBodyNoun(word: string): boolean {
  if (!/s$/.test(word)) return false;
  const singular = /ies$/.test(word) ? word.slice(0, -3) + "y" : word.slice(0, -1);
  return ORGANISATION_PRECEDING_NOUNS.has(singular);
}

/** Nouns that introduce a business before its name ("rival", "chipmaker", "lender"). */
/** Last words of a company's sites ("Oshawa Assembly Plant", "Woodstock Parts Distribution Centre"). */
const SITE_HEADS = new Set("Plant Factory Centre Center Complex Works Mill Refinery Terminal Depot Smelter Warehouse".split(" "));

/**
 * A seat or a listing written before a name with a hyphen: "Toronto-based", "Munich-headquartered", "Kuwaiti-listed",
 * "London-listed". Each is an affiliation of the body named after it, never a word of its name.
 */
const BASE_AFFIX = /-(?:based|headquartered|listed)$/i;
const BASE_AFFIX_AFTER_LETTER = /\p{L}-(?:based|headquartered|listed)$/iu;


/** Last words of names of places and works, not bodies ("Great Barrier Reef", "Three Gorges Dam"). */
/** "Eradication", "Cooperation", "Studies": a word no surname is (an abstract noun's ending, a field of study). */
function isAbstractNameEnd(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}(?:ation|ution|ition)$/u.test(word) || /^(?:Studies|Sciences|Affairs|Relations|Development|Management)$/.test(word);
}

/** Trade nouns a later "the <noun>'s" may use for a business introduced with another. */
const TRADE_SYNONYMS: Record<string, string[]> = {
  carrier: ["carrier", "airline"],
  airline: ["airline", "carrier"],
  lender: ["lender", "bank"],
  bank: ["bank", "lender"],
  carmaker: ["carmaker", "automaker"],
  automaker: ["automaker", "carmaker"],
};

const GEOGRAPHIC_HEADS = new Set(
  "Reef Reefs River Island Islands Mountain Mountains Mount Lake Bay Sea Valley Park Desert Forest Coast Basin Peninsula Delta Strait Gulf Canal Dam Highway Airport Port Bridge Square Street Road Plant Mine Field Project Line Corridor".split(" "),
);

/** Styles that stand for a ruler, a cleric or an envoy after "His"/"Her" ("His Highness", "Her Excellency"). */
const STYLES_OF_ADDRESS = new Set(["Highness", "Majesty", "Excellency", "Holiness", "Eminence", "Beatitude", "Lordship", "Ladyship", "Honour", "Honor"]);

/** A body's lower-case sub-bodies whose officers the text names ("grains committee chair"). */
const COMMITTEE_NOUNS = new Set(["committee", "board", "council", "panel", "section", "branch"]);

/** Courtesy titles of a person, which say nothing of their job ("Dr", "Prof"). */
const PERSON_COURTESY = new Set(["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "professor"]);

/** Endings of one-word company names, in capitals or not ("Afreximbank", "Hubtel", "Safaricom", "Rosneft"). */
const BUSINESS_MORPHEME = /^\p{Lu}\p{Ll}{2,}(?:bank|com|tel|soft|tech|pharm|neft|energo)$/u;

/** Model codes of aircraft, ships and weapons ("C-130", "P-8A", "Mi-17", "A400M"). */
const MODEL_CODE = /^\p{Lu}\p{L}?-?\d{1,4}\p{Lu}?$/u;


/** Lower-case nouns of the bodies a family sets up ("the Brandt family foundation", "the Mehta family office"). */
const FAMILY_BODY_NOUNS = new Set(["foundation", "trust", "office", "charity", "fund"]);

/** Lower-case heads of a province's or city's bodies ("the Gauteng department of health", "Halifax regional council"). */
const PLACE_BODY_HEADS = new Set(["department", "ministry", "council"]);
/** Kinds of council named after their place in lower case ("Halifax regional council", "the Dunedin city council"). */
const COUNCIL_KINDS = new Set(["regional", "city", "county", "district", "municipal", "town", "borough", "shire", "provincial"]);
/** Adjectives of a department's fields the portfolio list leaves out ("environmental affairs", "cultural affairs"). */
const DEPARTMENT_FIELD_ADJECTIVES = new Set(["environmental", "cultural", "agricultural", "municipal", "traditional", "provincial"]);

/** Kinds of place a text may name alone for its government ("the Province", "the Region"): no body's name. */
const GENERIC_PLACE_KINDS = new Set(["Province", "Region", "Territory", "Prefecture", "Oblast", "Canton", "District", "County"]);

/** Heads that end a body's name before its officer's title ("Electoral Commission Chairman"), never a portfolio's. */
const BODY_HEADS_BEFORE_ROLE = new Set(
  "Commission Committee Council Authority Board Agency Bank Corporation Association Union Institute Foundation Federation Party Bureau Trust Society Chamber League Coalition Alliance Company Group Tribunal Court Schools Municipality".split(" "),
);

/** Titles of those who speak for a body ("Spokesman for the Foreign Ministry"). */
const SPOKES_ROLES = /^(?:spokesman|spokeswoman|spokesperson|spokespersons|spokesmen|spokeswomen|representative|envoy)$/;

/** Nouns for a body that own a title after "the" ("the agency's director general"). */
/** Words of a stay between an article and a title ("a visiting WHO envoy", "the outgoing Unicef chief"). */
/** Trades of PERSON_PRONE_TRADES that name firms more often than people ("a Shenzhen-based importer"). */
const FIRM_FIRST_TRADES = new Set(["importer", "exporter", "supplier", "contractor", "distributor", "developer", "publisher", "shipowner"]);
/** Stretches of land and water a nationality may qualify ("the Tanzanian border", "Kenyan waters"). */
const TERRAIN_NOUNS = new Set(["border", "borders", "frontier", "coast", "coastline", "shore", "shores", "waters", "countryside", "highlands", "lowlands", "mainland", "interior", "hinterland"]);
/** Verbs of running a body, in a relative clause after a name ("who heads", "who runs"). */
const HEADING_VERBS = new Set(["heads", "headed", "leads", "led", "runs", "ran", "manages", "managed", "directs", "directed", "chairs", "chaired", "oversees", "oversaw"]);
/** Last words of firms' names that are nobody's surname ("Van der Berg Fresh", "Koro Logistics", "Hanil Nickel"). */
const FIRM_LAST_WORDS = new Set(
  ("Fresh Farms Produce Fruits Foods Logistics Shipping Textiles Semiconductor Semiconductors Pharmaceuticals Pharma Technologies " +
    "Solutions Systems Labs Networks Telecom Telecoms Batteries Robotics Automotive Construction Engineering Entertainment Healthcare " +
    "Renewables Aerospace Biotech Breweries Beverages Fertilizer Fertilisers Plastics Cement Nickel Copper Lithium Cobalt Sugar Dairy " +
    "Seafood Fisheries Petroleum Petrochemicals Electronics Airways Airlines Insurance Industries Holdings Ventures").split(" "),
);
/** First words of universities' and hospitals' names ("the University of Cape Town", "the Institute of …"). */
const ACADEMIC_HEADS = new Set(["University", "Institute", "College", "School", "Hospital", "Academy", "Centre", "Center", "Museum", "Observatory", "Conservatory"]);
/** A player's position in a team sport: a nationality before it, after the club's possessive, is the player's. */
const PLAYER_POSITIONS = new Set([
  "midfielder", "striker", "forward", "defender", "goalkeeper", "winger", "full-back", "fullback", "centre-back", "center-back", "playmaker",
  "batsman", "batter", "bowler", "spinner", "paceman", "all-rounder", "wicketkeeper", "fly-half", "scrum-half", "flanker", "prop", "lock",
  "quarterback", "pitcher", "shortstop", "infielder", "outfielder", "guard", "centre", "center", "point-guard", "player", "signing", "international",
]);
/** Nouns for a country's party at talks or a visit ("the Chinese delegation", "the Iranian side"). */
const DELEGATION_NOUNS = new Set(["delegation", "delegations", "team", "side", "mission", "negotiators", "contingent"]);
const VISIT_WORDS = new Set(["visiting", "outgoing", "incoming", "departing"]);
/** Participles that put a described person in a place ("a trader based in Addis Ababa"): the place is no affiliation. */
const RESIDENCE_PARTICIPLES = new Set(["based", "stationed", "posted", "living", "resident", "working"]);
/** A body's appositive that names its parent next ("a subsidiary of …"). */
const SUBSIDIARY_NOUNS = new Set(["subsidiary", "unit", "affiliate", "division", "arm"]);
/** Lower-case nouns of a country's divisions ("Niger's Maradi region"). */
const REGION_NOUNS = new Set(["region", "province", "state", "district", "county", "governorate", "prefecture", "department"]);

const COMPANY_OR_BODY_NOUNS = new Set([...COMPANY_NOUNS, "agency", "body", "organisation", "organization", "ministry", "department", "commission", "council", "authority", "institute", "university", "party", "union", "board", "fund", "charity", "centre", "center"]);

/** Roles whose "of" names the employer ("CEO of MBDA", "head of Suncorp"), not a portfolio ("Minister of Finance"). */
const EMPLOYER_ROLES = new Set(["ceo", "cfo", "coo", "cto", "chief", "executive", "officer", "head", "chairman", "chairwoman", "chair", "president", "director", "founder", "co-founder", "boss", "manager", "owner"]);

/** Two last words that make a name a place, not a body ("Kruger National Park", "Lethabo Power Station"). */
const PLACE_NAME_ENDINGS = new Set(
  ["Nature Reserve", "Game Reserve", "Wildlife Reserve", "Marine Reserve", "Forest Reserve", "Biosphere Reserve", "National Park", "Nature Park", "Game Park", "Power Station", "Power Plant", "Wildlife Sanctuary"],
);

/** Capitalised words that are also middle names in East African and Arabic naming ("Said", "Will", "May"). */
/** Field nouns of bodies' names that the word lists lack ("Ministry of Environment, Forest and Climate Change"). */
const LIST_FIELD_WORDS = new Set(["forest", "forests", "climate", "science", "sciences", "heritage", "ocean", "oceans", "marine", "sea", "land", "sport", "youth", "art", "arts", "culture", "trade", "labour", "labor", "health", "welfare", "water", "food", "rural"]);

/** Heads of panels whose names go on with "on" and a subject ("Commission on Audit", "Committee on Appropriations"). */
const ON_SUBJECT_HEADS = new Set(["Commission", "Committee", "Council", "Conference", "Panel", "Board", "Institute", "Centre", "Center", "Office", "Coalition", "Campaign", "Forum", "Alliance", "Caucus", "Subcommittee"]);

/** Irish heads of bodies' names that keep the article "An" before them ("An Bord Pleanála", "An Post"). */
const IRISH_ARTICLE_HEADS = new Set(["Bord", "Garda", "Post", "Taisce", "Chomhairle", "Roinn"]);

/** Lower-case nouns of places that a bracketed abbreviation may follow ("metropolitan area (AMBA)"). */
const PLACE_HEAD_NOUNS = new Set(["area", "areas", "region", "zone", "zones", "district", "province", "corridor", "basin", "belt", "territory", "territories", "triangle", "peninsula", "valley", "delta", "capital"]);

/** A name written lower-case with a capital inside ("groundWork", "easyJet"); "iPhone" and "eBay" do not match. */
const LOWER_CAMEL_BRAND = /^\p{Ll}{3,}\p{Lu}\p{Ll}{2,}$/u;

/** Last words of a body's counts and reports ("Trolley Watch", "Jobs Tracker", "Business Barometer"). */
const REPORT_HEADS = new Set(["Watch", "Tracker", "Index", "Survey", "Barometer", "Monitor", "Report", "Outlook", "Census", "Count", "Scorecard", "Dashboard"]);

const MIDDLE_NAMES_ALSO_WORDS = new Set(["Said", "Will", "May", "Sent"]);

/** Months' short forms written without a full stop, which are also given names or name syllables ("Jun", "Mar"). */
/** Zones written after a clock time in news copy ("4:10 p.m. EDT", "11:20 a.m. AEST"). */
const TIME_ZONES = new Set(
  "UTC GMT BST IST CET CEST EET EEST WET WEST MSK PT PST PDT ET EST EDT CT CST CDT MT MST MDT AKST AKDT HST AEST AEDT ACST ACDT AWST NZST NZDT JST KST HKT SGT PHT WIB WITA EAT CAT WAT SAST GST PKT".split(" "),
);
/** The clock before a zone: "a.m.", "pm", "10:30", "0900". */
const CLOCK_BEFORE_ZONE = /^(?:[ap]\.?m\.?|\d{1,2}[:.]\d{2}(?:[ap]m)?|\d{1,2}[ap]m|\d{4}(?:hrs?|h)?)$/i;
const MONTH_ABBREVIATIONS = new Set(["Jan", "Mar", "Jun", "Jul", "Oct", "Dec"]);

/** One-word names with a capital inside that are brands, not surnames ("WeatherWatch", not "McAllister" or "DeSouza"). */
const CAMEL_CASE_BRAND = /^(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*$/u;

/** Honours and seats written after a person's name: no part of the name, and no body ("Ada Obi SAN", "Ciarán Moylan TD"). */
// "Rick Halloran OAM", "Dame Ruth Kerr ONZM": Australian and New Zealand honours after a name, as the British ones.
const POST_NOMINALS = new Set("SAN SC BL KC QC TD MP MPs MLA MLC MSP MS MHA MNA MPP MEP OBE CBE MBE KBE DBE CMG KCMG GCMG AO AM OAM PSM APM ONZM MNZM CNZM KNZM QSO".split(" "));

/** Prepositions after which a capitalised name with no given name is a place ("in Lenasia", "near Cedar Key"). */
/** "Korean-owned", "Chinese-funded": a nationality compound that names an owner or backer, not a seat. */
const OWNERSHIP_COMPOUND = /-(?:owned|backed|funded|financed|controlled)$/i;

/** The most tokens an appositive that holds a role word may span after the name's comma. */
const APPOSITIVE_REACH = 18;

/** How many tokens a portfolio's list of fields may run before its employer ("…, rural development and trade at"). */
const FIELD_LIST_REACH = 16;

const LOCATIVES = new Set(["in", "near", "outside", "across", "around", "inside", "towards", "toward"]);

/**
 * "Tan Sri Ahmad Fauzi", "Datuk Seri Hamzah", "Dato' Sri Lee": the two-word Malaysian honorifics, whose words
 * ("Tan", "Sri") are names or places anywhere else, so only this pairing makes them a title.
 */
function malayHonorific(tokens: Token[], p: number): boolean {
  const word = tokens[p].text.toLowerCase();
  if (word === "tan" || word === "puan") return /^(?:sri|seri)$/i.test(tokens[p + 1]?.text ?? "") && tokens[p + 2]?.cap === true;
  // "Datuk Patinggi Abang Johari", "Datuk Amar Douglas Uggah": the grades of Sarawak and Sabah titles after Datuk.
  // "Amar" is also a given name: a grade only before a name of two words or more ("Datuk Amar Singh" is a name).
  const grade = /^(?:patinggi|paduka|wira|indera)$/.test(word) || (word === "amar" && tokens[p + 1]?.cap === true && tokens[p + 2]?.cap === true);
  if (word !== "sri" && word !== "seri" && !grade) return false;
  let q = p - 1;
  if (tokens[q]?.text === "'" || tokens[q]?.text === "’") q--;
  return /^(?:tan|puan|datuk|dato|datin|toh)$/i.test(tokens[q]?.text ?? "");
}

/** "People's", "Fishermen's", "Ombudsman's": a possessive that opens a body's name ("Fishermen's Association"). */
function isCollectiveOwner(base: string): boolean {
  return IRREGULAR_PLURALS.has(base) || /^\p{Lu}\p{Ll}{2,}men$/u.test(base) || base === "Ombudsman";
}

/** A given name or surname ("Wang Lei, a Chinese contractor," is a person). */
/** A lower-case noun that may stand between "a" and a role word ("a bank relationship officer"), not a verb or a particle. */
function isFieldNoun(t: Token): boolean {
  if (t.kind !== "word" || t.cap || !/^[a-z][a-z-]{2,}$/.test(t.text)) return false;
  if (APPOSITIVE_STOP.has(t.text) || CONNECTORS.has(t.text) || SPEECH_VERBS.has(t.text) || DETERMINERS.has(t.text)) return false;
  return !/Verb|Tense|Infinitive|Gerund|Participle|Adverb|Preposition|Conjunction|Determiner|Pronoun|Copula|Modal/.test(COMMON_WORDS_TAGS.get(t.text) ?? "");
}

function isNameWord(t: Token): boolean {
  const folded = foldText(t.base);
  return FIRST_NAMES.has(folded) || LAST_NAMES.has(folded);
}

/**
 * A name before a trade's appositive that reads as a person's: its first word a lexicon's name, or, for a trade that
 * names people nearly as often as firms (`prone`, "a Pune-based exporter"), any word a name registry knows.
 */
function namedLikePerson(nameTokens: Token[], prone: boolean): boolean {
  if (isNameWord(nameTokens[0])) return true;
  return prone && nameTokens.some((t) => isGivenName(foldText(t.base)) || LAST_NAMES.has(foldText(t.base)));
}

/** Nouns by which a text refers back to a country it named ("the kingdom's", "the emirate's"). */
const COUNTRY_ROLE_NOUNS = new Set(["kingdom", "emirate", "sultanate", "republic", "nation", "country", "archipelago"]);
/** How many tokens back a role noun's country may be named. */
const ROLE_NOUN_LOOKBACK = 40;
/** At most this many lower-case words in a portfolio between a nationality and its role ("trade and industry"). */
const PORTFOLIO_FIELD_REACH = 3;

/** Nouns of works that, after a nationality, describe a business in apposition ("a Chinese steel mill, …"). */
/** What a business manages when the text calls it a manager ("fund manager", "asset manager"). */
const MONEY_MANAGED = new Set(["fund", "funds", "asset", "assets", "investment", "wealth", "portfolio", "money", "pension"]);
/** Legal forms that end only a company's name, never a person's ("S.A.", "Ltd", "GmbH", "Inc."). */
const LEGAL_FORM_END = /\s(?:S\.A\.?|S\.p\.A\.?|S\.A\.C\.?|Ltd\.?|Inc\.?|GmbH|LLC|PLC|plc|Bhd\.?|Tbk\.?|Pty|N\.V\.|B\.V\.|A\/S|K\.K\.|sp\. z o\.o\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|Kft\.|Zrt\.|Nyrt\.)$/;
/** Company forms written with a slash or stops, which the tokens split (Danish "A/S", Japanese "K.K.", Polish "sp. z o.o."). */
const PUNCTUATED_COMPANY_FORM = /^(?:A\/S|K\.K\.|sp\. z o\.o\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|Kft\.|Zrt\.|Nyrt\.)(?![\p{L}\d])/u;
const DESCRIBED_BUSINESS_NOUNS = new Set(["mill", "smelter", "refinery", "steelmaker", "line", "conglomerate", "cooperative"]);
/** Two-word trades of businesses by their last word: "trading house", "pension fund". */
const COMPOUND_TRADES = new Map<string, Set<string>>([
  ["house", new Set(["trading", "fashion", "auction", "publishing", "brokerage", "investment", "software", "design"])],
  ["fund", new Set(["pension", "wealth", "hedge", "investment", "sovereign", "infrastructure", "retirement", "endowment", "equity", "private-equity", "venture", "buyout", "superannuation"])],
]);

/**
 * Listed acronyms ("AFP", "PTI") that the text itself brackets after the full name of another body whose words
 * spell it ("the Australian Federal Police (AFP)", "Pakistan Tehreek-e-Insaf (PTI)"): there the acronym is that
 * body's, not the news agency's the lists name. A bracket after the listed body's own name or after a dateline's
 * place ("NEW DELHI (PTI)") redefines nothing. One pass over the brackets; a bounded look back before each.
 */
function acronymsRedefined(body: string): Set<string> {
  const found = new Set<string>();
  for (const m of body.matchAll(/\((\p{Lu}[\p{Lu}&]{1,7})\)/gu)) {
    const acronym = m[1];
    const listed = KNOWN_ORGANISATIONS.get(acronym);
    if (!listed || found.has(acronym)) continue;
    const before = body.slice(Math.max(0, m.index! - 120), m.index!).trimEnd();
    if ([listed.name, ...listed.aliases].some((surface) => surface.length > acronym.length && before.endsWith(surface))) continue;
    // The capitalised words (and the particles between them) right before the bracket, at most eight.
    const words = before.split(/\s+/).slice(-8);
    let first = words.length;
    while (first > 0 && /^(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the|e|de|du|des|la|le|y|di|del|al|el)$/u.test(words[first - 1])) first--;
    for (let k = first; k < words.length - 1; k++) {
      if (/^\p{Lu}/u.test(words[k]) && spellsFromWords(acronym, words.slice(k).join(" "))) {
        found.add(acronym);
        break;
      }
    }
  }
  return found;
}

/** Lower-case nouns of built works an appositive may describe a name as ("a 56-km line", "a toll road project"). */
const WORK_APPOSITIVE_NOUNS = new Set(["line", "railway", "railroad", "highway", "expressway", "motorway", "freeway", "road", "pipeline", "bridge", "dam", "tunnel", "corridor", "canal", "reservoir", "project", "scheme", "mine", "oilfield", "gasfield"]);

/**
 * "the Laguna Lakeshore Railway, a 56-kilometer line that …", "the Ruvu Link, a toll road project": names of two to
 * six capitalised words followed by a comma, an article and at most four lower-case words or numbers ending in a
 * work's noun. One pass over the tokens, a few tokens looked at around each comma.
 */
function namesDescribedAsWorks(tokens: Token[], body: string): Set<string> {
  const found = new Set<string>();
  for (let c = 1; c < tokens.length - 2; c++) {
    if (tokens[c].text !== "," || !/^(?:a|an)$/.test(tokens[c + 1].text)) continue;
    let k = c + 2;
    while (k < tokens.length && k < c + 6 && !WORK_APPOSITIVE_NOUNS.has(tokens[k].text) && ((tokens[k].kind === "word" && !tokens[k].cap) || tokens[k].kind === "number" || tokens[k].text === "-")) k++;
    if (!tokens[k] || !WORK_APPOSITIVE_NOUNS.has(tokens[k].text) || tokens[k + 1]?.text === "'s" || tokens[k + 1]?.possessive) continue;
    let a = c;
    while (a > 0 && c - a < 6 && isCapWord(tokens[a - 1]) && !tokens[a - 1].possessive && (a === c || adjacent(body, tokens[a - 1], tokens[a]))) a--;
    if (c - a >= 2) found.add(body.slice(tokens[a].start, tokens[c - 1].end));
  }
  return found;
}

/** A body's units a post is in, before the post's place ("the agency's field office in Hyderabad"). */
const POSTED_UNITS = new Set(["office", "bureau", "mission", "branch", "unit", "operations", "desk", "delegation"]);

/** Legal forms ending a company's name, after which "of" and a town name the seat ("Halvorsen Digital Inc of Ashburn"). */
const LEGAL_FORMS = new Set(["Inc", "Inc.", "Ltd", "Ltd.", "Limited", "LLC", "PLC", "Plc", "plc", "Corp", "Corp.", "Corporation", "AG", "GmbH", "SA", "NV", "BV", "Pty", "Bhd", "Berhad"]);

/** First words of a unit head's post after a nationality ("Irish country manager", "Kenyan managing director"). */
const UNIT_HEAD_WORDS = new Set(["country", "managing", "general", "regional", "operations", "head", "chief", "boss", "director", "manager", "president", "chairman", "chairwoman", "unit"]);
