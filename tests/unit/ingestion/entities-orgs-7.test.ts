import { extract } from "./raw-article";

function kinds(paragraphs: string[]): Map<string, string> {
  return new Map(extract(paragraphs).actors.map((a) => [a.name, `${a.kind}/${a.country}`]));
}

describe("a word the text names as a territory", () => {
  it("does not take a region's possessive before a title as an employer", () => {
    const found = kinds([
      "DRESDEN — A chip maker will build a plant near the border, the state government of Thuringia said on Monday.",
      "Thuringia's economy minister, Karla Weiss, said the state would pay for the roads.",
      "Firefighters in the Aragon region fought a third night. Aragon's head of civil protection, Pilar Soto, said crews were tired.",
    ]);
    expect(found.has("Thuringia")).toBe(false);
    expect(found.has("Aragon")).toBe(false);
    expect(found.get("Karla Weiss")?.startsWith("PERSON")).toBe(true);
    expect(found.get("Pilar Soto")?.startsWith("PERSON")).toBe(true);
  });

  it("keeps the bodies of a text that calls another word a territory", () => {
    const found = kinds([
      "Kestrel Aeronautics said on Monday it would cut 300 jobs in the Aragon region.",
      "Kestrel Aeronautics chief executive Karla Weiss said the cuts were needed.",
    ]);
    expect(found.get("Kestrel Aeronautics")?.startsWith("ORGANIZATION")).toBe(true);
    expect(found.has("Aragon")).toBe(false);
  });
});

describe("a listed body named as the text writes it", () => {
  it("calls a listed body by the longer form the text uses when the text never writes the listed name", () => {
    const found = kinds([
      "WASHINGTON — The US Department of Justice said on Tuesday it had charged three men over a lottery fraud.",
      "Prosecutors said the men had targeted retirees in four states.",
    ]);
    expect(found.get("Department of Justice")).toBe("ORGANIZATION/US");
    expect(found.has("Justice Department")).toBe(false);
  });

  it("keeps the listed name once the text writes it, whatever other forms follow", () => {
    const found = kinds([
      "WASHINGTON — The Justice Department said on Tuesday it had charged three men over a lottery fraud.",
      "The Department of Justice said the men had targeted retirees.",
    ]);
    expect(found.get("Justice Department")).toBe("ORGANIZATION/US");
    expect(found.has("Department of Justice")).toBe(false);
  });
});

describe("a portfolio of two halves before a minister's name", () => {
  it("takes the words before 'and' as the title's first half, not a body", () => {
    const found = kinds([
      "BHOPAL — Rural Roads and Village Industries Minister Sunita Verma opened the new bridge on Saturday.",
      "Forest Produce and Tribal Affairs Minister Harish Kol said the state would pay for two more.",
    ]);
    for (const half of ["Rural Roads", "Forest Produce"]) expect(found.has(half)).toBe(false);
    expect(found.get("Sunita Verma")?.startsWith("PERSON")).toBe(true);
    expect(found.get("Harish Kol")?.startsWith("PERSON")).toBe(true);
  });
});

describe("a translated body's name before its own acronym", () => {
  it("takes a head-first name whose acronym keeps only the head's initial", () => {
    const found = kinds([
      "LIMA — The Superintendency of Pensions (SMV) said on Friday that two lenders had breached capital rules.",
      "SMV superintendent Rosa Quispe said both had until March to comply.",
    ]);
    expect(found.get("Superintendency of Pensions")?.startsWith("ORGANIZATION")).toBe(true);
    expect(found.has("SMV")).toBe(false);
  });
});

describe("campaign groups that work across borders", () => {
  it("gives an international campaign group no country, even in a national story", () => {
    const found = kinds([
      "QUITO — Greenpeace said on Monday the new drilling licences would put the Amazon at risk.",
      "WWF and Transparency International also asked Ecuador's government to publish the contracts.",
    ]);
    for (const name of ["Greenpeace", "WWF", "Transparency International"]) expect(found.get(name)).toBe("ORGANIZATION/null");
  });
});
