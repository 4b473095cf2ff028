import { actor, extract, find } from "./raw-article";

describe("names of many naming cultures", () => {
  it("keeps a month's short form that is a syllable of a long Chinese or Malay name", () => {
    const article = extract(["Minister of State for Housing Grace Lim Mei Jun said the flats would be ready in 2027."]);
    expect(actor(article, "Grace Lim Mei Jun").kind).toBe("PERSON");
  });

  it("reads a name styled 'Dr' as a person even when a charity follows in the appositive", () => {
    const article = extract(["Dr Halima Yusuf Abdi, a paediatrician with the charity Horn Child Relief who works in Hargeisa, said wards were full."]);
    expect(actor(article, "Halima Yusuf Abdi").kind).toBe("PERSON");
    expect(actor(article, "Horn Child Relief").kind).toBe("ORGANIZATION");
  });

  it("reads a role's word after a title and a given name as a surname, and a First Nation as a body", () => {
    const article = extract([
      "Chief Marie Bishop of the Cold Lake First Nation said the band had not been warned.",
      "Beaver Lake First Nation Chief Dana Whitford said the water was unsafe.",
    ]);
    expect(actor(article, "Marie Bishop").kind).toBe("PERSON");
    expect(actor(article, "Cold Lake First Nation").kind).toBe("ORGANIZATION");
    expect(actor(article, "Dana Whitford").kind).toBe("PERSON");
    expect(actor(article, "Beaver Lake First Nation").kind).toBe("ORGANIZATION");
    expect(find(article, "Nation")).toBeUndefined();
  });

  it("reads two roles joined by 'and' as one title, and ends the name at the next 'and'", () => {
    const article = extract(["The accord was signed by QatarEnergy President and CEO Hamad bin Khalid Al-Nuaimi and Petronet chairman Vikram Rao."]);
    const person = actor(article, "Hamad bin Khalid Al-Nuaimi");
    expect(person.kind).toBe("PERSON");
    expect(person.title).toMatch(/President and CEO/);
    expect(person.country).toBe("QA");
  });

  it("reads the holder of an office of a named body, set off by commas, as a person", () => {
    const article = extract([
      "The secretary of the growers' union, Kwabena Ofori, welcomed the new price.",
      "The General Secretary of the Ghana Shea Pickers Association, Nana Yaw Darko, welcomed the rise.",
    ]);
    expect(actor(article, "Kwabena Ofori").kind).toBe("PERSON");
    const nana = actor(article, "Nana Yaw Darko");
    expect(nana.kind).toBe("PERSON");
    expect(nana.title).toMatch(/General Secretary of the Ghana Shea Pickers Association/);
    expect(nana.country).toBe("GH");
  });
});

describe("words that look like names but are places, papers or a body's short form", () => {
  it("reads the opening words of a listed body named before as its short form, not a person", () => {
    const article = extract([
      "A tanker run by Oslo-listed Nordic Tern Shipping was held in Rotterdam on Monday.",
      "Nordic Tern said in a statement that the pump had been fixed.",
    ]);
    expect(find(article, "Nordic Tern")?.kind).not.toBe("PERSON");
  });

  it("reads a newspaper ending in 'Star', and places ending in 'Area' or 'Airport', as no person", () => {
    const article = extract([
      "\"The pumps come first this time,\" he told The Morning Star.",
      "The lab sits in a warehouse in Nairobi's Industrial Area near the bypass.",
      "A spur toward King Fahd International Airport's cargo terminal is planned.",
    ]);
    for (const name of ["Morning Star", "Industrial Area", "Airport"]) expect(find(article, name)?.kind).not.toBe("PERSON");
  });
});

describe("styles that open South Asian and Ghanaian full names", () => {
  it("reads a style before a given name as part of a person's name, with no title or speech verb", () => {
    const article = extract([
      "The motion was backed by Rana Imran Qadir and Sardar Ghulam Laghari on Monday.",
      "Chaudhry Naveed Warraich welcomed the move, and Nana Kofi Ampofo wrote to the board.",
    ]);
    for (const name of ["Rana Imran Qadir", "Sardar Ghulam Laghari", "Chaudhry Naveed Warraich", "Nana Kofi Ampofo"]) expect(actor(article, name).kind).toBe("PERSON");
  });
});
