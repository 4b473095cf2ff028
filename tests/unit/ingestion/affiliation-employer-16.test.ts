import { type CountryCase, find, fromOutlet } from "./raw-article";

// A foreign firm's people take the firm's country even where the story is set, and the firm its own country from
// the way the text introduces it; the local officials beside them keep the setting's.
const CASES: CountryCase[] = [
  {
    rule: "reads the opening word of a body named before, alone at the start of a sentence before a title, as the employer",
    domain: "daily-sample.co.tz",
    paragraphs: [
      "DAR ES SALAAM: The government signed a ten-year gas supply deal with Calgary-based Maplestone Energy on Tuesday, Energy Minister Amani Mrisho said.",
      "Maplestone chief executive Graham Pollard, who flew in for the ceremony, said the first cargo would reach Tanzania in March.",
      "Mrisho said Tanzania would earn Sh900 billion a year from the deal.",
    ],
    title: "Tanzania signs gas deal",
    countries: [["Graham Pollard", "CA"], ["Maplestone Energy", "CA"], ["Amani Mrisho", "TZ"]],
  },
];

describe("a foreign employer's country over the story's setting", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});
