import { quoteStarting } from "./raw-article";

describe("a relative clause after the subject", () => {
  it("keeps the quote with the person, not the body the clause names", () => {
    const found = quoteStarting(
      [
        "Flooding along the river has cut off three villages since Sunday, local officials said.",
        "“The boats cannot reach the school any more,” Tomas Varga, who runs a shelter for the relief group Hope Danube, told reporters by phone.",
      ],
      "The boats cannot",
    );
    expect(found.speaker).toBe("Tomas Varga");
  });
});

describe("'they' after a body's staff", () => {
  it("reads 'they wrote in a note' after 'Analysts at X said' as X", () => {
    const found = quoteStarting(
      [
        "Analysts at Brightwater Capital said the merger made sense.",
        "“The two networks overlap almost nowhere,” they wrote in a note to clients.",
      ],
      "The two networks",
    );
    expect(found.speaker).toBe("Brightwater Capital");
  });

  it("leaves a 'they' about residents unresolved", () => {
    const found = quoteStarting(
      [
        "Residents of the estate protested outside the council offices on Monday.",
        "“Nobody asked us about the towers,” they said.",
      ],
      "Nobody asked us",
    );
    expect(found.speaker).toBeNull();
  });
});

describe("a colon after a pronoun's short clause", () => {
  it("gives the quote to the person 'he' means after a leading clause", () => {
    const found = quoteStarting(
      [
        "Opposition leader Daniel Mbeki, who chairs the finance committee, called the budget reckless.",
        "At a rally in the capital, he was blunter: “This plan borrows from our children.”",
      ],
      "This plan borrows",
    );
    expect(found.speaker).toBe("Daniel Mbeki");
  });
});

describe("the subject of the sentence before, titled after a body's name", () => {
  it("reads 'he said' after 'Acme managing director X said' as X, not an earlier speaker", () => {
    const found = quoteStarting(
      [
        "Harbourline Ports Company, a unit of state-owned Eastern Marine Group, runs the terminal.",
        "“The rates were never explained to us,” union secretary Peter Kamau told reporters.",
        "Harbourline managing director Li Zhenhua said the company would appeal. “We have invested here for twenty years,” he said.",
      ],
      "We have invested",
    );
    expect(found.speaker).toBe("Li Zhenhua");
  });
});

describe("a post-nominal between a name and its verb", () => {
  it("finds 'X TD said' after a long portfolio title as a person who speaks next", () => {
    const found = quoteStarting(
      [
        "“The turbines will be built in Cork,” Nordvind chief executive Lars Holm said in Oslo.",
        "Minister for Housing, Heritage and the Environment Fiachra Doyle TD said the permit kept the plan on track.",
        "“This is about jobs in the harbour towns,” he said.",
      ],
      "This is about jobs",
    );
    expect(found.speaker).toBe("Fiachra Doyle");
  });
});

describe("an honorific before the name that opens the subject phrase", () => {
  it("keeps the quote with the doctor, not the ministry in the appositive", () => {
    const found = quoteStarting(
      [
        "Cases of measles have doubled in the northern districts this month.",
        "“The clinics ran out of vaccine in a week,” Dr Ibrahim Musa Bello, head of immunisation at Niger's health ministry, told AFP.",
      ],
      "The clinics ran out",
    );
    expect(found.speaker).toBe("Ibrahim Musa Bello");
  });
});
