/**
 * A foreign firm's people in a story set elsewhere take the firm's country (holdout-19 causes): the firm named short
 * after a title's "at", a legal form's "of <town>", "the company's Irish country manager", "Its India Country Head",
 * and "Mr Kim" for a Korean name whose family name is also a registry given name; and a titled official later in a
 * sentence about the firm's head keeps the story's country. Sentences written for these tests.
 */
import { find, fromOutlet } from "./raw-article";

describe("a foreign firm's people", () => {
  it("reads a firm's short form after a title's 'at' as the employer", () => {
    const article = fromOutlet(
      "thenationalnews.com",
      [
        "Abu Dhabi signed a Dh8 billion battery storage deal on Tuesday, the Emirates Grid Storage Company said.",
        "Japan’s Mitsuyama Banking Corporation will lead a group of six lenders, the companies said.",
        "Takeshi Morioka, managing executive officer at Mitsuyama, said the loans carry a tenor of 18 years.",
      ],
      "Abu Dhabi signs Dh8bn battery deal",
    );
    expect(find(article, "Takeshi Morioka")?.country).toBe("JP");
  });

  it("reads 'Inc of <town>, <state>' as the firm and its seat, and the firm's Irish country manager as its", () => {
    const article = fromOutlet(
      "irishtimes.com",
      [
        "The High Court has granted residents leave to challenge a data centre in Co Kildare, the court heard in Dublin.",
        "The developer, Brightwater Data Ireland Ltd, is wholly owned by Brightwater Data Inc of Ashburn, Virginia.",
        "In a statement, Brightwater Data said it was disappointed. Its senior vice-president for Europe, Craig Whitfield, said the company had spent €14 million on design.",
        "The company’s Irish country manager, Siobhán Kearney, said the campus would use recycled water.",
      ],
      "Residents win leave to challenge Kildare data centre",
    );
    expect(find(article, "Brightwater Data Inc")?.country).toBe("US");
    expect(article.actors.some((a) => /Ashburn/.test(a.name))).toBe(false);
    expect(find(article, "Craig Whitfield")?.country).toBe("US");
    expect(find(article, "Siobhán Kearney")?.country).toBe("US");
  });

  it("reads 'Its India Country Head, Name,' as the firm's post in India, and no body called India", () => {
    const article = fromOutlet(
      "thehindubusinessline.com",
      [
        "Bhubaneswar: Odisha drew investment pledges on Tuesday, Industries Minister KP Samantaray said.",
        "Nordhavn Wind, the Danish renewables developer, signed an agreement for 2,000 MW of capacity. Its India Country Head, Ananya Rao, signed the document with Energy Secretary Sushant Pattnaik on the dais.",
      ],
      "Odisha investors' meet draws pledges",
    );
    expect(find(article, "Ananya Rao")?.country).toBe("DK");
    expect(find(article, "Sushant Pattnaik")?.country).toBe("IN");
    expect(article.actors.some((a) => a.kind === "ORGANIZATION" && a.name === "India")).toBe(false);
  });

  it("joins 'Mr Kim' to Kim Do-yoon, not to a person of the story's country", () => {
    const article = fromOutlet(
      "thenationalnews.com",
      [
        "Abu Dhabi signed a Dh8 billion battery storage deal on Tuesday, the Emirates Grid Storage Company said.",
        "Kim Do-yoon, president of South Korea's Hanseong Energy, said the contract was the largest in the company’s history.",
        "“We will build a cell line here, and most of the engineers will be Emirati,” Mr Kim said.",
      ],
      "Abu Dhabi signs Dh8bn battery deal",
    );
    expect(find(article, "Kim")).toBeUndefined();
    expect(find(article, "Kim Do-yoon")?.country).toBe("KR");
  });

  it("reads 'PT Daejin Nickel Indonesia' as the unit of 'Daejin Battery Materials', so its head is Korean", () => {
    const article = fromOutlet(
      "reuters.com",
      [
        "JAKARTA, Dec 2 (Reuters) - Indonesia has approved a nickel plant backed by South Korea's Daejin Battery Materials and China's Tianrui Nickel, the investment ministry said on Tuesday.",
        "Park Ji-hoon, president director of PT Daejin Nickel Indonesia, told Reuters the output would feed cathode plants.",
      ],
      "Indonesia approves nickel plant",
    );
    expect(find(article, "Park Ji-hoon")?.country).toBe("KR");
  });

  it("carries a described business's country to the definite description that names it, and to its subsidiary's head", () => {
    const article = fromOutlet(
      "arabnews.com",
      [
        "RIYADH: A Saudi water utility and a South Korean engineering group signed a SR4.2 billion agreement on Tuesday to build a desalination plant on the Red Sea coast.",
        "“The Kingdom cannot keep burning oil to make water,” said Faisal Al-Mutlaq, chief executive of Sahil Water Company, the Saudi utility that will own the plant.",
        "The plant near Yanbu will produce 450,000 cubic meters of water a day, according to the companies.",
        "The builder, Hanbit Marine & Engineering, will carry out the work through Hanbit Arabia, its Riyadh-based subsidiary.",
        "Kim Do-hyun, managing director of Hanbit Arabia, told Arab News that hiring would start locally.",
      ],
      "Saudi utility, Korean group sign desalination deal",
    );
    expect(find(article, "Hanbit Marine & Engineering")?.country).toBe("KR");
    expect(find(article, "Kim Do-hyun")?.country).toBe("KR");
    expect(find(article, "Faisal Al-Mutlaq")?.country).toBe("SA");
  });
});
