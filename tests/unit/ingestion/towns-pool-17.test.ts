/**
 * The second-tier town gazetteer is built once per process and shared with the extraction workers. Sentences
 * and names invented for these tests; the town is real.
 */
import { ExtractPool } from "../../../src/ingestion/extract-pool";
import { adoptTownIndex, resolveTown, townIndexForWorkers } from "../../../src/ingestion/gazetteers/towns";
import { FETCHED_AT, rawArticle } from "./raw-article";

describe("the shared town index", () => {
  it("reads the same from the buffer another thread would be given", () => {
    const buffer = townIndexForWorkers();
    expect(buffer).toBeInstanceOf(SharedArrayBuffer);
    adoptTownIndex(buffer);
    expect(resolveTown("Leuven")).toBe("BE");
  });

  it("places a town in a worker of the extraction pool", async () => {
    const pool = new ExtractPool({ size: 1, timeoutMs: 30_000 });
    try {
      const raw = rawArticle(
        ["Brussels and Beijing traded accusations on Tuesday over new tariffs on Chinese solar inverters.", "Analysts at the Leuven-based consultancy Grauwmeer Research said the duties would lift prices by a tenth."],
        "EU and China clash over inverter tariffs",
      );
      const response = await pool.run({ raw, fetchedAt: FETCHED_AT, maxBytes: 1_000_000 });
      expect(response.ok && response.article.actors.find((a) => a.name === "Grauwmeer Research")?.country).toBe("BE");
    } finally {
      await pool.close();
    }
  }, 60_000);
});
