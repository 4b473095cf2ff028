import { extract } from "./raw-article";
import { extractDocument, parseArticle } from "../../../src/ingestion";

function orgNames(article: ReturnType<typeof extract>): string[] {
  return article.actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name);
}

function kinds(paragraphs: string[]): Map<string, string> {
  return new Map(extract(paragraphs).actors.map((a) => [a.name, `${a.kind}/${a.country}`]));
}

describe("a sentence's opening word that describes the body named after it", () => {
  it("drops the category word before a body's noun and its name", () => {
    const found = kinds([
      "LIMERICK — Housing group Shannon Homes Trust warned on Monday that rents would keep rising.",
      "Drone maker Kestrel Aeronautics will open a plant in the town, and Insurance agency Corrib Cover said premiums would rise.",
    ]);
    expect(found.get("Shannon Homes Trust")?.startsWith("ORGANIZATION")).toBe(true);
    expect(found.get("Kestrel Aeronautics")?.startsWith("ORGANIZATION")).toBe(true);
    for (const word of ["Housing", "Drone"]) expect(found.has(word)).toBe(false);
  });

  it("keeps a body's own name before 'group' and a job, unless the text writes the word in lower case", () => {
    const found = kinds([
      "MUMBAI — Tata group chairman Natarajan Chandrasekaran said on Tuesday the airline would add routes.",
      "Liberal group leader Anne Dunmore said the liberal approach had failed.",
    ]);
    expect(found.get("Tata")?.startsWith("ORGANIZATION")).toBe(true);
    expect(found.has("Liberal")).toBe(false);
  });
});

describe("a body's acronym and the name it abbreviates", () => {
  it("reads a name in sentence case whose words spell the bracketed acronym", () => {
    const article = extract([
      "DAKAR — The Office national de gestion des inondations (ONGI) said on Monday that 300 homes were flooded.",
      "ONGI director Awa Ndiaye said the pumps had failed.",
    ]);
    const names = orgNames(article);
    expect(names).toContain("Office national de gestion des inondations");
    expect(names).not.toContain("ONGI");
  });

  it("takes an acronym after ', or' as the body's alias", () => {
    const article = extract(["JAKARTA — The Meteorology and Geophysics Agency, or BMKGX, warned on Friday of heavy rain, and BMKGX later lifted it."]);
    const names = orgNames(article);
    expect(names).toContain("Meteorology and Geophysics Agency");
    expect(names).not.toContain("BMKGX");
  });
});

describe("a listed acronym that spells a body the text names in full", () => {
  it("joins the body of the text, not the listed one", () => {
    const article = extract([
      "MANILA — The Armed Forces of the Philippines sent 900 soldiers to the flooded towns on Sunday.",
      "AFP spokesperson Col. Marco Dizon said more trucks would follow.",
    ]);
    const names = orgNames(article);
    expect(names).toContain("Armed Forces of the Philippines");
    expect(names).not.toContain("Agence France-Presse");
  });
});

describe("a body named short after its full name", () => {
  it("joins a name without its last word or without the place opening it", () => {
    const article = extract([
      "BRISBANE — Shipping firm Coral Harbour Logistics said on Monday it would cut 200 jobs, a blow the Queensland Transport Council had warned of.",
      "Coral Harbour chief executive Dana Whitlock said demand had fallen. Transport Council chair Ben Ocampo called the news grim.",
    ]);
    const names = orgNames(article);
    expect(names).toContain("Coral Harbour Logistics");
    expect(names).toContain("Queensland Transport Council");
    expect(names).not.toContain("Coral Harbour");
    expect(names).not.toContain("Transport Council");
  });

  it("keeps a university and its press apart", () => {
    const article = extract([
      "BOSTON — Harvard University said on Monday that Harvard University Press would publish the report.",
    ]);
    const names = orgNames(article);
    expect(names).toContain("Harvard University");
  });
});

describe("a town's name before its mayor", () => {
  it("is a place, not an employer, while a bank before its governor stays a body", () => {
    const found = kinds([
      "KAOLACK, Senegal — Ndiosmone mayor Ibou Faye said on Monday the well had run dry, and residents of Ndiosmone queued for water.",
      "Central Bank governor Aminata Sow said prices would ease.",
    ]);
    expect(found.has("Ndiosmone")).toBe(false);
    expect(found.get("Ibou Faye")?.startsWith("PERSON")).toBe(true);
    expect(found.get("Central Bank")?.startsWith("ORGANIZATION")).toBe(true);
  });
});

describe("the outlet's domain a few short lines below the date", () => {
  it("is the source, after a share button and a byline", () => {
    const raw = [
      "Hill farmers brace for a dry winter as feed prices climb",
      "9:05 am on 3 May 2026",
      "Share this",
      "Mere Tapsell, Rural Reporter",
      "example-news.co.nz",
      "Sheep farmers in the high country are buying in feed early after a dry autumn left paddocks bare.",
    ].join("\n");
    const article = parseArticle(raw, new Date("2026-05-04T00:00:00Z"));
    expect(article.source).toBe("example-news.co.nz");
    expect(article.body.startsWith("Sheep farmers")).toBe(true);
  });
});

describe("a listed company or charity named under another of its names", () => {
  it("keeps the name the text writes among the body's aliases", () => {
    const article = extract([
      "BEIRA, Mozambique — Doctors Without Borders (MSF) said on Friday it had opened two clinics, and MSF's nurses were treating 40 people a day.",
    ]);
    const msf = article.actors.find((a) => a.kind === "ORGANIZATION" && /Fronti|Borders/.test(a.name));
    expect(msf).toBeDefined();
    expect([msf!.name, ...msf!.aliases]).toContain("Doctors Without Borders");
  });
});

