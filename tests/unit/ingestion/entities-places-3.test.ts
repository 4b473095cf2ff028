import { extractArticle } from "../../../src/ingestion";
import type { ExtractedArticle } from "../../../src/ingestion";
import { FETCHED_AT, actor, extract, find } from "./raw-article";

/** A page from an outlet on the given domain (the domain says the outlet's country). */
function fromOutlet(domain: string, paragraphs: string[], title = "Council Weighs Plans as Residents Object"): ExtractedArticle {
  const raw = ["Home Back", "", title, "", `${domain} 2 hours ago`, ...paragraphs.flatMap((p) => ["", p]), "", "Read more"].join("\n");
  return extractArticle(raw, { fetchedAt: FETCHED_AT });
}

describe("a country's word that is a US town", () => {
  it("reads 'PERU, Indiana' as a US dateline, and the same word later in the story as that town", () => {
    const article = extract([
      "PERU, Indiana — The school board voted on Monday to close two elementary schools, Superintendent Dale Whitcomb said.",
      "The Peru Utilities board will meet next week to discuss water rates for the district.",
    ]);
    expect(article.countries).toEqual(["US"]);
    expect(actor(article, "Dale Whitcomb").country).toBe("US");
  });

  it("reads an AP state abbreviation in a dateline, so the story's people are American", () => {
    const article = extract([
      "MOBILE, Ala. (AP) — Crews cleared fallen trees from roads on Tuesday after a storm knocked out power to thousands of homes, Baldwin County Sheriff Harlan Pruett said.",
      "Resident Cora Delacroix said her street had been dark since Monday night.",
    ]);
    expect(article.countries).toEqual(["US"]);
    expect(actor(article, "Harlan Pruett").country).toBe("US");
    expect(actor(article, "Harlan Pruett").title).toMatch(/Sheriff/);
    expect(actor(article, "Cora Delacroix").country).toBe("US");
  });
});

describe("a city that shares its name with a town in the outlet's country", () => {
  it("reads Perth in a Scottish paper as the Scottish town, with its council", () => {
    const article = fromOutlet("perthshirepost-sample.co.uk", [
      "PERTH — Perth and Kinross Council has delayed a vote on closing two libraries, after 900 residents wrote to object.",
      "Council leader Morag Lindsay said the vote would wait until the spring.",
    ]);
    expect(article.countries).toEqual(["GB"]);
    expect(actor(article, "Perth and Kinross Council").country).toBe("GB");
    expect(find(article, "Kinross Council")).toBeUndefined();
    expect(actor(article, "Morag Lindsay").country).toBe("GB");
  });

  it("keeps the larger city when the text names its country", () => {
    const article = fromOutlet("londonledger-sample.co.uk", [
      "PERTH, Australia — Mining shares fell in Perth on Monday as iron ore prices slid, Australian brokers said.",
    ]);
    expect(article.countries).toEqual(["AU"]);
  });
});

describe("bodies named by a place and a utility's or a branch's word", () => {
  it("reads a country or city before Power or Water as a utility", () => {
    const article = extract([
      "LUSAKA — Zambia Power said on Monday that rationing would end in March, and Kitwe Water warned of low pressure in the city.",
    ]);
    expect(actor(article, "Zambia Power").kind).toBe("ORGANIZATION");
    expect(actor(article, "Zambia Power").country).toBe("ZM");
    expect(actor(article, "Kitwe Water").kind).toBe("ORGANIZATION");
  });

  it("reads a capital or a large city before Water or Power as a utility", () => {
    const article = extract(["Wellington Water said on Monday the worst leaks would be fixed first, and Osaka Power warned of cuts."]);
    expect(actor(article, "Wellington Water").kind).toBe("ORGANIZATION");
    expect(actor(article, "Wellington Water").country).toBe("NZ");
    expect(actor(article, "Osaka Power").country).toBe("JP");
  });

  it("keeps Power or Water alone, or after a common word, out of bodies", () => {
    const article = extract(["NAIROBI — Solar Power is cheaper than diesel, the minister said, and Clean Water matters to every county in Kenya."]);
    expect(find(article, "Solar Power")).toBeUndefined();
    expect(find(article, "Clean Water")).toBeUndefined();
  });

  it("reads a state's Highway Patrol as a body", () => {
    const article = extract(["COLUMBUS, Ohio — The Ohio State Highway Patrol said on Sunday that three people died in crashes over the weekend."]);
    expect(actor(article, "Ohio State Highway Patrol").kind).toBe("ORGANIZATION");
    expect(actor(article, "Ohio State Highway Patrol").country).toBe("US");
  });

  it("reads a listed body's abbreviation and a region's word as its branch", () => {
    const article = fromOutlet("borderstimes-sample.co.uk", [
      "DUMFRIES — NHS Galloway said on Monday that it would open a second minor injuries unit in the town by June.",
    ]);
    expect(actor(article, "NHS Galloway").kind).toBe("ORGANIZATION");
    expect(actor(article, "NHS Galloway").country).toBe("GB");
  });
});

