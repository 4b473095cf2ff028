import type { ExtractedActor } from "../../../src/ingestion";
import { extractArticle, parseArticle, resolvePublishedAt } from "../../../src/ingestion";
import { extractFigures } from "../../../src/ingestion/extract/figures";
import { CURRENCY_PHRASES, ISO_CURRENCY_CODES, resolveCurrency } from "../../../src/ingestion/lexicons/currencies";
import { splitSentences } from "../../../src/ingestion/text/sentences";
import { FETCHED_AT, extract, speakerName } from "./raw-article";

function figures(text: string, home: string | null = null, sentenceCountry: string | null = null, weights: Array<[string, number]> = []) {
  return extractFigures(text, splitSentences(text), home, () => sentenceCountry, new Map(weights)).map((f) => [f.value, f.unit, f.text]);
}

function actor(actors: ExtractedActor[], name: string): ExtractedActor {
  const found = actors.find((a) => a.name === name);
  if (!found) throw new Error(`no actor ${name} in ${actors.map((a) => `${a.name} (${a.kind})`).join(", ")}`);
  return found;
}

describe("currency lexicon built from Intl data", () => {
  it("knows every current ISO 4217 code and the English unit words", () => {
    for (const code of ["PEN", "GHS", "XOF", "XAF", "TOP", "NOK", "KRW", "THB", "IDR", "KZT", "BRL", "MXN"]) expect(ISO_CURRENCY_CODES.has(code)).toBe(true);
    expect(CURRENCY_PHRASES.get("soles")).toContain("PEN");
    expect(CURRENCY_PHRASES.get("cedis")).toContain("GHS");
    expect(CURRENCY_PHRASES.get("pa'anga")).toContain("TOP");
    expect(CURRENCY_PHRASES.get("tenge")).toContain("KZT");
  });

  it("resolves a shared word by the sentence's country, then the article's, then the most traded", () => {
    const pesos = CURRENCY_PHRASES.get("pesos")!;
    expect(resolveCurrency(pesos, "CO", null, new Map())).toBe("COP");
    expect(resolveCurrency(pesos, null, "PH", new Map())).toBe("PHP");
    expect(resolveCurrency(pesos, null, null, new Map([["AR", 3]]))).toBe("ARS");
    expect(resolveCurrency(pesos, null, null, new Map())).toBe("MXN");
  });
});

describe("currencies in figures", () => {
  it("reads unit words after an amount, with and without the country adjective", () => {
    expect(figures("The council lost 3.4 million soles in fees.", "PE")).toEqual([[3400000, "PEN", "3.4 million soles"]]);
    expect(figures("Growers are paid 12,500 cedis per tonne.", "GH")).toEqual([[12500, "GHS", "12,500 cedis"]]);
    expect(figures("Oslo pledged 40 million Norwegian kroner to the fund.")).toEqual([[40000000, "NOK", "40 million Norwegian kroner"]]);
    expect(figures("Repairs could cost 9 million pa’anga.", "TO")).toEqual([[9000000, "TOP", "9 million pa’anga"]]);
    expect(figures("The bank set aside 2.5 trillion tenge for loans.", "KZ")).toEqual([[2.5e12, "KZT", "2.5 trillion tenge"]]);
  });

  it("reads CFA francs by the country in the sentence", () => {
    expect(figures("In Cameroon, traders pay 1,500 CFA francs a bag.", null, "CM")).toEqual([[1500, "XAF", "1,500 CFA francs"]]);
    expect(figures("In Mali, traders pay 1,500 CFA francs a bag.", null, "ML")).toEqual([[1500, "XOF", "1,500 CFA francs"]]);
  });

  it("reads symbols and ISO codes before an amount", () => {
    expect(figures("The ministry set aside Rp 4.2 trillion for it.")).toEqual([[4.2e12, "IDR", "Rp 4.2 trillion"]]);
    expect(figures("The bank approved R$ 55 million in grants.")).toEqual([[55000000, "BRL", "R$ 55 million"]]);
    expect(figures("Wellington sent NZ$1.5 million and Canberra A$2 million.")).toEqual([
      [1500000, "NZD", "NZ$1.5 million"],
      [2000000, "AUD", "A$2 million"],
    ]);
    expect(figures("The bill came to US$2.4 million.")).toEqual([[2400000, "USD", "US$2.4 million"]]);
    expect(figures("The dam now costs PEN 310 million, up from THB 5.1 billion.")).toEqual([
      [310000000, "PEN", "PEN 310 million"],
      [5100000000, "THB", "THB 5.1 billion"],
    ]);
    expect(figures("Exports reached 8.2 billion MXN last year.")).toEqual([[8200000000, "MXN", "8.2 billion MXN"]]);
  });

  it("does not count a currency prefix as a country mention", () => {
    expect(extract(["The Peruvian mine lost US$2 million in Peru last week."]).countries).toEqual(["PE"]);
  });

  it("does not read a code glued to a number as money", () => {
    expect(figures("Delegates met at COP28 in Dubai.")).toEqual([]);
  });

  it("reads words that are ordinary English only in a story about the currency's country", () => {
    expect(figures("Workers want a raise of 95,000 won a month.", null, null, [["KR", 3]])).toEqual([[95000, "KRW", "95,000 won"]]);
    expect(figures("The team won 3 games and the union 95,000 won.", null, null, [["US", 3]])).not.toContainEqual([95000, "KRW", "95,000 won"]);
  });

  it("keeps plain $ as US dollars unless a local-dollar story names its own dollar", () => {
    expect(figures("The deal is worth $3 million.", "AU")).toEqual([[3000000, "USD", "$3 million"]]);
    const local = "Canberra will spend $3 million, on top of A$1 million pledged earlier.";
    expect(figures(local, "AU")[0]).toEqual([3000000, "AUD", "$3 million"]);
  });
});

