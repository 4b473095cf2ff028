/**
 * Number structures of real news copy that the quantities stage reads (issue 8): counts with no noun after
 * them, spelled counts, hyphened compounds, index levels, minus signs, Indian scales, vote tallies; each with
 * the look-alikes that are no figures. Sentences written for these tests.
 */
import { read, units, values } from "./figure-reader";

describe("counts with no noun after the number", () => {
  it("reads a toll named before the event it counts", () => {
    expect(read("The toll from the ferry fire off Mombasa rose to 27 on Monday.")).toEqual([[27, "COUNT", "deaths", "27"]]);
    expect(read("The flood toll stands at 146.")).toEqual([[146, "COUNT", "deaths", "146"]]);
    expect(read("The toll from the bus crash on the old mountain road near the town of Ranchi climbed to 19.")[0][2]).toBe("deaths");
    // A toll road or a toll plaza names no count.
    expect(read("The toll road opened with 4 lanes each way.")).toEqual([[4, "COUNT", "lanes", "4"]]);
  });

  it("reads a report word or a degree adverb before a casualty word", () => {
    expect(units("Rescuers found 12 survivors; 5 are confirmed dead and 30 seriously injured.")).toEqual(["survivors", "dead", "injured"]);
  });

  it("reads a population from or at a level", () => {
    expect(units("The plan would grow the city's population from about 2.5 million to 4 million.")).toEqual(["people", "people"]);
    expect(read("In Port Vale, population about 700, the mayor declared an emergency.")[0]).toEqual([700, "COUNT", "people", "700"]);
  });

  it("continues the paragraph's last count after at, with or of, not across a quote", () => {
    expect(units("Tamale had 52 patients on trolleys this morning. Ho was the worst affected region, at 31.")).toEqual(["patients", "patients"]);
    expect(values('Tamale had 52 patients waiting. "We cannot cope at 31," a nurse said.')).toEqual([52]);
    // Too far back, or no preposition before it: no figure.
    expect(values(`Tamale had 52 patients waiting. ${"The ward was short of staff all week. ".repeat(12)}Ho was at 31.`)).toEqual([52]);
  });

  it("reads an index level after to or at in a market report, and nothing in other prose", () => {
    expect(read("The Sensex fell 612.4 points, or 0.8 per cent, to 72,488.9.")).toEqual([
      [612.4, "COUNT", "points", "612.4"],
      [0.8, "PERCENT", "%", "0.8 per cent"],
      [72488.9, "COUNT", "points", "72,488.9"],
    ]);
    expect(read("The Nikkei closed at 38,120.")[0]).toEqual([38120, "COUNT", "points", "38,120"]);
    expect(values("The ferry service returned to 14,200 after repairs.")).toEqual([]);
  });

  it("keeps cricket scores in runs when the report never writes the word", () => {
    expect(units("The hosts were bowled out for 162 in 41.3 overs, with Patel top-scoring on 54.")).toEqual(["runs", "overs", "runs"]);
  });

  it("reads both ends of a vote tally, not a population that passed a level", () => {
    expect(units("The bill passed 215 to 210 after a long night.")).toEqual(["votes", "votes"]);
    expect(units("The city's population passed 3.9 million in October.")).toEqual(["people"]);
    expect(units("The jet carried 176 passengers.")).toEqual(["passengers"]);
  });
});

