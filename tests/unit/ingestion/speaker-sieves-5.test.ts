import { extractDocument } from "../../../src/ingestion";
import { FETCHED_AT, rawArticle } from "./raw-article";

/** Each quote with its speaker's name and the sieve that chose it; and the people found. */
function run(paragraphs: string[]) {
  const { doc } = extractDocument(rawArticle(paragraphs), { fetchedAt: FETCHED_AT });
  const names = new Map(doc.actors.map((a) => [a.key, a.name]));
  return {
    people: doc.actors.filter((a) => a.kind === "PERSON").map((a) => a.name),
    organisations: doc.actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name),
    quotes: doc.quotes.map((q) => ({ text: q.text, speaker: q.speakerKey === null ? null : names.get(q.speakerKey) ?? null })),
  };
}

describe("a person introduced by name and age", () => {
  it("keeps a short unlisted given name before a surname that is also a town", () => {
    const found = run([
      "Clinics in the river towns reported more fever cases on Monday.",
      "Lu Santos, 37, a fish seller from the lower market, said her daughter had been kept in hospital for a week. “We borrowed money for the tests,” she said.",
    ]);
    expect(found.people).toContain("Lu Santos");
    expect(found.quotes[0].speaker).toBe("Lu Santos");
  });

  it("still reads a town and a distance as a place", () => {
    const found = run(["Water prices rose in the port of Santos, 12 km from the plant, after the pipe burst on Friday."]);
    expect(found.people).not.toContain("Santos");
  });
});

describe("a spokesman for a named body", () => {
  it("finds the holder after 'Spokesman for the … Ministry'", () => {
    const found = run([
      "The two neighbours recalled their ambassadors on Tuesday after the border incident.",
      "“We regret the decision and will answer it in kind,” said Spokesman for the Interior Ministry Tomas Velikov.",
    ]);
    expect(found.people).toContain("Tomas Velikov");
    expect(found.quotes[0].speaker).toBe("Tomas Velikov");
  });

  it("needs a body's head before the name", () => {
    const found = run(["“Talks will go on,” said Spokesman for Peace Tomas Velikov."]);
    expect(found.organisations).not.toContain("Peace");
  });
});

describe("a short quote closed by a closing-only verb", () => {
  it("keeps three words the verb attributes, inverted or not", () => {
    const found = run([
      "Stallholders at the old market learned of the closure from a notice on the gate.",
      "“Nobody asked us,” lamented stallholder Ravi Pillai, who has sold spices there for years.",
      "“Not this again,” Pillai fumed.",
    ]);
    expect(found.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Nobody asked us", "Ravi Pillai"],
      ["Not this again", "Ravi Pillai"],
    ]);
  });
});

describe("an unnamed role holder", () => {
  it("does not hand the role's quote to a person named two sentences back", () => {
    const found = run([
      "Floodwater closed the two bridges into the valley town on Sunday.",
      "“Everyone should stay on high ground,” district chief Hanna Lindqvist warned on Monday.",
      "The mayor, who took office in the spring, said the town would ask the army for help. “We cannot do this alone,” the mayor said.",
    ]);
    expect(found.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Everyone should stay on high ground", "Hanna Lindqvist"],
      ["We cannot do this alone", null],
    ]);
  });

  it("still gives the role to the person the sentence before named", () => {
    const found = run([
      "Floodwater closed the two bridges into the valley town on Sunday.",
      "Mayor Hanna Lindqvist said the town would ask the army for help. “We cannot do this alone,” the mayor said.",
    ]);
    expect(found.quotes[0].speaker).toBe("Hanna Lindqvist");
  });
});

describe("a minister's portfolio of capitalised words", () => {
  it("keeps the whole office as the title, so 'the minister' finds its holder", () => {
    const found = run([
      "Growers in the delta have rejected the price set for subsidised seed under the national programme.",
      "The Minister of Fisheries and Coastal Livelihoods, Mr Tunde Adeyemi, opened the first depot on Friday, describing the scheme as overdue.",
      "“No fisher will be left behind. The boats will be ready before the rains,” the minister said.",
    ]);
    expect(found.quotes[0].speaker).toBe("Tunde Adeyemi");
  });
});

describe("a body's short form", () => {
  it("is the body, not a person, and 'the company' after it is that body", () => {
    const found = run([
      "The regulator on Monday fined dairy processor Lakeshore Creamery Holdings and ordered it to close one of its plants.",
      "Lakeshore Creamery said it would appeal. “We reject the finding that we hid any fault,” the company said in a statement.",
    ]);
    expect(found.people).not.toContain("Lakeshore Creamery");
    expect(found.quotes[0].speaker).toBe("Lakeshore Creamery Holdings");
  });

  it("leaves a person whose name opens a body's name named after them", () => {
    const found = run(["Maria Lindgren founded the Maria Lindgren Foundation in 2010.", "Later that year Maria Lindgren said she would give away her shares."]);
    expect(found.people).toContain("Maria Lindgren");
  });
});

describe("a body named after a person", () => {
  it("keeps the person when the body is named first", () => {
    const found = run(["The Maria Lindgren Foundation gave the grant in 2010.", "Later that year Maria Lindgren said she would give away her shares."]);
    expect(found.people).toContain("Maria Lindgren");
  });
});

describe("an untitled local voice", () => {
  it("takes the country the story is set in", () => {
    const { doc } = extractDocument(
      rawArticle([
        "PHNOM PENH — Rice farmers in Cambodia say prices have fallen sharply this season as mills cut their purchases.",
        "“Now the traders wait for us to panic,” said Chan Dara, a grower from the south.",
      ]),
      { fetchedAt: FETCHED_AT },
    );
    expect(doc.actors.find((a) => a.name === "Chan Dara")?.country).toBe("KH");
  });
});

describe("'the ministry's director' after a body of another kind", () => {
  it("does not take the last-named bank's lack of a country", () => {
    const { doc } = extractDocument(
      rawArticle([
        "ABUJA — Nigeria's farm ministry began handing out subsidised seed to growers in the north on Friday.",
        "The programme is backed by a grant from the World Bank, according to the ministry's Director of Press, Mrs Ngozi Adebayo.",
      ]),
      { fetchedAt: FETCHED_AT },
    );
    expect(doc.actors.find((a) => a.name === "Ngozi Adebayo")?.country).toBe("NG");
  });
});
