/**
 * Figures whose thing counted stands elsewhere in the sentence, and numbers that claim nothing (holdout-15 and -16
 * causes): a part of the casualties or of an area, "N more" of a plural named before, a level after a change,
 * "and a half" before a scale word, a spaced degree letter, and a wire's exchange-rate note.
 * Sentences written for these tests.
 */
import { read } from "./figure-reader";

describe("the thing counted named elsewhere in the sentence", () => {
  it("counts a part of the casualties by their participle", () => {
    expect(read("Police said 31 people were hurt in the crash and 7 of the injured remained in intensive care.")).toEqual([
      [31, "COUNT", "people", "31"],
      [7, "COUNT", "injured people", "7"],
    ]);
  });

  it("keeps a part of an area in the area's unit", () => {
    expect(read("The blaze has burned 9,200 hectares, about 2,100 of them inside the national park, officials said.")).toEqual([
      [9200, "MEASURE", "ha", "9,200 hectares"],
      [2100, "MEASURE", "ha", "2,100"],
    ]);
  });

  it("counts 'N more' as more of the plural the sentence named", () => {
    expect(read("The charity has sent solar lanterns to every flooded district and has 12,500 more waiting at the port.")).toEqual([[12500, "COUNT", "lanterns", "12,500"]]);
  });

  it("counts a level after a percentage change as the sentence's plural subject", () => {
    expect(read("Bicycle thefts reported in the capital rose 12% over the summer, to 18,400, the police said.").map((f) => f[2])).toEqual(["%", "bicycle thefts"]);
  });

  it("takes no plural for 'N more' from across a comma", () => {
    expect(read("A bus crash killed at least 14 near the pass, rescue officials said on Friday, with 9 more in hospital.").map((f) => f[2])).not.toContain("officials");
  });

  it("reads no plural for 'N more than'", () => {
    expect(read("The charity sent lanterns to the districts and said it needed 12,500 more than it had.")).toEqual([]);
  });
});

describe("spelled scales and degree letters", () => {
  it("reads 'and a half' before a scale word as half of the scale", () => {
    expect(read("The camp sits at three and a half thousand metres above sea level.")).toEqual([[3500, "MEASURE", "m", "three and a half thousand metres"]]);
  });

  it("reads a spaced C after a reading as degrees in a weather sentence", () => {
    expect(read("Temperatures in the valley hit 41 C on Sunday as the heat wave deepened.", "CA")).toEqual([[41, "MEASURE", "°C", "41 C"]]);
  });
});

describe("a wire's exchange-rate note", () => {
  it("yields no figure for '($1 = 5.34 reais)' or '(1 euro = $1.08)'", () => {
    const text = "The bank lent 2 billion reais to the state.\n\n($1 = 5.34 reais)\n\n(1 euro = $1.0850)";
    expect(read(text, "BR").map((f) => f[3])).toEqual(["2 billion reais"]);
  });
});
