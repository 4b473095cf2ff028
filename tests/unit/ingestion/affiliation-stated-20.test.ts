import { extractArticle, parseArticle } from "../../../src/ingestion";
import { isSectionRowLine } from "../../../src/ingestion/parse/chrome";
import { type CountryCase, find, fromOutlet } from "./raw-article";

// A person's country stated beside the name (a nationality's noun, an office of a named country, a nationality
// before a description that places them elsewhere) wins over the country the story is set in.
const CASES: CountryCase[] = [
  {
    rule: "reads '<Nationality> national Name' (no article) as the person's nationality",
    domain: "daily-sample.es",
    paragraphs: [
      "MURCIA, Spain: A berry grower near Cartagena opened new housing for its seasonal pickers on Friday.",
      "Its farm manager, Danish national Mette Kjær, 52, said each room would sleep four people.",
      "Police said they had detained Moroccan citizen Youssef Alami over a forged work permit.",
      "Spanish officials in Murcia said inspections would continue.",
    ],
    title: "Berry grower opens housing for pickers",
    countries: [["Mette Kjær", "DK"], ["Youssef Alami", "MA"]],
  },
  {
    rule: "reads 'A <Nationality> <noun> based in <city>, Name' as that nationality, not the city's country",
    domain: "daily-sample.co.tz",
    paragraphs: [
      "DAR ES SALAAM: Cashew buyers have been told to register their warehouses before the new season.",
      "A Ugandan grain broker based in Dar es Salaam, Moses Okello Ssali, said the rule would slow exports.",
      "A Rwandan trader working in Arusha, Claudine Uwase, said she had already registered.",
      "Tanzanian officials said the deadline was final.",
    ],
    title: "Cashew buyers told to register",
    countries: [["Moses Okello Ssali", "UG"], ["Claudine Uwase", "RW"]],
  },
  {
    rule: "gives 'Country's Minister for <field> and the <region>, Name' that country's office",
    domain: "daily-sample.com.fj",
    paragraphs: [
      "SUVA: Relief flights began landing in Labasa on Tuesday after the storm flattened crops in the north.",
      "New Zealand's Minister for Foreign Affairs and the Pacific, Harriet Coombe, who flew in on Monday, pledged more tents.",
      "Fiji's disaster office said 3,000 people were still in evacuation centres.",
    ],
    title: "Relief flights land in the north",
    countries: [["Harriet Coombe", "NZ"]],
  },
  {
    rule: "reads '<Nationality>-born' as a birthplace, leaving the employer's country",
    domain: "daily-sample.co.jp",
    paragraphs: [
      "SAPPORO: Deer collisions on Hokkaido's rail lines rose for a third year, the operator said on Monday.",
      "Tomás Ribeiro, a Brazilian-born ecologist at the University of Oregon who studies deer in Japan, said fences alone would not work.",
      "Japanese rail officials said they would test warning horns.",
    ],
    title: "Deer collisions rise again",
    countries: [["Tomás Ribeiro", "US"]],
  },
  {
    rule: "reads a country's name or Olympic code in brackets after a competitor's name",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Kenya's runners took four of the first six places at the cross-country championships on Saturday.",
      "The women's race was won by Grace Wambui Njeri, ahead of Hanna Berhe (Ethiopia) and Lotte Visser (NED).",
      "Kenyan officials said the team would train in Iten before the world championships.",
    ],
    title: "Kenyans dominate cross-country",
    countries: [["Hanna Berhe", "ET"], ["Lotte Visser", "NL"]],
  },
  {
    rule: "reads 'Title Name from <Country>.' and 'Title Name of the <official state name>'",
    domain: "daily-sample.co.jp",
    paragraphs: [
      "YOKOHAMA: Japanese officials opened a conference on African development in Yokohama on Tuesday.",
      "The opening session was chaired by Foreign Minister Samir Haddad from Jordan.",
      "Delegates then heard President Carlos Mendes Queta of the Republic of Angola.",
      "Japanese ministers said the talks would run for three days.",
    ],
    title: "Development conference opens",
    countries: [["Samir Haddad", "JO"], ["Carlos Mendes Queta", "AO"]],
  },
  {
    rule: "finds a person introduced by a nationality alone before a registry's given name",
    domain: "daily-sample.co.uk",
    paragraphs: [
      "LONDON: The indoor athletics season opened in Birmingham on Saturday with records in two events.",
      "Nigerian Chidera Okonkwo finished fourth in the 60 metres, a tenth of a second behind the winner.",
      "British officials said ticket sales were the highest in a decade.",
    ],
    title: "Indoor season opens",
    countries: [["Chidera Okonkwo", "NG"]],
  },
  {
    rule: "gives the office-holder leading a '<Nationality> delegation' that country",
    domain: "daily-sample.com.fj",
    paragraphs: [
      "SUVA: Fiji and a visiting delegation signed four loan agreements for roads and wharves on Thursday.",
      "The Chinese delegation was led by Vice Premier Zhang Hualin, who arrived from Port Moresby on Wednesday.",
      "Fijian officials said work on the first wharf would start in March.",
    ],
    title: "Loan agreements signed",
    countries: [["Zhang Hualin", "CN"]],
  },
  {
    rule: "reads a nationality between a club's possessive and a player's position as the player's, not the club's country",
    domain: "daily-sample.co.uk",
    paragraphs: [
      "LEEDS: Leeds United beat Sunderland 2-1 at Elland Road on Saturday to move into the top four.",
      "Leeds United's Uruguayan striker Matías Olivera scored both goals before half-time.",
      "The club's Scottish manager said the squad was ready for the run-in.",
    ],
    title: "Leeds move into top four",
    countries: [["Matías Olivera", "UY"]],
  },
  {
    rule: "reads a nationality before a border or a coast as the post's place, not the person's country",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "BUSIA: Lorries queued for six kilometres at the border post on Monday after a new scanner broke down.",
      "Mary Akinyi Odhiambo, a fish trader at the Ugandan border, said her stock had spoiled overnight.",
      "Ali Warsame Hassan, a Somali driver at the Kenyan border, said he had waited three days.",
    ],
    title: "Lorries queue at border post",
    countries: [["Mary Akinyi Odhiambo", "KE"], ["Ali Warsame Hassan", "SO"]],
  },
  {
    rule: "gives a national side's nickname its country, and its players and staff theirs",
    domain: "daily-sample.co.nz",
    paragraphs: [
      "AUCKLAND: New Zealand beat South Africa 24-19 at Eden Park on Saturday to level the series.",
      "Springboks coach Johan Viljoen Botha said his players had tired in the last quarter.",
      "Super Eagles striker Chidozie Umeh, in Auckland for a friendly, watched from the stands.",
    ],
    title: "All Blacks level series at Eden Park",
    countries: [["Springboks", "ZA"], ["Johan Viljoen Botha", "ZA"], ["Chidozie Umeh", "NG"]],
  },
  {
    rule: "gives the aide a person's possessive names ('Name's spokesman') that person's country",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Nigerian President Adamu Bello Sani arrived in Nairobi on Monday for a two-day visit.",
      "Sani's spokesman, Tunde Bakare-Ojo, said the two leaders would sign a trade pact.",
      "Kenyan officials said the pact would cut tariffs on 40 goods.",
    ],
    title: "Nigerian president arrives for visit",
    countries: [["Adamu Bello Sani", "NG"], ["Tunde Bakare-Ojo", "NG"]],
  },
  {
    rule: "reads 'who led the <Nationality> delegation', 'was <Country>'s ambassador, Name' and 'Name of the University of …'",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: East African trade ministers agreed on Friday to cut fees at four border posts.",
      "John Mrema Lyimo, who led the Tanzanian delegation, said the fees would fall in January.",
      "Also present was Rwanda's ambassador, Claude Nsengimana Habimana.",
      "Grace Adhiambo Were of the University of Cape Town said the cuts would save traders millions.",
    ],
    title: "Ministers agree to cut border fees",
    countries: [["John Mrema Lyimo", "TZ"], ["Claude Nsengimana Habimana", "RW"], ["Grace Adhiambo Were", "ZA"]],
  },
  {
    rule: "gives 'Name, who works for <listed firm>,' the firm's country",
    domain: "daily-sample.com.fj",
    paragraphs: [
      "SUVA: A steel shortage has stalled work on two bridges in Vanua Levu, contractors said on Monday.",
      "Priya Nair Menon, who works for Tata Steel in Mumbai, said a shipment would leave next week.",
      "Fijian officials said the bridges would open in June.",
    ],
    title: "Steel shortage stalls bridges",
    countries: [["Priya Nair Menon", "IN"]],
  },
];

