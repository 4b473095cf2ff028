import { InputError } from "../../../src/errors";
import { extractArticle } from "../../../src/ingestion";
import { FETCHED_AT, rawArticle } from "./raw-article";

const ENGLISH = "The government said on Monday that it would raise spending on schools and hospitals in the coming year, after months of talks with the opposition.";

function reasonFor(raw: string, maxBytes?: number): string {
  try {
    extractArticle(raw, { fetchedAt: FETCHED_AT, maxBytes });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).field).toBe("raw");
    return (e as InputError).reason;
  }
  throw new Error("expected an InputError");
}

describe("bad raw input", () => {
  it("rejects empty and whitespace-only text", () => {
    expect(reasonFor("")).toMatch(/empty/);
    expect(reasonFor("  \n\t \n")).toMatch(/empty|whitespace/);
  });

  it("rejects text over maxBytes, counting UTF-8 bytes", () => {
    const raw = rawArticle([ENGLISH]);
    expect(reasonFor(raw, 100)).toMatch(/at most 100 bytes/);
    const wide = rawArticle([ENGLISH + " ".repeat(10) + "€".repeat(40)]);
    const bytes = Buffer.byteLength(wide, "utf8");
    expect(wide.length).toBeLessThan(bytes);
    expect(reasonFor(wide, wide.length)).toMatch(/bytes/);
  });

  it("rejects binary data", () => {
    expect(reasonFor(rawArticle([ENGLISH + "\u0000\u0001\u0002"]))).toMatch(/binary/);
    expect(reasonFor(rawArticle([ENGLISH, "\u0001\u0002\u0003\u0004\u0005\u0006"]))).toMatch(/binary/);
  });

  it("rejects HTML markup", () => {
    expect(reasonFor(`<html><body><p>${ENGLISH}</p></body></html>`)).toMatch(/HTML/);
    expect(reasonFor(rawArticle([`<div class="story">${ENGLISH}</div>`]))).toMatch(/HTML/);
    expect(reasonFor(rawArticle([`<p>${ENGLISH}`]))).toMatch(/HTML/);
  });

  it("rejects a page without a recognisable title", () => {
    expect(reasonFor(`${ENGLISH}\n\n${ENGLISH}`)).toMatch(/title/);
    expect(reasonFor(`Home Back\n\nexample.com 3 days ago\n\n${ENGLISH}`)).toMatch(/title/);
  });

  it("rejects non-English pages", () => {
    const russian = "Правительство заявило в понедельник, что увеличит расходы на школы и больницы в следующем году после нескольких месяцев переговоров с оппозицией.";
    expect(reasonFor(rawArticle([russian, russian], "Правительство увеличит расходы"))).toMatch(/non-Latin|English/);
    const french = "Le gouvernement a annoncé lundi qu'il augmenterait les dépenses pour les écoles et les hôpitaux l'année prochaine, après des mois de négociations avec l'opposition et les syndicats du pays.";
    expect(reasonFor(rawArticle([french, french], "Le gouvernement augmente les dépenses"))).toMatch(/English/);
  });

  it("names what is allowed", () => {
    expect(reasonFor("")).toMatch(/plain text of an English news page/);
  });

  it("rejects an invalid fetchedAt", () => {
    expect(() => extractArticle(rawArticle([ENGLISH]), { fetchedAt: new Date("nope") })).toThrow(InputError);
  });

  it("accepts an ordinary page", () => {
    expect(() => extractArticle(rawArticle([ENGLISH]), { fetchedAt: FETCHED_AT })).not.toThrow();
  });
});

describe("a page saved without its headline", () => {
  const lead = "ACCRA, March 3 (Reuters) - Ghana's central bank held its policy rate at 27 percent on Monday, saying inflation had slowed for a fourth month.";
  const second = "The governor told reporters in Accra that the cedi had steadied since January and that food prices were easing.";

  it("takes the lead sentence without its dateline as the title when the outlet's domain stands above the paragraphs", () => {
    const article = extractArticle(`example-wire.com\n${lead}\n\n${second}`, { fetchedAt: FETCHED_AT });
    expect(article.title).toBe("Ghana's central bank held its policy rate at 27 percent on Monday, saying inflation had slowed for a fourth month");
    expect(article.source).toBe("example-wire.com");
    expect(article.body.startsWith("ACCRA, March 3 (Reuters)")).toBe(true);
    expect(article.figures.map((f) => f.value)).toContain(27);
  });

  it("reads a stored page's leading date stamp as the date, in neither the title nor the body", () => {
    const article = extractArticle(`example-wire.com\n date 2025-03-03 ${lead}\n\n${second}`, { fetchedAt: FETCHED_AT });
    expect(article.publishedAt.toISOString().slice(0, 10)).toBe("2025-03-03");
    expect(article.title).not.toMatch(/date|2025/);
    expect(article.body).not.toMatch(/^date/);
  });

  it("cuts a long lead at a word and marks the cut", () => {
    const long = `example-wire.com\n${"The council said the new market would open next year with stalls for traders, ".repeat(3)}and parking for buses.\n\n${second}`;
    const article = extractArticle(long, { fetchedAt: FETCHED_AT });
    expect(article.title.length).toBeLessThanOrEqual(162);
    expect(article.title.endsWith(" …")).toBe(true);
  });
});

describe("the date of a page saved without its headline", () => {
  it("reads the dateline's month and day, in the latest year not after the fetch", () => {
    const article = extractArticle(
      "example-wire.com\nLAGOS, Nov 28 (Reuters) - Nigeria's central bank held its policy rate at 27 percent on Thursday, citing slowing inflation.\n\nThe governor told reporters in Abuja that the naira had steadied since August.",
      { fetchedAt: FETCHED_AT },
    );
    expect(article.publishedAt.toISOString().slice(5, 10)).toBe("11-28");
    expect(article.publishedAt.getTime()).toBeLessThanOrEqual(FETCHED_AT.getTime());
  });
});
