import { type CountryCase, find, fromOutlet } from "./raw-article";

const CASES: CountryCase[] = [
  {
    rule: "gives 'the airline's chief executive' the airline introduced as a carrier, not the foreign maker named since",
    domain: "news-sample.com",
    paragraphs: [
      "Budget carrier Andes Wings of Peru has agreed to buy 12 jets from France's Airbus, officials in Peru said on Monday.",
      "The airline's chief executive, Rosa Quispe Huamán, said the first jets would arrive next year.",
    ],
    title: "Peruvian airline orders 12 jets",
    countries: [["Rosa Quispe Huamán", "PE"]],
  },
  {
    rule: "gives 'the company's technical director' the listed company, not the port authority named since",
    domain: "shipping-sample.com",
    paragraphs: [
      "A tanker operated by Oslo-listed Fjordline Shipping has been held in Malaysia after a fire in its engine room.",
      "The Marine Department of Malaysia said the ship would stay in port until repairs were done.",
      "\"We expect the ship to sail within a week,\" the company's technical director, Lars Nygaard, said.",
    ],
    title: "Tanker held in Malaysia after engine fire",
    countries: [["Lars Nygaard", "NO"]],
  },
  {
    rule: "gives a body's officer named 'X representative in <country> Name' the body's country, not the post's",
    domain: "news-sample.com",
    paragraphs: [
      "The Korea International Cooperation Agency (KOICA) will fund a new water plant in Ghana, officials in Accra said.",
      "KOICA country director in Ghana Park Min-jun said the plant would serve 80,000 people.",
    ],
    title: "Korean agency funds water plant in Ghana",
    countries: [["Park Min-jun", "KR"]],
  },
  {
    rule: "gives ', the school's headteacher,' the country of 'a school in <place>' introduced earlier",
    domain: "news-sample.com",
    paragraphs: [
      "Interpol said on Friday that a gang had stolen data from firms across Europe.",
      "Among the victims was a school in the Polish city of Gdańsk, which lost its exam records.",
      "\"We lost ten years of records,\" said Agnieszka Wróbel, the school's headteacher.",
    ],
    title: "Gang stole data from firms across Europe",
    countries: [["Agnieszka Wróbel", "PL"]],
  },
  {
    rule: "gives 'the clinic's director, Name' the country of 'a clinic in <country>' introduced earlier",
    domain: "news-sample.com",
    paragraphs: [
      "The World Health Organization said cases of measles rose across the region in March.",
      "One of the busiest sites was a clinic in Uganda, which saw 300 children a week.",
      "The clinic's director, Grace Nakato, said vaccine stocks were running low.",
    ],
    title: "Measles cases rise across the region",
    countries: [["Grace Nakato", "UG"]],
  },
];

describe("people 11: a person's employer named before their title", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});

describe("people 11: a portfolio or a body's tail is no person", () => {
  it.each([
    {
      rule: "an adviser's portfolio ending in '-ation' before a titled name",
      paragraphs: [
        "Nigeria's health ministry began a new vaccine drive in Kano on Monday.",
        "The Minister's Special Adviser on Malaria Elimination, Dr Bola Adeyemi, said 4 million children would be reached.",
      ],
      notPeople: ["Malaria Elimination"],
      people: ["Bola Adeyemi"],
    },
    {
      rule: "a body's name ending in a field of study, before its short form",
      paragraphs: [
        "Peru's water authority warned of a long drought in Lima on Tuesday.",
        "The Institute of Geology, Mining and Coastal Studies, Ingemmet, said rainfall had fallen by a third.",
      ],
      notPeople: ["Coastal Studies"],
      people: [],
    },
  ])("$rule", ({ paragraphs, notPeople, people }) => {
    const article = fromOutlet("news-sample.com", paragraphs, "Test page");
    for (const name of notPeople) expect([name, find(article, name)?.kind]).not.toEqual([name, "PERSON"]);
    for (const name of people) expect([name, find(article, name)?.kind]).toEqual([name, "PERSON"]);
  });
});
