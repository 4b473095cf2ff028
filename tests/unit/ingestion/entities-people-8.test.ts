import { actor, extract } from "./raw-article";

describe("a long appositive that places the person's employer in a country", () => {
  it("reads the country at the end of a title that runs past ten words, ahead of the story's setting", () => {
    const article = extract([
      "BEIJING — China's imports of tropical fruit rose by a fifth this year, Chinese customs data showed on Monday.",
      "Le Van Tam, deputy director of a rubber processing cooperative in Vietnam's Binh Duong province, told reporters the border checks were faster.",
      "Chinese officials in Beijing said the new rules would stay.",
    ]);
    expect(actor(article, "Le Van Tam").country).toBe("VN");
  });

  it("does not read an owner's nationality ('Japanese-owned') as the employer's seat", () => {
    const article = extract([
      "BANGKOK — Floods shut dozens of factories in Thailand this week, Thai officials said.",
      "\"We lost a week of output,\" said Pham Minh Duc, production manager at a Japanese-owned plant in Vietnam.",
    ]);
    expect(actor(article, "Pham Minh Duc").country).toBe("VN");
  });
});

describe("an employer that works across borders, named as the title's owner", () => {
  it("gives no country to the owner's staff, whatever place the post is in", () => {
    const article = extract([
      "KHARTOUM — A shell hit a clinic in Sudan's Kordofan region on Tuesday, Sudanese officials said.",
      "\"We ran out of blood by noon,\" said Claire Dubois, MSF's medical coordinator in Sudan.",
      "Oxfam's country director in Sudan, Peter Odhiambo, said the camps were full.",
    ]);
    expect(actor(article, "Claire Dubois").country).toBeNull();
    expect(actor(article, "Peter Odhiambo").country).toBeNull();
  });

  it("reads the post's place before the name when the employer is not named", () => {
    const article = extract([
      "LONDON — Sales of British tea rose abroad this year, UK officials said.",
      "The exporter's manager in Kenya, John Kamau, said demand was strong.",
    ]);
    expect(actor(article, "John Kamau").country).toBe("KE");
  });
});

describe("a name after an indefinite role with its field nouns", () => {
  it("reads 'a hospital records clerk, Name,' in a list as a person with that title", () => {
    const article = extract([
      "LAGOS — A Nigerian court jailed a former pension official for fraud on Thursday.",
      "The judge also convicted two others, trader Emeka Obi and a hospital records clerk, Funmilayo Adebayo, and jailed them for five years.",
    ]);
    expect(actor(article, "Funmilayo Adebayo").kind).toBe("PERSON");
    expect(actor(article, "Funmilayo Adebayo").title).toBe("hospital records clerk");
    expect(actor(article, "Funmilayo Adebayo").country).toBe("NG");
  });
});

describe("offices that are also bodies' names, and civic titles", () => {
  it("reads 'Ombudsman' before a full name as the person's title, and the surname alone as that person", () => {
    const article = extract([
      "MANILA — Senators grilled public works officials on Tuesday.",
      "Ombudsman Rogelio Dimaculangan, for his part, said his office had suspended nine engineers. \"These are not clerks,\" Dimaculangan told reporters.",
    ]);
    expect(actor(article, "Rogelio Dimaculangan").kind).toBe("PERSON");
    expect(actor(article, "Rogelio Dimaculangan").title).toBe("Ombudsman");
    expect(actor(article, "Rogelio Dimaculangan").country).toBe("PH");
    expect(article.actors.some((a) => a.kind === "ORGANIZATION" && a.name === "Dimaculangan")).toBe(false);
  });

  it("keeps 'Auditor-General' out of the name it stands before", () => {
    const article = extract(["ACCRA — Ghana tightened audits of state firms on Monday.", "Auditor-General Kwame Asante told reporters the accounts were incomplete."]);
    expect(actor(article, "Kwame Asante").title).toBe("Auditor-General");
  });

  it("reads an Indian civic title with how often it was held ('three-time corporator') before a name", () => {
    const article = extract(["PUNE — Counting in the civic polls ended late on Friday.", "Among the upsets, three-time corporator Ramesh Gaikwad lost his ward by 90 votes."]);
    expect(actor(article, "Ramesh Gaikwad").kind).toBe("PERSON");
    expect(actor(article, "Ramesh Gaikwad").title).toBe("three-time corporator");
    expect(actor(article, "Ramesh Gaikwad").country).toBe("IN");
  });
});

