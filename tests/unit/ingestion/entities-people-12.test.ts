import { find, fromOutlet } from "./raw-article";

/** An invented page: outlet domain, paragraphs, title, and the countries the named actors should have. */
interface Case {
  rule: string;
  paragraphs: string[];
  countries: Array<[string, string | null]>;
}

const CASES: Case[] = [
  {
    rule: "keeps the owner of 'X's managing director and chief executive' across the 'and' between two roles",
    paragraphs: [
      "Nepal has signed a deal with India's Tata Power to build a hydropower plant in the west of Nepal, officials in Kathmandu said.",
      "Tata Power's managing director and chief executive, Ravi Menon, said work would start next year.",
    ],
    countries: [["Ravi Menon", "IN"]],
  },
  {
    rule: "gives a person 'from the <compass> of <country>' in their appositive's relative clause that country",
    paragraphs: [
      "Thousands of farmers blocked roads around Brussels on Thursday to protest against new European Union rules on fertiliser.",
      "\"They are killing our trade,\" said Ana Ruiz, a wheat farmer who drove her truck for two days from the south of Spain.",
    ],
    countries: [["Ana Ruiz", "ES"]],
  },
  {
    rule: "reads the relative clause's region of a country after an appositive with no role word",
    paragraphs: [
      "Thousands of farmers blocked roads around Brussels on Thursday to protest against new rules on fertiliser.",
      "\"They are killing our trade,\" said Ana Ruiz, a wheat grower who drove her truck from the north of Portugal.",
    ],
    countries: [["Ana Ruiz", "PT"]],
  },
];

describe("people 12: countries the text states", () => {
  it.each(CASES)("$rule", ({ paragraphs, countries }) => {
    const article = fromOutlet("news-sample.com", paragraphs, "Test page");
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});

describe("people 12: titles", () => {
  it("reads 'the shadow foreign minister' as the opposition spokesman's title", () => {
    const article = fromOutlet(
      "news-sample.com",
      [
        "Australia will send an extra A$40m in aid to Myanmar, the government said on Monday.",
        "The shadow foreign minister, Tom Whitlam, said the pledge came too late.",
      ],
      "Test page",
    );
    expect(find(article, "Tom Whitlam")?.title).toBe("shadow foreign minister");
  });
});
