/**
 * The quantities stage by kind (API.md, "Figures"): value, kind and unit of each figure, on sentences
 * written for these tests.
 */
import { extractFigures, kindOfUnit } from "../../../src/ingestion/extract/figures";
import { figureContext, MAX_CONTEXT } from "../../../src/ingestion/quantities/context";
import { readSpelledNumber } from "../../../src/ingestion/quantities/number-words";
import { measureSymbol, unitAfter } from "../../../src/ingestion/quantities/units";
import { outletCountryOf } from "../../../src/ingestion/quantities/currency-context";
import { canonicalUnit } from "../../../src/services/filters";
import { splitSentences } from "../../../src/ingestion/text/sentences";

/** [value, kind, unit, text] of each figure; `home` is the story's country, `source` the outlet's domain. */
function read(text: string, home: string | null = null, source: string | null = null) {
  const weights = new Map(home ? [[home, 2]] : []);
  return extractFigures(text, splitSentences(text), home, () => null, weights, source).map((f) => [f.value, f.kind, f.unit, f.text]);
}

describe("MONEY: the currency meant, not the symbol", () => {
  it("reads the outlet's own dollar from its domain", () => {
    expect(read("The council will borrow $42 million for the new pool.", null, "coastdaily-example.com.au")).toEqual([[42000000, "MONEY", "AUD", "$42 million"]]);
    expect(read("Tickets cost $35 each, the club said.", null, "harbourpost-example.co.nz")).toEqual([[35, "MONEY", "NZD", "$35"]]);
    expect(read("The mayor approved $8 million for snow clearing.", null, "prairiewire-example.ca")).toEqual([[8000000, "MONEY", "CAD", "$8 million"]]);
    expect(read("The mayor approved $8 million for snow clearing.", null, "example-wire.com")).toEqual([[8000000, "MONEY", "USD", "$8 million"]]);
  });

  it("reads prefixed dollars and the sign after the letters", () => {
    expect(read("The port upgrade will cost $NZ60 million over two years.")[0]).toEqual([60000000, "MONEY", "NZD", "$NZ60 million"]);
    expect(read("It posted a profit of A$1.4 billion and paid US$300 million in tax.")).toEqual([
      [1400000000, "MONEY", "AUD", "A$1.4 billion"],
      [300000000, "MONEY", "USD", "US$300 million"],
    ]);
    expect(read("Flats start at HK$5.2 million, and a suite costs S$900 a night.").map((f) => f[2])).toEqual(["HKD", "SGD"]);
    expect(read("The miner raised C$75 million in the placement.")[0][2]).toBe("CAD");
  });

  it("reads ringgit, rupees and Indian scales, with or without the symbol in an Indian story", () => {
    expect(read("Penang approved an RM1.2 billion flood scheme.", "MY")[0]).toEqual([1200000000, "MONEY", "MYR", "RM1.2 billion"]);
    expect(read("The state set aside Rs 450 crore for roads.", "IN")[0]).toEqual([4500000000, "MONEY", "INR", "Rs 450 crore"]);
    expect(read("The handset is priced at ₹18,999 in stores.", "IN")[0]).toEqual([18999, "MONEY", "INR", "₹18,999"]);
    expect(read("The cabinet cleared a 2,000 crore package for farmers.", "IN")[0]).toEqual([20000000000, "MONEY", "INR", "2,000 crore"]);
    expect(read("The scheme reached 3.5 lakh households last year.", "IN")[0]).toEqual([350000, "COUNT", "households", "3.5 lakh"]);
  });

  it("reads cents as a hundredth of the story's currency and the euro sign after the amount", () => {
    expect(read("The board declared a dividend of 15 cents a share.")[0]).toEqual([0.15, "MONEY", "USD", "15 cents"]);
    expect(read("The airline's shares closed at 88 cents.", null, "marketnews-example.com.au")[0]).toEqual([0.88, "MONEY", "AUD", "88 cents"]);
    expect(read("Each fan was fined 1,200€ by the league.")[0]).toEqual([1200, "MONEY", "EUR", "1,200€"]);
    expect(read("The fine was €450, or 450 € with costs.").map((f) => [f[0], f[2]])).toEqual([
      [450, "EUR"],
      [450, "EUR"],
    ]);
  });

  it("reads a bracketed dollar conversion after another currency as US dollars", () => {
    const text = "The fine is 12 million Australian dollars ($8 million) for each breach.";
    expect(read(text, "AU").map((f) => [f[0], f[2]])).toEqual([
      [12000000, "AUD"],
      [8000000, "USD"],
    ]);
  });
});

