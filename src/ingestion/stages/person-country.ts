/**
 * A learned ranker for each person's country. After coreference has given every person the rules' answer, this
 * stage builds a small set of candidate countries per person (the rules' answer, none, the outlet's, the
 * dateline's, the setting's, the most-named countries, the countries named near the person's mentions, the
 * employer's) and scores each with a linear model over generic features: a softmax over the candidates, trained
 * by `npm run train:person-country` (src/cli/train-person-country.ts) on the development sets. Candidates are
 * collected in one pass over the people's mentions with a pointer into the sorted country mentions, so the stage
 * is linear in the mentions; each candidate costs one dot product.
 *
 * The committed weights carry an `enabled` flag: with it false the stage leaves every country as the rules set it.
 */
import type { CountryMention, Doc, Stage } from "../document";
import { KNOWN_ORGANISATIONS } from "../lexicons/organisations";
import type { ExtractedActor } from "../types";
import WEIGHTS from "../lexicons/data/person-country-weights.json";

/** How many tokens before or after a person's mention a country's word may stand to count as near it. */
const NEAR_REACH = 10;
/** Words before a country after a person's name that say where a post is, not whose it is ("envoy to", "head in"). */
const POSTING_WORDS = new Set(["to", "in", "for", "at", "across"]);
/** Longest run of a title's words looked up as an organisation's name. */
const TITLE_ORG_WORDS = 6;
/** At most this many countries named near a person join their candidates. */
const MAX_NEAR_CANDIDATES = 6;

/**
 * The features, in the order of the weight vector. Names starting "rules" read the rules' answer and are left out
 * of the generic model (the rules were tuned on the development sets).
 */
export const FEATURES = [
  "null",
  "null.employerInternational",
  "null.nothingNear",
  "null.employerKnown",
  "demonym.adjacentBefore",
  "demonym.nearBefore",
  "demonym.after",
  "demonym.stated",
  "name.adjacentBefore",
  "possessive.before",
  "possessive.after",
  "of.after",
  "name.after",
  "place.near",
  "sameSentence",
  "nearQuotedOnly",
  "origin.near",
  "employer",
  "outlet",
  "dateline",
  "setting",
  "home",
  "rank1",
  "rank2",
  "rank3plus",
  "share",
  "notNamed",
  "title.demonym",
  "title.org",
  "null.titleInternational",
  "employer.other",
  "posting",
  "rules",
  "rules.fromSetting",
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** The features that read the rules' answer. */
export const RULES_FEATURES: ReadonlySet<FeatureName> = new Set(FEATURES.filter((f) => f.startsWith("rules")));

/** One candidate country (null: none) of one person, with its feature vector. */
export interface CountryCandidate {
  code: string | null;
  features: Float64Array;
  /** Only the rules' answer put this country among the candidates. */
  rulesOnly: boolean;
}

/** A person's candidates and the rules' answer. */
export interface PersonCandidates {
  actor: ExtractedActor;
  rules: string | null;
  candidates: CountryCandidate[];
}

/** The weights file: the feature list it was trained with, the weights, and whether the stage applies them. */
export interface PersonCountryWeights {
  enabled: boolean;
  /** Keep the rules' answer unless another candidate scores higher by this much (log-odds). */
  margin: number;
  features: string[];
  weights: number[];
}

/** What the text says of one country near one person, gathered over the person's mentions. */
interface NearCountry {
  demonymAdjacentBefore: boolean;
  demonymNearBefore: boolean;
  demonymAfter: boolean;
  demonymStated: boolean;
  nameAdjacentBefore: boolean;
  possessiveBefore: boolean;
  possessiveAfter: boolean;
  ofAfter: boolean;
  posting: boolean;
  nameAfter: boolean;
  place: boolean;
  sameSentence: number;
  quoted: number;
  unquoted: number;
  origin: boolean;
}

/** A blank record of what is said of a country near a person. */
function emptyNear(): NearCountry {
  return {
    demonymAdjacentBefore: false,
    demonymNearBefore: false,
    demonymAfter: false,
    demonymStated: false,
    nameAdjacentBefore: false,
    possessiveBefore: false,
    possessiveAfter: false,
    ofAfter: false,
    posting: false,
    nameAfter: false,
    place: false,
    sameSentence: 0,
    quoted: 0,
    unquoted: 0,
    origin: false,
  };
}

/** Does a sentence stop ("." "!" "?" ";") or a paragraph break stand between tokens a and b (a < b)? */
function stopBetween(doc: Doc, a: number, b: number): boolean {
  return doc.sentenceStartToken(b) > a || doc.tokens[a]?.paragraph !== doc.tokens[b]?.paragraph;
}

/** Does a comma stand among tokens [a, b)? */
function commaBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.tokens[k].text === ",") return true;
  return false;
}

