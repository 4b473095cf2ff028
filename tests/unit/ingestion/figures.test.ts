import { extractFigures } from "../../../src/ingestion/extract/figures";
import { splitSentences } from "../../../src/ingestion/text/sentences";

function figures(text: string) {
  return extractFigures(text, splitSentences(text)).map((f) => ({ value: f.value, unit: f.unit, text: f.text }));
}

describe("figures", () => {
  it("normalises scale words", () => {
    expect(figures("Pyongyang has sent 1.6 million artillery shells allegedly.")).toEqual([{ value: 1600000, unit: "artillery shells", text: "1.6 million" }]);
    expect(figures("The state has two million people.")).toEqual([{ value: 2000000, unit: "people", text: "two million" }]);
  });

  it("reads currencies by symbol, code and word", () => {
    expect(figures("The US approved $24.5 billion in aid.")).toEqual([{ value: 24500000000, unit: "USD", text: "$24.5 billion" }]);
    expect(figures("Tokyo set aside 60 billion yen for the plant.")).toEqual([{ value: 60000000000, unit: "JPY", text: "60 billion yen" }]);
    expect(figures("It raises investment by €746 million.")).toEqual([{ value: 746000000, unit: "EUR", text: "€746 million" }]);
    expect(figures("The bank agreed a £3bn takeover.")).toEqual([{ value: 3000000000, unit: "GBP", text: "£3bn" }]);
    expect(figures("Add about $9 a month to the bill.")).toEqual([{ value: 9, unit: "USD", text: "$9" }]);
    expect(figures("A refinery costing 500 million yuan.")).toEqual([{ value: 500000000, unit: "CNY", text: "500 million yuan" }]);
  });

  it("reads percentages in every spelling", () => {
    expect(figures("Inflation fell to 12 percent, then 12 per cent, and demand grew 41% in May.").map((f) => [f.value, f.unit, f.text])).toEqual([
      [12, "%", "12 percent"],
      [12, "%", "12 per cent"],
      [41, "%", "41%"],
    ]);
  });

  it("names the counted thing, or the subject when the number comes last", () => {
    expect(figures("Officials said 30 drones were shot down.")[0].unit).toBe("drones");
    expect(figures("The company will hire 4,300 teachers next year.")[0]).toEqual({ value: 4300, unit: "teachers", text: "4,300" });
    expect(figures("Russian military casualties have reportedly surpassed 500,000 and are rising.")[0]).toEqual({ value: 500000, unit: "military casualties", text: "500,000" });
    expect(figures("It will add 1,800 miles of lines.")[0]).toEqual({ value: 1800, unit: "mi", text: "1,800 miles" });
  });

  it("skips years, dates, times, ordinals, scores, phone numbers, relative dates and small number words", () => {
    const text =
      "In June 2024, on July 1 and 3 March, the two sides met at 2 a.m. and again at 10:30 for the 3rd time. " +
      "The visitors won 4-1 with one of the others. Call 555 123 4567 or +44 20 7946 0958. " +
      "Five years ago a F-16 and a COVID-19 test mattered.";
    expect(figures(text)).toEqual([]);
  });

  it("reads ages and durations as figures (API.md: AGE and DURATION in years, weeks…)", () => {
    expect(figures("The 45-year-old, aged 52, said talks lasted three weeks.")).toEqual([
      { value: 45, unit: "year", text: "45-year-old" },
      { value: 52, unit: "year", text: "52" },
      { value: 3, unit: "week", text: "three weeks" },
    ]);
  });

  it("gives offsets and the sentence as context", () => {
    const text = "First sentence here. The army fired 300 rockets at the town. Last one.";
    const [f] = extractFigures(text, splitSentences(text));
    expect(text.slice(f.start, f.end)).toBe("300");
    expect(f.context).toBe("The army fired 300 rockets at the town.");
  });
});

describe("figures in context", () => {
  it("reads a shared currency word by the country in its sentence", () => {
    const text = "Norway said it would add 500 million crowns to the fund.";
    const [f] = extractFigures(text, splitSentences(text), "BR", () => "NO");
    expect(f).toMatchObject({ value: 500000000, unit: "NOK", text: "500 million crowns" });
  });

  it("lets a bare count share the unit of the count just before it", () => {
    expect(figures("The quake killed at least 37 people and injured more than 140, officials said.").map((f) => [f.value, f.unit])).toEqual([
      [37, "people"],
      [140, "injured people"],
    ]);
  });

  it("takes the counted thing after 'to' and skips a place in between", () => {
    expect(figures("The number of foreign students in the country reached a record of more than 780,000 last year.")[0].unit).toBe("foreign students");
    expect(figures("Australia will limit new international students to 295,000 next year.")[0].unit).toBe("international students");
  });
});

