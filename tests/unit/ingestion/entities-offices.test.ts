import { extract, actor, find } from "./raw-article";

describe("countries a word names only as another country's subdivision", () => {
  it("reads Niger State as Nigeria and the Somali region as Ethiopia", () => {
    const nigeria = extract(["MINNA — Floods displaced thousands in Niger State, the state government said on Sunday.", "Relief camps opened in Mokwa."]);
    expect(nigeria.countries).toContain("NG");
    expect(nigeria.countries).not.toContain("NE");
    const ethiopia = extract(["JIJIGA — Herders in Ethiopia's Somali region lost their livestock, officials said.", "Water trucks reached most districts."]);
    expect(ethiopia.countries).toEqual(["ET"]);
  });

  it("still reads the countries named alone", () => {
    const article = extract(["Niger and Somalia signed a trade accord on Monday, their ministers said."]);
    expect(article.countries).toEqual(["NE", "SO"]);
  });

  it("takes no country from Guinea pigs or a headline's Turkey the body writes in lower case", () => {
    const article = extract(
      ["HOLLOW CREEK, Ohio — A prize turkey escaped at the county fair, and a girl won a ribbon for her Guinea pigs."],
      "Fair Week Ends With One Escaped Turkey",
    );
    expect(article.countries).toEqual(["US"]);
  });

  it("keeps a headline's country that the body names too", () => {
    const article = extract(["ANKARA — Turkey raised its main interest rate on Thursday, the central bank said."], "Turkey Raises Rates Again");
    expect(article.countries).toEqual(["TR"]);
  });
});

describe("bodies the text names bare", () => {
  it("gives a lone legislature the story's country", () => {
    const article = extract([
      "CANBERRA — Australia's treasurer told Parliament on Tuesday that the reinsurance pool would be reviewed.",
      "Australian insurers welcomed the review, which Australia's opposition also backed.",
    ]);
    expect(actor(article, "Parliament").country).toBe("AU");
  });

  it("names listed companies and airlines with their seats, and splits two of them joined by 'and'", () => {
    const article = extract(["Shares in Aurizon and Qantas were little changed, while Cebu Pacific and Philippine Airlines cancelled flights."]);
    expect(actor(article, "Aurizon").country).toBe("AU");
    expect(actor(article, "Qantas").country).toBe("AU");
    expect(actor(article, "Philippine Airlines").country).toBe("PH");
    expect(find(article, "Cebu Pacific and Philippine Airlines")).toBeUndefined();
  });

  it("does not take a person's surname that is also a company for the company", () => {
    const article = extract(["Actor Harrison Ford said the film would open in June."]);
    expect(find(article, "Ford")).toBeUndefined();
    expect(actor(article, "Harrison Ford").kind).toBe("PERSON");
  });

  it("keeps a quoted name before 'movement' whole, and a long party name with 'and' whole", () => {
    const article = extract([
      "TUNIS — The National Rally for Reform and Development will lead the alliance, joined by the \"Hope and Work\" movement.",
      "Tunisian parties said the lists were ready.",
    ]);
    expect(actor(article, "National Rally for Reform and Development").kind).toBe("ORGANIZATION");
    expect(actor(article, "Hope and Work").kind).toBe("ORGANIZATION");
  });

  it("does not take a sentence's opening common noun, or 'the Baltic states', for a body", () => {
    const article = extract(["Credit rating agency Moody's said the budget was in line with forecasts.", "\"The Baltic states asked for speed,\" the minister said."]);
    expect(find(article, "Credit")).toBeUndefined();
    expect(find(article, "Baltic")).toBeUndefined();
    expect(actor(article, "Moody's").country).toBe("US");
  });
});

describe("people's countries from their offices and employers", () => {
  it("reads 'CEO of Saab Ingrid Malmberg' as the employer and its employee", () => {
    const article = extract(["TALLINN — Estonia signed the contract. CEO of Saab Ingrid Malmberg said deliveries would begin soon.", "Estonian officials agreed."]);
    expect(actor(article, "Saab").country).toBe("SE");
    expect(actor(article, "Ingrid Malmberg").country).toBe("SE");
    expect(find(article, "of Saab Ingrid Malmberg")).toBeUndefined();
  });

  it("keeps 'Minister of Finance Jane Doe' a portfolio, not an employer", () => {
    const article = extract(["NAIROBI — Kenya's budget passed. Cabinet Secretary for Devolution Grace Wafula said funds were released.", "Kenyan counties welcomed it."]);
    expect(find(article, "Devolution")).toBeUndefined();
    expect(actor(article, "Grace Wafula").country).toBe("KE");
  });

  it("gives a business's employee after 'of' the business as employer", () => {
    const article = extract(["DETROIT — Prices rose. Analyst Priya Raman of Cox Automotive said prices were likely to rise."]);
    expect(actor(article, "Cox Automotive").kind).toBe("ORGANIZATION");
    expect(actor(article, "Priya Raman").kind).toBe("PERSON");
  });

  it("places an office-holder speaking in a capital in that capital's country, not the story's", () => {
    const article = extract([
      "DETROIT — The carmaker will keep hiring at its U.S. plants, its U.S. managers said in Detroit and Michigan.",
      "Economy Minister Kaito Nishimura said in Tokyo that his government would seek an exemption.",
    ]);
    expect(actor(article, "Kaito Nishimura").country).toBe("JP");
  });

  it("gives a known employer's staff its seat, an international body's none", () => {
    const article = extract([
      "ANTANANARIVO — Madagascar's government asked for aid.",
      "\"The next days are critical,\" WFP country director Giulia Moretti said, while NASA astronaut Derek Owusu watched the storm from orbit.",
    ]);
    expect(actor(article, "Giulia Moretti").country).toBeNull();
    expect(actor(article, "Derek Owusu").country).toBe("US");
  });

  it("reads initials after a lower-case role, and a place-like surname after a title", () => {
    const article = extract(["BENGALURU — Karnataka's opposition protested, and party leader MB Lokesh said relief was late.", "Chief executive Meredith Langford said the insurer had received claims."]);
    expect(actor(article, "MB Lokesh").kind).toBe("PERSON");
    expect(actor(article, "Meredith Langford").kind).toBe("PERSON");
  });
});

