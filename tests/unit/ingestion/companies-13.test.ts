import countries from "i18n-iso-countries";
import { COMPANIES_BY_REGION } from "../../../src/ingestion/lexicons/data/companies";
import { companyNamed } from "../../../src/ingestion/lexicons/companies";
import { FIRST_NAMES, LAST_NAMES, PLACE_NAMES } from "../../../src/ingestion/lexicons/people";
import { COMMON_WORDS_TAGS } from "../../../src/ingestion/stages/entity-words";
import { foldText } from "../../../src/ingestion/text/fold";
import { type CountryCase, find, fromOutlet } from "./raw-article";

const CASES: CountryCase[] = [
  {
    rule: "seats an airline named by one word at its headquarters, not in the country of the story",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "Ground handlers at Nairobi's main airport walked out on Thursday, stranding passengers across Kenya.",
      "Shares of Lufthansa fell 2 per cent after the carrier cancelled its evening flight to Nairobi, and Ryanair said its own schedule was unaffected.",
    ],
    title: "Airport strike strands passengers in Kenya",
    countries: [["Lufthansa", "DE"], ["Ryanair", "IE"]],
  },
  {
    rule: "seats a listed manufacturer named bare in a story set in another country",
    domain: "business-sample.com.ph",
    paragraphs: [
      "A new cement plant in Batangas will cut the Philippines' reliance on imported clinker, officials said on Monday.",
      "Huaxin Cement will build the plant with a local partner, and Vestas will supply turbines for a wind farm nearby.",
    ],
    title: "Cement plant to rise in Batangas",
    countries: [["Huaxin Cement", "CN"], ["Vestas", "DK"]],
  },
  {
    rule: "seats banks and telecoms of other regions that the text names without a country",
    domain: "markets-sample.co.za",
    paragraphs: [
      "South Africa's rand firmed on Wednesday as investors in Johannesburg weighed the budget.",
      "Analysts at Itaú and Danske Bank said the rally could fade, while Vodafone Idea and Telenor reported weaker quarters.",
    ],
    title: "Rand firms as investors weigh budget",
    countries: [["Itaú", "BR"], ["Danske Bank", "DK"], ["Vodafone Idea", "IN"], ["Telenor", "NO"]],
  },
  {
    rule: "seats a state oil firm named by its acronym in a story set in an importing country",
    domain: "energy-sample.pk",
    paragraphs: [
      "Pakistan will import two more cargoes of crude oil next month to keep its refineries running, the petroleum division said in Islamabad.",
      "The cargoes will come from SOCAR and Sonatrach under term contracts, the division said.",
    ],
    title: "Pakistan to import two crude cargoes",
    countries: [["SOCAR", "AZ"], ["Sonatrach", "DZ"]],
  },
  {
    rule: "reads a listed company with its corporate ending and a bracketed acronym as one body",
    domain: "finance-sample.com.ng",
    paragraphs: [
      "A Lagos lender reported higher profit on Tuesday in a filing with the Nigerian Exchange Limited (NGX).",
      "Trading on the NGX was brisk after the results, brokers in Lagos said.",
    ],
    title: "Lagos lender reports higher profit",
    countries: [["Nigerian Exchange", "NG"]],
  },
];

describe("a listed company named bare takes the country of its headquarters", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries: expected }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of expected) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });

  it("keeps the bracketed acronym as the listed body's other name", () => {
    const article = fromOutlet("finance-sample.com.ng", CASES[4].paragraphs, CASES[4].title);
    expect(find(article, "NGX")).toBeUndefined();
    expect(find(article, "Nigerian Exchange")?.aliases).toContain("NGX");
  });
});

