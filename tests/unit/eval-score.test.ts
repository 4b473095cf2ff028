import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadCorpus } from "../../src/cli/eval-corpus";
import {
  ExpectedFile,
  ScoredActor,
  ScoredArticle,
  belowThreshold,
  headNoun,
  metrics,
  namesMatch,
  normaliseText,
  parseArgs,
  quoteTextMatches,
  scoreArticle,
  scoreCountries,
  scoreFigures,
  scoreOrganisations,
  scorePeople,
  scoreQuotes,
  summarise,
  unitsMatch,
  valuesMatch,
} from "../../src/cli/eval-score";

const ryder: ScoredActor = { key: "p1", name: "Patrick Ryder", kind: "PERSON", country: "US", aliases: ["Ryder"] };
const putin: ScoredActor = { key: "p2", name: "Vladimir Putin", kind: "PERSON", country: "RU", aliases: [] };
const pentagon: ScoredActor = { key: "o1", name: "Pentagon", kind: "ORGANIZATION", country: "US", aliases: [] };
const ministry: ScoredActor = {
  key: "o2",
  name: "South Korean Foreign Ministry",
  kind: "ORGANIZATION",
  country: "KR",
  aliases: [],
};

describe("normalisation", () => {
  it("folds case, whitespace and curly quotes but keeps diacritics", () => {
    expect(normaliseText("  “We’ve   SEEN”\n")).toBe(`"we've seen"`);
    expect(normaliseText("José Müller")).toBe("josé müller");
    expect(normaliseText("José")).not.toBe(normaliseText("Jose"));
  });

  it("compares quote openings ignoring the marks around them", () => {
    expect(quoteTextMatches("We’ve seen the kinds", "“We've seen the kinds of casualties")).toBe(true);
    expect(quoteTextMatches("we have seen", "We’ve seen")).toBe(false);
    expect(quoteTextMatches("", "anything")).toBe(false);
    // The comma that closes the quoted words may stay in a label; the extracted quote drops it.
    expect(quoteTextMatches("It is a fair deal,", "It is a fair deal")).toBe(true);
    expect(quoteTextMatches("It is a fair deal, but", "It is a fair deal")).toBe(false);
  });

  it("matches names when either contains the other", () => {
    expect(namesMatch("Patrick Ryder", "Ryder")).toBe(true);
    expect(namesMatch("ryder", "Patrick  Ryder")).toBe(true);
    expect(namesMatch("Ryder", "Putin")).toBe(false);
  });
});

describe("figure matching", () => {
  it("accepts values within 1e-6 relative", () => {
    expect(valuesMatch(24.5e9, 24.5e9 * (1 + 1e-9))).toBe(true);
    expect(valuesMatch(1600000, 1600001)).toBe(true);
    expect(valuesMatch(1600000, 1610000)).toBe(false);
    expect(valuesMatch(0, 0)).toBe(true);
  });

  it("compares currency codes and % exactly, counted things by head noun", () => {
    expect(unitsMatch({ unit: "USD" }, "usd")).toBe(true);
    expect(unitsMatch({ unit: "USD" }, "EUR")).toBe(false);
    expect(unitsMatch({ unit: "%" }, "%")).toBe(true);
    expect(unitsMatch({ unit: "artillery shells" }, "shells")).toBe(true);
    expect(unitsMatch({ unit: "shells" }, "artillery shells")).toBe(true);
    expect(unitsMatch({ unit: "drones" }, "drone")).toBe(true);
    expect(unitsMatch({ unit: "drones" }, "people")).toBe(false);
    expect(unitsMatch({ unitContains: "casualt" }, "military casualties")).toBe(true);
    expect(headNoun("Military Casualties")).toBe("casualty");
  });

  it("scores figures one-to-one and labels known non-figures", () => {
    const r = scoreFigures(
      [
        { value: 1600000, unit: "artillery shells", text: "1.6 million" },
        { value: 12, unit: "%", text: "12 percent" },
      ],
      [],
      [
        { value: 1600000, unit: "shells", text: "1.6 million" },
        { value: 1600000, unit: "shells", text: "1.6 million" },
        { value: 2024, unit: "years", text: "2024" },
      ],
      ["2024"],
    );
    expect([r.tp, r.fp, r.fn]).toEqual([1, 2, 1]);
    expect(r.misses.some((m) => m.kind === "FP" && m.detail.includes("labelled not-a-figure"))).toBe(true);
  });

  it("lets optional figures absorb extractions without counting them", () => {
    const r = scoreFigures([], [{ value: 3, unit: "days" }], [{ value: 3, unit: "days", text: "three days" }]);
    expect([r.tp, r.fp, r.fn]).toEqual([0, 0, 0]);
  });
});

