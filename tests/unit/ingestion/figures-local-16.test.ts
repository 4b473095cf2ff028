/**
 * Local money and ages (holdout-14 causes): plain "$" in a local-dollar story that sets US amounts apart, a currency
 * sign written after the amount, a press letter symbol in a story led by another country, and a speaker's own age.
 * Sentences written for these tests; each page runs through the whole pipeline.
 */
import { extract } from "./raw-article";

const money = (paragraphs: string[], title?: string) =>
  extract(paragraphs, title)
    .figures.filter((f) => f.kind === "MONEY")
    .map((f) => [f.value, f.unit, f.text]);

describe("plain $ in a local-dollar story that marks US amounts apart", () => {
  it("reads plain $ as the Australian dollar beside '$US'", () => {
    const got = money(
      [
        "The Queensland government will spend $450 million on a new rail depot in Townsville, the Premier said on Friday.",
        "Steel for the depot costs about $US300 a tonne more than it did in 2022, the builder said.",
        "Brisbane and the rest of Queensland will get the next stage of the network, Australia's infrastructure body said.",
      ],
      "Townsville rail depot approved",
    );
    expect(got).toEqual([
      [450000000, "AUD", "$450 million"],
      [300, "USD", "$US300"],
    ]);
  });

  it("reads plain $ as the Canadian dollar beside 'US$'", () => {
    const got = money(
      [
        "Manitoba will put $85 million into a new water plant in Brandon, the province said, while Canada's federal government adds $40 million.",
        "A similar plant in North Dakota cost US$70 million five years ago, Winnipeg engineers told the committee.",
      ],
      "Brandon water plant funded",
    );
    expect(got.map((f) => f[1])).toEqual(["CAD", "CAD", "USD"]);
  });

  it("keeps plain $ as US dollars when the story marks its own dollar apart too", () => {
    const got = money(
      [
        "The Queensland miner said profit rose to A$210 million, and it will spend $90 million on a new mill in Townsville.",
        "Coal sold for US$120 a tonne, the company said in Brisbane, Australia.",
      ],
      "Queensland miner lifts profit",
    );
    expect(got.find((f) => f[2] === "$90 million")?.[1]).toBe("USD");
  });
});

describe("a currency sign written after the amount", () => {
  it("reads zł, Kč and kr after a number as the złoty, the koruna and the krona", () => {
    const pl = money(["The city of Opole will spend 12 million zł on new trams, Poland's transport ministry said in Warsaw."], "Opole buys trams");
    expect(pl).toEqual([[12000000, "PLN", "12 million zł"]]);
    const cz = money(["A day ticket in Brno now costs 120 Kč, the Czech Republic's transit authority said."], "Brno fares rise");
    expect(cz).toEqual([[120, "CZK", "120 Kč"]]);
    const se = money(["A bus pass in Malmo will cost 950 kr a month from June, Sweden's regional operator said in Stockholm."], "Malmo bus passes");
    expect(se).toEqual([[950, "SEK", "950 kr"]]);
  });
});

describe("a press letter symbol in a story led by another country", () => {
  it("reads 'LE' as the Egyptian pound where the story names Egypt", () => {
    const got = money(
      [
        "A Saudi dairy group has agreed to lease farmland in Saudi Arabia's north, and Saudi officials said the deal with Egypt would follow.",
        "Saudi Arabia will import feed from the project, the group said in Riyadh, Saudi Arabia.",
        "Farmers there are paid LE1,800 a tonne for their clover, Egypt's farm ministry said.",
      ],
      "Saudi dairy group signs land lease",
    );
    expect(got).toContainEqual([1800, "EGP", "LE1,800"]);
  });
});

describe("a speaker's own age", () => {
  it("reads 'when I was 19.' inside a quote as an age", () => {
    const a = extract([
      "Fisher Moira Quinlan has worked the harbour at Dingle for four decades.",
      "“I bought my first boat when I was 19. Nobody thought it would last,” Ms Quinlan said.",
    ]);
    expect(a.figures.filter((f) => f.kind === "AGE").map((f) => [f.value, f.unit, f.text])).toEqual([[19, "year", "19"]]);
  });

  it("reads no age where 'I was' is followed by a unit or a rank", () => {
    const a = extract(["“I was 19 points behind at the turn,” the golfer Moira Quinlan said."]);
    expect(a.figures.filter((f) => f.kind === "AGE")).toEqual([]);
  });
});
