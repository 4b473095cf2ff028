import { findQuoteSpans } from "../../../src/ingestion/stages/quote-spans";
import { extract, speakerName } from "./raw-article";

/** The quotes of a page made of these paragraphs, as text and speaker. */
function quotesOf(paragraphs: string[]) {
  const article = extract(paragraphs);
  return article.quotes.map((q) => ({ text: q.text, speaker: speakerName(article, q) }));
}

describe("a straight double quote closed by two apostrophes", () => {
  it("closes at the pair, so the attribution after it is read", () => {
    const quotes = quotesOf([
      "Union Commerce Minister Radhika Venugopal spoke to reporters in Madurai on Friday.",
      '"The export figures speak for themselves and the critics know it,\'\' she told reporters. "We will answer them in Parliament.\'\'',
    ]);
    expect(quotes).toEqual([
      { text: "The export figures speak for themselves and the critics know it", speaker: "Radhika Venugopal" },
      { text: "We will answer them in Parliament.", speaker: "Radhika Venugopal" },
    ]);
  });

  it("does not close at a doubled apostrophe inside a word", () => {
    const body = `"The state''s farmers need the canal before the monsoon,'' he said.`;
    expect(findQuoteSpans(body).map((s) => s.text)).toEqual(["The state''s farmers need the canal before the monsoon"]);
  });
});
