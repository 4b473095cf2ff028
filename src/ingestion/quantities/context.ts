import { type Span, spanAt } from "../text/sentences";

/** Longest context a figure carries (API.md: at most 400 characters around the figure). */
export const MAX_CONTEXT = 400;

/**
 * The sentence a figure stands in, clipped to MAX_CONTEXT characters around [start, end) on word boundaries,
 * so a run-on "sentence" of a megabyte costs each figure 400 characters, not the whole run.
 */
export function figureContext(body: string, sentences: Span[], start: number, end: number): string {
  const sentence = spanAt(sentences, start) ?? { start: Math.max(0, start - 100), end: Math.min(body.length, end + 100) };
  const from = sentence.start;
  const to = Math.max(sentence.end, end);
  if (to - from <= MAX_CONTEXT) return body.slice(from, to);
  const spare = Math.max(0, MAX_CONTEXT - (end - start));
  let left = Math.max(from, start - Math.floor(spare / 2));
  let right = Math.min(to, left + Math.max(MAX_CONTEXT, end - start));
  left = Math.max(from, Math.min(left, right - MAX_CONTEXT));
  // Move each cut inward to a space so no word is split (looking at most 40 characters each way).
  if (left > from) {
    for (let i = left; i < Math.min(start, left + 40); i++) {
      if (body[i] === " ") {
        left = i + 1;
        break;
      }
    }
  }
  if (right < to) {
    for (let i = right; i > Math.max(end, right - 40); i--) {
      if (body[i] === " ") {
        right = i;
        break;
      }
    }
  }
  return body.slice(left, right).trim();
}
