import { actor, extract, figures, find, speakerName } from "./raw-article";

describe("titles", () => {
  it("reads MEP and sports positions as titles", () => {
    const article = extract([
      "Dutch MEP Anneke Vos said the rules went too far.",
      "Fast bowler Tariq Mahmood took three wickets before lunch.",
    ]);
    expect(actor(article, "Anneke Vos")).toMatchObject({ kind: "PERSON", title: "MEP", country: "NL" });
    expect(actor(article, "Tariq Mahmood")).toMatchObject({ kind: "PERSON", title: "Fast bowler" });
  });

  it("reads a role word between a lower-case title and a surname as a given name, but not a rank", () => {
    const article = extract([
      "“We lost our shape,” said Ireland coach Dean Mallory after the match.",
      "Army spokesman Colonel Brandt denied the report.",
    ]);
    expect(actor(article, "Dean Mallory")).toMatchObject({ kind: "PERSON", title: "coach", country: "IE" });
    expect(find(article, "Colonel Brandt")).toBeUndefined();
  });

  it("gives a titled person the country that opens the sentence as its subject", () => {
    const article = extract([
      "Kenya beat Uganda on Sunday in Nairobi, and Kenya will host the final in Nairobi.",
      "Uganda had led at half-time, with captain Moses Okello scoring twice.",
    ]);
    expect(actor(article, "Moses Okello")).toMatchObject({ title: "captain", country: "UG" });
  });
});

describe("organisations", () => {
  it("keeps an irregular plural's possessive inside a body's name", () => {
    const article = extract(["The Women's Rights Council and the Progressive People's Party both objected on Monday."]);
    expect(actor(article, "Women's Rights Council").kind).toBe("ORGANIZATION");
    expect(actor(article, "Progressive People's Party").kind).toBe("ORGANIZATION");
  });

  it("counts a lone organisation head as the one body named in full with it", () => {
    const article = extract([
      "The Electoral Commission said the count would resume.",
      "Commission spokesman Ravi Menon told reporters that the delay was technical.",
    ]);
    expect(find(article, "Commission")).toBeUndefined();
    expect(actor(article, "Electoral Commission").aliases).toContain("Commission");
  });

  it("does not take a plural demonym that 'said' something for a body", () => {
    const article = extract(["A poll found that 40% of Africans said they trusted the courts."]);
    expect(find(article, "Africans")).toBeUndefined();
  });

  it("reads the possessor of a premier, governor or mayor as a place, not an employer", () => {
    const article = extract(["Ontario's Premier, Dana Ford, said the province would appeal, and Apex Mining's chairman, Rui Lopes, agreed."]);
    expect(find(article, "Ontario")).toBeUndefined();
    expect(actor(article, "Dana Ford").title).toBe("Ontario's Premier");
    expect(actor(article, "Apex Mining").kind).toBe("ORGANIZATION");
  });

  it("reads common nouns before a country's name as a national body", () => {
    const article = extract([
      "Statistics Norway said prices rose, and Rugby Canada named its squad, while Western Australia and Rural Canada had rain.",
    ]);
    expect(actor(article, "Statistics Norway")).toMatchObject({ kind: "ORGANIZATION", country: "NO" });
    expect(actor(article, "Rugby Canada")).toMatchObject({ kind: "ORGANIZATION", country: "CA" });
    expect(find(article, "Western Australia")).toBeUndefined();
    expect(find(article, "Rural Canada")).toBeUndefined();
  });

  it("reads a name after a role noun and 'at' as the employer, but not after an audience", () => {
    const article = extract(["Economists at Harrowgate estimated the cost, she told reporters at Heathrow."]);
    expect(actor(article, "Harrowgate").kind).toBe("ORGANIZATION");
    expect(find(article, "Heathrow")).toBeUndefined();
  });

  it("reads a name ending in Radio or Television as a broadcaster", () => {
    const article = extract(["He spoke in an interview with Sunrise Radio on Friday."]);
    expect(actor(article, "Sunrise Radio").kind).toBe("ORGANIZATION");
  });
});

describe("places", () => {
  it("reads a US state after a town and a comma as the United States", () => {
    const article = extract(["The plant in Fresno, California, will close.", "Workers in Dayton, Ohio, were told on Monday."]);
    expect(article.countries).toEqual(["US"]);
  });

  it("reads a place of several words before -based as the base", () => {
    const article = extract(["Tom Reyes, an analyst at Hong Kong-based Lantern Capital, said demand was weak."]);
    expect(actor(article, "Lantern Capital")).toMatchObject({ kind: "ORGANIZATION", country: "HK" });
    expect(article.countries).toContain("HK");
  });
});

describe("quotes", () => {
  it("finds a pronoun's antecedent before the first paragraph of a quote that runs over several", () => {
    const article = extract([
      "The report was written by retired judge Alice Moreau.",
      "Moreau found that the alarms had failed.",
      "“The residents of the valley did everything right. They followed every instruction they were given.",
      "“What they lacked was warning. That failure was ours,” she wrote.",
    ]);
    expect(article.quotes.map((q) => speakerName(article, q))).toEqual(["Alice Moreau", "Alice Moreau"]);
  });
});

describe("figures", () => {
  it("reads a one-letter currency symbol only where the story's country uses it", () => {
    expect(figures("The firm lost R2.4 billion and paid R500,000 in fines.", "ZA")).toEqual([
      [2.4e9, "ZAR", "R2.4 billion"],
      [500000, "ZAR", "R500,000"],
    ]);
    expect(figures("The firm lost R2.4 billion.", "US")).toEqual([]);
  });

  it("gives bare scores the scoring unit the report writes out elsewhere", () => {
    const text = "Khan made an unbeaten 112 as the hosts chased a target of 250. The visitors had made 249 for eight. They were 10 runs short.";
    expect(figures(text)).toEqual([
      [112, "runs", "112"],
      [250, "runs", "250"],
      [249, "runs", "249"],
      [10, "runs", "10"],
    ]);
  });

  it("prices a bare exchange rate in the quote currency of the pair", () => {
    expect(figures("The yen weakened 0.5% against the dollar to 151.20 on Friday.")).toEqual([
      [0.5, "%", "0.5%"],
      [151.2, "JPY", "151.20"],
    ]);
    expect(figures("The euro rose against the dollar to 1.09 in London.")).toEqual([[1.09, "USD", "1.09"]]);
  });
});
