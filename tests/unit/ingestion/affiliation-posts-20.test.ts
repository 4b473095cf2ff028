/**
 * A post's place is not its holder's country (holdout-19 cause): an envoy titled with the city of the post
 * ("Chinese Consul General in Karachi Wang Lihua"), and an international body's officer whose title names its
 * office there ("chief of the agency's field office in Hyderabad") after the body is named in house style
 * ("Unicef"). Sentences written for these tests.
 */
import { find, fromOutlet } from "./raw-article";

const LEAD = "KARACHI: The Sindh cabinet on Tuesday approved a Rs18bn flood package for Pakistan's worst-hit districts, Chief Minister Ali Jafri said.";
const TITLE = "Sindh cabinet approves flood package";

describe("an envoy's title with the city of the post", () => {
  it("gives the envoy the title's country, not the city's", () => {
    const article = fromOutlet("dawn.com", [LEAD, "Later, Chinese Consul General in Karachi Wang Lihua called on Mr Jafri and handed over 2,000 tents."], TITLE);
    expect(find(article, "Wang Lihua")?.country).toBe("CN");
    expect(find(article, "Wang Lihua")?.title).toBe("Consul General in Karachi");
    expect(find(article, "Ali Jafri")?.country).toBe("PK");
  });

  it("reads a country's possessive before the title the same way", () => {
    const article = fromOutlet("dawn.com", [LEAD, "Kenya's High Commissioner in Islamabad Peter Otieno pledged medical teams."], TITLE);
    expect(find(article, "Peter Otieno")?.country).toBe("KE");
  });

  it("reads a post's city the gazetteer does not know, and a name the registry does not know", () => {
    const article = fromOutlet(
      "thestar.com.my",
      [
        "JOHOR BARU: Police have arrested 12 people over a money mule syndicate, state police chief Azman Hamid said.",
        "Indonesian Consul-General in Johor Baru Hendra Wijayakusuma, who met Azman on Friday, said the consulate would provide legal help.",
      ],
      "Johor police bust money mule syndicate",
    );
    expect(find(article, "Hendra Wijayakusuma")?.country).toBe("ID");
    expect(find(article, "Hendra Wijayakusuma")?.title).toBe("Consul-General in Johor Baru");
  });

  it("leaves an official named by the city alone to the city's country", () => {
    const article = fromOutlet("dawn.com", [LEAD, "Karachi Commissioner Hassan Naqvi visited the camps with the consul general."], TITLE);
    expect(find(article, "Hassan Naqvi")?.country).toBe("PK");
  });
});

describe("an international body in house style, and its officer posted in the story's country", () => {
  const article = fromOutlet(
    "dawn.com",
    [
      LEAD,
      "Unicef said in a statement that 1,140 schools in the flood-hit districts were still damaged.",
      "Kwame Asante, chief of the agency’s field office in Hyderabad, said about 210,000 children had missed classes.",
      "Nato and Asean were not mentioned.",
    ],
    TITLE,
  );

  it("knows 'Unicef', 'Nato' and 'Asean' as the listed bodies", () => {
    expect(article.actors.find((a) => a.name === "UNICEF")?.country).toBeNull();
    expect(article.actors.find((a) => /^nato$/i.test(a.name))?.country).toBeNull();
  });

  it("gives the officer no country, as the body has none", () => {
    expect(find(article, "Kwame Asante")?.country).toBeNull();
  });
});

describe("a person described by nationality before the text names them", () => {
  it("is the one a definite description then names", () => {
    const article = fromOutlet(
      "graphic.com.gh",
      [
        "A Kumasi Circuit Court on Monday granted bail to a Chinese national and 11 Ghanaians arrested during a raid on an illegal mining site in the Ashanti Region.",
        "The accused, Zhou Weiming, 41, a businessman, and his co-accused pleaded not guilty.",
        "Counsel for Zhou, Efua Nkansah-Boateng, told the court her client held a lease for a quarry.",
        "Ghana's Minerals Commission says illegal mining has polluted rivers across Ghana, and the government in Accra has banned it near water.",
      ],
      "Chinese national, 11 others granted bail over galamsey",
    );
    expect(find(article, "Zhou Weiming")?.country).toBe("CN");
    expect(find(article, "Efua Nkansah-Boateng")?.country).toBe("GH");
  });
});
