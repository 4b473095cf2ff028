import type { Doc, Stage } from "../document";
import { findHeadingParagraphs } from "../parse/headings";
import { splitSentences } from "../text/sentences";
import { FIRST_NAMES, isGivenName } from "../lexicons/people";
import { foldText } from "../text/fold";
import { Token, adjacent, tokenize } from "../text/tokens";
import { KNOWN_ORGANISATIONS } from "../lexicons/organisations";
import { COMMON_WORDS_TAGS, COMPANY_HEADS, isOrganisationHead } from "./entity-words";

/** Paragraph start offsets of `text` (paragraphs are separated by a blank line). */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n\n"); i !== -1; i = text.indexOf("\n\n", i + 2)) starts.push(i + 2);
  return starts;
}

/** Tokens, sentences, paragraphs and section headings of the body, and the title's tokens. */
export const sentencesStage: Stage = {
  name: "sentences",
  run(doc: Doc) {
    doc.paragraphStarts = paragraphStarts(doc.text);
    doc.tokens = tokenize(doc.text);
    readOpeningCapitals(doc.tokens, doc.text);
    doc.titleTokens = tokenize(doc.title);
    doc.sentences = splitSentences(doc.text);
    doc.headingParagraphs = findHeadingParagraphs(doc.text);
  },
};

function recase(t: Token, word: string): void {
  t.text = word + t.text.slice(word.length);
  t.base = word;
  t.cap = /^\p{Lu}/u.test(word);
}

const ARTICLES_IN_CAPITALS = new Set(["A", "AN", "THE"]);

/**
 * "ANDY Morrow has named his side", "A MAN has been jailed": some sites set the first words of a paragraph in
 * capitals. Read them in their normal case when the case is plain from what follows: a given name of the name list
 * before a capitalised surname in mixed case, or an article and an ordinary noun before a lower-case word. Other
 * capitals stay ("NASA said", "UNICEF Director Ann Obi").
 */
export function readOpeningCapitals(tokens: Token[], text: string): void {
  let paragraphStart = 0;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && tokens[i - 1].paragraph !== t.paragraph) paragraphStart = i;
    // "LONDON — ANDY Morrow has …", "KUALA LUMPUR: A MAN …": the story opens after a dateline's dash or colon.
    const afterDateline = i > paragraphStart && i - paragraphStart <= 10 && /^[—–:]$/.test(tokens[i - 1].text);
    if ((i > paragraphStart && !afterDateline) || t.kind !== "word" || t.possessive || t.base !== t.base.toUpperCase()) continue;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (next.kind !== "word" || !adjacent(text, t, next)) continue;
    const nextInCapitals = next.base === next.base.toUpperCase();
    // "ANDY Morrow": a listed given name before a surname written in mixed case.
    // A body's abbreviation spelt like a given name stays ("ANA Holdings", a listed body, or one before its head).
    const body = KNOWN_ORGANISATIONS.has(t.base) || isOrganisationHead(next) || COMPANY_HEADS.has(next.base);
    if (t.base.length >= 3 && (FIRST_NAMES.has(t.base.toLowerCase()) || isGivenName(foldText(t.base.toLowerCase()))) && next.cap && !nextInCapitals && next.base.length >= 2 && !body) {
      recase(t, t.base[0] + t.base.slice(1).toLowerCase());
      continue;
    }
    // "A MAN has been", "THE TEENAGER was": an article and an ordinary noun, then a lower-case word.
    const tags = COMMON_WORDS_TAGS.get(next.base.toLowerCase()) ?? "";
    const ordinary = /\b(?:Actor|Singular|Plural|Noun)\b/.test(tags) && !/\b(?:Organization|Acronym|ProperNoun|Person|Place|Country|City|Region|FirstName|LastName|MaleName|FemaleName)\b/.test(tags);
    if (ARTICLES_IN_CAPITALS.has(t.base) && nextInCapitals && next.base.length >= 2 && !next.possessive && ordinary && after.kind === "word" && !after.cap && adjacent(text, next, after)) {
      if (t.base.length > 1) recase(t, t.base[0] + t.base.slice(1).toLowerCase());
      recase(next, next.base.toLowerCase());
    }
  }
}