describe("PERCENT", () => {
  it("reads %, pc, percent and per cent as % and points as pp", () => {
    expect(read("Unemployment fell to 4.38pc in March.")[0]).toEqual([4.38, "PERCENT", "%", "4.38pc"]);
    expect(read("The rate rose by 0.25 percentage points.")[0]).toEqual([0.25, "PERCENT", "pp", "0.25 percentage points"]);
    expect(read("The bank cut by 50 basis points.")[0]).toEqual([0.5, "PERCENT", "pp", "50 basis points"]);
  });

  it("gives each end of a range a figure", () => {
    expect(read("Margins will be 10-12% next year.").map((f) => [f[0], f[2]])).toEqual([
      [10, "%"],
      [12, "%"],
    ]);
  });
});

describe("COUNT: the thing the sentence counts", () => {
  it("takes a casualty word when no noun follows", () => {
    expect(read("At least 460 killed in the floods, officials said.")[0]).toEqual([460, "COUNT", "killed", "460"]);
    expect(read("Rescuers found 12 survivors, and 30 others are still missing.").map((f) => f[2])).toEqual(["survivors", "missing"]);
  });

  it("reads a toll as deaths and a population as people", () => {
    expect(read("The death toll from the landslide rose to 84 overnight.")[0]).toEqual([84, "COUNT", "deaths", "84"]);
    expect(read("The island, with a population of 2.3 million, has one airport.")[0]).toEqual([2300000, "COUNT", "people", "2.3 million"]);
  });

  it("gives a part the counted thing of its whole", () => {
    expect(read("Some 40,000 of the two million tickets went unsold.").map((f) => [f[0], f[2]])).toEqual([
      [40000, "tickets"],
      [2000000, "tickets"],
    ]);
  });

  it("skips a place with a name in it to find the subject counted", () => {
    expect(read("Flu cases at the Dunedin rest home rose to 31 on Friday.")[0]).toEqual([31, "COUNT", "cases", "31"]);
  });

  it("leaves out an exchange rate quoted per dollar", () => {
    expect(read("The peso weakened to 58 to the dollar, and reserves fell to $9 billion.")).toEqual([[9000000000, "MONEY", "USD", "$9 billion"]]);
  });

  it("leaves out emergency numbers and the small number words of prose", () => {
    expect(read("The county runs three 911 dispatch centres.")).toEqual([]);
    expect(read("Residents were told to call 911 at once.")).toEqual([]);
    expect(read("The two sides met with four advisers each.")).toEqual([]);
  });
});

describe("MEASURE: units through the units table, as API.md's symbols", () => {
  it("reads symbols and names glued or spaced", () => {
    expect(read("The hatchback has a 1.2l engine making 640 bhp.").map((f) => [f[0], f[1], f[2]])).toEqual([
      [1.2, "MEASURE", "L"],
      [640, "MEASURE", "hp"],
    ]);
    expect(read("Exports reached 8.4 million tonnes.")[0]).toEqual([8400000, "MEASURE", "t", "8.4 million tonnes"]);
    expect(read("Temperatures hit 41°C and winds reached 90 km/h.").map((f) => f[2])).toEqual(["°C", "km/h"]);
    expect(read("The phone has 512GB of storage and a 2.9GHz chip.").map((f) => f[2])).toEqual(["GB", "GHz"]);
    expect(read("The plant will supply 750 megawatts over 40 hectares.").map((f) => f[2])).toEqual(["MW", "ha"]);
    expect(read("Winds gusted at 70mph along the coast.")[0]).toEqual([70, "MEASURE", "mph", "70mph"]);
  });

  it("reads both units of a conversion and both ends of a range", () => {
    expect(read("The column stretched nine miles (14 km) along the road.").map((f) => [f[0], f[2]])).toEqual([
      [9, "mi"],
      [14, "km"],
    ]);
    expect(read("The wall will be between 4 and 6 metres high.").map((f) => [f[0], f[2]])).toEqual([
      [4, "m"],
      [6, "m"],
    ]);
  });

  it("reads an earthquake's magnitude", () => {
    expect(read("A magnitude 5.9 quake struck before dawn.")[0]).toEqual([5.9, "MEASURE", "magnitude", "5.9"]);
    expect(read("A 6.3-magnitude earthquake hit the coast.")[0]).toEqual([6.3, "MEASURE", "magnitude", "6.3-magnitude"]);
  });
});