describe("the thing counted after the number", () => {
  it("reads a plural demonym as the people counted", () => {
    expect(read("About 1.4 million Kenyans need food aid.")[0]).toEqual([1400000, "COUNT", "kenyans", "1.4 million"]);
    expect(units("Some 15 million South Africans use minibus taxis.")).toEqual(["south africans"]);
    // A demonym before a noun is that noun's kind.
    expect(units("The 300 Kenyan runners set off at dawn.")).toEqual(["runners"]);
  });

  it("skips a maker and a model to the noun, and reads an employer before its staff", () => {
    expect(units("The airline ordered 12 Airbus A321neo jets.")).toEqual(["jets"]);
    expect(units("The carrier bought 65 Boeing 777-9 aircraft worth $52 billion.")).toEqual(["aircraft", "USD"]);
    expect(units("The union represents about 4,000 Harbour Air staff.")).toEqual(["staff"]);
    expect(units("It grounded five of its 14 Dreamliners last year.")).toEqual(["dreamliners"]);
    // A model name is no count of its own.
    expect(values("The airline flies the Boeing 737 and the Airbus A320 on domestic routes.")).toEqual([]);
  });

  it("reads a part of a whole with a possessive or an adjective between them", () => {
    expect(units("Officials said 23 of Kenya's 47 counties were in drought.")).toEqual(["counties", "counties"]);
    expect(units("The club has won 11 of its last 14 matches.")).toEqual(["matches", "matches"]);
  });

  it("reads a noun glued to the number by a hyphen, but not an adjective of size", () => {
    expect(read("The 300-page report was released on Friday.")).toEqual([[300, "COUNT", "page", "300-page"]]);
    expect(units("The court ordered the 40-storey towers demolished.")).toEqual(["storey"]);
    expect(values("Its 35-strong fleet is ageing and the 60-odd staff are worried.")).toEqual([]);
    // Hyphened units of time and measure keep their own kinds.
    expect(read("The 10-year bond and a 7-year-old boy.").map((f) => f[1])).toEqual(["DURATION", "AGE"]);
  });
});

describe("spelled numbers", () => {
  it("reads spelled counts above twelve as counts", () => {
    expect(read("Twenty-five tankers waited offshore.")).toEqual([[25, "COUNT", "tankers", "Twenty-five"]]);
    expect(read("Two hundred and forty households received parcels.")).toEqual([[240, "COUNT", "households", "Two hundred and forty"]]);
  });

  it("leaves the small number words of ordinary prose out", () => {
    expect(values("The two leaders met, and eleven families and a dozen firms were told.")).toEqual([]);
    expect(values("Hundreds of people marched and dozens were arrested.")).toEqual([]);
    // ... unless they carry a unit.
    expect(read("The talks will resume in three months.")).toEqual([[3, "DURATION", "month", "three months"]]);
  });
});

describe("signs, scales and points", () => {
  it("reads a minus sign before a percentage or a temperature, not a dash in a list", () => {
    expect(read("Retail sales fell -0.6% on the month.")).toEqual([[-0.6, "PERCENT", "%", "-0.6%"]]);
    expect(read("Hobart dipped to -2C overnight.")).toEqual([[-2, "MEASURE", "°C", "-2C"]]);
    expect(read("Results: - 14 schools closed.")).toEqual([[14, "COUNT", "schools", "14"]]);
    expect(values("COVID-19 cases and the G20 summit.")).toEqual([]);
  });

  it("reads ages in a range with a hyphen and the word to", () => {
    expect(read("Unemployment among 15-to-24-year-olds rose.").map((f) => [f[0], f[1]])).toEqual([
      [15, "AGE"],
      [24, "AGE"],
    ]);
  });

  it("reads crore written cr, and basis points in percentage points", () => {
    expect(read("The council cleared a Rs 5 cr plan.", "IN")).toEqual([[50000000, "MONEY", "INR", "Rs 5 cr"]]);
    expect(read("Yields rose 15 bps.")).toEqual([[0.15, "PERCENT", "pp", "15 bps"]]);
  });

  it("leaves clock times with seconds, ratios, scores, phone numbers and ordinals out", () => {
    expect(values("She won in 2:16:45 and he in 2:00:35.")).toEqual([]);
    expect(values("One in 10 people and 3 in 5 voters agreed.")).toEqual([]);
    expect(values("Kenya won the final 3-1 on June 3 at 10:30 a.m.; call 0800 555 123.")).toEqual([]);
    expect(values("He finished 3rd in the 2019 race.")).toEqual([]);
  });

  it("reads a person's age after he is or she was", () => {
    expect(read('"He is 84 and he was sitting on a chair," she said.')).toEqual([[84, "AGE", "year", "84"]]);
    expect(values("The gate is 84 metres wide.")).toEqual([84]);
  });
});

