/**
 * The hostile input families of issue 9, each generated in code to any size: what bench:extract measures
 * and what the robustness tests send. Every family is a page header followed by a repeated pattern.
 */

/** The page header every family starts with, as a scraper saves it. */
export const HEADER = "Home\n\nTest Article N\n\nexample.com 2 hours ago\n\n";

export interface HostileFamily {
  name: string;
  /** What the family stresses. */
  stresses: string;
  /** The whole raw page, about `bytes` long (UTF-8). */
  make(bytes: number): string;
}

/** Repeats `unit(i)` until the page reaches about `bytes` UTF-8 bytes. */
function repeatTo(bytes: number, unit: (i: number) => string, suffix = ""): string {
  const parts: string[] = [HEADER];
  let size = Buffer.byteLength(HEADER) + Buffer.byteLength(suffix);
  for (let i = 0; size < bytes; i++) {
    const piece = unit(i);
    const length = Buffer.byteLength(piece);
    if (size + length > bytes) break;
    parts.push(piece);
    size += length;
  }
  parts.push(suffix);
  return parts.join("");
}

const FIRST = ["Anna", "Boris", "Clara", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "Jamal", "Keiko", "Liam", "Maria", "Nikos", "Olga", "Pavel"];
const LAST = ["Kowalski", "Petrov", "Nguyen", "Okafor", "Schmidt", "Haddad", "Moreau", "Tanaka", "Silva", "Novak", "Larsen", "Rossi", "Dubois", "Ivanova", "Kaya", "Mensah"];
const COUNTRIES = ["France", "Germany", "Kenya", "Brazil", "Japan", "Ukraine", "Canada", "India", "Mexico", "Egypt", "Norway", "Chile", "Vietnam", "Poland", "Ghana", "Peru"];

/** Every family of the issue's table. */
export const HOSTILE_FAMILIES: HostileFamily[] = [
  { name: "said-scare-quotes", stresses: "quotes: `'the ' said` repeated", make: (n) => repeatTo(n, () => "'the ' said ") },
  { name: "open-single-quotes", stresses: "quotes: unclosed single quotes", make: (n) => repeatTo(n, () => " 'the") },
  { name: "short-quotes-said", stresses: "quotes: `'the dogs' said` repeated", make: (n) => repeatTo(n, () => " 'the dogs' said") },
  {
    name: "html-lt-spaces",
    stresses: "validate-raw: `<` followed by spaces",
    make: (n) => {
      const head = `${HEADER}The minister said the talks were over. <`;
      return head + " ".repeat(Math.max(0, n - Buffer.byteLength(head)));
    },
  },
  { name: "trailer-lines", stresses: "parse: many `Read more` lines before one sentence", make: (n) => repeatTo(n - 80, () => "Read more of the\n", "The minister said on Monday that the talks with the union were over and that the army would stay in the north of the country for the winter.") },
  { name: "abbreviations", stresses: "sentences and titles: abbreviations", make: (n) => repeatTo(n, () => "Mr. Gen. U.S. N. the said ") },
  {
    name: "nested-quotes",
    stresses: "quotes: deeply nested curly quotes",
    make: (n) => {
      const k = Math.floor((n - Buffer.byteLength(HEADER)) / (Buffer.byteLength("“‘the ") + Buffer.byteLength("’”")));
      return HEADER + "“‘the ".repeat(k) + "’”".repeat(k);
    },
  },
  { name: "he-she-said", stresses: "quotes: many attributed quotes", make: (n) => repeatTo(n, () => '"We go on," he said. "No," she said. ') },
  { name: "said-john-smith", stresses: "quotes and actors: one speaker many times", make: (n) => repeatTo(n, () => "said John Smith, the minister. ") },
  { name: "country-names", stresses: "countries: many country names", make: (n) => repeatTo(n, (i) => `The talks in ${COUNTRIES[i % 16]} and ${COUNTRIES[(i * 7 + 3) % 16]} were over. `) },
  {
    name: "capitalised-names",
    stresses: "actors: many distinct people",
    make: (n) => repeatTo(n, (i) => `${FIRST[i % 16]} ${LAST[Math.floor(i / 16) % 16]}${i >= 256 ? `-${LAST[Math.floor(i / 256) % 16]}` : ""} said the talks were over. `),
  },
  { name: "unknown-pairs", stresses: "actors: unknown capitalised pairs", make: (n) => repeatTo(n, (i) => `Zorblat${i.toString(36)} Quenx${(i * 7).toString(36)} of the `) },
  { name: "number-list", stresses: "figures and search text: a list of numbers", make: (n) => repeatTo(n, (i) => `${i + 1}, `) },
  { name: "figures-no-stop", stresses: "figures: contexts with no full stop", make: (n) => repeatTo(n, (i) => `${i + 1} million dollars, ${i % 97}% and ${i} drones, `) },
];

/** The family of that name, or an error naming the known ones. */
export function hostileFamily(name: string): HostileFamily {
  const family = HOSTILE_FAMILIES.find((f) => f.name === name);
  if (!family) throw new Error(`unknown family "${name}"; known: ${HOSTILE_FAMILIES.map((f) => f.name).join(", ")}`);
  return family;
}
