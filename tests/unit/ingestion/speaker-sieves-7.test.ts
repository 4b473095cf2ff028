import { quoteStarting } from "./raw-article";

describe("'the PM' for a prime minister named before", () => {
  it("reads 'the PM said' as the prime minister the text named", () => {
    const found = quoteStarting(
      [
        "The cabinet meeting was chaired by Prime Minister Robert Halvorsen, who said the grants would reach growers before spring.",
        "“Our growers want a fair price. They want a fair chance, and cheap power is the first step,” the PM said, according to a statement from his office.",
      ],
      "Our growers want",
    );
    expect(found.speaker).toBe("Robert Halvorsen");
  });

  it("reads 'the PM' after a premier styled so too", () => {
    const found = quoteStarting(
      [
        "Premier Annika Sorensen opened the new hospital wing on Friday.",
        "“Nobody in this region should wait a year for surgery,” the PM told reporters.",
      ],
      "Nobody in this region",
    );
    expect(found.speaker).toBe("Annika Sorensen");
  });
});

describe("'the DPM' and 'the FM' for a deputy prime minister and a finance minister named before", () => {
  it("reads 'the DPM said' as the deputy prime minister, not the prime minister", () => {
    const found = quoteStarting(
      [
        "Prime Minister Robert Halvorsen and Deputy Prime Minister Lena Voss toured the port on Friday.",
        "“The new berths will open next year,” the DPM said.",
      ],
      "The new berths",
    );
    expect(found.speaker).toBe("Lena Voss");
  });

  it("reads 'the FM told' as the finance minister", () => {
    const found = quoteStarting(
      [
        "Finance Minister Arjun Mehra presented the budget in Parliament on Saturday, flanked by officials of his ministry.",
        "“Every rupee will be accounted for,” the FM told reporters afterwards.",
      ],
      "Every rupee",
    );
    expect(found.speaker).toBe("Arjun Mehra");
  });
});
