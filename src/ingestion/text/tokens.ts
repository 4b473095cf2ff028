/** A word, number or punctuation mark of the article body, with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: "word" | "number" | "punct";
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Word without a possessive "'s" / "’s" ending. */
  base: string;
  possessive: boolean;
  /** Index of the paragraph (block separated by a blank line) the token stands in. */
  paragraph: number;
}

// Abbreviations that keep their full stop, so "Gen. Smith" or "U.S. officials" stay one token (and end no sentence).
export const DOTTED_ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st gen lt col sgt capt maj adm sen rep gov prof jr sr inc corp ltd co no vs etc jan feb mar apr " +
    "jun jul aug sep sept oct nov dec mt ft pres rev hon cmdr brig supt cpl pvt messrs mme mlle dept govt est approx " +
    // Honorifics of South Asian and East and West African copy ("Eng. Amina Juma", "Engr. Okafor", "Md. Rafiqul Islam").
    "eng engr md mohd " +
    // Police ranks and council titles of Canadian, British and US copy ("Const. Raj Bhullar", "Det. Insp. Ward",
    // "Coun. Marcel Dufresne", "Ald. Ruiz", "Atty. Gen.", "Fr. Brennan").
    "const cst det insp coun ald atty fr msgr pte"
  ).split(" "),
);

// "S&P", "H&M", "AT&T": an ampersand between capitals without spaces stays inside the word.
// "Nordhavn Line A/S": the Danish company form is one word, not "A", "/" and "S".
const TOKEN_RE = /[AIK]\/S(?![\p{L}\p{N}])|\p{L}[\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{M}\p{N}]+|(?<=\p{Lu})&\p{Lu}+)*|\d+(?:[.,]\d+)*|\n\n|[^\s\p{L}\p{N}]/gu;

/** Split text into tokens; "\n\n" advances the paragraph count and is not itself returned. */
export function tokenize(text: string, offset = 0, firstParagraph = 0): Token[] {
  const tokens: Token[] = [];
  let paragraph = firstParagraph;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let word = m[0];
    if (word === "\n\n") {
      paragraph++;
      continue;
    }
    const start = m.index;
    const first = word.charCodeAt(0);
    let kind: Token["kind"] = "punct";
    if (first >= 48 && first <= 57) kind = "number";
    else if (/\p{L}/u.test(word[0])) kind = "word";
    // "Baltimore, Md.": after a comma, "Md." is the US state's abbreviation, which may end the sentence.
    const stateAbbreviation = word === "Md" && text.slice(start - 2, start) === ", ";
    if (kind === "word" && text[start + word.length] === "." && keepsFullStop(word) && !stateAbbreviation) {
      word += ".";
      TOKEN_RE.lastIndex = start + word.length;
    }
    const possessive = kind === "word" && word.length > 3 && /['’]s$/.test(word);
    tokens.push({
      text: word,
      start: start + offset,
      end: start + word.length + offset,
      kind,
      cap: kind === "word" && /\p{Lu}/u.test(word[0]),
      base: possessive ? word.slice(0, -2) : word,
      possessive,
      paragraph,
    });
  }
  return tokens;
}

function keepsFullStop(word: string): boolean {
  if (word.length === 1) return /\p{Lu}/u.test(word);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return DOTTED_ABBREVIATIONS.has(word.toLowerCase());
}

/** True when only spaces separate two tokens (no punctuation, no paragraph break). */
export function adjacent(text: string, left: Token, right: Token, baseOffset = 0): boolean {
  if (left.paragraph !== right.paragraph) return false;
  const gap = text.slice(left.end - baseOffset, right.start - baseOffset);
  return gap.length > 0 && gap.length <= 2 && /^[ \u00A0]+$/.test(gap);
}