/** Words between a name and a nationality that state it of the person ("X, who is Spanish,", "X, a Kenyan"). */
const STATING_WORDS = new Set([",", "who", "is", "was", "a", "an", "the", "himself", "herself"]);

/** Do only stating words stand among tokens [from, to), at most four of them? */
function statedAfter(doc: Doc, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (!STATING_WORDS.has(doc.tokens[k].text.toLowerCase())) return false;
  return true;
}

/** Record one country mention seen near one person mention spanning tokens [first, end). */
function noteNear(doc: Doc, near: NearCountry, cm: CountryMention, first: number, end: number): void {
  const tokens = doc.tokens;
  const demonym = cm.kind === "demonym";
  const possessive = tokens[cm.endToken - 1]?.possessive || tokens[cm.endToken]?.text === "'s" || tokens[cm.endToken]?.text === "’s";
  if (cm.quoted) near.quoted++;
  else near.unquoted++;
  near.sameSentence++;
  if (cm.place || cm.kind === "city" || cm.kind === "capital" || cm.kind === "seat") near.place = true;
  if (cm.origin || cm.trait) near.origin = true;
  if (cm.endToken <= first) {
    const gap = first - cm.endToken;
    const comma = commaBetween(doc, cm.endToken, first);
    if (demonym && gap <= 3 && !comma) near.demonymAdjacentBefore = true;
    else if (demonym) near.demonymNearBefore = true;
    if (!demonym && gap <= 3 && !comma) near.nameAdjacentBefore = true;
    if (possessive && gap <= 6) near.possessiveBefore = true;
    // "Its representative in Nairobi, Dr. X": a post's place before the name says where the post is, as after it.
    const prev = tokens[cm.firstToken - 1]?.text.toLowerCase();
    if (prev !== undefined && POSTING_WORDS.has(prev)) near.posting = true;
  } else if (cm.firstToken >= end) {
    const prev = tokens[cm.firstToken - 1]?.text.toLowerCase();
    if (demonym) near.demonymAfter = true;
    if (demonym && statedAfter(doc, end, cm.firstToken)) near.demonymStated = true;
    else if (prev === "of" || prev === "from") near.ofAfter = true;
    else if (prev !== undefined && POSTING_WORDS.has(prev)) near.posting = true;
    else if (possessive) near.possessiveAfter = true;
    else near.nameAfter = true;
  }
}

/**
 * For each person (by key), the countries named within NEAR_REACH tokens of any of their mentions in the same
 * sentence. One pass over the mentions in text order; the pointer into the country mentions only moves forward.
 */
function nearCountries(doc: Doc, countries: CountryMention[]): Map<string, Map<string, NearCountry>> {
  const out = new Map<string, Map<string, NearCountry>>();
  let lo = 0;
  for (const m of doc.mentions) {
    if (m.kind !== "PERSON") continue;
    const first = doc.tokenIndexAt(m.start);
    const end = Math.max(first + 1, doc.tokenIndexAt(m.end));
    while (lo < countries.length && countries[lo].endToken < first - NEAR_REACH) lo++;
    for (let i = lo; i < countries.length && countries[i].firstToken <= end + NEAR_REACH; i++) {
      const cm = countries[i];
      if (!cm.code || cm.inName || cm.heading) continue;
      if (cm.endToken <= first ? stopBetween(doc, cm.endToken - 1, first) : cm.firstToken >= end ? stopBetween(doc, end - 1, cm.firstToken) : false) continue;
      let byCode = out.get(m.key);
      if (!byCode) out.set(m.key, (byCode = new Map()));
      let near = byCode.get(cm.code);
      if (!near) byCode.set(cm.code, (near = emptyNear()));
      noteNear(doc, near, cm, first, end);
    }
  }
  return out;
}

/** How often the body names each country (outside quotes, headings and names of bodies), most named first. */
function countryCounts(countries: CountryMention[]): { counts: Map<string, number>; ranked: string[]; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of countries) {
    if (!m.code || m.quoted || m.heading || m.nameOnly) continue;
    counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
    total++;
  }
  const ranked = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  return { counts, ranked, total };
}

/** The first dateline's country, if a paragraph opens with one. */
function datelineCountry(countries: CountryMention[]): string | null {
  for (const m of countries) if (m.dateline && m.code) return m.code;
  return null;
}

