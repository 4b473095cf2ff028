import { type CountryCase, find, fromOutlet } from "./raw-article";

// The staff of a foreign firm's local unit work for a firm of the parent's country (docs/actor-conventions.md,
// rule 3), however the unit is named; multilateral lenders are no one country's; a base or a nationality before a
// trade's noun seats the business named after it.
const CASES: CountryCase[] = [
  {
    rule: "reads 'role and role of <Firm> <Country>' and '<Firm> <Country> role Name' as the parent's staff",
    domain: "daily-sample.in",
    paragraphs: [
      "CHENNAI: South Korea's Hallim Motors will add a third assembly line at its plant near Chennai, the state government said on Monday.",
      "Kwon Tae-yang, managing director and CEO of Hallim Motors India, said the line would open in 2028.",
      "Hallim Motors India sales head Jung Ha-eun said exports to Africa had doubled.",
      "Tamil Nadu's industries minister said the state would build a new road to the plant.",
    ],
    title: "Carmaker adds assembly line",
    countries: [["Hallim Motors India", "IN"], ["Kwon Tae-yang", "KR"], ["Jung Ha-eun", "KR"]],
  },
  {
    rule: "gives a Japanese firm's trade word ('Denki', 'Kogyo') a body, whose 'its India head' is Japanese",
    domain: "daily-sample.in",
    paragraphs: [
      "PUNE: Japan's Asahara Denki will build a motor plant in Chakan, the company said on Tuesday.",
      "Its India head, Ryota Imai, said the plant would employ 700 people by 2027.",
    ],
    title: "Japanese firm to build motor plant",
    countries: [["Asahara Denki", "JP"], ["Ryota Imai", "JP"]],
  },
  {
    rule: "seats 'A <city>-based importer, Name,' and 'Name, a <city>-based importer,' in the city's country",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Avocado farmers in Murang'a are being paid more this season as buyers compete for fruit.",
      "A Guangzhou-based importer, Hengyuan Fresh, has opened a packing shed in Kenol.",
      "Its rival Meridiaan Fruit, a Rotterdam-based importer, buys through local agents.",
      "Hengyuan Fresh's Kenya general manager, Zhao Lin, said the firm would buy 2,000 tonnes.",
    ],
    title: "Avocado buyers compete",
    countries: [["Hengyuan Fresh", "CN"], ["Meridiaan Fruit", "NL"], ["Zhao Lin", "CN"]],
  },
  {
    rule: "keeps multilateral lenders null and a nationality stated after an international body's possessive",
    domain: "daily-sample.com.pk",
    paragraphs: [
      "KARACHI: The provincial government approved a flood rebuilding plan on Tuesday with money from two lenders.",
      "Anneke Visser, the World Bank's Dutch country director, said the first tranche would be paid in March.",
      "Chinonso Eze, a Nigerian economist at Afreximbank, said trade finance would follow.",
      "Pakistani officials said 40,000 homes would be rebuilt.",
    ],
    title: "Flood rebuilding plan approved",
    countries: [["Anneke Visser", "NL"], ["Chinonso Eze", "NG"], ["African Export-Import Bank", null]],
  },
  {
    rule: "reads 'Name of <city>-based Firm' and '<Firm> analyst Name' after '<city>-based Firm' as the firm's staff",
    domain: "daily-sample.com.au",
    paragraphs: [
      "PERTH: Iron ore prices fell for a fourth day on Monday as Chinese mills cut orders, traders in Perth said.",
      "Shanghai-based Lansteel said port stocks had risen for six weeks.",
      "Lansteel analyst Zhou Ming said mills would keep buying less until spring.",
      "Nickel output is rising too, said Budi Santoso of Jakarta-based Trimegah Mineral.",
    ],
    title: "Iron ore prices fall again",
    countries: [["Lansteel", "CN"], ["Zhou Ming", "CN"], ["Budi Santoso", "ID"]],
  },
  {
    rule: "reads '<Firm> of <Country>' after a company's word as the firm and its seat, and its local head as the firm's",
    domain: "daily-sample.in",
    paragraphs: [
      "BHUBANESWAR: The state signed for a motor plant in Khurda on Tuesday, officials in Odisha said.",
      "The plant will be built by Kanto Kogyo of Japan and run with a local partner.",
      "Kanto Kogyo's India head, Hiroshi Sato, said it would employ 900 people.",
      "The State Bank of India will lend part of the money.",
    ],
    title: "Motor plant deal signed",
    countries: [["Kanto Kogyo", "JP"], ["Hiroshi Sato", "JP"], ["State Bank of India", "IN"]],
  },
  {
    rule: "reads 'who heads the <Nationality> company's …' as the employer's country, and '<Nationality> buyer Firm' as a firm",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Work on the Isiolo road will start in March, the roads agency said on Monday.",
      "China's Sinoroad Engineering won the contract in October.",
      "Chen Li, who heads the Chinese company's Kenyan operations, said 600 local workers would be hired.",
      "Dutch buyer Hollandia Fruit has also opened a depot in Isiolo. Its buying director, Pieter de Vries, said it would buy mangoes.",
    ],
    title: "Isiolo road work to start in March",
    countries: [["Chen Li", "CN"], ["Hollandia Fruit", "NL"], ["Pieter de Vries", "NL"]],
  },
  {
    rule: "reads 'its local subsidiary, Name' as the parent's unit, whose 'Its project director' works for the parent's country",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Tunnelling for the Nairobi commuter line resumed on Monday after a two-week halt.",
      "The main contractor, South Korea's Daehan Tunnel Engineering, works through its local subsidiary, Daehan Afrika.",
      "Its project director, Jang Min-seok, said the line would open in 2028.",
    ],
    title: "Tunnelling on commuter line resumes",
    countries: [["Daehan Afrika", "KE"], ["Jang Min-seok", "KR"]],
  },
  {
    rule: "reads 'the <Nationality> arm of …' as a unit of that country, and a trade's word ending a name as a firm's",
    domain: "daily-sample.es",
    paragraphs: [
      "MADRID: Spain will admit 5,000 seasonal workers from Colombia under a new scheme, the ministry said on Tuesday.",
      "Frutales del Sur, the Spanish arm of a Dutch fruit group, said it would hire 800 of them.",
      "Its rival Hollandia Fresh said it would hire 300.",
    ],
    title: "Spain to admit seasonal workers",
    countries: [["Frutales del Sur", "ES"]],
  },
];

