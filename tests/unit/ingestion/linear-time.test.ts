/**
 * Extraction time grows linearly with the input on the shapes that made earlier versions quadratic or blow
 * the stack. Times are compared as a ratio within one run (never against a fixed time): four times the
 * input may cost at most ten times the time (an exponent of 1.2 gives 5.3).
 */
import { extractArticle } from "../../../src/ingestion";

const FETCHED_AT = new Date("2024-06-29T12:00:00Z");

// A generous budget per test for a busy machine; what is asserted is only the ratio of two times.
jest.setTimeout(120_000);

function raw(body: string): string {
  return `Bench Headline For Growth\n\nbench.example 1 hour ago\n\n${body}`;
}

function fit(unit: (i: number) => string, bytes: number): string {
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += unit(i);
  return out.slice(0, bytes);
}

/** CPU time of one extraction in milliseconds: other processes on a shared machine do not count in it. */
function once(body: string): number {
  const t0 = process.cpuUsage();
  extractArticle(raw(body), { fetchedAt: FETCHED_AT, maxBytes: 4_000_000 });
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1e3;
}

/** Best of three runs, in milliseconds. */
function time(body: string): number {
  return Math.min(once(body), once(body), once(body));
}

/** Best CPU times of the two inputs over five turns, so a busy spell on the machine hits both alike. */
function timePair(small: string, large: string): [number, number] {
  let s = Infinity;
  let l = Infinity;
  for (let k = 0; k < 5; k++) {
    s = Math.min(s, once(small));
    l = Math.min(l, once(large));
  }
  return [s, l];
}

const FAMILIES: Array<[string, (i: number) => string]> = [
  ["quote marks around 'the' before 'said'", () => "'the ' said "],
  ["open single quotes", () => " 'the"],
  ["dialogue with pronouns", () => '"We go on," he said. "No," she said. '],
  ["a titled speaker again and again", () => "said John Smith, the minister. "],
  ["many capitalised names", (i) => `Alice${i.toString(36)} Brown said the plan for the new school was good. `],
  ["unknown capitalised pairs joined by 'of the'", (i) => `Zorblat${i.toString(36)} Quenx${(i * 7).toString(36)} of the `],
  ["abbreviations and initials", () => "Mr. Gen. U.S. N. the said "],
  ["countries named over and over", () => "France and Germany said that the Kenya and Brazil plan is in the India deal. "],
  ["descriptions, statements and pronouns after quotes", () => '"We go on," the state oil company said. "No," the statement read. Acme Oil, the state oil company, said so. "Yes," she said. '],
  ["quote paragraphs after reported speech", (i) => `Alice${i.toString(36)} Brown said it.\n\n"We go on."\n\n‘and on\n\n`],
];

describe("extraction time is linear in the input", () => {
  beforeAll(() => {
    // Lexicons and gazetteers are built on first use; keep that out of the measurements.
    time(fit(FAMILIES[0][1], 2_000));
  });

  it.each(FAMILIES)("%s", (_name, unit) => {
    // Inputs large enough that fixed costs and timer noise do not dominate the smaller one.
    const [small, large] = timePair(fit(unit, 50_000), fit(unit, 200_000));
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });

  it("nested curly quotes do not stall", () => {
    const n = 10_000;
    const [small, large] = timePair("“‘the ".repeat(n / 4) + "’”".repeat(n / 4), "“‘the ".repeat(n) + "’”".repeat(n));
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });

  it("a megabyte of unknown capitalised pairs does not overflow the stack", () => {
    const body = fit((i) => `Zorblat${i.toString(36)} Quenx${(i * 7).toString(36)} of the `, 1_000_000);
    expect(() => extractArticle(raw(body), { fetchedAt: FETCHED_AT, maxBytes: 4_000_000 })).not.toThrow();
  });
});
