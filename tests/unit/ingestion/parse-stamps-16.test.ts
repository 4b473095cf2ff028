import { extractArticle, resolvePublishedAt } from "../../../src/ingestion";

const FETCHED_AT = new Date("2026-12-02T09:00:00Z");
const HEADLINE = "Fishermen Demand Fuel Subsidy Ahead Of Festive Season";
const P1 = "Canoe owners along the eastern coast have asked the government to restore a fuel subsidy that ended in August, saying the price of fuel has doubled since then.";
const P2 = "The chairman of the regional canoe council said many crews had stopped going out to sea because a trip now cost more than the catch could earn.";
const P3 = "\u201cWe cannot feed our families if the fuel costs more than the fish,\u201d he said at a meeting in the port town on Monday.";

/** A page as some West African sites print it: masthead, menu, breadcrumb, headline, bare byline, stamp, caption, story, tags, related links, copyright; no blank lines. */
function page(stamp: string | null): string {
  return [
    "Coastline Herald",
    "Home | News | Politics | Business | Sports | Entertainment",
    "News > General News",
    HEADLINE,
    "Kwabena Osei-Tutu",
    ...(stamp === null ? [] : [stamp]),
    "Canoe owners gather at the landing beach on Monday. Picture: Efua Lartey",
    P1,
    P2,
    P3,
    "Tags: Fishing | Fuel | Coast",
    "Related Articles",
    "Traders Protest Market Closure",
    "Council Approves New Landing Site",
    "Storm Damages Canoes In Western Port",
    "\u00a9 2026 Coastline Media Limited. All rights reserved.",
  ].join("\n");
}

describe("date stamps as news sites print them", () => {
  it.each([
    ["Nov - 30 - 2026 , 16:40", "2026-11-30"],
    ["Nov-30-2026", "2026-11-30"],
    ["30-Nov-2026 16:40", "2026-11-30"],
    ["30 - November - 2026", "2026-11-30"],
    ["30/11/2026 16:40", "2026-11-30"],
    ["Monday, November 30, 2026 - 16:40", "2026-11-30"],
    ["Published: 30 November 2026", "2026-11-30"],
    ["Last updated 30.11.2026", "2026-11-30"],
    ["2026-11-30T16:40", "2026-11-30"],
    ["2026-11-30T16:40:05+05:30", "2026-11-30"],
    ["30 Nov 2026 | 16:40 IST", "2026-11-30"],
  ])("reads %s", (stamp, day) => {
    expect(resolvePublishedAt(stamp, FETCHED_AT)?.toISOString().slice(0, 10)).toBe(day);
  });

  it("does not read a date from a number run into letters or a month without a day", () => {
    expect(resolvePublishedAt("2026-11-30x", FETCHED_AT)).toBeNull();
    expect(resolvePublishedAt("November - 2026", FETCHED_AT)).toBeNull();
  });
});

describe("a page with a bare byline and a dashed stamp, no blank lines", () => {
  it("takes the headline, the masthead as the outlet, the stamp's day and the story from its first paragraph", () => {
    const a = extractArticle(page("Nov - 30 - 2026 , 16:40"), { fetchedAt: FETCHED_AT });
    expect([a.title, a.source, a.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "Coastline Herald", "2026-11-30"]);
    expect(a.body.split("\n\n")).toEqual([P1, P2, P3]);
  });

  it.each([
    "Nov - 30 - 2026 , 16:40",
    "30/11/2026 16:40",
    "Monday, November 30, 2026 - 16:40",
    "Published: 30 November 2026",
    "Last updated 30.11.2026",
    "2026-11-30T16:40",
    "30 Nov 2026 | 16:40 IST",
  ])("reads the stamp %s under the byline", (stamp) => {
    const a = extractArticle(page(stamp), { fetchedAt: FETCHED_AT });
    expect([a.title, a.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "2026-11-30"]);
    expect(a.body.startsWith(P1)).toBe(true);
  });
});

describe("a page that prints no date and no domain", () => {
  it("still reads its headline and story, with the fetch time standing in for the unknown date", () => {
    const a = extractArticle(page(null), { fetchedAt: FETCHED_AT });
    expect([a.title, a.source, a.publishedAt.toISOString()]).toEqual([HEADLINE, "Coastline Herald", FETCHED_AT.toISOString()]);
    expect(a.body.split("\n\n")).toEqual([P1, P2, P3]);
  });

  it("takes the headline under a long masthead and its menu, not the masthead", () => {
    const raw = ["The Coastline Daily Herald Online", "Home | News | Politics | Business", HEADLINE, "By Kwabena Osei-Tutu", P1, P2].join("\n");
    const a = extractArticle(raw, { fetchedAt: FETCHED_AT });
    expect(a.title).toBe(HEADLINE);
    expect(a.body.split("\n\n")).toEqual([P1, P2]);
  });

  it("keeps the headline above a photo's alt text and caption, and a short first paragraph after them", () => {
    const raw = ["Coastline Herald", "", HEADLINE, "", "Canoes drawn up on the beach at dawn", "Canoes drawn up on the beach at dawn. Photo: Efua Lartey", "", "Crews stayed ashore.", "", P1, "", P2].join("\n");
    const a = extractArticle(raw, { fetchedAt: FETCHED_AT });
    expect(a.title).toBe(HEADLINE);
    expect(a.body.split("\n\n")).toEqual(["Crews stayed ashore.", P1, P2]);
  });

  it("still refuses text with no headline before its first paragraph, a headline with no story, or a lower-case jumble", () => {
    expect(() => extractArticle(["Coastline Herald", P1, HEADLINE, P2].join("\n"), { fetchedAt: FETCHED_AT })).toThrow(/title/);
    expect(() => extractArticle(["Home", "", HEADLINE].join("\n"), { fetchedAt: FETCHED_AT })).toThrow(/raw/);
    expect(() => extractArticle(["Home | News | Sport", "Traders Protest Market Closure", "Council Approves New Landing Site", "Storm Damages Canoes In Western Port"].join("\n"), { fetchedAt: FETCHED_AT })).toThrow(/raw/);
    expect(() => extractArticle(["qwer asdf zxcv uiop hjkl", "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore."].join("\n"), { fetchedAt: FETCHED_AT })).toThrow(/raw/);
  });
});
