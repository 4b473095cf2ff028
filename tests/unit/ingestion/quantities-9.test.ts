/**
 * Round 5b figure causes (articles-10..12, holdout-9): kilolitres and a ship's deadweight tonnage as units, a
 * shared letter symbol keeping one currency through a story, and a spelled number that is never the thing a
 * later count counts. Sentences written for these tests.
 */
import { extractFigures } from "../../../src/ingestion/extract/figures";
import { splitSentences } from "../../../src/ingestion/text/sentences";
import { read } from "./figure-reader";

describe("units of volume and tonnage", () => {
  it("writes kilolitres as kL", () => {
    expect(read("A family using 15 kilolitres a month will pay more.")).toEqual([[15, "MEASURE", "kL", "15 kilolitres"]]);
  });

  it("reads a ship's deadweight tonnage", () => {
    expect(read("The 82,000 dwt tanker was held at anchor.")).toEqual([[82000, "MEASURE", "dwt", "82,000 dwt"]]);
  });
});

describe("a shared letter symbol keeps one currency through a story", () => {
  it("reads a later 'Sh' in a sentence naming no country as the shilling read before", () => {
    const text = "Kenya sold tea worth Sh4.1 billion to Uganda last year. Growers said they lost about Sh300 million in the dispute.";
    const kenyaAt = (offset: number) => (offset < text.indexOf(".") ? "KE" : null);
    const got = extractFigures(text, splitSentences(text), "UG", kenyaAt, new Map([["UG", 2], ["KE", 2]]), null).map((f) => [f.value, f.unit]);
    expect(got).toEqual([
      [4100000000, "KES"],
      [300000000, "KES"],
    ]);
  });

  it("still reads a sentence's own country first", () => {
    const text = "Kenya sold tea worth Sh4.1 billion. In Uganda, a bag of sugar costs Sh9,000.";
    const at = (offset: number) => (offset < text.indexOf(".") ? "KE" : "UG");
    expect(extractFigures(text, splitSentences(text), "KE", at, new Map([["KE", 2]]), null).map((f) => f.unit)).toEqual(["KES", "UGX"]);
  });
});

describe("a spelled number is never the thing counted", () => {
  it("reads nothing for 'from four to 140' rather than a count of 'four'", () => {
    expect(read("The clinic network has grown from a team of four to 140 in six years.").filter((f) => f[2] === "four")).toEqual([]);
    expect(read("Membership went from nine to 320 within a year.").filter((f) => f[2] === "nine")).toEqual([]);
  });
});

describe("a noun for a number of people before 'of N'", () => {
  it("names the people counted", () => {
    expect(read("The ferry operator forecasts ridership of 12,500 a day by 2030.")).toContainEqual([12500, "COUNT", "passengers", "12,500"]);
    expect(read("Organisers reported an attendance of 48,000 at the final.")).toContainEqual([48000, "COUNT", "people", "48,000"]);
  });
});

describe("a bare lakh after a count on the Indian scale", () => {
  it("continues a crore count before it, past an adjective", () => {
    expect(read("Of the 2.4 crore eligible voters, about 1.1 lakh were first-time voters and 96 lakh turned out.", "IN").map((f) => f[2])).not.toContain("INR");
    expect(read("The state has 3.2 crore registered voters. Only 88 lakh voted before noon.", "IN")[1]).toEqual([8800000, "COUNT", "registered voters", "88 lakh"]);
  });

  it("keeps a bare crore after money as rupees", () => {
    expect(read("The board approved Rs 4 crore for roads and 60 lakh for drains.", "IN").map((f) => f[2])).toEqual(["INR", "INR"]);
  });
});

describe("a bare lakh after rupees on the Indian scale", () => {
  it("stays money when an amount in rupees stands between it and the count", () => {
    expect(read("The depot handles 3 lakh commuters daily, and Rs 12 crore was spent on it; another 40 lakh is planned.", "IN").map((f) => f[2])).toEqual(["commuters", "INR", "INR"]);
  });
});
