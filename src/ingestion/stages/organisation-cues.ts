/**
 * Bodies named with no head noun, recognised by what the sentence does with them: a stock that moves
 * ("with Banco do Brasil rising 2.8%", "Aurubis shares fell"), a stake ("shares in Qantas"), an employer left
 * ("joined from Lufthansa"), rivals ("X and Y, its closest rivals,"), the owner of a division ("Déanta's Health &
 * Welfare division"), and a body's short name after a lower-case
 * description ("the state copper commission Cochilco", "the rate committee, known as Copom").
 * One pass over the tokens, a few tokens looked at around each run of capitalised words.
 */
import { FIRST_NAMES, ROLE_WORDS, TITLE_MODIFIERS } from "../lexicons/people";
import { EVENT_HEADS, KNOWN_ORGANISATIONS, NON_ORGANISATION_ACRONYMS } from "../lexicons/organisations";
import { NON_NAME_WORDS, MONTH_WORDS } from "../lexicons/words";
import { foldText } from "../text/fold";
import { Token, adjacent } from "../text/tokens";
import type { Doc } from "../document";
import { placeTable } from "../gazetteers/places";
import { COMMON_WORDS, CONNECTORS, actorKey, addCandidate, closesReferenceNumber, isBusinessIntroducer, isCapWord, isOrganisationPrecedingNoun } from "./entity-words";

/** Verbs of a share price's move, in the forms a market report uses. */
const PRICE_MOVES = new Set(
  "rose fell gained lost rising falling jumped jumping slid sliding climbed climbing dropped dropping added adding shed shedding slumped surged surging tumbled tumbling advanced advancing declined declining sank plunged soared edged".split(" "),
);

/** Lower-case nouns of bodies that may stand right before a body's short name ("the state copper commission Cochilco"). */
const BODY_NOUNS = new Set(["commission", "committee", "regulator", "watchdog", "agency", "authority", "council", "board", "corporation", "operator", "lender", "insurer"]);

/** Lower-case nouns of a business's trade that may stand between a place and its name ("the Buenos Aires distributor Redgas"). */
const SEATED_TRADE_NOUNS = new Set(["distributor", "utility", "retailer", "miner", "refiner", "producer", "carrier", "airline", "lender", "bank", "insurer", "operator", "developer", "builder", "maker", "exporter", "supplier", "broadcaster", "chain", "group", "firm", "company", "conglomerate", "shipper"]);

/** Words that may come between "its" and "rival(s)" ("its closest rivals", "its two biggest rivals"). */
const RIVAL_MODIFIERS = new Set(["closest", "nearest", "main", "biggest", "largest", "chief", "bigger", "larger", "two", "three", "local", "domestic", "listed"]);

const RIVAL_NOUNS = new Set(["rival", "rivals", "competitor", "competitors", "peer", "peers"]);

/** The most words a body named this way may have ("Banco do Brasil", "Yapı Kredi"). */
const MAX_WORDS = 4;

export function scanOrganisationCues(doc: Doc, countryAt: (k: number) => boolean): void {
  const { tokens, text } = doc;
  const candidates = doc.entities.candidates;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapWord(t) || doc.headingParagraphs.has(t.paragraph)) continue;
    // The run: capitalised words, with particles between them ("Banco do Brasil").
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_WORDS && !tokens[end - 1].possessive) {
      const next = tokens[end];
      if (!adjacent(text, tokens[end - 1], next)) break;
      if (isCapWord(next)) end++;
      else if (CONNECTORS.has(next.text) && next.text !== "and" && tokens[end + 1] && isCapWord(tokens[end + 1]) && adjacent(text, next, tokens[end + 1])) end += 2;
      else break;
    }
    // "Steelmaker Ferrovia's shares tumbled": a sentence's capitalised business noun is the name's description.
    const opening = !tokens[i - 1] || tokens[i - 1].paragraph !== t.paragraph || /^[.!?"“”:;]$/.test(tokens[i - 1].text);
    const from = opening && end - i >= 2 && isBusinessIntroducer(t.text.toLowerCase()) ? i + 1 : i;
    i = end - 1;
    if (!usable(tokens, from, end, countryAt)) continue;
    if (cueBefore(tokens, from, end, countryAt) || quotedOrRival(tokens, end) || (priceMove(tokens, end) && moverBefore(tokens, from, end)) || ownsUnit(text, tokens, end)) add(doc, candidates, tokens, from, end);
    // "Garanti BBVA and Yapı Kredi, its closest rivals,": both names of the pair.
    else if (tokens[end]?.text === "and" && tokens[end + 1] && isCapWord(tokens[end + 1])) {
      let e2 = end + 2;
      while (e2 < tokens.length && e2 - end - 1 < MAX_WORDS && isCapWord(tokens[e2]) && adjacent(text, tokens[e2 - 1], tokens[e2])) e2++;
      if (rivalsAppositive(tokens, e2) && usable(tokens, end + 1, e2, countryAt)) {
        add(doc, candidates, tokens, from, end);
        add(doc, candidates, tokens, end + 1, e2);
        i = e2 - 1;
      }
    }
  }
}