/** The employer's country of a person: undefined when no employer is known, null when it is an international body. */
function employerCountry(doc: Doc, actor: ExtractedActor, actorsByKey: Map<string, ExtractedActor>): string | null | undefined {
  const employerKey = doc.entities.candidates.get(actor.key)?.employer;
  if (!employerKey) return undefined;
  const employer = actorsByKey.get(employerKey);
  if (employer) return employer.country;
  const c = doc.entities.candidates.get(employerKey);
  return c ? c.country ?? undefined : undefined;
}

/** The country a demonym opening the person's title names ("Kenyan foreign minister"), if any. */
function titleDemonym(actor: ExtractedActor, byDemonym: Map<string, string>): string | null {
  const first = actor.title?.split(/\s+/)[0];
  return first ? byDemonym.get(first) ?? null : null;
}

/** Each organisation's names (folded) with its country: an actor's, else a listed body's. */
function organisationCountries(doc: Doc): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const a of doc.actors) {
    if (a.kind !== "ORGANIZATION") continue;
    for (const name of [a.name, ...a.aliases]) out.set(name.toLowerCase(), a.country);
  }
  return out;
}

/**
 * The countries of the organisations a person's title names ("Hengtai's Kenya country manager", "WFP country
 * director"), and whether one is an international body. Runs of up to TITLE_ORG_WORDS of the title's words are
 * looked up among the article's organisations, then among the listed ones.
 */
function titleOrganisations(title: string | null, orgs: Map<string, string | null>): { countries: Set<string>; international: boolean } {
  const countries = new Set<string>();
  let international = false;
  const words = (title ?? "").split(/\s+/).slice(0, 24).map((w) => w.replace(/(?:['’]s|['’])$/, "").replace(/^[(“"]+|[),.;:”"]+$/g, ""));
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= TITLE_ORG_WORDS && i + n <= words.length; n++) {
      const run = words.slice(i, i + n).join(" ");
      if (!/^\p{Lu}/u.test(run)) break;
      const country = orgs.has(run.toLowerCase()) ? orgs.get(run.toLowerCase()) : KNOWN_ORGANISATIONS.get(run)?.country;
      if (country === null) international = true;
      else if (country) countries.add(country);
    }
  }
  return { countries, international };
}

/** What the story says that every person's candidates are scored against. */
interface StoryContext {
  doc: Doc;
  counts: Map<string, number>;
  ranked: string[];
  total: number;
  dateline: string | null;
}

/** What the text says of one person: the countries near their mentions, their employer's and title's countries. */
interface PersonContext {
  actor: ExtractedActor;
  near: Map<string, NearCountry>;
  employer: string | null | undefined;
  fromTitle: string | null;
  titleOrgs: { countries: Set<string>; international: boolean };
  fromSetting: boolean;
}

/** Position of each feature in the weight vector. */
const FEATURE_INDEX = new Map<FeatureName, number>(FEATURES.map((f, i) => [f, i]));

/** The feature vector of one candidate country (null: none) of one person. */
function candidateFeatures(code: string | null, person: PersonContext, story: StoryContext): Float64Array {
  const f = new Float64Array(FEATURES.length);
  const set = (name: FeatureName, v: number | boolean) => (f[FEATURE_INDEX.get(name)!] = Number(v));
  const { employer, titleOrgs, doc } = { ...person, doc: story.doc };
  if (code === null) {
    set("null", 1);
    set("null.employerInternational", employer === null);
    set("null.nothingNear", person.near.size === 0);
    set("null.employerKnown", employer !== undefined);
    set("null.titleInternational", titleOrgs.international);
  } else {
    const n = person.near.get(code);
    if (n) {
      set("demonym.adjacentBefore", n.demonymAdjacentBefore);
      set("demonym.nearBefore", n.demonymNearBefore);
      set("demonym.after", n.demonymAfter);
      set("demonym.stated", n.demonymStated);
      set("name.adjacentBefore", n.nameAdjacentBefore);
      set("possessive.before", n.possessiveBefore);
      set("possessive.after", n.possessiveAfter);
      set("of.after", n.ofAfter);
      set("posting", n.posting);
      set("name.after", n.nameAfter);
      set("place.near", n.place);
      set("sameSentence", Math.log1p(n.sameSentence));
      set("nearQuotedOnly", n.unquoted === 0);
      set("origin.near", n.origin);
    }
    set("employer", employer === code);
    set("outlet", doc.sourceCountry === code);
    set("dateline", story.dateline === code);
    set("setting", doc.settingCountry === code);
    set("home", doc.homeCountry === code);
    const rank = story.ranked.indexOf(code);
    set("rank1", rank === 0);
    set("rank2", rank === 1);
    set("rank3plus", rank >= 2);
    set("share", story.total > 0 ? (story.counts.get(code) ?? 0) / story.total : 0);
    set("notNamed", rank === -1);
    set("title.demonym", person.fromTitle === code);
    set("title.org", titleOrgs.countries.has(code));
    set("employer.other", typeof employer === "string" && employer !== code);
  }
  set("rules", person.actor.country === code);
  set("rules.fromSetting", person.actor.country === code && person.fromSetting);
  return f;
}