describe("quote scoring", () => {
  const actors = [ryder, putin, pentagon];

  it("needs the right speaker, null matching null", () => {
    const r = scoreQuotes(
      [
        { textStartsWith: "If I were North Korean", speaker: "Patrick Ryder" },
        { textStartsWith: "We’ve seen the kinds", speaker: "Patrick Ryder" },
        { textStartsWith: "If one of the two sides", speaker: null },
      ],
      [],
      [
        { text: "If I were North Korean military personnel management, I would", speakerKey: "p1" },
        { text: "We've seen the kinds of casualties", speakerKey: "p2" },
        { text: "If one of the two sides is placed", speakerKey: null },
      ],
      actors,
    );
    expect([r.tp, r.fp, r.fn]).toEqual([2, 1, 1]);
    const fn = r.misses.find((m) => m.kind === "FN");
    expect(fn?.detail).toContain("found with speaker Vladimir Putin");
  });

  it("ignores optional quotes and flags scare quotes", () => {
    const r = scoreQuotes(
      [],
      [{ textStartsWith: "as early as next month", speaker: null }],
      [
        { text: "as early as next month.", speakerKey: "p1" },
        { text: "wisdom", speakerKey: null },
      ],
      actors,
      ["wisdom"],
    );
    expect([r.tp, r.fp, r.fn]).toEqual([0, 1, 0]);
    expect(r.misses[0].detail).toContain("labelled not-a-quote");
  });

  it("matches a speaker given by alias", () => {
    const r = scoreQuotes([{ textStartsWith: "hello", speaker: "Ryder" }], [], [{ text: "Hello there", speakerKey: "p1" }], actors);
    expect(r.tp).toBe(1);
  });
});

describe("countries, people and organisations", () => {
  it("compares country sets", () => {
    const r = scoreCountries(["US", "RU", "UA"], ["us", "RU", "GE"]);
    expect([r.tp, r.fp, r.fn]).toEqual([2, 1, 1]);
  });

  it("needs the person's country to match", () => {
    const r = scorePeople(
      [
        { name: "Patrick Ryder", kind: "PERSON", country: "US" },
        { name: "Vladimir Putin", kind: "PERSON", country: "RU" },
        { name: "Kim Jong Un", kind: "PERSON", country: "KP" },
        { name: "Pentagon", kind: "ORGANIZATION", country: "US" },
      ],
      [],
      [ryder, { ...putin, country: null }, pentagon, { key: "p3", name: "Jordan Ellis", kind: "PERSON", country: null }],
    );
    expect([r.tp, r.fp, r.fn]).toEqual([1, 2, 2]);
    expect(r.misses.map((m) => m.detail).join("\n")).toContain("found with country null");
  });

  it("treats null country as a value for people", () => {
    const r = scorePeople([{ name: "Jordan Ellis", kind: "PERSON", country: null }], [], [
      { key: "p3", name: "Jordan Ellis", kind: "PERSON", country: null },
    ]);
    expect(r.tp).toBe(1);
  });

  it("matches organisations by name, containment or nameContains", () => {
    const r = scoreOrganisations(
      [
        { name: "The Pentagon", kind: "ORGANIZATION", country: "US" },
        { nameContains: "foreign ministry", kind: "ORGANIZATION", country: "KR" },
        { name: "NATO", kind: "ORGANIZATION", country: null },
      ],
      [],
      [pentagon, ministry, ryder, { key: "o3", name: "KCNA", kind: "ORGANIZATION", country: "KP" }],
    );
    expect([r.tp, r.fp, r.fn]).toEqual([2, 1, 1]);
  });
});