/** Not a person's full name, a role, a country, a month, a common acronym or a sentence's opening word. */
function usable(tokens: Token[], from: number, end: number, countryAt: (k: number) => boolean): boolean {
  const first = tokens[from];
  if (NON_NAME_WORDS.has(first.base) || MONTH_WORDS.has(first.base.toLowerCase())) return false;
  if (closesReferenceNumber(tokens, from)) return false;
  if (end - from === 1 && NON_ORGANISATION_ACRONYMS.has(first.base.toUpperCase())) return false;
  if (EVENT_HEADS.has(tokens[end - 1].base)) return false;
  for (let k = from; k < end; k++) {
    const lower = tokens[k].text.toLowerCase();
    if (ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) || countryAt(k) && k === from) return false;
  }
  // "Revenue fell 5%", "Shares of Toyota rose": a sentence's opening common noun names nothing.
  const prev = tokens[from - 1];
  const initial = !prev || prev.paragraph !== first.paragraph || /^[.!?"“”:;]$/.test(prev.text);
  if (initial && COMMON_WORDS.has(foldText(first.base).toLowerCase())) return false;
  // "Maria Santos rose to speak": a given name opening two or more words is a person.
  if (FIRST_NAMES.has(foldText(first.base)) && end - from >= 2) return false;
  return /\p{L}{2,}/u.test(first.base);
}

/**
 * What may stand before a name whose price moves: "with", "while", "and", a comma, or a lower-case business noun
 * ("with state-controlled Banco do Brasil rising"); a sentence may open with a name of two words or more.
 * Not "mileage in Cumbria fell": a place after a preposition.
 */
