import { type CountryCase, find, fromOutlet } from "./raw-article";

// A foreign firm's people take the firm's country even where the story is set, and the firm its own country from
// the way the text introduces it; the local officials beside them keep the setting's.
const CASES: CountryCase[] = [
  {
    rule: "reads the opening word of a body named before, alone at the start of a sentence before a title, as the employer",
    domain: "daily-sample.co.tz",
    paragraphs: [
      "DAR ES SALAAM: The government signed a ten-year gas supply deal with Calgary-based Maplestone Energy on Tuesday, Energy Minister Amani Mrisho said.",
      "Maplestone chief executive Graham Pollard, who flew in for the ceremony, said the first cargo would reach Tanzania in March.",
      "Mrisho said Tanzania would earn Sh900 billion a year from the deal.",
    ],
    title: "Tanzania signs gas deal",
    countries: [["Graham Pollard", "CA"], ["Maplestone Energy", "CA"], ["Amani Mrisho", "TZ"]],
  },
  {
    rule: "reads a definite description its own verb follows, after a fronted phrase and a comma, as the business named before",
    domain: "daily-sample.co.ug",
    paragraphs: [
      "KAMPALA: Parliament's works committee has questioned a Shs300 billion road contract signed last year.",
      "The committee said Bosphorus Construction Group had finished only a third of the Masaka road in Uganda.",
      "In a letter to the committee on Friday, the Ankara-based company said it had not been paid since May.",
      "Bosphorus's Uganda project manager, Mehmet Aydın, said the firm would finish the road in 2027.",
      "Works Minister Grace Namara said Uganda had paid for every kilometre built.",
    ],
    title: "MPs question Masaka road deal",
    countries: [["Bosphorus Construction Group", "TR"], ["Mehmet Aydın", "TR"], ["Grace Namara", "UG"]],
  },
  {
    rule: "passes over a committee named after an indefinite description of a business, to the business named next",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: MCAs have demanded an audit of a Sh1 billion market contract awarded to an Egyptian firm in 2024.",
      "A report by the assembly's Trade and Markets Committee says Nile Delta Contractors Ltd has been paid Sh700 million for work in Kenya.",
      "Committee chair Peter Otieno said the assembly would block further payments.",
    ],
    title: "MCAs demand audit of market deal",
    countries: [["Nile Delta Contractors Ltd", "EG"], ["Trade and Markets Committee", "KE"], ["Peter Otieno", "KE"]],
  },
  {
    rule: "gives the officer of a named body's title with a post 'in' a country after the role the body's country, not the post's",
    domain: "daily-sample.com.gh",
    paragraphs: [
      "ACCRA: Ghana has signed a $900 million rail loan with the Korea Overseas Development Fund (KODF), Finance Minister Kofi Asante said on Monday.",
      "\"The first trains will run in 2028,\" said Lee Jae-won, KODF's country director in Ghana, at the signing in Accra.",
      "Asante said Ghana would repay the loan over 30 years.",
    ],
    title: "Ghana signs rail loan",
    countries: [["Lee Jae-won", "KR"], ["Kofi Asante", "GH"]],
  },
  {
    rule: "reads a nationality's description whose noun runs on through a postmodifier to a comma and a name as that body's",
    domain: "daily-sample.co.zm",
    paragraphs: [
      "LUSAKA: Work on the Kafue dam has fallen a year behind schedule, Energy Minister Mutale Banda told Parliament on Tuesday.",
      "The Chinese contractor for the second phase of the dam, Longmen Hydro Engineering Co., has asked Zambia for another K2 billion.",
      "Banda said Zambia would not pay until an audit was done.",
    ],
    title: "Dam works fall behind",
    countries: [["Longmen Hydro Engineering Co.", "CN"], ["Mutale Banda", "ZM"]],
  },
  {
    rule: "gives the head of a unit named by a foreign firm's name and the country's name the firm's country",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Danish pump maker Skovgaard Pumps A/S will open a plant in Athi River through its local unit, Skovgaard Pumps Kenya, the company said on Monday.",
      "\"Farmers here have waited long enough for cheap pumps,\" Wanjiru Kamau, managing director of Skovgaard Pumps Kenya, told reporters in Nairobi.",
      "Trade Cabinet Secretary Moses Kuria welcomed the investment.",
    ],
    title: "Danish pump maker opens Kenya plant",
    countries: [["Wanjiru Kamau", "DK"], ["Moses Kuria", "KE"]],
  },
  {
    rule: "keeps the local country for the head of a subsidiary registered under the country's company form",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Danish pump maker Skovgaard Pumps A/S will open a plant in Athi River, the company said on Monday.",
      "Its Kenyan subsidiary, Skovgaard Pumps Kenya Limited, will be headed by managing director Wanjiru Kamau, who ran a seed company in Nakuru.",
      "Trade Cabinet Secretary Moses Kuria welcomed the investment.",
    ],
    title: "Danish pump maker opens Kenya plant",
    countries: [["Wanjiru Kamau", "KE"], ["Moses Kuria", "KE"]],
  },
  {
    rule: "passes over a party in brackets after a senator's name, after an indefinite description of a business, to the business named next",
    domain: "daily-sample.com.ng",
    paragraphs: [
      "ABUJA: The Senate has asked the transport ministry to halt payments to a Chinese rail builder over delays on the Kano line.",
      "Senator Musa Abdullahi (PRP, Kano Central) said Tianlu Railway Engineering Co. had laid only a third of the track in Nigeria.",
    ],
    title: "Senate probes rail deal",
    countries: [["Tianlu Railway Engineering Co.", "CN"], ["PRP", "NG"], ["Musa Abdullahi", "NG"]],
  },
];

describe("a foreign employer's country over the story's setting", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});

describe("a foreign firm named with its company form and with its unit in a country", () => {
  const article = fromOutlet(
    "daily-sample.co.ke",
    [
      "NAIROBI: Danish pump maker Skovgaard Pumps A/S will open a plant in Athi River through its local unit, Skovgaard Pumps Kenya, the company said on Monday.",
      "Skovgaard Pumps said the plant would make 5,000 solar pumps a year for farms in Kenya.",
      "Trade Cabinet Secretary Moses Kuria welcomed the investment.",
    ],
    "Danish pump maker opens Kenya plant",
  );

  it("reads 'A/S' as one word of the firm's name", () => {
    expect(find(article, "Skovgaard Pumps A/S")?.country).toBe("DK");
  });

  it("reads the firm's name without its form as the firm, not as the unit named with a country after it", () => {
    expect(find(article, "Skovgaard Pumps A/S")?.aliases).toContain("Skovgaard Pumps");
    expect(find(article, "Skovgaard Pumps")).toBeUndefined();
  });
});

describe("a body's name in a language the lexicons do not know, after a title's preposition and 'the'", () => {
  it("reads the name as a body, not a person, and keeps the speaker before it a person", () => {
    const article = fromOutlet(
      "daily-sample.co.id",
      [
        "JAKARTA: A nickel smelter in Sulawesi will draw 9,000 cubic meters of water a day, the ministry said.",
        "Rina Wulandari, spokeswoman for the Jaringan Advokasi Tambang Sulawesi, said the villages nearby already ran dry in August.",
        "\"Nobody asked the farmers,\" she said.",
      ],
      "Smelter water use questioned",
    );
    expect(find(article, "Jaringan Advokasi Tambang Sulawesi")?.kind).toBe("ORGANIZATION");
    expect(find(article, "Rina Wulandari")?.kind).toBe("PERSON");
  });
});
