import { extract } from "./raw-article";

function orgs(paragraphs: string[]): Map<string, { country: string | null; aliases: string[] }> {
  return new Map(extract(paragraphs).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => [a.name.toLowerCase(), { country: a.country, aliases: a.aliases }]));
}

describe("a nationality before a manager of money", () => {
  it("gives the nationality to a fund or asset manager named after it, not the story's setting", () => {
    const found = orgs([
      "CAIRO — Egypt's new toll road drew three bids, the transport ministry said on Monday.",
      "Canadian pension fund manager Boreal Crossing Partners joined a bid led by Swiss asset manager Alpbach Capital, the ministry said.",
    ]);
    expect(found.get("boreal crossing partners")?.country).toBe("CA");
    expect(found.get("alpbach capital")?.country).toBe("CH");
  });
});

describe("a name before a club or shipyard noun", () => {
  it("reads the club a runner runs for and the yard that builds ships as bodies", () => {
    const found = orgs([
      "NAIROBI — The 24-year-old, who runs for the Rift Valley Power club, won the 10km race on Sunday, organisers said.",
      "The two ferries were ordered from the Kestrel Marine yard in 2019 and are four years late, the operator said.",
    ]);
    expect(found.has("rift valley power")).toBe(true);
    expect(found.has("kestrel marine")).toBe(true);
  });

  it("does not read a one-word place before 'yard' as a body", () => {
    const found = orgs([
      "SEOUL — A tanker under construction at the Namhae yard caught fire on Tuesday, Daesan Heavy Industries said.",
    ]);
    expect(found.has("namhae")).toBe(false);
    expect(found.has("daesan heavy industries")).toBe(true);
  });
});

describe("a body's name before a title opening with a modifier", () => {
  it("splits the body from 'Managing Director' or 'Deputy Chairman' and the holder's name", () => {
    const found = orgs([
      "NAIROBI — Lakeside Grain Corporation Managing Director Grace Wanjiku said the silos were full on Monday.",
      "Coastal Ferries Authority Deputy Chairman Peter Odhiambo said crossings would resume.",
    ]);
    expect(found.has("lakeside grain corporation")).toBe(true);
    expect(found.has("coastal ferries authority")).toBe(true);
  });
});

describe("the employer named before a job title and a courtesy title", () => {
  it("reads the body before a scientist's job noun and 'Dr'", () => {
    const article = extract([
      "AUCKLAND — A strong earthquake shook the capital on Tuesday, emergency officials said.",
      "Tasman Geoscience duty seismologist Dr Helen Marsh said the shaking was the strongest in years.",
    ]);
    const orgNames = article.actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name);
    expect(orgNames).toContain("Tasman Geoscience");
    expect(article.actors.find((a) => a.name === "Helen Marsh")?.title).toBe("Tasman Geoscience duty seismologist");
  });

  it("keeps title words inside a body's name ending in its head", () => {
    const found = orgs([
      "JAKARTA — Lawmakers passed the budget on Tuesday, officials said.",
      "Harbour Capital City Authority head Ana Lim said the plan was on track.",
    ]);
    expect(found.has("harbour capital city authority")).toBe(true);
    expect(found.has("harbour capital")).toBe(false);
  });
});

describe("a business named again without its company form", () => {
  it("merges 'X' into 'X Sdn Bhd' and 'Y' into 'Y GmbH'", () => {
    const found = orgs([
      "KUALA LUMPUR — Fares for the new line were set on Monday, officials said.",
      "The line opens in December, operator Straits Link Operations Sdn Bhd said, and Kessler Bahntechnik GmbH will supply the signals.",
      "Straits Link Operations chief executive Ahmad Yusof said Kessler Bahntechnik chief executive Jana Vogt would visit.",
    ]);
    expect(found.has("straits link operations sdn bhd")).toBe(true);
    expect(found.has("straits link operations")).toBe(false);
    expect(found.has("kessler bahntechnik gmbh")).toBe(true);
    expect(found.has("kessler bahntechnik")).toBe(false);
  });
});

describe("an ampersand inside an employer's name", () => {
  it("keeps 'analyst at X & Y' whole in the person's title", () => {
    const article = extract(["Priya Nair, analyst at Holloway & Finch, said margins would narrow next year."]);
    expect(article.actors.find((a) => a.name === "Priya Nair")?.title).toBe("analyst at Holloway & Finch");
  });
});

describe("a company's full form 'Co., Ltd.'", () => {
  it("keeps 'X Co., Ltd.' one name, and merges its short form into it", () => {
    const found = orgs([
      "VIENTIANE — The new transmission line will be built by Qingshan Grid Engineering Co., Ltd. over 28 months, the ministry said.",
      "Qingshan Grid chairman Zhou Peng said the line would carry power to Thailand.",
    ]);
    expect(found.has("qingshan grid engineering co., ltd.")).toBe(true);
    expect(found.has("qingshan grid engineering co.")).toBe(false);
    expect(found.has("qingshan grid")).toBe(false);
  });
});

describe("a one-word CamelCase brand as a subject or an owner", () => {
  it("reads the brand before a verb or with a possessive as a body", () => {
    const found = orgs([
      "WELLINGTON — A strong earthquake shook the capital on Tuesday, emergency officials said.",
      "HarbourRail halted all commuter trains for three hours while engineers checked bridges.",
      "Exports rose 8 per cent in the year, FarmStatsNZ estimated, and ReformNZ's leader called for a review.",
    ]);
    expect(found.has("harbourrail")).toBe(true);
    expect(found.has("farmstatsnz")).toBe(true);
    expect(found.has("reformnz")).toBe(true);
  });

  it("does not read a platform named after a preposition as a body", () => {
    const found = orgs([
      "WELLINGTON — A strong earthquake shook the capital on Tuesday, emergency officials said.",
      "Residents shared videos of the damage on ChatLine and in local groups.",
    ]);
    expect(found.has("chatline")).toBe(false);
  });
});

describe("a body's committee between its name and an officer's role", () => {
  it("reads the body before a field word, 'committee' and 'chair'", () => {
    const article = extract([
      "AUCKLAND — Heavy frost hit orchards across the region on Tuesday, growers said.",
      "Otago Orchardists grains committee chair Angela White said many growers had sold early.",
    ]);
    expect(article.actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name)).toContain("Otago Orchardists");
    expect(article.actors.find((a) => a.name === "Angela White")?.title).toBe("Otago Orchardists grains committee chair");
  });
});