/** The countries other than the rules' answer a person's candidates hold: none, the story's, the person's near and linked ones. */
function otherCandidates(person: PersonContext, story: StoryContext): Set<string | null> {
  const { doc, ranked, dateline } = story;
  const out = new Set<string | null>([null, doc.sourceCountry, dateline, doc.settingCountry, doc.homeCountry, ranked[0] ?? null, ranked[1] ?? null, person.employer ?? null, person.fromTitle, ...person.titleOrgs.countries]);
  const near = person.near;
  const nearCodes = [...near.keys()].sort((a, b) => near.get(b)!.sameSentence - near.get(a)!.sameSentence || (a < b ? -1 : 1));
  for (const code of nearCodes.slice(0, MAX_NEAR_CANDIDATES)) out.add(code);
  return out;
}

/** Every candidate set of every person in the document, read off the layers coreference left. */
export function personCandidates(doc: Doc): PersonCandidates[] {
  const countries = [...doc.countryMentions].sort((a, b) => a.firstToken - b.firstToken);
  const near = nearCountries(doc, countries);
  const story: StoryContext = { doc, ...countryCounts(countries), dateline: datelineCountry(countries) };
  const actorsByKey = new Map(doc.actors.map((a) => [a.key, a]));
  const byDemonym = new Map<string, string>();
  for (const m of countries) if (m.kind === "demonym" && m.code) byDemonym.set(m.surface, m.code);
  const orgs = organisationCountries(doc);
  const out: PersonCandidates[] = [];
  for (const actor of doc.actors) {
    if (actor.kind !== "PERSON") continue;
    const person: PersonContext = {
      actor,
      near: near.get(actor.key) ?? new Map<string, NearCountry>(),
      employer: employerCountry(doc, actor, actorsByKey),
      fromTitle: titleDemonym(actor, byDemonym),
      titleOrgs: titleOrganisations(actor.title, orgs),
      fromSetting: doc.entities.candidates.get(actor.key)?.countryFromSetting === true,
    };
    const others = otherCandidates(person, story);
    const candidates = [...new Set<string | null>([actor.country, ...others])].map((code) => ({ code, features: candidateFeatures(code, person, story), rulesOnly: !others.has(code) }));
    out.push({ actor, rules: actor.country, candidates });
  }
  return out;
}

/** The model's score of one candidate: the dot product of its features and the weights. */
export function score(features: Float64Array, weights: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < features.length; i++) s += features[i] * (weights[i] ?? 0);
  return s;
}

/**
 * The country the model picks for one person: the best-scoring candidate, or with a margin the rules' answer
 * unless another candidate beats it by more than the margin (margin < 0: the best candidate outright).
 */
export function decide(person: PersonCandidates, weights: ArrayLike<number>, margin = -1): string | null {
  let best = person.candidates[0];
  let bestScore = -Infinity;
  let rulesScore = -Infinity;
  for (const c of person.candidates) {
    const s = score(c.features, weights);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
    if (c.code === person.rules) rulesScore = s;
  }
  if (margin >= 0 && bestScore - rulesScore <= margin) return person.rules;
  return best.code;
}

/** The committed weights, when they were trained with this code's feature list. */
export function committedWeights(): PersonCountryWeights | null {
  const w = WEIGHTS as PersonCountryWeights;
  if (w.features.length !== FEATURES.length || w.features.some((f, i) => f !== FEATURES[i])) return null;
  return w;
}

/** Re-decide each person's country with the committed model, when it is enabled. */
export const personCountryStage: Stage = {
  name: "person-country",
  run(doc: Doc) {
    const w = committedWeights();
    if (!w || !w.enabled) return;
    const decided = new Map<string, string | null>();
    for (const person of personCandidates(doc)) decided.set(person.actor.key, decide(person, w.weights, w.margin));
    // The one stage that rewrites an earlier layer: each person's country, which the rules set first.
    doc.actors = doc.actors.map((a) => (decided.has(a.key) && decided.get(a.key) !== a.country ? { ...a, country: decided.get(a.key)! } : a));
  },
};
