import { quoteStarting } from "./raw-article";

describe("a leader word as a role's head", () => {
  it("does not read 'chief' of 'chief minister' as the leader a role noun means", () => {
    const found = quoteStarting(
      [
        "Opposition leader Tomas Verhaegen criticised the housing grants on Monday. Comparing them with the grants of 2015 under the then chief minister Aldo Ferrante, he said the sums were too small.",
        "“Families have waited a whole winter for this,” the party leader said.",
      ],
      "Families have waited",
    );
    expect(found.speaker).toBe("Tomas Verhaegen");
  });

  it("still reads 'chief' as a leader where it heads the title", () => {
    const found = quoteStarting(
      [
        "Harbour police chief Marta Koivisto said the patrol boats would stay in port until the storm passed.",
        "“Nobody should sail tonight,” the police leader said.",
      ],
      "Nobody should sail",
    );
    expect(found.speaker).toBe("Marta Koivisto");
  });
});

describe("a leading adverbial clause before the subject", () => {
  it("takes the pronoun after the clause's comma, not a body named inside the clause", () => {
    const found = quoteStarting(
      [
        "Mayor Ilse Brandauer, who has held the post since 2019, opened the new bridge on Friday.",
        "Speaking at the Greenway Party's riverside office, she said, “This bridge joins two halves of one city.”",
      ],
      "This bridge joins",
    );
    expect(found.speaker).toBe("Ilse Brandauer");
  });

  it("does the same after a past participle and a preposition", () => {
    const found = quoteStarting(
      [
        "Transport Minister Raul Okonjo defended the fare rise in parliament on Tuesday.",
        "Asked about the Northline Rail Company's losses, he said: “The railway cannot run on promises.”",
      ],
      "The railway cannot",
    );
    expect(found.speaker).toBe("Raul Okonjo");
  });
});

describe("a sentence opening with a lower-case title", () => {
  it("makes the named analyst the subject a later 'he' means", () => {
    const found = quoteStarting(
      [
        "Voters in the northern districts stayed at home in large numbers, officials said.",
        "Political analyst Dariusz Kowalczyk of the Baltic Policy Institute said the low turnout had hurt Prime Minister Jonas Berg most in the towns. “People no longer believe a vote changes their rent,” he said.",
      ],
      "People no longer believe",
    );
    expect(found.speaker).toBe("Dariusz Kowalczyk");
  });
});

describe("an agency's officer quoted as saying", () => {
  it("gives the words to the person named in the appositive, not the agency", () => {
    const found = quoteStarting(
      [
        "The Coastal Waters Commission said on Tuesday it had fined three trawler owners for fishing in closed zones.",
        "“The closed zones are there so that fish can breed,” the statement quoted the commission's chairman, Henrike Lindqvist, as saying.",
      ],
      "The closed zones",
    );
    expect(found.speaker).toBe("Henrike Lindqvist");
    expect(found.sieve).toBe("quoted-as-saying");
  });
});

describe("a surname that is also a place", () => {
  it("resolves a lone surname to the person named earlier", () => {
    const found = quoteStarting(
      [
        "Provincial Governor Ernesto Lima said about 90,000 residents had been moved to shelters before the river rose.",
        "“We moved them at night because the water would not wait,” Lima said in a television interview.",
      ],
      "We moved them",
    );
    expect(found.speaker).toBe("Ernesto Lima");
  });
});

describe("an ombudsman before a name", () => {
  it("is a title, so the person named after it speaks", () => {
    const found = quoteStarting(
      [
        "Complaints about the water utility doubled this year, according to the Office of the Ombudsman.",
        "Ombudsman Liesel Tamura, for her part, said her staff had opened 40 cases. “Every one of them will get an answer,” Tamura told reporters.",
      ],
      "Every one of them",
    );
    expect(found.speaker).toBe("Liesel Tamura");
    expect(found.kind).toBe("PERSON");
  });
});

