import { sharedOutletCountry } from "../../../src/ingestion/lexicons/newspapers";
import { extractArticle } from "../../../src/ingestion";
import { find } from "./raw-article";

describe("an outlet name several countries share", () => {
  it("is the story's country when the story's country is one of its sharers", () => {
    expect(sharedOutletCountry("ABC News", "AU")).toBe("AU");
    expect(sharedOutletCountry("ABC News", "US")).toBe("US");
    expect(sharedOutletCountry("The Nation", "KE")).toBe("KE");
    expect(sharedOutletCountry("ABC News", "FR")).toBeNull();
    expect(sharedOutletCountry("Daily Planet", "AU")).toBeNull();
  });

  it("with no setting, is the one sharer the text names, and nothing when it names two", () => {
    expect(sharedOutletCountry("ABC News", null, new Map([["AU", 1]]))).toBe("AU");
    expect(sharedOutletCountry("ABC News", null, new Map([["AU", 1], ["US", 2]]))).toBeNull();
    expect(sharedOutletCountry("ABC News", null, new Map())).toBeNull();
  });

  it("gives a rural story that names one state its country, its people and its dollars", () => {
    const raw = [
      "ABC News",
      "Just In  World  Business  Sport  Rural",
      "Hail strips orchards weeks before harvest",
      "",
      "By Dana Whitlock",
      "",
      "Posted 3h ago",
      "",
      "Orchardists in northern Tasmania say hail has stripped fruit from up to a third of their trees, weeks before picking.",
      "",
      "Colin Marsh, who grows apples and cherries on 120 hectares, said the storm lasted less than 10 minutes.",
      "",
      "\"It came through like gravel thrown at the windows,\" Mr Marsh said. He put his losses at $350,000.",
    ].join("\n");
    const article = extractArticle(raw, { fetchedAt: new Date("2026-12-01T12:00:00Z") });
    expect(article.source).toBe("ABC News");
    expect(find(article, "Colin Marsh")?.country).toBe("AU");
    expect(article.figures.find((f) => f.value === 350000)?.unit).toBe("AUD");
  });
});
