import { type CountryCase, find, fromOutlet } from "./raw-article";

// A business's regional and national units, the trade noun that introduces a foreign parent, and the
// spokesperson who speaks for a foreign firm: each keeps the business's own country over the story's setting.
const CASES: CountryCase[] = [
  {
    rule: "gives the staff of a unit named for its country ('Name of Solvik France') that country in a story set elsewhere",
    domain: "daily-sample.de",
    paragraphs: [
      "BERLIN — Greta Lind, who runs the retailer's German stores, said it would open 40 more next year.",
      "Marc Dubois of Solvik France said shops in Lyon and Lille would follow in the spring.",
    ],
    title: "Retailer to open 40 stores",
    countries: [["Marc Dubois", "FR"]],
  },
  {
    rule: "reads the country before a brewer's or a fintech's trade noun as the business's own",
    domain: "daily-sample.com.ng",
    paragraphs: [
      "LAGOS — Beer prices in Nigeria will rise by 5% from January, the country's biggest brewer said on Monday.",
      "The company is owned by the Danish brewer Carlsvik Group, which holds 60% of its shares.",
      "Kenyan fintech Paylane said it would enter the Nigerian market in March.",
    ],
    title: "Beer prices to rise",
    countries: [["Carlsvik Group", "DK"], ["Paylane", "KE"]],
  },
  {
    rule: "gives 'Name, a spokesperson for <firm>' the firm's country, and 'a spokesman for the company' the last business's",
    domain: "daily-sample.com.gh",
    paragraphs: [
      "ACCRA — The Canadian miner Redstone Gold has bought a 40% stake in a gold mine in Ghana's Western Region.",
      "“This is a long-term bet,” said Ama Mensah, a spokesperson for Redstone Gold.",
      "The Australian miner Bellbird Minerals also bid for the stake. “We will look elsewhere,” said Kwesi Boateng, a spokesman for the company.",
      "Lands Minister Kofi Asante said Ghana welcomed the investment.",
    ],
    title: "Canadian miner buys Ghana stake",
    countries: [["Ama Mensah", "CA"], ["Kwesi Boateng", "AU"], ["Kofi Asante", "GH"]],
  },
];

describe("a business's units and spokespeople keep the business's country", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});

describe("a regional business unit", () => {
  it("is an organisation, not a person, when a world region ends its name ('Transmar Iberia', 'Nordchem Benelux')", () => {
    const article = fromOutlet(
      "daily-sample.es",
      [
        "MADRID — Frans de Wit, the head of Transmar Iberia, said the company would hire 200 drivers in Spain this year.",
        "A manager at Nordchem Benelux said the Antwerp site would stay open, and Koralis Asia Pacific said it would bid for the contract.",
        "Trade across Eastern Europe has slowed, the ministry said.",
      ],
      "Logistics firm to hire 200 drivers",
    );
    for (const name of ["Transmar Iberia", "Nordchem Benelux", "Koralis Asia Pacific"]) expect([name, find(article, name)?.kind]).toEqual([name, "ORGANIZATION"]);
    expect(find(article, "Eastern Europe")).toBeUndefined();
  });
});
