import { extractArticle } from "../../../src/ingestion";
import type { ExtractedArticle } from "../../../src/ingestion";
import { FETCHED_AT } from "./raw-article";

/** A page from an outlet on the given domain (the domain says the outlet's country). */
function fromOutlet(domain: string, paragraphs: string[], title = "Volunteers Clear the Canal Towpath"): ExtractedArticle {
  const raw = ["Home Back", "", title, "", `${domain} 3 hours ago`, ...paragraphs.flatMap((p) => ["", p]), "", "Read more"].join("\n");
  return extractArticle(raw, { fetchedAt: FETCHED_AT });
}


describe("the outlet's own country", () => {
  it("reads a local story that names no country and no known place as set in the outlet's country", () => {
    const article = fromOutlet("dalesgazette-sample.co.uk", ["Volunteers in Skelwith Fold spent Sunday clearing bottles and tyres from the canal towpath, the parish council said."]);
    expect(article.countries).toEqual(["GB"]);
  });

  it("keeps the outlet's country named by one of its states even when another country leads the story", () => {
    const article = fromOutlet(
      "outbackfarmer-sample.com.au",
      [
        "Sheep shipments to Malaysia resumed on Friday after Kuala Lumpur renewed import permits, and Malaysian buyers paid more than last year.",
        "Growers in Western Australia said the pause had cost them dearly. Malaysia takes most of the state's live sheep.",
      ],
      "Sheep Shipments to Malaysia Resume",
    );
    expect(article.countries).toEqual(["AU", "MY"]);
  });

  it("does not add the outlet's country to a story that names another country", () => {
    const article = fromOutlet("dalesgazette-sample.co.uk", ["Volunteers in Oslo spent Sunday clearing bottles from the harbour, Norwegian police said."]);
    expect(article.countries).toEqual(["NO"]);
  });
});