describe("places that read like names", () => {
  it("takes a name after a locative preposition for a place, not a person or body", () => {
    const article = extract([
      "Jordan Pell, who runs a marina in Cedar Key, said owners were hauling boats inland.",
      "Business owners in Lenasia said the outage was costing them money.",
    ]);
    expect(find(article, "Cedar Key")).toBeUndefined();
    expect(find(article, "Lenasia")).toBeUndefined();
    expect(actor(article, "Jordan Pell").kind).toBe("PERSON");
  });

  it("still reads a person with a given name after 'in'", () => {
    const article = extract(["The ministry said in Maria Lopez's words that nothing had changed, Maria Lopez said."]);
    expect(actor(article, "Maria Lopez").kind).toBe("PERSON");
  });
});

describe("offices and affiliations around a name", () => {
  it("reads 'Controller of Budget Margaret Achieng' as the office and its holder, not one body", () => {
    const article = extract(["NAIROBI — Controller of Budget Margaret Achieng said the county owed suppliers money.", "Kenyan counties replied."]);
    expect(actor(article, "Margaret Achieng").title).toBe("Controller of Budget");
    expect(find(article, "Controller of Budget Margaret Achieng")).toBeUndefined();
  });

  it("keeps 'Bank of Thailand' a body when no name follows it", () => {
    const article = extract(["BANGKOK — The Bank of Thailand held its rate, Thai economists said."]);
    expect(actor(article, "Bank of Thailand").kind).toBe("ORGANIZATION");
  });

  it("keeps a role word ending a name as the name's (Tariq Mehmood Khan)", () => {
    const article = extract(["KARACHI — Chief meteorologist Tariq Mehmood Khan said the sea breeze had been cut off."]);
    expect(actor(article, "Tariq Mehmood Khan").kind).toBe("PERSON");
  });

  it("reads a name 'of the <Party>' as a person with an affiliation", () => {
    const article = extract(["ACCRA — Kofi Asamoah-Darko of the New Patriotic Party received 16,902 votes."]);
    expect(actor(article, "Kofi Asamoah-Darko").kind).toBe("PERSON");
    expect(actor(article, "New Patriotic Party").kind).toBe("ORGANIZATION");
  });
});

describe("national agencies and legislatures", () => {
  it("gives US agencies their country in a story set elsewhere, and Congress the story's", () => {
    const article = extract([
      "MEXICO CITY — Mexico's civil protection agency said shelters were open, and Mexican officials urged calm.",
      "The National Hurricane Center said the storm would strengthen, and the U.S. Geological Survey recorded a tremor.",
      "Mexico's Congress approved emergency funds.",
    ]);
    expect(actor(article, "National Hurricane Center").country).toBe("US");
    expect(actor(article, "U.S. Geological Survey").country).toBe("US");
    expect(actor(article, "Congress").country).toBe("MX");
  });

  it("keeps the Africa CDC one continental body with no country", () => {
    const article = extract(["ADDIS ABABA, ETHIOPIA | The Africa Centres for Disease Control and Prevention said it would release funds."]);
    expect(actor(article, "Africa Centres for Disease Control and Prevention").country).toBeNull();
    expect(find(article, "Centers for Disease Control and Prevention")).toBeUndefined();
    expect(article.countries).toEqual(["ET"]);
  });
});

describe("a company's short form as employer", () => {
  it("gives the staff of 'Halbwerk's' the seat of Halbwerk Semiconductors named before", () => {
    const article = extract([
      "GEORGE TOWN, Malaysia — Munich-based Halbwerk Semiconductors has opened a plant in Penang, Malaysia.",
      "Halbwerk's chief operating officer, Dr. Jutta Reinholz, said the plant would grow. Halbwerk already employs 5,500 people.",
    ]);
    expect(actor(article, "Jutta Reinholz").country).toBe("DE");
  });

  it("leaves a place owning a title to the story's country", () => {
    const article = extract(["GEORGE TOWN, Malaysia — Penang officials opened a plant in Malaysia.", "Penang's chief minister, Lim Wei Shen, said the plant would grow."]);
    expect(actor(article, "Lim Wei Shen").country).toBe("MY");
  });
});

describe("councillors", () => {
  it("reads 'Cr Harrigan' as the councillor named before, not a new person", () => {
    const article = extract(["CHARLEVILLE — Shire Mayor Col Harrigan said residents had moved to higher ground.", "\"This is worse than 1990,\" Cr Harrigan said."]);
    expect(find(article, "Cr Harrigan")).toBeUndefined();
    expect(actor(article, "Col Harrigan").kind).toBe("PERSON");
  });
});

describe("an office whose portfolio holds no given name", () => {
  it("makes no person of 'of the Opposition' and still finds the holder after it", () => {
    const article = extract([
      "The Leader of the Opposition in the Assembly, K. Narayan Rao of the Janata Dal, accused the government of hiding the losses.",
      "Rao said his party would walk out on Monday.",
    ]);
    expect(article.actors.map((a) => a.name).filter((n) => /^(?:of|for)\b/.test(n))).toEqual([]);
    expect(actor(article, "K. Narayan Rao").kind).toBe("PERSON");
  });
});
