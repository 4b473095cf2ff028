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

describe("a base in a '<Town>-based' compound", () => {
  it("reads a town below the city threshold before '-based' as the body's base, not the story's setting", () => {
    const found = orgs([
      "PORTLAND, Oregon — The city council voted on Tuesday to buy new water meters, the mayor's office said.",
      "The contract went to Toowoomba-based Darling Downs Metering Pty Ltd, which beat two local bidders.",
    ]);
    expect(found.get("darling downs metering pty ltd")?.country).toBe("AU");
  });

  it("reads a name shared by a small country's parish and a large city as the city", () => {
    const found = orgs([
      "NAIROBI — Kenya's coastal hotels reported full bookings for December, the tourism board said on Friday.",
      "Hanover-based travel group Lindenhof Reisen said flights to Mombasa were sold out until January.",
    ]);
    expect(found.get("lindenhof reisen")?.country).toBe("DE");
  });
});
