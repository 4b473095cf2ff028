import { type CountryCase, find, fromOutlet } from "./raw-article";

// docs/actor-conventions.md, rule 3. A listed firm's local unit, named by the firm and a country ("Microsoft
// Nigeria"), is that country's, and so are the staff the text gives that unit as their employer, unless the text
// names the parent itself: then the unit's staff work for a firm of the parent's country (round 13), as the
// parent's local head named through the parent does.
const CASES: CountryCase[] = [
  {
    rule: "gives the staff of a listed firm's unit named with a country that country, not the parent's",
    domain: "daily-sample.ng",
    paragraphs: [
      "LAGOS: Software firms will train 12,000 developers in Lagos and Kano next year, the agency said on Monday.",
      "Microsoft Nigeria country manager Tolulope Adeyemi said the courses would be free.",
      "Google chief executive Sundar Pichai met the minister in Abuja last month.",
    ],
    title: "Firms to train 12,000 developers",
    countries: [["Tolulope Adeyemi", "NG"], ["Microsoft Nigeria", "NG"]],
  },
  {
    rule: "keeps the parent's country for a local head named through the parent, and for the unit's staff once the parent is named",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Nestlé's Kenya country head, Wanjiru Kamau, said the Ruiru plant would double its output.",
      "Nestlé India chairman Arvind Mehra said the Indian unit would supply the Kenyan plant with packaging.",
    ],
    title: "Nestlé to double Ruiru output",
    countries: [["Wanjiru Kamau", "CH"], ["Arvind Mehra", "CH"], ["Nestlé India", "IN"]],
  },
];

describe("a listed firm's local unit named with a country, and its staff", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});

describe("a common surname that is also a place's head, after a title", () => {
  it("reads a given name and the surname after a title as a person", () => {
    const article = fromOutlet(
      "daily-sample.co.za",
      [
        "JOHANNESBURG: Tyre makers have cut 900 jobs this year, the union said.",
        "Hanbit Tyres managing director Ben Park said the Durban plant would stay open.",
        "Visitors to Zoo Lake Park fell by a third, city officials said.",
      ],
      "Tyre makers cut 900 jobs",
    );
    expect(find(article, "Ben Park")?.kind).toBe("PERSON");
    expect(find(article, "Zoo Lake Park")?.kind).not.toBe("PERSON");
  });
});

// Held-out pages showed foreign people in a local story taking the story's country when the text said whose they
// were in one of these shapes.
const FOREIGN_CASES: CountryCase[] = [
  {
    rule: "reads a description after an age set off by commas as the name's",
    domain: "daily-sample.ca",
    paragraphs: [
      "TORONTO: Hundreds of drivers spent the night on Highway 400 after a pile-up closed the road, police said.",
      "Among them was Curtis Ballard, 61, an American truck driver hauling steel for a Hamilton firm.",
      "“I have never waited this long,” Ballard said.",
    ],
    title: "Drivers stranded on Highway 400",
    countries: [["Curtis Ballard", "US"]],
  },
  {
    rule: "gives the employer's country to a post named by its place before a role and 'of' the employer",
    domain: "daily-sample.co.zw",
    paragraphs: [
      "HARARE: Tobacco growers were paid within a week this season, the marketing board said on Monday.",
      "Tatenda Gumbo, the Harare country director of China's Xiangyun Leaf Trading, said the firm would keep paying in US dollars.",
      "Rudo Sibanda, the Zimbabwe country head of Norway's Fjordlys Power, said the solar farm would open in May.",
    ],
    title: "Growers paid within a week",
    countries: [["Tatenda Gumbo", "CN"], ["Rudo Sibanda", "NO"]],
  },
  {
    rule: "reads a run after a role, 'of' and a country's possessive as the employer, and gives the person after it its country",
    domain: "daily-sample.co.zw",
    paragraphs: [
      "HARARE: Avocado exports rose by a fifth this year, the horticulture council said.",
      "The chief executive of Brazil's Verde Agro, Paulo Souza, said demand in Europe was strong.",
    ],
    title: "Avocado exports rise",
    countries: [["Verde Agro", "BR"], ["Paulo Souza", "BR"]],
  },
];

describe("foreign people in a local story, by what the text says of them", () => {
  it.each(FOREIGN_CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });

  it("keeps the employer after 'of <country>'s' a body, not a person", () => {
    const article = fromOutlet("daily-sample.co.zw", ["HARARE: Tatenda Gumbo, the Harare country director of China's Xiangyun Leaf Trading, said growers were paid."], "Growers paid");
    expect(find(article, "Xiangyun Leaf Trading")?.kind).toBe("ORGANIZATION");
  });
});

describe("a nationality stated beside a later surname-only mention", () => {
  it("gives the person the stated nationality over the employer's country", () => {
    const article = fromOutlet(
      "daily-sample.co.kr",
      [
        "SEOUL: Halvorsen Korea's chief executive, Erik Strand, said the company had met 30 fishing cooperatives this year.",
        "Strand, a Norwegian who ran gas fields in the North Sea, said talks would go on.",
        "Bellamare's project director, Luca Ferri, said the port would open in 2028.",
        "“The breakwater stays,” said Ferri, 49, an Italian engineer who moved to Busan in 2015.",
      ],
      "Wind farm talks go on",
    );
    expect(find(article, "Erik Strand")?.country).toBe("NO");
    expect(find(article, "Luca Ferri")?.country).toBe("IT");
  });
});

describe("an office the text gives a country before naming its holder", () => {
  it("gives a visiting office-holder the country of the office described before, not the setting's", () => {
    const article = fromOutlet(
      "daily-sample.com.sa",
      [
        "RIYADH: A Saudi utility and a Japanese engineering group signed a SR2.1 billion water deal on Monday, as Japan's trade minister began a two-day visit.",
        "Visiting Trade Minister Kenji Mori said Japanese firms were ready to build more plants in the Kingdom.",
        "Energy Minister Faisal Al-Harbi said the plant would open in 2029.",
      ],
      "Saudi, Japanese firms sign water deal",
    );
    expect(find(article, "Kenji Mori")?.country).toBe("JP");
    expect(find(article, "Faisal Al-Harbi")?.country).toBe("SA");
  });

  it("leaves an office named with its holder, or a bare role, to the holder alone", () => {
    const article = fromOutlet(
      "daily-sample.co.za",
      [
        "JOHANNESBURG: The tribunal heard that a retired Swiss judge had led the firm's review.",
        "Judge Lerato Dube asked how the fees had been recorded.",
        "Namibia's fisheries minister, Petrus Nangolo, said his government was watching closely. Fisheries Minister Ayanda Zulu said the ban would stay.",
      ],
      "Tribunal hears of review",
    );
    expect(find(article, "Lerato Dube")?.country).toBe("ZA");
    expect(find(article, "Ayanda Zulu")?.country).toBe("ZA");
  });
});
