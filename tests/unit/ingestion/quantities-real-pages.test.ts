/**
 * Causes found by a round-12 audit of figures on real news pages (budgets, disaster bulletins, market reports,
 * spec sheets, scorecards, weather and court copy): the counted noun of "the number of X", a part "out of" a whole,
 * products and dimensions written with "x", age pairs, road numbers, the cent sign, "MT", casualty labels, a spaced
 * "C" after a weather head, and closing lists of budget lines. Sentences and pages written for these tests.
 */
import { read, units } from "./figure-reader";

describe("the thing 'the number of X' counts", () => {
  it("reads the noun before a level verb, not the count of the sentence before", () => {
    const text = "Some 4,210 huts were flattened in 9 districts. Meanwhile, the number of drownings remained at 41, with 17 confirmed by the coroner. The total number of recorded burns is 236, with 198 treated.";
    expect(units(text, "MZ")).toEqual(["huts", "districts", "drownings", "drownings", "recorded burns", "recorded burns"]);
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