describe("countries that a demonym or a dateline gives", () => {
  it("reads 'Philippine' as the Philippines, for the story and its office holders", () => {
    const article = extract([
      "The Philippine Coast Guard said on Tuesday that it had rescued 40 fishermen off Samar after their boats capsized.",
      "Governor Ramil Dizon said the fishermen were taken to hospital in Catbalogan.",
    ]);
    expect(article.countries).toEqual(["PH"]);
    expect(actor(article, "Ramil Dizon").country).toBe("PH");
  });

  it("gives a minister with no stated country the dateline's country when two countries share the story", () => {
    const article = extract([
      "VILNIUS — Lithuanian hauliers blocked the road to the Belarusian border on Thursday over new transit fees imposed by Belarus.",
      "Transport Minister Darius Kalvaitis said the government would protest. Belarusian officials said the fees were legal.",
    ]);
    expect(actor(article, "Darius Kalvaitis").country).toBe("LT");
  });

  it("ends a body's name before 'and' and a country's adjective that opens the next phrase", () => {
    const article = extract(["TOKYO — The bridge is being built by Japan's Kagura Construction Corp. and Vietnamese firm Song Hong Engineering."]);
    expect(find(article, "Kagura Construction Corp. and Vietnamese")).toBeUndefined();
    expect(actor(article, "Kagura Construction Corp.").country).toBe("JP");
  });
});

describe("country words that name a street, a mine, a river or a seat", () => {
  it("reads 'Kenya Road', 'the Lima mine' and 'the Niger and Benue rivers' as places named after countries", () => {
    const article = extract([
      "ACCRA — Shops on Kenya Road in Accra stayed shut on Monday, and the Lima mine north of the city flooded again.",
      "Farther east, the Niger and Benue rivers rose after heavy rain, Ghana's meteorological agency said.",
    ]);
    expect(article.countries).toEqual(["GH"]);
  });

  it("still reads a company whose name opens with a country and 'Road'", () => {
    const article = extract(["NAIROBI — China Road and Bridge Corporation will build the new bypass, Kenya's roads agency said."]);
    expect(article.countries).toContain("CN");
  });

  it("reads Brussels as Belgium in a dateline or a route, and as the EU's seat when it stands for the Union", () => {
    const dateline = extract(["BRUSSELS — Belgian rail unions began a two-day strike on Monday, and trains between Brussels and Paris were cancelled."]);
    expect(dateline.countries).toEqual(["BE", "FR"]);
    const seat = extract(["LISBON — Portugal's finance minister said on Monday that pressure from Brussels to cut spending would not change the budget."]);
    expect(seat.countries).toEqual(["PT"]);
  });

  it("gives a story whose only signs are one state and a local outlet that country", () => {
    const raw = ["Home Back", "", "Miners Warn Over Royalty Rise", "", "coalcountrynews-sample.com.au 2 hours ago", "", "Coal miners in Queensland warned on Monday that a rise in royalties would cost jobs, the industry council said.", "", "Read more"].join("\n");
    expect(extractArticle(raw, { fetchedAt: FETCHED_AT }).countries).toEqual(["AU"]);
  });
});

describe("a listed company named with its corporate endings", () => {
  it("keeps the company's home when the story is set elsewhere", () => {
    const article = extract([
      "DETROIT — Shares of Samsung Electronics Co. Ltd and Volkswagen AG rose on Tuesday after the US eased tariffs on parts, Michigan dealers said.",
      "American suppliers said orders from the Detroit plants of both companies had doubled since March.",
    ]);
    const samsung = article.actors.find((a) => /^Samsung/.test(a.name));
    const vw = article.actors.find((a) => /^Volkswagen/.test(a.name));
    expect(samsung?.country).toBe("KR");
    expect(vw?.country).toBe("DE");
  });
});