describe("figures: amounts compared within a sentence, and outlets whose name several countries share", () => {
  const units = (text: string, home: string | null = null, source: string | null = null, weights: Array<[string, number]> = []) =>
    extractFigures(text, splitSentences(text), home, () => null, new Map(weights), source).map((f) => [f.value, f.unit]);

  it("gives a bare second end past a bracketed conversion the first end's currency", () => {
    expect(units("Core profit slipped to 2.7 billion Norwegian crowns ($251 million) from 3.1 billion in the same quarter.")).toEqual([
      [2700000000, "NOK"],
      [251000000, "USD"],
      [3100000000, "NOK"],
    ]);
  });

  it("reads an amount compared with a forecast in the currency of the sentence's amount, not its conversion", () => {
    expect(units("Quarterly revenue reached 18.2 billion rupees (about $218 million), beating the 17.5 billion forecast in a poll of brokers.")).toEqual([
      [18200000000, "INR"],
      [218000000, "USD"],
      [17500000000, "INR"],
    ]);
  });

  it("leaves a bare scaled number in another sentence alone", () => {
    expect(units("The insurer booked 4.4 billion yen in claims. Some 1.2 million households were affected.")).toEqual([
      [4400000000, "JPY"],
      [1200000, "households"],
    ]);
  });

  it("reads a shared outlet name's \"$\" by the story's country", () => {
    expect(units("The shire will spend $2.5 million on new levees.", "AU", "ABC News")).toEqual([[2500000, "AUD"]]);
    expect(units("The county will spend $2.5 million on new levees.", "US", "ABC News")).toEqual([[2500000, "USD"]]);
    // No setting is clear, but the text names one of the sharers and not the other.
    expect(units("Growers near Dubbo lost about $40,000 each.", null, "ABC News", [["AU", 1]])).toEqual([[40000, "AUD"]]);
    expect(units("Growers lost about $40,000 each.", null, "ABC News", [])).toEqual([[40000, "USD"]]);
  });
});

describe("figures: scaled gas units and the head of a counted phrase", () => {
  const read = (text: string) => extractFigures(text, splitSentences(text)).map((f) => [f.value, f.unit, f.kind]);

  it("reads bcm and tcf with their own scale", () => {
    expect(read("The basin ships about 4.5 bcm a year and holds an estimated 2 tcf.")).toEqual([
      [4500000000, "m3", "MEASURE"],
      [2000000000000, "ft3", "MEASURE"],
    ]);
  });

  it("takes the last plural of 'the number of …' as the thing counted", () => {
    expect(read("The number of confirmed mumps cases in Harlow County has risen to 41, the clinic said.")).toEqual([[41, "confirmed mumps cases", "COUNT"]]);
    expect(read("The number of schools reporting outbreaks rose from 14 to 19.")).toEqual([
      [14, "schools", "COUNT"],
      [19, "schools", "COUNT"],
    ]);
  });
});

describe("figures: a spaced 'm'", () => {
  const read = (text: string) => extractFigures(text, splitSentences(text)).map((f) => [f.value, f.unit, f.kind]);

  it("is metres before a verb, an adjective or a stop, and a million before a plural", () => {
    expect(read("Dredging the berth to 15 m would take a year.")).toEqual([[15, "m", "MEASURE"]]);
    expect(read("The quay wall stands 6 m high.")).toEqual([[6, "m", "MEASURE"]]);
    expect(read("Revenue was £12 m last year.")).toEqual([[12000000, "GBP", "MONEY"]]);
    expect(read("About 3 m tonnes moved through the port.").map((f) => f[2])).not.toContain("MEASURE");
  });
});

describe("figures: a partitive after the number", () => {
  it("counts the plural named just before a colon or dash ('is volunteers: some 60,000 of them')", () => {
    const units = (text: string) => extractFigures(text, splitSentences(text)).map((f) => [f.value, f.unit]);
    expect(units("What the party has is members: about 45,000 of them, most of them young.")).toEqual([[45000, "members"]]);
    expect(units("The strikers — some 2,500 of them — marched to the depot.")).toEqual([[2500, "strikers"]]);
  });
});
