/**
 * Counts whose thing counted is named away from the number (issue 8, batch 16): "others" continuing the count
 * before, fact-box labels ending in a colon, a change noun before "to" that names no thing, and cricket
 * partnerships and dismissals in a report that keeps score in runs; each with look-alikes that stay out.
 * Sentences written for these tests.
 */
import { read, units } from "./figure-reader";

describe("\"others\" continuing the count before", () => {
  it("gives a bare \"others\" the noun of the count just before in the same sentence", () => {
    expect(units("About 5,200 huts were flattened, 640 others lost their roofs and 90 were swept into the river.")).toEqual(["huts", "huts", "huts"]);
    expect(units("The blast killed 14 passengers and injured 37 others at the depot.")).toEqual(["passengers", "passengers"]);
  });

  it("keeps \"others\" when a sentence ends between them, or no count comes before", () => {
    expect(units("The crash killed 9 miners. 21 others were treated for smoke, the company said.")).toEqual(["miners", "others"]);
    expect(units("Rescuers pulled 45 others from the rubble on Tuesday.")).toEqual(["others"]);
  });
});

describe("fact-box labels", () => {
  it("counts the plural a label ends in, or the first plural of a longer label", () => {
    expect(read("Bridges washed away: 19\nFamilies in shelters: 2,340\nSchools used as shelters: 61")).toEqual([
      [19, "COUNT", "bridges", "19"],
      [2340, "COUNT", "families", "2,340"],
      [61, "COUNT", "schools", "61"],
    ]);
    expect(units("Boats lost: 28. Fishing nets: 410.")).toEqual(["boats", "fishing nets"]);
  });

  it("reads no count from a label with a name, a singular label or a colon that is not at the start", () => {
    expect(units("Kenya Airways: 12")).toEqual([]);
    expect(units("Final score: 88")).toEqual([]);
    expect(units("The minister added one thing for reporters: 40 would not be enough.")).toEqual([]);
  });
});

describe("a change named before \"to\"", () => {
  it("lets the count before name the total a change reaches", () => {
    expect(units("The bank will shed 2,500 more posts, bringing the overall reduction to 6,100.")).toEqual(["posts", "posts"]);
  });

  it("still reads a plural subject before a reach verb", () => {
    expect(units("The group said job cuts had risen to 6,100 this year.")).toEqual(["job cuts"]);
  });
});

describe("cricket partnerships and dismissals", () => {
  it("scores a partnership and a batter's fall in runs in a cricket report", () => {
    expect(units("The openers added 187 for the first wicket before Karim fell for 96.")).toEqual(["runs", "runs"]);
  });

  it("keeps a bare number out of a report that is not about cricket", () => {
    expect(units("The council added 187 to the list before the deadline fell for review.")).toEqual([]);
  });
});
