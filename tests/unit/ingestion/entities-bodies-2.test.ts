import { extract, actor, find } from "./raw-article";

function kinds(paragraphs: string[]): Map<string, string> {
  return new Map(extract(paragraphs).actors.map((a) => [a.name, `${a.kind}/${a.country}`]));
}

describe("post-nominals after a person's name", () => {
  it("keeps the person and drops a lawyer's honour or a seat after the name", () => {
    const found = kinds([
      "ENUGU — The defence lawyer, Obinna Eze SAN, told the tribunal on Monday that the charge was flawed.",
      "In a similar case in Dublin, counsel for the family, Aoife Brennan SC, said the ruling was pending, and Pádraig Tobin TD called for a review.",
    ]);
    expect(found.get("Obinna Eze")?.startsWith("PERSON")).toBe(true);
    expect(found.get("Aoife Brennan")?.startsWith("PERSON")).toBe(true);
    expect(found.get("Pádraig Tobin")?.startsWith("PERSON")).toBe(true);
    for (const honour of ["SAN", "SC", "TD", "Obinna Eze SAN", "Pádraig Tobin TD"]) expect(found.has(honour)).toBe(false);
  });

  it("still reads an acronym that opens a body's name or stands alone as a body", () => {
    const found = kinds(["ABUJA — The EFCC said on Tuesday that it had traced the funds, and INEC agreed."]);
    expect(found.get("EFCC")?.startsWith("ORGANIZATION")).toBe(true);
  });
});

describe("bodies whose seat a list knows", () => {
  it("gives UN missions and agencies no country in a national story", () => {
    const article = extract(["BUNIA, Congo — The UN peacekeeping mission, MONUSCO, said on Friday that clashes had resumed, and OCHA counted 4,000 people displaced."]);
    expect(actor(article, "MONUSCO").country).toBeNull();
    expect(actor(article, "OCHA").country).toBeNull();
  });

  it("gives a foreign rail operator or a founder's foundation its own seat", () => {
    const article = extract([
      "MUNICH — Germany's rail regulator said on Monday that ÖBB and SBB would add sleeper trains to Munich next year.",
      "The Bill & Melinda Gates Foundation will pay for a study of the routes, a German official said.",
    ]);
    expect(actor(article, "ÖBB").country).toBe("AT");
    expect(actor(article, "SBB").country).toBe("CH");
    expect(actor(article, "Bill & Melinda Gates Foundation").country).toBe("US");
  });

  it("reads a national news agency told as the audience", () => {
    const article = extract(["WINNIPEG — The minister told The Canadian Press on Monday that the grain deal was close."]);
    expect(actor(article, "The Canadian Press").country).toBe("CA");
  });
});

describe("organisations named by a last word", () => {
  it("reads Resources companies and a state government as bodies", () => {
    const found = kinds([
      "PERTH — Shares in Yallingup Resources fell 9% on Monday after the miner cut its forecast.",
      "In Nigeria, the Kwara State Government said schools would reopen on Friday.",
    ]);
    expect(found.get("Yallingup Resources")?.startsWith("ORGANIZATION")).toBe(true);
    expect(found.get("Kwara State Government")?.startsWith("ORGANIZATION")).toBe(true);
  });

  it("takes a protected area or a power station for a place, not a body or a person", () => {
    const found = kinds([
      "LUSAKA — Rangers in the Chisamba Nature Reserve counted 40 rhinos, and the Kafwala National Park reopened.",
      "The Mumbwa Power Station shut down on Sunday, the utility said.",
    ]);
    for (const place of ["Chisamba Nature Reserve", "Kafwala National Park", "Mumbwa Power Station"]) expect(found.has(place)).toBe(false);
  });

  it("reads a town then a plural nickname after 'the' as a team, but not a town's own body or a person", () => {
    const article = extract([
      "HALIFAX — The Halifax Mooseheads signed a new goalkeeper on Monday, the club said.",
      "Coach Brenda Doucette said the Calgary Hitmen had also asked about him.",
    ]);
    expect(actor(article, "Halifax Mooseheads").kind).toBe("ORGANIZATION");
    expect(actor(article, "Brenda Doucette").kind).toBe("PERSON");
    expect(find(article, "Calgary Hitmen")?.kind ?? "ORGANIZATION").toBe("ORGANIZATION");
  });
});

describe("municipalities, parties and armed groups", () => {
  it("reads 'the City of <town>' as the municipality, with the town's country", () => {
    const article = extract(["DURBAN — Residents were told on Monday by the City of Durban that water would return by Friday."]);
    expect(actor(article, "City of Durban")).toMatchObject({ kind: "ORGANIZATION", country: "ZA" });
  });

  it("does not take 'City of' before a word that is no known town for a body", () => {
    const found = kinds(["LONDON — Fans of the City of Dreams film series queued on Monday, organisers said."]);
    expect(found.has("City of Dreams")).toBe(false);
  });

  it("reads an Irish party with an accented name as a body, not a person", () => {
    const article = extract(["DUBLIN — Fianna Fáil said on Monday that it would back the housing bill, and Sinn Féin opposed it."]);
    expect(actor(article, "Fianna Fáil")).toMatchObject({ kind: "ORGANIZATION", country: "IE" });
    expect(actor(article, "Sinn Féin").kind).toBe("ORGANIZATION");
  });

  it("reads an alphanumeric armed group named with 'rebels' as a body", () => {
    const article = extract(["BENI, Congo — K17 rebels took two villages on Monday, local officials said."]);
    expect(actor(article, "K17").kind).toBe("ORGANIZATION");
  });
});

describe("middle names that are also words", () => {
  it("keeps a middle name such as Said or Will between a given name and a surname, after a title", () => {
    const article = extract([
      "MALINDI — Kilifi Senator Zuhura Said Mwinyi said on Monday that the ferry was unsafe.",
      "Senator Grace Will Odhiambo said the county would appeal.",
    ]);
    expect(actor(article, "Zuhura Said Mwinyi").kind).toBe("PERSON");
    expect(actor(article, "Grace Will Odhiambo").kind).toBe("PERSON");
  });

  it("does not take a capitalised 'Said' after a place for part of a name", () => {
    const found = kinds(["MALINDI — The ferry crossed on Monday; Kenya Said Monday it was safe."]);
    expect(found.has("Kenya Said")).toBe(false);
  });
});

describe("one-word brands", () => {
  it("reads a CamelCase brand before 'spokesperson' as a body, but not a Mc- or De- surname", () => {
    const found = kinds([
      "AUCKLAND — Heavy rain is due on Tuesday, a RainTrack spokesperson said.",
      "A McAllister spokesman and a DeSouza spokeswoman declined to comment.",
    ]);
    expect(found.get("RainTrack")?.startsWith("ORGANIZATION")).toBe(true);
    expect(found.get("McAllister")?.startsWith("ORGANIZATION") ?? false).toBe(false);
    expect(found.get("DeSouza")?.startsWith("ORGANIZATION") ?? false).toBe(false);
  });
});

describe("schools named with their campus town", () => {
  it("reads '<Name> College <Town>' as one body with the town's country", () => {
    const article = extract(["KISUMU — Lecturers at Tumaini College Nairobi said on Monday that fees would rise."]);
    expect(actor(article, "Tumaini College Nairobi")).toMatchObject({ kind: "ORGANIZATION", country: "KE" });
  });

  it("does not join a town to a name whose head is no school", () => {
    const found = kinds(["KISUMU — Tumaini Bank Nairobi branches closed on Monday, the lender said."]);
    expect(found.has("Tumaini Bank Nairobi")).toBe(false);
  });
});