describe("ranges, hyphened percentages and subjects before the verb", () => {
  it("reads a range of counts with a plural noun after it, not a score or a season", () => {
    expect(read("About 15-20 workers were swept away.")).toEqual([
      [15, "COUNT", "workers", "15"],
      [20, "COUNT", "workers", "20"],
    ]);
    expect(values("The hosts won 4-1, a 3-2 win for the 2023-24 season.")).toEqual([]);
  });

  it("reads a percentage joined by a hyphen and a signed index change", () => {
    expect(read("Councillors voted on a 16-percent rates rise.")).toEqual([[16, "PERCENT", "%", "16-percent"]]);
    expect(read("The index lost -18.68 points.")[0]).toEqual([-18.68, "COUNT", "points", "-18.68"]);
  });

  it("reads an adjective between the number and its time unit after a hyphen", () => {
    expect(read("Prices fell for 54-consecutive months.")).toEqual([[54, "DURATION", "month", "54-consecutive months"]]);
  });

  it("reads the subject of grew by, and a verb after a bare number as no counted thing", () => {
    expect(units("Payrolls grew by 250,000 last month.")).toEqual(["payrolls"]);
    expect(units("Among the 41 sectors tracked, 40 saw growth.")).toEqual(["sectors", "sectors"]);
    expect(units("Over five million were affected by the floods.")).toEqual(["affected"]);
    // A name before the verb is no counted thing.
    expect(values("Kenya climbed to 12 in the rankings.")).toEqual([]);
  });
});

describe("market and crowd numbers", () => {
  it("leaves an exchange rate named after an index to the currency", () => {
    expect(read("The Nifty ended at 22,150, and the rupee settled at 83.4 against the dollar.")).toEqual([[22150, "COUNT", "points", "22,150"]]);
    expect(values("The dollar index rose 0.3% to 104.5 while the yen weakened to 150.2 per dollar.")).toEqual([0.3, 104.5]);
  });

  it("reads a crowd as people unless the noun after it says who", () => {
    expect(units("The side drew a crowd of 75,784 at the stadium.")).toEqual(["people"]);
    expect(units("The final drew a crowd of 56,000 fans.")).toEqual(["fans"]);
  });
});

describe("ages in brackets and thousands written k", () => {
  it("reads an age in brackets after a name, not a bracketed count or note", () => {
    expect(read("Ramesh Kumar (45), a farmer, and his son Suresh (19) were hurt.").map((f) => [f[0], f[1]])).toEqual([
      [45, "AGE"],
      [19, "AGE"],
    ]);
    expect(values("The agency (ABC) said 12 (about 3%) of the 400 firms (Table 2) failed.")).toEqual([3, 400]);
  });

  it("reads a glued k before a plural noun as thousands, not a race's name", () => {
    expect(read("The channel has 50k followers.")).toEqual([[50000, "COUNT", "followers", "50k"]]);
    expect(values("The 10K race went ahead.")).toEqual([]);
  });
});

describe("the counted thing past modifiers, asides and fronted partitives", () => {
  it("counts the plural after a casualty participle, and the participle when no plural follows", () => {
    expect(units("Aid went to the 17 affected districts on Friday.")).toEqual(["districts"]);
    expect(units("At least 40 displaced families slept in the school.")).toEqual(["families"]);
    expect(units("At least 40 killed in the blast were buried on Sunday.")).toEqual(["killed"]);
  });

  it("counts the plural after two modifiers joined by and, but not a second count", () => {
    expect(units("The council will buy 3,500 empty and derelict houses.")).toEqual(["houses"]);
    expect(units("The army sent 800 personnel and six helicopters.")).toEqual(["personnel"]);
  });

  it("reads 'the number of' after the number", () => {
    expect(units("The ruling brought to 2,140 the number of convictions this year.")).toEqual(["convictions"]);
  });

  it("skips an aside in brackets between a toll and its number", () => {
    expect(units("The death toll from Cyclone Mara (local name: Ambo) rose to 31 on Monday.")).toEqual(["deaths"]);
  });

  it("reads a fronted partitive, and no thing without one", () => {
    expect(units("Of last year's cases, 42 were recorded in the north.")).toEqual(["cases"]);
    expect(units("Of course, 42 were recorded in the north.")).not.toContain("course");
  });

  it("joins a hyphened scale word to its number", () => {
    expect(read("The $1.4-billion arena opens next year.").map((f) => [f[0], f[1], f[3]])).toEqual([[1400000000, "MONEY", "$1.4-billion"]]);
    expect(values("The 10-12 week course starts soon.")).not.toContain(10000000);
  });
});
