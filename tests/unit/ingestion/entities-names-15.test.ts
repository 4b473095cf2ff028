import { extract, find, quotesOf } from "./raw-article";

/**
 * People missed for the case or the lists of their names' first words: "Christian" blocks bodies' names
 * ("Christian Aid") and opens people's, some sites set a story's first words in capitals, and "counterpart"
 * names a person of another country.
 */
interface NameCase {
  rule: string;
  paragraphs: string[];
  person: string;
}

const LEAD = "Heavy rain delayed the harvest across the northern provinces for a second week running.";

const PEOPLE: NameCase[] = [
  {
    rule: "'Christian' and a surname, then 'said'",
    paragraphs: [LEAD, "Christian Vandermolen said the grain had been left standing in the fields."],
    person: "Christian Vandermolen",
  },
  {
    rule: "'said' before 'Christian' and a surname",
    paragraphs: [LEAD, "\"We lost a month,\" said Christian Oyelaran, who farms near the river."],
    person: "Christian Oyelaran",
  },
  {
    rule: "a lower-case title before 'Christian' and a surname",
    paragraphs: [LEAD, "The co-operative's treasurer Christian Oyelaran counted the losses at the depot."],
    person: "Christian Oyelaran",
  },
  {
    rule: "a title before 'Christian' and a surname that is also an ordinary word",
    paragraphs: [LEAD, "Chief executive Christian Weaving said the mill would buy less wheat."],
    person: "Christian Weaving",
  },
  {
    rule: "a listed given name in capitals opening the paragraph, before a mixed-case surname",
    paragraphs: ["MARCUS Tollemache has named his squad for the final in the capital.", "Tollemache picked three newcomers."],
    person: "Marcus Tollemache",
  },
  {
    rule: "'her <nationality> counterpart' before a name of unlisted words",
    paragraphs: [LEAD, "The farm minister met her Ghanaian counterpart Kwabla Nyamekye at the talks on grain prices."],
    person: "Kwabla Nyamekye",
  },
  {
    rule: "'According to' and a name, then a comma and the sentence's subject (a body's noun)",
    paragraphs: [LEAD, "According to Maria Lindqvist, the company would buy less grain this year."],
    person: "Maria Lindqvist",
  },
  {
    rule: "'According to' and a name, then an appositive closed by a second comma",
    paragraphs: [LEAD, "According to Maria Lindqvist, the board's chairwoman, the company would buy less grain."],
    person: "Maria Lindqvist",
  },
  {
    rule: "a name of unlisted words, 'of the', a nationality and a body's common noun, then 'said'",
    paragraphs: [LEAD, "Tjeerd Hoekstrum of the Frisian federation said the dairy farms were flooded."],
    person: "Tjeerd Hoekstrum",
  },
  {
    rule: "a nationality and a mountain sport's athlete noun before a name of unlisted words",
    paragraphs: [LEAD, "Polish climber Zdzislaw Wierzbicki reached the summit before the storm."],
    person: "Zdzislaw Wierzbicki",
  },
];

const BODIES: NameCase[] = [
  {
    rule: "an athlete noun before a team's name",
    paragraphs: [LEAD, "The Dutch rider's team, Zonnestraal Cycling, said the stage would go ahead."],
    person: "Zonnestraal Cycling",
  },
  {
    rule: "a business's name, 'of the', a nationality and 'group', then 'said'",
    paragraphs: [LEAD, "Hoekstrum Zuivel of the Dutch group said the dairy farms were flooded."],
    person: "Hoekstrum Zuivel",
  },
  {
    rule: "'Christian' before a common noun, then 'said' (a charity)",
    paragraphs: [LEAD, "Christian Aid said it had sent seed to the worst-hit villages."],
    person: "Christian Aid",
  },
  {
    rule: "'Christian' before a plural (a party)",
    paragraphs: [LEAD, "Christian Democrats said the farm budget should rise."],
    person: "Christian Democrats",
  },
  {
    rule: "'Christian' before a body's head, then 'said'",
    paragraphs: [LEAD, "Christian Union said the students would collect food for the villages."],
    person: "Christian Union",
  },
  {
    rule: "'Christian' before an ordinary word, then 'said', with no title",
    paragraphs: [LEAD, "Christian Weaving said it would buy less wheat from the mills."],
    person: "Christian Weaving",
  },
  {
    rule: "'Christian' and a surname with no cue",
    paragraphs: [LEAD, "Christian Vandermolen planted late this year."],
    person: "Christian Vandermolen",
  },
  {
    rule: "'its <nationality> counterpart' before a body",
    paragraphs: [LEAD, "The grain board cut its prices, and its Ghanaian counterpart Nyamekye Cocoa followed a day later."],
    person: "Nyamekye Cocoa",
  },
];

describe("names 15: blocking given names, capitals and counterparts", () => {
  it.each(PEOPLE)("reads $rule", ({ paragraphs, person }) => {
    expect([person, find(extract(paragraphs), person)?.kind]).toEqual([person, "PERSON"]);
  });
  it.each(BODIES)("reads no person in $rule", ({ paragraphs, person }) => {
    expect([person, find(extract(paragraphs), person)?.kind]).not.toEqual([person, "PERSON"]);
  });

  it("reads an article and a noun in capitals opening a paragraph as ordinary words ('A MAN has been jailed')", () => {
    const article = extract(["A MAN has been jailed for three years after a crash outside the market.", "The court heard he had been drinking."]);
    expect(article.actors.map((a) => a.name)).not.toContain("MAN");
  });

  it("reads a given name in capitals after a dateline's dash as the name's normal case", () => {
    const article = extract(["HOBART — MARCUS Tollemache has named his squad for the final.", "Tollemache picked three newcomers."]);
    expect(find(article, "Marcus Tollemache")?.kind).toBe("PERSON");
  });

  it("reads a registry given name in capitals opening a paragraph ('ADAEZE Nwosu said')", () => {
    const article = extract([LEAD, "ADAEZE Nwosu said the cassava crop would be late this year."]);
    expect(find(article, "Adaeze Nwosu")?.kind).toBe("PERSON");
  });

  it("keeps a listed body's abbreviation spelt like a given name before its head ('ANA Holdings')", () => {
    const article = extract([LEAD, "ANA Holdings said it would cut flights to the north."]);
    expect(article.actors.map((a) => a.name)).toContain("ANA Holdings");
  });

  it("keeps an all-capitals name opening a paragraph as a body's abbreviation ('MAN said')", () => {
    const article = extract([LEAD, "MAN said its truck orders had risen by a fifth in the quarter."]);
    expect(find(article, "MAN")?.kind).toBe("ORGANIZATION");
  });

  it("gives a counterpart the nationality before 'counterpart' but no title", () => {
    const person = find(extract([LEAD, "The farm minister met her Ghanaian counterpart Kwabla Nyamekye at the talks on grain prices."]), "Kwabla Nyamekye");
    expect([person?.country, person?.title]).toEqual(["GH", null]);
  });

  it("leaves a quote after a counterpart with the minister who is speaking", () => {
    const quotes = quotesOf([
      LEAD,
      "Farm Minister Aoife Brennock met her Ghanaian counterpart Kwabla Nyamekye on Monday.",
      "\"We agreed to keep the ports open,\" the minister said.",
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Aoife Brennock"]);
  });
});
