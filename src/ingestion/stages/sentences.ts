import type { Doc, Stage } from "../document";
import { findHeadingParagraphs } from "../parse/headings";
import { splitSentences } from "../text/sentences";
import { tokenize } from "../text/tokens";

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
    doc.titleTokens = tokenize(doc.title);
    doc.sentences = splitSentences(doc.text);
    doc.headingParagraphs = findHeadingParagraphs(doc.text);
  },
};
