/**
 * Speakers the text names once and then by a statement or a short form (holdout-19 causes): "the statement said"
 * after "Tianrui, which runs two smelters, said in a statement", a firm named by its first word ("Tianrui" for
 * "Tianrui Nickel"), and an office holder after "Leader of the Opposition in the Sindh Assembly". Sentences written
 * for these tests.
 */
import { find, fromOutlet, speakerName } from "./raw-article";

describe("a statement quoted after its issuer is named with a relative clause", () => {
  const article = fromOutlet(
    "reuters.com",
    [
      "JAKARTA, Dec 2 (Reuters) - Indonesia has approved a nickel plant backed by China's Tianrui Nickel, the investment ministry said on Tuesday.",
      "Park Ji-hoon, president director of the venture, told Reuters the output would feed cathode plants.",
      "Tianrui, which already runs two smelters in Central Sulawesi, said in a statement that it would supply the technology. “Tianrui is committed to training Indonesian technicians,” the statement said.",
    ],
    "Indonesia approves nickel plant",
  );

  it("gives the statement's words to the firm, not to the agency the other speaker told", () => {
    const quote = article.quotes.find((q) => q.text.startsWith("Tianrui is committed"));
    expect(quote && speakerName(article, quote)).toBe("Tianrui Nickel");
  });
});

describe("an office in a body, the body's name, then the holder", () => {
  const article = fromOutlet(
    "dawn.com",
    [
      "KARACHI: The Sindh cabinet on Tuesday approved a flood package for Pakistan's worst-hit districts, Chief Minister Ali Jafri said.",
      "Leader of the Opposition in the Sindh Assembly Ali Khurshid Farooqui called the package a joke.",
      "“The people of Johi have waited ten weeks,” he said at a press conference.",
    ],
    "Sindh cabinet approves flood package",
  );

  it("reads the holder with the office and the body on its own", () => {
    expect(find(article, "Ali Khurshid Farooqui")?.title).toBe("Leader of the Opposition in the Sindh Assembly");
    expect(find(article, "Ali Khurshid Farooqui")?.country).toBe("PK");
    expect(find(article, "Sindh Assembly")?.kind).toBe("ORGANIZATION");
    const quote = article.quotes.find((q) => q.text.startsWith("The people of Johi"));
    expect(quote && speakerName(article, quote)).toBe("Ali Khurshid Farooqui");
  });
});

describe("an office noun a split title leaves alone", () => {
  const article = fromOutlet(
    "nation.africa",
    [
      "Avocado farmers in Murang’a are earning more this season, county officials said on Tuesday.",
      "Murang’a County Executive Committee Member for Agriculture Esther Wambui Ndung’u told the Nation the county had registered 21,500 farmers.",
      "“We want every farmer paid through a cooperative,” she said.",
    ],
    "Avocado prices rise in Murang’a",
  );

  it("is no person, and the quote goes to the office-holder", () => {
    expect(find(article, "Member")).toBeUndefined();
    const quote = article.quotes.find((q) => q.text.startsWith("We want every farmer"));
    expect(quote && speakerName(article, quote)).toBe("Esther Wambui Ndung’u");
  });
});
