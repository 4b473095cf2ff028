import { findQuoteSpans } from "../../../src/ingestion/stages/quote-spans";
import { extract, speakerName } from "./raw-article";

function quotesOf(paragraphs: string[]) {
  const article = extract(paragraphs);
  return article.quotes.map((q) => ({ text: q.text, speaker: speakerName(article, q) }));
}

describe("quote spans", () => {
  it("excludes the marks, straight or curly, double or single", () => {
    const body = `He said "one two three four" and “five six seven eight” and ‘nine ten eleven twelve’ and 'a b c d'.`;
    expect(findQuoteSpans(body).map((s) => s.text)).toEqual(["one two three four", "five six seven eight", "nine ten eleven twelve", "a b c d"]);
  });

  it("does not take apostrophes for quote marks", () => {
    const body = "Russia’s forces don’t say the soldiers’ families can’t leave, and the '90s are over. Officials' plans differ.";
    expect(findQuoteSpans(body)).toEqual([]);
  });

  it("keeps single quotes nested in double quotes inside the outer quote", () => {
    const body = `“They called it ‘a dark day for us all’ and left,” she said.`;
    expect(findQuoteSpans(body).map((s) => s.text)).toEqual(["They called it ‘a dark day for us all’ and left"]);
  });
});

describe("quote speakers", () => {
  it('"…," X said', () => {
    expect(quotesOf(["Pentagon spokesman Patrick Ryder spoke on Monday.", "“We will keep watching the border very closely,” Ryder said."])).toEqual([
      { text: "We will keep watching the border very closely", speaker: "Patrick Ryder" },
    ]);
  });

  it('"…," said X, the Y', () => {
    const [q] = quotesOf(["“The deal protects jobs in every region of the country,” said Ana Costa, the finance minister."]);
    expect(q).toEqual({ text: "The deal protects jobs in every region of the country", speaker: "Ana Costa" });
  });

  it('X said: "…"', () => {
    const [q] = quotesOf(["Chief executive Dana Okafor said: “If we do not build now, we will pay more later.”"]);
    expect(q.speaker).toBe("Dana Okafor");
  });

  it('X said the deal "…"', () => {
    const [q] = quotesOf(["Mines Minister Patrice Kalala said the agreement “corrects the mistakes of the past” in mining."]);
    expect(q).toEqual({ text: "corrects the mistakes of the past", speaker: "Patrice Kalala" });
  });

  it('X told reporters "…"', () => {
    const [q] = quotesOf(["Finance Minister Ana Costa spoke after the vote.", "Costa told reporters “the figures answer every question raised”."]);
    expect(q.speaker).toBe("Ana Costa");
  });

  it("a quote continued in the next sentence and the next paragraph keeps its speaker", () => {
    const quotes = quotesOf([
      "Prime Minister Levan Kapanadze defended the law on Thursday.",
      "“Nobody will be banned for their opinions,” Kapanadze said. “Every country has the right to know who pays.”",
      "“We will not step back from this law under any pressure.”",
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Levan Kapanadze", "Levan Kapanadze", "Levan Kapanadze"]);
  });

  it("a quote running on across paragraphs is one record per paragraph, all with the speaker", () => {
    const quotes = quotesOf([
      "Air force spokesman Yurii Ihnat described the night.",
      "“Air defence worked all night across the capital and destroyed most of the targets.",
      "“We need more systems, and we need them now,” Ihnat said.",
    ]);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker)).toEqual(["Yurii Ihnat", "Yurii Ihnat"]);
  });

  it("he said / she said resolves to the person just named", () => {
    const [q] = quotesOf(["Sister Mary Achieng leads a network of clinics in Nairobi.", "“Today we were heard in the room where decisions are made,” she said."]);
    expect(q.speaker).toBe("Mary Achieng");
  });

  it("an organisation can be the speaker", () => {
    const [q] = quotesOf(["Apart from Washington, the South Korean foreign ministry said it was watching closely.", "“We are monitoring every movement on the peninsula,” the ministry said in a statement."]);
    expect(q.speaker).toMatch(/foreign ministry/);
  });

  it("an attribution to something that is not an actor gives a null speaker", () => {
    const [q] = quotesOf(["“If one of the two sides is attacked, the other side provides assistance,” the pact stated."]);
    expect(q.speaker).toBeNull();
  });

  it("a quote with no stated speaker has a null speaker", () => {
    const quotes = quotesOf(["Pentagon spokesman Patrick Ryder spoke on Monday.", "Troops could arrive “as early as next month” according to reports from the region."]);
    expect(quotes).toEqual([{ text: "as early as next month", speaker: null }]);
  });

  it("skips scare quotes of one to three words", () => {
    const quotes = quotesOf(["Ryder questioned the “wisdom” of sending troops to become ‘Cannon Fodder’ in a 'pointless' war."]);
    expect(quotes).toEqual([]);
  });

  it("keeps a short quote that is attributed like speech", () => {
    const quotes = quotesOf(["Pentagon spokesman Patrick Ryder was asked about the plan.", "“Absolutely not,” Ryder said."]);
    expect(quotes).toEqual([{ text: "Absolutely not", speaker: "Patrick Ryder" }]);
  });

  it("works with straight quotes and names with diacritics", () => {
    const [q] = quotesOf([`"The agreement is fair to both of our countries," said José Álvarez, the Spanish trade minister.`]);
    expect(q).toEqual({ text: "The agreement is fair to both of our countries", speaker: "José Álvarez" });
  });
});
