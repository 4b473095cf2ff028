import { extract, speakerName } from "./raw-article";

/** The speakers of the quotes of a page made of these paragraphs. */
function speakersOf(paragraphs: string[]) {
  const article = extract(paragraphs);
  return article.quotes.map((q) => speakerName(article, q));
}

describe("a role in a body named only by an indefinite noun", () => {
  it("is an unnamed speaker, not the body the dateline named", () => {
    expect(
      speakersOf([
        "Nakuru, Kenya – (Lakeside Daily News) – Opposition leader Amos Kirui led a march through Nakuru on Friday.",
        "“The call for calm shows his respect for the law,” said a spokesperson for a local civil rights group.",
        "“The march was peaceful from start to finish,” an official of a farmers' union told reporters.",
      ]),
    ).toEqual([null, null]);
  });

  it("still gives a named body's spokesperson the body", () => {
    expect(
      speakersOf([
        "The Lakeside Water Authority cut supply to three estates on Friday.",
        "“Supply will return by Monday,” said a spokesperson for the Lakeside Water Authority.",
      ]),
    ).toEqual(["Lakeside Water Authority"]);
  });
});
