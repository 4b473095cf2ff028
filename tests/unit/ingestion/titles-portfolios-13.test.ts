import { figures, find, fromOutlet, quoteStarting } from "./raw-article";

/** One story of local copy: the person's whole title, and the names that must not be read as bodies or people. */
interface TitleCase {
  rule: string;
  domain: string;
  paragraphs: string[];
  person: string;
  title: string;
  notActors?: string[];
}

const CASES: TitleCase[] = [
  {
    rule: "keeps a portfolio of two fields joined by 'and' after the name, so the titled person stays ('Minister of Trade and Industry')",
    domain: "news-sample.com.gh",
    paragraphs: [
      "ACCRA — Ghana will open two new export zones near Tema next year, the government said on Tuesday.",
      "Kwabena Asante-Boateng, Minister of Trade and Industry, said the zones would employ 4,000 workers.",
    ],
    person: "Kwabena Asante-Boateng",
    title: "Minister of Trade and Industry",
  },
  {
    rule: "keeps a portfolio joined by '&' in the title, not as a body's name ('Minister for Ports & Shipping')",
    domain: "news-sample.in",
    paragraphs: [
      "NEW DELHI — India will dredge three eastern harbours before the monsoon, officials said in New Delhi on Monday.",
      "Ravindra Kulkarni, Minister for Ports & Shipping, told a conference that the work would cost Rs 900 crore.",
    ],
    person: "Ravindra Kulkarni",
    title: "Minister for Ports & Shipping",
    notActors: ["Minister for Ports & Shipping", "Ports & Shipping"],
  },
  {
    rule: "reads a courtesy word before an office as part of the title, not as the holder's employer ('The Honourable Commissioner')",
    domain: "news-sample.ng",
    paragraphs: [
      "ABUJA — Flood barriers along two rivers in Nigeria will be raised before the rains, officials said on Thursday.",
      "The Honourable Commissioner for Works, Engr. Adebayo Olatunde-Cole, inspected the barriers on Wednesday.",
    ],
    person: "Adebayo Olatunde-Cole",
    title: "Honourable Commissioner for Works",
    notActors: ["Honourable", "Honourable Commissioner for Works"],
  },
  {
    rule: "keeps a state commissioner's post 'in X State' before the name as the title",
    domain: "news-sample.ng",
    paragraphs: [
      "ABUJA — Nigeria's states will share new grants for rural clinics, the health ministry said on Friday.",
      "The Commissioner for Health in Kano State, Ibrahim Danladi Yusuf, said 60 clinics would reopen in March.",
    ],
    person: "Ibrahim Danladi Yusuf",
    title: "Commissioner for Health in Kano State",
  },
  {
    rule: "reads a nominee's '-designate' office as the role, so the office's portfolio is no body ('Minister-designate for Roads')",
    domain: "news-sample.com.gh",
    paragraphs: [
      "ACCRA — Parliament in Ghana began vetting new ministers on Monday, a week after they were named.",
      "Deputy Minister-designate for Roads and Highways, Hon. Efua Mensah-Darko, told the committee that 300 kilometres of road would be paved.",
    ],
    person: "Efua Mensah-Darko",
    title: "Deputy Minister-designate for Roads and Highways",
    notActors: ["Minister-designate", "Roads and Highways"],
  },
  {
    rule: "ends a title before the comma that opens the holder's name ('The Minister of Energy, …')",
    domain: "news-sample.co.ke",
    paragraphs: [
      "NAIROBI — Kenya will add 300 megawatts of geothermal power by next year, the government said on Wednesday.",
      "The Minister of Energy, Wanjiru Kamau-Otieno, has said the new plants will cut bills for homes in Kenya.",
    ],
    person: "Wanjiru Kamau-Otieno",
    title: "Minister of Energy",
  },
  {
    rule: "reads a place before a ward's noun and an office in capitals as the title's, no body ('according to X ward MCA, …')",
    domain: "news-sample.co.ke",
    paragraphs: [
      "NAIROBI — Traders in Kenya's capital will move to a new market next month, county officials said on Monday.",
      "According to Githurai ward MCA, Peter Kamau Njoroge, the move will affect 2,000 traders.",
    ],
    person: "Peter Kamau Njoroge",
    title: "Githurai ward MCA",
    notActors: ["Githurai", "MCA"],
  },
  {
    rule: "reads a place before a constituency's noun as the title's, not a source body after 'according to'",
    domain: "news-sample.co.ke",
    paragraphs: [
      "NAIROBI — A bridge over the Nairobi River will close for repairs, Kenya's roads agency said on Friday.",
      "According to Ruaraka constituency councillor, Grace Wambui Mwangi, the bridge carries 9,000 cars a day.",
    ],
    person: "Grace Wambui Mwangi",
    title: "Ruaraka constituency councillor",
    notActors: ["Ruaraka"],
  },
  {
    rule: "keeps a portfolio's first field and 'and' before a run that opens with the second ('Fisheries and Tourism Minister')",
    domain: "news-sample.co.za",
    paragraphs: [
      "CAPE TOWN — Two harbours on South Africa's west coast will be rebuilt for tour boats, the government said on Sunday.",
      "The work was ordered after Fisheries and Tourism Minister Lindiwe Mokoena-Dube visited both harbours on Saturday.",
    ],
    person: "Lindiwe Mokoena-Dube",
    title: "Fisheries and Tourism Minister",
  },
  {
    rule: "reads a month's short form before a surname's particle as a given name after a title ('chairman Jan du Toit')",
    domain: "news-sample.co.za",
    paragraphs: [
      "JOHANNESBURG — A South African miner will sell two coal pits to a local buyer, the company said on Monday.",
      "The sale would cut the group's debt by half, chairman Jan du Toit told shareholders in Johannesburg.",
    ],
    person: "Jan du Toit",
    title: "chairman",
    notActors: ["Toit"],
  },
  {
    rule: "reads a month's short form before a registry surname as a given name at a sentence's start ('Jan Smit said')",
    domain: "news-sample.nl",
    paragraphs: [
      "AMSTERDAM — A Dutch port operator will add two berths for container ships, the company said on Tuesday.",
      "Jan Smit, a spokesman for the operator, said the berths would open within three years.",
    ],
    person: "Jan Smit",
    title: "spokesman for the operator",
  },
  {
    rule: "splits a body ending in its head from the name after a lower-case title's 'of the' ('director of the Tariff Bureau Niran …')",
    domain: "news-sample.co.th",
    paragraphs: [
      "BANGKOK — Thailand will lower import duties on farm machinery from next month, the government said on Monday.",
      "The director of the Tariff Planning Bureau Niran Sukhumvit said the cut would cost 2 billion baht a year.",
    ],
    person: "Niran Sukhumvit",
    title: "director of the Tariff Planning Bureau",
    notActors: ["Tariff Planning Bureau Niran Sukhumvit"],
  },
  {
    rule: "splits an employer from the name after a long title's 'at' ('head of Asia credit at Harwell Securities Daniel …')",
    domain: "news-sample.com.hk",
    paragraphs: [
      "HONG KONG — Asian bond prices fell for a third day as investors waited for US jobs data, traders said on Friday.",
      "The head of Asia credit at Harwell Securities Daniel Okafor said buyers would return after the data.",
    ],
    person: "Daniel Okafor",
    title: "head of Asia credit at Harwell Securities",
    notActors: ["Harwell Securities Daniel Okafor"],
  },
  {
    rule: "reads a title with its employer after 'at', then a comma and the name ending the clause ('said chief dealer at X Bank, …')",
    domain: "news-sample.co.za",
    paragraphs: [
      "JOHANNESBURG — The rand weakened against the dollar on Wednesday as oil prices climbed, dealers said.",
      "\"Buyers are staying away until the budget,\" said chief dealer at Karoo Merchant Bank, Sipho Dlamini-Khoza.",
    ],
    person: "Sipho Dlamini-Khoza",
    title: "chief dealer at Karoo Merchant Bank",
  },
  {
    rule: "keeps a capitalised portfolio word before 'Minister' in the title, not as a name's word ('Manpower Minister')",
    domain: "news-sample.co.id",
    paragraphs: [
      "JAKARTA — Indonesia will raise the minimum wage for factory workers by 6% next year, the government said on Monday.",
      "Manpower Minister Sri Wahyuningsih said the rise would cover workers in 38 provinces.",
    ],
    person: "Sri Wahyuningsih",
    title: "Manpower Minister",
    notActors: ["Smit"],
  },
];

