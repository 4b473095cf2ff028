import { quoteStarting } from "./raw-article";

describe("'the statement read' a few paragraphs after the statement was quoted", () => {
  it("gives the words to whoever the text quoted from that statement", () => {
    const paragraphs = [
      "Lakeside Governor Miriam Achola has condemned the clashes in the market town on Friday.",
      "“It is regrettable that some leaders would send young people to burn the stalls of their own neighbours,” the governor said in a statement sent to reporters on Saturday.",
      "She accused a group of ward politicians of paying the youths who blocked the highway.",
      "Achola said the police had acted within the law when the crowd turned on the county offices.",
      "“I ask the investigators to move quickly and name everyone behind this violence,” the statement read in part.",
    ];
    expect(quoteStarting(paragraphs, "I ask the investigators").speaker).toBe("Miriam Achola");
  });

  it("leaves a joint statement without a single speaker", () => {
    const paragraphs = [
      "“We will reopen the border crossing on Monday,” Interior Minister Daniel Ouko said in a statement on Sunday.",
      "Traders on both sides had waited for a week at the crossing.",
      "Ouko said customs officers would work through the night to clear the trucks.",
      "“Both governments stand ready to assist,” the joint statement read.",
    ];
    expect(quoteStarting(paragraphs, "Both governments stand").speaker).toBeNull();
  });
});

describe("'the city' for a local government named earlier", () => {
  it.each([
    {
      rule: "'the city said' after 'the City of …'",
      paragraphs: [
        "The City of Polokwane has removed 40 people from a derelict office block in the town centre.",
        "“The building had become a base for syndicates selling stolen cables,” the city said in a statement.",
      ],
      start: "The building had become",
      speaker: "City of Polokwane",
    },
    {
      rule: "'said the county' after '… County Council'",
      paragraphs: [
        "Clare County Council has closed two beaches after a sewage overflow on Tuesday.",
        "“Water samples will be taken daily until the readings are safe again,” said the county.",
      ],
      start: "Water samples will",
      speaker: "Clare County Council",
    },
  ])("$rule", ({ paragraphs, start, speaker }) => {
    expect(quoteStarting(paragraphs, start).speaker).toBe(speaker);
  });

  it("does not take a football club with 'City' in its name for 'the city'", () => {
    const paragraphs = [
      "Bristol City beat Hull 2-0 on Saturday in front of a crowd of 20,000.",
      "“Traffic around the ground will be diverted again next weekend,” the city said.",
    ];
    expect(quoteStarting(paragraphs, "Traffic around the ground").speaker).not.toBe("Bristol City");
  });
});

describe("a speech verb inside the clause an earlier speech verb reports", () => {
  it.each([
    {
      rule: "'X said as …, Y stood up and shouted:'",
      paragraphs: [
        "A woman has been fined for threatening a witness at Kendal Magistrates Court.",
        "Prosecutor Helen Marsh said as the witness left the box, Carla Penrose stood up and shouted: “You will pay for this, I know where you live.”",
      ],
      start: "You will pay",
      speaker: "Carla Penrose",
    },
    {
      rule: "'X said that Y told reporters:'",
      paragraphs: [
        "Union leader Peter Mwangi spoke at a rally in Nakuru on Sunday.",
        "Mwangi said that Transport Secretary Alice Njeri told reporters: “The fares will not rise this year.”",
      ],
      start: "The fares will not",
      speaker: "Alice Njeri",
    },
  ])("$rule", ({ paragraphs, start, speaker }) => {
    expect(quoteStarting(paragraphs, start).speaker).toBe(speaker);
  });

  it("keeps the subject when the earlier verb stands in a relative clause", () => {
    const paragraphs = [
      "Farmer Joseph Kamau, who said he had been told nothing by the county, added: “We learnt about the dam from the radio.”",
    ];
    expect(quoteStarting(paragraphs, "We learnt about").speaker).toBe("Joseph Kamau");
  });
});

