/**
 * Word lists and small helpers shared by the entities and coreference stages: what opens, joins and ends a
 * name, which titles are honorifics, and an actor's identity key.
 */
import nlp from "compromise";
import { COUNTRY_SURFACES, demonymOf } from "../lexicons/countries";
import {
  GOVERNMENT_BODY_HEADS,
  GOVERNMENT_BODY_MODIFIERS,
  KNOWN_ORGANISATIONS,
  KNOWN_ORGANISATION_MAX_WORDS,
  KnownOrganisation,
  EVENT_FIRST_WORDS,
  FOREIGN_COMPANY_HEADS,
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
import type { Candidate } from "../document";

// Name particles that may stand inside a capitalised run ("Bank of Japan", "Ursula von der Leyen", "Randy delos Reyes").
export const CONNECTORS = new Set(["of", "for", "and", "the", "de", "da", "del", "della", "van", "von", "der", "den", "al", "bin", "ibn", "el", "la", "le", "du", "di", "dos", "das", "y", "&", "do", "los", "las", "delos", "dela", "cha", "na", "ng", "mga", "sa"]);
export const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]);
// Nouns that, right after a name and a comma, say the name is an organisation ("Alberta Wildfire, the provincial agency").
export const ORGANISATION_APPOSITIVES = new Set(["agency", "company", "firm", "group", "body", "authority", "regulator", "watchdog", "charity", "organisation", "organization", "party", "coalition", "ministry", "department", "association", "union", "broadcaster", "newspaper", "lender", "insurer", "carrier", "airline", "manufacturer", "maker", "developer", "operator", "utility", "club", "team", "institute", "foundation", "network", "alliance", "outlet", "startup", "consultancy", "court", "council", "commission"]);
export const HONORIFICS = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "sister", "brother", "father", "rev.", "reverend", "colonel", "col.", "general", "gen.", "lord", "lady", "hon.", "hon", "alhaji", "alhaja", "hajia", "datuk", "dato", "datin", "tan", "seri", "sri",
  // Honorifics and ranks written short before a name ("Eng. Amina Juma", "Engr. Okafor", "Md. Karim", "Supt Aziz Rahman").
  "eng.", "engr.", "engr", "md.", "supt", "supt.", "insp", "insp.", "coun", "coun.",
  // Police and army ranks written short ("Const. Raj Bhullar", "Det. Sgt. Ward", "Cpl. Diaz"), "Ald." and "Fr.".
  "const.", "cst.", "det.", "sgt.", "cpl.", "pte.", "ald.", "fr."]);

/** Plurals that take "'s" and open names of bodies ("People's Party", "Women's Institute", "Children's Fund"). */
export const IRREGULAR_PLURALS = new Set(["People", "Women", "Children", "Men"]);

/** Titles held over a territory: whoever owns them by a possessive is a state, province or city. */
export const JURISDICTION_ROLES = new Set(["premier", "governor", "mayor", "premier-elect", "governor-elect", "mayor-elect"]);

/** People a speaker talks to, not works for ("told reporters at Heathrow"). */
export const AUDIENCE_WORDS = new Set(["reporter", "journalist", "correspondent", "student", "resident", "witness", "survivor", "victim", "volunteer", "activist", "campaigner"]);

/** Military and police ranks: they stand before a name as titles, never as given names. */
export const RANKS = new Set(["general", "colonel", "major", "captain", "lieutenant", "sergeant", "admiral", "commander", "marshal", "corporal", "private", "brigadier", "commodore", "superintendent", "inspector", "constable"]);

export function isHonorific(title: string): boolean {
  return title.split(/\s+/).every((w) => HONORIFICS.has(w.toLowerCase()));
}

export const APPOSITIVE_STOP = new Set(["who", "which", "that", "whose", "where", "when", "said", "says", "told", "and", "but"]);

export const COUNTRY_CODES = new Set([...COUNTRY_SURFACES.values()].map((c) => c.code).filter((c): c is string => !!c));

