import { extractDocument } from "../../../src/ingestion";
import { FETCHED_AT, rawArticle } from "./raw-article";

/** Each quote with its speaker's name and the sieve that chose it. */
function quotes(paragraphs: string[]) {
  const { doc } = extractDocument(rawArticle(paragraphs), { fetchedAt: FETCHED_AT });
  const names = new Map(doc.actors.map((a) => [a.key, a.name]));
  return doc.quotes.map((q) => ({ text: q.text, speaker: q.speakerKey === null ? null : names.get(q.speakerKey) ?? null, sieve: q.sieve }));
}

function quoteStarting(paragraphs: string[], startsWith: string) {
  const found = quotes(paragraphs).find((q) => q.text.startsWith(startsWith));
  if (!found) throw new Error(`no quote starting "${startsWith}"`);
  return found;
}

describe("statements issued jointly", () => {
  it("gives the words of a joint statement to no single body", () => {
    const found = quoteStarting(
      [
        "The Andean Fisheries Board and the coastal guild Pescadores Unidos ended their dispute over net sizes on Thursday.",
        "“Both sides will review the quotas again before the next season opens,” the joint statement said.",
      ],
      "Both sides will review",
    );
    expect(found.speaker).toBeNull();
    expect(found.sieve).toBe("statement");
  });

  it("does the same when the joint statement is said to read", () => {
    const found = quoteStarting(
      [
        "The Andean Fisheries Board and the coastal guild Pescadores Unidos ended their dispute over net sizes on Thursday.",
        "“Both sides will review the quotas again before the next season opens,” the joint statement read.",
      ],
      "Both sides will review",
    );
    expect(found.speaker).toBeNull();
  });
});
