import { extractArticle } from "../../../src/ingestion";
import type { ExtractedArticle } from "../../../src/ingestion";
import { find, FETCHED_AT } from "./raw-article";

/** A page from an outlet on the given domain (the domain says the outlet's country). */
function fromOutlet(domain: string, paragraphs: string[], title: string): ExtractedArticle {
  const raw = ["Home Back", "", title, "", `${domain} 3 hours ago`, ...paragraphs.flatMap((p) => ["", p]), "", "Read more"].join("\n");
  return extractArticle(raw, { fetchedAt: FETCHED_AT });
}

describe("a national office named without a country, on a local outlet", () => {
  it("is the outlet's own government's when the story opens on the outlet's country", () => {
    const article = fromOutlet(
      "riverside-gazette-sample.co.uk",
      [
        "Britain will send a further £40m to help flood victims in Mozambique, ministers said on Thursday.",
        "Development Secretary Harriet Pell said the money would pay for clean water in Beira and Quelimane, where the floods in Mozambique have cut off whole districts.",
        "Aid groups in Mozambique said the rains had destroyed roads across Zambezia, and the Mozambican government asked for more boats.",
      ],
      "Britain sends £40m for Mozambique floods",
    );
    expect(find(article, "Harriet Pell")?.country).toBe("GB");
  });

  it("is the outlet's country's when the story names it about as often as the country of the event", () => {
    const article = fromOutlet(
      "sportsdesk-sample.co.ke",
      [
        "Kenyan runners swept the podium at the Boston Marathon on Monday, finishing ahead of the American favourite in cold rain.",
        "Crowds in Boston cheered the winners. Organisers in Boston said the course record stood, and US runners finished fourth and fifth, while Boston police closed the finish area early.",
        "Sports Cabinet Secretary Amos Wekesa congratulated the team and said Kenya would reward the winners when they return to Kenya.",
      ],
      "Rain in Boston as marathon ends",
    );
    expect(find(article, "Amos Wekesa")?.country).toBe("KE");
  });

  it("leaves an official of the European Union without a country in a story set in one member state", () => {
    const article = fromOutlet(
      "harbourtimes-sample.ie",
      [
        "A Galway chip plant will add 300 jobs next year, the company said, in a boost for the west of Ireland.",
        "European Commissioner for Energy Marta Kovacs, speaking in Brussels, said the plant showed that Ireland could compete for factories.",
        "Workers in Galway welcomed the news, and the Irish government said grants were agreed in September.",
      ],
      "Galway chip plant to add 300 jobs",
    );
    expect(find(article, "Marta Kovacs")).toBeDefined();
    expect(find(article, "Marta Kovacs")?.country ?? null).toBeNull();
  });
});
