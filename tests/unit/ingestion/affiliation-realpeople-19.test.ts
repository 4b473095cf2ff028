import { type CountryCase, find, fromOutlet } from "./raw-article";

// A person's country from evidence the text gives around a name in wire copy: a nationality set off by commas after
// a later mention or opening the sentence before it, a country's possessive before a title and the list of titled
// people it opens, a company's possessive opening the title after the name, a counterpart set off by a comma, and a
// visiting official's title after a comma.
const CASES: CountryCase[] = [
  {
    rule: "reads 'A <Nationality> national, Surname' as the person's stated country over the story's",
    domain: "daily-sample.com",
    paragraphs: [
      "Kenya must widen its tax base to keep growing, Regional Director Pieter Vandermolen of the Eastlake Development Fund said in Nairobi on Monday.",
      "A Belgian national, Vandermolen joined the fund in 2004 and earlier served in Kenya and Uganda.",
    ],
    title: "Fund urges wider tax base in Kenya",
    countries: [["Pieter Vandermolen", "BE"]],
  },
  {
    rule: "reads 'Surname, a <Nationality>, said' as the person's stated country over the team's",
    domain: "daily-sample.com",
    paragraphs: [
      "Kenya head coach Marco Lindqvist said his side had learned from last month's defeat in Kampala.",
      "\"We are a better team now and we know what we must do,\" Lindqvist, a Norwegian, said on Thursday.",
    ],
    title: "Kenya coach upbeat before qualifier",
    countries: [["Marco Lindqvist", "NO"]],
  },
  {
    rule: "reads a country's possessive before a capitalised title, and the lower-case titled people listed after it, as that country's",
    domain: "daily-sample.com",
    paragraphs: [
      "NAIROBI — The Turkish delegation arrived in Nairobi on Tuesday for two days of talks with Kenya's government.",
      "Turkey's Energy Director Kemal Aydin, presidential adviser Selim Aksoy and protocol office chief Levent Kaya travelled with the delegation.",
    ],
    title: "Turkish delegation arrives for talks",
    countries: [["Kemal Aydin", "TR"], ["Selim Aksoy", "TR"], ["Levent Kaya", "TR"]],
  },
  {
    rule: "reads 'Name, <Company>'s <role>,' as the company's country",
    domain: "daily-sample.com",
    paragraphs: [
      "JAKARTA — Japan's Harumi Trading Corp is weighing a new assembly plant in Indonesia, the company said on Wednesday.",
      "Hiroshi Tanabe, Harumi Trading Corp's senior adviser, met Indonesian investment officials this week.",
    ],
    title: "Japanese trader weighs plant in Indonesia",
    countries: [["Hiroshi Tanabe", "JP"]],
  },
  {
    rule: "reads 'his <Nationality> counterpart, Name,' and a comma-set list of ministers after a visiting one",
    domain: "daily-sample.com",
    paragraphs: [
      "NAIROBI, May 3 (NNA) – Kenya and Uganda held their first joint ministerial dialogue in Nairobi on Monday.",
      "While Kenyan Foreign Minister, Amina Wekesa, and Defence Minister, Otieno Barasa represented Nairobi, visiting Ugandan Foreign Minister, Grace Nakato, and Defence Minister, Peter Odongo, represented their country.",
      "Kenyan President Daniel Mwangi and his Ugandan counterpart, Joseph Okello, agreed on the talks in March.",
    ],
    title: "Kenya and Uganda hold first ministerial dialogue",
    countries: [["Amina Wekesa", "KE"], ["Otieno Barasa", "KE"], ["Grace Nakato", "UG"], ["Peter Odongo", "UG"], ["Daniel Mwangi", "KE"], ["Joseph Okello", "UG"]],
  },
  {
    rule: "reads a comma-set title whose portfolio names a region of the world ('for South and Central Asian Affairs') as the office's country's",
    domain: "daily-sample.lk",
    paragraphs: [
      "Minister of Foreign Affairs Ravi Perera held talks with the visiting delegates in Colombo on Tuesday.",
      "Indian Foreign Minister Anil Mehta and US Acting Assistant Secretary for South and Central Asian Affairs, Mary Collins reached Sri Lanka early this morning.",
    ],
    title: "Minister meets visiting officials",
    countries: [["Mary Collins", "US"], ["Anil Mehta", "IN"]],
  },
  {
    rule: "reads the staff of a company whose legal form is one country's as that country's, 'International' in its name notwithstanding",
    domain: "daily-sample.com",
    paragraphs: [
      "JAKARTA — A Japanese carmaker will add a second assembly line in West Java next year, officials said.",
      "Budi Hartono, commissioner of PT Sinar Motor International, the carmaker's local partner, said the plan was sound.",
    ],
    title: "Carmaker to add assembly line",
    countries: [["Budi Hartono", "ID"]],
  },
  {
    rule: "reads 'Vice President for South Asia Name' with the region in the title, not the name, and the stated nationality after",
    domain: "daily-sample.com.bd",
    paragraphs: [
      "Bangladesh must keep up its reforms, the lender's Vice President for South Asia Martin Keller said in Dhaka on Sunday.",
      "A Swiss national, Keller joined the lender in 1998.",
    ],
    title: "Lender urges reforms in Bangladesh",
    countries: [["Martin Keller", "CH"]],
  },
  {
    rule: "reads 'US Secretary of State A and China's Foreign Minister B' and 'A and Chinese Foreign Minister B' as two titled people",
    domain: "daily-sample.com",
    paragraphs: [
      "BALI, 9 July (TON): US Secretary of State Mark Ellison and China's Foreign Minister Li Wen met for talks on Saturday.",
      "British Secretary of State for Trade Amos Kiprono and Ugandan Foreign Minister Grace Atim met on Sunday.",
      "Ellison told reporters the talks had been useful.",
    ],
    title: "Ministers hold talks in Bali",
    countries: [["Mark Ellison", "US"], ["Li Wen", "CN"], ["Amos Kiprono", "GB"], ["Grace Atim", "UG"]],
  },
];

describe("a person's country from a stated nationality, a possessive office, an employer's possessive or a counterpart", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});
