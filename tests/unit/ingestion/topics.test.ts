import { extractTopics } from "../../../src/ingestion/stages/topics";
import { IPTC_TOP_LEVEL } from "../../../src/ingestion";

describe("topics", () => {
  it("picks one to three known slugs, best first", () => {
    const topics = extractTopics(
      "Troops Deployed as Ceasefire Collapses",
      "Artillery shelling resumed along the front line as soldiers and tanks moved in. The parliament debated sanctions.",
    );
    expect(topics[0]).toBe("conflict-war-and-peace");
    expect(topics.length).toBeGreaterThanOrEqual(1);
    expect(topics.length).toBeLessThanOrEqual(3);
    const slugs = new Set(IPTC_TOP_LEVEL.map((t) => t.slug));
    for (const t of topics) expect(slugs.has(t)).toBe(true);
  });

  it.each([
    ["Central Bank Cuts Interest Rates", "Inflation eased and the central bank cut interest rates as markets rallied.", "economy-business-and-finance"],
    ["Striker Scores Twice in Cup Final", "The striker scored twice as the team won the league cup final in the stadium.", "sport"],
    ["Earthquake Kills Dozens", "Rescuers searched collapsed buildings after the earthquake; the death toll rose.", "disaster-accident-and-emergency-incident"],
    ["Opposition Wins Election", "Voters backed the opposition party in the election, and parliament will meet.", "politics-and-government"],
  ])("%s", (title, body, slug) => {
    expect(extractTopics(title, body)[0]).toBe(slug);
  });

  it("always returns at least one topic", () => {
    expect(extractTopics("Zzz", "Qqq xxx.")).toHaveLength(1);
  });
});
