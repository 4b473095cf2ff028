import { actor, extract, find, quoteStarting } from "./raw-article";

describe("a subject set off from its verb by a phrase saying how or when", () => {
  it("gives 'the statement read' to the body that opened the sentence reporting the statement", () => {
    const found = quoteStarting(
      [
        "Lawmakers asked the Coastal Water Authority to halt payments to Orvane Pumps Ltd over faulty pumps.",
        "Senator Tayo Bakare said the pumps had failed within weeks of being installed.",
        "The authority, in a statement issued late on Monday night, said it had asked the National Standards Bureau to test every pump.",
        "“No further payment will be made until every pump passes the tests,” the statement read.",
      ],
      "No further payment",
    );
    expect(found.speaker).toBe("Coastal Water Authority");
  });
});

describe("a role held in a body the possessive names", () => {
  it("reads 'the union's president' as the person the text named as its president", () => {
    const found = quoteStarting(
      [
        "Dock workers in the port have struck twice this year, and the Harbour Workers Union says wages have fallen behind prices.",
        "Its president, Marta Olsen, said the union would not sign a deal without back pay.",
        "“We have waited three years for this money,” the union's president said.",
      ],
      "We have waited three years",
    );
    expect(found.speaker).toBe("Marta Olsen");
  });
});

describe("lower-case role words between two names", () => {
  it("makes the name before them the principal, and the name after them the subject", () => {
    const found = quoteStarting(
      [
        "Senator Peter Okafor lost the vote on the port bill by two votes on Tuesday.",
        "Speaking outside the chamber, Okafor aide Chidi Nwosu told reporters the senator would bring the bill back.",
        "“We are not finished with this bill,” he said.",
      ],
      "We are not finished",
    );
    expect(found.speaker).toBe("Chidi Nwosu");
  });
});

describe("a title opening the sentence before a name", () => {
  it("gives 'the Minister' to the person whose long title, commas and all, opened the sentence", () => {
    const found = quoteStarting(
      [
        "Minister for Housing, Planning and Heritage Aoife Brennan said the scheme would open in March.",
        "“Every county will get its share of the fund,” Ms Brennan said.",
        "Answering Ms Orla Quinlan, who had asked about rural areas, she said the rules would be the same everywhere.",
        "“No part of the country will be left out,” the Minister said.",
      ],
      "No part of the country",
    );
    expect(found.speaker).toBe("Aoife Brennan");
  });

  it("gives 'the board member' to the person named as a member of that board", () => {
    const found = quoteStarting(
      [
        "Western Water Board member Ruth Akinyi defended the tender before the committee.",
        "“The board followed the law,” Ms Akinyi said.",
        "The member, 51, said the board had held back part of the money.",
        "“We have not paid anything since May,” the board member said.",
      ],
      "We have not paid anything",
    );
    expect(found.speaker).toBe("Ruth Akinyi");
  });
});

describe("a quote paragraph after a paragraph reporting a person's words", () => {
  it("gives 'she said' to that person when only the lists of given names say another gender", () => {
    const found = quoteStarting(
      [
        "Residents of the valley have opposed the dam since it was first proposed.",
        "Jean Marlow, who chairs the Valley Residents Forum, said hydrologist Kagiso Dube had found the river falling every year.",
        "“Nobody has told us where the water for our farms will come from,” she said.",
      ],
      "Nobody has told us",
    );
    expect(found.speaker).toBe("Jean Marlow");
  });

  it("does not when a person of that gender was named in the paragraph before", () => {
    const found = quoteStarting(
      [
        "Mayor Helen Achebe said the town would appeal the ruling.",
        "Jean Marlow, who chairs the Valley Residents Forum, said hydrologist Kagiso Dube had found the river falling every year.",
        "“We will take this to the highest court,” she said.",
      ],
      "We will take this",
    );
    expect(found.speaker).not.toBe("Jean Marlow");
  });
});

describe("a portfolio word before a role", () => {
  it("reads 'Transportation Undersecretary for Aviation' as a title, so the name after it is a person's", () => {
    const found = quoteStarting(
      [
        "The airport expansion has fallen two years behind schedule.",
        "Transportation Undersecretary for Aviation Corazon Malabanan told the hearing that half of the land had been bought.",
        "“We cannot buy land from owners who cannot be found,” she said.",
      ],
      "We cannot buy land",
    );
    expect(found.speaker).toBe("Corazon Malabanan");
  });
});

describe("a business's shorter name read as a person's", () => {
  it("counts 'Kestrane Lithium' as a mention of Kestrane Lithium Group, not as a person", () => {
    const article = extract([
      "Kestrane Lithium will idle one of its two lines at the refinery from March.",
      "Shenzhen-based Kestrane Lithium Group told staff on Monday that about 300 jobs would go.",
      "Tomas Reyes, a union official, said members would vote on a strike. Kestrane's local director, Li Wen, said the cuts were painful.",
    ]);
    expect(find(article, "Kestrane Lithium")).toBeUndefined();
    expect(actor(article, "Kestrane Lithium Group").kind).toBe("ORGANIZATION");
    expect(actor(article, "Kestrane Lithium Group").aliases).toEqual(expect.arrayContaining(["Kestrane Lithium", "Kestrane"]));
  });
});

describe("an acronym of the last words of a body's name", () => {
  it("reads 'the PEC' as the Lakeside Water Provincial Executive Council, not a body of its own", () => {
    const article = extract([
      "Lakeside Water Provincial Executive Council member Rosa Banda defended the tender on Monday.",
      "The PEC member said the province had paid nothing since March.",
    ]);
    expect(find(article, "PEC")).toBeUndefined();
    expect(actor(article, "Lakeside Water Provincial Executive Council").aliases).toContain("PEC");
  });
});

describe("'the company' after a public body was named", () => {
  it("passes over the committee to the business named before it", () => {
    const found = quoteStarting(
      [
        "A county report found that Tembo Civil Works Group had finished only a third of the roads it was paid for.",
        "Brian Otieno, who chairs the County Transport Committee, said the committee would block further payments.",
        "In a statement sent to reporters on Monday, the Nairobi-based company said it had finished every site handed over to it.",
        "“Tembo remains committed to the county,” according to the statement.",
      ],
      "Tembo remains committed",
    );
    expect(found.speaker).toBe("Tembo Civil Works Group");
  });
});
