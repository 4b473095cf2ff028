import { extract, find } from "./raw-article";

// Business stories about a foreign company abroad give its executives the company's country, and the company its
// own seat, while the host country's officials keep theirs. These sentences are invented; each mirrors a structure
// wire and trade copy uses widely.

// Japanese and Korean full names put a comma between two legal endings ("Co., Ltd."): the full name is the listed
// company the story names short, and an executive "of" it is that company's.
describe("a listed company's full name with 'Co., Ltd.'", () => {
  it("is the listed company and gives its president its seat", () => {
    const article = extract([
      "LIMA - The assembly line was opened by Kenji Mori, president & CEO of Honda Motor Co., Ltd., Peru's trade minister Rosa Quispe said.",
    ]);
    expect(find(article, "Honda")?.country).toBe("JP");
    expect(find(article, "Honda Motor Co., Ltd.")).toBeUndefined();
    expect(find(article, "Kenji Mori")?.country).toBe("JP");
    expect(find(article, "Rosa Quispe")?.country).toBe("PE");
  });
  it("reads 'president and CEO of' as one title with its employer", () => {
    const article = extract(["Toyota plans a second line in Peru, said Akira Sato, president and CEO of Toyota Motor Corp."]);
    expect(find(article, "Akira Sato")?.title).toBe("president and CEO of Toyota Motor Corp.");
    expect(find(article, "Akira Sato")?.country).toBe("JP");
  });
});

// "Abu Dhabi investment firm X", "Doha developer Y": a capital or city opening the description before a trade noun
// seats the body there, as a nationality does ("German developer X").
describe("a city opening a business's description", () => {
  it("seats the body there, at a sentence's start, after a dateline or after 'and'", () => {
    const article = extract([
      "ACCRA - Doha investment firm Qalam Capital and Abu Dhabi developer Rimal Estates plan to invest in Ghana, President Kofi Mensah said.",
      "Qalam Capital chairman Yusuf Al Marri said the firm saw Ghana as a gateway.",
    ]);
    expect(find(article, "Qalam Capital")?.country).toBe("QA");
    expect(find(article, "Rimal Estates")?.country).toBe("AE");
    expect(find(article, "Yusuf Al Marri")?.country).toBe("QA");
    expect(find(article, "Kofi Mensah")?.country).toBe("GH");
  });
});

// "SK Group" after "South Korea's SK Innovation": a group named by a unit's first word shares the unit's seat, and
// so does the executive its name and a company title open.
describe("a group named after its unit", () => {
  it("shares the unit's seat with the group's chairman", () => {
    const article = extract([
      "South Korea's Daeyang Chemical is building a battery plant in Tema.",
      "Daeyang Group Chairman Park Min-ho visited the site with Ghanaian trade minister Ama Owusu.",
    ]);
    expect(find(article, "Daeyang Group")?.country).toBe("KR");
    expect(find(article, "Park Min-ho")?.country).toBe("KR");
    expect(find(article, "Ama Owusu")?.country).toBe("GH");
  });
  it("leaves a group whose units the text seats in two countries", () => {
    const article = extract([
      "LUANDA - Angola signed a power deal on Monday with Brazil's Vento Energia and Portugal's Vento Power Company.",
      "Vento Group said the two units would share staff.",
    ]);
    expect(find(article, "Vento Energia")?.country).toBe("BR");
    expect(find(article, "Vento Power Company")?.country).toBe("PT");
    expect(["BR", "PT"]).not.toContain(find(article, "Vento Group")?.country);
  });
});

// "chairman of both A and B": of two employers the first names the body whose seat the holder takes.
describe("a title held at two companies", () => {
  it("takes the first employer's seat", () => {
    const article = extract([
      "Emirati construction company Sahra Contracting and its owner Nakheel Capital plan to invest in Egypt.",
      "\"Egypt is our future,\" said Omar Al Suwaidi, chairman of both Sahra Contracting and Nakheel Capital.",
    ]);
    expect(find(article, "Sahra Contracting")?.country).toBe("AE");
    expect(find(article, "Omar Al Suwaidi")?.country).toBe("AE");
  });
});

// A name ending in a legal form ("S.A.", "Ltd", "GmbH") is a company's, never a person's, even when a founder's
// given name and surname open it ("Anna Kowal S.A.").
describe("a name ending in a company's legal form", () => {
  it("is an organisation, not a person", () => {
    const article = extract(["The supply deal was approved on Monday by regulators in Warsaw.", "\"We will grow,\" Anna Kowal S.A. said in a statement."]);
    expect(find(article, "Anna Kowal S.A.")?.kind).toBe("ORGANIZATION");
    expect(article.actors.filter((a) => a.kind === "PERSON")).toEqual([]);
  });
});
