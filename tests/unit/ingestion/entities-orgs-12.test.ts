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

describe("a province opening a body's name", () => {
  it("gives the body the province's country when the text names that country too", () => {
    const found = orgs([
      "VIENTIANE — Laos opened a Chinese-funded rice research center on Monday, officials said.",
      "The center was built by Sichuan Agricultural University, said Wang Lei, its director.",
    ]);
    expect(found.get("sichuan agricultural university")?.country).toBe("CN");
  });

  it("leaves a region's word alone when the text never names its country", () => {
    const found = orgs([
      "MUMBAI — A Gulf consortium will buy a stake in the football club, the club said on Friday.",
      "The consortium, Falcon Ridge Sports Holdings, will pay Rs 300 crore for the stake.",
    ]);
    expect(found.get("falcon ridge sports holdings")?.country).not.toBe("VE");
  });
});
