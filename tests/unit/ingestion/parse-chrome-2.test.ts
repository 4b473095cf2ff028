import { parseArticle } from "../../../src/ingestion";
import { isContactLine, isDisclaimerLine, isSectionRowLine } from "../../../src/ingestion/parse/chrome";

const FETCHED_AT = new Date("2026-05-04T09:00:00Z");
const TITLE = "Ferry Operator Cancels Winter Sailings to Three Islands";
const LEAD = "The island ferry company said on Sunday it would cancel its winter timetable to three outer islands, blaming a shortage of engineers.";
const NEXT = "Residents of the smallest island said the decision would leave them with one boat a week until March.";

function parse(lines: string[]) {
  return parseArticle(lines.join("\n"), FETCHED_AT);
}

describe("the domain in a masthead row above the headline", () => {
  it("reads the domain beside the outlet's name", () => {
    const parsed = parse(["Island Mail | islandmail.example", "Sign In", "", TITLE, "", "By Mara Quint", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(parsed.source).toBe("islandmail.example");
    expect(parsed.title).toBe(TITLE);
  });

  it("reads the domain at the head of a row of menu links", () => {
    const parsed = parse(["islandmail.example | e-Paper | Subscribe | Sign In", "", TITLE, "", "By Mara Quint", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(parsed.source).toBe("islandmail.example");
  });

  it("prefers the page's host above the headline to the site's name written like a domain in the stamp", () => {
    const parsed = parse(["ISLANDMAIL.example | ferries.islandmail.example", "", TITLE, "", "ISLANDMAIL.example / 06:10 PM May 3, 2026", "", LEAD, "", NEXT]);
    expect(parsed.source).toBe("ferries.islandmail.example");
  });

  it("takes no domain from a sentence that mentions one", () => {
    const parsed = parse(["Visit islandmail.example for the full timetable, the company said.", "", TITLE, "", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(parsed.source).toBe("unknown");
  });
});

describe("menus flattened into a line of section names", () => {
  it.each([
    ["World News Politics Sport Business Science Health Opinion", true],
    ["Scotland Europe World Business Culture Sport Weather", true],
    ["Ferry Operator Cancels Winter Sailings to Three Islands", false],
    ["World Business Leaders Gather for Island Summit", false],
    ["Business Health Science", false],
    ["Weather Warning Cancels Sailings Business Leaders Say", false],
  ])("reads '%s' as a menu: %s", (line, menu) => {
    expect(isSectionRowLine(line)).toBe(menu);
  });

  it("never takes the flattened menu for the headline, nor its country for the story's", () => {
    const parsed = parse(["Island Mail", "islandmail.example", "Scotland Europe World Business Culture Sport Weather", "Search", "Share", "Copy Link copied", "Email", "", TITLE, "", "By Mara Quint", "Updated 6:10 PM BST, May 3, 2026", "", LEAD, "", NEXT]);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });
});

describe("a reading time after its number", () => {
  it("keeps '4 min Reading time' out of the body", () => {
    const parsed = parse(["Island Mail | islandmail.example", "", TITLE, "", "Published: 03/05/2026 - 18:10", "4 min Reading time", "", LEAD, "", NEXT]);
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });
});

describe("the end of the story", () => {
  const head = ["Island Mail | islandmail.example", "", TITLE, "", "By Mara Quint", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT, ""];

  it("ends the story at the wire's closing note", () => {
    const parsed = parse([...head, "(Reporting by Mara Quint; Editing by Olu Brandt)", "", "Our Principles: How we report on the islands.", "Suggested Topics: Transport"]);
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });

  it("keeps only prose after a desk sign-off", () => {
    const later = "A second island ferry firm said its own sailings were still on schedule for the week ahead.";
    const parsed = parse([...head, "mq/ob", "", "Island Life Weekly", "", "Our Principles: How we report.", "", later]);
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT, later]);
  });

  it("drops short lines after a full copyright notice, but not after a bare credit under a photo", () => {
    const ended = parse([...head, "Copyright 2026 Island Mail Ltd. All rights reserved.", "", "Island Life Weekly", "Our Principles: How we report."]);
    expect(ended.body.split("\n\n")).toEqual([LEAD, NEXT]);
    const credit = parse([...head, "© Island Mail", "", "Harbour talks resume", "", "The ferry firm's chief executive will speak to islanders at a meeting in the village hall on Friday evening."]);
    expect(credit.body.split("\n\n")).toEqual([LEAD, NEXT, "Harbour talks resume", "The ferry firm's chief executive will speak to islanders at a meeting in the village hall on Friday evening."]);
  });

  it("keeps a wire note above the first paragraph from ending the story", () => {
    const parsed = parse(["Island Mail | islandmail.example", "", TITLE, "", "May 3, 2026 6:10 PM", "(Updates with union comment)", "", LEAD, "", NEXT]);
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });
});

describe("a reporter's contact line and a comments disclaimer", () => {
  it.each([
    ["Contact Mara Quint at mquint@islandmail.example or 555-0134.", true],
    ["Reach Olu Brandt at 01632 960 418.", true],
    ["Email: desk@islandmail.example", true],
    ["Contact the ferry office for refunds, the company said.", false],
    ["Islanders can email complaints to the council, which meets on Tuesday at 10 a.m.", false],
  ])("reads '%s' as a contact line: %s", (line, contact) => {
    expect(isContactLine(line)).toBe(contact);
  });

  it("reads a disclaimer label", () => {
    expect(isDisclaimerLine("Disclaimer: Readers' comments on this page are their own and not the views of the publisher.")).toBe(true);
    expect(isDisclaimerLine("The disclaimer on the ticket said refunds would not be given.")).toBe(false);
  });

  it("drops both from the body, and a disclaimer does not keep the closing links in it", () => {
    const parsed = parse([
      "Island Mail | islandmail.example", "", TITLE, "", "By Mara Quint", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT, "",
      "Contact Mara Quint at mquint@islandmail.example or 555-0134.", "", "Read Next", "Harbour dues to rise in June",
      "Disclaimer: Readers' comments on this page are their own and do not reflect the views of Island Mail or its owners.",
    ]);
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });
});

describe("the outlet's name when the page prints no domain", () => {
  it("takes the masthead's name", () => {
    const parsed = parse(["The Island Mail", "News | Local | Sport | Opinion | Weather", "", TITLE, "", "By Mara Quint", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(parsed.source).toBe("The Island Mail");
  });

  it("takes the longest item of a masthead row, past its edition links", () => {
    const parsed = parse(["IM  islandmail", "Home / Islands / Ferries", "", TITLE, "", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(parsed.source).toBe("islandmail");
    const edition = parse(["The Island Mail | E-paper | Gàidhlig", "", TITLE, "", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(edition.source).toBe("The Island Mail");
  });

  it("takes a one-word name that is also a section's only when the site's menu follows it", () => {
    const masthead = parse(["COAST", "Home  News  Islands  Business  Sport", "", TITLE, "", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(masthead.source).toBe("COAST");
    const label = parse(["Business", "", TITLE, "", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(label.source).toBe("unknown");
  });

  it("takes no name from a menu on the first line", () => {
    const parsed = parse(["Home | Islands | Business | Sport | Opinion", "", TITLE, "", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(parsed.source).toBe("unknown");
  });

  it("prefers a host written in lower case to the site's name written like a domain", () => {
    const parsed = parse(["ISLANDMAIL.net  News  Islands  Business", "islandmail-news.net", "", TITLE, "", "May 3, 2026 6:10 PM", "", LEAD, "", NEXT]);
    expect(parsed.source).toBe("islandmail-news.net");
  });
});

describe("a byline and a stamp on one line", () => {
  it("reads the date after the reporter's name and starts the body after it", () => {
    const parsed = parse(["islandmail.example | E-Paper | Subscribe", "Home | Islands | Business | Sport | Opinion", TITLE, "Mara Quint-Lindqvist Published May 3, 2026 Updated about 2 hours ago", "Facebook | X | WhatsApp | Email", LEAD, NEXT, "A third paragraph says the council will meet the ferry company's board on Friday to ask for one extra sailing.", "A fourth paragraph says the company has asked the government for a grant to train engineers on the islands."]);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.publishedAt.toISOString().slice(0, 10)).toBe("2026-05-03");
    expect(parsed.body.split("\n\n")[0]).toBe(LEAD);
  });
});

describe("banners and media rows above the story", () => {
  it("never takes an alert banner or a live-stream link for the headline", () => {
    const parsed = parse(["Island TV | islandtv.example", "News  Weather  Traffic  Sports", "Weather Alert: Gale Warning for the outer islands until Friday", "Watch Island TV News Live", "", TITLE, "", "by: Mara Quint", "Posted: May 3, 2026 / 06:10 PM BST", "", LEAD, "", NEXT]);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });

  it("keeps a video's duration and a share prompt out of the body", () => {
    const parsed = parse(["Island Mail | islandmail.example", "", TITLE, "", "Posted Sun 3 May 2026 at 6:10pm", "Watch  Duration: 1 minute 40 seconds", "Kindly share this story:", "", LEAD, "", NEXT]);
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });

  it("keeps a paywall's sales pitch, and the numbers in it, out of the body", () => {
    const pitch = "Subscribe to ISLAND MAIL PREMIUM for unlimited access to the e-paper and 30+ partner titles on up to 4 devices. Call 555 0199.";
    const parsed = parse(["Island Mail | islandmail.example", "", TITLE, "", "Posted Sun 3 May 2026 at 6:10pm", "", LEAD, "", pitch, "", NEXT]);
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
    const kept = "Subscribers to the ferry pass said the 40 sailings a week were not enough.";
    expect(parse(["Island Mail | islandmail.example", "", TITLE, "", "Posted Sun 3 May 2026 at 6:10pm", "", LEAD, "", kept]).body.split("\n\n")).toEqual([LEAD, kept]);
  });

  it("reads a flattened menu that opens with the site's name", () => {
    expect(isSectionRowLine("The Island Mail News Scotland Islands Business Opinion Sport Weather")).toBe(true);
    expect(isSectionRowLine("The Island Mail Business Editor Reports From Stornoway Harbour")).toBe(false);
  });
});

describe("the outlet's name over its domain", () => {
  it("reads the name and slogan over the domain as the masthead, and finds the headline below the menu", () => {
    const parsed = parse(["IM | News that floats.", "im-islands.example", "Skip next section Explore more", "Islands | World | Business | Culture | Sport", "FERRIES", TITLE, "Ferry crews said the new timetable would leave three islands with one boat a week until the spring.", "Mara Quint (with agencies)", "05/03/2026 May 3, 2026", LEAD, NEXT]);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.source).toBe("im-islands.example");
  });
});

describe("a date printed above the headline", () => {
  it("takes the date line above the title when no date or domain follows it", () => {
    const parsed = parse(["Regional News of Sunday, 3 May 2026", "", "Source: Island Mail", "", TITLE, "", "By Mara Quint", "", LEAD, "", NEXT]);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.publishedAt.toISOString().slice(0, 10)).toBe("2026-05-03");
    expect(parsed.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });

  it("reads a page whose top shows neither a date nor a domain from its headline, with the fetch time for the date", () => {
    const parsed = parse(["Island Mail", "", TITLE, "", LEAD, "", NEXT]);
    expect([parsed.title, parsed.source, parsed.publishedAt.toISOString()]).toEqual([TITLE, "Island Mail", FETCHED_AT.toISOString()]);
  });

  it("still refuses a page whose first paragraph comes before any headline", () => {
    expect(() => parse(["Island Mail", "", LEAD, "", TITLE, "", NEXT])).toThrow(/title/);
  });
});
