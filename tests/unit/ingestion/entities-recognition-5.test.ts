import { actor, extract, find } from "./raw-article";

describe("news agencies and broadcasters named as a source", () => {
  it("reads a national agency or broadcaster after 'told' or before 'quoted' as a body with its seat", () => {
    const article = extract([
      "The harbour master told Bernama that three boats had sunk overnight near the jetty.",
      "\"We will rebuild the pier before the monsoon,\" Antara quoted the regent as saying on Friday.",
      "A shop owner told Suspilne the blast shattered every window on the street.",
    ]);
    expect(actor(article, "Bernama").kind).toBe("ORGANIZATION");
    expect(actor(article, "Bernama").country).toBe("MY");
    expect(actor(article, "Antara").country).toBe("ID");
    expect(actor(article, "Suspilne").country).toBe("UA");
    expect(find(article, "Bernama")?.kind).not.toBe("PERSON");
  });
});

describe("honorifics and ranks written short before a name", () => {
  it("keeps 'Eng.', 'Md.' and 'Supt' out of the name, and no person named by them alone", () => {
    const article = extract([
      "Roads Minister Eng. Halima Mrisho told reporters the bridge would reopen in May.",
      "Two guards were hurt, Chittagong Metropolitan Police Commissioner Md. Jahangir Alam said.",
      "Kuala Krai district police chief Supt Nor Hafiz Yusof said the road was closed.",
    ]);
    expect(actor(article, "Halima Mrisho").kind).toBe("PERSON");
    expect(actor(article, "Halima Mrisho").title).toMatch(/Minister/);
    expect(actor(article, "Jahangir Alam").kind).toBe("PERSON");
    expect(actor(article, "Nor Hafiz Yusof").title).toMatch(/police chief/);
    for (const word of ["Eng", "Md", "Supt"]) expect(find(article, word)).toBeUndefined();
  });

  it("still ends a sentence at 'Md.' when it is the US state after a town", () => {
    const article = extract(["The clinic opened in Rockville, Md. The owner, Dana Whitfield, said demand was strong."]);
    expect(actor(article, "Dana Whitfield").kind).toBe("PERSON");
  });
});

describe("places named like people", () => {
  it("reads a name opened by a foreign place word, or ended by a place's head, as no person", () => {
    const article = extract([
      "Workers at Chile's Cerro Negro copper mine walked off the job, and the union at Cerro Negro said pay was too low, union leader Pablo Rojas said.",
      "Families were moved to schools in Kuala Krai and Batu Pahat, where the river rose overnight.",
      "Amina Odhiambo won the Ngong Ridge 10km, and Leeds City Council voted to shut Hillcrest Primary in Otley.",
      "Parents at Hillcrest Primary said they would appeal.",
      "Former homeland security secretary Tom Ridge said the plan was sound.",
    ]);
    for (const place of ["Cerro Negro", "Kuala Krai", "Batu Pahat", "Ngong Ridge", "Hillcrest Primary"]) expect(find(article, place)).toBeUndefined();
    expect(actor(article, "Pablo Rojas").kind).toBe("PERSON");
    expect(actor(article, "Tom Ridge").kind).toBe("PERSON");
  });

  it("reads a region of the gazetteer ending a two-word name with no given name as a place", () => {
    const article = extract(["Evacuees were housed in 14 centres in Besut and Hulu Perak as of 8pm, officials said."]);
    expect(find(article, "Hulu Perak")).toBeUndefined();
  });

  it("reads a city's word before a branch officer's title as the branch's place", () => {
    const article = extract(["The drivers' union said its Mombasa chairman, Peter Kamau Ndungu, would meet police."]);
    expect(find(article, "Mombasa")?.kind).not.toBe("ORGANIZATION");
    expect(actor(article, "Peter Kamau Ndungu").kind).toBe("PERSON");
  });

  it("reads the capitalised words before 'district police chief' as a place, not the officer's employer", () => {
    const article = extract([
      "Kota Tinggi district police chief Supt Nor Hafiz Yusof said the victim was found near the river.",
      "Labour group leader Coun Janet Pryce said the closure was rushed.",
      "Molo South police commander Grace Chebet said the lorry had lost its brakes.",
    ]);
    expect(find(article, "Molo South")).toBeUndefined();
    expect(find(article, "Molo")).toBeUndefined();
    expect(actor(article, "Grace Chebet").title).toMatch(/police commander/);
    expect(find(article, "Kota Tinggi")).toBeUndefined();
    expect(actor(article, "Nor Hafiz Yusof").title).toMatch(/district police chief/);
    expect(actor(article, "Janet Pryce").kind).toBe("PERSON");
  });
});

