import type { ExtractedActor } from "../../../src/ingestion";
import { extract } from "./raw-article";

function actor(actors: ExtractedActor[], name: string): ExtractedActor {
  const found = actors.find((a) => a.name === name);
  if (!found) throw new Error(`no actor ${name} in ${actors.map((a) => a.name).join(", ")}`);
  return found;
}

describe("actors", () => {
  it("takes the title before a name and the country of the organisation in it", () => {
    const { actors } = extract(["Pentagon spokesman Patrick Ryder questioned the move.", "“It is a bad idea for everyone involved,” Ryder said."]);
    const ryder = actor(actors, "Patrick Ryder");
    expect(ryder).toMatchObject({ kind: "PERSON", title: "Pentagon spokesman", country: "US", aliases: ["Ryder"], mentions: 2 });
    expect(actor(actors, "Pentagon")).toMatchObject({ kind: "ORGANIZATION", country: "US" });
  });

  it("separates a demonym from the title", () => {
    const { actors } = extract(["Russian President Vladimir Putin said he would not rule it out."]);
    expect(actor(actors, "Vladimir Putin")).toMatchObject({ kind: "PERSON", title: "President", country: "RU" });
  });

  it("names government bodies after their country", () => {
    const { actors } = extract(["China's foreign ministry and the South Korean foreign ministry both issued statements on Friday."]);
    expect(actor(actors, "Chinese foreign ministry")).toMatchObject({ kind: "ORGANIZATION", country: "CN" });
    expect(actor(actors, "South Korean foreign ministry")).toMatchObject({ kind: "ORGANIZATION", country: "KR" });
  });

  it("recognises organisations by their last word and by the known list", () => {
    const { actors } = extract(["The Central Election Commission said NATO and the United Nations had sent observers, as had the Kremlin."]);
    expect(actor(actors, "Central Election Commission").kind).toBe("ORGANIZATION");
    expect(actor(actors, "NATO")).toMatchObject({ kind: "ORGANIZATION", country: null });
    expect(actor(actors, "United Nations")).toMatchObject({ kind: "ORGANIZATION", country: null });
    expect(actor(actors, "Kremlin")).toMatchObject({ kind: "ORGANIZATION", country: "RU" });
  });

  it("handles names with diacritics, and keys them without diacritics", () => {
    const { actors } = extract([
      "Spanish trade minister José Álvarez met German economist Zoë Müller and Polish General Łukasz Nowak in Madrid.",
      "Álvarez said the talks went well, and Müller agreed.",
    ]);
    expect(actor(actors, "José Álvarez")).toMatchObject({ country: "ES", aliases: ["Álvarez"], key: "jose alvarez|PERSON" });
    expect(actor(actors, "Zoë Müller")).toMatchObject({ country: "DE", title: "economist" });
    expect(actor(actors, "Łukasz Nowak")).toMatchObject({ country: "PL", title: "General" });
  });

  it("takes a title from an appositive", () => {
    const { actors } = extract(["“We got what matters,” said Rui Almeida, the party's parliamentary leader."]);
    expect(actor(actors, "Rui Almeida").title).toBe("party's parliamentary leader");
  });

  it("gives people the country the article is about when the text names no other", () => {
    const { actors } = extract(
      ["Portugal's parliament approved the budget in Lisbon on Friday.", "Finance Minister Ana Costa welcomed the vote in Portugal."],
      "Portugal Approves Budget",
    );
    expect(actor(actors, "Ana Costa")).toMatchObject({ title: "Finance Minister", country: "PT" });
  });

  it("gives people of international bodies no country", () => {
    const { actors } = extract(["The European Union’s foreign policy chief, Karin Holmqvist, said the bill was a mistake, in Tbilisi, Georgia."]);
    expect(actor(actors, "Karin Holmqvist")).toMatchObject({ title: "European Union’s foreign policy chief", country: null });
  });

  it("does not take places, months or sentence openers for people", () => {
    const { actors } = extract(["In March, Speaking Events in Grande Prairie and Lucknow and Jaipur were cancelled, Officials said."]);
    expect(actors.filter((a) => a.kind === "PERSON")).toEqual([]);
  });
});

describe("actor aliases", () => {
  it("takes an abbreviation in brackets as an alias", () => {
    const { actors } = extract(["According to the National Institute for Space Research (INPE), clearing fell. INPE said the data were final."]);
    const institute = actor(actors, "National Institute for Space Research");
    expect(institute.aliases).toContain("INPE");
    expect(actors.filter((a) => a.name === "INPE")).toEqual([]);
  });

  it("matches any single part of a long name used alone", () => {
    const { actors } = extract(["Brazilian President Luiz Inácio Lula da Silva pledged money on Monday.", "Lula told the summit it was a turning point."]);
    expect(actor(actors, "Luiz Inácio Lula da Silva")).toMatchObject({ country: "BR", aliases: ["Lula"], mentions: 2 });
  });

  it("keeps an organisation named before a title apart from the person", () => {
    const { actors } = extract(["Bushveld Platinum chief executive Annelie van der Merwe said the company was losing money."]);
    expect(actor(actors, "Annelie van der Merwe")).toMatchObject({ kind: "PERSON", title: "Bushveld Platinum chief executive" });
    expect(actor(actors, "Bushveld Platinum").kind).toBe("ORGANIZATION");
  });
});
