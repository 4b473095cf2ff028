/**
 * "Romaine 'Bigga' Campbell", 'Juan "El Flaco" Rivera': a given name, a nickname in quote marks, then the surname.
 * The person is the given name and the surname; the nickname is no part of the name. One pass over the tokens.
 */
import { FIRST_NAMES, ROLE_WORDS, isGivenName } from "../lexicons/people";
import { foldText } from "../text/fold";
import type { Token } from "../text/tokens";
import type { Candidate, Doc } from "../document";
import { actorKey, addCandidate, isCapWord } from "./entity-words";

const OPENING = new Set(["'", "‘", "\"", "“", "’"]);
const CLOSING = new Set(["'", "’", "\"", "”"]);

export function scanNicknames(doc: Doc): void {
  const { tokens } = doc;
  // Bodies by the offset they open at, built at the first nickname found.
  let bodiesByStart: Map<number, string> | undefined;
  for (let i = 0; i + 4 < tokens.length; i++) {
    const given = tokens[i];
    if (!isCapWord(given) || doc.headingParagraphs.has(given.paragraph) || !OPENING.has(tokens[i + 1].text)) continue;
    const folded = foldText(given.base);
    // 'President Joko "Jokowi" Widodo': a given name the lexicon lacks, still read as one when a title before it
    // made the words up to the quote mark a person's name of their own.
    // 'president director Garibaldi "Boy" Thohir': so does a lower-case role word right before it.
    const role = tokens[i - 1];
    const roleBefore = !!role && role.kind === "word" && !role.cap && ROLE_WORDS.has(role.text) && sameLine(doc.text, role, given);
    if (!FIRST_NAMES.has(folded) && !isGivenName(folded) && !roleBefore && !titledNameBefore(doc, i)) continue;
    // The nickname: one to three words, all on the line, closed by a quote mark.
    let k = i + 2;
    while (k < tokens.length && k < i + 5 && tokens[k].kind === "word" && tokens[k].paragraph === given.paragraph) k++;
    if (k === i + 2 || !CLOSING.has(tokens[k]?.text ?? "") || !tokens[k + 1]) continue;
    const surnameStart = k + 1;
    let end = surnameStart;
    while (end < tokens.length && end < surnameStart + 2 && isCapWord(tokens[end]) && sameLine(doc.text, tokens[end - 1], tokens[end])) end++;
    if (end === surnameStart || !spaced(doc.text, given, tokens[i + 1]) || !spaced(doc.text, tokens[k], tokens[surnameStart])) continue;
    const last = tokens[end - 1];
    const surname = doc.text.slice(tokens[surnameStart].start, last.possessive ? last.end - 2 : last.end);
    // 'Sen. Ramon “Mon” Villarosa': the words up to the quote mark were read as a name of their own ("Sen. Ramon");
    // that reading goes, and its title and country pass to the person.
    const partial = partialNameBefore(doc, i);
    const person = addCandidate(doc.entities.candidates, "PERSON", `${given.base} ${surname}`, partial?.title ?? null, partial?.country, 2, given.start);
    if (partial && person.country === undefined) person.country = partial.country;
    // '… "Boy" Thohir and GarudaFood Group chairman …': a body's name read from the surname on past "and" is the
    // name after the "and" only.
    bodiesByStart ??= new Map([...doc.entities.candidates].filter(([, c]) => c.kind === "ORGANIZATION").map(([key, c]) => [c.firstSeen, key]));
    const bodyKey = bodiesByStart.get(tokens[surnameStart].start);
    const body = bodyKey ? doc.entities.candidates.get(bodyKey) : undefined;
    if (bodyKey && body && body.name.startsWith(`${surname} and `)) {
      doc.entities.candidates.delete(bodyKey);
      addCandidate(doc.entities.candidates, "ORGANIZATION", body.name.slice(surname.length + 5), null, body.country, body.evidence, body.firstSeen + surname.length + 5);
    }
    // The nickname is how the story names the person later ("… Jokowi said"): one of the person's surfaces.
    const nickname = doc.text.slice(tokens[i + 2].start, tokens[k - 1].end);
    if (k === i + 3 && isCapWord(tokens[i + 2])) person.surfaces.add(nickname);
    i = end - 1;
  }
}

/** A person candidate whose name ends with the given name at `i` and opens at most three words before it; removed. */
function partialNameBefore(doc: Doc, i: number): Candidate | undefined {
  const { tokens } = doc;
  for (let j = i; j >= 0 && j >= i - 3; j--) {
    if (j < i && !sameLine(doc.text, tokens[j], tokens[j + 1])) break;
    const key = actorKey(doc.text.slice(tokens[j].start, tokens[i].end), "PERSON");
    const found = doc.entities.candidates.get(key);
    if (found && found.firstSeen === tokens[j].start) {
      doc.entities.candidates.delete(key);
      return found;
    }
  }
  return undefined;
}

/** A titled person candidate whose name ends with the given name at `i` and opens at most three words before it. */
function titledNameBefore(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  for (let j = i; j >= 0 && j >= i - 3; j--) {
    if (j < i && !sameLine(doc.text, tokens[j], tokens[j + 1])) break;
    const found = doc.entities.candidates.get(actorKey(doc.text.slice(tokens[j].start, tokens[i].end), "PERSON"));
    if (found && found.firstSeen === tokens[j].start) return found.title !== null;
  }
  return false;
}

/** One space between a word and the quote mark after it, or between a closing mark and the next word. */
function spaced(text: string, left: Token, right: Token): boolean {
  return text.slice(left.end, right.start) === " ";
}

function sameLine(text: string, left: Token, right: Token): boolean {
  return left.paragraph === right.paragraph && text.slice(left.end, right.start) === " ";
}
