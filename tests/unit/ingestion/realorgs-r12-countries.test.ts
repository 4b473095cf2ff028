import { extract, find } from "./raw-article";

// "African National Congress", "Arab National Bank": a continent's or region's word before "National" names one
// country's party or bank, which takes the story's country like any national body.
describe("a region's word before 'National'", () => {
  it("leaves the body national, in the story's country", () => {
    const article = extract([
      "JOHANNESBURG - The miners' union said on Thursday it could no longer promise its support to the African National Congress in this year's elections in South Africa.",
      "The union met officials in Johannesburg and Pretoria, South Africa, after a week of strikes.",
    ]);
    expect(find(article, "African National Congress")?.country).toBe("ZA");
  });
});

// A business story from an outlet the extractor does not know, which names no place, still counts its money in one
// country's currency: "Rs 120 crore" is India's, "₦4 billion" Nigeria's. That country is the story's setting.
describe("a story that names no place, set by its currency", () => {
  it("gives a company the country of the only national currency its amounts are in", () => {
    const article = extract([
      "Shares of Kavach Logistics Ltd jumped 6 percent on Thursday after the company reported a profit of Rs 143.5 crore for the quarter.",
      "Kavach Logistics Ltd said revenue rose to Rs 910 crore from Rs 802 crore a year earlier.",
    ]);
    expect(find(article, "Kavach Logistics Ltd")?.country).toBe("IN");
  });
  it("leaves the country open when the amounts are in two national currencies", () => {
    const article = extract([
      "Shares of Kavach Logistics Ltd jumped 6 percent on Thursday after the company reported a profit of Rs 143.5 crore for the quarter.",
      "Kavach Logistics Ltd said it would buy a rival for ₦4 billion and a warehouse for ₦900 million.",
    ]);
    expect(find(article, "Kavach Logistics Ltd")?.country ?? null).toBeNull();
  });
});
