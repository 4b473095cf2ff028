import { main } from "../../src/cli/eval";
import type { ScoredArticle } from "../../src/cli/eval-score";

/** An extractor that finds nothing: every label becomes a miss. */
const empty = (): ScoredArticle => ({
  title: "",
  source: "",
  publishedAt: new Date(0),
  body: "",
  countries: [],
  topics: [],
  actors: [],
  quotes: [],
  figures: [],
});

function run(argv: string[], extract = empty) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, extract, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("eval CLI", () => {
  it("prints one line per category and exits 0 without --min", () => {
    const r = run([]);
    expect(r.code).toBe(0);
    for (const cat of ["quotes", "figures", "countries", "people", "organisations"]) {
      expect(r.out).toMatch(new RegExp(`^${cat}\\s+1\\.000\\s+0\\.000\\s+0\\.000`, "m"));
    }
    expect(r.out).toMatch(/samples: \d+/);
  });

  it("fails under --min and lists misses with --verbose", () => {
    const r = run(["--verbose", "--min", "0.95"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("FN  quotes");
    expect(r.out).toContain("below --min 0.95");
  });

  it("counts a throwing extractor as an error, not a crash", () => {
    const r = run([], () => {
      throw new Error("boom");
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/extractor errors: [1-9]/);
  });

  it("rejects malformed arguments with exit 2", () => {
    expect(run(["--min", "2"]).code).toBe(2);
  });
});