describe("a quote after a paragraph saying someone talked or spoke about a subject", () => {
  it.each([
    { verb: "talked about", sentence: "Forwards coach Hamish Reid talked about the grit of the pack after the win." },
    { verb: "spoke of", sentence: "Forwards coach Hamish Reid spoke of the grit of the pack after the win." },
  ])("'$verb'", ({ sentence }) => {
    const paragraphs = [
      "Otago beat Canterbury 24-20 in Dunedin on Saturday.",
      sentence,
      "“We were short of ideas with the ball but nobody took a backward step.",
    ];
    expect(quoteStarting(paragraphs, "We were short of ideas").speaker).toBe("Hamish Reid");
  });
});

describe("a single-quoted quote opened after a colon and run over paragraphs", () => {
  const paragraphs = [
    "The closure of the rail depot was raised at question time on Wednesday.",
    "Green MP Harriet Cole asked: ‘Will the minister explain why the depot was shut without a word to the town?",
    "‘Forty families depend on it and nobody has told them anything.’",
  ];

  it("finds the quote opened after the colon and gives it to the speaker", () => {
    expect(quoteStarting(paragraphs, "Will the minister explain").speaker).toBe("Harriet Cole");
  });

  it("carries the speaker to the paragraph that goes on with the quote", () => {
    expect(quoteStarting(paragraphs, "Forty families depend").speaker).toBe("Harriet Cole");
  });
});

describe("a characterisation quoted after 'accusing … of'", () => {
  it("gives the words to the subject doing the accusing", () => {
    const paragraphs = [
      "Finance Minister Rhoda Kamau rounded on the opposition on Tuesday, accusing its leaders of being “out of touch with every market trader in the country”.",
    ];
    expect(quoteStarting(paragraphs, "out of touch").speaker).toBe("Rhoda Kamau");
  });
});

describe("a pronoun right before the speech verb of a clause", () => {
  it("a 'they' after 'what' is not the one person the sentence names", () => {
    const paragraphs = ["Residents have criticised Mayor Tom Barker for what they said was “a betrayal of the whole valley”."];
    expect(quoteStarting(paragraphs, "a betrayal of").speaker).toBeNull();
  });
});

describe("a role noun opening the sentence, before the person it addresses", () => {
  it("is not the person named after it ('The chairwoman told Mr X …')", () => {
    const paragraphs = [
      "Judith Amankwah has chaired the licensing panel since 2019.",
      "The chairwoman told Mr Boateng that applicants should “come back with a full plan for the site”.",
    ];
    expect(quoteStarting(paragraphs, "come back with").speaker).toBe("Judith Amankwah");
  });
});

describe("a role noun no one was titled with, after a paragraph that is all quote", () => {
  it("is the speaker of that quote", () => {
    const paragraphs = [
      "Councillor Mary Fenn defended the budget at the meeting on Tuesday.",
      "She said: “Every library stays open and every bin is still collected weekly.",
      "“We found the savings in the back office.”",
      "The finance chair added: “Nobody on this council has taken a pay rise.”",
    ];
    expect(quoteStarting(paragraphs, "Nobody on this council").speaker).toBe("Mary Fenn");
  });
});

describe("'X told the court the witness said … “…”'", () => {
  it("gives the quote to the unnamed witness (no one), not to X or the court", () => {
    const paragraphs = [
      "A van driver has gone on trial at Truro Crown Court accused of causing the death of a cyclist.",
      "Prosecutor Amy Lund told the court the bus driver said he saw the van and thought it was “going far too fast for a school street”.",
    ];
    expect(quoteStarting(paragraphs, "going far too fast").speaker).toBeNull();
  });

  it("still gives the quote to a named person opening the reported clause", () => {
    const paragraphs = [
      "Prosecutor Amy Lund told the court Paul Gray said he saw the van and thought it was “going far too fast for a school street”.",
    ];
    expect(quoteStarting(paragraphs, "going far too fast").speaker).toBe("Paul Gray");
  });
});
