import { extract, figures, find, quoteStarting } from "./raw-article";

// Wire copy opens its first paragraph with a dateline: a city in capitals, maybe a date, the agency's credit in
// brackets, then a dash or a colon. The sentence's subject comes after it.
describe("a dateline before the subject of a wire story's first sentence", () => {
  const datelines = [
    "KARACHI: ",
    "KARACHI - ",
    "KARACHI (APP) - ",
    "KARACHI, March 4 (Reuters) - ",
    "KARACHI (AP) — ",
    "KARACHI, (City Wire / Sindh News Service - 4th Mar, 2025 ) :",
  ];
  it.each(datelines)("gives a later 'he said' to the titled minister after %j, not the man he invited", (dateline) => {
    const found = quoteStarting(
      [
        `${dateline}Minister for Ports Saleem Qureshi on Tuesday asked the leader of the Harbour Workers Union Yasir Baig to call off the strike.`,
        "“He should think of the traders whose goods sit on the quay,” he said while speaking to a local television channel.",
      ],
      "He should think",
    );
    expect(found.speaker).toBe("Saleem Qureshi");
  });
});

// Business wires bracket a listed company's stock code after its name: an instrument code (symbol, full stop,
// exchange letters) or an exchange and the symbol after a colon.
describe("a listed company's bracketed stock code", () => {
  const codes = ["(HLTK_p.DE)", "(NYSE: HLTK)", "(Nasdaq:HLTK)"];
  it.each(codes)("is no actor of its own in %j, and the spokesman's quote stays the company's", (code) => {
    const article = extract([
      `Halltek AG ${code} said on Monday it would close two plants in Saxony.`,
      "“The decision was not taken lightly,” a spokesman for the German toolmaker said.",
    ]);
    const names = article.actors.map((a) => a.name);
    expect(names.filter((n) => n.includes("HLTK"))).toEqual([]);
    const quote = article.quotes.find((q) => q.text.startsWith("The decision"));
    expect(quote?.speakerKey).toBe(find(article, "Halltek AG")?.key);
  });
  it.each([
    ["The group aims to sell 6 million trucks by 2030 and to pass Kurose Motor Corp (7261.T) as the largest truck maker.", [[6000000, "trucks", "6 million"]]],
    ["Sales rose to 5 million cars, ahead of Kurose Motor (7261.T) and Hanjin Auto (005380.KS).", [[5000000, "cars", "5 million"]]],
  ])("counts nothing with the number in an instrument code: %j", (text, expected) => {
    expect(figures(text as string)).toEqual(expected);
  });
});

describe("a base word ending a run of capitalised words", () => {
  it.each([
    "The Kilbrannan-based company, the region's largest brewer, plans to double exports.",
    "The Wrocław-based lender said it would open ten branches.",
  ])("is no body's name in %j", (sentence) => {
    const article = extract(["Shares of Hallgrim Breweries rose 3% on Tuesday.", sentence]);
    expect(article.actors.filter((a) => /-based/.test(a.name)).map((a) => a.name)).toEqual([]);
  });
});

describe("the short forms wire copy uses for German carmakers", () => {
  it("reads 'VW' as Volkswagen and 'Daimler' as a German company", () => {
    const article = extract([
      "Volkswagen said on Friday it would recall 40,000 vans. VW did not say how many were sold abroad.",
      "Daimler said it had no plans for a similar recall.",
    ]);
    expect(article.actors.filter((a) => a.name === "VW")).toEqual([]);
    expect(find(article, "Daimler")?.country).toBe("DE");
  });
});

// A listed acronym ("AFP", "PTI") that the text brackets after another body's full name, whose words spell it, is
// that body's in this text; after a dateline's place or the listed body's own name it stays the listed one.
describe("a listed acronym the text spells out for another body", () => {
  it("gives an officer titled with it that body's country, not the news agency's", () => {
    const article = extract([
      "The Armed Forces of the Philippines (AFP) sent two battalions to the island, a military statement said.",
      "AFP spokesperson Ramon Dizon said the troops would stay until the vote.",
    ]);
    expect(find(article, "Agence France-Presse")).toBeUndefined();
    expect(find(article, "Ramon Dizon")?.country).toBe("PH");
  });
  it("keeps a party's acronym from becoming the Indian news agency", () => {
    const article = extract([
      "LAHORE: Leaders of the Pakistan Tehreek-e-Insaf (PTI) met in Lahore on Sunday to plan a rally.",
      "PTI leader Farrukh Baig said the party would march on Friday.",
    ]);
    expect(find(article, "Press Trust of India")).toBeUndefined();
    expect(find(article, "Farrukh Baig")?.country).toBe("PK");
  });
  it("stays the news agency after a dateline's place", () => {
    const article = extract([
      "NEW DELHI (PTI) - The railways ministry will add 40 trains for the festival season, officials said.",
      "“The extra trains will run from next week,” a ministry official told PTI.",
    ]);
    expect(find(article, "Press Trust of India")?.country).toBe("IN");
  });
});

// Wire copy often quotes a body's unnamed spokesperson introduced only by a noun for the body ("a company
// spokeswoman", "a spokesman for the Danish brewer"), then again as "the spokeswoman".
describe("'the spokeswoman' after an unnamed spokesperson of a described body", () => {
  it.each([
    ["Nordhavn Breweries will not raise prices this year, a company spokeswoman said on Tuesday.", "spokeswoman"],
    ["Nordhavn Breweries will not raise prices this year, a spokesman for the Danish firm said on Tuesday.", "spokesman"],
  ])("speaks for that body: %j", (lead, role) => {
    const found = quoteStarting([lead, `“Our customers have had a hard enough year,” the ${role} said.`], "Our customers");
    expect(found.speaker).toBe("Nordhavn Breweries");
  });
});

describe("a listed international body spelt out before its bracketed acronym", () => {
  it.each([
    ["Niger Protests Remarks on the Alliance", "The Nigerien junta summoned the French Ambassador on Monday to protest remarks by the French defence minister Paul Girard on the role of the North Atlantic Treaty Organization (NATO) in the Sahel."],
    ["Laos Welcomes the Regional Bloc's Plan", "The Lao government praised the Association of Southeast Asian Nations (ASEAN) for its flood plan on Tuesday."],
  ])("keeps no country under the title %j", (title, sentence) => {
    const article = extract([sentence], title);
    const body = article.actors.find((a) => /Treaty|Southeast/.test(a.name));
    expect(body).toBeDefined();
    expect(body?.country ?? null).toBeNull();
  });
});

describe("a periodical's noun after its name", () => {
  it.each([
    ["The carmaker denied a report in Austria's Die Woche magazine on Sunday.", "Die Woche"],
    ["The minister's remarks were first printed by the Abendpost tabloid.", "Abendpost"],
    ["Details of the merger appeared in the Handelsblatt weekly last month.", "Handelsblatt"],
  ])("makes the name an organisation in %j", (sentence, name) => {
    expect(find(extract([sentence]), name as string)?.kind).toBe("ORGANIZATION");
  });
});

describe("a person's surname before 'campaign' or 'family'", () => {
  it.each([
    ["Senator Dana Reyes said on Tuesday she would run for governor.", "The Reyes campaign said it had raised $2 million in a week."],
    ["Governor Tomas Okafor flew home on Friday.", "The Okafor family said the governor would rest for a week."],
  ])("is no body of its own: %j", (first, second) => {
    const article = extract([first, second]);
    expect(article.actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name)).toEqual([]);
  });
});
