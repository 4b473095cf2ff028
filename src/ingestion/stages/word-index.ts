import type { Token } from "../text/tokens";
import { tokenize } from "../text/tokens";

/**
 * Where each word of the body stands, built once, so that finding every occurrence of a name costs the
 * occurrences of its rarest word, not a scan of the body.
 */
export class WordIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly cache = new Map<string, number[]>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {
    tokens.forEach((t, i) => {
      for (const key of new Set([wordKey(t.text), wordKey(t.base)])) {
        let list = this.byWord.get(key);
        if (!list) this.byWord.set(key, (list = []));
        list.push(i);
      }
    });
  }

  /** Start offsets where `surface` stands in the text as whole words (a possessive "'s" may follow), in order. */
  find(surface: string): number[] {
    const cached = this.cache.get(surface);
    if (cached) return cached;
    const words = tokenize(surface);
    const out: number[] = [];
    if (words.length > 0) {
      // Anchor on the rarest word of the surface.
      let anchor = 0;
      let best = Infinity;
      words.forEach((w, k) => {
        const n = this.byWord.get(wordKey(w.text))?.length ?? 0;
        if (n < best) {
          best = n;
          anchor = k;
        }
      });
      for (const at of this.byWord.get(wordKey(words[anchor].text)) ?? []) {
        const first = at - anchor;
        if (first >= 0 && this.matchesAt(first, words, surface)) out.push(this.tokens[first].start);
      }
    }
    this.cache.set(surface, out);
    return out;
  }

  private matchesAt(first: number, words: Token[], surface: string): boolean {
    const { tokens, text } = this;
    if (first + words.length > tokens.length) return false;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[first + k];
      const w = words[k];
      const lastWord = k === words.length - 1;
      const same = t.text === w.text || wordKey(t.text) === wordKey(w.text) || (lastWord && t.possessive && t.base === w.text);
      if (!same) return false;
      if (k > 0 && text.slice(tokens[first + k - 1].end, t.start) !== surface.slice(words[k - 1].end, w.start)) return false;
    }
    return true;
  }
}

/** A word as names are compared: without a trailing full stop ("Corp." matches "Corp"). */
function wordKey(word: string): string {
  return word.length > 1 && word.endsWith(".") && !/\..+\.$/.test(word) ? word.slice(0, -1) : word;
}
