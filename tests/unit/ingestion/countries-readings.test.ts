import { extract } from "./raw-article";

const countries = (paragraphs: string[], title?: string) => extract(paragraphs, title).countries;

describe("country words that name something else", () => {
  it("does not read a virus or strain named after a country as a mention of it", () => {
    expect(countries(["Health workers in Guinea traced 40 contacts of a patient with Sudan virus disease, the health ministry of Guinea said. A vaccine against the Sudan strain is still in trials."])).toEqual(["GN"]);
  });

  it("does not read the US dollar as a mention of the United States", () => {
    expect(countries(["The Kenyan shilling eased to 129 per US dollar on Tuesday, and traders in Nairobi said importers were buying United States dollars ahead of the holidays."])).toEqual(["KE"]);
  });

  it("keeps the United States when the text names it otherwise", () => {
    expect(countries(["The US Treasury said the dollar was strong. Exporters in Kenya sold US dollars to the central bank."])).toEqual(["KE", "US"]);
  });

  it("does not read the city inside a double-barrelled surname as a mention of its country", () => {
    expect(
      countries(["Grower Rosa Mendes-Lima lost half her orchard to hail in Portugal, and Mendes-Lima said the insurers had not called. Dr. Aubert-Paris, a vet, checked the goats."]),
    ).toEqual(["PT"]);
  });

  it("keeps both countries of a compound of places", () => {
    expect(countries(["Officials from Kenya said the Peru-Chile border talks would resume."])).toEqual(["CL", "KE", "PE"]);
  });

  it("does not read a demonym that names a language as a mention of its country", () => {
    expect(
      countries(["Kenya's fisheries agency, known by its Portuguese acronym in Mozambique's press, signed the deal, and the French-speaking delegates from Kenya read the English edition."]),
    ).toEqual(["KE", "MZ"]);
  });

  it("keeps a demonym before other nouns", () => {
    expect(countries(["Portuguese fishermen landed their catch in Kenya."])).toEqual(["KE", "PT"]);
  });

  it("reads a country's word that opens a body's name as the country, not as a given name", () => {
    expect(countries(["Heavy rain is expected on the coast, the India Meteorological Department said on Friday."])).toEqual(["IN"]);
  });

  it("still reads the same word before a surname as a given name", () => {
    expect(countries(["India Summers, a teacher, said the school would reopen."])).toEqual([]);
  });

  it("counts the United States for a US state named once", () => {
    expect(countries(["The Korean battery maker will build its plant in Monterrey, Mexico, close to its customers in Tennessee."])).toEqual(["KR", "MX", "US"]);
  });
});
