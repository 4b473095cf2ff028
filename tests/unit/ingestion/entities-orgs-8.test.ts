import { extract } from "./raw-article";

function orgs(paragraphs: string[]): Map<string, { country: string | null; aliases: string[] }> {
  return new Map(extract(paragraphs).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => [a.name, { country: a.country, aliases: a.aliases }]));
}

describe("a body's name that lists its fields with commas", () => {
  it("keeps a name whose fields come before the head whole", () => {
    const found = orgs([
      "LIMA — Peru's Hydrology, Glaciology and Mountain Research Agency, known as HGMRA, warned of mudslides on Sunday.",
      "The Science, Technology and Innovation Council will meet next week.",
    ]);
    const agency = [...found.keys()].find((n) => n.endsWith("Hydrology, Glaciology and Mountain Research Agency"));
    expect(agency).toBeDefined();
    expect(found.get(agency!)?.aliases).toContain("HGMRA");
    expect(found.has("Glaciology and Mountain Research Agency")).toBe(false);
    expect(found.has("Science, Technology and Innovation Council")).toBe(true);
  });

  it("keeps a ministry's list of portfolios after 'of' whole", () => {
    const found = orgs([
      "NAIROBI — The Ministry of Environment, Forestry and Climate Change said on Friday it would plant more trees.",
      "Officials from the Department of Mining, Energy and the Environment joined the visit.",
    ]);
    expect(found.has("Ministry of Environment, Forestry and Climate Change")).toBe(true);
    expect(found.has("Department of Mining, Energy and the Environment")).toBe(true);
    expect(found.has("Ministry of Environment")).toBe(false);
  });

  it("does not join a list of separate bodies", () => {
    const found = orgs([
      "NAIROBI — The Ministry of Health, Oxfam and Save the Children met on Friday to plan the vaccination drive.",
    ]);
    expect(found.has("Ministry of Health")).toBe(true);
    expect(found.has("Oxfam")).toBe(true);
    expect([...found.keys()].some((n) => n.includes(","))).toBe(false);
  });
});

describe("a panel named with 'on' and its subject", () => {
  it("reads 'Commission on Audit' as one body, its bracketed acronym as an alias", () => {
    const found = orgs([
      "MANILA — Twelve bridges paid for in 2023 were never finished, the Commission on Elections and Audit (CEA) said on Monday.",
      "CEA Commissioner Rosa Dimalanta said the contractors had been paid in full.",
      "The Senate on Tuesday opened a hearing.",
    ]);
    expect(found.get("Commission on Elections and Audit")?.aliases).toContain("CEA");
    expect(found.has("CEA")).toBe(false);
    expect([...found.keys()].some((n) => /on Tuesday/.test(n))).toBe(false);
  });
});

describe("an acronym the text spells out for its own body", () => {
  it("takes the text's body over a listed group with the same initials", () => {
    const found = orgs([
      "KHARTOUM — The army blamed the Rapid Support Forces (RSF) for the shelling of the market.",
      "The RSF did not answer requests for comment on Sunday.",
    ]);
    expect(found.get("Rapid Support Forces")?.aliases).toContain("RSF");
    expect(found.has("Reporters Without Borders")).toBe(false);
  });
});

describe("an event named like a body", () => {
  it("does not take a trade fair or a summit for an organisation", () => {
    const found = orgs([
      "KUNMING — The fifth South Asia-Yunnan Expo, which ended on Sunday, drew 2,000 exhibitors, the Ministry of Commerce said.",
      "Leaders will meet again at the Mekong-Lancang Summit, which opens in March.",
    ]);
    expect([...found.keys()].some((n) => /Expo|Summit/.test(n))).toBe(false);
    expect(found.has("Ministry of Commerce")).toBe(true);
  });
});

describe("a name the text calls an island or a region of a country", () => {
  it("drops the bare name everywhere once a country's possessive and a territory's noun follow it", () => {
    const found = orgs([
      "Storm batters Greece's Zakynthos",
      "ATHENS — A storm flooded roads across Greece's Zakynthos island on Sunday, the fire service said.",
      "Zakynthos officials said ferries would resume on Monday.",
    ]);
    expect(found.has("Zakynthos")).toBe(false);
  });
});