describe("titles of local officials: portfolios, courtesies and posts", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, person, title, notActors }) => {
    const article = fromOutlet(domain, paragraphs, "Officials announce new works");
    expect([person, find(article, person)?.title]).toEqual([person, title]);
    for (const name of notActors ?? []) expect([name, find(article, name)]).toEqual([name, undefined]);
  });
});

describe("a capitalised scale word in headline style", () => {
  it.each([
    ["Council Approves GH¢40 Million Loan For Markets", [40e6, "GHS", "GH¢40 Million"]],
    ["Startup Raises $12 Billion In New Round", [12e9, "USD", "$12 Billion"]],
  ])("reads the scale of %s", (text, figure) => {
    expect(figures(text)).toContainEqual(figure);
  });
});

describe("bodies' names in lists and with a panel's head", () => {
  it.each([
    {
      rule: "ends a list's second body at 'and' before a name of two words",
      domain: "news-sample.ie",
      paragraphs: [
        "DUBLIN — Irish lenders will cut mortgage rates next month, the central bank said in Dublin on Monday.",
        "The cuts were agreed by Ulster Bank, Bank of Munster and Harbour Credit Union after talks with the regulator.",
      ],
      body: "Bank of Munster",
      notActors: ["Bank of Munster and Harbour Credit Union"],
    },
    {
      rule: "reads 'X Panel of Inquiry' as one body, not a person named 'X Panel'",
      domain: "news-sample.ng",
      paragraphs: [
        "ABUJA — Nigeria's police will answer questions from a new inquiry into abuses, officials said on Tuesday.",
        "Adewale Ogunbiyi said the Independent Panel of Inquiry would hear its first witnesses in Abuja next week.",
      ],
      body: "Independent Panel of Inquiry",
      notActors: ["Independent Panel"],
    },
  ])("$rule", ({ domain, paragraphs, body, notActors }) => {
    const article = fromOutlet(domain, paragraphs, "Officials announce new measures");
    expect([body, find(article, body)?.kind]).toEqual([body, "ORGANIZATION"]);
    for (const name of notActors) expect([name, find(article, name)]).toEqual([name, undefined]);
  });
});

describe("a quote's speaker after 'said' and a title with its employer after 'at'", () => {
  it.each([
    ["gives the quote to the name after the employer and its comma, not to the bank", "said senior dealer at Karoo Merchant Bank, Lerato Mahlangu."],
    ["keeps the quote with a name said before its title and employer ('said X, an analyst at Y Bank')", "said Lerato Mahlangu, an analyst at Karoo Merchant Bank."],
  ])("%s", (_rule, attribution) => {
    const found = quoteStarting(
      [
        "JOHANNESBURG — The rand weakened against the dollar on Wednesday as oil prices climbed, dealers said.",
        `"Buyers are staying away until the budget," ${attribution}`,
      ],
      "Buyers are staying away",
    );
    expect(found.speaker).toBe("Lerato Mahlangu");
  });
});
