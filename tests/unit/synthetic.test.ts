import { prng, SyntheticCorpus, ZipfSampler } from "../../src/synthetic/generator";

describe("the synthetic corpus generator", () => {
  const corpus = new SyntheticCorpus({ seed: 42, actorCount: 500 });

  it("is deterministic: the same seed gives identical actors and articles, another seed different ones", () => {
    const again = new SyntheticCorpus({ seed: 42, actorCount: 500 });
    expect(again.actors).toEqual(corpus.actors);
    expect(again.article(123)).toEqual(corpus.article(123));
    expect(new SyntheticCorpus({ seed: 43, actorCount: 500 }).article(123).title).not.toBe(corpus.article(123).title);
  });

  it("gives each actor a unique identity and persons a surname alias", () => {
    expect(new Set(corpus.actors.map((a) => a.identity)).size).toBe(corpus.actors.length);
    for (const actor of corpus.actors.filter((a) => a.kind === "PERSON")) expect(actor.name.endsWith(actor.aliases[0])).toBe(true);
  });

  it("writes articles whose quotes and figures point at their text in the body", () => {
    for (let i = 0; i < 200; i++) {
      const article = corpus.article(i);
      for (const q of article.quotes) expect(article.body.slice(q.start, q.end)).toBe(q.text);
      for (const f of article.figures) {
        expect(article.body.slice(f.start, f.end)).toBe(f.text);
        expect(article.body).toContain(f.context);
      }
    }
  });

  it("has the promised shape: about 5 quotes, 5 figures and 10 actors, 1-4 countries, 1-3 topics, three years", () => {
    const articles = Array.from({ length: 1000 }, (_, i) => corpus.article(i));
    const mean = (f: (a: (typeof articles)[0]) => number) => articles.reduce((s, a) => s + f(a), 0) / articles.length;
    expect(mean((a) => a.quotes.length)).toBeCloseTo(5, 0);
    expect(mean((a) => a.figures.length)).toBeCloseTo(5, 0);
    expect(mean((a) => a.actors.length)).toBeCloseTo(10, 0);
    for (const a of articles) {
      expect(a.countries.length).toBeGreaterThanOrEqual(1);
      expect(a.countries.length).toBeLessThanOrEqual(4);
      expect(new Set(a.countries).size).toBe(a.countries.length);
      expect(a.topics.length).toBeGreaterThanOrEqual(1);
      expect(a.topics.length).toBeLessThanOrEqual(3);
      expect(a.publishedAt.getTime()).toBeGreaterThanOrEqual(Date.UTC(2023, 0, 1));
      expect(a.publishedAt.getTime()).toBeLessThan(Date.UTC(2026, 0, 1));
      for (const q of a.quotes) if (q.speaker !== null) expect(a.actors.map((x) => x.actor)).toContain(q.speaker);
    }
    expect(new Set(articles.map((a) => a.contentHash)).size).toBe(articles.length);
    const units = new Set(articles.flatMap((a) => a.figures.map((f) => f.unit)));
    expect(units).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...units]).toEqual(expect.arrayContaining(["USD", "%", "drones"]));
  });

  it("skews popularity: the top country is in far more articles than the median one", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const c of corpus.article(i).countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]);
  });

  it("samples Zipf ranks within range, rank 0 the most often", () => {
    const zipf = new ZipfSampler(50);
    const random = prng(1);
    const hits = new Array(50).fill(0);
    for (let i = 0; i < 10_000; i++) hits[zipf.sample(random)] += 1;
    expect(hits[0]).toBe(Math.max(...hits));
    expect(hits[0]).toBeGreaterThan(hits[49] * 20);
  });
});