describe("figure shapes", () => {
  it("gives both ends of a range the counted thing or unit", () => {
    expect(figures("Between 40 and 60 households rely on the well.")).toEqual([
      [40, "households", "40"],
      [60, "households", "60"],
    ]);
    expect(figures("Growth of between 3 and 4 per cent is expected.")).toEqual([
      [3, "%", "3"],
      [4, "%", "4 per cent"],
    ]);
    expect(figures("Analysts expect 5–7 percent growth.").map((f) => f[1])).toEqual(["%", "%"]);
  });

  it("reads per cent, percent and %", () => {
    expect(figures("Prices rose 7 per cent, wages 3 percent and rents 9%.").map((f) => [f[0], f[1]])).toEqual([
      [7, "%"],
      [3, "%"],
      [9, "%"],
    ]);
  });

  it("takes the counted noun after a model number or from 'the number of'", () => {
    expect(figures("The airline will lease 12 A320neo jets.")).toEqual([[12, "jets", "12"]]);
    expect(figures("The number of schools offering meals grew from 120 to 310 in two years.")).toEqual([
      [120, "schools", "120"],
      [310, "schools", "310"],
      [2, "year", "two years"],
    ]);
  });

  it("reads both ends of an age range as ages, not counts", () => {
    expect(figures("Pupils aged five to 11 will be tested.")).toEqual([
      [5, "year", "five"],
      [11, "year", "11"],
    ]);
  });
});

