import type { ExtractedArticle } from "../../../src/ingestion";
import { actor, extract, figures, find, speakerName } from "./raw-article";

function speakers(article: ExtractedArticle): Array<[string, string | null]> {
  return article.quotes.map((q) => [q.text.slice(0, 20), speakerName(article, q)]);
}

describe("Indian numbering", () => {
  it("reads lakh, crore and lakh crore as scales", () => {
    expect(figures("The state budget is ₹4.25 lakh crore this year.", "IN")).toEqual([[4.25e12, "INR", "₹4.25 lakh crore"]]);
    expect(figures("The bridge cost Rs 75 crore to build.", "IN")).toEqual([[75e7, "INR", "Rs 75 crore"]]);
    expect(figures("About 3 lakh pilgrims attended the festival.", "IN")).toEqual([[3e5, "pilgrims", "3 lakh"]]);
  });
});

describe("counted things after a number", () => {
  it("skips 'such' and a partitive 'of its' before the noun", () => {
    expect(figures("The agency rates about 12,000 such culverts as unsafe.")).toEqual([[12000, "culverts", "12,000"]]);
    expect(figures("The guild said 8,500 of its members voted to walk out.")).toEqual([[8500, "members", "8,500"]]);
  });

  it("reads an age range as ages, not as more of the counted thing", () => {
    expect(figures("The poll covers 2.1 million young voters aged 18 or 19.")).toEqual([
      [2100000, "young voters", "2.1 million"],
      [18, "year", "18"],
      [19, "year", "19"],
    ]);
  });
});

describe("titles with a portfolio", () => {
  it("reads 'Minister of X and Y' as a title before a name, with the country before it", () => {
    const a = extract(["The Kenyan Minister of Roads and Transport Daniel Otieno opened the bridge on Monday."]);
    const p = actor(a, "Daniel Otieno");
    expect(p.kind).toBe("PERSON");
    expect(p.country).toBe("KE");
    expect(p.title).toBe("Minister of Roads and Transport");
    expect(a.actors.some((x) => x.kind === "ORGANIZATION" && /Minister/.test(x.name))).toBe(false);
  });

  it("reads it as an appositive title too, and attributes the quote to the person", () => {
    const a = extract(["“We will not delay the project,” Ghana’s Minister of Lands and Natural Resources, Ama Boateng, told reporters."]);
    const p = actor(a, "Ama Boateng");
    expect(p.country).toBe("GH");
    expect(p.title).toContain("Minister of Lands and Natural Resources");
    expect(speakers(a)).toEqual([["We will not delay th", "Ama Boateng"]]);
  });

  it("gives an office-holder the country a sentence names as owner", () => {
    const a = extract([
      "Kenya and Uganda met in Nairobi. Kenya hosted the talks, and Kenya said it was hopeful about Kenya's plans.",
      "Uganda’s team was led by Trade Minister Joseph Okello, who did not comment.",
    ]);
    expect(actor(a, "Joseph Okello").country).toBe("UG");
  });
});

describe("people's countries from their employer", () => {
  it("uses the body named in the title", () => {
    const a = extract([
      "Norvik, the Oslo-based shipping company, posted a loss. China and China and China were its markets, China said.",
      "Norvik chief executive Lars Hauge said the year had been hard.",
    ]);
    expect(actor(a, "Norvik").country).toBe("NO");
    expect(actor(a, "Lars Hauge").country).toBe("NO");
  });

  it("gives a bare company title the country of the business the article is about", () => {
    const a = extract([
      "Dutch chipmaker Veltra reported weaker sales in China on Tuesday, as China's demand slowed and Chinese rivals gained.",
      "\"We expected a hard quarter,\" chief executive Anouk Jansen said. Veltra shares fell in China trading.",
    ]);
    expect(actor(a, "Veltra").country).toBe("NL");
    expect(actor(a, "Anouk Jansen").country).toBe("NL");
  });

  it("reads a footballer's club and nationality", () => {
    const a = extract([
      "Porto beat Arsenal in Lisbon, Portugal. Portugal celebrated as Portuguese fans sang.",
      "Arsenal goalkeeper Tom Reed could not stop the shot, and their English forward Ben Cross missed a penalty.",
    ]);
    expect(actor(a, "Tom Reed").country).toBe("GB");
    expect(actor(a, "Ben Cross").country).toBe("GB");
    expect(find(a, "English")).toBeUndefined();
  });
});

