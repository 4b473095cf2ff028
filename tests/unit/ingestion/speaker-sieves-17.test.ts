import { quoteStarting } from "./raw-article";

describe("the judges sitting as a bench", () => {
  it("gives 'the Bench observed' to the court the text named, not to a body called Bench", () => {
    const found = quoteStarting(
      [
        "The Madras High Court on Friday set aside the award of a Rs 820-crore contract for city buses to a single bidder.",
        "A Division Bench of Justice R. Venkataraman and Justice Meera Pillai said the tender had been written for one firm.",
        "\"A tender that only one company can win is not a tender at all,\" the Bench observed in its order.",
      ],
      "A tender that only one company",
    );
    expect(found.speaker).toBe("Madras High Court");
  });
});

describe("counsel without an article", () => {
  it("gives 'counsel said' to the barrister named with SC after the name", () => {
    const found = quoteStarting(
      [
        "The family of a farmer who died after waiting three days for a bed has settled its case against the hospital, the High Court heard.",
        "Niamh Gallagher SC, for the family, told the court that the farmer had been left in a corridor beside the lifts.",
        "“He was a man who never missed a day of work in his life,” counsel said.",
      ],
      "He was a man who never missed",
    );
    expect(found.speaker).toBe("Niamh Gallagher");
  });
});

describe("a Ghanaian police rank before a name", () => {
  it("reads 'DCOP' as a title, so the officer it names is the one a later 'she' means", () => {
    const found = quoteStarting(
      [
        "Police in Tamale arrested nine men on Sunday over a clash between two farming communities, the Northern Regional Police Commander, DCOP Akosua Mensimah, told reporters.",
        "\"We will not allow anyone to take the law into their own hands,\" she said.",
      ],
      "We will not allow anyone",
    );
    expect(found.speaker).toBe("Akosua Mensimah");
  });
});

describe("a listed body written in another of its forms", () => {
  it("finds 'the Energy Department' where the text writes it, so its statement is its own", () => {
    const found = quoteStarting(
      [
        "The state's power distribution company has been told to replace 40,000 faulty meters within six months.",
        "In a statement, the Energy Department said: \"The department will replace every faulty meter at no cost to consumers.\"",
      ],
      "The department will replace",
    );
    expect(found.speaker).toBe("Energy Department");
  });
});

describe("'the company' after a state unit was named", () => {
  it("means the business named before, not the investigating unit named since", () => {
    const found = quoteStarting(
      [
        "Investigators say Korvane Engineering Ltd was paid R200-million for water meters that were never installed.",
        "The Financial Intelligence Unit told the tribunal it had traced part of the money to three shell companies.",
        "In a statement, the company said: \"Korvane installed every meter it was paid for and will prove it in court.\"",
      ],
      "Korvane installed every meter",
    );
    expect(found.speaker).toBe("Korvane Engineering Ltd");
  });
});