describe("a person's role noun and bodies described by a modifier only", () => {
  it("does not give 'the chief minister' to a body described as having a chief representative", () => {
    const found = quoteStarting(
      [
        "The Nordic Investment Fund will lend money for new sea walls, chief minister Arvind Rao Kulkarni said on Monday.",
        "Lars Holm, chief representative of the Nordic Investment Fund's regional office, said the loan would be repaid over 30 years.",
        "The chief minister, however, said building would start in spring. “The drawings are finished and the first contracts go out in March,” he said.",
      ],
      "The drawings are finished",
    );
    expect(found.speaker).toBe("Arvind Rao Kulkarni");
  });
});

describe("a body modifying a role whose holder an appositive names", () => {
  it("makes the appositive's person the sentence's subject", () => {
    const found = quoteStarting(
      [
        "The UN special envoy for refugee affairs, Joaquín Albarracín, told a radio station the camps held twice the planned number of people.",
        "“I saw families sleeping in the open at four of the camps.",
        "Most of them had walked for a week,” he added.",
      ],
      "I saw families",
    );
    expect(found.speaker).toBe("Joaquín Albarracín");
  });
});

describe("a pronoun whose sentence before opens with the same pronoun", () => {
  it("follows it to the person named one sentence further back", () => {
    const found = quoteStarting(
      [
        "“We can run it for less money,” said Teodric Belisle, the firm's chief executive.",
        "County parks director Renata Lindgren, replying after Belisle, said the plan had been checked by two engineers. She said it would cost too much to run.",
        "“It is a fine design, just not for a park this small,” she said.",
      ],
      "It is a fine design",
    );
    expect(found.speaker).toBe("Renata Lindgren");
  });
});

describe("a sentence's subject after a leading adverbial clause", () => {
  it("gives 'the 61-year-old' to the person named after the clause", () => {
    const found = quoteStarting(
      [
        "Floodwater still covered the rice fields around the river towns on Thursday.",
        "In the hamlet of Dunmore, fisherman Cathal Brennock sat on the steps of his shed, mending a torn net.",
        "“The river took the boat and the engine with it,” the 61-year-old said.",
      ],
      "The river took",
    );
    expect(found.speaker).toBe("Cathal Brennock");
  });
});

describe("a long title joined by 'of', 'for' or 'and'", () => {
  it("makes the person after it the subject a later 'she' means", () => {
    const found = quoteStarting(
      [
        "Trains on the new cross-border line will run every eight minutes at peak hours, the operator said.",
        "Deputy Minister of State for Transport Mei Ling Tan said the line would carry 8,000 riders an hour, easing queues for commuters such as nurse Priya Nair.",
        "“This will turn a two-hour crossing into a ten-minute ride,” she said.",
      ],
      "This will turn",
    );
    expect(found.speaker).toBe("Mei Ling Tan");
  });

  it("makes the appositive holder of a body's title the subject", () => {
    const found = quoteStarting(
      [
        "The Chief Executive of the Tea Board, Mrs Adjoa Mensimah, said the board had raised a loan to buy the crop.",
        "The Secretary of the Upland Tea Growers Union, Mr Kwame Boateng, welcomed the new price but said fuel had doubled since Mr Ato Quaye took office.",
        "“It is a start, but our costs have run far ahead,” he told a radio station.",
      ],
      "It is a start",
    );
    expect(found.speaker).toBe("Kwame Boateng");
  });
});

describe("a ruler's style of address", () => {
  it("gives 'His Highness said' to the person styled so before", () => {
    const found = quoteStarting(
      [
        "Doha: His Highness Sheikh Hamad bin Rashid Al Nuaimi, Ruler of the emirate, opened a new water plant on Sunday.",
        "The plant will supply 300,000 residents, the state news agency reported.",
        "His Highness said clean water was “the first duty we owe to every family here”, and asked officials to extend the pipes.",
      ],
      "the first duty",
    );
    expect(found.speaker).toBe("Hamad bin Rashid Al Nuaimi");
  });
});

describe("a title ending in a role noun", () => {
  it("is not read into a clause whose verb comes before the role noun", () => {
    const found = quoteStarting(
      ["Firefighters pulled farmer Anton Weiss from the roof of his barn on Sunday.", "“It took an hour to reach the roof,” the fire chief said."],
      "It took an hour",
    );
    expect(found.speaker).toBeNull();
  });
});
