import { extract, speakerName } from "./raw-article";

/** The speakers of the quotes of a page made of these paragraphs. */
function speakersOf(paragraphs: string[]) {
  const article = extract(paragraphs);
  return article.quotes.map((q) => speakerName(article, q));
}

describe("a long relative clause between the speaker and a trailing verb", () => {
  it("reaches the verb past the name, the age and the clause", () => {
    expect(
      speakersOf([
        "The provincial board heard from the former mayor and two farmers on Monday.",
        "“We will not stop until the budget passes,” Carlos Mendoza, 71, who is seeking a new term as mayor of his northern hometown of Tagum next year, said of the bill.",
      ]),
    ).toEqual(["Carlos Mendoza"]);
  });
});