describe("a foreign firm's local unit, a lender of many states, a trade's base", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});

describe("blocs of many states and the region's short forms", () => {
  it("gives a bloc's organ no country, and reads 'Stats NZ', 'Air NZ' as New Zealand's bodies", () => {
    const article = fromOutlet(
      "daily-sample.co.nz",
      [
        "WELLINGTON: Export prices rose for a second quarter, figures released by Stats NZ on Tuesday showed.",
        "Air NZ said it would add flights to Singapore from March as tourism recovered.",
        "The ECOWAS Commission and the SADC Secretariat both asked to join next year's trade talks in Auckland.",
      ],
      "Export prices rise again",
    );
    expect(find(article, "Stats NZ")).toMatchObject({ kind: "ORGANIZATION", country: "NZ" });
    expect(find(article, "Air NZ")).toMatchObject({ kind: "ORGANIZATION", country: "NZ" });
    expect(find(article, "ECOWAS Commission")).toMatchObject({ kind: "ORGANIZATION", country: null });
    expect(find(article, "SADC Secretariat")).toMatchObject({ kind: "ORGANIZATION", country: null });
  });
});

describe("a listed firm's unit named alone", () => {
  it("reads 'Airtel Kenya' after 'Safaricom and' as a second body, the Kenyan unit, and drops the parent it was read from", () => {
    const article = fromOutlet(
      "daily-sample.co.ke",
      ["NAIROBI: Safaricom and Airtel Kenya said on Monday that mobile coverage in Turkana would double by June.", "The regulator said the two networks would share 40 new masts."],
      "Networks to double coverage in Turkana",
    );
    expect(find(article, "Safaricom")).toMatchObject({ kind: "ORGANIZATION", country: "KE" });
    expect(find(article, "Airtel Kenya")).toMatchObject({ kind: "ORGANIZATION", country: "KE" });
    expect(find(article, "Bharti Airtel")).toBeUndefined();
    expect(find(article, "Safaricom and Airtel Kenya")).toBeUndefined();
  });
});

describe("a body named in quote marks after 'called' or 'known as'", () => {
  it("keeps the whole name as one body, not a quote", () => {
    const article = fromOutlet(
      "daily-sample.co.ke",
      [
        "NAIROBI: Hundreds of women marched to parliament on Tuesday to demand clean water for informal settlements.",
        "The march was led by a group called \"Mothers for Clean Water\", formed in Kibera last year.",
        "Residents of Githurai joined a coalition known as 'Friends of the Nairobi River' in 2024.",
      ],
      "Women march for clean water",
    );
    expect(find(article, "Mothers for Clean Water")).toMatchObject({ kind: "ORGANIZATION", country: "KE" });
    expect(find(article, "Friends of the Nairobi River")).toMatchObject({ kind: "ORGANIZATION" });
    expect(article.quotes.map((q) => q.text)).not.toContain("Mothers for Clean Water");
  });
});

describe("a producer named for its metal or crop", () => {
  it.each([
    ["South Korea's Hanil Nickel owns 40% of the plant.", "Hanil Nickel", "KR"],
    ["Kenya's Mumias Sugar said it would reopen its mill in May.", "Mumias Sugar", "KE"],
  ])("is a firm after a country's possessive: %s", (sentence, name, country) => {
    const article = fromOutlet("daily-sample.com", [sentence, "Officials said more jobs would follow."], "Producer plans to expand its plant");
    expect(find(article, name)).toMatchObject({ kind: "ORGANIZATION", country });
  });

  it("leaves a person whose given name opens the name a person", () => {
    const article = fromOutlet("daily-sample.co.ug", ["KAMPALA: Uganda's John Coffee won the 10,000 metres on Saturday.", "He said the track was fast."], "Ugandan wins 10,000 metres");
    expect(find(article, "John Coffee")?.kind).toBe("PERSON");
  });
});

describe("a trade's word that no surname is", () => {
  it("ends a firm's name, not a person's, and a nationality before the trade seats the firm", () => {
    const article = fromOutlet(
      "daily-sample.es",
      ["MADRID: Dutch fruit trader Hollandia Fresh said on Monday it would hire 300 pickers.", "Officials said visas would be issued in March."],
      "Fruit trader to hire pickers",
    );
    expect(find(article, "Hollandia Fresh")).toMatchObject({ kind: "ORGANIZATION", country: "NL" });
  });
});

describe("a town's council written in lower case", () => {
  it("names the council whether or not the gazetteer knows the town", () => {
    const article = fromOutlet(
      "daily-sample.co.uk",
      ["LONDON: Three councils in England warned on Monday that they could not balance their budgets.", "Wolverhampton-on-Dee city council's cabinet will meet on Thursday, and Kent county council said it would cut bus routes."],
      "Councils warn of budget gaps",
    );
    expect(find(article, "Wolverhampton-on-Dee city council")).toMatchObject({ kind: "ORGANIZATION", country: "GB" });
    expect(find(article, "Kent county council")).toMatchObject({ kind: "ORGANIZATION", country: "GB" });
  });
});
