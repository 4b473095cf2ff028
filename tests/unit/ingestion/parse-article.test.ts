import { parseArticle, resolvePublishedAt } from "../../../src/ingestion";

const FETCHED_AT = new Date("2024-06-29T12:00:00Z");
const PARAGRAPH = "The council voted on Tuesday to approve the new budget, which raises spending on roads and schools.";

describe("resolvePublishedAt", () => {
  it.each([
    ["3 days ago", "2024-06-26T12:00:00.000Z"],
    ["5 hours ago", "2024-06-29T07:00:00.000Z"],
    ["an hour ago", "2024-06-29T11:00:00.000Z"],
    ["2 weeks ago", "2024-06-15T12:00:00.000Z"],
    ["1 month ago", "2024-05-29T12:00:00.000Z"],
    ["yesterday", "2024-06-28T12:00:00.000Z"],
    ["Mar 3, 2025", "2025-03-03T00:00:00.000Z"],
    ["March 3, 2025", "2025-03-03T00:00:00.000Z"],
    ["3 March 2025", "2025-03-03T00:00:00.000Z"],
    ["2025-03-03", "2025-03-03T00:00:00.000Z"],
    ["Monday, March 3, 2025", "2025-03-03T00:00:00.000Z"],
  ])("%s", (text, iso) => {
    expect(resolvePublishedAt(text, FETCHED_AT)?.toISOString()).toBe(iso);
  });

  it("returns null for text without a date", () => {
    expect(resolvePublishedAt("no date here", FETCHED_AT)).toBeNull();
  });
});

describe("parseArticle", () => {
  it("separates navigation, title, outlet line, photo lines, body and trailing links", () => {
    const raw = [
      "Home Back",
      "Menu Search",
      "",
      "Council Approves Budget",
      "",
      "WWW.Example.COM Mar 3, 2025",
      "Councillors in session",
      "Councillors in session on Tuesday. Photo: City Hall",
      "",
      PARAGRAPH,
      "",
      "What comes next",
      "",
      "The plan now goes to the mayor, who has ten days to sign it.",
      "",
      "People are also reading",
      "Another Story Headline",
      "Yet Another Headline",
    ].join("\n");
    const parsed = parseArticle(raw, FETCHED_AT);
    expect(parsed.title).toBe("Council Approves Budget");
    expect(parsed.source).toBe("example.com");
    expect(parsed.publishedAt.toISOString()).toBe("2025-03-03T00:00:00.000Z");
    expect(parsed.body).toBe([PARAGRAPH, "What comes next", "The plan now goes to the mayor, who has ten days to sign it."].join("\n\n"));
  });

  it("reads a domain and a date on separate lines", () => {
    const raw = ["Council Approves Budget", "example.org", "yesterday", "", PARAGRAPH].join("\n");
    const parsed = parseArticle(raw, FETCHED_AT);
    expect(parsed.source).toBe("example.org");
    expect(parsed.publishedAt.toISOString()).toBe("2024-06-28T12:00:00.000Z");
    expect(parsed.body).toBe(PARAGRAPH);
  });

  it("keeps a 'Read more' line that is followed by more article text", () => {
    const raw = ["Council Approves Budget", "example.org 1 day ago", "", PARAGRAPH, "", "Read more: earlier coverage", "", PARAGRAPH + " " + PARAGRAPH].join("\n");
    expect(parseArticle(raw, FETCHED_AT).body.split("\n\n")).toHaveLength(2);
  });

  it("collapses runs of spaces and handles Windows line ends", () => {
    const raw = "Council Approves Budget\r\nexample.org 1 day ago\r\n\r\nThe   council  voted.\r\n";
    expect(parseArticle(raw, FETCHED_AT).body).toBe("The council voted.");
  });
});

