/**
 * Cities that may be namesakes in the story's own country (holdout-14 cause): a foreign city named only in someone's
 * words, and a city the text places as a district of another. Sentences written for these tests.
 */
import { extract } from "./raw-article";

const countries = (paragraphs: string[], title?: string) => extract(paragraphs, title).countries;
const LEAD = "KINGSTON, Jamaica — Jamaica will raise water rates for hotels from April, the water minister said on Monday.";
const TITLE = "Jamaica to raise water rates for hotels";

describe("a foreign city named only inside a quote", () => {
  it("needs its country named elsewhere before it counts", () => {
    const page = [
      LEAD,
      "“A farmer in Manchester pays the same for water as a hotel in Montego Bay. That will change,” the minister said.",
      "The National Water Commission says Jamaica loses a third of its treated water to leaks.",
    ];
    expect(countries(page, TITLE)).toEqual(["JM"]);
  });

  it("still counts the city named outside a quote, or beside its country", () => {
    const told = [
      LEAD,
      "The minister flew to Manchester last month to study how the city meters its water.",
    ];
    expect(countries(told, TITLE)).toEqual(["GB", "JM"]);
    const named = [
      LEAD,
      "“We looked at Manchester, and at how Britain meters water,” the minister said.",
    ];
    expect(countries(named, TITLE)).toEqual(["GB", "JM"]);
  });
});

describe("a city the text places as a district of another", () => {
  it("reads 'the Palermo neighbourhood of Buenos Aires' and 'the Buenos Aires district of Palermo' as Argentina only", () => {
    const first = ["Police raided a restaurant in the Palermo neighbourhood of Buenos Aires on Tuesday, Argentina's security ministry said."];
    expect(countries(first, "Police raid Buenos Aires restaurant")).toEqual(["AR"]);
    const second = ["Argentina's security ministry said police raided a restaurant in the Buenos Aires district of Palermo on Tuesday."];
    expect(countries(second, "Police raid Buenos Aires restaurant")).toEqual(["AR"]);
  });

  it("reads 'in the Palermo district' in an Argentine story as a district of its city", () => {
    const page = [
      "Argentina will cut gas subsidies for middle-income homes from January, the economy ministry in Buenos Aires said.",
      "Households in the Palermo district, where bills will rise most, held a protest on Saturday, Argentine media reported.",
    ];
    expect(countries(page, "Argentina to cut gas subsidies")).toEqual(["AR"]);
  });

  it("keeps the city that holds the district", () => {
    const page = ["Kenya's trade envoy opened an office in the Hamburg district of Altona on Friday, the Kenyan embassy said."];
    expect(countries(page, "Kenya opens trade office")).toEqual(["DE", "KE"]);
  });
});
