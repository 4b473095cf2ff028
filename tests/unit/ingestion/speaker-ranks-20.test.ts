/**
 * Short ranks and council titles with their full stop end no sentence and stay out of the name (holdout-17 cause):
 * "said Const. Raj Bhullar", "Coun. Marcel Dufresne said", "Det. Sgt. Amy Ward said". Sentences written for these tests.
 */
import { find, fromOutlet, speakerName } from "./raw-article";

describe("a short rank before a speaker's name", () => {
  const article = fromOutlet(
    "cbc.ca",
    [
      "A 40-vehicle pileup closed Highway 401 near London, Ont., for nine hours on Tuesday, police said.",
      "“Please, if you don’t have to be out there, stay home,” said Const. Raj Bhullar, a spokesperson for the provincial police. “Our officers were walking car to car at 3 a.m.”",
      "Coun. Marcel Dufresne said the city had asked for a lower speed limit two years ago. “Nobody listened,” he said.",
      "Det. Sgt. Amy Ward said two drivers would be charged. “The cameras show who was speeding,” Ward said.",
      "The highway reopened shortly after 11 a.m., etc. The province will review the stretch.",
    ],
    "Pileup closes Highway 401 for nine hours",
  );

  it("keeps the rank out of the name and gives the speaker every quote", () => {
    for (const name of ["Raj Bhullar", "Marcel Dufresne", "Amy Ward"]) expect(find(article, name)?.country).toBe("CA");
    expect(article.actors.some((a) => /^(?:Const|Coun|Det|Sgt)\b/.test(a.name))).toBe(false);
    const speakers = article.quotes.map((q) => [q.text.slice(0, 12), speakerName(article, q)]);
    expect(speakers).toEqual([
      ["Please, if y", "Raj Bhullar"],
      ["Our officers", "Raj Bhullar"],
      ["Nobody liste", "Marcel Dufresne"],
      ["The cameras ", "Amy Ward"],
    ]);
  });
});

describe("an Irish barrister's post-nominal", () => {
  it("reads 'Declan Moran BL' as the barrister, as 'Fiona Brennan SC'", () => {
    const article = fromOutlet(
      "irishtimes.com",
      [
        "The High Court in Dublin granted residents leave on Tuesday to challenge a data centre permission.",
        "For the commission, Declan Moran BL said it did not accept that any ground had been made out.",
        "Fiona Brennan SC, for the residents, said the board had not assessed the water supply.",
      ],
      "Residents win leave to challenge data centre",
    );
    expect(find(article, "Declan Moran")?.country).toBe("IE");
    expect(find(article, "Fiona Brennan")?.country).toBe("IE");
    expect(article.actors.some((a) => a.name === "BL")).toBe(false);
  });
});
