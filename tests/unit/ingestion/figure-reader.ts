/** Reading one text's figures for the quantities tests: [value, kind, unit, text] each, with the story's country. */
import { extractFigures } from "../../../src/ingestion/extract/figures";
import { splitSentences } from "../../../src/ingestion/text/sentences";

/** [value, kind, unit, text] of each figure; `home` is the story's country. */
export function read(text: string, home: string | null = null) {
  const weights = new Map(home ? [[home, 2]] : []);
  return extractFigures(text, splitSentences(text), home, () => null, weights, null).map((f) => [f.value, f.kind, f.unit, f.text]);
}
export const values = (text: string, home: string | null = null) => read(text, home).map((f) => f[0]);
export const units = (text: string, home: string | null = null) => read(text, home).map((f) => f[2]);