describe("DURATION and AGE", () => {
  it("reads spans of time in singular units", () => {
    expect(read("He was jailed for three years in prison.")[0]).toEqual([3, "DURATION", "year", "three years"]);
    expect(read("She spent 186 days in orbit.")[0]).toEqual([186, "DURATION", "day", "186 days"]);
    expect(read("Workers began a 48-hour strike.")[0]).toEqual([48, "DURATION", "hour", "48-hour"]);
    expect(read("The project took two decades.")[0]).toEqual([20, "DURATION", "year", "two decades"]);
  });

  it("leaves out relative dates and record frames", () => {
    expect(read("Five years ago the port was empty.")).toEqual([]);
    expect(read("It was the lowest reading in six years.")).toEqual([]);
    expect(read("Exports posted their first gain in seven months.")).toEqual([]);
  });

  it("keeps a span after a sentence that opens with 'First' or 'At first' in time order", () => {
    expect(read("First the council promised the bridge in eight months, then in a year.")[0]).toEqual([8, "DURATION", "month", "eight months"]);
    expect(read("At first the insurer said repairs would be paid in nine weeks.")[0]).toEqual([9, "DURATION", "week", "nine weeks"]);
  });

  it("reads ages after a name, a person noun or as a compound", () => {
    expect(read("Marsh, 52, was sentenced on Friday.")[0]).toEqual([52, "AGE", "year", "52"]);
    expect(read("The driver, 37, was unhurt.")[0]).toEqual([37, "AGE", "year", "37"]);
    expect(read("A 19-year-old student was arrested.")[0]).toEqual([19, "AGE", "year", "19-year-old"]);
    expect(read("Children under 12 travel free.")[0]).toEqual([12, "AGE", "year", "12"]);
  });
});

describe("not figures", () => {
  it("skips years, dates, clock times, ordinals and phone numbers", () => {
    expect(read("On 3 March 2025 at 9:30 a.m. the 4th session opened; call 555-0199 for details.")).toEqual([]);
  });
});

describe("context", () => {
  it("is the sentence, clipped to 400 characters around the figure on word boundaries", () => {
    const long = `${"word ".repeat(300)}the fleet has 45 ships ${"more ".repeat(300)}end.`;
    const [f] = extractFigures(long, splitSentences(long));
    expect(f.context.length).toBeLessThanOrEqual(MAX_CONTEXT);
    expect(f.context).toContain("45 ships");
    expect(f.context).toMatch(/^(?:word|more|the)\b.*\b(?:word|more|end\.)$/);
    expect(figureContext("Short one. 12 drones here. Next.", splitSentences("Short one. 12 drones here. Next."), 11, 13)).toBe("12 drones here.");
  });
});

describe("helpers", () => {
  it("reads spelled cardinals", () => {
    expect(readSpelledNumber("twenty-five km", 0)).toEqual({ value: 25, length: 11 });
    expect(readSpelledNumber("three hundred and forty people", 0)).toEqual({ value: 340, length: 23 });
    expect(readSpelledNumber("a dozen eggs", 0)).toEqual({ value: 12, length: 7 });
    expect(readSpelledNumber("someone", 0)).toBeNull();
  });

  it("maps unit spellings and filter units onto API.md's symbols", () => {
    expect(unitAfter("12 square kilometres", 2)).toMatchObject({ symbol: "km2", kind: "MEASURE" });
    expect(unitAfter("5 in the", 1)).toBeNull();
    expect(measureSymbol("mw")).toBe("MW");
    expect(canonicalUnit("gwh")).toBe("GWh");
    expect(canonicalUnit("usd")).toBe("USD");
    expect(canonicalUnit("Drones")).toBe("drones");
    expect(kindOfUnit("°C")).toBe("MEASURE");
    expect(kindOfUnit("pp")).toBe("PERCENT");
    expect(kindOfUnit("day")).toBe("DURATION");
    expect(outletCountryOf("news.bbc.co.uk")).toBe("GB");
    expect(outletCountryOf("example.io")).toBeNull();
  });
});
