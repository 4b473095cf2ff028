import { type CountryCase, find, fromOutlet } from "./raw-article";

// A person's country from evidence the text gives around a name in wire copy: a nationality set off by commas after
// a later mention or opening the sentence before it, a country's possessive before a title and the list of titled
// people it opens, a company's possessive opening the title after the name, a counterpart set off by a comma, and a
// visiting official's title after a comma.
const CASES: CountryCase[] = [
  {
    rule: "reads 'A <Nationality> national, Surname' as the person's stated country over the story's",
    domain: "daily-sample.com",
    paragraphs: [
      "Kenya must widen its tax base to keep growing, Regional Director Pieter Vandermolen of the Eastlake Development Fund said in Nairobi on Monday.",
      "A Belgian national, Vandermolen joined the fund in 2004 and earlier served in Kenya and Uganda.",
    ],
    title: "Fund urges wider tax base in Kenya",
    countries: [["Pieter Vandermolen", "BE"]],
  },
  {
    rule: "reads 'Surname, a <Nationality>, said' as the person's stated country over the team's",
    domain: "daily-sample.com",
    paragraphs: [
      "Kenya head coach Marco Lindqvist said his side had learned from last month's defeat in Kampala.",
      "\"We are a better team now and we know what we must do,\" Lindqvist, a Norwegian, said on Thursday.",
    ],
    title: "Kenya coach upbeat before qualifier",
    countries: [["Marco Lindqvist", "NO"]],
  },
];

describe("a person's country from a stated nationality, a possessive office, an employer's possessive or a counterpart", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});
