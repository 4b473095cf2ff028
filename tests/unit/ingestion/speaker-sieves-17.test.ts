import { quoteStarting, quotesOf } from "./raw-article";

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

describe("a title after the comma of an appositive", () => {
  it("keeps the person opening the phrase, not the body the capitalised title names", () => {
    const found = quoteStarting(
      [
        "River levels in the plains began to fall on Thursday, officials said.",
        "“We sent readings to the downstream states every hour,” Arjun Thapa Magar, Director General of Nepal's Department of Water Resources, told reporters by phone.",
      ],
      "We sent readings",
    );
    expect(found.speaker).toBe("Arjun Thapa Magar");
  });
});

describe("a name or theme written in title case inside quotation marks", () => {
  it("is not a quote when nothing attributes it", () => {
    const quotes = quotesOf([
      "Ministers from 20 countries met in Nairobi on Monday to plan the region's response to the drought.",
      "The meeting, held under the theme “Securing Water for Growing Cities in East Africa,” was opened by the host's deputy president.",
    ]);
    expect(quotes.map((q) => q.text)).toEqual([]);
  });

  it("is still a quote when a speech verb follows it", () => {
    const found = quoteStarting(
      ["Union leader Grace Wanjiru Kamau led the march to parliament on Tuesday.", "“Never Again Will We Wait,” Kamau said as the marchers reached the gates."],
      "Never Again Will We Wait",
    );
    expect(found.speaker).toBe("Grace Wanjiru Kamau");
  });
});

describe("profile-subject sieve", () => {
  it("gives a lone first-person quote to the person the narrative paragraph before was about", () => {
    const found = quoteStarting(
      [
        "“The river remembers every flood,” says Teresa Quispe Mamani, standing on the bank below her village.",
        "Quispe, 47, a hydrologist at the regional water authority, grew up beside the river. Her father told her stories about the great flood of 1970. She never took them seriously until she began to study the records.",
        "“I thought he was making it up. He wasn't.”",
      ],
      "I thought he was making it up",
    );
    expect(found).toMatchObject({ speaker: "Teresa Quispe Mamani", sieve: "profile-subject" });
  });

  it("leaves the quote alone when the narrative names someone else too", () => {
    const found = quoteStarting(
      [
        "“The river remembers every flood,” says Teresa Quispe Mamani, standing on the bank below her village.",
        "Quispe, 47, a hydrologist, works with engineer Daniel Rojas Huanca, who built the gauges on the river. She never took the old stories seriously until she began to study the records.",
        "“I thought he was making it up. He wasn't.”",
      ],
      "I thought he was making it up",
    );
    expect(found.sieve).not.toBe("profile-subject");
  });
});

describe("the office that speaks for a leader", () => {
  it("is a body of its own, and the speaker of the statement it issued", () => {
    const found = quoteStarting(
      [
        "Ministers from both countries met in Amman on Sunday to discuss water sharing on the Jordan river.",
        "The Jordanian prime minister's media office said in a statement: “The two sides agreed to meet again within a month.”",
      ],
      "The two sides agreed",
    );
    expect(found).toMatchObject({ speaker: "Jordanian prime minister's media office", kind: "ORGANIZATION" });
  });
});

describe("a body's statement that names the body", () => {
  it("gives 'the company said' to the company the quote opens with, not the one named last", () => {
    const found = quoteStarting(
      [
        "The new levy will also hit Corvalto, the Chilean energy group that bought a 40 percent stake in the Lima distributor Andina Eléctrica last year for $300 million.",
        "“Corvalto remains committed to Peru and to its plans for the distributor,” the company said in a statement issued in Santiago.",
      ],
      "Corvalto remains committed",
    );
    expect(found.speaker).toBe("Corvalto");
  });
});

describe("a business named short by the first word of its name", () => {
  it("is the company a later 'the company said' means", () => {
    const found = quoteStarting(
      [
        "The agency wants the tribunal to cancel the 2020 contract awarded to Halvik Water Systems AG for the city's pumping stations.",
        "Its main witness, a former procurement officer, said she had been told to score Halvik's bid as if price did not matter.",
        "Lawyers from the firm Okonjo Partners, acting for the agency, asked for the payments to be frozen.",
        "In a statement issued from Zurich, the company said: “Halvik delivered every pump it was paid for and will defend itself before the tribunal.”",
      ],
      "Halvik delivered every pump",
    );
    expect(found.speaker).toBe("Halvik Water Systems AG");
  });
});