describe("header layouts: the headline, date, outlet and body start past bylines, stamps and chrome", () => {
  const AT = new Date("2026-04-09T10:00:00Z");
  const LEAD = "The river authority on Wednesday closed the old ferry crossing after inspectors found cracks in both landing ramps.";
  const NEXT = "Commuters will use a bus link over the upstream bridge until repairs end, the authority said in a statement.";
  const HEADLINE = "River authority shuts ferry crossing after ramp cracks found";
  const parse = (top: string[]) => parseArticle([...top, LEAD, "", NEXT].join("\n"), AT);

  it("skips a reading time between the byline and the stamp", () => {
    const p = parse(["Skip to main content", "Valley Courier", "Local | Business | Sport | Weather", HEADLINE, "By Mirela Oduya", "4 minute read", "Published 09:30 GMT, 8 Apr 2026", "valleycourier.example"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "valleycourier.example", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("skips credits under a label and reads a timestamp with seconds", () => {
    const p = parse(["Wire-example | English", "Home  World  Business  Photos  Video", HEADLINE, "Source: Xinhua", "Editor: Lin Hao", "2026-04-08 16:02:44", "wire-example.cn"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "wire-example.cn", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("keeps the headline above a standfirst of sentences and a byline with agencies, and drops a short link and a photo credit", () => {
    const standfirst = "Engineers found cracks in both ramps during a routine check. The crossing carried about 900 people a day.";
    const p = parse(["Channel-example", "Topics  Europe  Business  Culture", HEADLINE, standfirst, "Tomas Reyes with AFP, Reuters", "04/08/2026 April 8, 2026", "channel-example.com", "https://s.channel-example.com/a/91xQ", "Image: Ana Berg/AFP"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "channel-example.com", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("takes the first headline over a standfirst without a full stop, past a bare name and a stamp with a place", () => {
    const p = parse(["The Example Ledger", "e-Paper | Home | News | States", "States > Coast", HEADLINE, "Repairs to take six weeks; commuters told to use the upstream bridge", "Priya Raman", "PORTVILLE , Updated - April 08, 2026 08:14 pm IST", "exampleledger.in", "READ LATER   PRINT   SHARE", "The closed landing at dawn. | Photo Credit: Special Arrangement"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "exampleledger.in", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("drops a spaced top bar, a place under the byline and a summary box with bullets", () => {
    const p = parse(["DAILY-example   ePaper   Subscribe   Log in", "News | Counties | Business", HEADLINE, "Inspectors say both ramps need new steel", "By Achieng Otieno", "Portville", "Wednesday, April 8, 2026", "daily-example.co.ke", "Summary", "- The crossing carried about 900 people a day before it closed.", "- A bus link will run until repairs end."]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "daily-example.co.ke", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("reads the date from a stamp kept in spaced segments with a byline and a reading time", () => {
    const p = parse(["Harbour Pulse", "Home  News  Business  Markets", "Trending: Ferries | Bridges | Fuel Price", HEADLINE, "April 7, 2026   By Ade Bankole   5 min read", "harbourpulse.example"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "harbourpulse.example", "2026-04-07"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("takes the domain below a bare name and a role, and starts the body after them", () => {
    const p = parse(["Southern Examiner", "News  Sport  Business  Opinion", "Coast", HEADLINE, "Wed, 8 Apr, 2026 - 06:45", "Niamh de Búrca", "Transport Correspondent", "southernexaminer.example"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "southernexaminer.example", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("takes the domain below a 'Name, Role' byline after a share row, and drops the photo credit", () => {
    const p = parse(["Radio-example", "Menu  Search  Listen live", "Home  World  Politics  Business", HEADLINE, "6:20 pm on 8 April 2026", "Share this", "Rawiri Kent, Regional Reporter", "radio-example.co.nz", "Photo: Radio-example / Rawiri Kent"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "radio-example.co.nz", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("drops a labelled share row and a one-line summary before the story", () => {
    const p = parse(["News-example.uz", "Politics  Economy  Sport", HEADLINE, "21:05 / 08.04.2026   3.1K views", "news-example.uz", "Share: Telegram  Facebook  X", "Summary: The crossing is shut for six weeks and a bus link replaces it."]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "news-example.uz", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("passes a masthead of several words, the page title above the headline, and bylines of names joined by 'and'", () => {
    const p = parse(["The Portville Evening Star Online", "", `${HEADLINE} | Evening Star`, "Local | Business | Sport", HEADLINE, "Mirela Oduya and Tomas Reyes", "@moduya", "8 April 2026 • 3 min read", "eveningstar.example"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "eveningstar.example", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("passes menu items one to a line above the headline, and a byline of a name with particles", () => {
    const p = parse(["Home", "World News", "Climate and Environment News", "Sport", "", "Harbour Board Raises Mooring Fees", "Share this", "Luis de la Cruz", "8 April 2026", "harbour.example"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual(["Harbour Board Raises Mooring Fees", "harbour.example", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("drops the buttons and a byline with the outlet and a place under the stamp", () => {
    const p = parse(["Evening Wire", "Home | News | Sport | Weather", HEADLINE, "2 hours ago", "Share", "Save", "Mirela Oduya", "Evening Wire News, Portville", "eveningwire.example"]);
    expect([p.title, p.source, p.publishedAt.toISOString()]).toEqual([HEADLINE, "eveningwire.example", "2026-04-09T08:00:00.000Z"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("drops a labelled reading time and a handle under the byline", () => {
    const p = parse(["Valley Courier", "Local | Business | Sport", HEADLINE, "Written by Mirela Oduya", "@moduya, @valleycourier", "Reading Time: 6min", "April 8, 2026", "valleycourier.example"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "valleycourier.example", "2026-04-08"]);
    expect(p.body.startsWith(LEAD)).toBe(true);
  });

  it("keeps the headline above a photo credit and the photo's alt text", () => {
    const p = parse(["Valley Courier", "Local | Business | Sport", HEADLINE, "Photo: Ana Berg/Valley Courier", "The closed ferry landing seen from the upstream bridge", "8 April 2026", "valleycourier.example"]);
    expect([p.title, p.source, p.publishedAt.toISOString().slice(0, 10)]).toEqual([HEADLINE, "valleycourier.example", "2026-04-08"]);
  });

  it("keeps a short first paragraph after the header", () => {
    const p = parse([HEADLINE, "By Mirela Oduya", "8 April 2026", "Updated below.", ""]);
    expect(p.body.startsWith("Updated below.")).toBe(true);
  });

  it("reads a header with a byline but neither a date nor a domain: the masthead names the outlet, the fetch time stands in for the date", () => {
    const p = parse(["Valley Courier", HEADLINE, "By Mirela Oduya", "Transport Correspondent", ""]);
    expect([p.title, p.source, p.publishedAt.toISOString()]).toEqual([HEADLINE, "Valley Courier", AT.toISOString()]);
    expect(p.body.split("\n\n")).toEqual([LEAD, NEXT]);
  });

  it("still refuses a page with a byline and a paragraph but no headline", () => {
    expect(() => parse(["Valley Courier", "By Mirela Oduya", "Transport Correspondent", ""])).toThrow(/title/);
  });
});
