/**
 * Sanity checks on the hand-labelled corpus in samples/: the labels must at
 * least be right about their own text (every quoted opening and every figure
 * as written occurs in the article), and use valid codes and slugs.
 */
import * as fs from "fs";
import * as path from "path";
import { isValid } from "i18n-iso-countries";
import { evalDirs, loadCorpus } from "../../src/cli/eval-corpus";

const SAMPLES = path.resolve(__dirname, "../../samples");

const IPTC_SLUGS = new Set([
  "arts-culture-entertainment-and-media",
  "crime-law-and-justice",
  "disaster-accident-and-emergency-incident",
  "economy-business-and-finance",
  "education",
  "environment",
  "health",
  "human-interest",
  "lifestyle-and-leisure",
  "politics-and-government",
  "religion",
  "science-and-technology",
  "society",
  "sport",
  "conflict-war-and-peace",
  "weather",
  "labour",
]);

/** Curly and straight quote marks alike, whitespace folded, case ignored. */
function norm(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** ISO 4217 codes known to the runtime's Intl data. */
const CURRENCIES = new Set<string>(
  (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf("currency"),
);

const samples = loadCorpus(SAMPLES);
/** The held-out sets in eval/ follow the same label rules. */
const corpus = [...samples, ...evalDirs(path.resolve(__dirname, "../..")).flatMap((dir) => loadCorpus(dir))];

describe("samples corpus", () => {
  it("has at least 32 labelled articles named NN-slug", () => {
    expect(samples.length).toBeGreaterThanOrEqual(32);
    for (const entry of samples) expect(entry.name).toMatch(/^\d{2}-[a-z0-9-]+\.expected\.json$/);
  });

  it("has a label file for every article", () => {
    const txt = fs.readdirSync(SAMPLES).filter((f) => f.endsWith(".txt"));
    const named = new Set(samples.map((c) => c.expected.input.file));
    expect(txt.filter((f) => !named.has(f))).toEqual([]);
  });
});

describe.each(corpus.map((c) => [c.name, c] as const))("%s", (_name, entry) => {
  const e = entry.expected;
  const text = entry.raw === null ? "" : norm(entry.raw);

  it("names an existing .txt file and a valid fetchedAt", () => {
    expect(entry.raw).not.toBeNull();
    expect(e.input.file).toBe(entry.name.replace(/\.expected\.json$/, ".txt"));
    expect(isNaN(entry.fetchedAt.getTime())).toBe(false);
  });

  it("has valid article fields", () => {
    const a = e.article;
    expect(typeof a.title).toBe("string");
    expect(text).toContain(norm(a.title!));
    expect(text).toContain(norm(a.source!));
    expect(a.publishedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toContain(norm(a.bodyStartsWith!));
    for (const ex of a.bodyExcludes ?? []) expect(text).toContain(norm(ex));
    for (const c of a.countries ?? []) {
      expect(c).toMatch(/^[A-Z]{2}$/);
      expect(isValid(c)).toBe(true);
    }
    expect([...(a.countries ?? [])].sort()).toEqual(a.countries);
    expect(new Set(a.countries).size).toBe(a.countries?.length);
    expect((a.topicsInclude ?? []).length).toBeGreaterThan(0);
    for (const t of a.topicsInclude ?? []) expect(IPTC_SLUGS.has(t)).toBe(true);
  });

  it("has well-formed actors whose names occur in the text", () => {
    for (const actor of [...(e.actors ?? []), ...(e.optionalActors ?? [])]) {
      expect(["PERSON", "ORGANIZATION"]).toContain(actor.kind);
      expect(Boolean(actor.name) !== Boolean(actor.nameContains)).toBe(true);
      if (actor.country !== null && actor.country !== undefined) {
        expect(actor.country).toMatch(/^[A-Z]{2}$/);
        expect(isValid(actor.country)).toBe(true);
      }
      if (actor.kind === "PERSON") expect(actor).toHaveProperty("country");
      for (const alias of actor.aliasesInclude ?? []) expect(text).toContain(norm(alias));
      if (actor.titleContains) expect(text).toContain(norm(actor.titleContains));
    }
  });

  it("quotes its quotes exactly, with known speakers", () => {
    // A speaker is a labelled actor, required or optional (an analyst whose country the text leaves open).
    const names = new Set([...(e.actors ?? []), ...(e.optionalActors ?? [])].map((a) => a.name ?? a.nameContains));
    for (const q of [...(e.quotes ?? []), ...(e.optionalQuotes ?? [])]) {
      expect(text).toContain(norm(q.textStartsWith));
      if (q.speaker !== null) expect(names.has(q.speaker)).toBe(true);
    }
    for (const n of e.notQuotes ?? []) expect(text).toContain(norm(n));
  });

  it("writes its figures as they appear", () => {
    for (const f of [...(e.figures ?? []), ...(e.optionalFigures ?? [])]) {
      expect(Number.isFinite(f.value)).toBe(true);
      // Optional figures may leave the unit open ("1.9C", a magnitude): only the value is matched then.
      if ((e.figures ?? []).includes(f)) expect(Boolean(f.unit) || Boolean(f.unitContains)).toBe(true);
      if (f.unit && /^[A-Z]{3}$/.test(f.unit)) expect(CURRENCIES.has(f.unit)).toBe(true);
      // API.md: every figure has a kind; counted things are lower case, measures keep their symbol's case ("MW", "°C").
      expect(["MONEY", "PERCENT", "COUNT", "MEASURE", "DURATION", "AGE"]).toContain(f.kind);
      if (f.unit && f.kind === "COUNT") expect(f.unit).toBe(f.unit.toLowerCase());
      if (f.unit && f.kind === "MONEY") expect(CURRENCIES.has(f.unit)).toBe(true);
      if (f.unit && f.kind === "PERCENT") expect(["%", "pp"]).toContain(f.unit);
      expect(f.text).toBeTruthy();
      expect(text).toContain(norm(f.text!));
    }
    for (const n of e.notFigures ?? []) expect(text).toContain(norm(n));
  });
});