describe("capitals that name no body", () => {
  it("reads capitals right after a number as its unit", () => {
    const article = extract(["The terminal handled 640,000 TEU in March and 4.2m TEU over the year, the port authority said."]);
    expect(find(article, "TEU")).toBeUndefined();
  });

  it("reads a place in capitals before a date and a spaced hyphen as a dateline", () => {
    const article = extract(["DOLPA, Aug 3 - At least six people died when a bus left the road, police said."]);
    expect(find(article, "DOLPA")).toBeUndefined();
  });
});

describe("an office named by a portfolio, then its holder", () => {
  it("keeps 'Public Prosecutions' in the title of the deputy who holds it", () => {
    const article = extract(["The case was led by Deputy Director of Public Prosecutions Kemar Blake-Ellis, who asked for 15 years."]);
    expect(actor(article, "Kemar Blake-Ellis").title).toBe("Deputy Director of Public Prosecutions");
    expect(find(article, "Public Prosecutions")).toBeUndefined();
  });
});

describe("bodies named with no head noun, by what the sentence does with them", () => {
  it("reads a name whose share price moves, a stake, a former employer and a pair of rivals as bodies", () => {
    const article = extract([
      "Lenders led the index higher, with state-controlled Caixa Rural do Norte rising 3.1% and Sparbanken Nord adding 2 percent.",
      "Shares in Volantis fell after the results. Its finance chief, Erik Lund, who joined from Nordair in 2022, said costs were rising.",
      "Halkbanka Ege and Deniz Kredi, its closest rivals, report next week.",
      "Bus mileage in Norfolk fell 12% over the decade, figures show.",
    ]);
    for (const body of ["Caixa Rural do Norte", "Sparbanken Nord", "Volantis", "Nordair", "Halkbanka Ege", "Deniz Kredi"]) expect(actor(article, body).kind).toBe("ORGANIZATION");
    expect(find(article, "Norfolk")?.kind).not.toBe("ORGANIZATION");
    expect(actor(article, "Erik Lund").kind).toBe("PERSON");
  });

  it("reads a short name after a lower-case body's description, or after 'known as', as the body", () => {
    const article = extract([
      "The state mining commission Minerval projects output of 2 million tonnes this year.",
      "The central bank's rate committee, known as Cotar, held rates at 9%.",
    ]);
    expect(actor(article, "Minerval").kind).toBe("ORGANIZATION");
    expect(actor(article, "Cotar").kind).toBe("ORGANIZATION");
  });

  it("joins Portuguese and Swahili particles inside a body's name", () => {
    const article = extract([
      "Banco do Nordeste said lending rose, and Chama cha Wakulima na Wafugaji, a farmers' party, called for subsidies.",
    ]);
    expect(actor(article, "Banco do Nordeste").kind).toBe("ORGANIZATION");
  });
});

describe("an outlet spoken to or quoting", () => {
  it("reads an unlisted name after 'told' or before 'quoted him as saying' as a body, not a person", () => {
    const article = extract([
      "A shop owner told Kathimerini on Monday that sales had halved since the spring.",
      "\"We will rebuild the school by winter,\" Khabarovsky Vestnik quoted him as saying.",
      "Farmer Anna Novak said the flood was the worst in memory. Later her neighbour told Novak that the fields were lost.",
    ]);
    expect(actor(article, "Kathimerini").kind).toBe("ORGANIZATION");
    expect(actor(article, "Khabarovsky Vestnik").kind).toBe("ORGANIZATION");
    expect(find(article, "Novak")).toBeUndefined();
    expect(actor(article, "Anna Novak").kind).toBe("PERSON");
  });
});

describe("sites an industry works at", () => {
  it("reads a name before 'port cluster' or 'copper mine' as the site, not a person", () => {
    const article = extract([
      "Throughput at Vietnam's Cai Lan-Hon Gai port cluster rose 21% this year, the ministry said.",
      "Output at the Kamoto Ndola copper mine fell after the strike.",
    ]);
    expect(find(article, "Cai Lan-Hon Gai")).toBeUndefined();
    expect(find(article, "Kamoto Ndola")).toBeUndefined();
  });
});

describe("a nickname in quote marks inside a name", () => {
  it("names the person by the given name and surname, and the surname alone is that person", () => {
    const article = extract([
      "Delroy 'Shotta' Gayle was found guilty in May on 12 counts of fraud.",
      "Justice Ann Brown said Gayle had shown no remorse, and ordered Gayle to repay the money.",
    ]);
    expect(actor(article, "Delroy Gayle").kind).toBe("PERSON");
    expect(find(article, "Gayle")).toBeUndefined();
  });
});

