import { extract } from "./raw-article";

function orgs(paragraphs: string[]): Map<string, { country: string | null; aliases: string[] }> {
  return new Map(extract(paragraphs).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => [a.name.toLowerCase(), { country: a.country, aliases: a.aliases }]));
}

describe("a country's possessive before a list of bodies", () => {
  it("carries the country along the comma list until another country starts", () => {
    const found = orgs([
      "DOHA — Qatar's new port terminal will be built by a group of firms, the transport ministry said on Sunday.",
      "The group is made up of Greece's Aegeon Construction, Palaskas Holding and Japan's Harukaze Industries, which will supply 12 gantries.",
    ]);
    expect(found.get("aegeon construction")?.country).toBe("GR");
    expect(found.get("palaskas holding")?.country).toBe("GR");
    expect(found.get("harukaze industries")?.country).toBe("JP");
  });
});