// compromise's lexicon doubles as a list of ordinary English words ("Police", "Officials").
export const LEXICON = (nlp as unknown as { model: () => { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
export const COMMON_WORDS = new Set(Object.keys(LEXICON));
export const COMMON_WORDS_TAGS = new Map(Object.entries(LEXICON).map(([w, t]) => [w, Array.isArray(t) ? t.join(",") : String(t)]));

/** "Europeans", "Africans": a people (folded, lower case), which speaks like a body but is none. */
export function isDemonymWord(folded: string): boolean {
  return /\bDemonym\b/.test(COMMON_WORDS_TAGS.get(folded) ?? "");
}

/**
 * Token `a` opens the paragraph's first sentence after its dateline ("KARACHI: Officials said", "SUVA, Fiji —
 * Villagers …", "JAKARTA, Dec 2 (Reuters) - Officials …"): it starts a sentence as much as a paragraph's first word.
 */
export function opensAfterDateline(tokens: Token[], a: number): boolean {
  const mark = tokens[a - 1];
  if (!mark || !/^(?::|—|–|-|--)$/.test(mark.text)) return false;
  let p = a - 1;
  while (p > 0 && a - p < 14 && tokens[p - 1].paragraph === tokens[a].paragraph) p--;
  return (p === 0 || tokens[p - 1].paragraph !== tokens[a].paragraph) && isDateline(tokens, p);
}

export function isDateline(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || (i > 0 && tokens[i - 1].paragraph === tokens[i].paragraph)) return false;
  if (next.text === "—" || next.text === "–") return true;
  // "KUANTAN: The state government …": a place of five capitals or more, then a colon, opening the paragraph
  // (shorter ones may be a body's initials).
  if (next.text === ":" && /^\p{Lu}{5,}$/u.test(tokens[i].text) && tokens[i + 2]?.cap) return true;
  // "TOLEDO, Ohio —", "LODWAR, Kenya (Reuters) —": a place in capitals, then its state or country, then a dash.
  if (next.text !== "," || tokens[i].text !== tokens[i].text.toUpperCase()) return false;
  // "MYAGDI, Aug 14 - At least …": a hyphen set off by spaces stands for the dash.
  for (let k = i + 2; k < tokens.length && k <= i + 12 && tokens[k].paragraph === tokens[i].paragraph; k++) if (tokens[k].text === "—" || tokens[k].text === "–" || (tokens[k].text === "-" && tokens[k].start > tokens[k - 1].end)) return true;
  return false;
}

/** Plural nouns of member bodies ("Associated General Contractors of America", "National Union of … Workers"). */
export const MEMBER_PLURALS = new Set(
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
export function isOrganisationOfWord(tokens: Token[], k: number, runStart: number): boolean {
  const t = tokens[k];
  if (t.base === "House" && /^(?:Representatives|Commons|Lords|Delegates|Councillors|Deputies|Peers|Assembly|Keys)$/.test(tokens[k + 2]?.base ?? "")) return true;
  return k > runStart && MEMBER_PLURALS.has(t.base);
}

export function isOrganisationHead(t: Token): boolean {
  if (ORGANISATION_HEADS.has(t.base) || FOREIGN_ORGANISATION_HEADS.has(t.base)) return true;
  // "Centres for Disease Control", "Services": the plural of a head.
  return t.base.length > 4 && t.base.endsWith("s") && ORGANISATION_HEADS.has(t.base.slice(0, -1));
}

/** "planemaker", "state-owned", "lobby": a word that, right before a name, makes it a body. */
export function isOrganisationPrecedingNoun(word: string): boolean {
  return ORGANISATION_PRECEDING_NOUNS.has(word) || /^(?:plane|auto|car|chip|drug|steel|truck|phone|smartphone|tyre|tire|toy|jet|ship|aircraft|vaccine|battery|ev|appliance|handset|device|motorcycle|bus|train|robot|software|game|beer|wine|spirits|engine)-?(?:maker|builder)s?$/.test(word) || /^(?:state|government|family|privately|publicly|foreign|employee|locally)-(?:owned|run|held|listed|controlled)$/.test(word);
}

export const KNOWN_AS_RE = /\bknown (?:as|by (?:its|the|their) (?:\p{Lu}\p{Ll}+ )?(?:acronym|initials|abbreviation|short name))\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s\p{Lu}[\p{L}\p{N}&.-]*){0,3})/gu;

/** Portfolio words of a title ("Minister of Water and Energy", "Secretary of State for Foreign Affairs"). */
export const FIELD_WORDS = new Set([
  ...GOVERNMENT_BODY_MODIFIERS,
  // "Minister for Law and Home Affairs", "Manpower Minister", "Minister for Sustainability and the Environment".
  ..."law manpower sustainability prosecutions affairs state resources works relations cooperation co-operation irrigation employment arts children electricity power natural public human rural urban local regional government climate change investment enterprise enterprises wildlife equality solidarity sanitation roads highways aviation maritime ports shipping railways mineral minerals gas lands cabinet legal constitutional internal external overseas religious communication posts innovation research higher primary secondary vocational training skills small medium disaster management relief refugees reconstruction peace reconciliation gender affairs commonwealth parliament defence".split(" "),
]);

/** Titles of state office-holders. */
export const GOVERNMENT_ROLE = /\b(?:minister|president|premier|chancellor|ambassador|envoy|secretary|delegate)\b/i;
/** Titles of a company's officers, read without the company's name ("chief executive Jane Doe"). */
export const CORPORATE_ROLE = /^(?:(?:the|its|company|group) )?(?:chief executive(?: officer)?|ceo|chief (?:financial|operating|technology|commercial) officer|cfo|coo|cto|finance chief|finance director|financial director|chief financial|managing director|chairman|chairwoman|executive chairman|co-founder|founder)$/i;
/** Nouns that introduce a business ("carmaker Velmar", "Alpenbank, the private bank"). */
export const COMPANY_NOUNS = new Set(
  "company firm group bank lender insurer carrier airline operator developer maker manufacturer startup start-up broker brokerage retailer supermarket chain conglomerate giant producer exporter importer shipper automaker carmaker chipmaker drugmaker planemaker shipbuilder refiner supplier contractor miner telco utility publisher subsidiary".split(" "),
);
/** A sentence's capitalised first word that introduces a business ("Chipmaker Kitaboshi said", "Rival Daehan …"). */
export function isBusinessIntroducer(lower: string): boolean {
  return COMPANY_NOUNS.has(lower) || /(?:maker|builder)$/.test(lower) || lower === "rival" || lower === "fellow";
}
/** Trade nouns that make an appositive with a base or a nationality a business ("a Tashkent-based trading house"). */
/** Trade nouns as often said of a person ("a Ghanaian grower", "a Lagos-based trader"). */
export const PERSON_PRONE_TRADES = new Set(["broker", "producer", "exporter", "importer", "supplier", "contractor", "developer", "publisher", "trader", "grower", "distributor", "shipowner", "hauler", "haulier", "buyer"]);
export const BUSINESS_APPOSITIVES = new Set([...COMPANY_NOUNS, "house", "processor", "packer"].filter((w) => !PERSON_PRONE_TRADES.has(w)));
/** Last words of business names. */
export const COMPANY_HEADS = new Set(
  "Corp Corp. Corporation Inc Inc. Ltd Ltd. Limited LLC PLC Plc AG SA GmbH NV BV Group Holdings Motors Bank Airlines Airways Industries Mining Minerals Metals Energy Petroleum Pharmaceuticals Technologies Electronics Steel Chemicals Foods Insurance Securities Capital Partners Berhad Bhd Bhd. Tbk SpA S.p.A. ASA Oyj Abp S.A. S.A.C. S.A.A. S.A.B. S.L. Ltda Ltda. S.R.L. SRL S.A.S.".split(" ").concat(FOREIGN_COMPANY_HEADS),
);

/** Last words of state bodies whose name takes the country's adjective ("China's Foreign Ministry"). */
export const STATE_BODY_HEADS = new Set(
  "Ministry Embassy Consulate Navy Army Force Forces Guard Government Cabinet Parliament Police Office Department Agency Commission Council Court Administration Bureau Service Mission Authority Command Corps Assembly Senate Congress Presidency".split(" "),
);

/** Last words of bodies that are no business: a definite description of a business passes over them. */
const NON_BUSINESS_HEADS = new Set("Front Movement Rally Alliance Coalition Federation League Union Association Institute Foundation University College Court Party Church Society Hospital Museum School Academy Club Caucus Chamber Campaign Forum Council Committee Board Unit Tribunal Directorate Inspectorate Secretariat".split(" "));

/** A body's name that says it is no business: a club's, a party's or a union's last word, or a state body's word anywhere. */
export function isNoBusinessName(name: string): boolean {
  return NON_BUSINESS_HEADS.has(name.slice(name.lastIndexOf(" ") + 1)) || name.split(" ").some((w) => STATE_BODY_HEADS.has(w));
}

export function last(tokens: Token[], b: number): Token {
  return tokens[b - 1];
}

/** Nationality words kept out of the country lexicon (they also name languages), read only inside a title. */
export const TITLE_DEMONYMS = new Map([["English", "GB"], ["Taoiseach", "IE"], ["Tánaiste", "IE"]]);

/** Sports competitions named like bodies ("Champions League"): the last word after one of these first words. */
export const COMPETITION_FIRST_WORDS = new Set(["Champions", "Premier", "Europa", "Nations", "Super", "Conference", "Diamond"]);
export const COMPETITION_HEADS = new Set(["League", "Cup", "Trophy", "Series", "Championship"]);

/** Stock-market indices, often written like bodies ("the DAX", "FTSE 100"). */
export const STOCK_INDICES = new Set(
  "DAX|FTSE|FTSE 100|FTSE 250|S&P|S&P 500|Nikkei|Nikkei 225|CAC|CAC 40|Dow|Dow Jones|Dow Jones Industrial Average|Nasdaq Composite|Nasdaq 100|Hang Seng|Sensex|Nifty|Nifty 50|Stoxx|Stoxx 600|Euro Stoxx|Euro Stoxx 50|STOXX|KOSPI|Kospi|Topix|TOPIX|ASX 200|TSX|IBEX|IBEX 35|Ibex 35|MSCI World|Bovespa|Ibovespa|Merval|Shanghai Composite|SMI|AEX|OMX|MOEX|RTS|Jakarta Composite|Straits Times Index".split("|"),
);

/** Names of bodies that belong to no one country. */
// "UNICEF", "UNIFIL", "UNHCR": the United Nations' agencies and missions go by acronyms opening with "UN".
// "African National Congress", "Arab National Bank": a region's word before "National" names one country's body.
export const INTERNATIONAL_NAME = /\b(?:UN[A-Z]{2,}|International|Global|World|United Nations|UN|European|African|(?<!South )Africa|Asian|Arab|Pacific|Atlantic|Regional|Inter-American|Commonwealth|Caribbean|Latin American|Nordic|Baltic States|Gulf|Islamic|Trans-Atlantic|Transatlantic)\b(?! National\b)/;

/** An all-capitals abbreviation that may name a body ("FINMA", "THW"), not "CEO" or "GDP". */
export function isAcronym(t: Token): boolean {
  if (t.kind !== "word") return false;
  const text = t.base.replace(/\./g, "");
  // Currency codes ("MXN 12.7 billion"), country codes ("NZ"), model numbers ("E195-E2").
  if (ISO_CURRENCY_CODES.has(text) || COUNTRY_CODES.has(text) || /\d/.test(text)) return false;
  // "52-YEAR-OLD", "BREAKING": words in capitals, not abbreviations.
  if (/-\p{Lu}{2,}/u.test(text) || isCapitalisedCommonWord(text) || CAPITALISED_FUNCTION_WORDS.has(text)) return false;
  return /^[\p{Lu}][\p{Lu}\d&-]{1,7}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) && !NON_ORGANISATION_ACRONYMS.has(text);
}