describe("people whose names hold place words or follow unlisted job nouns", () => {
  it("keeps a person whose surname is a city after a given name from the registry lists", () => {
    const article = extract(["LAGOS — Emeka Lagos, a fish seller at the Oyingbo market, said prices had doubled since January, the Central Bank of Nigeria's figures showed."]);
    expect(actor(article, "Emeka Lagos").kind).toBe("PERSON");
    expect(actor(article, "Emeka Lagos").country).toBe("NG");
  });

  it("keeps a minister whose given name is a capital and whose surname is a city", () => {
    const article = extract(["BUENOS AIRES — Economy Minister Santiago Pereyra Lagos said on Monday that Argentina would not devalue the peso."]);
    expect(actor(article, "Santiago Pereyra Lagos").country).toBe("AR");
  });

  it("reads a sentence's opening job noun before a full name as the job, not part of a name", () => {
    const article = extract(["AUCKLAND — Moderator Kiri Halvorsen of Radio Aotearoa asked both candidates about rents in New Zealand."]);
    expect(actor(article, "Kiri Halvorsen").kind).toBe("PERSON");
    expect(find(article, "Moderator Kiri Halvorsen")).toBeUndefined();
  });

  it("reads a title after a preposition and a region's possessive, then the holder in apposition", () => {
    const article = extract(["PESHAWAR — The polio drive was opened in Swat by Khyber Pakhtunkhwa's health secretary, Tariq Mehboob Yousafzai, on Monday in Pakistan."]);
    expect(actor(article, "Tariq Mehboob Yousafzai").country).toBe("PK");
  });
});

describe("long bodies and works named after people", () => {
  it("keeps a preposition inside a long name spelt out before its acronym", () => {
    const article = extract(["NAIROBI — The Independent Commission to Investigate Police Abuse (ICIPA) said on Monday that it had opened 40 cases in Kenya. The ICIPA said officers had been suspended."]);
    expect(actor(article, "Independent Commission to Investigate Police Abuse").country).toBe("KE");
    expect(actor(article, "Independent Commission to Investigate Police Abuse").aliases).toContain("ICIPA");
  });

  it("reads a dam or a highway named after a person as no mention of the person", () => {
    const article = extract(["DODOMA — Water flowed over the spillway of the Benjamin Mkapa dam on Monday, Tanzania's power utility said, and traffic on the Edward Sokoine highway was slowed."]);
    expect(find(article, "Benjamin Mkapa")).toBeUndefined();
    expect(find(article, "Edward Sokoine")).toBeUndefined();
  });

  it("reads a name before a kind of work and its noun as the work's ('the Batoka Gorge hydroelectric scheme')", () => {
    const article = extract(["LUSAKA — Zambia will buy more power from Zimbabwe's Batoka Gorge hydroelectric scheme, the energy ministry said on Monday."]);
    expect(find(article, "Batoka Gorge")?.kind).not.toBe("PERSON");
  });
});

describe("a listed maker named before its product", () => {
  it("reads the maker from a model's name with a digit or a product noun", () => {
    const article = extract([
      "AUCKLAND — The new jets will use Rolls-Royce Trent 7000 engines, and the airline's rival flies the Boeing 787, New Zealand officials said.",
      "The Hyundai Ioniq 5 and the Tesla Model Y led electric car sales in New Zealand last year.",
    ]);
    expect(actor(article, "Rolls-Royce").country).toBe("GB");
    expect(actor(article, "Boeing").country).toBe("US");
    expect(actor(article, "Hyundai").country).toBe("KR");
  });

  it("keeps a listed name inside a longer body's name", () => {
    const article = extract(["SEATTLE — The Boeing Machinists Union said its members would vote on Monday in Washington state in the US."]);
    expect(find(article, "Boeing Machinists Union")?.kind).toBe("ORGANIZATION");
  });
});

describe("bodies after a base and provincial utilities", () => {
  it("reads a based name with no common given name as a body", () => {
    const article = extract(["RABAT — The plant will be built by Lyon-based Solvera Énergie, Morocco's energy ministry said on Monday."]);
    expect(actor(article, "Solvera Énergie").kind).toBe("ORGANIZATION");
    expect(actor(article, "Solvera Énergie").country).toBe("FR");
  });

  it("reads a province before Hydro as its utility", () => {
    const article = extract(["VANCOUVER — BC Hydro said on Monday that 20,000 homes were without power, and Quebec Hydro sent crews west from Canada's east."]);
    expect(actor(article, "Quebec Hydro").kind).toBe("ORGANIZATION");
    expect(actor(article, "Quebec Hydro").country).toBe("CA");
  });
});

