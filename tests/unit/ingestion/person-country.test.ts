import { extractDocument } from "../../../src/ingestion";
import WEIGHTS from "../../../src/ingestion/lexicons/data/person-country-weights.json";
import { FEATURES, committedWeights, decide, personCandidates } from "../../../src/ingestion/stages/person-country";
import { FETCHED_AT } from "./raw-article";

/** The ranker's own country for each person of a page from an outlet on `domain` (its best candidate, no margin). */
function decisions(domain: string, title: string, paragraphs: string[]): Map<string, string | null> {
  const raw = [title, `${domain} 3 hours ago`, ...paragraphs.flatMap((p) => ["", p])].join("\n");
  const { doc } = extractDocument(raw, { fetchedAt: FETCHED_AT });
  const w = committedWeights()!;
  return new Map(personCandidates(doc).map((p) => [p.actor.name, decide(p, w.weights)]));
}

describe("the person-country ranker's weights", () => {
  it("were trained with the code's feature list, and the stage is on", () => {
    // Retrain after changing the features: npm run train:person-country (README, "Extraction").
    expect(WEIGHTS.features).toEqual([...FEATURES]);
    expect(WEIGHTS.weights).toHaveLength(FEATURES.length);
    expect(committedWeights()?.enabled).toBe(true);
  });
});

describe("the person-country ranker on clear cases", () => {
  const people = decisions("lakeshore-courier-sample.co.ke", "Water project opens in Kisumu", [
    "A new water plant opened in Kisumu on Monday, bringing piped water to 40,000 homes in western Kenya.",
    "Danish engineer Mikkel Sandvad, who led the design, said the plant would run on solar power.",
    "Wu Haoran, the site manager for Chinese contractor Longsheng Hydro Engineering, said the work had finished early.",
    "County water officer Achieng Otieno said residents in Kisumu would pay less than before.",
    "Beatrix Lindgren, the UNICEF representative in Kenya, said clean water would cut disease among children.",
  ]);

  it("takes a nationality stated before the name", () => {
    expect(people.get("Mikkel Sandvad")).toBe("DK");
  });

  it("takes the employer's country for a foreign firm's local manager", () => {
    expect(people.get("Wu Haoran")).toBe("CN");
  });

  it("takes the story's setting for a local official with nothing else said", () => {
    expect(people.get("Achieng Otieno")).toBe("KE");
  });

  it("gives an international body's staff no country", () => {
    expect(people.get("Beatrix Lindgren")).toBeNull();
  });
});
