import { actor, extract, find } from "./raw-article";

describe("news agencies and broadcasters named as a source", () => {
  it("reads a national agency or broadcaster after 'told' or before 'quoted' as a body with its seat", () => {
    const article = extract([
      "The harbour master told Bernama that three boats had sunk overnight near the jetty.",
      "\"We will rebuild the pier before the monsoon,\" Antara quoted the regent as saying on Friday.",
      "A shop owner told Suspilne the blast shattered every window on the street.",
    ]);
    expect(actor(article, "Bernama").kind).toBe("ORGANIZATION");
    expect(actor(article, "Bernama").country).toBe("MY");
    expect(actor(article, "Antara").country).toBe("ID");
    expect(actor(article, "Suspilne").country).toBe("UA");
    expect(find(article, "Bernama")?.kind).not.toBe("PERSON");
  });
});

describe("honorifics and ranks written short before a name", () => {
  it("keeps 'Eng.', 'Md.' and 'Supt' out of the name, and no person named by them alone", () => {
    const article = extract([
      "Roads Minister Eng. Halima Mrisho told reporters the bridge would reopen in May.",
      "Two guards were hurt, Chittagong Metropolitan Police Commissioner Md. Jahangir Alam said.",
      "Kuala Krai district police chief Supt Nor Hafiz Yusof said the road was closed.",
    ]);
    expect(actor(article, "Halima Mrisho").kind).toBe("PERSON");
    expect(actor(article, "Halima Mrisho").title).toMatch(/Minister/);
    expect(actor(article, "Jahangir Alam").kind).toBe("PERSON");
    expect(actor(article, "Nor Hafiz Yusof").title).toMatch(/police chief/);
    for (const word of ["Eng", "Md", "Supt"]) expect(find(article, word)).toBeUndefined();
  });

  it("still ends a sentence at 'Md.' when it is the US state after a town", () => {
    const article = extract(["The clinic opened in Rockville, Md. The owner, Dana Whitfield, said demand was strong."]);
    expect(actor(article, "Dana Whitfield").kind).toBe("PERSON");
  });
});
