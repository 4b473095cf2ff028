import { extract, find } from "./raw-article";

describe("a country inside a hyphenated compound", () => {
  it("finds a multi-word country before any hyphenated ending", () => {
    const article = extract([
      "Dr Amara Joshi, a New Zealand-trained surgeon who heads the trauma unit at a Perth hospital, said the waits had doubled.",
      "A South Africa-born engineer, Pieter Molefe, designed the new wing for the West Australian health service.",
    ]);
    expect(article.countries).toEqual(expect.arrayContaining(["NZ", "ZA"]));
    // A birthplace is no nationality (docs/actor-conventions.md, rule 1): the engineer works in Western Australia.
    expect(find(article, "Pieter Molefe")?.country).toBe("AU");
  });

  it("does not give a person the country they trained in, or an object's maker's country", () => {
    const article = extract([
      "Dr Amara Joshi, a New Zealand-trained surgeon who heads the trauma unit at Fiona Stanley Hospital in Perth, said the waits had doubled.",
      "Her colleague Dr Liam Harte, a Kenya-educated anaesthetist at the same Perth hospital, said staff were exhausted.",
      "Ambulance crews in Western Australia have waited up to six hours to hand over patients, the state's figures show.",
    ]);
    expect(article.countries).toEqual(expect.arrayContaining(["NZ", "KE", "AU"]));
    expect(find(article, "Amara Joshi")?.country).toBe("AU");
    expect(find(article, "Liam Harte")?.country).toBe("AU");
  });
});

describe("state abbreviations the press writes", () => {
  it("reads NSW, Qld and KZN as their states", () => {
    const nsw = extract([
      "NSW Farmers chair Angela Whitlam said growers across NSW had locked in contracts before the frost.",
      "Qld Health said 40 clinics in Qld would open late.",
    ]);
    expect(nsw.countries).toEqual(["AU"]);
    const kzn = extract(["The KZN health department said clinics across KZN reported a shortfall of nurses."]);
    expect(kzn.countries).toEqual(["ZA"]);
  });
});
