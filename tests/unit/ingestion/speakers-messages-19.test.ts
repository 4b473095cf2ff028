import { extract, speakerName } from "./raw-article";

/** The quotes of a page made of these paragraphs, as text and speaker. */
function quotesOf(paragraphs: string[]) {
  const article = extract(paragraphs);
  return article.quotes.map((q) => ({ text: q.text, speaker: speakerName(article, q) }));
}

describe("words sent in a text message", () => {
  it("are quoted like speech after 'messaged' and 'texted'", () => {
    expect(
      quotesOf([
        "Superintendent Mary Hogan was giving evidence at the trial in Tralee on Tuesday.",
        'The next day, the superintendent messaged Sergeant Paul Dunne, "Any news on that file?"',
        'Dunne texted, "Nothing yet, I will chase it up."',
      ]),
    ).toEqual([
      { text: "Any news on that file?", speaker: "Mary Hogan" },
      { text: "Nothing yet, I will chase it up.", speaker: "Paul Dunne" },
    ]);
  });
});
