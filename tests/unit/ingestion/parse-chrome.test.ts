import { extractArticle, parseArticle } from "../../../src/ingestion";
import { resolvePublishedAt } from "../../../src/ingestion";
import { captionCredit, isMenuLine, isSegmentedStampLine, isStampLine } from "../../../src/ingestion/parse/chrome";

const FETCHED_AT = new Date("2026-03-10T12:00:00Z");
const LEAD = "The harbour board voted on Monday to raise mooring fees by a tenth from April, its chair said.";
const NEXT = "Fishing crews said the rise would fall hardest on the smallest boats, which earn least in winter.";

/** A page with a masthead, a menu, the headline, a domain line and the given lines before two paragraphs. */
function page(header: string[], lead: string[] = [], tail: string[] = []): string {
  return ["Harbour Gazette", "News | Sport | Business | Opinion | Jobs", "", "Harbour Board Raises Mooring Fees", "", ...header, ...lead, "", LEAD, "", NEXT, ...tail].join("\n");
}

function body(raw: string): string[] {
  return parseArticle(raw, FETCHED_AT).body.split("\n\n");
}

describe("menu lines", () => {
  it.each([
    ["News | Sport | Business | Opinion | Jobs", true],
    ["Breaking | Local | Weather | Sport | e-Edition", true],
    ["Home > Business > Shipping", true],
    ["Region • Coast • Farming", true],
    ["Harbour Board Raises Mooring Fees", false],
    ["Opinion | Why the fee rise is the wrong answer", false],
    ["Party | Seats | Votes | 41 | 12,004", false],
    ["Fees rise. Crews object. Board stands firm.", false],
  ])("reads '%s' as a menu: %s", (line, menu) => {
    expect(isMenuLine(line)).toBe(menu);
  });

  it("never takes a menu above a date line for the title, and finds the title below it", () => {
    const raw = ["Harbour Gazette", "Breaking News | Local | Business | Sport | E-Paper", "Tue, 10 Mar 2026", "", "Harbour Board Raises Mooring Fees", "", "harbourgazette.example", "By Tomas Reyes-Lind", "10 Mar 2026 - 7:15 AM - 2,310 views", "", LEAD, "", NEXT].join("\n");
    const parsed = parseArticle(raw, FETCHED_AT);
    expect(parsed.title).toBe("Harbour Board Raises Mooring Fees");
    expect(parsed.source).toBe("harbourgazette.example");
    expect(parsed.publishedAt.toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });
});

describe("the source domain", () => {
  it("reads the domain on the line after the date", () => {
    const raw = ["Harbour Board Raises Mooring Fees", "", "Tuesday, 10 Mar 2026 8:15 PM", "harbourgazette.example", "", LEAD, "", NEXT].join("\n");
    const parsed = parseArticle(raw, FETCHED_AT);
    expect(parsed.source).toBe("harbourgazette.example");
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });

  it("reads the date past a byline under the domain, a long stamp too", () => {
    const raw = page(["harbourgazette.example", "By: Gazette Staff", "Posted at 6:05 AM, Mar 09, 2026 and last updated 10:40 AM, Mar 09, 2026"]);
    const parsed = parseArticle(raw, FETCHED_AT);
    expect(parsed.publishedAt.toISOString()).toBe("2026-03-09T00:00:00.000Z");
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });
});

describe("time stamps, reading times and counters", () => {
  it.each([
    ["Updated at : March 9, 2026 18:20"],
    ["Published: March 9, 2026 | Updated: 3 hours ago"],
    ["Updated 09:14, 09 MAR 2026"],
    ["9 Mar 2026 | 4 min read"],
    ["9 Mar 2026 - 6:42 AM - 1,204 views"],
    ["Tue Mar 10 2026 - 07:42"],
    ["6:56 AM - 10 Mar 2026"],
    ["• updated: Mar 9 2026, 19:08 IST"],
    ["3,410 views"],
    ["3 minute read"],
    ["6 min listen"],
  ])("drops '%s'", (line) => {
    expect(isStampLine(line)).toBe(true);
    expect(body(page(["harbourgazette.example 2 hours ago"], [line]))).toEqual([LEAD, NEXT]);
  });

  const sentences = [
    "Updated figures released on Monday showed 12 boats had left the harbour.",
    "March 9 was the windiest day on record at the harbour.",
    "5 hours of gales closed the harbour mouth.",
    "At 6:42 AM the first boats were turned back.",
    "Posted to the harbour office, the notice drew a crowd.",
    "3 minute read-outs of the charges opened the hearing.",
  ];
  it.each(sentences.map((s) => [s]))("keeps the sentence '%s'", (line) => {
    expect(isStampLine(line)).toBe(false);
    expect(body(page(["harbourgazette.example 2 hours ago"], [], ["", line]))).toContain(line);
  });

  it("reads no figure from a view counter", () => {
    const article = extractArticle(page(["harbourgazette.example", "10 Mar 2026 - 7:15 AM - 2,310 views"]), { fetchedAt: FETCHED_AT });
    expect(article.figures.map((f) => f.value)).not.toContain(2310);
  });
});

describe("bylines", () => {
  it.each([["By Tomas Reyes-Lind"], ["By: Gazette Staff"], ["By Ana Kell, Local Democracy Reporting Service"], ["Written by : HG"], ["By Tomas Reyes-Lind 9 Mar 2026 | 4 min read"]])(
    "drops '%s' before the story",
    (line) => {
      expect(body(page(["harbourgazette.example 2 hours ago"], [line]))).toEqual([LEAD, NEXT]);
    },
  );

  it("keeps a sentence that opens with 'By', and a heading in the story", () => {
    const sentence = "By Tuesday the harbour master had closed two berths.";
    expect(body(page(["harbourgazette.example 2 hours ago"], [sentence]))).toEqual([sentence, LEAD, NEXT]);
    expect(body(page(["harbourgazette.example 2 hours ago"], [], ["", "By The Numbers", "", "Two berths stay closed."]))).toContain("By The Numbers");
  });
});

describe("photo captions and credits", () => {
  it.each([
    ["Boats tied up at the east quay on Sunday. Gazette Photo"],
    ["The east quay at dawn. File photo"],
    ["Crews unload the morning catch. — Coast Wire pic"],
    ["Crews unload the morning catch. Photo/HGN"],
    ["Trawlers wait outside the harbour. HG/File"],
    ["Trawlers wait outside the harbour. (HG Photo/Lia Moss)"],
    ["Trawlers wait outside the harbour. (Coast Sentinel/Lia Moss)"],
    ["Trawlers wait outside the harbour. (Gazette photo)"],
    ["The harbour office. Foto: CW"],
  ])("drops the caption '%s'", (line) => {
    expect(captionCredit(line)).toBe("strong");
    expect(body(page(["harbourgazette.example 2 hours ago"], [line]))).toEqual([LEAD, NEXT]);
  });

  it("drops an alt text and its caption with an agency in brackets before the story", () => {
    const lines = ["Boats in the east harbour", "Boats moored in the east harbour on Sunday. (Xinhua)"];
    expect(body(page(["harbourgazette.example 2 hours ago"], lines))).toEqual([LEAD, NEXT]);
  });

  it.each([
    ["The fee is set by the Harbour Revenue Office (HRO)"],
    ["HALDEN — Boats stayed in port on Monday. (HG Photo/Lia Moss)"],
    ["The board kept a file photo of the old quay on its wall."],
    ["Bigger picture"],
    ["Regional picture"],
    ['"We cannot fish if we cannot moor," one skipper said, holding a photo.'],
  ])("keeps '%s'", (line) => {
    expect(captionCredit(line)).not.toBe("strong");
    expect(body(page(["harbourgazette.example 2 hours ago"], [], ["", line]))).toContain(line);
  });

  it("keeps a short first paragraph that ends with an agency in brackets", () => {
    const first = "Police closed the east quay on Sunday. (HGN)";
    expect(body(page(["harbourgazette.example 2 hours ago"], [first]))).toEqual([first, LEAD, NEXT]);
  });

  it("keeps a last paragraph that ends with an agency in brackets", () => {
    const last = "The board will meet again in May. (HGN)";
    expect(body(page(["harbourgazette.example 2 hours ago"], [], ["", last]))).toContain(last);
  });
});

describe("agency, desk and outlet lines", () => {
  it.each([["AFP"], ["The Associated Press"], ["AFP, Halden,"], ["Bureau Report"], ["Staff Reporter"], ["Harbour Gazette"], ["HARBOUR GAZETTE"]])("drops '%s'", (line) => {
    expect(body(page(["harbourgazette.example 2 hours ago"], [line]))).toEqual([LEAD, NEXT]);
  });

  it("keeps sentences that name an agency or the outlet", () => {
    const lines = ["AFP said the fee rise was the first in nine years.", "A skipper told the Harbour Gazette he would sell his boat."];
    const got = body(page(["harbourgazette.example 2 hours ago"], [], ["", ...lines.flatMap((l) => [l, ""])]));
    for (const l of lines) expect(got).toContain(l);
  });
});

describe("closing chrome", () => {
  it.each([["Copyright 2026 Harbour Media. All rights reserved."], ["© 2026 Harbour Media"], ["Sign up for breaking news alerts"], ["Follow us on Telegram for more updates."], ["Join our WhatsApp channel"], ["Download the Harbour Gazette app"], ["READ: Ferry timetable changes for spring"], ["Ver más: Port strike ends in the south"], ["bur-hg/lm"]])(
    "drops '%s'",
    (line) => {
      expect(body(page(["harbourgazette.example 2 hours ago"], [], ["", line, "", NEXT + " " + LEAD]))).toEqual([LEAD, NEXT, NEXT + " " + LEAD]);
    },
  );

  it.each([["Copyright holders said they would go to court."], ["Sign up for the berth scheme closes on Friday."], ["Follow the money, the auditor told the board."], ["Watch: the tide rose by a metre in an hour."]])("keeps '%s'", (line) => {
    expect(body(page(["harbourgazette.example 2 hours ago"], [], ["", line]))).toContain(line);
  });

  it("ends the body at a two-language label over linked headlines", () => {
    const raw = page(["harbourgazette.example 2 hours ago"], [], ["", "Leia também / Read more", "Ferry Fares Rise in the North", "New Pier Opens at Halden"]);
    expect(body(raw)).toEqual([LEAD, NEXT]);
  });
});

describe("stamp lines in segments", () => {
  it.each([["HGN | Halden | Updated: 09-03-2026 21:59 IST | Created: 09-03-2026 21:40 IST"], ["The Daily Example | March 9, 2026 | 11:51 am IST"]])("drops '%s'", (line) => {
    expect(isSegmentedStampLine(line)).toBe(true);
    expect(body(page(["harbourgazette.example 2 hours ago"], [line]))).toEqual([LEAD, NEXT]);
  });

  it("keeps segments with no stamp, and a sentence with a bar in it", () => {
    for (const line of ["Halden | Boats stayed in port for a third day", "Fees rose 10% | crews object, 9 March 2026 | more to follow."]) {
      expect(isSegmentedStampLine(line)).toBe(false);
    }
  });

  it("reads a day-first dashed date", () => {
    expect(resolvePublishedAt("17-08-2026", FETCHED_AT)?.toISOString()).toBe("2026-08-17T00:00:00.000Z");
  });
});

describe("wire notes, comment forms and repeats of the headline", () => {
  it.each([
    ["(With inputs from HGN)"],
    ["With HGN"],
    ["(Reporting by Ana Kell; Editing by Tom Roe)"],
    ["Reporting by Ana Kell; Editing by Tom Roe"],
    ["(Adds quote from harbour master in paragraph 5)"],
    ["Leave a Reply"],
    ["Be the first to comment"],
    ["This was published 3 years ago"],
    ["Comments (3)"],
    ["1 min"],
    ["Harbour Board Raises Mooring Fees"],
    ["Harbour Board Raises Moori..."],
    ["Boats at the east quay on Sunday. [Lia Moss, Gazette]"],
  ])("drops '%s'", (line) => {
    expect(body(page(["harbourgazette.example 2 hours ago"], [], ["", line, "", NEXT + " " + LEAD]))).toEqual([LEAD, NEXT, NEXT + " " + LEAD]);
  });

  it.each([
    ["With two berths closed, crews waited offshore for hours."],
    ["Reporting by the Gazette showed the fees had doubled since 2019."],
    ["Leave a reply at the harbour office, the notice said."],
    ["Harbour board raises fees again, crews say."],
    ["The harbour master said the rise was fair [to all boats]."],
  ])("keeps '%s'", (line) => {
    expect(body(page(["harbourgazette.example 2 hours ago"], [], ["", line]))).toContain(line);
  });
});

describe("the headline above a byline or credit", () => {
  const story = "Four people were missing on Friday after a rockslide buried part of a mountain highway, police said.";
  it.each([
    [["Rockslide Blocks Hill Highway", "", "AFP", "AFP, Pokhara,", "  • Mar 9 2026, 19:08 ist", "  • updated: Mar 9 2026, 19:40 ist", "Representative Image. Credit: Getty Images"]],
    [["News", "Rockslide Blocks Hill Highway", "Written by : TDM", "The Daily Minute | March 9, 2026 | 11:51 am IST"]],
    [["Rockslide Blocks Hill Highway", "The Associated Press", "March 9, 2026, 2:33 AM"]],
  ])("takes the headline, not the credit, and keeps only the story: %j", (header) => {
    const parsed = parseArticle([...header, "", story, "", "With IANS"].join("\n"), FETCHED_AT);
    expect(parsed.title).toBe("Rockslide Blocks Hill Highway");
    expect(parsed.publishedAt.toISOString()).toBe("2026-03-09T00:00:00.000Z");
    expect(parsed.body).toBe(story);
  });
});

describe("the outlet in the page's own lines", () => {
  it("takes the source from a URL alone above the headline", () => {
    const raw = ["https://www.harbourgazette.example/news/2026/03/fees-123", "", "Harbour Board Raises Mooring Fees", "March 9, 2026", "", LEAD].join("\n");
    expect(parseArticle(raw, FETCHED_AT).source).toBe("harbourgazette.example");
  });

  it("drops the outlet's name after the headline, and only the outlet's", () => {
    const at = (title: string) => parseArticle([title, "", "harbourgazette.example 2 hours ago", "", LEAD].join("\n"), FETCHED_AT).title;
    expect(at("Harbour Board Raises Mooring Fees | Harbour Gazette")).toBe("Harbour Board Raises Mooring Fees");
    expect(at("Harbour Board Raises Mooring Fees - Harbour")).toBe("Harbour Board Raises Mooring Fees - Harbour");
    expect(at("Harbour Board Raises Mooring Fees | Opinion")).toBe("Harbour Board Raises Mooring Fees | Opinion");
  });

  it.each([["Posted by Ana Kell on March 9, 2026 at 5:42 PM"], ["Last modified on Tue 10 Mar 2026 09.14 GMT"], ["Facebook Twitter WhatsApp Email"]])("drops '%s'", (line) => {
    expect(body(page(["harbourgazette.example 2 hours ago"], [line]))).toEqual([LEAD, NEXT]);
  });
});

describe("the outlet's name from its domain", () => {
  it("drops a line that is only the domain's name, under a subdomain too, and keeps a heading that is not", () => {
    const raw = ["Harbour Board Raises Mooring Fees", "", "news.harbourgazette.example 2 hours ago", "", "Harbour Gazette", "", LEAD, "", "Fees", "", NEXT].join("\n");
    expect(body(raw)).toEqual([LEAD, "Fees", NEXT]);
  });
});

describe("a standfirst between the headline and a segmented stamp", () => {
  const standfirst = "Harbour police held two men after a fight broke out among crews waiting to unload on Sunday night.";
  const story = "Harbour police held two men after a fight broke out on the east quay on Sunday night, officers said.";
  it("takes the headline above the standfirst and the date from the stamp", () => {
    const raw = ["Left Menu", "Two Held After Quay Fight", "", standfirst, "", "HGN | Halden | Updated: 09-03-2026 21:59 IST | Created: 09-03-2026 21:40 IST", "Crews on the east quay on Sunday. (Photo/HGN). Image Credit: HGN", "", story].join("\n");
    const parsed = parseArticle(raw, FETCHED_AT);
    expect(parsed.title).toBe("Two Held After Quay Fight");
    expect(parsed.publishedAt.toISOString()).toBe("2026-03-09T00:00:00.000Z");
    expect(parsed.body).toBe(story);
  });

  it("keeps a long headline when nothing above it reads as one", () => {
    const raw = ["News | Sport | Business", standfirst, "March 9, 2026", "", story].join("\n");
    expect(parseArticle(raw, FETCHED_AT).title).toBe(standfirst);
  });
});

describe("a header in none of the usual shapes", () => {
  const box = ["Key points:", "", "The board will lift mooring fees by a tenth", "", "Crews say the smallest boats will pay most"];

  it("takes the headline above a summary box, the domain above it, the date under the box, and the story after them", () => {
    const stamp = "Posted Tue 10 Mar 2026 at 9:15am, updated Tue 10 Mar 2026 at 11:40am";
    const raw = ["harbourgazette.example", "Harbour Gazette", "News | Sport | Business", "", "Harbour Board Raises Mooring Fees", "", ...box, "", stamp, "", LEAD, "", NEXT].join("\n");
    const parsed = parseArticle(raw, FETCHED_AT);
    expect(parsed.title).toBe("Harbour Board Raises Mooring Fees");
    expect(parsed.source).toBe("harbourgazette.example");
    expect(parsed.publishedAt.toISOString().slice(0, 10)).toBe("2026-03-10");
    expect(parsed.body.startsWith(LEAD)).toBe(true);
  });

  it("takes the fetch time when the top names the outlet's domain but no readable date", () => {
    const raw = ["harbourgazette.example", "", "Harbour Board Raises Mooring Fees", "", ...box, "", LEAD, "", NEXT].join("\n");
    const parsed = parseArticle(raw, FETCHED_AT);
    expect(parsed.title).toBe("Harbour Board Raises Mooring Fees");
    expect(parsed.source).toBe("harbourgazette.example");
    expect(parsed.publishedAt.getTime()).toBe(FETCHED_AT.getTime());
  });

  it("takes the headline over a summary box when the top has neither a date nor a domain, with the fetch time for the date", () => {
    const parsed = parseArticle(["Harbour Board Raises Mooring Fees", "", ...box, "", LEAD, "", NEXT].join("\n"), FETCHED_AT);
    expect(parsed.title).toBe("Harbour Board Raises Mooring Fees");
    expect(parsed.publishedAt.getTime()).toBe(FETCHED_AT.getTime());
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });

  it("takes no headline-like line after the first paragraph as the title: the lead sentence stands in for it", () => {
    const parsed = parseArticle(["harbourgazette.example", "", LEAD, "", "Harbour Board Raises Mooring Fees", "", NEXT].join("\n"), FETCHED_AT);
    expect(parsed.title).toBe(LEAD.slice(0, -1));
    expect(parsed.body.startsWith(LEAD)).toBe(true);
  });

  it("still refuses a page with no headline and no domain line above the first paragraph", () => {
    expect(() => parseArticle([LEAD, "", "Harbour Board Raises Mooring Fees", "", NEXT].join("\n"), FETCHED_AT)).toThrow(/title/);
  });
});
