import { extractDocument } from "../../../src/ingestion";
import { FETCHED_AT, rawArticle } from "./raw-article";

/** Each quote with its speaker's name and the sieve that chose it. */
function quotes(paragraphs: string[]) {
  const { doc } = extractDocument(rawArticle(paragraphs), { fetchedAt: FETCHED_AT });
  const names = new Map(doc.actors.map((a) => [a.key, a.name]));
  return doc.quotes.map((q) => ({ text: q.text, speaker: q.speakerKey === null ? null : names.get(q.speakerKey) ?? null, sieve: q.sieve }));
}

function speakerOf(paragraphs: string[], startsWith: string): string | null {
  const found = quotes(paragraphs).find((q) => q.text.startsWith(startsWith));
  if (!found) throw new Error(`no quote starting "${startsWith}"`);
  return found.speaker;
}

describe("speakers named by their role and their employer", () => {
  it("reads a body opening the sentence before a title and a name as the person's employer, not the subject", () => {
    const speaker = speakerOf(
      [
        "Coffee exports rose for a third month, figures from the Coffee Marketing Authority (CMA) show.",
        "CMA chief executive Mr Daniel Otieno-Waweru said buyers were paying for quality.",
        "“Growers who dried their beans well are getting the best prices we have seen in years.”",
      ],
      "Growers who dried",
    );
    expect(speaker).toBe("Daniel Otieno-Waweru");
  });

  it("resolves a pronoun after a sentence whose subject is a role noun to the person named with that role", () => {
    const speaker = speakerOf(
      [
        "The Minister of Water, Dr Ibrahim Koné-Diallo, opened the new pumping station on Friday.",
        "Residents of the district queued for hours to see it.",
        "The minister, who worked as a hydrologist before entering politics, said a second station would follow.",
        "He added: “We will not stop until every village has a tap.”",
      ],
      "We will not stop",
    );
    expect(speaker).toBe("Ibrahim Koné-Diallo");
  });

  it("attributes a quote running over two paragraphs where it ends, over a guess from the paragraph before", () => {
    const found = quotes([
      "The port authority said the new berth had opened on Monday, and the harbour master Ruth Achterberg agreed the timing was right.",
      "Pilot Samuel Brandvold told reporters the channel was deep enough.",
      "“The first ship came in at dawn and we had no trouble at all.",
      "“Next month the larger vessels will follow, and we are ready for them,” said Ruth Achterberg.",
    ]);
    const first = found.find((q) => q.text.startsWith("The first ship"));
    expect(first?.speaker).toBe("Ruth Achterberg");
  });

  it("keeps a title's abbreviated stop inside the subject after a quote (Eng., Engr.)", () => {
    const speaker = speakerOf(
      [
        "The water board's managing director, Eng. Peter Mwangi-Kariuki, opened the dam on Friday.",
        "“The dam will end the rationing that the town has lived with for a decade,” Eng. Mwangi-Kariuki said.",
      ],
      "The dam will end",
    );
    expect(speaker).toBe("Peter Mwangi-Kariuki");
  });

  it("resolves the last words of a person's name after a quote even when one of them is also a city's name", () => {
    const speaker = speakerOf(
      [
        "Transport Minister Julián Ortega Lagos opened the new rail line on Tuesday.",
        "“We built it on time and under budget,” Ortega Lagos said.",
      ],
      "We built it",
    );
    expect(speaker).toBe("Julián Ortega Lagos");
  });

  it("reads a title, an honorific and a name run together as the person, so a later pronoun finds them", () => {
    const found = quotes([
      "Speaking at the agency's office in Kandy, Authority Chairman Dr. Nimal Wickrama Senaratne said the fares would fall in March.",
      "“We checked every cost the operators sent us and cut what did not hold up,” he said.",
    ]);
    expect(found[0].speaker).toBe("Nimal Wickrama Senaratne");
  });

  it("splits a person's name off the end of a body's name run together with it", () => {
    const found = quotes([
      "Junior minister with responsibility for the Office of Inland Waterways Ciarán Moloney-Hayes visited the harbour on Friday.",
      "“The boats cannot wait another winter for this dredging,” he said.",
    ]);
    expect(found[0].speaker).toBe("Ciarán Moloney-Hayes");
  });

  it("reads one capitalised word after a quote's speech verb and before a person's appositive as the speaker", () => {
    const { doc } = extractDocument(
      rawArticle([
        "Queues at the crossing into Romania stretched for 20 kilometres on Sunday, Romanian police said.",
        "“Three days I have slept in the cab. Who pays for the spoiled fruit?” asked Dmytro, a lorry driver from Odesa who gave only his first name.",
        "“We are waiting like everyone else,” said Monday, a local newspaper's reporter.",
      ]),
      { fetchedAt: FETCHED_AT },
    );
    const dmytro = doc.actors.find((a) => a.name === "Dmytro");
    expect(dmytro?.kind).toBe("PERSON");
    expect(dmytro?.country).toBe("UA");
    expect(doc.quotes[0].speakerKey).toBe(dmytro?.key);
    expect(doc.actors.some((a) => a.name === "Monday")).toBe(false);
  });
});
