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
