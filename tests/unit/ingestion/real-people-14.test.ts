import { extract, find } from "./raw-article";

// Wire copy in the American style writes the day straight after a name ("met Foreign Minister Ana Sol Tuesday"),
// with no "on": the weekday ends the name, it is not part of it.
describe("a weekday right after a name", () => {
  it.each([
    ["The premier received visiting Canadian Trade Minister Marion Delacroix Tuesday in Hanoi.", "Marion Delacroix", "CA"],
    ["Kenyan President Daniel Kiprop met Ugandan Foreign Minister Yoweri Sabiti Friday, officials said.", "Yoweri Sabiti", "UG"],
  ])("keeps the person in %j", (sentence, name, country) => {
    const article = extract([sentence, "The talks covered tariffs on steel and rice."], "Trade Talks Resume");
    expect(find(article, name)?.country).toBe(country);
  });
  it("does not cut a holiday named with a weekday", () => {
    const article = extract(["Shops in Oslo opened early on Black Friday, and sales rose 4%."], "Sales Rise");
    expect(article.actors.map((a) => a.name)).not.toContain("Black");
  });
});

// Sports and wire copy name a player, then go on with "The 27-year-old Uruguayan …" or "The Dutchman …": the
// nationality standing as a noun describes the person named just before.
describe("a nationality standing for the person just named", () => {
  it.each([
    ["Tomas Brenner left Porto for Sevilla in July. The 27-year-old Uruguayan has signed a four-year contract.", "Tomas Brenner", "UY"],
    ["Ricky Haldane scored twice on Sunday. The Dutchman now has nine goals this season.", "Ricky Haldane", "NL"],
    ["Sergio Almeida arrived in Leeds in March for a club-record fee. The Portuguese joined on a five-year deal.", "Sergio Almeida", "PT"],
  ])("gives the nationality in %j", (paragraph, name, country) => {
    const article = extract([paragraph], "Club Completes Signing");
    expect(find(article, name)?.country).toBe(country);
  });
  it("reads a nationality before a common noun as no one's", () => {
    const article = extract(["Lena Vogt of Meridian Partners said demand had fallen in Beijing. The German engineering sector saw exports to China shrink."], "Exports Shrink");
    expect(find(article, "Lena Vogt")?.country).not.toBe("DE");
  });
  it("reads a plural nationality as a people, not the person", () => {
    const article = extract(["Mara Quist spoke in Lima on Monday. The Argentinians were not at the meeting, which Peru hosted."], "Summit Opens");
    expect(find(article, "Mara Quist")?.country).not.toBe("AR");
  });
});

// A player's position written as a role ("French centre-back Jules Marot") carries the nationality before it.
describe("a defender's position as a title", () => {
  it("gives the nationality before 'centre-back'", () => {
    const article = extract(["Leeds United have signed Belgian centre-back Jules Marot on a three-year deal."], "Leeds Sign Defender");
    expect(find(article, "Jules Marot")?.country).toBe("BE");
  });
});