describe("an abbreviation the text gives for a place", () => {
  it("does not take a metropolitan area's bracketed abbreviation for a body", () => {
    const found = orgs([
      "SANTIAGO — Bus fares in the Greater Santiago metropolitan area (GSMA) rose 6% in May, the transport ministry said.",
      "GSMA commuters now pay more than those of any other city in the country.",
    ]);
    expect(found.has("GSMA")).toBe(false);
    expect([...found.values()].some((o) => o.aliases.includes("GSMA"))).toBe(false);
  });
});

describe("a market-data group cited for an analyst poll", () => {
  it("keeps LSEG out of the story's country", () => {
    const found = orgs([
      "OSAKA, May 2 (Reuters) - Kansai Robotics Corp said operating profit fell 12%, short of the average estimate of nine analysts polled by LSEG.",
    ]);
    expect(found.get("LSEG")?.country).toBeNull();
  });
});

describe("a body's name written lower-case with a capital inside", () => {
  it("takes the name after 'at' or before a speech verb as an organisation", () => {
    const found = orgs([
      "DURBAN — Thandi Mokoena, an organiser at earthLife, said the plant should close.",
      "earthLife said it would go to court next month.",
    ]);
    expect(found.has("earthLife")).toBe(true);
  });

  it("does not take a phone or a shop's product for a body", () => {
    const found = orgs(["LONDON — Sales of the iPhone rose 4% in the quarter, the research firm said."]);
    expect(found.has("iPhone")).toBe(false);
  });
});

describe("a body's count or report named after its possessive", () => {
  it("does not take the union's tracker for a second body", () => {
    const found = orgs([
      "DUBLIN — The Irish Farmers' Association (IFA) said on Monday that prices had fallen again.",
      "The IFA's Milk Price Watch showed a drop of 3 cent a litre in April.",
    ]);
    expect(found.has("Milk Price Watch")).toBe(false);
    expect([...found.keys()].some((n) => n.includes("Irish Farmers"))).toBe(true);
  });
});

describe("a town that ends a body's name", () => {
  it("still counts as a mention of the town's country, so unplaced bodies take it", () => {
    const found = orgs([
      "Strong winds cut power to thousands of homes in Galway on Monday, and crews worked in Galway city overnight.",
      "Regional Hospital Galway cancelled clinics. The Central Grid Office said it was working through the night.",
      "Schools in Galway stayed shut.",
    ]);
    expect(found.get("Central Grid Office")?.country).toBe("IE");
  });
});

describe("bodies' names of regional regulators, national departments and listed companies", () => {
  it("takes a name ending in 'Regulator' as a body", () => {
    const found = orgs(["CALGARY — The Prairie Water Regulator has ordered a farm to stop drawing from the river."]);
    expect(found.has("Prairie Water Regulator")).toBe(true);
  });

  it("takes two fields joined by 'and' before the country's name as one national body", () => {
    const found = orgs(["OTTAWA — Fisheries and Oceans Canada said on Friday it would close the cod season early."]);
    expect(found.get("Fisheries and Oceans Canada")?.country).toBe("CA");
  });

  it("knows a listed corporation written with its short ending, under the text's form", () => {
    const found = orgs(["CEBU — San Miguel Corp. said on Monday it would build a new brewery, a day after a storm hit the province."]);
    expect(found.get("San Miguel Corp.")?.country).toBe("PH");
  });
});

describe("what a body's appositive or relative clause says of it", () => {
  it("takes the nationality of an appositive with no title as the body's country", () => {
    const found = orgs(["SINGAPORE — A bulk carrier was held at the port on Friday. BKV, the Danish classification society, said it had sent an inspector."]);
    expect(found.get("BKV")?.country).toBe("DK");
  });

  it("takes a lone name that 'represents' members as a body", () => {
    const found = orgs(["TORONTO — Metalcraft, which represents 9,000 smelter workers, said the plant's closure would hurt the town."]);
    expect(found.has("Metalcraft")).toBe(true);
  });
});
