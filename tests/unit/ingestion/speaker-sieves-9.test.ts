import { quoteStarting } from "./raw-article";

describe("a role noun opening the clause a colon ends", () => {
  it("gives the quote to the person the text named with that role", () => {
    const found = quoteStarting(
      [
        "Gov. Marta Ellison said on Monday the state would sue over the lost grant.",
        "Ellison said lawyers were drafting the complaint. The governor put it bluntly: “If this is how the program works, then the program is broken.”",
      ],
      "If this is how",
    );
    expect(found.speaker).toBe("Marta Ellison");
  });
});

describe("a holder word after a body's modifier", () => {
  it("reads 'the police official' as the person titled in that body, not the body", () => {
    const found = quoteStarting(
      [
        "Col. Arnel Bautista, head of the Metro Police Fraud Unit, said the suspects had rented the office for a year.",
        "Bautista said the ring targeted retirees. Asked whether anyone had tipped off the suspects, the police official said: “We are looking at everyone who knew about the raid.”",
      ],
      "We are looking",
    );
    expect(found.speaker).toBe("Arnel Bautista");
  });
});

describe("'he said' after a sentence whose subject is 'he' behind a leading clause", () => {
  it("follows the pronoun back to the titled person before it, not a name inside the clause", () => {
    const found = quoteStarting(
      [
        "Daesan chief executive Park Min-jae signed for the buyers and finance director Omar Haddad for the sellers.",
        "Ghana's Energy Minister, Kwaku Mensah, praised the deal at the signing. Speaking after Park and Haddad shook hands, he said the country wanted more such partners. “Our door stays open to every investor,” he said.",
      ],
      "Our door stays open",
    );
    expect(found.speaker).toBe("Kwaku Mensah");
  });
});

describe("a person 'of' a body read as a name", () => {
  it("keeps the person before 'of' as the subject", () => {
    const found = quoteStarting(
      [
        "Shares of the miner rose 5% on Tuesday.",
        "Analysts were more cautious. Tomas Lindqvist of Brightwater Sekuritas said such plants took years to reach output: “The partners look strong. The question is the timetable.”",
      ],
      "The partners look strong",
    );
    expect(found.speaker).toBe("Tomas Lindqvist");
  });
});

describe("a title set off by a comma before the subject's name", () => {
  it("makes the titled person the sentence's subject for a later 'he'", () => {
    const found = quoteStarting(["Ghana's Energy Minister, Kwaku Mensah, thanked Daniel Okafor for the investment. “Our door stays open to every investor,” he said."], "Our door stays open");
    expect(found.speaker).toBe("Kwaku Mensah");
  });
});

describe("a name before 'of <employer> said'", () => {
  it("reads a name of unlisted given names as the person who spoke, not the employer", () => {
    const found = quoteStarting(["Budi Santoso of Brightwater Capital said such plants took years to build: “The partners are strong, but the timetable is not.”"], "The partners are strong");
    expect(found.speaker).toBe("Budi Santoso");
    expect(found.kind).toBe("PERSON");
  });
});

describe("'the police official' with no title naming the police", () => {
  it("reads it as the person the sentence before was about, not the body 'police' names", () => {
    const found = quoteStarting(
      [
        "The National Police raided the compound on Monday, the agency said.",
        "Brig. Gen. Arnel Bautista said the ring targeted retirees. Asked whether anyone had tipped off the suspects, the police official said: “We are looking at everyone who knew about the raid.”",
      ],
      "We are looking",
    );
    expect(found.speaker).toBe("Arnel Bautista");
  });
});
