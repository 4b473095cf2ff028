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
