import { quotesOf as quotesFound } from "./raw-article";

/** The quotes of a page made of these paragraphs, as text and speaker. */
function quotesOf(paragraphs: string[]) {
  return quotesFound(paragraphs).map(({ text, speaker }) => ({ text, speaker }));
}

/** The speakers of the quotes of a page made of these paragraphs. */
function speakersOf(paragraphs: string[]) {
  return quotesOf(paragraphs).map((q) => q.speaker);
}

describe("Filipino and Spanish surname particles", () => {
  it("keeps 'dela', 'delos' and 'de los' inside the speaker's name", () => {
    expect(
      speakersOf([
        "Relatives of the fishermen met the provincial board in Iloilo on Monday.",
        "“We waited three days for the coast guard,” Marites dela Cruz told reporters.",
        "“Nobody came to the pier to tell us anything,” Ramon delos Reyes said.",
        "“The boats were old and the radios did not work,” said Jaime de los Rios, a boat owner.",
      ]),
    ).toEqual(["Marites dela Cruz", "Ramon delos Reyes", "Jaime de los Rios"]);
  });

  it("gives a quote attributed to the particle and surname alone to the person named before", () => {
    expect(
      speakersOf([
        "The hearing also heard from Marisol dela Pena, whose brother was shot in Caloocan in 2017.",
        "“I still see his face every night,” dela Pena told the committee on Tuesday.",
      ]),
    ).toEqual(["Marisol dela Pena"]);
  });
});

describe("a surname after a Filipino particle that is also a place", () => {
  it("is a person's name, and 'delos Santos told' gives the quote to that person", () => {
    expect(
      speakersOf([
        "The hearing frightened Ronel delos Santos, who was invited by the Senate to speak about his cousin.",
        "“I felt the fear of those years come back,” delos Santos told the committee on Tuesday.",
      ]),
    ).toEqual(["Ronel delos Santos"]);
  });
});

describe("a role in a body named only by an indefinite noun", () => {
  it("is an unnamed speaker, not the body the dateline named", () => {
    expect(
      speakersOf([
        "Nakuru, Kenya – (Lakeside Daily News) – Opposition leader Amos Kirui led a march through Nakuru on Friday.",
        "“The call for calm shows his respect for the law,” said a spokesperson for a local civil rights group.",
        "“The march was peaceful from start to finish,” an official of a farmers' union told reporters.",
      ]),
    ).toEqual([null, null]);
  });

  it("still gives a named body's spokesperson the body", () => {
    expect(
      speakersOf([
        "The Lakeside Water Authority cut supply to three estates on Friday.",
        "“Supply will return by Monday,” said a spokesperson for the Lakeside Water Authority.",
      ]),
    ).toEqual(["Lakeside Water Authority"]);
  });
});

describe("a long relative clause between the speaker and a trailing verb", () => {
  it("reaches the verb past the name, the age and the clause", () => {
    expect(
      speakersOf([
        "The provincial board heard from the former mayor and two farmers on Monday.",
        "“We will not stop until the budget passes,” Carlos Mendoza, 71, who is seeking a new term as mayor of his northern hometown of Tagum next year, said of the bill.",
      ]),
    ).toEqual(["Carlos Mendoza"]);
  });
});

describe("words sent in a text message", () => {
  it("are quoted like speech after 'messaged' and 'texted'", () => {
    expect(
      quotesOf([
        "Superintendent Mary Hogan was giving evidence at the trial in Tralee on Tuesday.",
        'The next day, the superintendent messaged Sergeant Paul Dunne, "Any news on that file?"',
        'Dunne texted, "Nothing yet, I will chase it up."',
      ]),
    ).toEqual([
      { text: "Any news on that file?", speaker: "Mary Hogan" },
      { text: "Nothing yet, I will chase it up.", speaker: "Paul Dunne" },
    ]);
  });
});