describe("a country's company named by a shortened sector word", () => {
  it("reads 'South Korea's Daebit Semicon' as a company, not a person", () => {
    const article = extract(["South Korea's Daebit Semicon will invest $1.1 billion to build a chip packaging plant near the border."]);
    expect(actor(article, "Daebit Semicon").kind).toBe("ORGANIZATION");
    expect(actor(article, "Daebit Semicon").country).toBe("KR");
  });
});

describe("titles with a portfolio or an abbreviation before the name", () => {
  it("reads a capitalised portfolio after 'for' and before a given name as part of the title", () => {
    const article = extract(["Deputy Prime Minister for Restoration Olena Marchuk said the port would reopen within two days."]);
    expect(actor(article, "Olena Marchuk").title).toBe("Deputy Prime Minister for Restoration");
  });

  it("reads a role's abbreviation before a given name as the title", () => {
    const article = extract(["Lawmakers questioned Mining CS Hassan Mwangi Otieno, who defended the new royalty rates."]);
    expect(actor(article, "Hassan Mwangi Otieno").kind).toBe("PERSON");
    expect(actor(article, "Hassan Mwangi Otieno").title).toMatch(/CS/);
  });

  it("reads a given name right after 'said' as a person even when the appositive's job is a business noun", () => {
    const article = extract(["\"We cannot feed our children,\" said Nasima Begum, a sewing machine operator in Savar."]);
    expect(actor(article, "Nasima Begum").kind).toBe("PERSON");
  });
});

describe("legislatures named by a name of their own, and long datelines", () => {
  it("reads a national legislature's own name as that country's body", () => {
    const article = extract(["The Saeima is due to vote on the rail budget in June, and the Riigikogu debated a similar bill."]);
    expect(actor(article, "Saeima").country).toBe("LV");
    expect(actor(article, "Riigikogu").country).toBe("EE");
  });

  it("reads a place in capitals before a long country name, a credit and a dash as a dateline", () => {
    const article = extract(["BUKAVU, Democratic Republic of Congo (Reuters) — At least 12 people died in a landslide, officials said."]);
    expect(find(article, "BUKAVU")).toBeUndefined();
  });
});

describe("'the late' before a name", () => {
  it("reads a name after 'the late' as a person", () => {
    const article = extract(["The course record was set in 2019 by the late Kelvin Kiprono, organisers said."]);
    expect(actor(article, "Kelvin Kiprono").kind).toBe("PERSON");
  });
});

describe("newspapers and portfolios named like people", () => {
  it("reads a name ending in a newspaper's word as a body", () => {
    const article = extract(["The treasurer, speaking separately to the Daily Sentinel, confirmed the approvals."]);
    expect(actor(article, "Daily Sentinel").kind).toBe("ORGANIZATION");
  });

  it("reads one word after a role's 'for' as the portfolio, not a person", () => {
    const article = extract(["The agency's Deputy Director General for Technical Cooperation, Lukas Ferrante, said the centre would open."]);
    expect(find(article, "Cooperation")).toBeUndefined();
    expect(actor(article, "Lukas Ferrante").kind).toBe("PERSON");
  });
});

describe("a body's name, its officer's title and the officer", () => {
  it("splits 'Electoral Commission Chairman Dr. X' into the body and the person", () => {
    const article = extract(["Electoral Commission Chairman Dr. Kofi Mensah-Bonsu said the count would finish on Friday."]);
    expect(actor(article, "Electoral Commission").kind).toBe("ORGANIZATION");
    expect(actor(article, "Kofi Mensah-Bonsu").kind).toBe("PERSON");
    expect(actor(article, "Kofi Mensah-Bonsu").title).toMatch(/Chairman/);
  });

  it("reads 'Commission Chairman Dr. X' as a person with a title, not a body", () => {
    const article = extract(["At a briefing in Kandy, Commission Chairman Dr. Ruwan Perera said tariffs would fall."]);
    expect(actor(article, "Ruwan Perera").kind).toBe("PERSON");
  });

  it("keeps a portfolio's head in the title ('Water Resources Minister')", () => {
    const article = extract(["Water Resources Minister Anil Deshmukh said the dam was safe."]);
    expect(find(article, "Water Resources")).toBeUndefined();
    expect(actor(article, "Anil Deshmukh").title).toMatch(/Minister/);
  });
});

