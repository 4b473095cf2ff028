import { extract } from "./raw-article";

const countries = (paragraphs: string[], title?: string) => extract(paragraphs, title).countries;

describe("demonyms that name a language or a style", () => {
  it("reads a demonym after a verb of speech and 'in' as a language", () => {
    expect(countries(["The Angolan envoy, speaking in Portuguese through an interpreter, told delegates in Nairobi that talks would resume."])).toEqual(["AO", "KE"]);
    expect(countries(["A notice written in French was posted at the border crossing between Kenya and Uganda."])).toEqual(["KE", "UG"]);
  });

  it("keeps a demonym after 'in' when no verb of speech comes before it", () => {
    expect(countries(["Kenyan investors bought stakes in Portuguese banks last year."])).toEqual(["KE", "PT"]);
  });

  it("reads '<demonym>-style' as a style, not the country", () => {
    expect(countries(["A baker in Nairobi who sells Danish-style pastries said flour prices had doubled."])).toEqual(["KE"]);
  });

  it("reads a landmark named with a demonym as a place in the story's town", () => {
    expect(countries(["Flood barriers along the Spanish Arch in Galway will be raised by a metre, Ireland's flood agency said."])).toEqual(["IE"]);
  });

  it("reads a creek, river or bay named with a demonym as a local place", () => {
    expect(countries(["Pupils at Little Indian Creek Middle School in Macon, Georgia, will move to portable classrooms."])).toEqual(["US"]);
    expect(countries(["Salmon returns on the Russian River in Sonoma County, California, fell for a third year."])).toEqual(["US"]);
    expect(countries(["Indian exporters in Chennai said the port strike had cost them orders."])).toEqual(["IN"]);
  });
});

describe("cities in the names of accords and world markets", () => {
  it("does not read the city of a world metals market as the story's country", () => {
    expect(countries(["Zinc rose 2% to $2,900 a tonne on the London Metal Exchange after a mine in Peru flooded."])).toEqual(["PE"]);
  });

  it("does not read the city of a regional accord as the story's country", () => {
    expect(countries(["Inspectors in Singapore detained the ship under the Tokyo MOU, the regime that covers Asia-Pacific ports."])).toEqual(["SG"]);
  });

  it("keeps the city of a venue named for conventions", () => {
    expect(countries(["The summit will be held at the Kigali Convention Centre in March."])).toEqual(["RW"]);
  });

  it("keeps the city when the story is set there", () => {
    expect(countries(["Traders in London said the London Metal Exchange would review its rules."])).toEqual(["GB"]);
  });
});

describe("US cents", () => {
  it("reads 'US cents' as a currency, not the United States", () => {
    expect(countries(["Dubai's utility said the winning bid of 1.31 US cents per kilowatt hour was a record low for the UAE."])).toEqual(["AE"]);
  });
});

describe("Georgia with Europe in the story", () => {
  it("reads Georgia as the US state when Atlanta is named and Europe only in passing", () => {
    expect(
      countries(["Researchers in Atlanta tracked the outbreak from a lab in Georgia, and a team in Europe shared samples with colleagues across Europe."]),
    ).toEqual(["US"]);
  });
});

describe("a capital the text uses as a surname", () => {
  it("reads the bare surname as the person, not the capital", () => {
    expect(countries(["Provincial Governor Marco Lima said the dikes in Pampanga had failed.", "\"The water came in two hours,\" Lima said in a radio interview in the Philippines."])).toEqual(["PH"]);
  });

  it("keeps the capital after a preposition of place", () => {
    expect(countries(["Governor Marco Lima of Pampanga flew to Lima for talks with Peru's trade minister on rice imports for the Philippines."])).toEqual(["PE", "PH"]);
  });
});