describe("South Asian party heads and nicknames inside a titled name", () => {
  it("reads names ending in Sena, Dal, Morcha or Kazhagam as bodies, not people", () => {
    const article = extract([
      "CHENNAI — Counting in the state polls ended late on Friday.",
      "The Dravida Munnetra Kazhagam won most seats, the Rashtriya Janata Dal lost ground, and the Shiv Sena of Deputy Chief Minister Vikram Salve held its wards.",
      "The Jharkhand Mukti Morcha said it would sit in opposition, and workers gathered outside Sena Bhavan.",
    ]);
    for (const party of ["Dravida Munnetra Kazhagam", "Rashtriya Janata Dal", "Shiv Sena", "Jharkhand Mukti Morcha"]) expect(actor(article, party).kind).toBe("ORGANIZATION");
    expect(actor(article, "Vikram Salve").kind).toBe("PERSON");
    expect(actor(article, "Vikram Salve").title).toBe("Deputy Chief Minister");
    expect(article.actors.some((a) => a.name === "Sena Bhavan")).toBe(false);
  });

  it("keeps a breakaway faction's bracketed letters ('Shiv Sena (UBT)') apart from the party", () => {
    const article = extract([
      "MUMBAI — The Shiv Sena won 40 wards and the Shiv Sena (UBT) won 50 in the civic polls.",
      "UBT leaders said the split had cost them the suburbs.",
    ]);
    expect(actor(article, "Shiv Sena").aliases).not.toContain("UBT");
    expect(actor(article, "UBT").kind).toBe("ORGANIZATION");
  });

  it("reads 'Sen. Given “Nick” Surname' as one person, with no person named by the words before the nickname", () => {
    const article = extract([
      "MANILA — Senators grilled public works officials on Tuesday.",
      "Committee chair Sen. Ernesto “Boy” Dimalanta said charges would follow. \"Every peso was stolen,\" Dimalanta said.",
    ]);
    expect(actor(article, "Ernesto Dimalanta").kind).toBe("PERSON");
    expect(article.actors.some((a) => a.name === "Sen. Ernesto" || a.name === "Ernesto")).toBe(false);
  });
});

describe("countries of people from the story and from their titles", () => {
  it("gives a person with no other sign the country the story names clearly most, when no setting is firm", () => {
    const article = extract([
      "Storm Bláthnaid left homes without power across Cork and Kerry on Sunday, and the Irish weather service warned of more gales.",
      "Crews from Dublin were sent south. Line engineer Padraig Nolan said most homes would be reconnected by Tuesday.",
      "A Swedish ferry stayed in port.",
    ]);
    expect(actor(article, "Padraig Nolan").country).toBe("IE");
  });

  it("gives a council's officer, named after the council, the council's seat", () => {
    const article = extract([
      "The American firm will build its plant in Galway, and the United States embassy welcomed the news. US officials said the deal was done.",
      "Galway County Council Mayor Aoife Brennan said housing was the biggest worry.",
    ]);
    expect(actor(article, "Aoife Brennan").country).toBe("IE");
  });

  it("keeps two titles joined by 'and' before one name ('Tánaiste and Minister for Enterprise')", () => {
    const article = extract([
      "The American firm will build its plant in Galway, and the United States embassy welcomed the news. US officials said the deal was done.",
      "Tánaiste and Minister for Enterprise Colm Brady said the jobs were welcome.",
      "Tánaiste and Finance Minister Róisín Walsh said the same a year ago.",
    ]);
    expect(actor(article, "Colm Brady").title).toBe("Tánaiste and Minister for Enterprise");
    expect(actor(article, "Colm Brady").country).toBe("IE");
    expect(actor(article, "Róisín Walsh").title).toBe("Tánaiste and Finance Minister");
  });
});

describe("an employer named right after the person", () => {
  it("gives 'Name from the University of …' the university's country, ahead of the story's setting", () => {
    const article = extract([
      "TOKYO — Japan's Hoshiba Gas said on Monday it would quit a hydrogen venture, and Japanese banks said they would write off loans. Japan's trade ministry said it regretted the move.",
      "Energy analyst Kylie Marsh from the University of Melbourne said other projects were at risk.",
    ]);
    expect(actor(article, "Kylie Marsh").country).toBe("AU");
  });
});

describe("an honorific before a name set off by a charity's appositive", () => {
  it("reads 'Dr Name, a paediatrician with the charity …,' as a person, not a body", () => {
    const article = extract([
      "NAIROBI — Aid groups warned of famine in eastern Congo on Monday, Congolese officials said.",
      "Dr Grace Mwamba Ilunga, a paediatrician with the charity Kivu Health Relief who works in Goma, said the wards were full.",
    ]);
    expect(actor(article, "Grace Mwamba Ilunga").kind).toBe("PERSON");
  });
});

describe("an envoy's posting before the name", () => {
  it("reads 'Chinese Ambassador to Kenya Name' as the person, of the sending country, without the posting in the name", () => {
    const article = extract([
      "NAIROBI — Kenya signed a rail deal on Monday, Kenyan officials said in Nairobi. Kenya will pay half.",
      "Chinese Ambassador to Kenya Wang Jianhua, who signed for Beijing, praised the spur.",
    ]);
    expect(actor(article, "Wang Jianhua").country).toBe("CN");
    expect(actor(article, "Wang Jianhua").title).toBe("Ambassador to Kenya");
    expect(article.actors.some((a) => a.name === "Kenya Wang Jianhua")).toBe(false);
  });
});

describe("a body's office in another country", () => {
  it("gives 'chief of <Body>'s <Country> office' the body's country, not the office's", () => {
    const article = extract([
      "The Korea International Cooperation Agency (KOICA) will fund a new water plant in Ghana, Ghana's finance ministry said. Ghana will repay nothing.",
      "Park Min-jun, head of KOICA's Ghana office, said work would begin in May.",
    ]);
    expect(actor(article, "Park Min-jun").country).toBe("KR");
  });
});