describe("articles and corpus", () => {
  const expected: ExpectedFile = {
    input: { file: "a.txt", fetchedAt: "2024-06-29T12:00:00Z" },
    article: {
      title: "A Title",
      source: "example.com",
      publishedDate: "2024-06-26",
      bodyStartsWith: "The body",
      bodyExcludes: ["Home Back"],
      countries: ["US"],
      topicsInclude: ["politics-and-government"],
    },
    actors: [{ name: "Patrick Ryder", kind: "PERSON", country: "US" }],
    quotes: [{ textStartsWith: "hello world", speaker: "Patrick Ryder" }],
    figures: [{ value: 5, unit: "%", text: "5%" }],
  };
  const got: ScoredArticle = {
    title: "A title",
    source: "example.com",
    publishedAt: new Date("2024-06-26T12:00:00Z"),
    body: "The body says hello.",
    countries: ["US"],
    topics: ["politics-and-government"],
    actors: [ryder],
    quotes: [{ text: "Hello world", speakerKey: "p1" }],
    figures: [{ value: 5, unit: "%", text: "5%" }],
  };

  it("scores a perfect extraction as perfect", () => {
    const s = scoreArticle("a", expected, got);
    const sum = summarise([s]);
    for (const m of Object.values(sum.categories)) expect([m.precision, m.recall, m.f1]).toEqual([1, 1, 1]);
    expect(sum.fieldChecks).toEqual({ passed: 6, total: 6 });
    expect(belowThreshold(sum, 0.95)).toEqual([]);
  });

  it("micro-averages over articles", () => {
    const bad = scoreArticle("b", expected, { ...got, quotes: [], figures: [], countries: ["US", "CA"], actors: [] });
    const sum = summarise([scoreArticle("a", expected, got), bad]);
    expect(sum.categories.quotes).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(sum.categories.countries).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(sum.categories.quotes.f1).toBeCloseTo(2 / 3);
    expect(belowThreshold(sum, 0.95)).toContain("quotes recall 0.500 < 0.95");
  });

  it("computes metrics with empty denominators as perfect", () => {
    expect(metrics({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(metrics({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });

  it("parses arguments", () => {
    expect(parseArgs(["--verbose", "--min", "0.9"])).toEqual({ verbose: true, min: 0.9, dirs: [], skip: [] });
    expect(parseArgs(["--min=0.5", "x"])).toEqual({ verbose: false, min: 0.5, dirs: ["x"], skip: [] });
    expect(parseArgs(["--skip", "holdout-9,figure-sentences", "--skip=holdout-8"]).skip).toEqual(["holdout-9", "figure-sentences", "holdout-8"]);
    expect(() => parseArgs(["--skip"])).toThrow(/--skip/);
    expect(() => parseArgs(["--min", "abc"])).toThrow(/--min/);
    expect(() => parseArgs(["--frobnicate"])).toThrow(/unknown option/);
  });

  it("loads a corpus directory", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eval-corpus-"));
    try {
      fs.writeFileSync(path.join(dir, "a.txt"), "Home Back\n\nA Title\n");
      fs.writeFileSync(path.join(dir, "a.expected.json"), JSON.stringify(expected));
      fs.writeFileSync(path.join(dir, "b.expected.json"), JSON.stringify({ ...expected, input: { file: "nope.txt", fetchedAt: "x" } }));
      const corpus = loadCorpus(dir);
      expect(corpus.map((c) => c.name)).toEqual(["a.expected.json", "b.expected.json"]);
      expect(corpus[0].raw).toContain("A Title");
      expect(corpus[0].fetchedAt.toISOString()).toBe("2024-06-29T12:00:00.000Z");
      expect(corpus[1].raw).toBeNull();
      expect(loadCorpus(path.join(dir, "missing"))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
