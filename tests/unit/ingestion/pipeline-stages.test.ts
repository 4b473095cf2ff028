/**
 * The pipeline's stages and sieves, each on text written for the case: a Doc run through the stages up to
 * the one tested, then read.
 */
import { Doc } from "../../../src/ingestion/document";
import { STAGES, runPipeline } from "../../../src/ingestion/pipeline";
import { findQuoteSpans } from "../../../src/ingestion/stages/quote-spans";
import { extract, speakerName } from "./raw-article";

function doc(paragraphs: string[], title = "Officials Meet as Talks Continue"): Doc {
  return runPipeline(title, paragraphs.join("\n\n"));
}

function until(name: string, paragraphs: string[]): Doc {
  const d = new Doc("A Title", paragraphs.join("\n\n"));
  for (const stage of STAGES) {
    stage.run(d);
    if (stage.name === name) break;
  }
  return d;
}

/** [quote opening, speaker name, sieve] for every quote. */
function attributions(paragraphs: string[]): Array<[string, string | null, string | null]> {
  const d = doc(paragraphs);
  const names = new Map(d.actors.map((a) => [a.key, a.name]));
  return d.quotes.map((q) => [q.text.split(" ").slice(0, 3).join(" "), q.speakerKey ? names.get(q.speakerKey) ?? q.speakerKey : null, q.sieve]);
}

describe("document", () => {
  it("finds paragraphs, tokens and sentences by offset", () => {
    const d = until("sentences", ["First one here. Second one.", "Next paragraph."]);
    expect(d.paragraphStarts).toEqual([0, 29]);
    expect(d.paragraphAt(30)).toBe(1);
    expect(d.paragraph(0)).toEqual({ start: 0, end: 27 });
    expect(d.sentences).toHaveLength(3);
    expect(d.tokensBetween(0, 15).map((t) => t.text)).toEqual(["First", "one", "here", "."]);
  });
});

describe("quote marks", () => {
  it("pairs „…“, «…», ‹…› and a right double quote used as an opener", () => {
    const texts = (body: string) => findQuoteSpans(body).map((s) => s.text);
    expect(texts("Sie sagte: „Wir bleiben hier.“ Dann ging sie.")).toEqual(["Wir bleiben hier."]);
    expect(texts("Il a dit « nous restons ici » hier.")).toEqual(["nous restons ici"]);
    expect(texts("He wrote ‹a short note› there.")).toEqual(["a short note"]);
    expect(texts("She said ”we will stay until the end” and left.")).toEqual(["we will stay until the end"]);
  });
});

describe("countries from the places gazetteer", () => {
  it("reads states, provinces and cities with their country, and capitals datelines", () => {
    const d = until("countries", ["Floods hit Kerala and the city of Kochi on Monday.", "ADDIS ABABA, ETHIOPIA | Rains also fell."]);
    const codes = new Set(d.countryMentions.map((m) => m.code));
    expect(codes).toEqual(new Set(["IN", "ET"]));
  });

  it("does not read a place out of a person's name", () => {
    const d = until("countries", ["Maria Lopes dos Santos, a farmer, said the river rose. Dos Santos said more rain was due."]);
    expect(d.countryMentions.map((m) => m.surface)).not.toContain("Santos");
  });
});

describe("speaker sieves", () => {
  it("trailing verb: the name after the verb, the person before the employer in the title", () => {
    expect(attributions(["“Prices will keep falling this year,” said Brightwave senior analyst Lena Okafor."])).toEqual([
      ["Prices will keep", "Lena Okafor", "trailing-verb"],
    ]);
  });

  it("quoted-as-saying: the person an agency quotes, not the agency", () => {
    const a = attributions(["Mayor Tomas Rivera visited the flooded district on Sunday.", "“We will rebuild every house,” the Coastal News Agency quoted him as saying."]);
    expect(a).toEqual([["We will rebuild", "Tomas Rivera", "quoted-as-saying"]]);
  });

  it("pronouns agree in gender with the person they name", () => {
    const a = attributions(["Minister Helen Carter met Governor David Osei in the capital on Friday.", "“The talks went well and we agreed on the budget,” she said."]);
    expect(a[0][1]).toBe("Helen Carter");
  });

  it("a role noun names the person who holds that title", () => {
    const a = attributions(["Justice Amina Waweru sentenced the former clerk to six years.", "“Public money is the people's money,” the judge said."]);
    expect(a[0][1]).toBe("Amina Waweru");
  });

  it("continuation: an unattributed quote paragraph goes on with the previous speaker", () => {
    const a = attributions(["“The bridge will open in May,” said Transport Minister Karim Haddad.", "“After that, the ferry service ends for good.”"]);
    expect(a.map((x) => x[1])).toEqual(["Karim Haddad", "Karim Haddad"]);
    expect(a[1][2]).toBe("continuation");
  });
});

describe("quoted fragments in reported speech", () => {
  it("are quotes when they are what was said, not when they are an idiom", () => {
    const a = extract(["Opposition leader Rosa Mendes said the delays were “a national disgrace” and called for an inquiry."]);
    expect(a.quotes.map((q) => [q.text, speakerName(a, q)])).toEqual([["a national disgrace", "Rosa Mendes"]]);
    const b = extract(["Chief Executive Paul Weir insisted the firm had kept its licence “to the letter.” He left early."]);
    expect(b.quotes).toEqual([]);
  });
});