function moverBefore(tokens: Token[], from: number, end: number): boolean {
  const prev = tokens[from - 1];
  const initial = !prev || prev.paragraph !== tokens[from].paragraph || /^[.!?"“”:;]$/.test(prev.text);
  if (initial) return end - from >= 2 || tokens[end]?.text === "shares" || tokens[end]?.text === "stock";
  if (end - from === 1 && placeTable().has(tokens[from].base)) return false;
  return /^(?:with|while|and|as|,)$/.test(prev.text) || isOrganisationPrecedingNoun(prev.text);
}

/** Words that may follow an audience named after "told" ("told Kathimerini on Monday", "told Stuff that …"). */
const AFTER_AUDIENCE = new Set([",", ".", ";", ":", "on", "that", "in", "last", "this", "earlier", "after", "when", "while", "during", "by", "late", "about", "it", "the"]);

function cueBefore(tokens: Token[], from: number, end: number, countryAt: (k: number) => boolean): boolean {
  const p1 = tokens[from - 1]?.text ?? "";
  const p2 = tokens[from - 2]?.text.toLowerCase() ?? "";
  // "she told Kathimerini on Monday", "when contacted by Malaysiakini": an outlet spoken to.
  // A person told is named in full before ("told Smith") and is dropped as a surname later.
  if ((p1 === "told" || (p1 === "by" && p2 === "contacted")) && AFTER_AUDIENCE.has(tokens[end]?.text ?? "") && !placeTable().has(tokens[from].base)) return true;
  if ((p1 === "in" || p1 === "of") && (p2 === "shares" || p2 === "stake" || p2 === "stakes")) return true;
  if (p1 === "from" && /^(?:joined|poached|hired|recruited|defected)$/.test(p2)) return true;
  // "the state copper commission Cochilco", "the rate committee, known as Copom".
  // "the Buenos Aires distributor Redgas Austral": a trade's noun after the place where the business works.
  if (BODY_NOUNS.has(p1) || SEATED_TRADE_NOUNS.has(p1)) {
    // Lower-case modifiers between "the" and the noun; a place's capitalised words may open them.
    let capitalised = false;
    for (let k = from - 2; k >= 0 && k >= from - 6; k--) {
      const w = tokens[k];
      if (/^the$/i.test(w.text)) return capitalised ? countryAt(k + 1) || placeTable().has(tokens[k + 1].base) : BODY_NOUNS.has(p1);
      if (w.kind !== "word") return false;
      if (w.cap) capitalised = true;
      else if (capitalised) return false;
    }
    return false;
  }
  if (p1 === "as" && p2 === "known") {
    const noun = tokens[from - 3]?.text === "," ? tokens[from - 4] : tokens[from - 3];
    return !!noun && BODY_NOUNS.has(noun.text);
  }
  return false;
}

/** Lower-case nouns of a body's own part, named after its owner's possessive ("Déanta's Health & Welfare division"). */
const UNIT_NOUNS = new Set(["division", "branch", "wing", "section", "chapter", "affiliate", "subsidiary"]);

/**
 * "an official with Déanta's Health & Welfare division": a possessive name before up to four capitalised words (an
 * ampersand or "and" between them) and a lower-case noun of a body's part owns that part, so it is a body.
 */
function ownsUnit(text: string, tokens: Token[], end: number): boolean {
  const owner = tokens[end - 1];
  if (!owner.possessive) return false;
  let k = end;
  while (k < end + 6 && tokens[k] && (isCapWord(tokens[k]) || ((tokens[k].text === "&" || tokens[k].text === "and") && k > end)) && adjacent(text, tokens[k - 1], tokens[k])) k++;
  return k > end && isCapWord(tokens[k - 1]) && UNIT_NOUNS.has(tokens[k]?.text ?? "");
}

/** '…," Kathimerini quoted him as saying', "X and Y, its closest rivals,". */
function quotedOrRival(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text === "quoted" && /^(?:him|her|them|the|a|an|officials?|sources?)$/.test(tokens[end + 1]?.text ?? "")) return true;
  return rivalsAppositive(tokens, end);
}

function priceMove(tokens: Token[], end: number): boolean {
  const n1 = tokens[end];
  if (!n1) return false;
  // "Aurubis shares fell", "Qantas stock rose".
  if ((n1.text === "shares" || n1.text === "stock") && PRICE_MOVES.has(tokens[end + 1]?.text ?? "")) return true;
  // "with Banco do Brasil rising 2.8%": a move, then a percentage within three tokens.
  if (PRICE_MOVES.has(n1.text)) {
    for (let k = end + 1; k <= end + 3 && tokens[k]; k++) {
      if (tokens[k].kind === "number" && /^(?:%|percent|pc)$/.test(tokens[k + 1]?.text ?? "")) return true;
      if (tokens[k].kind === "number" && tokens[k + 1]?.text === "per" && tokens[k + 2]?.text === "cent") return true;
    }
  }
  return false;
}

/** ", its closest rivals," / ", a rival," after the name. */
function rivalsAppositive(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ",") return false;
  let k = end + 1;
  if (!/^(?:its|their|a|the)$/i.test(tokens[k]?.text ?? "")) return false;
  k++;
  while (tokens[k] && RIVAL_MODIFIERS.has(tokens[k].text) && k < end + 5) k++;
  return RIVAL_NOUNS.has(tokens[k]?.text ?? "");
}

function add(doc: Doc, candidates: Doc["entities"]["candidates"], tokens: Token[], from: number, end: number): void {
  const last = tokens[end - 1];
  const name = doc.text.slice(tokens[from].start, last.possessive ? last.end - 2 : last.end);
  // A listed body ("PAP") is named by the known-organisation pass, under its canonical name.
  if (KNOWN_ORGANISATIONS.has(name)) return;
  // Two capitalised words kept only for later surname matches ("Yapı Kredi") give way; a person with evidence stays.
  const person = candidates.get(actorKey(name, "PERSON"));
  if (person && person.evidence > 0) return;
  if (person) candidates.delete(actorKey(name, "PERSON"));
  if (end - from === 1) {
    // A single word is dropped later if it turns out to be a person's surname or given name.
    doc.entities.organisationGuesses.push({ text: name, start: tokens[from].start });
    return;
  }
  addCandidate(candidates, "ORGANIZATION", name, null, undefined, 2, tokens[from].start);
}
