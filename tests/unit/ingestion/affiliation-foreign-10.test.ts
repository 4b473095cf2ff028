import { type CountryCase, find, fromOutlet } from "./raw-article";

const CASES: CountryCase[] = [
  {
    rule: "reads a wire dateline with a date and a credit before a hyphen as the story's setting",
    domain: "wire-sample.cn",
    paragraphs: [
      "VIENTIANE, Mar. 3 (Xinhua) -- A China-funded demonstration farm in Laos has doubled rice yields, officials said.",
      "The farm has trained 900 farmers, said Bounmy Phommachanh, director of the provincial farm office, at a ceremony.",
      "China and Laos agreed to extend the scheme next year.",
    ],
    title: "China-funded farm in Laos lifts yields",
    countries: [["Bounmy Phommachanh", "LA"]],
  },
  {
    rule: "seats a body by its 'based in' appositive and gives 'the company's president' its country",
    domain: "local-sample.com",
    paragraphs: [
      "A jury in Ohio on Tuesday ordered Marukawa Tooling Industries and its U.S. unit to pay $12 million over a forklift crash in Toledo.",
      "Marukawa, based in Osaka, said it would appeal the verdict in Ohio.",
      "Kenji Sato, the company's Americas president, told the court in Ohio that the forklift had passed every inspection.",
    ],
    title: "Jury orders toolmaker to pay $12 million",
    countries: [["Marukawa Tooling Industries", "JP"], ["Kenji Sato", "JP"]],
  },
  {
    rule: "gives a body's officer for a place the body's country, not the place's",
    domain: "news-sample.in",
    paragraphs: [
      "The Maharashtra government signed a deal with the Dutch greenhouse firm GlasVeld BV to build farms near Pune in India.",
      "GlasVeld's India head, Pieter de Wit, said the first greenhouses in India would open next year.",
      "Farmers in Maharashtra welcomed the plan, and India's farm ministry said more states could follow.",
    ],
    title: "Dutch firm to build greenhouses in India",
    countries: [["Pieter de Wit", "NL"]],
  },
  {
    rule: "does not give a subsidiary its parent's base, nor a business its owner's nationality",
    domain: "county-sample.com",
    paragraphs: [
      "County commissioners in Iowa approved a tax deal on Monday with a German-owned developer planning a wind farm near Ames.",
      "Under the deal, Windhof Energy LLC, a subsidiary of Hamburg-based Windhof Gruppe AG, will pay $2 million a year to the county in Iowa.",
    ],
    title: "Iowa county approves wind farm tax deal",
    countries: [["Windhof Energy LLC", "US"], ["Windhof Gruppe AG", "DE"]],
  },
  {
    rule: "seats a body named after a described consortium with trade words before its noun",
    domain: "sport-sample.in",
    paragraphs: [
      "Mumbai Tide FC has sold a majority stake to a Doha-based sports investment consortium, the club said in Mumbai.",
      "The consortium, Pearl Gate Sports Holdings, will pay Rs 300 crore for the stake in the Indian club.",
    ],
    title: "Mumbai club sells stake",
    countries: [["Pearl Gate Sports Holdings", "QA"]],
  },
  {
    rule: "seats a body by a definite description after it and employs its officer there",
    domain: "wire-sample.com",
    paragraphs: [
      "SANTIAGO, Apr 2 (Reuters) - Southern Cross Lithium Group said on Wednesday it had paused work at its salt flat project in Chile.",
      "The Perth-based company said protests by local communities had closed the only road to the site in Chile.",
      "Anna Berg, Southern's president for Latin America, said the company remained committed to Chile.",
    ],
    title: "Lithium miner pauses Chile project",
    countries: [["Southern Cross Lithium Group", "AU"], ["Anna Berg", "AU"]],
  },
  {
    rule: "gives an officer of a body working across borders the nationality the text states (docs/actor-conventions.md)",
    domain: "news-sample.com",
    paragraphs: [
      "Heavy rains flooded camps in northern Kenya, the UN refugee agency UNHCR said on Monday.",
      "\"We need more tents now,\" its representative in the country, the Danish Mette Lund, told reporters in Nairobi.",
      "Pierre Garnier, a French doctor running a clinic for Médecins Sans Frontières (MSF), said cases of cholera were rising in Kenya.",
    ],
    title: "Floods hit camps in Kenya",
    countries: [["Mette Lund", "DK"], ["Pierre Garnier", "FR"]],
  },
  {
    rule: "gives an envoy sent to a body the sending country, not the story's",
    domain: "news-sample.com",
    paragraphs: [
      "Fighting spread across eastern Congo on Sunday as rebels took two more towns in Congo, officials said.",
      "Uganda's envoy to the African Union, Grace Nabirye, told reporters in Addis Ababa that her country backed talks.",
      "Congo said the rebels had shelled a market in Congo's North Kivu province.",
    ],
    title: "Fighting spreads in eastern Congo",
    countries: [["Grace Nabirye", "UG"]],
  },
  {
    rule: "leaves a UN coordinator posted in a country without that country",
    domain: "news-sample.com",
    paragraphs: [
      "Floods swept through the south of Bangladesh on Monday, and Bangladesh asked for help.",
      "The UN's resident coordinator in Bangladesh, Karin Holm, said the appeal would cover food and shelter for a month.",
      "Villages across Bangladesh remained under water on Tuesday.",
    ],
    title: "Floods sweep Bangladesh",
    countries: [["Karin Holm", null]],
  },
  {
    rule: "reads a long title through a ministry's name and gives a unit the country of the ministry it sits in",
    domain: "wire-sample.com",
    paragraphs: [
      "A Japanese-funded seed bank in Nepal has stored 4,000 varieties of rice, officials said on Friday in Kathmandu.",
      "The bank has grown every year, said Ram Bahadur Thapa, director of the Seed Quality Centre at Nepal's Ministry of Agriculture and Livestock.",
    ],
    title: "Seed bank in Nepal stores 4,000 rice varieties",
    countries: [["Ram Bahadur Thapa", "NP"], ["Seed Quality Centre", "NP"]],
  },
  {
    rule: "gives a ministry spokesperson quoted as speaking in a capital that capital's country",
    domain: "news-sample.com",
    paragraphs: [
      "Kenya and Ethiopia held talks on a new road link in Kenya on Monday, and Kenya said a deal was near.",
      "Turkey welcomed the talks. Foreign ministry spokesperson Elif Demir was quoted by a news agency as saying in Ankara that trade links help everyone.",
    ],
    title: "Kenya and Ethiopia discuss road link",
    countries: [["Elif Demir", "TR"]],
  },
];

describe("a foreign person or company in a story set elsewhere", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});