describe("people from appositives", () => {
  it("an age or a 'who' clause after a name marks a person", () => {
    const a = extract(["Tarni Wembley, 63, a retired nurse in the town, said the water rose overnight."]);
    expect(a.actors.find((x) => x.name === "Tarni Wembley")?.kind).toBe("PERSON");
  });
});

describe("titles before names", () => {
  const person = (text: string, name: string) => extract([text]).actors.find((a) => a.name === name);

  it("reads lone role nouns, portfolios and initials as titles", () => {
    expect(person("Politician Maria Kovacs said the vote would be close.", "Maria Kovacs")?.title).toBe("Politician");
    expect(person("Parliamentarian Joseph Mwangi told reporters the bill was flawed.", "Joseph Mwangi")?.title).toBe("Parliamentarian");
    expect(person("Economy Minister Laura Fenwick announced the plan on Monday.", "Laura Fenwick")?.title).toBe("Economy Minister");
    const cm = person("Karnataka Chief Minister BS Yediyurappa visited the flooded districts.", "BS Yediyurappa");
    expect([cm?.title, cm?.country]).toEqual(["Chief Minister", "IN"]);
  });

  it("gives an officer the employer's country", () => {
    expect(person("Toyota's president Koji Sato said demand was strong.", "Koji Sato")?.country).toBe("JP");
  });

  it("takes no body out of words in capitals", () => {
    expect(extract(["The 52-YEAR-OLD man was arrested, police said."]).actors).toEqual([]);
  });
});

describe("topics", () => {
  it("a flood met by the army is a disaster, not a war; fighting stays a conflict", () => {
    const flood = extract(["Floods swept through the valley after days of rain, and the army deployed soldiers and boats to rescue stranded families.", "Troops carried survivors to relief camps as the flood waters rose and landslides cut roads."], "Army Rescues Families as Floods Hit Valley");
    expect(flood.topics).toContain("disaster-accident-and-emergency-incident");
    expect(flood.topics).not.toContain("conflict-war-and-peace");
    const war = extract(["Artillery shelling hit the front line overnight as troops repelled an offensive, and a ceasefire collapsed."], "Shelling Resumes on Front Line");
    expect(war.topics[0]).toBe("conflict-war-and-peace");
  });
});

describe("speakers named through an audience or a role", () => {
  const spoken = (paragraphs: string[]) => {
    const a = extract(paragraphs);
    return a.quotes.map((q) => speakerName(a, q));
  };

  it("an agency told the words is an audience, not the speaker", () => {
    expect(spoken(["Trade Minister Petra Vasko met exporters in the capital on Monday.", "“Orders are coming back faster than we planned,” Vasko told the Baltic Press Agency, adding that steel was the exception."])).toEqual(["Petra Vasko"]);
  });

  it("'the spokesman' is the spokesman named before, even when his given name is a city", () => {
    expect(spoken(["Government spokesman Milan Horvat spoke after the cabinet meeting.", "“There is no plan to close the broadcaster,” the spokesman said."])).toEqual(["Milan Horvat"]);
  });

  it("a statement of a body speaks for the body", () => {
    expect(spoken(["The Northern Grain Board said exports fell.", "“Demand from Asia has slowed sharply,” according to a board statement."])).toEqual(["Northern Grain Board"]);
  });

  it("an unnamed spokeswoman of a body, then 'she', speak for the body", () => {
    expect(spoken(["A Harbour Authority spokeswoman said the port would reopen on Friday.", "“Crews are clearing the last of the debris,” she said."])).toEqual(["Harbour Authority"]);
  });
});

describe("organisations", () => {
  it("keeps a long name with a plural head whole, as one African body", () => {
    const a = extract(["The Africa Centres for Disease Control and Prevention said cases were rising across the region."]);
    const body = a.actors.find((x) => x.name === "Africa Centres for Disease Control and Prevention");
    expect([body?.kind, body?.country]).toEqual(["ORGANIZATION", null]);
  });
});

describe("a person's country from the office held", () => {
  it("a governor of a US state is American", () => {
    const a = extract(["Gov. Ron Avery of Florida said the state was ready for the storm."], "Florida Braces for a Strong Storm");
    expect(a.actors.find((x) => x.name === "Ron Avery")?.country).toBe("US");
    expect(a.countries).toEqual(["US"]);
  });
});

describe("pronouns when the lexicon of given names errs", () => {
  it("falls back to the nearest person when only the given-name lexicon disagrees", () => {
    const a = extract(["Dr. Étienne Moreau-Lindt, who leads the cholera team, said demand had doubled.", "“We are rationing a vaccine that costs very little,” he told a briefing."]);
    expect(a.quotes.map((q) => speakerName(a, q))).toEqual(["Étienne Moreau-Lindt"]);
  });

  it("a name set off by commas before 'said' is a person", () => {
    const a = extract(["The agency said it acted. Its general manager, Engr. Chidi Okafor, said notices had been served."]);
    expect(a.actors.find((x) => x.name === "Chidi Okafor")?.kind).toBe("PERSON");
  });
});