describe("organisations", () => {
  it("turns a bracketed acronym into an alias of the full name before it", () => {
    const a = extract([
      "The Samajwadi Lok Manch (SLM) won the seat.",
      "The Federation of Bus, Tram and Metro Drivers (BTMD) called a strike. The BTMD said 9,000 members would join.",
    ]);
    expect(actor(a, "Samajwadi Lok Manch").aliases).toContain("SLM");
    expect(actor(a, "Federation of Bus, Tram and Metro Drivers").aliases).toContain("BTMD");
    expect(find(a, "SLM")).toBeUndefined();
    expect(find(a, "BTMD")).toBeUndefined();
    expect(find(a, "Federation of Bus")).toBeUndefined();
  });

  it("finds bodies introduced by context rather than a head word", () => {
    const a = extract([
      "State-owned miner Codesa and Korea's Hanjin Steel signed the deal, while Peru's Minsur and US-based Livent watched.",
      "Prices fell, according to the data firm Fastmarkets Intelligence.",
    ]);
    for (const name of ["Codesa", "Hanjin Steel", "Livent", "Fastmarkets Intelligence"]) expect(actor(a, name).kind).toBe("ORGANIZATION");
    expect(actor(a, "Livent").country).toBe("US");
    expect(a.actors.some((x) => / and /.test(x.name))).toBe(false);
  });

  it("keeps houses of parliament and 'of America' bodies whole", () => {
    const a = extract(["The bill now goes to the House of Commons. The National Association of Home Builders of America backed it."]);
    expect(actor(a, "House of Commons").kind).toBe("ORGANIZATION");
    expect(actor(a, "National Association of Home Builders of America").kind).toBe("ORGANIZATION");
  });

  it("does not take indices, competitions, laws or title words for actors", () => {
    const a = extract([
      "Shares fell while the wider CAC 40 was flat and the DAX index rose. The FTSE 100 slipped.",
      "The club reached the Europa League final. Under the EU's General Product Safety Regulation, fines are possible.",
      "Presiding judge Anne Roche wrote the ruling.",
    ]);
    for (const name of ["DAX", "CAC", "FTSE", "Europa League", "Presiding", "Product Safety Regulation"]) expect(find(a, name)).toBeUndefined();
    expect(actor(a, "Anne Roche").kind).toBe("PERSON");
  });

  it("keeps a person whose appositive names an employer with 'of'", () => {
    const a = extract(["Security analyst Marc Vidal, of the Lyon-based firm Cyberis Conseil, said the attack was simple. \"They were not ready for it at all,\" he said."]);
    expect(actor(a, "Marc Vidal").kind).toBe("PERSON");
    expect(speakers(a)).toEqual([["They were not ready ", "Marc Vidal"]]);
  });
});

describe("quote attribution", () => {
  it("attributes a question quote to the speaker named after it, past a possessor", () => {
    const a = extract([
      "Governor Maria Santos defended the budget on Monday.",
      "\"Who will pay for this? Not the rich,\" Santos's deputy, Paulo Reis, told reporters. \"The poor always pay.\"",
    ]);
    expect(speakers(a)).toEqual([
      ["Who will pay for thi", "Paulo Reis"],
      ["The poor always pay.", "Paulo Reis"],
    ]);
  });

  it("attributes a quote to the subject of the sentence before, past an appositive", () => {
    const a = extract(["Lena Fischer, a Green lawmaker, was furious. “This is a disgrace for the whole parliament.”"]);
    expect(speakers(a)).toEqual([["This is a disgrace f", "Lena Fischer"]]);
  });

  it("does not let a body named inside a quote become 'the group'", () => {
    const a = extract([
      "Medalia said in a statement that it would appeal. “We reject this and will argue our case before the Supreme Court,” the group said.",
    ]);
    expect(speakers(a)).toEqual([["We reject this and w", "Medalia"]]);
  });
});