describe("a nationality or office stated beside the name over the story's setting", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});

describe("a unit named with its country's own name for itself", () => {
  it("reads 'Fjordlaks Polska' as the Polish unit of the Norwegian firm, whose staff work for a Norwegian firm", () => {
    const article = fromOutlet(
      "daily-sample.pl",
      [
        "GDAŃSK: Norwegian salmon processor Fjordlaks will double the size of its smoking plant near Gdańsk, the company said on Monday.",
        "The plant is run by Fjordlaks Polska, which employs 900 people in Pomerania.",
        "Henrik Aasen, chief executive of Fjordlaks Polska, said most new jobs would go to local workers.",
      ],
      "Salmon processor to expand plant",
    );
    expect(find(article, "Fjordlaks Polska")).toMatchObject({ kind: "ORGANIZATION", country: "PL" });
    expect(find(article, "Henrik Aasen")?.country).toBe("NO");
    expect(article.countries).toEqual(expect.arrayContaining(["NO", "PL"]));
  });
});

describe("a trade said of people and firms alike before a name", () => {
  it("reads a given name and a surname after it as a person, and a firm's head word as a firm", () => {
    const article = fromOutlet(
      "daily-sample.co.ug",
      [
        "KAMPALA: Maize prices fell for a third week as the harvest reached the markets, traders said on Friday.",
        "Grain broker Moses Okello Kato said buyers from South Sudan had stopped coming.",
        "Maize exporter Kato Brothers said it would store its stock until prices recovered.",
      ],
      "Maize prices fall again",
    );
    expect(find(article, "Moses Okello Kato")).toMatchObject({ kind: "PERSON", country: "UG" });
    expect(find(article, "Kato Brothers")).toMatchObject({ kind: "ORGANIZATION" });
  });
});