describe("legal forms of companies outside the English-speaking world", () => {
  it("reads 'Berhad' and 'Tbk' as the end of a company's name", () => {
    const article = extract(["Penang Rail Berhad said in a statement that services had been suspended, and Sumber Jaya Tbk shares fell."]);
    expect(actor(article, "Penang Rail Berhad").kind).toBe("ORGANIZATION");
    expect(actor(article, "Sumber Jaya Tbk").kind).toBe("ORGANIZATION");
  });
});

describe("bodies named in Swahili and Malay", () => {
  it("reads a name opened by a local-language head as one body, with its particles", () => {
    const article = extract([
      "Chama cha Wakulima na Wafugaji (CWW) secretary general Daniel Mollel said the party would contest every seat.",
      "Suruhanjaya Tenaga said tariffs would rise in July.",
    ]);
    expect(actor(article, "Chama cha Wakulima na Wafugaji").kind).toBe("ORGANIZATION");
    expect(actor(article, "Suruhanjaya Tenaga").kind).toBe("ORGANIZATION");
    expect(actor(article, "Daniel Mollel").kind).toBe("PERSON");
  });
});

describe("one-word company names made with a business's morpheme", () => {
  it("reads '-bank', '-tel' and '-com' words as companies, and keeps surnames as people", () => {
    const article = extract([
      "The rest of the cost came from a loan arranged by the Nordexbank.",
      "Unlike Paytel and the larger wallets, the app charges a flat fee.",
      "Marcel Kittel won the stage, and Kittel said the finish suited him.",
    ]);
    expect(actor(article, "Nordexbank").kind).toBe("ORGANIZATION");
    expect(actor(article, "Paytel").kind).toBe("ORGANIZATION");
    expect(actor(article, "Marcel Kittel").kind).toBe("PERSON");
    expect(find(article, "Kittel")).toBeUndefined();
  });
});

describe("an office named alone", () => {
  it("reads 'the Commissioner of Police' as no body, and names only the body after the office's 'of'", () => {
    const article = extract([
      "A memo bearing the forged signature of the Commissioner of Police was shared online.",
      "The Director-General and Chairman of the Board of the RTA, Saeed Al Nuaimi, opened the line.",
      "Leader of the Opposition Arvind Mehta said the government had ignored warnings.",
    ]);
    expect(find(article, "Commissioner of Police")).toBeUndefined();
    expect(article.actors.filter((x) => x.name.startsWith("Director-General"))).toHaveLength(0);
    expect(actor(article, "RTA").kind).toBe("ORGANIZATION");
    expect(actor(article, "Arvind Mehta").title).toBe("Leader of the Opposition");
  });
});

describe("one lower-case field word between an employer and a role", () => {
  it("reads 'Federated Growers dairy chair Andrew Pullar' as the body's officer", () => {
    const article = extract(["Federated Growers dairy chair Andrew Pullar, who milks 420 cows, said prices were good."]);
    expect(actor(article, "Federated Growers").kind).toBe("ORGANIZATION");
    expect(actor(article, "Andrew Pullar").title).toMatch(/dairy chair/);
  });

  it("keeps an office's holder whose names are in no list ('Inspector General of Police X Y Z')", () => {
    const article = extract(["Inspector General of Police Wycliffe Mutua Kirui said officers were deployed."]);
    expect(actor(article, "Wycliffe Mutua Kirui").title).toBe("Inspector General of Police");
  });
});

describe("an office's holder owning a body's name", () => {
  it("keeps 'the Regional Prosecutor's Office' and 'the Auditor General's Office' whole, as bodies", () => {
    const article = extract([
      "Lawyers from the Regional Prosecutor's Office told the court the scheme ran for six years.",
      "The Auditor General's Office said the accounts were late.",
    ]);
    expect(actor(article, "Regional Prosecutor's Office").kind).toBe("ORGANIZATION");
    expect(actor(article, "Auditor General's Office").kind).toBe("ORGANIZATION");
    expect(find(article, "General")).toBeUndefined();
  });
});

describe("a given name alone, then its job", () => {
  it("reads a given name after 'asked' with ', a driver' as a person", () => {
    const article = extract(["\"Who pays for the diesel?\" asked Taras, a driver from Rivne who gave only his first name."]);
    expect(actor(article, "Taras").kind).toBe("PERSON");
  });

  it("reads Spanish technical institutes and a disclosure platform as bodies", () => {
    const article = extract([
      "Economist Raul Cantu of the Tecnológico de Guadalajara said the plant mattered.",
      "The bank said in a filing to the Public Disclosure Platform that profit rose.",
    ]);
    expect(actor(article, "Tecnológico de Guadalajara").kind).toBe("ORGANIZATION");
    expect(actor(article, "Public Disclosure Platform").kind).toBe("ORGANIZATION");
  });
});
