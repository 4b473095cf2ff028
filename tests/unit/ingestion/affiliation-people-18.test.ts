import { type CountryCase, find, fromOutlet } from "./raw-article";

// A person's country from a nationality the text gives them: before their role, where a portfolio of lower-case
// words or a sport's position stands between them, or in a relative clause after their name; an envoy's posting
// after "to the" is not their country.
const CASES: CountryCase[] = [
  {
    rule: "reads '<Nationality> <two-word portfolio> minister Name' as that country's minister",
    domain: "daily-sample.com",
    paragraphs: [
      "Tawanda Chikore, a Zimbabwean plasterer, said he feared the new permit rules would cost him his job.",
      "South African home affairs minister Nomsa Dlamini-Pike said the rules would be applied fairly.",
    ],
    title: "Migrant workers fear permit rules",
    countries: [["Tawanda Chikore", "ZW"], ["Nomsa Dlamini-Pike", "ZA"]],
  },
  {
    rule: "reads a portfolio joined by 'and' between a nationality and the role",
    domain: "daily-sample.com",
    paragraphs: [
      "Halvard Strand, a Norwegian shipping executive, said freight rates would fall next year.",
      "Kenyan trade and industry minister Ruth Wambui told the forum in Mombasa that port fees would be cut.",
      "Malaysian human resources minister Daniel Teoh said foreign crews would need new permits.",
    ],
    title: "Port fees to be cut",
    countries: [["Halvard Strand", "NO"], ["Ruth Wambui", "KE"], ["Daniel Teoh", "MY"]],
  },
  {
    rule: "reads a baseball infielder or outfielder named by nationality as that country's",
    domain: "daily-sample.com",
    paragraphs: [
      "Japanese pitcher Kenta Morishige struck out nine as the Harbor City Gulls won 4-1 on Sunday.",
      "South Korean infielder Lee Dong-wook and Venezuelan outfielder Ramón Quintero each drove in a run.",
    ],
    title: "Gulls win again",
    countries: [["Kenta Morishige", "JP"], ["Lee Dong-wook", "KR"], ["Ramón Quintero", "VE"]],
  },
  {
    rule: "reads 'Name, who is <Nationality>,' as the person's country over their employer's",
    domain: "daily-sample.co.uk",
    paragraphs: [
      "Harbury Rovers beat Ellesmere Town 3-1 in Leeds on Saturday to go top of the league.",
      "Harbury Rovers manager Tomás Ibarra, who is Spanish, said his side had earned the win.",
    ],
    title: "Rovers go top",
    countries: [["Tomás Ibarra", "ES"]],
  },
  {
    rule: "reads '<Nationality> ambassador to the <country> Name' as the sending country's envoy, not the host's",
    domain: "daily-sample.com",
    paragraphs: [
      "DUBAI: Hundreds of Filipino nurses gathered at a church in Dubai on Sunday to mark a national holiday.",
      "Philippine ambassador to the UAE Leonora Bautista-Cruz told them their contracts would be reviewed.",
      "French ambassador to the United States Hugo Marchal spoke at a separate event.",
    ],
    title: "Nurses mark holiday in Dubai",
    countries: [["Leonora Bautista-Cruz", "PH"], ["Hugo Marchal", "FR"]],
  },
];

describe("a nationality before a portfolio or a position, or stated after the name", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});
