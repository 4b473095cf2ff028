/**
 * Causes found by a round-12 audit of figures on real news pages (budgets, disaster bulletins, market reports,
 * spec sheets, scorecards, weather and court copy): the counted noun of "the number of X", a part "out of" a whole,
 * products and dimensions written with "x", age pairs, road numbers, the cent sign, "MT", casualty labels, a spaced
 * "C" after a weather head, and closing lists of budget lines. Sentences and pages written for these tests.
 */
import { extractArticle } from "../../../src/ingestion";
import { read, units } from "./figure-reader";
import { FETCHED_AT } from "./raw-article";

describe("the thing 'the number of X' counts", () => {
  it("reads the noun before a level verb, not the count of the sentence before", () => {
    const text = "Some 4,210 huts were flattened in 9 districts. Meanwhile, the number of drownings remained at 41, with 17 confirmed by the coroner. The total number of recorded burns is 236, with 198 treated.";
    expect(units(text, "MZ")).toEqual(["huts", "districts", "drownings", "drownings", "recorded burns", "recorded burns"]);
  });
});

describe("a part out of a whole", () => {
  it("counts what the whole counts", () => {
    expect(read("The floods have now affected 11 out of 16 provinces, the agency said.", "LA")).toEqual([
      [11, "COUNT", "provinces", "11"],
      [16, "COUNT", "provinces", "16"],
    ]);
  });
});

describe("products and dimensions written with x", () => {
  it("drops a product with no unit after it", () => {
    expect(units("Okafor made 74 off 52 balls (6 x 4, 2 x 6) before he was caught at long-on.", "NG")).toEqual(["balls"]);
  });

  it("gives each side of a screen's resolution the noun the chain ends with", () => {
    expect(units("The tablet has a 10.1-inch screen (2400 x 1080 pixels) and weighs 480g.", "IN")).toEqual(["in", "pixels", "pixels", "g"]);
  });

  it("lets the dimension's unit win over a fact-box label", () => {
    expect(read("Measurements: 81 x 162 x 8.4 mm", "IN").map((f) => f.slice(0, 3))).toEqual([
      [81, "MEASURE", "mm"],
      [162, "MEASURE", "mm"],
      [8.4, "MEASURE", "mm"],
    ]);
  });
});

describe("a pair of ages", () => {
  it("reads both ends after 'aged about' as ages", () => {
    expect(read("The widow and her sons, aged about 12 and 8 years, were moved to a shelter.", "IN").map((f) => f.slice(0, 3))).toEqual([
      [12, "AGE", "year"],
      [8, "AGE", "year"],
    ]);
  });
});

describe("road numbers", () => {
  it("does not read a route after 'the' as rand or naira", () => {
    expect(read("Drivers were told to use the R512, and the N2 north stays shut.", "ZA")).toEqual([]);
  });

  it("keeps a letter amount before a noun as money", () => {
    expect(read("The council approved the R350 grant and a R90 levy.", "ZA").map((f) => f.slice(0, 3))).toEqual([
      [350, "MONEY", "ZAR"],
      [90, "MONEY", "ZAR"],
    ]);
  });
});

describe("the cent sign after an amount", () => {
  it("reads a hundredth of the story's dollar", () => {
    expect(read("Qantas added 31¢ to A$6.12 while Telstra shed 3¢.", "AU").map((f) => f.slice(0, 3))).toEqual([
      [0.31, "MONEY", "AUD"],
      [6.12, "MONEY", "AUD"],
      [0.03, "MONEY", "AUD"],
    ]);
  });
});

describe("metric tons written MT", () => {
  it("reads MT as tonnes", () => {
    expect(read("Cassava losses reached 8,340 MT in the two provinces.", "PH")).toEqual([[8340, "MEASURE", "t", "8,340 MT"]]);
  });
});

describe("casualty labels in a bulletin", () => {
  it("reads a participle label before a colon as the thing counted", () => {
    expect(read("Storm bulletin\n- dead: 17\n- injured: 203\n- missing: 6\n", "VN").map((f) => f.slice(0, 3))).toEqual([
      [17, "COUNT", "dead"],
      [203, "COUNT", "injured"],
      [6, "COUNT", "missing"],
    ]);
  });
});

describe("a spaced C after a weather head", () => {
  it("reads 'a high of 27 C' as a temperature with no other weather word", () => {
    expect(read("Tuesday brings gusts to 50 km/h and a high of 27 C.", "CA").map((f) => f.slice(0, 3))).toEqual([
      [50, "MEASURE", "km/h"],
      [27, "MEASURE", "°C"],
    ]);
  });
});

describe("a closing list of budget lines", () => {
  it("keeps label-and-amount lines at the end of the page in the body", () => {
    const raw = [
      "ledgerdaily-sample.in",
      "",
      "State Budget: Where the Money Goes",
      "",
      "2026-03-02",
      "",
      "Mumbai: The finance minister on Monday tabled a budget that raises spending on canals and schools, officials said.",
      "",
      "Canal repairs: Rs 4,200 crore",
      "",
      "School meals: Rs 1,150 crore",
      "",
      "Rural roads: 2.3 lakh crore",
    ].join("\n");
    const article = extractArticle(raw, { fetchedAt: FETCHED_AT });
    expect(article.figures.map((f) => [f.value, f.unit])).toEqual([
      [42000000000, "INR"],
      [11500000000, "INR"],
      [2300000000000, "INR"],
    ]);
  });
});

describe("an article 'A' before a dollar amount after a dateline or at a line's start", () => {
  it("does not read it as Australian dollars", () => {
    expect(read("MANILA - A $40 million loan was signed on Monday.\nA $2 million grant followed.").map((f) => f.slice(0, 3))).toEqual([
      [40000000, "MONEY", "USD"],
      [2000000, "MONEY", "USD"],
    ]);
  });

  it("still reads 'A $' inside a sentence as Australian dollars", () => {
    expect(read("The miner raised A $85 million from investors.").map((f) => f.slice(0, 3))).toEqual([[85000000, "MONEY", "AUD"]]);
  });
});

describe("results lines of a match report", () => {
  it("reads no figure in a line of two names and their goals", () => {
    expect(read("Rovers 3 Athletic 1\nRovers dominated the first half and deserved the points.\nCity United 2 Harbour Town 2", "GB")).toEqual([]);
  });
});

describe("a plural past a capitalised name", () => {
  it("counts the plural, not the count before", () => {
    expect(units("There were 31 goals in the 9 Scottish Premier League matches on Saturday.", "GB")).toEqual(["goals", "matches"]);
  });
});