/**
 * "KUALA LUMPUR: THE ringgit rose": short function words some desks set in capitals to open a story; no body's
 * abbreviation is spelt like them.
 */
const CAPITALISED_FUNCTION_WORDS = new Set(["THE", "AN", "ITS", "HIS", "HER", "OUR", "WAS", "WERE", "ARE", "HAS", "HAD", "BUT", "YET"]);

/** An ordinary English word of four letters or more written in capitals ("YEAR", "BREAKING"). */
function isCapitalisedCommonWord(text: string): boolean {
  if (text.length < 4) return false;
  const tags = COMMON_WORDS_TAGS.get(text.toLowerCase());
  return tags !== undefined && !/\b(?:Organization|ProperNoun|Place|Country|City|Region|Acronym|Person)\b/.test(tags);
}

/** Identity of an actor within an article: folded name plus kind. */
export function actorKey(name: string, kind: ActorKind): string {
  return `${foldText(name).replace(/['’]/g, "").replace(/\s+/g, " ").trim()}|${kind}`;
}



/** A capitalised word, or a name particle glued to one ("al-Sisi", "d'Estaing"). */
export function isCapWord(t: Token): boolean {
  if (t.kind !== "word") return false;
  // "groundWork", "easyJet": a brand written lower-case with a capital inside (three lower-case letters first, so
  // "iPhone" and "eBay", products more than bodies, stay words).
  return t.cap || /^(?:al|el|bin|ibn|de|da|van|von|d)[-'’]\p{Lu}/u.test(t.text) || /^\p{Ll}{3,}\p{Lu}\p{Ll}{2,}$/u.test(t.base);
}

/** Add a candidate, or strengthen the one already known by that key; returns it. */
export function addCandidate(
  candidates: Map<string, Candidate>,
  kind: ActorKind,
  name: string,
  title: string | null,
  country: string | null | undefined,
  evidence: number,
  at: number,
): Candidate {
  const key = actorKey(name, kind);
  const existing = candidates.get(key);
  if (existing) {
    existing.evidence += evidence;
    existing.title = existing.title ?? title;
    if (existing.country === undefined) existing.country = country;
    return existing;
  }
  const created: Candidate = { kind, name, title, country, evidence, firstSeen: at, surfaces: new Set([name]) };
  candidates.set(key, created);
  return created;
}

/**
 * The abbreviation is made of leading letters of the name's words in order, each capitalised word giving one
 * or more and connectors ("of", "and") giving one or none ("DOTr": Department of Transportation).
 */
export function spellsFromWords(abbreviation: string, name: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  const target = abbreviation.toLowerCase();
  // reachable[w][k]: the first k letters are spelt by the first w words; words x letters, at most 12 x 8.
  let reachable = new Set<number>([0]);
  for (const word of words) {
    const lower = word.toLowerCase();
    const optional = CONNECTORS.has(lower) || !/^\p{Lu}/u.test(word);
    const next = new Set<number>();
    for (const k of reachable) {
      if (optional) next.add(k);
      for (let n = 1; n <= lower.length && k + n <= target.length && target[k + n - 1] === lower[n - 1]; n++) next.add(k + n);
    }
    reachable = next;
    if (reachable.size === 0) return false;
  }
  return reachable.has(target.length);
}

/** "application 24/00709/FUL": the word at `k` closes a reference number (a number and a slash right before it). */
export function closesReferenceNumber(tokens: readonly Token[], k: number): boolean {
  return k > 1 && tokens[k - 1].text === "/" && tokens[k - 2].kind === "number" && tokens[k - 1].start === tokens[k - 2].end && tokens[k].start === tokens[k - 1].end;
}

/** Codes of a wire desk's notes to editors, in capitals: "(ATTN: ADDS comments …)", "(END)", "REFILE-". */
export const WIRE_DESK_CODES = new Set(["ATTN", "END", "REFILE", "RPT", "ADDS", "UPDATE", "UPDATES", "CORRECTED", "URGENT", "FLASH", "BULLETIN", "EDITORS", "ADVISORY"]);

/** Head words of a work's, a law's or a programme's name, whose bracketed acronym names no body. */
const WORK_NAME_HEADS = new Set(["Line", "Railway", "Highway", "Expressway", "Motorway", "Corridor", "Tunnel", "Bridge", "Project", "Programme", "Program", "Scheme", "Initiative", "Act", "Bill", "Treaty", "Agreement", "Accord", "Index", "Zone", "Pipeline", "Plan", "Strategy", "Policy", "Survey", "Report"]);

/**
 * Acronyms the text brackets right after the capitalised name of a work, a law or a programme that opens with the
 * acronym's letter ("the Cross Island Line (CRL)", "the Public Health Emergency Act (PHEA)"). One pass over the brackets, a bounded
 * look back before each.
 */
export function acronymsOfWorks(body: string): Set<string> {
  const found = new Set<string>();
  for (const m of body.matchAll(/\((\p{Lu}[\p{Lu}&]{1,7})\)/gu)) {
    const words = body.slice(Math.max(0, m.index! - 120), m.index!).trimEnd().split(/\s+/).slice(-8);
    if (!WORK_NAME_HEADS.has(words[words.length - 1] ?? "")) continue;
    // "the Cross Island Line (CRL)": a work's acronym need not spell every word; its capitalised name opens with the
    // acronym's letter.
    let first = words.length - 1;
    while (first > 0 && /^\p{Lu}/u.test(words[first - 1])) first--;
    if (words.length - first >= 2 && words[first][0] === m[1][0]) found.add(m[1]);
  }
  return found;
}

/** Words of companies' names beyond the legal and sector heads ("Hanseong Energy Solution", "Hanbit Ocean"). */
export const BUSINESS_NAME_WORDS = new Set(
  ("Solution Solutions Motor Power Electric Semiconductor Semiconductors Systems Labs Pictures Logistics Shipping Resources Materials Networks Telecom Battery Batteries Shipbuilding Heavy Chemical Software Robotics Auto Automotive Construction Engineering Media Entertainment Ocean Marine Tech Digital Brands Retail Foods Textiles Cement Oil Gas Power Renewables Solar Wind Motors Aerospace Biotech Biologics Pharma Health Healthcare Energies " +
    // Shortened and further sector words of companies' names ("Hanbit Semicon", "Lotte Chem", "Kenya Airways").
    "Semicon Chem Chemicals Steel Metals Minerals Petroleum Petrochemical Petrochemicals Pharmaceutical Pharmaceuticals " +
    "Electronics Airways Airlines Cement Insurance Capital Ventures Telecoms Mobile Wireless Beverages Breweries Brewery " +
    "Mills Display Devices Instruments Logistic Shipyard Refining Fertilizer Fertilisers Agro Textile Paper Plastics " +
    // Sector words in other languages and of battery makers ("Aurlandsfjord Energi", "Hanseong Cell").
    "Energi Energia Energie Kraft Industri Teknik Teknologi Elektro Cell Cells Agri " +
    // Operators of transport works ("Associated British Ports", "Hellenic Railways").
    "Ports Airports Railways Waterways " +
    // Metals and crops a producer is named for ("Hanil Nickel", "Kilombero Sugar", "Mumias Sugar").
    "Nickel Copper Zinc Lithium Cobalt Aluminium Aluminum Bauxite Sugar Coffee Cocoa Dairy Seafood Fisheries Timber").split(" "),
);
