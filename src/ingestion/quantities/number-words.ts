/** Spelled-out cardinals ("three", "twenty-five", "a dozen"): the words, and a reader that stays on one phrase. */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** One alternation of every cardinal word, for a scanner's regex (longest first). */
export const CARDINAL_WORDS = [...Object.keys(UNITS).filter((w) => w !== "zero"), ...Object.keys(TENS), "dozen", "hundred"].sort((a, b) => b.length - a.length).join("|");

/** One spelled cardinal word or compound, in lower case ("three", "twenty-five"). */
export const SPELLED_CARDINAL = new RegExp(`^(?:${CARDINAL_WORDS})(?:-(?:${CARDINAL_WORDS}))?$`);

/** A count in words in any case, the plural round numbers too ("Forty-two", "Twelve", "Hundreds", "dozens"). */
export function isSpelledCount(word: string): boolean {
  const lower = word.toLowerCase();
  return SPELLED_CARDINAL.test(lower) || /^(?:dozens|hundreds|thousands|millions)$/.test(lower);
}

export interface SpelledNumber {
  value: number;
  /** Characters from the start of the phrase to its end. */
  length: number;
}

const WORD = /^[a-z]+/;

/**
 * The cardinal spelled at `at` ("three", "twenty-five", "two hundred", "a dozen"), or null. Reads at most
 * five words, so the cost per call is bounded.
 */
export function readSpelledNumber(text: string, at: number): SpelledNumber | null {
  const lower = (i: number) => WORD.exec(text.slice(i, i + 12).toLowerCase())?.[0] ?? null;
  let pos = at;
  let value = 0;
  let seen = false;
  let afterArticle = false;
  let end = at;
  for (let step = 0; step < 5; step++) {
    const w = lower(pos);
    if (!w) break;
    let next = pos + w.length;
    if (w === "half" && step === 0) {
      // "half a percentage point"
      const article = lower(next + 1);
      if (article !== "a" && article !== "an") break;
      return { value: 0.5, length: next + 1 + article.length - at };
    }
    if (w in TENS) {
      value += TENS[w];
      if (text[next] === "-" || text[next] === " ") {
        const unit = lower(next + 1);
        if (unit && unit in UNITS && UNITS[unit] < 10 && UNITS[unit] > 0) {
          value += UNITS[unit];
          next += 1 + unit.length;
        }
      }
    } else if (w in UNITS) {
      value += UNITS[w];
    } else if (w === "hundred" && seen) {
      value *= 100;
    } else if (w === "dozen" && (seen || step === 0 || afterArticle)) {
      value = (seen ? value : 1) * 12;
    } else if ((w === "a" || w === "an") && !seen && lower(next + 1) === "dozen") {
      pos = next + 1;
      afterArticle = true;
      continue;
    } else if (w === "and" && seen && value >= 100) {
      // "two hundred and fifty": only inside a hundreds phrase.
      const after = lower(next + 1);
      if (!after || !(after in UNITS || after in TENS)) break;
      pos = next + 1;
      continue;
    } else break;
    seen = true;
    end = next;
    if (text[next] !== " " && text[next] !== "-") break;
    pos = next + 1;
  }
  return seen ? { value, length: end - at } : null;
}
