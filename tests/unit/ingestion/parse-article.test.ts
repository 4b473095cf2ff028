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
