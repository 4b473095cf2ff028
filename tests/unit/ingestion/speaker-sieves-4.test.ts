import { quoteStarting, quotesOf as quotes } from "./raw-article";

describe("statements issued jointly", () => {
  it("gives the words of a joint statement to no single body", () => {
    const found = quoteStarting(
      [
        "The Andean Fisheries Board and the coastal guild Pescadores Unidos ended their dispute over net sizes on Thursday.",
        "“Both sides will review the quotas again before the next season opens,” the joint statement said.",
      ],
      "Both sides will review",
    );
    expect(found.speaker).toBeNull();
    expect(found.sieve).toBe("statement");
  });

  it("does the same when the joint statement is said to read", () => {
    const found = quoteStarting(
      [
        "The Andean Fisheries Board and the coastal guild Pescadores Unidos ended their dispute over net sizes on Thursday.",
        "“Both sides will review the quotas again before the next season opens,” the joint statement read.",
      ],
      "Both sides will review",
    );
    expect(found.speaker).toBeNull();
  });
});

describe("short quotes that are speech", () => {
  it("keeps a quote of three words when a title and a name stand between it and the speech verb", () => {
    const found = quoteStarting(
      ["Fever cases doubled in the northern districts this month.", "“Wards are full,” Health Minister Odile Mbarga-Nkou told state radio on Sunday."],
      "Wards are full",
    );
    expect(found.speaker).toBe("Odile Mbarga-Nkou");
  });

  it("keeps a whole short sentence quoted right after a quote's attribution, for the same speaker", () => {
    const found = quoteStarting(
      ["Dockworkers' leader Efua Asante-Mensah said the strike would start at midnight.", "“We have asked for talks since March,” Asante-Mensah said. “Nobody answered.”"],
      "Nobody answered",
    );
    expect(found.speaker).toBe("Efua Asante-Mensah");
  });

  it("keeps a whole short sentence quoted after a speech verb and a colon", () => {
    const found = quoteStarting(
      ["Coastguard commander Idris Benyamina said the search would go on through the night, adding: “Hope remains.”"],
      "Hope remains",
    );
    expect(found.speaker).toBe("Idris Benyamina");
  });

  it("still drops a two-word scare quote inside a sentence", () => {
    const found = quotes(["The council called the plan a “fresh start” for the harbour district, and building begins in May."]);
    expect(found).toHaveLength(0);
  });
});

describe("a quote paragraph after reported speech by a pronoun", () => {
  it("gives the quote to the person the reporting pronoun stands for", () => {
    const found = quoteStarting(
      [
        "The ferry operator's managing director, Karen Solheim, presented the new timetable on Monday. “Crossings will run every hour,” she told reporters.",
        "Two more vessels will join the fleet next spring, she said.",
        "“Passengers will wait half as long as they do today.”",
      ],
      "Passengers will wait",
    );
    expect(found.speaker).toBe("Karen Solheim");
    expect(found.sieve).toBe("reported-before");
  });
});

describe("the statement a person issued", () => {
  it("gives 'the statement read' to the person the sentence before says issued it, not to the last body named", () => {
    const found = quoteStarting(
      [
        "Growers delivered their crop to the Highland Coffee Growers Union on Monday.",
        "The regulator's director general, Dr Samuel Kiprono, said in a statement that the regulator would appeal. “The rules were drafted with every county,” the statement read.",
      ],
      "The rules were drafted",
    );
    expect(found.speaker).toBe("Samuel Kiprono");
  });

  it("gives 'the statement said' to the person a pronoun after 'In a statement …,' stands for", () => {
    const found = quoteStarting(
      [
        "The chief executive of Lakeshore Minerals, Mr Daniel Osei-Bonsu, rejected the claims. In a statement released on Monday, he said the payments followed the rules of the Minerals Commission.",
        "“Every grower on the list has been paid in full,” the statement said.",
      ],
      "Every grower on the list",
    );
    expect(found.speaker).toBe("Daniel Osei-Bonsu");
  });

  it("still gives it to the body when a body issued the statement", () => {
    const found = quoteStarting(
      [
        "Health Minister Samuel Kiprono visited the clinic on Monday.",
        "The Highland Coffee Growers Union said in a statement that it would appeal. “The rules were drafted without us,” the statement read.",
      ],
      "The rules were drafted",
    );
    expect(found.speaker).toBe("Highland Coffee Growers Union");
  });
});

describe("a quote paragraph after a paragraph of judging aloud", () => {
  it("gives the quote to whoever the paragraph before says criticised or called something", () => {
    const found = quotes([
      "Transport Minister Olaf Brekke defended the new tolls on Monday. “Roads cost money,” Brekke said.",
      "Opposition leader Ingrid Haugland called the tolls a burden on rural families.",
      "“People in the valleys have no train to take instead.”",
    ]);
    expect(found.find((q) => q.text.startsWith("People in the valleys"))?.speaker).toBe("Ingrid Haugland");
  });
});

describe("an unnamed spokesperson named after the role", () => {
  it("reads a pronoun after 'a spokeswoman for the <body>' as the body's words", () => {
    const found = quoteStarting(
      ["A spokeswoman for the Coastal Water Authority confirmed the outage on Sunday.", "“Supply will be back by Tuesday evening,” she said."],
      "Supply will be back",
    );
    expect(found.speaker).toBe("Coastal Water Authority");
  });
});

describe("unusual quote marks", () => {
  it("closes a quote on a left double mark standing where a closer goes", () => {
    const found = quoteStarting(
      ["Port director Henrik Dahl opened the new quay on Friday.", "“Ships will load here day and night from next month,“ Dahl said. “The town will hear it.“"],
      "Ships will load here",
    );
    expect(found.text).toBe("Ships will load here day and night from next month");
    expect(found.speaker).toBe("Henrik Dahl");
  });
});

describe("spokespeople", () => {
  it("closes a quote opened with a left double mark on a right guillemet", () => {
    const found = quoteStarting(
      ["Trade ministry spokesperson Anton Rusev spoke on Monday.", "“We expect the new customs post to open before the winter,» Rusev told journalists."],
      "We expect the new customs post",
    );
    expect(found.speaker).toBe("Anton Rusev");
  });

  it("reads 'the <body> spokesperson' as the spokesperson already named, not an unnamed voice of the body", () => {
    const found = quoteStarting(
      [
        "Trade Ministry spokesperson Anton Rusev spoke at his weekly briefing on Monday.",
        "The Trade Ministry spokesperson was also hopeful about the border talks. “We expect the new customs post to open before the winter,” he said.",
      ],
      "We expect the new customs post",
    );
    expect(found.speaker).toBe("Anton Rusev");
  });
});

describe("more speech verbs of wire copy", () => {
  it("attributes a quote closed by 'asserted' or 'went on'", () => {
    const found = quotes([
      "Opposition leader Marek Dvořák spoke in parliament on Tuesday.",
      "“This budget borrows from our children,” Dvořák asserted.",
      "Finance Minister Lena Horáková replied that the deficit would fall.",
      "“We will balance the books by the end of the term,” Horáková went on.",
    ]);
    expect(found.find((q) => q.text.startsWith("This budget"))?.speaker).toBe("Marek Dvořák");
    expect(found.find((q) => q.text.startsWith("We will balance"))?.speaker).toBe("Lena Horáková");
  });
});
