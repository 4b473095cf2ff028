/**
 * The seed fixture: every assertion in seed-article.expected.json must hold. The expectations are read
 * from the shared JSON file, not restated here.
 */
import { SHARED_FIXTURES } from "../../helpers/fixtures";
import * as fs from "fs";
import * as path from "path";
import { extractArticle } from "../../../src/ingestion";
import type { ExtractedActor, ExtractedArticle } from "../../../src/ingestion";

const FIXTURES = SHARED_FIXTURES;
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, "seed-article.expected.json"), "utf8"));
const raw = fs.readFileSync(path.join(FIXTURES, expected.input.file), "utf8");

/** Comparison form: case-insensitive, curly and straight quote marks alike. */
const norm = (s: string) =>
  s.normalize("NFC").replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"').replace(/[\u2018\u2019\u201A]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

interface ActorLabel {
  name?: string;
  nameContains?: string;
  kind: string;
  country?: string | null;
  titleContains?: string;
  aliasesInclude?: string[];
}

interface QuoteLabel {
  textStartsWith: string;
  speaker: string | null;
}

interface FigureLabel {
  value: number;
  text: string;
  unitContains: string;
}

function findActor(article: ExtractedArticle, label: ActorLabel): ExtractedActor | undefined {
  return article.actors.find((a) => {
    if (a.kind !== label.kind) return false;
    const names = [a.name, ...a.aliases].map(norm);
    if (label.name) return norm(a.name) === norm(label.name) || names.includes(norm(label.name));
    return names.some((n) => n.includes(norm(label.nameContains!)));
  });
}

describe("seed article", () => {
  const article = extractArticle(raw, { fetchedAt: new Date(expected.input.fetchedAt) });

  it("has the expected title, source and publication date", () => {
    expect(norm(article.title)).toBe(norm(expected.article.title));
    expect(article.source).toBe(expected.article.source);
    expect(article.publishedAt.toISOString().slice(0, 10)).toBe(expected.article.publishedDate);
  });

  it("has a clean body", () => {
    expect(norm(article.body).startsWith(norm(expected.article.bodyStartsWith))).toBe(true);
    for (const excluded of expected.article.bodyExcludes) expect(norm(article.body)).not.toContain(norm(excluded));
  });

  it("names exactly the expected countries", () => {
    expect(article.countries).toEqual([...expected.article.countries].sort());
  });

  it("includes the expected topics", () => {
    for (const topic of expected.article.topicsInclude) expect(article.topics).toContain(topic);
    expect(article.topics.length).toBeGreaterThanOrEqual(1);
    expect(article.topics.length).toBeLessThanOrEqual(3);
  });

  const actorCases: Array<[string, ActorLabel]> = expected.actors.map((a: ActorLabel) => [a.name ?? a.nameContains, a]);
  it.each(actorCases)("finds actor %s", (_name, l) => {
    const actor = findActor(article, l);
    expect(actor).toBeDefined();
    if (l.country !== undefined) expect(actor!.country).toBe(l.country);
    if (l.titleContains) expect(norm(actor!.title ?? "")).toContain(norm(l.titleContains));
    for (const alias of l.aliasesInclude ?? []) expect(actor!.aliases.map(norm)).toContain(norm(alias));
  });

  const quoteCases: Array<[string, QuoteLabel]> = expected.quotes.map((q: QuoteLabel) => [q.textStartsWith, q]);
  it.each(quoteCases)("finds quote %s", (_text, l) => {
    const quote = article.quotes.find((q) => norm(q.text).startsWith(norm(l.textStartsWith)));
    expect(quote).toBeDefined();
    const speaker = quote!.speakerKey === null ? null : article.actors.find((a) => a.key === quote!.speakerKey);
    if (l.speaker === null) expect(speaker).toBeNull();
    else expect(norm(speaker!.name)).toBe(norm(l.speaker));
  });

  it("takes no scare quotes for quotes", () => {
    for (const not of expected.notQuotes) expect(article.quotes.map((q) => norm(q.text))).not.toContain(norm(not));
  });

  const figureCases: Array<[string, FigureLabel]> = expected.figures.map((f: FigureLabel) => [f.text, f]);
  it.each(figureCases)("finds figure %s", (_text, l) => {
    const figure = article.figures.find((f) => f.value === l.value && norm(f.unit).includes(norm(l.unitContains)));
    expect(figure).toBeDefined();
    expect(norm(figure!.text)).toBe(norm(l.text));
  });

  it("takes no dates or number words for figures", () => {
    for (const not of expected.notFigures) expect(article.figures.map((f) => norm(f.text))).not.toContain(norm(not));
  });

  it("gives offsets that point at the quote and figure texts in the body", () => {
    for (const q of article.quotes) expect(article.body.slice(q.start, q.end)).toBe(q.text);
    for (const f of article.figures) {
      expect(article.body.slice(f.start, f.end)).toBe(f.text);
      expect(f.context).toContain(f.text);
    }
  });

  it("keeps quotes and figures in order of appearance", () => {
    const starts = (xs: Array<{ start: number }>) => xs.map((x) => x.start);
    expect(starts(article.quotes)).toEqual([...starts(article.quotes)].sort((a, b) => a - b));
    expect(starts(article.figures)).toEqual([...starts(article.figures)].sort((a, b) => a - b));
  });
});
