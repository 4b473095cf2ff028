/**
 * A country's possessive before an office with its portfolio, or before a body's description, owns them (holdout-19
 * cause): "Senegal's Minister of Trade Aminata Faye", "Senegal's investment agency APIX … Its director general",
 * "Ghana's power regulator, the Energy Commission,". Set in a story another country leads. Sentences written for
 * these tests.
 */
import { find, fromOutlet } from "./raw-article";

const LEAD = "ANKARA (AA) - Türkiye and Senegal agreed on Tuesday to triple trade within five years, Turkish Trade Minister Selim Kaya said after talks in Ankara.";
const TITLE = "Türkiye, Senegal aim to triple trade";

describe("a country's possessive before an office with its portfolio", () => {
  it("gives the office-holder that country, not the story's", () => {
    const article = fromOutlet("aa.com.tr", [LEAD, "“Trade is far below what two economies of this size can do,” Kaya said, beside Senegal's Minister of Trade and Industry Aminata Diallo Faye.", "Faye said the two sides had signed seven agreements on fisheries and customs."], TITLE);
    expect(find(article, "Selim Kaya")?.country).toBe("TR");
    expect(find(article, "Aminata Diallo Faye")?.country).toBe("SN");
  });

  it("reads 'Minister for' portfolios the same way", () => {
    const article = fromOutlet("aa.com.tr", [LEAD, "Kenya's Minister for Investment John Mwangi, who attended the forum, said Nairobi wanted the same terms."], TITLE);
    expect(find(article, "John Mwangi")?.country).toBe("KE");
  });
});

describe("a country's possessive before a body's description", () => {
  it("seats the body there, and its officer named through 'its'", () => {
    const article = fromOutlet("aa.com.tr", [LEAD, "Senegal's investment agency APIX puts Turkish investment in the country at $680 million. Its director general, Ousmane Sy Diagne, said a Turkish group was bidding for a grain terminal."], TITLE);
    expect(find(article, "APIX")?.country).toBe("SN");
    expect(find(article, "Ousmane Sy Diagne")?.country).toBe("SN");
  });

  it("seats a body named in apposition after the description, with or without its article", () => {
    const article = fromOutlet("aa.com.tr", [LEAD, "Ghana's power regulator, the Energy Commission, said tariffs for Turkish-built plants would be reviewed.", "Kenya's biggest lender, Equity Bank, said it would open a desk in Istanbul."], TITLE);
    expect(find(article, "Energy Commission")?.country).toBe("GH");
    expect(find(article, "Equity Bank")?.country).toBe("KE");
  });

  it("leaves a nationality nearer the name in charge ('Nigeria's Chinese contractor')", () => {
    const article = fromOutlet("aa.com.tr", [LEAD, "Nigeria's Chinese contractor Huaxing Rail said the line would open in March."], TITLE);
    expect(find(article, "Huaxing Rail")?.country).toBe("CN");
  });
});
