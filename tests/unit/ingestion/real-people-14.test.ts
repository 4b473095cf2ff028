import { extract, find } from "./raw-article";

// Wire copy in the American style writes the day straight after a name ("met Foreign Minister Ana Sol Tuesday"),
// with no "on": the weekday ends the name, it is not part of it.
describe("a weekday right after a name", () => {
  it.each([
    ["The premier received visiting Canadian Trade Minister Marion Delacroix Tuesday in Hanoi.", "Marion Delacroix", "CA"],
    ["Kenyan President Daniel Kiprop met Ugandan Foreign Minister Yoweri Sabiti Friday, officials said.", "Yoweri Sabiti", "UG"],
  ])("keeps the person in %j", (sentence, name, country) => {
    const article = extract([sentence, "The talks covered tariffs on steel and rice."], "Trade Talks Resume");
    expect(find(article, name)?.country).toBe(country);
  });
  it("does not cut a holiday named with a weekday", () => {
    const article = extract(["Shops in Oslo opened early on Black Friday, and sales rose 4%."], "Sales Rise");
    expect(article.actors.map((a) => a.name)).not.toContain("Black");
  });
});

// Sports and wire copy name a player, then go on with "The 27-year-old Uruguayan …" or "The Dutchman …": the
// nationality standing as a noun describes the person named just before.
describe("a nationality standing for the person just named", () => {
  it.each([
    ["Tomas Brenner left Porto for Sevilla in July. The 27-year-old Uruguayan has signed a four-year contract.", "Tomas Brenner", "UY"],
    ["Ricky Haldane scored twice on Sunday. The Dutchman now has nine goals this season.", "Ricky Haldane", "NL"],
    ["Sergio Almeida arrived in Leeds in March for a club-record fee. The Portuguese joined on a five-year deal.", "Sergio Almeida", "PT"],
  ])("gives the nationality in %j", (paragraph, name, country) => {
    const article = extract([paragraph], "Club Completes Signing");
    expect(find(article, name)?.country).toBe(country);
  });
  it("reads a nationality before a common noun as no one's", () => {
    const article = extract(["Lena Vogt of Meridian Partners said demand had fallen in Beijing. The German machine-tool trade has lost orders in China too."], "Exports Shrink");
    expect(find(article, "Lena Vogt")?.country).not.toBe("DE");
  });
  it("reads a plural nationality as a people, not the person", () => {
    const article = extract(["Mara Quist spoke in Lima on Monday. The Argentinians were not at the meeting, which Peru hosted."], "Summit Opens");
    expect(find(article, "Mara Quist")?.country).not.toBe("AR");
  });
});

// A player's position written as a role ("French centre-back Jules Marot") carries the nationality before it.
describe("a defender's position as a title", () => {
  it("gives the nationality before 'centre-back'", () => {
    const article = extract(["Leeds United have signed Belgian centre-back Jules Marot on a three-year deal."], "Leeds Sign Defender");
    expect(find(article, "Jules Marot")?.country).toBe("BE");
  });
});

// A story about one country names a visiting leader with a bare title ("Chancellor", "Prime Minister"): where the
// text says the person travels to is not the person's country; the story's other leading country is.
describe("a visitor to the story's country", () => {
  const paragraphs = [
    "Chancellor Henrike Lassner flies to Japan this week with a group of German carmakers that have lost buyers in Japan.",
    "Japan is the largest Asian market for German machinery, and Japanese buyers have cut orders this year.",
    "Lassner will meet Japanese Prime Minister Kenji Arakawa in Tokyo. Japan's trade ministry said talks would cover tariffs.",
    "German exporters said Japan's market was still growing.",
  ];
  it("gives the visitor the other country the story names", () => {
    const article = extract(paragraphs, "Chancellor Heads to Tokyo");
    expect(find(article, "Henrike Lassner")?.country).toBe("DE");
    expect(find(article, "Kenji Arakawa")?.country).toBe("JP");
  });
  it("reads 'a visit to' the same way", () => {
    const article = extract([paragraphs[0].replace("flies to Japan on Tuesday", "begins a three-day visit to Japan on Tuesday"), ...paragraphs.slice(1)], "Chancellor Heads to Tokyo");
    expect(find(article, "Henrike Lassner")?.country).toBe("DE");
  });
  it("keeps a minister who flies to a city of the story's country", () => {
    const article = extract(["Energy Minister Aiko Tanabe flew to Sendai on Friday for talks with the plant's operators.", "Japan's grid operator said the outage in Japan had been the longest this year."], "Minister Visits Plant");
    expect(find(article, "Aiko Tanabe")?.country).toBe("JP");
  });
});

// Business delegations are listed as "A of X, B of Y and C of Z": each person after the "and" has an employer too.
describe("people listed each with an employer", () => {
  it("gives the last listed person the employer's country", () => {
    const article = extract([
      "The delegation to India included Petra Lindqvist of Volvo and Jonas Ekberg of Scania.",
      "India's trade ministry said India would welcome more investment from abroad.",
    ], "Delegation Arrives");
    expect(find(article, "Petra Lindqvist")?.country).toBe("SE");
    expect(find(article, "Jonas Ekberg")?.country).toBe("SE");
  });
});

