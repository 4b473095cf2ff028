import { actor, extract, find } from "./raw-article";

describe("a place in capitals and a colon opening the paragraph", () => {
  it("reads 'TAPANG: The …' as a dateline, not a body's initials", () => {
    const article = extract([
      "TAPANG: The new bridge over the river is almost complete, says Works Minister Datuk Seri Alexander Nanta Linggi.",
      "The RM40mil bridge will open in May, he added.",
    ]);
    expect(find(article, "TAPANG")).toBeUndefined();
    expect(actor(article, "Alexander Nanta Linggi").kind).toBe("PERSON");
  });

  it("keeps a short acronym before a colon as a body", () => {
    const article = extract([
      "The Electoral Board of Kenya (EBK) published the results on Monday.",
      "EBK: The count was completed in every county, the board said in a statement.",
    ]);
    expect(actor(article, "Electoral Board of Kenya").kind).toBe("ORGANIZATION");
  });
});

describe("a listed body's name that is a currency's code", () => {
  it("reads 'NPR 2.1 billion' as an amount in rupees, not the broadcaster", () => {
    const article = extract([
      "KATHMANDU: The Government of India has provided NPR 2.1 billion to Nepal for new schools.",
      "The embassy said a further NPR 300 million would follow next year.",
    ]);
    expect(find(article, "NPR")).toBeUndefined();
  });

  it("keeps the broadcaster when no amount follows", () => {
    const article = extract(["Senator Ruth Keller told NPR on Sunday that the bill would pass."]);
    expect(actor(article, "NPR").kind).toBe("ORGANIZATION");
  });
});