describe("dates", () => {
  const fetchedAt = new Date("2025-06-01T08:00:00Z");
  it("reads day-first dotted and slashed dates, weekday dates and relative times", () => {
    expect(resolvePublishedAt("14.03.2025", fetchedAt)?.toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect(resolvePublishedAt("14/03/2025", fetchedAt)?.toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect(resolvePublishedAt("Tuesday, 3 June 2025", fetchedAt)?.toISOString()).toBe("2025-06-03T00:00:00.000Z");
    expect(resolvePublishedAt("7 February 2025", fetchedAt)?.toISOString()).toBe("2025-02-07T00:00:00.000Z");
    expect(resolvePublishedAt("45 minutes ago", fetchedAt)?.toISOString()).toBe("2025-06-01T07:15:00.000Z");
  });

  it("falls back to fetchedAt when the date line cannot be read, and keeps going", () => {
    const raw = ["Menu", "", "Port Workers End Strike After Pay Deal", "", "harbournews.example 31.02.2025", "", "Dock workers returned to work on Monday after a pay deal."].join("\n");
    const parsed = parseArticle(raw, fetchedAt);
    expect(parsed.publishedAt.toISOString()).toBe(fetchedAt.toISOString());
    expect(parsed.source).toBe("harbournews.example");
    expect(parsed.body).toBe("Dock workers returned to work on Monday after a pay deal.");
    const noDomain = ["Port Workers End Strike After Pay Deal", "", "31.02.2025", "", "Dock workers returned to work on Monday after a pay deal."].join("\n");
    expect(() => extractArticle(noDomain, { fetchedAt })).not.toThrow();
  });
});

describe("quote attribution", () => {
  it("reads a signature line after a standalone quote", () => {
    const a = extract(["Prime Minister Mele Vaka spoke at the harbour on Monday.", "“We will rebuild every school on the island.”", "— Mele Vaka, Prime Minister", "Aid flights continued to land."]);
    expect(speakerName(a, a.quotes[0])).toBe("Mele Vaka");
  });

  it("resolves a role reference to the person named earlier with that title", () => {
    const a = extract(["Governor Lucía Ferrer Soto backed the plan on Tuesday.", "Officials said the rollout would start in May. “Nobody will be left without water this summer,” the governor said."]);
    expect(speakerName(a, a.quotes[0])).toBe("Lucía Ferrer Soto");
  });

  it("attributes a quote after a colon to the subject of the clause", () => {
    const a = extract(["Tomás Varela, a historian at the city museum, was sceptical: “They said the same thing two years ago and nothing changed.”"]);
    expect(speakerName(a, a.quotes[0])).toBe("Tomás Varela");
  });

  it("attributes an unattributed quote to the person the previous sentence is about", () => {
    const a = extract(["Labour Minister Hana Kovar urged both sides to return to talks. “A long strike helps nobody in this town.”"]);
    expect(speakerName(a, a.quotes[0])).toBe("Hana Kovar");
  });

  it("reads attribution after a comma inside a nested quote", () => {
    const a = extract(["Ranger Chief Paulo Mendes said arson was rising. “We keep finding the same words: ‘leave this land,’” he told reporters."]);
    expect(speakerName(a, a.quotes[0])).toBe("Paulo Mendes");
  });

  it("does not take a short quote inside a clause as speech", () => {
    const a = extract(["Chief Executive Dana Holt insisted the firm had followed its permit “to the letter.” She added that the mine would stay open."]);
    expect(a.quotes).toEqual([]);
  });
});

describe("organisations", () => {
  it("finds names with heads in the middle, plural possessives and foreign heads", () => {
    const { actors } = extract([
      "The Southern Alliance of Coastal Fishers of Chile welcomed the ban, and the Chilean Dock Workers’ Union called a meeting.",
      "Researchers at Instituto Mar Limpio said the stocks were falling.",
    ]);
    expect(actor(actors, "Southern Alliance of Coastal Fishers of Chile").kind).toBe("ORGANIZATION");
    expect(actor(actors, "Chilean Dock Workers’ Union").kind).toBe("ORGANIZATION");
    expect(actor(actors, "Instituto Mar Limpio").kind).toBe("ORGANIZATION");
  });

  it("finds companies by the words around them and drops the '-based' prefix", () => {
    const { actors } = extract([
      "The mine is run by Sydney-based Redgum Metals Ltd and supplied by state-owned Kalia Energi.",
      "The trade lobby Marekon opposed the levy, and Sweden's Voltrana said it would invest.",
    ]);
    const mine = actor(actors, "Redgum Metals Ltd");
    expect(mine.kind).toBe("ORGANIZATION");
    expect(actor(actors, "Kalia Energi").kind).toBe("ORGANIZATION");
    expect(actor(actors, "Marekon").kind).toBe("ORGANIZATION");
    expect(actor(actors, "Voltrana").country).toBe("SE");
  });

  it("never takes currency codes, model numbers, storms or country codes for organisations", () => {
    const { actors } = extract([
      "Storm damage after Cyclone Tui, which hit on Friday, is put at MXN 40 million, and the carrier ordered 10 A220-300 jets.",
      "NZ and Fiji sent aid. Farmers were paid 300 CFA francs a kilo in Mali.",
    ]);
    const names = actors.map((a) => a.name);
    for (const bad of ["Cyclone Tui", "MXN", "A220-300", "NZ", "CFA"]) expect(names).not.toContain(bad);
  });

  it("takes 'known as' and 'known by its acronym' as aliases", () => {
    const { actors } = extract(["The State Agency for Coastal Protection, known by its acronym SACP, said the wall would hold.", "SACP said repairs would start soon."]);
    const agency = actor(actors, "State Agency for Coastal Protection");
    expect(agency.aliases).toContain("SACP");
    expect(actors.map((a) => a.name)).not.toContain("SACP");
  });
});

describe("people's countries", () => {
  it("gives people with a domestic title the country the story is set in", () => {
    const a = extract(
      [
        "Peru's mining regions are tense. Peru exports copper, and Peru's government is under pressure.",
        "Union leader Rosa Quilla Mamani said the strike would go on. Chile and Peru share the market.",
      ],
      "Strike Spreads Across Mines",
    );
    expect(actor(a.actors, "Rosa Quilla Mamani").country).toBe("PE");
  });

  it("gives officials of international bodies no country", () => {
    const a = extract([
      "Kenya's health ministry began the campaign in Kenya, and Kenya expects results. Kenya has 40 clinics.",
      "The World Health Organization backed it. Its representative in Nairobi, Dr. Anouk Verlaine, praised the plan.",
    ]);
    expect(actor(a.actors, "Anouk Verlaine").country).toBeNull();
  });

  it("takes the city of a '-based' person or company as the affiliation", () => {
    const a = extract(["The mine is run by Toronto-based Northfield Copper Corp, and the villagers in Peru oppose it. Peru and Peru again."]);
    expect(actor(a.actors, "Northfield Copper Corp").country).toBe("CA");
  });

  it("takes the country from a second title after 'and a former'", () => {
    const a = extract(["Amara Eze-Lawson, the bloc's trade commissioner and a former Nigerian customs chief, said patrols would start."]);
    expect(actor(a.actors, "Amara Eze-Lawson").country).toBe("NG");
  });

  it("joins a two-part surname used alone to the full name", () => {
    const a = extract(["Energy Minister Raúl Condori Huamán flew to Cusco. “We will talk,” Condori Huamán said."]);
    expect(a.actors.filter((x) => x.kind === "PERSON").map((x) => x.name)).toEqual(["Raúl Condori Huamán"]);
  });
});

it("uses FETCHED_AT from the shared helper", () => {
  expect(FETCHED_AT).toBeInstanceOf(Date);
});
