import { extract } from "./raw-article";

function orgs(paragraphs: string[]): Map<string, { country: string | null; aliases: string[] }> {
  return new Map(extract(paragraphs).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => [a.name, { country: a.country, aliases: a.aliases }]));
}

describe("a business described before its name in apposition", () => {
  it("reads the body and its nationality from 'a Korean shipping line, Hanbit Marine,'", () => {
    const found = orgs([
      "BRISBANE — Cattle exporters said on Monday they feared that a Korean shipping line, Hanbit Marine, would drop the Gladstone route next year.",
    ]);
    expect(found.get("Hanbit Marine")?.country).toBe("KR");
  });

  it("gives a name already read as a body the appositive's nationality", () => {
    const found = orgs([
      "SINGAPORE — The cargo of coal was bound for an Indian steelmaker, Raghav Steel Works Ltd, which said it had found another ship.",
    ]);
    expect(found.get("Raghav Steel Works Ltd")?.country).toBe("IN");
  });
});

describe("a country named by its role noun", () => {
  it("gives 'the kingdom's' body the country named just before", () => {
    const found = orgs([
      "DUBAI — The winning bid came from Qasr Renewables, a firm based in Riyadh and backed by the kingdom's National Development Fund.",
    ]);
    expect(found.get("National Development Fund")?.country).toBe("SA");
  });
});
