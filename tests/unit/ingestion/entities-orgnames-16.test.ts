import { kindsFound, type KindCase } from "./raw-article";

const CASES: KindCase[] = [
  {
    rule: "reads names joined by 'and' before a plural work's noun (dams, reservoirs) as the works' names, not people",
    paragraphs: [
      "Irrigation water will come from the Ana Lucia and Vicente Guerrero reservoirs, which stood at 40% this week, the state water agency said.",
      "Farmers said the Rosa Maria Blanco and Eduardo Chavez dams were nearly empty.",
    ],
    kinds: [["Ana Lucia", null], ["Vicente Guerrero", null], ["Rosa Maria Blanco", null], ["Eduardo Chavez", null]],
  },
  {
    rule: "reads a place and a name ending in Wire after 'told' as a news service, not a person",
    paragraphs: [
      "Exports of machine parts rose 12% in the first half, the statistics office said on Monday.",
      "“The orders are coming back,” economist Rui Pereira told Lisbon Business Wire.",
    ],
    kinds: [["Rui Pereira", "PERSON"], ["Business Wire", null], ["Lisbon Business Wire", "ORGANIZATION"]],
  },
  {
    rule: "reads a German trade compound ending a name (Antriebstechnik) as a company's",
    paragraphs: [
      "Vossberg Antriebstechnik, a family-owned automotive supplier from Bavaria, will build a plant in Brno, creating 400 jobs.",
      "“Brno gives us engineers,” Vossberg's chief executive, Karl Vossberg, said on Tuesday.",
    ],
    kinds: [["Vossberg Antriebstechnik", "ORGANIZATION"], ["Karl Vossberg", "PERSON"]],
  },
  {
    rule: "reads an Indonesian civic head opening a name (Koalisi) as a body's, not a person's",
    paragraphs: [
      "Fishermen in Riau say the new port has cut their catch by half.",
      "Siti Rahmawati, coordinator of the Koalisi Laut Lestari Riau, said the port had been built without a hearing.",
    ],
    kinds: [["Koalisi Laut Lestari Riau", "ORGANIZATION"], ["Siti Rahmawati", "PERSON"]],
  },
  {
    rule: "keeps the Tagalog particles (ng, mga, sa) inside a Tagalog body's name",
    paragraphs: [
      "Farmers in Nueva Ecija have asked for a delay in the new irrigation fees.",
      "Jose Manalo, who heads the Samahan ng mga Magsasaka sa Gapan, a group of 300 farmers, said the fees were too high.",
    ],
    kinds: [["Samahan ng mga Magsasaka sa Gapan", "ORGANIZATION"], ["Gapan", null], ["Jose Manalo", "PERSON"]],
  },
  {
    rule: "reads a registry given name after a role's portfolio ('for Railways') as opening the holder's name",
    paragraphs: [
      "The highway widening has fallen two years behind, senators said on Tuesday.",
      "Transportation Undersecretary for Railways Zenaida Balagtas told the panel that 300 families had yet to be paid.",
      "Balagtas said the department would ask for more money next year.",
    ],
    kinds: [["Zenaida Balagtas", "PERSON"], ["Balagtas", null]],
  },
  {
    rule: "reads a name described as a work ('X Railway, a 40-kilometre line') as no body, in every mention",
    paragraphs: [
      "Work has stopped on the Northern Valley Railway, a 40-kilometre line that the state is building with a foreign loan, officials said.",
      "Contractors on the Northern Valley Railway say they have not been paid since March.",
    ],
    kinds: [["Northern Valley Railway", null]],
  },
  {
    rule: "reads company forms written with a slash or stops (A/S, K.K., sp. z o.o., s.r.o.) as a company name's end, and the name without the form as the same company, not its unit in a country",
    paragraphs: [
      "Skovgaard Energy's Japanese unit plans to open a factory in Osaka in 2029.",
      "The Japanese unit of Danish turbine maker Skovgaard Energy A/S will invest ¥20 billion in the plant. Skovgaard Energy Japan K.K. will run it. \"We will hire locally,\" Kenji Sato, president of Skovgaard Energy Japan, told reporters.",
      "Its suppliers include Wielkopolska Odlewnia sp. z o.o. and Brno Strojírny s.r.o., the unit said. Skovgaard shares rose 2 percent in Copenhagen on Tuesday.",
    ],
    kinds: [["Skovgaard Energy A/S", "ORGANIZATION"], ["Skovgaard Energy A", null], ["Skovgaard Energy", null], ["Skovgaard Energy Japan K.K.", "ORGANIZATION"], ["Wielkopolska Odlewnia sp. z o.o.", "ORGANIZATION"], ["Brno Strojírny s.r.o.", "ORGANIZATION"]],
  },
  {
    rule: "reads a company form after a list's 'and' as the last company's only",
    paragraphs: [
      "Holmfirth Shipping ASA and Kattegat Tankers A/S signed the charter on Friday, the port authority said.",
    ],
    kinds: [["Holmfirth Shipping ASA", "ORGANIZATION"], ["Kattegat Tankers A/S", "ORGANIZATION"]],
  },
  {
    rule: "reads 'City of X' opening a sentence before a lower-case officer's role as the council, the officer's employer",
    paragraphs: [
      "The port expansion will go ahead despite objections, the state government said on Friday.",
      "City of Marrowvale mayor Helen Grady said the council had not been consulted.",
    ],
    kinds: [["City of Marrowvale", "ORGANIZATION"], ["Helen Grady", "PERSON"]],
  },
  {
    rule: "reads a company's name without its Group, met before the full name, as the company named short, not a person",
    paragraphs: [
      "Tianrui Copper will close one of its two smelters in March.",
      "Hunan-based Tianrui Copper Group told staff on Monday it would cut 300 jobs.",
      "Tianrui's chairman said the decision was painful.",
    ],
    kinds: [["Tianrui Copper Group", "ORGANIZATION"], ["Tianrui Copper", null]],
  },
  {
    rule: "reads a name after a place and a trade's noun ('the Santiago distributor X') as a business",
    paragraphs: [
      "The new tariff will also hit Petrovia, the Peruvian energy group that bought a 30 percent stake in the Santiago distributor Aguaclara Andina last year.",
    ],
    kinds: [["Aguaclara Andina", "ORGANIZATION"]],
  },
];

describe("entity names and kinds (round 16)", () => {
  it.each(CASES)("$rule", (c) => {
    expect(kindsFound(c)).toEqual(c.kinds);
  });
});
