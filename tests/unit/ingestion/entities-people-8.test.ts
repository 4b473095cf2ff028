import { actor, extract } from "./raw-article";

describe("a long appositive that places the person's employer in a country", () => {
  it("reads the country at the end of a title that runs past ten words, ahead of the story's setting", () => {
    const article = extract([
      "BEIJING — China's imports of tropical fruit rose by a fifth this year, Chinese customs data showed on Monday.",
      "Le Van Tam, deputy director of a rubber processing cooperative in Vietnam's Binh Duong province, told reporters the border checks were faster.",
      "Chinese officials in Beijing said the new rules would stay.",
    ]);
    expect(actor(article, "Le Van Tam").country).toBe("VN");
  });

  it("does not read an owner's nationality ('Japanese-owned') as the employer's seat", () => {
    const article = extract([
      "BANGKOK — Floods shut dozens of factories in Thailand this week, Thai officials said.",
      "\"We lost a week of output,\" said Pham Minh Duc, production manager at a Japanese-owned plant in Vietnam.",
    ]);
    expect(actor(article, "Pham Minh Duc").country).toBe("VN");
  });
});

describe("an employer that works across borders, named as the title's owner", () => {
  it("gives no country to the owner's staff, whatever place the post is in", () => {
    const article = extract([
      "KHARTOUM — A shell hit a clinic in Sudan's Kordofan region on Tuesday, Sudanese officials said.",
      "\"We ran out of blood by noon,\" said Claire Dubois, MSF's medical coordinator in Sudan.",
      "Oxfam's country director in Sudan, Peter Odhiambo, said the camps were full.",
    ]);
    expect(actor(article, "Claire Dubois").country).toBeNull();
    expect(actor(article, "Peter Odhiambo").country).toBeNull();
  });

  it("reads the post's place before the name when the employer is not named", () => {
    const article = extract([
      "LONDON — Sales of British tea rose abroad this year, UK officials said.",
      "The exporter's manager in Kenya, John Kamau, said demand was strong.",
    ]);
    expect(actor(article, "John Kamau").country).toBe("KE");
  });
});

describe("a name after an indefinite role with its field nouns", () => {
  it("reads 'a hospital records clerk, Name,' in a list as a person with that title", () => {
    const article = extract([
      "LAGOS — A Nigerian court jailed a former pension official for fraud on Thursday.",
      "The judge also convicted two others, trader Emeka Obi and a hospital records clerk, Funmilayo Adebayo, and jailed them for five years.",
    ]);
    expect(actor(article, "Funmilayo Adebayo").kind).toBe("PERSON");
    expect(actor(article, "Funmilayo Adebayo").title).toBe("hospital records clerk");
    expect(actor(article, "Funmilayo Adebayo").country).toBe("NG");
  });
});
