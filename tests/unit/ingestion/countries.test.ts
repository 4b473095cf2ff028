import { extract } from "./raw-article";

const countries = (paragraphs: string[], title?: string) => extract(paragraphs, title).countries;

describe("countries", () => {
  it("reads names, demonyms, abbreviations and capitals", () => {
    expect(countries(["N. Korean troops were seen near Pyongyang, U.S. officials said, as Moscow and Kyiv traded blame."])).toEqual(["KP", "RU", "UA", "US"]);
    expect(countries(["Officials in Kiev and the US said the UK would help."])).toEqual(["GB", "UA", "US"]);
  });

  it("takes Washington for the United States", () => {
    expect(countries(["Washington has voiced concern about the move, officials said."])).toEqual(["US"]);
  });

  it("tells the country Georgia from the US state", () => {
    expect(countries(["Protesters marched in Tbilisi as Georgia moved closer to Russia, officials said."])).toEqual(["GE", "RU"]);
    expect(countries(["ATLANTA — Georgia's regulators approved higher power rates for customers in Fulton County and Savannah."])).toEqual(["US"]);
  });

  it("does not take first names, birds or look-alike names for countries", () => {
    expect(countries(["Commissioner Jordan Whitfield and Chad Bennett said the turkey farm in Nigeria was sold."])).toEqual(["NG"]);
    expect(countries(["The Niger river and Nigerien officials were named in the report from Niamey."])).toEqual(["NE"]);
  });

  it("reads possessives and hyphenated compounds", () => {
    expect(countries(["China's foreign ministry condemned the Russian-occupied areas in a pro-Ukrainian statement."])).toEqual(["CN", "RU", "UA"]);
  });

  it("ignores regions and seas named after countries", () => {
    expect(countries(["Latin American leaders met on a ship in the South China Sea and flew on to New Mexico."])).toEqual([]);
  });
});
