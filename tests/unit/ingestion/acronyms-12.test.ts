import { extract, find } from "./raw-article";

// Words in capitals that name no body: a wire desk's codes, hashtags, a thing someone holds, and the acronym a text
// gives for a work; a body's own bracketed acronym stays a body.
describe("words in capitals that are no body's short name", () => {
  const article = extract([
    "(ATTN: ADDS comments from the transport minister)",
    "Two lanes of Harbour Road will close from March while tunnelling for the Eastern Harbour Line (EHL) moves under the town, the Land Transport Authority (LTA) said.",
    "The EHL will run 40km and open in 2031. The LTA said works would take a year.",
    "“Bring your PIN and your ID card and we will process you the same day,” a clerk said.",
    "The National Union of Dockworkers (NUD) said it would not strike. #EHL #transport",
    "(END)",
  ]);

  it("drops a wire desk's codes", () => {
    expect(find(article, "ATTN")).toBeUndefined();
    expect(find(article, "END")).toBeUndefined();
  });

  it("drops the acronym given for a work and a hashtag's word", () => {
    expect(find(article, "EHL")).toBeUndefined();
  });

  it("drops an acronym after a possessive pronoun", () => {
    expect(find(article, "PIN")).toBeUndefined();
  });

  it("keeps bodies with their bracketed acronyms", () => {
    expect(find(article, "Land Transport Authority")?.aliases).toContain("LTA");
    expect(find(article, "National Union of Dockworkers")?.kind).toBe("ORGANIZATION");
  });
});

describe("a judge's abbreviated title and a lead's participle", () => {
  const article = extract([
    "ISLAMABAD: The Supreme Court adjourned the hearing on Tuesday after Chief Justice Tariq Mehmood Awan asked the government for a reply.",
    "“We will not be rushed,” the CJP said, adding that the bench would sit again on Monday.",
    "Addressing the Rawalpindi Bar Association later, Awan said the courts would stay open in the holidays.",
  ]);

  it("reads 'the CJP' as a title, not a body", () => {
    expect(find(article, "CJP")).toBeUndefined();
  });

  it("keeps a lead's participle out of the body's name", () => {
    expect(find(article, "Rawalpindi Bar Association")?.kind).toBe("ORGANIZATION");
    expect(article.actors.find((a) => a.name.startsWith("Addressing"))).toBeUndefined();
  });
});
