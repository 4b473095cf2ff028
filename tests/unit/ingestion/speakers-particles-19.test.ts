import { extract, speakerName } from "./raw-article";

/** The speakers of the quotes of a page made of these paragraphs. */
function speakersOf(paragraphs: string[]) {
  const article = extract(paragraphs);
  return article.quotes.map((q) => speakerName(article, q));
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