describe("a national news agency named on the outlet line", () => {
  it("sets its home country's officials beside a foreign delegation that the text names more often", () => {
    const paragraphs = [
      "TOKYO, Dec. 2 (Kyodo) -- Japan and Chile signed a lithium supply pact on Wednesday, the trade ministry said.",
      "The pact was signed by Vice Trade Minister Sato Kenji and Chilean Deputy Minister of Mining Rodrigo Fuentes Vial, who arrived on Monday.",
      "Chilean officials said Chilean mines and Chilean ports would gain, and Chile hopes for more Chilean jobs.",
    ];
    const raw = ["Kyodo News", "", "Japan, Chile sign lithium pact", "", "December 2, 2026 3:40 PM", ...paragraphs.flatMap((p) => ["", p])].join("\n");
    const article = extractArticle(raw, { fetchedAt: new Date("2026-12-03T00:00:00Z") });
    expect(article.source).toBe("Kyodo News");
    expect(find(article, "Sato Kenji")?.country).toBe("JP");
    expect(find(article, "Rodrigo Fuentes Vial")?.country).toBe("CL");
  });
});

describe("menus read as chrome above the headline", () => {
  const TITLE = "Japan, Chile Sign Lithium Supply Pact";
  const LEAD = "Japan and Chile signed a lithium supply pact on Wednesday, the trade ministry said in a statement.";
  it("skips a row of section names between separators, and skip links naming the contents", () => {
    expect(isSectionRowLine("NATIONAL | POLITICS | ECONOMY | MARKET | INDUSTRY | SPORTS | CULTURE")).toBe(true);
    expect(isSectionRowLine("Japan | Chile | Lithium pact signed as talks end")).toBe(false);
    const parsed = parseArticle(["Kyodo News", "Go to Contents Go to Navigation", "NATIONAL | POLITICS | ECONOMY | MARKET | SPORTS | CULTURE", "", TITLE, "", "December 2, 2026 3:40 PM", "", LEAD].join("\n"), new Date("2026-12-03T00:00:00Z"));
    expect(parsed.title).toBe(TITLE);
  });
});

describe("the first word after a dateline", () => {
  it.each([
    ["KARACHI: Officials said the relief camps would close by March.", "Officials"],
    ["BHUBANESWAR: Investors pledged new plants at the state's business meet on Tuesday.", "Investors"],
    ["SUVA, Fiji — Villagers said the river rose overnight.", "Villagers"],
  ])("opens a sentence, so a common noun there names no body: %s", (lead, word) => {
    const article = fromOutlet("daily-sample.com", [lead, "The government said more help would follow next week."], "Relief plans announced for the region");
    expect(find(article, word)).toBeUndefined();
  });

  it("still reads a body's one-word name there", () => {
    const article = fromOutlet("daily-sample.ng", ["LAGOS: Dangote said it would cut cement prices by a tenth from Monday.", "Dealers said prices had doubled this year."], "Cement maker to cut prices");
    expect(find(article, "Dangote")?.kind).toBe("ORGANIZATION");
  });
});

describe("an office with 'of' before a holder named by initials", () => {
  it.each([
    ["Minister of State KP Samantaray said the park would open in March.", "KP Samantaray", "Minister of State"],
    ["Secretary of State for Trade JK Rao said the talks would resume.", "JK Rao", "Secretary of State for Trade"],
  ])("reads the holder: %s", (sentence, name, title) => {
    const article = fromOutlet("daily-sample.in", ["BHUBANESWAR: The state signed 40 investment pledges on Tuesday.", sentence], "State signs investment pledges");
    expect(find(article, name)).toMatchObject({ kind: "PERSON", title, country: "IN" });
  });
});
