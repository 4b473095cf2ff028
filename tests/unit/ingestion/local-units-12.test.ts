import { type CountryCase, find, fromOutlet } from "./raw-article";

// docs/actor-conventions.md, rule 3: the employer as the text names it. A listed firm's local unit, named by the
// firm and a country ("Microsoft Nigeria"), is that country's, and so are the staff the text gives that unit as
// their employer; the parent's local head, named through the parent, keeps the parent's country.
const CASES: CountryCase[] = [
  {
    rule: "gives the staff of a listed firm's unit named with a country that country, not the parent's",
    domain: "daily-sample.ng",
    paragraphs: [
      "LAGOS: Software firms will train 12,000 developers in Lagos and Kano next year, the agency said on Monday.",
      "Microsoft Nigeria country manager Tolulope Adeyemi said the courses would be free.",
      "Google chief executive Sundar Pichai met the minister in Abuja last month.",
    ],
    title: "Firms to train 12,000 developers",
    countries: [["Tolulope Adeyemi", "NG"], ["Microsoft Nigeria", "NG"]],
  },
  {
    rule: "keeps the parent's country for a local head the text names through the parent",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Nestlé's Kenya country head, Wanjiru Kamau, said the Ruiru plant would double its output.",
      "Nestlé India chairman Arvind Mehra said the Indian unit would supply the Kenyan plant with packaging.",
    ],
    title: "Nestlé to double Ruiru output",
    countries: [["Wanjiru Kamau", "CH"], ["Arvind Mehra", "IN"]],
  },
];

describe("a listed firm's local unit named with a country, and its staff", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});

describe("a common surname that is also a place's head, after a title", () => {
  it("reads a given name and the surname after a title as a person", () => {
    const article = fromOutlet(
      "daily-sample.co.za",
      [
        "JOHANNESBURG: Tyre makers have cut 900 jobs this year, the union said.",
        "Hanbit Tyres managing director Ben Park said the Durban plant would stay open.",
        "Visitors to Zoo Lake Park fell by a third, city officials said.",
      ],
      "Tyre makers cut 900 jobs",
    );
    expect(find(article, "Ben Park")?.kind).toBe("PERSON");
    expect(find(article, "Zoo Lake Park")?.kind).not.toBe("PERSON");
  });
});
