import { extract, find } from "./raw-article";

const organisations = (paragraphs: string[]) => extract(paragraphs).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name);

// Market copy writes a listed company's exchange and ticker in brackets after its name: "Halcyon Bank Bhd
// (KL:HALBANK)". The two codes name the listing, not two more bodies.
describe("an exchange and a ticker in brackets after a company's name", () => {
  it.each([
    "A deal is brewing at Halcyon Bank Bhd (KL:HALBANK), sources say, with the lender eyeing a rival.",
    "Meranti Timber Bhd (KL:MERANTI) has won two supply orders worth RM19 million.",
  ])("adds no body for either code in %j", (sentence) => {
    const names = organisations([sentence]);
    expect(names).not.toContain("KL");
    expect(names.filter((n) => /^(?:HALBANK|MERANTI)$/.test(n))).toEqual([]);
    expect(names.some((n) => /Bhd$/.test(n))).toBe(true);
  });
});

// A speech and a party's own meeting are events: "the State of the Nation Address (SONA)", "the 2019 XYZ National
// Conference". The party itself stays a body.
describe("events named like bodies", () => {
  it("makes no body of a speech spelt out before its acronym", () => {
    const names = organisations([
      "The federation will meet President Tomas Vale on Monday.",
      "In his State of the Nation Address (SOTNA) in Parliament last Thursday, Vale said the utility would be split into three companies.",
    ]);
    expect(names.filter((n) => /Address|SOTNA/.test(n))).toEqual([]);
  });
  it("makes no body of a party's conference named after its acronym", () => {
    const names = organisations([
      "The Unity Reform Party (URP) said it would not change course.",
      "The decision to split the utility was taken at the 2017 URP National Conference in the capital.",
    ]);
    expect(names).toContain("Unity Reform Party");
    expect(names.filter((n) => /Conference/.test(n))).toEqual([]);
  });
});

// Local-government and health copy cuts bodies' names at words that also open titles or break runs: "Council"
// before a capitalised role, a role closing a name with "of", a saint's possessive, an "and" between two bodies.
describe("bodies' names cut or merged at their edges", () => {
  it("keeps a council's head in the employer before a capitalised role", () => {
    const article = extract(["Growers Association chairman, Warrendale Shire Council Mayor, Tom Harker, has called for more road funding."]);
    expect(organisations(["Growers Association chairman, Warrendale Shire Council Mayor, Tom Harker, has called for more road funding."])).toContain("Warrendale Shire Council");
    expect(find(article, "Tom Harker")?.kind).toBe("PERSON");
  });
  it("leaves a role closing a body's name with 'of' out of the name", () => {
    const names = organisations(["County Assembly of Kerugoya Speaker, Jane Wambui, has laid out demands for the national government."]);
    expect(names).toContain("County Assembly of Kerugoya");
    expect(names.filter((n) => /Speaker/.test(n))).toEqual([]);
  });
  it("keeps a saint's possessive in a hospital's name", () => {
    const names = organisations(["Nurses will protest at St Brigid's General Hospital, Tullow, on Friday over staff shortages."]);
    expect(names).toContain("St Brigid's General Hospital");
    expect(names).not.toContain("General Hospital");
  });
  it("splits two bodies joined by 'and' when both close with a head and the second repeats the first's opening", () => {
    const names = organisations(["The budget for all agencies, including Harwood College and Harwood County Public Schools, was approved by a 7-0 vote."]);
    expect(names).toEqual(expect.arrayContaining(["Harwood College", "Harwood County Public Schools"]));
    expect(names.filter((n) => / and /.test(n))).toEqual([]);
  });
});

