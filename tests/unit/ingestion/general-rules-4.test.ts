import { extractArticle, parseArticle } from "../../../src/ingestion";
import { FETCHED_AT, actor, extract, find } from "./raw-article";

describe("abbreviations of bodies named in full", () => {
  it("joins an abbreviation spelling a body's initials or leading letters to it", () => {
    const article = extract([
      "The Coastal Weather Department said the rain would ease, and the Lagos State Emergency Management Agency moved families out.",
      "CWD has issued a warning for three districts. LASEMA said 40 homes were empty.",
      "The Department of Transportation said DOTr crews were clearing roads.",
    ]);
    expect(actor(article, "Coastal Weather Department").aliases).toContain("CWD");
    expect(actor(article, "Lagos State Emergency Management Agency").aliases).toContain("LASEMA");
    expect(find(article, "CWD")).toBeUndefined();
    expect(find(article, "LASEMA")).toBeUndefined();
    expect(find(article, "DOTr")).toBeUndefined();
  });

  it("keeps an abbreviation that spells no body's name", () => {
    const article = extract(["The Coastal Weather Department said the rain would ease.", "Officials from the KRT union said talks had stalled, KRT said."]);
    expect(find(article, "Coastal Weather Department")).toBeDefined();
    expect(find(article, "KRT")).toBeDefined();
  });
});

describe("places and datelines are not bodies", () => {
  it("reads a dateline in capitals with its state, and a gazetteer city, as no organisation", () => {
    const article = extract([
      "LODMAR, Kenya — A former charity director was sentenced on Tuesday for fraud, prosecutors said.",
      "An audit by a Cleveland accounting firm found the losses, Cleveland officials said.",
    ]);
    expect(find(article, "LODMAR")).toBeUndefined();
    expect(find(article, "Cleveland")).toBeUndefined();
  });
});

describe("names of businesses", () => {
  it("keeps an ampersand written without spaces inside one name", () => {
    const article = extract(["Prices fell 9%, according to S&P Global Commodity Insights.", "Brands including H&M and Inditex backed the deal."]);
    expect(actor(article, "S&P Global Commodity Insights").kind).toBe("ORGANIZATION");
    expect(actor(article, "H&M").kind).toBe("ORGANIZATION");
    expect(find(article, "P Global Commodity Insights")).toBeUndefined();
  });

  it("reads a business after a country's possessive, and gives its chief the country through the short name", () => {
    const article = extract([
      "MONTERREY, Mexico — South Korea's Dongbaek Energy Solution will build a battery plant in Nuevo León, officials in Mexico said.",
      "Dongbaek's chief executive, Yoon Tae-kyung, said production would begin in 2028.",
    ]);
    expect(actor(article, "Dongbaek Energy Solution")).toMatchObject({ kind: "ORGANIZATION", country: "KR" });
    expect(actor(article, "Yoon Tae-kyung").country).toBe("KR");
  });

  it("does not read a place after a country's possessive as a business", () => {
    const article = extract(["Most of Australia's Great Barrier Reef showed bleaching this summer, scientists said."]);
    expect(find(article, "Great Barrier Reef")).toBeUndefined();
  });

  it("drops a sentence's opening business noun from the name", () => {
    const article = extract(["Ambrel Motors raised its forecast on Monday.", "Rival Tovan Heavy Industries gained 2% in Seoul."]);
    expect(find(article, "Rival Tovan Heavy Industries")).toBeUndefined();
    expect(actor(article, "Tovan Heavy Industries").kind).toBe("ORGANIZATION");
  });
});

describe("a body's name before a title", () => {
  it("splits '<Body of Place> Governor <Name>' into the person, and gives a UN mission's staff no country", () => {
    const article = extract([
      "Bank of Thailand Governor Somchai Rattanakorn said the plan was risky, officials in Thailand said.",
      "“We are watching,” UNIFIL spokesperson Elena Moretti said. Israel and Israel's army said so.",
    ]);
    expect(find(article, "Bank of Thailand Governor Somchai Rattanakorn")).toBeUndefined();
    expect(actor(article, "Somchai Rattanakorn")).toMatchObject({ kind: "PERSON", title: "Governor", country: "TH" });
    expect(actor(article, "UNIFIL").country).toBeNull();
  });

  it("gives a parent's unit the parent's seat", () => {
    const article = extract(["The UN's Office for Refugee Affairs said aid was short in Kenya, and Kenya's army agreed."]);
    expect(actor(article, "Office for Refugee Affairs").country).toBeNull();
  });
});

describe("titles not yet known", () => {
  it("reads Taoiseach (with its country) and SP before a name", () => {
    const article = extract(["“We will act,” Taoiseach Ciarán Brennan said in Dublin.", "SP Ravi Shankar Rao said police had arrested two men."]);
    expect(actor(article, "Ciarán Brennan")).toMatchObject({ kind: "PERSON", title: "Taoiseach", country: "IE" });
    expect(actor(article, "Ravi Shankar Rao")).toMatchObject({ kind: "PERSON", title: "SP" });
  });
});

describe("the story's country", () => {
  it("weighs a dateline like the title, and reads 'Korea' alone as South Korea", () => {
    const article = extract([
      "SEOUL — Hanwol Ocean said on Monday it had won an order from a European shipowner.",
      "Shares rose on the Korea Exchange. Demand in the United States and the US market stayed strong, the company said, citing Washington.",
    ]);
    expect(article.countries).toContain("KR");
    expect(actor(article, "Korea Exchange").country).toBe("KR");
  });
});

describe("closing link lists", () => {
  const body = "The council voted on Tuesday to approve the new budget, which raises spending on roads and schools.";
  it.each([["Leia também"], ["Lo más leído"], ["More Dairy"], ["Politics"]])("ends the body at '%s' over linked headlines", (label) => {
    const raw = ["Council Passes Budget", "", "example.com 2 hours ago", "", body, "", label, "Uruguay Sends Rescue Teams to Border Towns", "Port Reopens After Storm"].join("\n");
    expect(parseArticle(raw, FETCHED_AT).body).toBe(body);
    const article = extractArticle(raw, { fetchedAt: FETCHED_AT });
    expect(article.countries).not.toContain("UY");
  });

  it("keeps short closing lines that end sentences", () => {
    const raw = ["Council Passes Budget", "", "example.com 2 hours ago", "", body, "", "Politics", "The vote passed.", "It was close."].join("\n");
    expect(parseArticle(raw, FETCHED_AT).body.split("\n\n")).toHaveLength(4);
  });
});