describe("names a list entry shares with places and words are no company", () => {
  const GUARDS: Array<{ rule: string; domain: string; paragraphs: string[]; absent: string[]; notSeated?: Array<[string, string]> }> = [
    {
      rule: "a listed name inside a longer capitalised run (a county, a consultancy) is not the company",
      domain: "county-sample.com",
      paragraphs: [
        "Orange County supervisors approved a new bus depot on Tuesday, and Gulf Energy Insight said fuel costs would rise.",
        "The Bank of Ireland Street branch of a local credit union will close, the county said.",
      ],
      absent: ["Orange", "Gulf Energy", "Bank of Ireland"],
    },
    {
      rule: "ordinary words, places and surnames at a sentence's start are not companies",
      domain: "local-sample.com.au",
      paragraphs: [
        "Total sales at Hobart's markets rose in June, the council said.",
        "Target dates for the new ferry have slipped again. Kinross residents were told the Azul cafe would reopen.",
        "Premier Dana Whitbread said the budget was on track. Whitbread told reporters in Hobart the state would borrow less.",
      ],
      absent: ["Total", "Target", "Kinross", "Azul"],
    },
    {
      rule: "a weather word, a stadium and a West African surname are not the companies that share them",
      domain: "sport-sample.co.uk",
      paragraphs: [
        "Supercell storms hit the north-west on Saturday before the match, forecasters in Manchester said.",
        "An AWS at the ground logged 40 mm of rain, and UPS units kept the floodlights on during a power cut.",
        "City beat Arsenal 2-0 at the Etihad, and striker Ibrahim Kone scored twice. Kone said the team had trained in the rain.",
      ],
      absent: ["Supercell", "Etihad"],
      // An acronym may still be read as some body; it is not the listed company.
      notSeated: [["UPS", "US"], ["AWS", "US"]],
    },
  ];

  it.each(GUARDS)("$rule", ({ domain, paragraphs, absent, notSeated = [] }) => {
    const article = fromOutlet(domain, paragraphs, "Council approves depot");
    for (const name of absent) expect([name, find(article, name)?.kind]).toEqual([name, undefined]);
    for (const [name, seat] of notSeated) expect([name, find(article, name)?.country]).not.toEqual([name, seat]);
    for (const surname of ["Whitbread", "Kone"]) expect(article.actors.find((a) => a.name.includes(surname))?.kind ?? "PERSON").toBe("PERSON");
  });
});

describe("the table of companies by region", () => {
  const entries = Object.values(COMPANIES_BY_REGION).flatMap((byCountry) => Object.entries(byCountry).flatMap(([seat, list]) => list.map((e) => [seat, e.split("|")] as const)));

  it("holds several hundred companies, each seated at an ISO 3166-1 country, each form listed once", () => {
    expect(entries.length).toBeGreaterThan(600);
    const seen = new Map<string, string>();
    for (const [seat, forms] of entries) {
      expect([seat, countries.isValid(seat)]).toEqual([seat, true]);
      for (const form of forms) {
        expect([form, seen.get(form)]).toEqual([form, undefined]);
        seen.set(form, seat);
      }
    }
  });

  it("lists no bare name that is an ordinary word, a given name, a surname or a place", () => {
    const doubtful: string[] = [];
    for (const [, forms] of entries) {
      for (const form of forms) {
        // Capitals ("TUI", "GAIL") and one-word names the lexicon knows only as an organisation ("Tesco") are safe.
        if (form.includes(" ") || form === form.toUpperCase()) continue;
        const lower = foldText(form).toLowerCase();
        const tags = COMMON_WORDS_TAGS.get(lower);
        if (FIRST_NAMES.has(lower) || LAST_NAMES.has(lower) || PLACE_NAMES.has(lower) || (tags !== undefined && !/^Organization$/.test(tags))) doubtful.push(form);
      }
    }
    expect(doubtful).toEqual([]);
  });

  it("finds a listed company by any of its names, with or without a corporate ending, in O(1) lookups", () => {
    expect(companyNamed("Deutsche Lufthansa")?.country).toBe("DE");
    expect(companyNamed("Huaxin Cement Co.")?.country).toBe("CN");
    expect(companyNamed("Westpac")?.country).toBe("AU");
    expect(companyNamed("Orange")).toBeUndefined();
    expect(companyNamed("Orange County")).toBeUndefined();
  });
});