// Words that are no one's surname: a shire, a programme's grants; a lower-case term spelt out before its acronym
// with a particle between its words; the justices' post-nominal of Indian law reports.
describe("capitalised runs that are neither people nor bodies", () => {
  const people = (paragraphs: string[]) => extract(paragraphs).actors.filter((a) => a.kind === "PERSON").map((a) => a.name);
  it("makes no person of a shire named before its mayor", () => {
    const names = people([
      "Kilbarra Shire Mayor Joan Pike is joining the call for fairer federal support.",
      "THE mayors of Kilbarra and Tarwin shires have joined calls for funding.",
      "Kilbarra Shire mayor Joan Pike echoed concerns raised by others.",
    ]);
    expect(names).toContain("Joan Pike");
    expect(names.filter((n) => /Shire/.test(n))).toEqual([]);
  });
  it("makes no person of a programme's grants", () => {
    const names = people([
      "Rural Towns Association (RTA) Chairman, Tom Harker, has called for the national government to restore funding for Local Government.",
      "Chairman Harker said consecutive Federal Governments had eroded the funding provided to Local Government.",
      "“It is alarming that the annual Rural Assistance Grants (RAGs) provided to Local Government have decreased from 1% to 0.5%,” he said.",
      "“Grants are over 70% of the revenue of some rural Councils. Their rate base is stagnant,” he said.",
    ]);
    expect(names.filter((n) => /Grants/.test(n))).toEqual([]);
  });
  it("makes no body of an acronym spelt by lower-case words with 'or' between them", () => {
    const names = organisations(["Senator Ana Reyes said the department should not get a secret or discretionary fund (SDF) next year."]);
    expect(names).not.toContain("SDF");
  });
  it("makes no body of a bench's post-nominal", () => {
    const names = organisations(["The Division Bench of R.K. Mehta and Sunita Rao, JJ. directed the Municipal Corporation of Greater Pune to issue the certificate."]);
    expect(names).not.toContain("JJ");
    expect(names).toContain("Municipal Corporation of Greater Pune");
  });
});

// Business and council copy: an honour after a name ("OAM"), a company's form written two ways, two roles joined
// by "and" before the employer.
describe("names around a title or a company's form", () => {
  it("ends a person's name at an Australian honour and keeps the council before the title", () => {
    const article = extract(["Rural Towns Association (RTA) Chairman, Warrendale Shire Council Mayor, Tom Harker OAM, has called for the national government to restore funding."]);
    expect(find(article, "Tom Harker")?.kind).toBe("PERSON");
    expect(find(article, "Warrendale Shire Council")?.kind).toBe("ORGANIZATION");
    expect(find(article, "OAM")).toBeUndefined();
  });
  it("makes one company of its name with 'Ltd' and with 'Limited'", () => {
    const names = organisations([
      "KAVEX Ltd shares jumped over 5 percent on Thursday after the engineering company reported higher profits.",
      "Shares of KAVEX Limited closed 3 percent higher on Friday.",
    ]);
    expect(names.filter((n) => /^KAVEX/.test(n))).toHaveLength(1);
  });
  it("reads two roles joined by 'and', the second with its modifier, as one person's title", () => {
    const article = extract([
      "KAVEX Ltd shares jumped over 5 percent on Thursday after the engineering company reported higher profits.",
      "Sunil Kapadia, Chairman and Managing Director, KAVEX Limited said, \"I am glad to share that we had our best quarter.\"",
    ]);
    expect(find(article, "Sunil Kapadia")?.kind).toBe("PERSON");
    expect(find(article, "Sunil Kapadia")?.title).toBe("Chairman and Managing Director");
  });
});

// A body's part named after its owner's possessive makes the owner a body, however unknown its one word; a name
// closed by "Building" is a building, and the body it is named for is the body.
describe("owners of divisions and buildings", () => {
  it("makes a body of the owner of a division", () => {
    const names = organisations(["\"The service remains under-resourced,\" said Linda Kelly, an official with Déanta’s Health & Welfare division."]);
    expect(names).toContain("Déanta");
  });
  it("makes the body, not its building, of a name closed by 'Building'", () => {
    const names = organisations(["The agency awarded a contract for renovation of the Ministry of Physical Planning & Urban Development Building, Alausa Secretariat, to a local firm."]);
    expect(names).toContain("Ministry of Physical Planning & Urban Development");
    expect(names.filter((n) => /Building/.test(n))).toEqual([]);
  });
});
