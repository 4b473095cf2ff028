/**
 * Counts whose thing counted is named away from the number (issue 8, batch 16): "others" continuing the count
 * before, fact-box labels ending in a colon, a change noun before "to" that names no thing, and cricket
 * partnerships and dismissals in a report that keeps score in runs, and measures spelled as rates (m/s, km/L,
 * km/h) or as singular energy units; each with look-alikes that stay out.
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

describe("head of livestock", () => {
  it("counts the animals after \"head of\"", () => {
    expect(units("Ranchers sold 4,500 head of cattle at the spring auction.")).toEqual(["cattle"]);
  });

  it("leaves a head that is a person alone", () => {
    expect(units("The 40 heads of state met in Addis Ababa.")).toEqual(["heads"]);
  });
});

describe("a plural before \"of N\"", () => {
  it("names the count of a bare number after it", () => {
    expect(units("The ministry forecasts arrivals of between 2,400 and 2,900 this winter.")).toEqual(["arrivals", "arrivals"]);
  });

  it("reads no count from a size or a level before \"of\"", () => {
    expect(units("Pupils were taught in groups of 15 while the hall was repaired.")).toEqual([]);
  });
});

describe("a spelled number after the number", () => {
  it("ends the counted phrase, and \"down from\" compares with the sentence's first count", () => {
    expect(read("There were 640 vacant posts across 85 clinics in March, down from 910 two years earlier.")).toEqual([
      [640, "COUNT", "vacant posts", "640"],
      [85, "COUNT", "clinics", "85"],
      [910, "COUNT", "vacant posts", "910"],
      [2, "DURATION", "year", "two years"],
    ]);
  });
});

describe("measures and money before \"of N\"", () => {
  it("reads no count from a magnitude or a salary before \"of\"", () => {
    expect(units("Two quakes, with magnitudes of 7.8 and 7.5, struck the valley.").filter((u) => u === "magnitudes")).toEqual([]);
    expect(units("Graduates are offered salaries of 42,000 in their first year.")).not.toContain("salaries");
  });
});

describe("group sizes and age thresholds before \"of N\"", () => {
  it("reads no count from a group's size or an age threshold", () => {
    expect(units("Pupils sit in classes of 34 and queues of 200 formed at the gate.")).not.toContain("classes");
    expect(units("The club has members of 18 and over.")).not.toContain("members");
  });
});

describe("rates and singular energy units (MEASURE)", () => {
  it("reads metres per second, km per litre and km per hour as rates, not lengths", () => {
    expect(read("Gusts reached 30 metres per second on the coast.")).toEqual([[30, "MEASURE", "m/s", "30 metres per second"]]);
    expect(read("The hatchback returns 21.4 km per litre.")).toEqual([[21.4, "MEASURE", "km/L", "21.4 km per litre"]]);
    expect(units("Lorries are held to 80 km per hour on the pass.")).toEqual(["km/h"]);
  });

  it("keeps a length when \"per\" starts no rate it knows", () => {
    expect(units("Volunteers walked 5 km per day.")).toEqual(["km"]);
  });

  it("reads a singular megawatt-hour before a noun as energy", () => {
    expect(units("A 1,200 megawatt-hour battery will be built beside the 300 megawatt plant.")).toEqual(["MWh", "MW"]);
  });
});
