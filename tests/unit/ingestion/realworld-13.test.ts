import { extract, find, fromOutlet } from "./raw-article";

// A local outlet writes the country before a foreign official's title ("U.S. President", "Chilean Foreign
// Minister") and none before its own government's: the bare government title is the outlet's country's, even when
// the story never writes that country's name.
describe("a bare government title beside a foreign one on a local outlet", () => {
  it.each([
    ["President Marta Quiroga flew to Washington on Monday to meet U.S. President Daniel Hargrove.", "Marta Quiroga"],
    ["Interior Minister Tomás Ledesma said the talks with Chilean Foreign Minister Inés Varela had gone well.", "Tomás Ledesma"],
  ])("gives the outlet's country to the unqualified official in %j", (sentence, name) => {
    const article = fromOutlet("diariosur.com.ar", [sentence, "Economy Minister Pablo Arrieta told reporters that the budget would be sent to Congress next week."], "Talks Abroad Dominate the Week");
    expect(find(article, name)?.country).toBe("AR");
    expect(find(article, "Pablo Arrieta")?.country).toBe("AR");
  });
  it("keeps the qualified official's own country", () => {
    const article = fromOutlet("diariosur.com.ar", ["President Marta Quiroga flew to Washington on Monday to meet U.S. President Daniel Hargrove."], "Talks Abroad Dominate the Week");
    expect(find(article, "Daniel Hargrove")?.country).toBe("US");
  });
  it("leaves a story with no qualified foreign official to the country it names", () => {
    const article = fromOutlet("diariosur.com.ar", ["Defense Secretary Mark Olden said in Washington that the United States would send two more ships."], "Ships Sent");
    expect(find(article, "Mark Olden")?.country).toBe("US");
  });
});

// Wire copy prints "$" for the US dollar wherever it is set. A dollar country's paper that runs it without naming
// its own country keeps the wire's dollar; a story that names the US dollar only as a currency ("the peso against the
// US dollar") has not set its US amounts apart from a local "$".
describe("plain '$' in wire copy about a country whose own money is not the outlet's", () => {
  const money = (domain: string, paragraphs: string[]) =>
    fromOutlet(domain, paragraphs, "Central Bank Spends Reserves").figures.filter((f) => f.kind === "MONEY").map((f) => [f.text, f.unit]);
  it("reads a Canadian paper's '$' in a story on Argentina it never ties to Canada as US dollars", () => {
    expect(money("dailyledger.ca", ["BUENOS AIRES — Argentina's central bank has sold $4 billion of its reserves since the vote, traders said.", "The peso fell 9% in Argentina this week."])).toEqual([["$4 billion", "USD"]]);
  });
  it("keeps the Canadian dollar where the story names Canada", () => {
    expect(money("dailyledger.ca", ["Canada will lend $4 billion to Argentina's central bank, Ottawa said.", "The peso fell 9% in Argentina this week."])).toEqual([["$4 billion", "CAD"]]);
  });
  it("reads '$' as US dollars where the US dollar is only the currency the peso is measured against", () => {
    expect(money("example.com", ["Argentina will pay for its imports in yuan worth more than $2 billion rather than in US dollars, the economy minister in Buenos Aires said.", "The Argentine peso has lost a third of its value against the US dollar this year, and pesos are hard to change."])).toEqual([["$2 billion", "USD"]]);
  });
  it("still reads '$' as pesos where a US amount is marked apart", () => {
    expect(money("example.com", ["Argentina will spend $900 billion on pensions, about US$1 billion, the economy minister in Buenos Aires said.", "The Argentine peso has lost a third of its value, and pesos are hard to change."])).toEqual([["$900 billion", "ARS"], ["US$1 billion", "USD"]]);
  });
});

// Governments name their long-term programmes after the target year ("Vision 2030", "Agenda 2063"); after a
// country's possessive such a word is the plan, where a lone unknown name ("Brazil's Embraer") is a company.
describe("a country's plan named with its target year", () => {
  it.each([
    "The new port is a pillar of Oman's Vision 2040, the transport ministry said.",
    "Rwanda's Agenda 2050-linked projects drew $2 billion last year, the ministry said.",
  ])("is no organisation in %j", (sentence) => {
    const article = extract([sentence]);
    expect(article.actors.filter((a) => a.kind === "ORGANIZATION" && /^(?:Vision|Agenda)$/.test(a.name))).toEqual([]);
  });
  it("still reads a country's lone unknown name as its company", () => {
    const article = extract(["Sweden's Torvhall won the order for 30 trucks, the ministry said."]);
    expect(find(article, "Torvhall")?.kind).toBe("ORGANIZATION");
  });
});

// Spanish-language papers and broadcasters open their names with an article ("La Voz", "El Heraldo"); only "El
// Niño" and "La Niña" are the weather events the article otherwise marks.
describe("a name opening with a Spanish article", () => {
  it("is an organisation after a medium's noun, and stays one when the text names it alone later", () => {
    const article = extract([
      "The central bank chief told the daily La Voz del Sur that rates would stay high.",
      "“We will not cut before June,” he told La Voz del Sur on Sunday.",
    ]);
    expect(find(article, "La Voz del Sur")?.kind).toBe("ORGANIZATION");
  });
  it("is still no actor when it is the weather pattern", () => {
    const article = extract(["Farmers blamed the La Niña weather pattern for the floods, the ministry said."]);
    expect(article.actors.filter((a) => /Niña/.test(a.name))).toEqual([]);
  });
});

// News pairs two officials in one subject: "Title Name and Portfolio Minister Name". The first person's title or
// given name before the "and" shows it is a person, not the first half of a joined portfolio.
describe("a titled person, 'and', then a minister with a portfolio", () => {
  it.each([
    ["Senator Lucía Ferreyra and Interior Minister Tomás Ledesma presented the bill on Monday.", "Lucía Ferreyra"],
    ["Governor Raúl Quintero and Finance Secretary Delia Mansilla signed the loan.", "Raúl Quintero"],
    ["Lucía Ferreyra and Interior Minister Tomás Ledesma presented the bill on Monday.", "Lucía Ferreyra"],
  ])("keeps the first person in %j", (sentence, first) => {
    const article = extract([sentence]);
    expect(find(article, first)?.kind).toBe("PERSON");
  });
  it("gives a later 'he stated' after 'the senator' to the senator", () => {
    const article = extract([
      "Senator Pablo Ferreyra and Interior Minister Tomás Ledesma defended the currency rules on Monday.",
      "The senator rejected every criticism of the rules. “Savers will have to think in pesos,” he stated.",
    ]);
    const quote = article.quotes.find((q) => q.text.startsWith("Savers"));
    expect(quote?.speakerKey).toBe(find(article, "Pablo Ferreyra")?.key);
  });
});

// Markets copy quotes a bank's dealers by their desk title ("Harbourline Bank chief dealer X").
describe("a bank's dealer named with the bank before the title", () => {
  it.each(["chief dealer", "currency dealer"])("is the speaker, not the bank, after %j", (title) => {
    const article = extract([`“The rand will stay weak until the budget,” said Harbourline Bank ${title} Sipho Mathebula.`]);
    expect(find(article, "Sipho Mathebula")?.kind).toBe("PERSON");
    expect(article.quotes[0]?.speakerKey).toBe(find(article, "Sipho Mathebula")?.key);
  });
});
