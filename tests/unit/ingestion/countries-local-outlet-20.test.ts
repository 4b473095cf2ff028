/**
 * Where a local outlet's story is set when a foreign country's people or owner fill it (holdout-19 cause): a
 * Canadian town written with its province's press abbreviation, a US state named only to place a town, a foreign
 * country's name used as a modifier ("New Zealand crews"), and a region the place table finds ambiguous named after
 * a word that can only place a region ("western Victoria"). Sentences written for these tests.
 */
import { find, fromOutlet } from "./raw-article";

describe("a Canadian province's press abbreviation after a town", () => {
  it("places a town the gazetteer lacks in Canada, as 'Omaha, Neb.' is placed in the US", () => {
    const page = [
      "A seed-cleaning plant in Neepawa, Man., will close in June, putting 45 people out of work, its owner said on Monday.",
      "“We were told at seven in the morning and sent home by nine,” said Harold Wiebe, who has worked at the plant for 22 years.",
    ];
    expect(fromOutlet("example.com", page, "Seed plant to close").countries).toEqual(["CA"]);
    const both = [
      "Kernel Foods, based in Omaha, Neb., will close its seed-cleaning plant in Neepawa, Man., in June, the company said.",
    ];
    expect(fromOutlet("example.com", both, "Seed plant to close").countries).toEqual(["CA", "US"]);
  });

  it("does not read Mexican copy's 'MONTERREY, N.L.' as Newfoundland and Labrador", () => {
    const page = ["MONTERREY, N.L. — A Korean battery maker will build a plant outside Monterrey, Nuevo León's governor said on Tuesday."];
    expect(fromOutlet("example.com", page, "Battery plant for Monterrey").countries).not.toContain("CA");
  });
});

describe("a foreign country named as a modifier on a local outlet's page", () => {
  const page = [
    "Forty New Zealand firefighters have arrived in western Victoria to relieve crews fighting a bushfire near Stawell that has burnt 30,000 hectares.",
    "The New Zealand crews will work 12-hour shifts on the fire's southern flank for two weeks, the incident controller said.",
    "Incident controller Megan Hollis said local volunteers had been on the fireground for nine days. “They need sleep. The Kiwis give them that,” Ms Hollis said.",
    "Strike team leader Wiremu Tane, from Rotorua, said his team had trained for grass fires. “The fuel here is heavier than anything we see at home,” he said.",
    "Farmer Keith Dunstan, 61, lost 400 sheep and a hay shed. “The fire came over the hill in four minutes,” he said.",
    "Crews from Ballarat and Bendigo joined the effort on Friday. The New Zealand contingent is the third to arrive this summer.",
  ];
  const article = fromOutlet("abc.net.au", page, "New Zealand firefighters arrive to help fight western Victoria bushfire");

  it("sets the story where the outlet and its regions are, not where the visitors come from", () => {
    expect(article.countries).toEqual(["AU", "NZ"]);
    expect(find(article, "Megan Hollis")?.country).toBe("AU");
    expect(find(article, "Keith Dunstan")?.country).toBe("AU");
  });

  it("keeps the visitor whose text says where he is from", () => {
    expect(find(article, "Wiremu Tane")?.country).toBe("NZ");
  });
});

describe("an ambiguous region after a word that can only place a region", () => {
  it("reads 'regional Victoria' on an Australian site as the state", () => {
    const page = [
      "Rail services in regional Victoria will run on a reduced timetable from Monday after a driver shortage, the operator said.",
      "Operations manager Tim Barlow said the cuts would last six weeks. “We would rather run fewer trains than cancel at the platform,” he said.",
    ];
    const article = fromOutlet("theage.com.au", page, "Country rail timetable cut for six weeks");
    expect(article.countries).toEqual(["AU"]);
    expect(find(article, "Tim Barlow")?.country).toBe("AU");
  });

  it("leaves a name two countries give their regions to a site of neither ('southern Punjab')", () => {
    const page = [
      "Floods in southern Punjab have cut roads to 40 villages, the relief agency said on Tuesday.",
      "Field coordinator Sara Lind said boats were the only way in. “We are carrying flour and clean water by hand,” she said.",
    ];
    const article = fromOutlet("example.org", page, "Floods cut roads to 40 villages");
    expect(article.countries).not.toContain("IN");
  });
});