describe("an international body's acronym that only qualifies what follows", () => {
  it("is no actor before a noun or a body it heads, but is one before a verb", () => {
    const qualifying = extract([
      "GENEVA — The UN refugee agency UNHCR said on Tuesday that 9,000 people had crossed, and growers protested against EU quotas.",
    ]);
    const names = qualifying.actors.map((a) => a.name);
    expect(names).not.toContain("United Nations");
    expect(names).not.toContain("European Union");
    const acting = extract(["NEW YORK — The UN said on Tuesday that 9,000 people had crossed the border."]);
    expect(acting.actors.map((a) => a.name)).toContain("United Nations");
  });
});

describe("company forms", () => {
  it("reads an Indonesian PT company, seats it by its form, and ends a name at ', Ltd.'", () => {
    const article = extract([
      "JAKARTA — The smelter was built by PT Sinar Nikel Makmur, a venture of Japan's Kotobuki Metals Co., Ltd. and Borneo Mining Corporation, for 900 million dollars.",
      "Kotobuki Metals president Kenji Arai said a second line would follow. Environmental group Hijau Lestari criticised the plan.",
    ]);
    const orgs = new Map(article.actors.filter((a) => a.kind === "ORGANIZATION").map((a) => [a.name, a.country]));
    expect(orgs.get("PT Sinar Nikel Makmur")).toBe("ID");
    expect(orgs.has("Borneo Mining Corporation")).toBe(true);
    expect([...orgs.keys()].some((n) => n.startsWith("Ltd."))).toBe(false);
    expect(orgs.has("Kotobuki Metals")).toBe(false);
    expect(orgs.has("Environmental")).toBe(false);
  });
});

describe("capitals that are common nouns, and a news agency named with its medium", () => {
  it("reads no body in 'their GP' or 'FX gains' and reads one in 'the … news agency'", () => {
    const found = kinds([
      "LAGOS — The lender said FX gains lifted profit, and patients were told to see their GP first.",
      "The striker told the Kabar news agency that he was staying.",
    ]);
    expect(found.has("FX")).toBe(false);
    expect(found.has("GP")).toBe(false);
    expect(found.get("Kabar")?.startsWith("ORGANIZATION")).toBe(true);
  });
});

describe("an acronym's regional branch", () => {
  it("reads 'ABC North East' as a body of its own beside the acronym", () => {
    const article = extract([
      "GALWAY — A spokesman for the HSA North West said beds were full. The HSA said it would hire more staff.",
    ]);
    const names = orgNames(article);
    expect(names).toContain("HSA North West");
    expect(names).toContain("HSA");
  });
});

describe("a body's name that lists its fields", () => {
  it("joins the comma and the last two fields to the name", () => {
    const article = extract([
      "QUITO — Exports rose 8%, according to the Asociación Nacional de Pesca, Acuacultura y Comercio, a trade group.",
    ]);
    const names = orgNames(article);
    expect(names).toContain("Asociación Nacional de Pesca, Acuacultura y Comercio");
    expect(names).not.toContain("Acuacultura y Comercio");
  });
});

describe("a body named after 'its' and a country earlier in the sentence", () => {
  it("is that country's, not the story's", () => {
    const article = extract([
      "MAPUTO, Mozambique — Floods have killed 30 people in Mozambique, officials said on Sunday.",
      "Neighbouring Zambia also reported floods, with its Office of Civil Protection Affairs saying two bridges had collapsed.",
    ]);
    const office = article.actors.find((a) => a.name === "Office of Civil Protection Affairs");
    expect(office?.country).toBe("ZM");
  });
});

describe("a district of one public service", () => {
  it("is a body", () => {
    const found = kinds(["COLUMBUS, Ohio — Voters in the Fairview Local School District rejected a tax levy, and the Yolo Valley Water District raised rates."]);
    expect(found.get("Fairview Local School District")?.startsWith("ORGANIZATION")).toBe(true);
    expect(found.get("Yolo Valley Water District")?.startsWith("ORGANIZATION")).toBe(true);
  });
});

describe("an acronym leading a compound", () => {
  it("names a party or body ('the PDP-led council'), not a country or an international body", () => {
    const found = kinds(["ABUJA — Critics said the PDP-led council had failed, while the US-led coalition and a UN-backed panel stayed quiet."]);
    expect(found.get("PDP")?.startsWith("ORGANIZATION")).toBe(true);
    expect(found.has("United Nations")).toBe(false);
    expect(found.has("US")).toBe(false);
  });
});

describe("acronyms that name no body", () => {
  it("drops a counted acronym and one that only credits the story or a photo", () => {
    const raw = [
      "Floods force thousands from homes in the north",
      "example-news.sn 2 days ago",
      "Families wait on the shore on Monday. Photo: KX/Awa Ndiaye",
      "ZIGUINCHOR, Senegal (KX) – Some 4,000 people were moved to 40 evacuation halls (SEB) on Monday, officials said.",
      "Each family registered at a SEB will receive rice and blankets, the governor said, and the Red Cross sent tents.",
    ].join("\n\n");
    const names = extractDocument(raw, { fetchedAt: new Date("2026-03-03T00:00:00Z") }).article.actors.map((a) => a.name);
    expect(names).not.toContain("SEB");
    expect(names).not.toContain("KX");
  });

  it("keeps an acronym the text has act", () => {
    const article = extract(["ZIGUINCHOR, Senegal — The SEB said on Monday that 4,000 people had been moved."]);
    expect(article.actors.map((a) => a.name)).toContain("SEB");
  });
});

describe("a debt instrument named after its issuer", () => {
  it("reads no body in 'Treasury bills'", () => {
    const found = kinds(["ACCRA — Investors bought 2 billion cedis of Treasury bills on Friday, the central bank said."]);
    expect(found.has("Treasury")).toBe(false);
  });
});
