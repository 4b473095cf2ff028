import { extract, find } from "./raw-article";

const organisations = (paragraphs: string[]) => extract(paragraphs).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name);

// Business wires write where a company is listed as they write where it is based: "Kuwaiti-listed", "London-listed",
// "Munich-headquartered". The compound is an affiliation of the name after it, never the name's first word.
describe("a listing or a head office written before a company's name", () => {
  it.each([
    ["Norwegian-listed Fjordvik Shipping Holdings said on Monday it had won a tanker contract.", "Fjordvik Shipping Holdings", "NO"],
    ["Kuwaiti-listed Qurain Contracting Company said its branch had been awarded a road deal.", "Qurain Contracting Company", "KW"],
    ["Munich-headquartered Halbwerk Semiconductors said orders rose 12% in the quarter.", "Halbwerk Semiconductors", "DE"],
  ])("keeps the compound out of the name in %j", (sentence, name, country) => {
    const article = extract([sentence]);
    expect(organisations([sentence])).toEqual([name]);
    expect(find(article, name)?.country).toBe(country);
  });
});

// Market reports open sentences with the trade noun before the company ("Steelmaker X's shares tumbled", "Insurer
// X said"): capitalised only because it opens the sentence, it describes the body as its lower-case form does.
describe("a sentence's capitalised trade noun before a company's name", () => {
  it("is no word of the name of a company whose shares move", () => {
    expect(organisations(["Steelmaker Ferrovia's shares tumbled 10 per cent after it cut its forecast."])).toEqual(["Ferrovia"]);
  });
  it.each([
    ["Insurer Harlan Mutual said claims had doubled since the storms.", "Harlan Mutual"],
    ["Broker Dunmore Hale said the result was better than expected.", "Dunmore Hale"],
  ])("makes the name after it a body in %j", (sentence, name) => {
    expect(find(extract([sentence]), name)?.kind).toBe("ORGANIZATION");
  });
  it("leaves a person named after a trade said of people", () => {
    expect(find(extract(["Broker Michael Dunne said the result was better than expected."]), "Michael Dunne")?.kind).toBe("PERSON");
  });
  it("leaves a bank's own name that opens the sentence", () => {
    const article = extract(["Bank of Freedonia Governor Alma Ruiz warned that handouts would add to debt."]);
    expect(find(article, "Alma Ruiz")?.kind).toBe("PERSON");
  });
});

// Irish and British papers write "Co Cork", "Co. Tyrone" for the county; "Co" there is no company's.
describe("'Co' before a county", () => {
  it.each([
    "The drugmaker will expand its plant in Co Kerry, which it says will create 90 jobs in Ireland.",
    "Farmers in Co. Tyrone said milk prices had fallen for a third month.",
  ])("names no organisation in %j", (sentence) => {
    expect(organisations([sentence]).filter((n) => /^Co\b/.test(n))).toEqual([]);
  });
});

// "its R&D centre", "M&A advisers": business terms written as capitals with an ampersand name no body.
describe("business terms with an ampersand", () => {
  it("are no organisations", () => {
    const names = organisations(["Kestrel Labs opened its R&D centre in Galway on Monday.", "The R&D unit and its M&A team will hire 60 people."]);
    expect(names).toEqual(["Kestrel Labs"]);
  });
});

// A listed name may go on past a possessive ("Moody's Investors Service", "Lloyd's Register"): the whole is the
// listed body, not a possessive owner and a second body called "Investors Service".
describe("a listed name with a possessive inside it", () => {
  it("is one body before a title", () => {
    const article = extract(["The outlook is weak, said Moody's Investors Service analyst Priya Natarajan."]);
    expect(organisations(["The outlook is weak, said Moody's Investors Service analyst Priya Natarajan."])).toEqual(["Moody's"]);
    expect(find(article, "Priya Natarajan")?.country).toBe("US");
  });
});

// Regulators' and companies' press releases name an officer as "X, director of <Field> and <Field> at <Body>":
// the capitalised words after "and" finish the portfolio (no second person), and the lone word after the
// title's "at" is the employer.
describe("a title whose portfolio joins two capitalised fields, then 'at' and a one-word employer", () => {
  const sentence = '"The conduct was unacceptable," said Helen Marsh, director of Enforcement and Consumer Protection at Ofwatch.';
  it("reads no person in the portfolio's second half", () => {
    expect(extract([sentence]).actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toEqual(["Helen Marsh"]);
  });
  it.each([sentence, '"Prices will rise," said Helen Marsh, director of enforcement at Ofwatch.', '"Prices will rise," said Helen Marsh, head of Retail Markets at Ofwatch.'])(
    "reads the employer after the title's 'at' in %j",
    (s) => {
      expect(find(extract([s]), "Ofwatch")?.kind).toBe("ORGANIZATION");
    },
  );
});

// "the Verdana trade union", "the Unitas labour union": a union's own noun phrase after its name marks a body,
// as "the Kyodo news agency" does.
describe("a name before 'trade union' or 'labour union'", () => {
  it.each([
    ["Executives will meet negotiators from the Verdana trade union on Wednesday.", "Verdana"],
    ["The company rejected the demands of the Unitas labour union for a 7% rise.", "Unitas"],
  ])("is a body in %j", (sentence, name) => {
    expect(find(extract([sentence]), name)?.kind).toBe("ORGANIZATION");
  });
});

// Strike and plant stories list a maker's sites: two site names joined by "and" are two names, never one.
describe("two sites joined by 'and'", () => {
  it("are not merged into one organisation", () => {
    const names = organisations(["The strike covers workers at the Brampton Assembly Plant and Windsor Parts Distribution Centre, the union said."]);
    expect(names.filter((n) => / and /.test(n))).toEqual([]);
  });
});

// Wires and Gulf papers write the company form "Co" without its full stop ("Harlow Engineering Construction Co").
describe("a company's name ending in 'Co' with no full stop", () => {
  it("is a body opening a sentence", () => {
    expect(organisations(["Harlow Engineering Construction Co would start work on the project from March 1."])).toEqual(["Harlow Engineering Construction Co"]);
  });
  it("still leaves 'Co' before a county alone", () => {
    expect(organisations(["The plant in Co Durham will close next year, the council said."])).toEqual([]);
  });
});

// Jobs and results stories name large listed companies bare on a page about another country: the company table
// gives their seat, not the page's country.
describe("large listed companies named bare on a foreign page", () => {
  it.each([
    ["Analog Devices will open a design office in Sligo, an Irish state agency said.", "Analog Devices", "US"],
    ["Edwards Lifesciences plans to train 40 nurses in Ireland next spring.", "Edwards Lifesciences", "US"],
    ["Boral said on Tuesday that its quarry sales had slowed.", "Boral", "AU"],
  ])("takes the table's seat in %j", (sentence, name, country) => {
    expect(find(extract([sentence]), name)?.country).toBe(country);
  });
});

// "X, President of Sinopec, said": a company's officer titled after the name takes the company's seat, even when
// the company has a one-word name and the story is set in another country.
describe("an officer titled 'role of <one-word company named before>'", () => {
  it("takes the company's country", () => {
    const article = extract([
      "RIYADH: The kingdom's oil giant has signed an initial agreement with Petronas to build a refinery in Saudi Arabia.",
      'Amir Hashim, President of Petronas, said: "This is a new chapter."',
    ]);
    expect(find(article, "Amir Hashim")?.country).toBe("MY");
  });
});
