import { type CountryCase, find, fromOutlet } from "./raw-article";

const CASES: CountryCase[] = [
  {
    rule: "seats a business by the nationality before a two-word trade and its name ('trading house')",
    domain: "wire-sample.com",
    paragraphs: [
      "JAKARTA, May 4 (Reuters) - Indonesia's nickel exports rose in April, the trade ministry said on Monday in Jakarta.",
      "Most of the ore went to Swiss trading house Morlen Commodities, which ships it to smelters in Indonesia and abroad.",
    ],
    title: "Indonesia nickel exports rise",
    countries: [["Morlen Commodities", "CH"]],
  },
  {
    rule: "seats a business by a province before its trade and its name ('the Quebec pension fund')",
    domain: "news-sample.co.ke",
    paragraphs: [
      "NAIROBI — Kenya's largest power producer sold a stake in a geothermal field near Naivasha on Tuesday, officials in Nairobi said.",
      "The buyer is the Quebec pension fund Northgate Retirement Trust, which paid 30 billion shillings for the stake in Kenya.",
    ],
    title: "Kenyan power producer sells geothermal stake",
    countries: [["Northgate Retirement Trust", "CA"]],
  },
  {
    rule: "gives a body 'which is owned by' a seated owner the owner's country, and its chief executive too",
    domain: "news-sample.com.gh",
    paragraphs: [
      "ACCRA — Ghana's government will buy a gold mine near Obuasi for $400 million, the mines minister said in Accra on Friday.",
      "The mine is run by Kanuma Gold Holdings, which is owned by the Alberta pension fund Prairie Workers' Trust.",
      "Kanuma Gold Holdings chief executive Peter Hollis said the sale would close in March.",
    ],
    title: "Ghana to buy gold mine",
    countries: [["Kanuma Gold Holdings", "CA"], ["Prairie Workers' Trust", "CA"], ["Peter Hollis", "CA"]],
  },
  {
    rule: "gives 'its' officer the country the text later finds for the firm ('The Chinese firm said')",
    domain: "wire-sample.com",
    paragraphs: [
      "DAKAR — Senegal on Monday cancelled 30 licences held by foreign trawlers, the fisheries minister said in Dakar.",
      "Among the holders is Fenghua Marine Fishing, which runs nine trawlers out of Dakar. The Chinese firm said it would appeal.",
      "Its local manager, Zhou Ming, said 200 sailors in Senegal would lose their jobs.",
    ],
    title: "Senegal cancels trawler licences",
    countries: [["Zhou Ming", "CN"]],
  },
  {
    rule: "reads a body's one-word short form as its latest mention, so the officer 'its' names is that body's",
    domain: "wire-sample.com",
    paragraphs: [
      "JAKARTA, June 2 (Reuters) - Indonesia's Borneo Mineral will build a nickel plant with South Korea's Kolvar Energy Systems, it said in Jakarta.",
      "\"We want more partners,\" Borneo Mineral's president told Reuters in an interview in Jakarta.",
      "Kolvar, which makes battery cells, will invest $300 million. Its chief financial officer, Park Min-su, said the plant would open in 2028.",
    ],
    title: "Indonesian miner signs nickel deal",
    countries: [["Park Min-su", "KR"]],
  },
  {
    rule: "seats a business by a definite description of it by nationality and trade ('The Korean shipbuilder')",
    domain: "shipping-sample.co.uk",
    paragraphs: [
      "Grimsby-based Eastholm Offshore has ordered four service vessels for wind farms off Britain, the company said on Monday.",
      "The vessels will be built by Haeundae Marine Industries at its yard in Busan. The Korean shipbuilder has built 30 such vessels since 2018.",
      "Eastholm said the vessels would be crewed from Grimsby in Britain.",
    ],
    title: "Eastholm orders four vessels",
    countries: [["Haeundae Marine Industries", "KR"], ["Eastholm Offshore", "GB"]],
  },
  {
    rule: "names by a definite description the business mentioned last, by its short form, not the one first named last",
    domain: "news-sample.in",
    paragraphs: [
      "NEW DELHI — India's largest dairy cooperative signed deals worth Rs 900 crore with Orlund Dairy Systems on Monday and with Vextra Logistics Ltd on Tuesday, officials in New Delhi said.",
      "Vextra will build 40 cold stores in Gujarat, while Orlund will supply milking machines. The Danish firm said the first machines would reach India in March.",
    ],
    title: "Dairy cooperative signs equipment deals",
    countries: [["Orlund Dairy Systems", "DK"], ["Vextra Logistics Ltd", "IN"]],
  },
  {
    rule: "reads a field's word and a place before a lower-case role as a body ('Environment Manitoba campaigner')",
    domain: "news-sample.ca",
    paragraphs: [
      "WINNIPEG — Manitoba will protect 40,000 hectares of boreal forest north of Winnipeg, the province said on Monday.",
      "Environment Manitoba campaigner Luc Girard welcomed the plan but said it was \"a first step\" for Canada's forests.",
    ],
    title: "Manitoba to protect boreal forest",
    countries: [["Environment Manitoba", "CA"], ["Luc Girard", "CA"]],
  },
];

describe("a business's country from its description, its owner and its short forms", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});
