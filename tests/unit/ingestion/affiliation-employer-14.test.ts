import { type CountryCase, find, fromOutlet } from "./raw-article";

// A person tied to an employer by a possessive title, an appositive or a premodifier takes the employer's country
// over the story's setting; the local officials quoted beside them keep the setting's.
const CASES: CountryCase[] = [
  {
    rule: "gives the officer a body's possessive names before the title the body's country, and the local official the setting's",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "Mombasa County has signed a Sh3 billion deal with Brevik Hydro, a Norwegian pump maker, to repair two water plants in Kenya.",
      "County water officer Juma Mwangi said the work would take two years.",
      "Brevik Hydro's regional manager for East Africa, Sigrid Aasen, said the firm would bring 20 engineers to Kenya.",
    ],
    title: "Mombasa signs water plant deal",
    countries: [["Sigrid Aasen", "NO"], ["Juma Mwangi", "KE"]],
  },
  {
    rule: "reads 'the company's' as the business a nationality's description named last, and that description as naming the business of its country",
    domain: "daily-sample.pk",
    paragraphs: [
      "LAHORE: The city council approved a bus depot on Monday. Istanbul-based Anatolia Raylink will build it.",
      "The depot will then be leased to the Punjab Mass Transit Company for 20 years.",
      "Mayor Asif Rana said the Turkish contractor would bear the cost of the depot in Pakistan.",
      "The company's site manager, Murat Kaya, said the depot would open in Lahore next year.",
    ],
    title: "Lahore approves bus depot",
    countries: [["Murat Kaya", "TR"], ["Asif Rana", "PK"], ["Punjab Mass Transit Company", "PK"]],
  },
  {
    rule: "gives the officer of 'the <nationality> firm's' title that nationality's business",
    domain: "gulf-sample.com",
    paragraphs: [
      "Abu Dhabi: The municipality awarded a Dh600 million tunnel contract to Ponts Lumière, the French design consultancy, and a local builder.",
      "The French firm's project director, Camille Roux, said the tunnel in the UAE would be finished in 2029.",
    ],
    title: "Abu Dhabi awards tunnel contract",
    countries: [["Camille Roux", "FR"]],
  },
  {
    rule: "reads a body's short form opening a titled name as the employer, and seats a body by its rival's nationality",
    domain: "wire-sample.com",
    paragraphs: [
      "BERLIN (Wire) - German robot maker Halder Werke cut its forecast on Monday as Swedish competitor Ekholm Drive Systems won orders in Germany.",
      "Ekholm Chief Technology Officer Nils Lindqvist said last month that the group would open a plant in Germany.",
    ],
    title: "Halder Werke cuts forecast",
    countries: [["Nils Lindqvist", "SE"], ["Ekholm Drive Systems", "SE"]],
  },
  {
    rule: "reads 'the company's' as the business named last by its short form, not a bank named before it",
    domain: "daily-sample.co.uk",
    paragraphs: [
      "A Danish shipping firm has picked Swansea for a £90m ferry yard in Wales.",
      "Skovlund Marine, which is based in Esbjerg, said the yard would employ 300 people.",
      "The Welsh Government will lend £10m through the Celtic Growth Investment Bank.",
      "Skovlund said it would buy most of its steel from suppliers in Wales.",
      "The company's managing director, Mette Kragh, said Wales had been chosen ahead of sites in Denmark.",
    ],
    title: "Danish firm picks Swansea for ferry yard",
    countries: [["Mette Kragh", "DK"]],
  },
  {
    rule: "reads 'the company's' in an appositive after the name as the body seated by 'which is based in'",
    domain: "broadcaster-sample.ca",
    paragraphs: [
      "A Colorado firm that wants to drill for lithium near Regina faced questions at a hearing in Saskatchewan on Monday.",
      "Front Range Lithium Resources, which is based in Denver, plans to drill 40 wells near Regina.",
      "Dana Whitcomb, the company's head of operations, told the Saskatchewan panel that no water would be lost.",
    ],
    title: "Lithium drilling plan faces questions",
    countries: [["Dana Whitcomb", "US"]],
  },
  {
    rule: "gives the head a subsidiary 'will be headed by' the subsidiary's country, not the parent's",
    domain: "national-sample.in",
    paragraphs: [
      "MUMBAI: Indian solar maker Sitara Solar Industries will build a panel plant near Nairobi, the company said in Mumbai on Friday.",
      "Its Kenyan subsidiary, Sitara Solar Kenya Limited, will be headed by managing director Wanjiru Kamau, who ran a power firm in Kenya.",
      "Sitara Solar Industries chief executive Rohan Mehta said the plant in Kenya would open in 2028.",
    ],
    title: "Sitara Solar to build plant in Kenya",
    countries: [["Wanjiru Kamau", "KE"], ["Rohan Mehta", "IN"]],
  },
  {
    rule: "gives the head of 'its <nationality> subsidiary' named after 'run by' the subsidiary's country, not the parent's",
    domain: "wire-sample.com",
    paragraphs: [
      "TOKYO (Wire) - Japanese robot maker Hoshida Works will open a factory near Hanoi, the company said on Monday.",
      "Its Vietnamese subsidiary will be run by chief executive Tran Minh Quan, the company said.",
      "Hoshida Works president Kenji Arakawa said the plant would open in 2027.",
    ],
    title: "Hoshida Works to open factory in Vietnam",
    countries: [["Tran Minh Quan", "VN"], ["Kenji Arakawa", "JP"]],
  },
  {
    rule: "seats a body by a place before '-based' in a description appositive to its short form",
    domain: "wire-sample.com",
    paragraphs: [
      "PARIS (Wire) - French valve maker Soupapes Marel lost two contracts in France to Brightwater Valve Systems this year.",
      "Analysts said the pressure came from Brightwater, the Tulsa, Oklahoma-based group that cut its prices in Europe.",
    ],
    title: "Soupapes Marel loses contracts",
    countries: [["Brightwater Valve Systems", "US"]],
  },
];

describe("a person's country from their employer", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});
