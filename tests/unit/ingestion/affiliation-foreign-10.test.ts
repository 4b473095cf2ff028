import { find, fromOutlet as page } from "./raw-article";

describe("a foreign person or company in a story set elsewhere", () => {
  it("reads a wire dateline with a date and a credit before a hyphen as the story's setting", () => {
    const article = page(
      "wire-sample.cn",
      [
        "VIENTIANE, Mar. 3 (Xinhua) -- A China-funded demonstration farm in Laos has doubled rice yields, officials said.",
        "The farm has trained 900 farmers, said Bounmy Phommachanh, director of the provincial farm office, at a ceremony.",
        "China and Laos agreed to extend the scheme next year.",
      ],
      "China-funded farm in Laos lifts yields",
    );
    expect(find(article, "Bounmy Phommachanh")?.country).toBe("LA");
  });

  it("seats a body by its 'based in' appositive and gives 'the company's president' its country", () => {
    const article = page(
      "local-sample.com",
      [
        "A jury in Ohio on Tuesday ordered Marukawa Tooling Industries and its U.S. unit to pay $12 million over a forklift crash in Toledo.",
        "Marukawa, based in Osaka, said it would appeal the verdict in Ohio.",
        "Kenji Sato, the company's Americas president, told the court in Ohio that the forklift had passed every inspection.",
      ],
      "Jury orders toolmaker to pay $12 million",
    );
    expect(find(article, "Marukawa Tooling Industries")?.country).toBe("JP");
    expect(find(article, "Kenji Sato")?.country).toBe("JP");
  });

  it("gives a body's officer for a place the body's country, not the place's", () => {
    const article = page(
      "news-sample.in",
      [
        "The Maharashtra government signed a deal with the Dutch greenhouse firm GlasVeld BV to build farms near Pune in India.",
        "GlasVeld's India head, Pieter de Wit, said the first greenhouses in India would open next year.",
        "Farmers in Maharashtra welcomed the plan, and India's farm ministry said more states could follow.",
      ],
      "Dutch firm to build greenhouses in India",
    );
    expect(find(article, "Pieter de Wit")?.country).toBe("NL");
  });

  it("does not give a subsidiary its parent's base, nor a business its owner's nationality", () => {
    const article = page(
      "county-sample.com",
      [
        "County commissioners in Iowa approved a tax deal on Monday with a German-owned developer planning a wind farm near Ames.",
        "Under the deal, Windhof Energy LLC, a subsidiary of Hamburg-based Windhof Gruppe AG, will pay $2 million a year to the county in Iowa.",
      ],
      "Iowa county approves wind farm tax deal",
    );
    expect(find(article, "Windhof Energy LLC")?.country).toBe("US");
    expect(find(article, "Windhof Gruppe AG")?.country).toBe("DE");
  });

  it("seats a body named after a described consortium with trade words before its noun", () => {
    const article = page(
      "sport-sample.in",
      [
        "Mumbai Tide FC has sold a majority stake to a Doha-based sports investment consortium, the club said in Mumbai.",
        "The consortium, Pearl Gate Sports Holdings, will pay Rs 300 crore for the stake in the Indian club.",
      ],
      "Mumbai club sells stake",
    );
    expect(find(article, "Pearl Gate Sports Holdings")?.country).toBe("QA");
  });

  it("seats a body by a definite description after it and employs its officer there", () => {
    const article = page(
      "wire-sample.com",
      [
        "SANTIAGO, Apr 2 (Reuters) - Southern Cross Lithium Group said on Wednesday it had paused work at its salt flat project in Chile.",
        "The Perth-based company said protests by local communities had closed the only road to the site in Chile.",
        "Anna Berg, Southern's president for Latin America, said the company remained committed to Chile.",
      ],
      "Lithium miner pauses Chile project",
    );
    expect(find(article, "Southern Cross Lithium Group")?.country).toBe("AU");
    expect(find(article, "Anna Berg")?.country).toBe("AU");
  });

  it("leaves an officer of a body working across borders without a country, whatever nationality is given", () => {
    const article = page(
      "news-sample.com",
      [
        "Heavy rains flooded camps in northern Kenya, the UN refugee agency UNHCR said on Monday.",
        "\"We need more tents now,\" its representative in the country, the Danish Mette Lund, told reporters in Nairobi.",
        "Pierre Garnier, a French doctor running a clinic for Médecins Sans Frontières (MSF), said cases of cholera were rising in Kenya.",
      ],
      "Floods hit camps in Kenya",
    );
    expect(find(article, "Mette Lund")?.country).toBeNull();
    expect(find(article, "Pierre Garnier")?.country).toBeNull();
  });

  it("gives an envoy sent to a body the sending country, not the story's", () => {
    const article = page(
      "news-sample.com",
      [
        "Fighting spread across eastern Congo on Sunday as rebels took two more towns in Congo, officials said.",
        "Uganda's envoy to the African Union, Grace Nabirye, told reporters in Addis Ababa that her country backed talks.",
        "Congo said the rebels had shelled a market in Congo's North Kivu province.",
      ],
      "Fighting spreads in eastern Congo",
    );
    expect(find(article, "Grace Nabirye")?.country).toBe("UG");
  });

  it("leaves a UN coordinator posted in a country without that country", () => {
    const article = page(
      "news-sample.com",
      [
        "Floods swept through the south of Bangladesh on Monday, and Bangladesh asked for help.",
        "The UN's resident coordinator in Bangladesh, Karin Holm, said the appeal would cover food and shelter for a month.",
        "Villages across Bangladesh remained under water on Tuesday.",
      ],
      "Floods sweep Bangladesh",
    );
    expect(find(article, "Karin Holm")?.country).toBeNull();
  });

  it("reads a long title through a ministry's name and gives a unit the country of the ministry it sits in", () => {
    const article = page(
      "wire-sample.com",
      [
        "A Japanese-funded seed bank in Nepal has stored 4,000 varieties of rice, officials said on Friday in Kathmandu.",
        "The bank has grown every year, said Ram Bahadur Thapa, director of the Seed Quality Centre at Nepal's Ministry of Agriculture and Livestock.",
      ],
      "Seed bank in Nepal stores 4,000 rice varieties",
    );
    expect(find(article, "Ram Bahadur Thapa")?.country).toBe("NP");
    expect(find(article, "Seed Quality Centre")?.country).toBe("NP");
  });
});
