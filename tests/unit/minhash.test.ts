import { bandHashes, BAND_COUNT, estimatedJaccard, minhashSignature, SAME_STORY_JACCARD, shingleHashes, SIGNATURE_SIZE } from "../../src/ingestion/story/minhash";
import { COPY_SHARE, SyntheticCorpus } from "../../src/synthetic/generator";
import { OTHER_AGENCY_REPORT, REPUBLISHED_COPY, WIRE_REPORT } from "../fixtures/stories";

/** Exact Jaccard similarity of two texts' shingle sets, to check the estimate against. */
function exactJaccard(a: string, b: string): number {
  const x = new Set(shingleHashes(a));
  const y = new Set(shingleHashes(b));
  let shared = 0;
  for (const h of x) if (y.has(h)) shared += 1;
  return shared / (x.size + y.size - shared);
}

describe("MinHash signatures", () => {
  it("are deterministic, 128 values, with 32 distinct band hashes", () => {
    const a = minhashSignature(WIRE_REPORT)!;
    expect(a).toHaveLength(SIGNATURE_SIZE);
    expect(minhashSignature(WIRE_REPORT)).toEqual(a);
    const bands = bandHashes(a);
    expect(bands).toHaveLength(BAND_COUNT);
    expect(new Set(bands).size).toBe(BAND_COUNT);
    for (const band of bands) expect(BigInt(band) >= -(2n ** 63n) && BigInt(band) < 2n ** 63n).toBe(true);
  });

  it("ignore case, accents and punctuation, and refuse texts too short to compare", () => {
    expect(minhashSignature(WIRE_REPORT.toUpperCase().replace(/,/g, " ;"))).toEqual(minhashSignature(WIRE_REPORT));
    expect(minhashSignature("Short notice: the meeting moved to Tuesday.")).toBeNull();
  });

  it("estimate the Jaccard similarity within sampling error", () => {
    for (const [a, b] of [[WIRE_REPORT, REPUBLISHED_COPY], [WIRE_REPORT, OTHER_AGENCY_REPORT]]) {
      expect(Math.abs(estimatedJaccard(minhashSignature(a)!, minhashSignature(b)!) - exactJaccard(a, b))).toBeLessThan(0.15);
    }
  });

  it("put an edited copy over the threshold and another agency's report of the same event under it", () => {
    const wire = minhashSignature(WIRE_REPORT)!;
    expect(estimatedJaccard(wire, minhashSignature(REPUBLISHED_COPY)!)).toBeGreaterThanOrEqual(SAME_STORY_JACCARD);
    expect(estimatedJaccard(wire, minhashSignature(OTHER_AGENCY_REPORT)!)).toBeLessThan(0.1);
    expect(bandHashes(wire).some((b) => bandHashes(minhashSignature(REPUBLISHED_COPY)!).includes(b))).toBe(true);
  });

  it("group the synthetic corpus's republished copies with their originals and nothing else", () => {
    const corpus = new SyntheticCorpus({ seed: 3, actorCount: 300 });
    const articles = Array.from({ length: 600 }, (_, i) => corpus.article(i));
    const signatures = articles.map((a) => minhashSignature(a.body)!);
    const copies = articles.filter((a) => a.copyOf !== undefined);
    expect(copies.length / articles.length).toBeGreaterThan(COPY_SHARE - 0.05);
    expect(copies.length / articles.length).toBeLessThan(COPY_SHARE + 0.05);
    const storyOf = (i: number) => articles[i].copyOf ?? i;
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        const same = storyOf(i) === storyOf(j);
        const similarity = estimatedJaccard(signatures[i], signatures[j]);
        if (same) expect({ i, j, over: similarity >= SAME_STORY_JACCARD }).toEqual({ i, j, over: true });
        else if (similarity >= SAME_STORY_JACCARD) throw new Error(`articles ${i} and ${j} are different stories but score ${similarity}`);
      }
    }
    for (const copy of copies) {
      const original = articles[copy.copyOf!];
      expect(copy.source).not.toBe(original.source);
      expect(copy.title).not.toBe(original.title);
      expect(copy.publishedAt.getTime()).toBeGreaterThan(original.publishedAt.getTime());
      for (const q of copy.quotes) expect(copy.body.slice(q.start, q.end)).toBe(q.text);
      for (const f of copy.figures) expect(copy.body.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
