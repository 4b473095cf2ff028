import { extract, find } from "./raw-article";

describe("a body's country from the nationality of its description or its staff", () => {
  it("reads a plural possessive inside the description ('the Danish pig farmers' union X')", () => {
    const article = extract([
      "The Danish pig farmers' union Svinelaug said in a statement that export quotas had been cut by a fifth.",
      "Farmers in Poland and Germany said they faced the same cuts.",
    ]);
    expect(find(article, "Svinelaug")?.country).toBe("DK");
  });

  it("gives a body its staff's nationality ('Romanian prosecutors from DIICOT', 'Kenyan engineers at KenGen')", () => {
    const article = extract([
      "Bulgarian investigators from GDNP, the unit that handles fuel fraud, said the network had moved 40,000 tonnes of diesel.",
      "Ghanaian engineers at Akosombo Power said the turbines would restart on Monday, while officials in Togo and Benin waited for supply.",
    ]);
    expect(find(article, "GDNP")?.country).toBe("BG");
    expect(find(article, "Akosombo Power")?.country).toBe("GH");
  });

  it("does not read a country's possessive as the staff's nationality", () => {
    const article = extract(["Experts from Norway's Havforsk said the stock had recovered, and fishermen in Iceland agreed."]);
    expect(find(article, "Havforsk")?.country).not.toBe("IS");
  });
});
