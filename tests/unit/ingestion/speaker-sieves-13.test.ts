import { quoteStarting } from "./raw-article";

describe("a subject whose first predicate ends in 'and' before the speech verb", () => {
  it.each([
    {
      rule: "'the' and a role, a predicate, then 'and said'",
      paragraphs: [
        "Works Minister Chidi Eze opened a new flyover in Enugu on Thursday, officials said.",
        "The minister also unveiled a plan for the coming year and said the state would “finish every stalled bridge before the rains”.",
      ],
      start: "finish every stalled",
      speaker: "Chidi Eze",
    },
    {
      rule: "'the' and two role words, a predicate with a number, then 'and told'",
      paragraphs: [
        "Health Commissioner Ngozi Okeke visited two clinics in Owerri on Monday.",
        "The health commissioner counted 40 empty beds and told staff the wards would be “fully open by the end of the month”.",
      ],
      start: "fully open by",
      speaker: "Ngozi Okeke",
    },
  ])("$rule", ({ paragraphs, start, speaker }) => {
    expect(quoteStarting(paragraphs, start).speaker).toBe(speaker);
  });
});

describe("a verdict quoted after 'dismissed … as'", () => {
  it("gives the quoted words to the subject who dismissed the claim", () => {
    const found = quoteStarting(
      [
        "Housing Commissioner Tunde Adebayo-Cole faced questions over a demolition in Ikeja on Monday.",
        "In a post on Sunday, Adebayo-Cole dismissed the allegation as “a baseless attempt to smear the ministry.”",
      ],
      "a baseless attempt",
    );
    expect(found.speaker).toBe("Tunde Adebayo-Cole");
  });
});