// A pact or a gathering named in capitals ("the Andean Trade Partnership", "the Nordic Leaders Meeting") is no person.
describe("pacts and gatherings named like people", () => {
  it("does not read a person in a pact named after another one", () => {
    const article = extract([
      "Named the Andean Economic Partnership (AEP), the pact covers six members of the bloc.",
      "Brazil is outside the pact, which it likens to an older regional accord it quit in 2016 known as the Trans-Andean Partnership. The palace said President Ana Ruiz would not attend.",
    ], "Trade Pact Advances");
    expect(find(article, "Trans-Andean Partnership")?.kind).not.toBe("PERSON");
    expect(find(article, "Ana Ruiz")?.kind).toBe("PERSON");
  });
  it("does not read a person in a gathering a country is to hold", () => {
    const article = extract(["Oslo met envoys of Arctic states like Iceland and Finland, with Norway due to host the 5th Arctic Ministers Meeting in Bodø over two days from Monday."], "Arctic Talks");
    expect(find(article, "Arctic Ministers Meeting")?.kind).not.toBe("PERSON");
  });
});

// A headline's "Chilean president meets …" or "German Chancellor Vogt …" says whose official the body's bare
// "President Ana Ruiz" or "Chancellor Anna Vogt" is, in a story about another country.
describe("a headline's nationality before a role", () => {
  it("gives the country to the body's first person with that role", () => {
    const article = extract([
      "President Ana Ruiz on Tuesday met visiting US Trade Representative Mark Olden to discuss copper exports.",
      "Olden said the United States wanted more copper. The United States buys a third of the metal, and US firms run two mines.",
    ], "Chilean president meets US trade envoy");
    expect(find(article, "Ana Ruiz")?.country).toBe("CL");
    expect(find(article, "Mark Olden")?.country).toBe("US");
  });
  it("gives the country to the body's person with the headline's surname", () => {
    const article = extract([
      "Chancellor Anna Vogt met Prime Minister Kenji Arakawa in Tokyo on Monday.",
      "Japan and Japanese carmakers want lower tariffs, and Japan's exports have fallen.",
    ], "German Chancellor Vogt meets Japanese leader");
    expect(find(article, "Anna Vogt")?.country).toBe("DE");
  });
});

// "the Hartwell Centre for Japan Studies in Munich": the country a body studies is neither its seat nor its staff's.
describe("a country studied", () => {
  it("takes the seat after 'in' for the body and its director", () => {
    const article = extract([
      "Lotte Brenner, director of the Hartwell Centre for Japan Studies in Munich, expects Japan's imports to keep falling.",
      "Japan's exports fell in March, and Japan's growth slowed.",
    ], "Exports Slow");
    expect(find(article, "Lotte Brenner")?.country).toBe("DE");
    expect(find(article, "Hartwell Centre for Japan Studies")?.country).toBe("DE");
  });
});

// National agencies and broadcasters under their full names: the agency seats its staff, and a broadcaster that was
// told something is no person.
describe("agencies and broadcasters named in full", () => {
  it("seats the staff of the Islamic Republic News Agency in Iran", () => {
    const article = extract(["Reza Karimi, deputy head of the Islamic Republic News Agency, signed a cooperation deal with editors in Muscat on Sunday.", "Oman's ministry said Oman would host the next round of talks."], "Agency Chiefs Meet");
    expect(find(article, "Islamic Republic News Agency")?.country).toBe("IR");
    expect(find(article, "Reza Karimi")?.country).toBe("IR");
  });
  it("reads Bayerischer Rundfunk as a body", () => {
    const article = extract(["The union's chief, Ulrich Maier, spoke to Germany's Bayerischer Rundfunk in an interview aired on Sunday."], "Tariffs To Fall");
    expect(find(article, "Bayerischer Rundfunk")?.kind).toBe("ORGANIZATION");
  });
});

// A body named for an ocean-wide region of several countries ("Asia-Pacific …", "Trans-Pacific …") is no one
// country's, whichever country the story leads with.
describe("bodies of an ocean-wide region", () => {
  it.each(["Asia-Pacific Fisheries Council", "Trans Pacific Shipping Council"])("gives %s no country", (name) => {
    const article = extract([
      `Ministers of the ${name} agreed on new quotas on Monday, Peruvian Fisheries Minister Rosa Quispe said.`,
      "Peru's fleet landed less anchovy this year, and Peru's exports fell.",
    ], "Quotas Agreed");
    expect(find(article, name)?.country).toBeNull();
  });
});

// "Karl Weber of Deutsche Bank": a listed body after a person's "of" keeps its listed seat, and so does the person.
describe("a listed body as a person's employer", () => {
  it("keeps the body's seat in a story about another country", () => {
    const article = extract([
      "The chancellor's plane landed in China on Friday.",
      "The bankers included Karl Weber of Deutsche Bank, who has worked in Shanghai since 2015.",
      "China and its banks want more foreign lending, and China's regulator has eased the rules.",
    ], "Bankers Visit");
    expect(find(article, "Deutsche Bank")?.country).toBe("DE");
    expect(find(article, "Karl Weber")?.country).toBe("DE");
  });
});

// Gulf copy names a sheikh in full once, then by one inner part of the name under the same title.
describe("a titled part of a long name", () => {
  it("joins 'Sheikh Saud' to 'Sheikh Khalid bin Saud Al Nahyan'", () => {
    const article = extract([
      "The fund's chairman, Sheikh Khalid bin Saud Al Nahyan, met bankers in Abu Dhabi on Sunday.",
      "Sheikh Saud and the bankers discussed lending to the country's ports.",
    ], "Fund Chairman Meets Bankers");
    expect(article.actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toEqual(["Khalid bin Saud Al Nahyan"]);
  });
});

// A national league named in a transfer story is its country's body, not the buying club's country's.
describe("national football leagues", () => {
  it.each([["Bundesliga", "DE"], ["Eredivisie", "NL"]])("seats the %s in its country", (league, country) => {
    const article = extract([
      `Everton have sold winger Kofi Mensah, who spent last season on loan in the ${league}, for a reported fee.`,
      "Everton said the money would go on a new striker before the window shuts.",
    ], "Everton Sell Winger");
    expect(find(article, league)?.country).toBe(country);
  });
});