describe("national bodies in a story filed from a capital", () => {
  it("gives a state body without a stated country the dateline's country when no country leads", () => {
    const article = extract([
      "YEREVAN — Opposition supporters marched on Sunday. The Central Electoral Commission said turnout was 48%.",
      "Azerbaijan's foreign ministry criticised the march, and Azerbaijani officials said talks would go on.",
    ]);
    expect(actor(article, "Central Electoral Commission").country).toBe("AM");
  });
});

describe("broadcasters and brands before job nouns", () => {
  it("reads a name opening with Radio as a broadcaster, and a CamelCase brand before a job noun as the employer", () => {
    const article = extract([
      "LIMA — The economy minister told Radio Andina on Monday that Peru would not raise fuel taxes.",
      "AquaWatch hydrologist Rosa Quispe said river levels in Peru were falling.",
    ]);
    expect(actor(article, "Radio Andina").kind).toBe("ORGANIZATION");
    expect(actor(article, "AquaWatch").kind).toBe("ORGANIZATION");
    expect(actor(article, "Rosa Quispe").country).toBe("PE");
  });
});

describe("bodies named by a station's, a district's, a tourism board's or a party's last word", () => {
  it("reads FM stations, school districts, tourism boards and parties named by members' plurals", () => {
    const article = extract([
      "KUMASI — The candidate told Adom FM on Monday that the Welsh Conservatives had sent observers, and Ashanti Tourism said visitor numbers in Ghana were up.",
      "In Ohio, Dublin City Schools said its buses would run on time.",
    ]);
    for (const name of ["Adom FM", "Welsh Conservatives", "Ashanti Tourism", "Dublin City Schools"]) expect(actor(article, name).kind).toBe("ORGANIZATION");
  });
});

describe("two listed names joined by 'and'", () => {
  it("keeps both when the second is an abbreviation, not a model", () => {
    const article = extract(["GENEVA — SNCF and SBB will run a new night train to Rome, Swiss officials said on Monday."]);
    expect(actor(article, "SNCF").country).toBe("FR");
    expect(actor(article, "SBB").country).toBe("CH");
  });
});

describe("picture credits", () => {
  it("reads no actor from a credit after 'Photo/' or 'Photo:'", () => {
    const article = extract([
      "TACLOBAN — Residents carry belongings through floodwater on Monday in the Philippines. (PNA Photo/Jun Dela Cruz)",
      "Photo: KTB Desk",
      "Mayor Alfred Romualdez said 3,000 families were in evacuation centres.",
    ]);
    expect(find(article, "Dela Cruz")).toBeUndefined();
    expect(find(article, "KTB Desk")).toBeUndefined();
    expect(actor(article, "Alfred Romualdez").country).toBe("PH");
  });
});

describe("wire credits", () => {
  it("reads no actor from a wire story's reporting and editing credits, but keeps a body a figure is compiled by", () => {
    const article = extract([
      "KAMPALA — Uganda's central bank held its rate on Wednesday, Governor Michael Atingi-Ego said, and a risk index compiled by JPMorgan fell. (Reporting by Elias Biryabarema; editing by Alison Williams and Kirsten Donovan)",
    ]);
    for (const credit of ["Elias Biryabarema", "Alison Williams", "Kirsten Donovan"]) expect(find(article, credit)).toBeUndefined();
    expect(actor(article, "Michael Atingi-Ego").country).toBe("UG");
  });
});

describe("countries named only in headings", () => {
  it("reads no country from a related story's headline under the article", () => {
    const article = extract([
      "PORTO ALEGRE — Floodwaters in southern Brazil began to recede on Monday, the civil defence agency said.",
      "Farmers said about a million tonnes of rice had been lost in the fields.",
      "Lea también / Read more\nParaguay Opens Shelters Near the Border\nCoffee Exports Slow in Minas Gerais",
    ]);
    expect(article.countries).toEqual(["BR"]);
  });
});

describe("units and set phrases named after a people", () => {
  it("reads 'British thermal units' and 'French fries' as no country", () => {
    const article = extract(["DOHA — Qatar's LNG sold at $11 per million British thermal units last week, and a Doha restaurant chain said French fries were its best seller in Qatar."]);
    expect(article.countries).toEqual(["QA"]);
  });
});

describe("two peoples in one compound", () => {
  it("gives a person described as 'Ghanaian-Canadian' the last country, and the story both", () => {
    const article = extract(["ACCRA — The new library was designed by the Ghanaian-Canadian architect Esi Owusu-Blake, the Ghana Library Authority said on Monday."]);
    expect(actor(article, "Esi Owusu-Blake").country).toBe("CA");
    expect(article.countries).toEqual(["CA", "GH"]);
  });
});
