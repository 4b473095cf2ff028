import { type CountryCase, find, fromOutlet } from "./raw-article";

// People and bodies that belong to something foreign or international keep that affiliation in a story set
// elsewhere; the story's own officials beside them keep the setting's country.
const CASES: CountryCase[] = [
  {
    rule: "reads 'Its <place> <role>, Name' as a post of the business named before, whose country the person takes",
    domain: "daily-sample.com.bd",
    paragraphs: [
      "DHAKA: Workers at a knitwear factory in Narayanganj stopped work on Monday over three months of unpaid wages.",
      "Most of the factory's output goes to Lindqvist Textil AB, a Swedish clothing retailer.",
      "Its Dhaka sourcing manager, Arif Chowdhury, met the workers' leaders on Tuesday.",
      "Labour Minister Salma Akter said Bangladesh would not tolerate unpaid wages.",
    ],
    title: "Knitwear workers strike over wages",
    countries: [["Arif Chowdhury", "SE"], ["Salma Akter", "BD"]],
  },
  {
    rule: "reads 'the company's <country> <role>, Name' as a post of the business, not the person's country",
    domain: "daily-sample.co.uk",
    paragraphs: [
      "LEEDS: Hospitals in Yorkshire have run short of a blood-thinning drug after a fault at a plant in Ohio.",
      "The drug is made by Calloway Pharma, a company based in Chicago.",
      "The company's UK operations director, Dr Simon Hale, said supplies would return by the end of the month.",
      "Health minister Joanne Pike told MPs in London that Britain held four weeks of stock.",
    ],
    title: "Hospitals short of heart drug",
    countries: [["Simon Hale", "US"]],
  },
  {
    rule: "keeps the national office's country for the staff of a body across borders named by 'its'",
    domain: "daily-sample.com.ar",
    paragraphs: [
      "BUENOS AIRES: A mining company was fined for polluting a river in Catamarca, Argentina, on Friday.",
      "Greenpeace called the fine too small. Its Argentina campaigns director, Lucía Ferreyra, said the river would take years to recover.",
    ],
    title: "Mining company fined",
    countries: [["Lucía Ferreyra", "AR"]],
  },
  {
    rule: "reads 'in charge' after a role as the role's, so a listed body across borders before it gives no country",
    domain: "daily-sample.com.ng",
    paragraphs: [
      "KANO: Measles has killed 21 children in Kano State, Nigeria, since September, the state government said.",
      "The UNICEF officer in charge in Kano, Dr Halima Yusuf, said vaccination teams would visit every ward.",
      "State health commissioner Musa Danladi said 300 health workers had been trained.",
    ],
    title: "Measles kills 21 children in Kano",
    countries: [["Halima Yusuf", null], ["Musa Danladi", "NG"]],
  },
  {
    rule: "reads a 'team lead' of a body across borders named before the comma as that body's, with no country",
    domain: "daily-sample.com.ng",
    paragraphs: [
      "KANO: Measles has killed 21 children in Kano State, Nigeria, since September, the state government said.",
      "The WHO team lead, Dr Peter Mwangi, said the agency had sent 20 epidemiologists to the state.",
    ],
    title: "Measles kills 21 children in Kano",
    countries: [["Peter Mwangi", null]],
  },
  {
    rule: "gives an officer posted 'in <country>'s <place> region' that country, not the story's",
    domain: "daily-sample.com.ng",
    paragraphs: [
      "KANO: Measles has killed 21 children in Kano State, Nigeria, since September, the state government said.",
      "Across the border, the regional health director in Chad's Lac region, Dr Mahamat Abakar, said his team had counted 90 cases.",
    ],
    title: "Measles kills 21 children in Kano",
    countries: [["Mahamat Abakar", "TD"]],
  },
  {
    rule: "reads two modifiers joined by 'and' before a role as one title, so a union of countries before it gives no country",
    domain: "daily-sample.com.ua",
    paragraphs: [
      "KYIV: A drone strike damaged a school in Sumy, Ukraine, on Monday, regional officials said.",
      "\"Schools must never be targets,\" said Ines Moreau, the EU resident and political coordinator for Ukraine, after a visit to the site.",
    ],
    title: "Drone strike damages school in Sumy",
    countries: [["Ines Moreau", null]],
  },
  {
    rule: "reads a portfolio's fields listed with commas up to 'at' and the employer, whose seat is the person's",
    domain: "daily-sample.co.ke",
    paragraphs: [
      "NAIROBI: Ministers from the region met in Nairobi, Kenya, on Monday to discuss the drought.",
      "\"The rains have failed four times,\" said Amina Diallo, commissioner for water, sanitation, forestry and land management at the African Union Commission.",
      "Kenya's Water Cabinet Secretary Joseph Mutua said Kenya would drill 500 boreholes.",
    ],
    title: "Ministers meet on drought",
    countries: [["Amina Diallo", null], ["Joseph Mutua", "KE"]],
  },
  {
    rule: "gives the officer of a listed national agency named by its bracketed short form the agency's country, not the post's",
    domain: "daily-sample.com.pk",
    paragraphs: [
      "KARACHI: Floods have cut off 40 villages in Sindh, Pakistan, officials said on Friday.",
      "The Korea International Cooperation Agency (Koica) sent 30 tonnes of tents and medicine to Karachi.",
      "Lee Min-ho, Koica's country director in Pakistan, said a second shipment would arrive next week.",
    ],
    title: "Floods cut off villages in Sindh",
    countries: [["Lee Min-ho", "KR"]],
  },
  {
    rule: "keeps a listed national law-enforcement agency's country in a story set elsewhere",
    domain: "daily-sample.com.co",
    paragraphs: [
      "BOGOTÁ: Colombian police seized four tonnes of cocaine at the port of Buenaventura on Sunday.",
      "The Drug Enforcement Administration had shared intelligence with Colombia's police for a year, the police said.",
    ],
    title: "Police seize cocaine at Buenaventura",
    countries: [["Drug Enforcement Administration", "US"]],
  },
  {
    rule: "reads a scientist's field noun as a role, so a body named 'in' a city after it is seated there and employs them",
    domain: "sample-magazine.com",
    paragraphs: [
      "Glacial lakes are growing across the Andes and the Himalayas as the ice retreats.",
      "In Bhutan, Sonia Tamang, a seismologist with the National Centre for Hydrology and Meteorology in Thimphu, has put sensors on three lakes.",
      "Ana Quispe has watched the lakes of Peru for twenty years.",
    ],
    title: "The scientists listening to melting glaciers",
    countries: [["Sonia Tamang", "BT"], ["National Centre for Hydrology and Meteorology", "BT"]],
  },
  {
    rule: "gives a person introduced with an age and 'from' a country the country they come from, not the story's",
    domain: "daily-sample.com.my",
    paragraphs: [
      "JOHOR BAHRU: Police in Johor, Malaysia, arrested nine people over an investment scam on Friday.",
      "One of the victims, clerk Ong Mei Ling, 52, from Singapore, said she had lost most of her savings.",
      "Johor police chief Azlan Hamid said more arrests were likely.",
    ],
    title: "Nine held over investment scam",
    countries: [["Ong Mei Ling", "SG"], ["Azlan Hamid", "MY"]],
  },
  {
    rule: "gives the name opening a 'where' clause after 'in' and a city that city's country",
    domain: "sample-magazine.com",
    paragraphs: [
      "Farmers in the Andes have begun to listen to their glaciers.",
      "The sensors were first built in a small lab in Lyon, where Julien Marchetti, an engineer at the firm Sonora Labs, had spent years recording avalanches.",
      "Ana Quispe, a farmer, said the alarms had saved her village twice.",
    ],
    title: "The farmers listening to glaciers",
    countries: [["Julien Marchetti", "FR"]],
  },
];

describe("a foreign or international affiliation over the story's setting", () => {
  it.each(CASES)("$rule", ({ domain, paragraphs, title, countries }) => {
    const article = fromOutlet(domain, paragraphs, title);
    for (const [name, country] of countries) expect([name, find(article, name)?.country]).toEqual([name, country]);
  });
});

describe("a national teams' match report with line-ups", () => {
  it("gives each player the country of the line-up that lists their surname, whatever the sentence around them says", () => {
    const article = fromOutlet(
      "daily-sample.co.uk",
      [
        "Wales 1 Norway 2",
        "Norway came from behind to win in Cardiff on Saturday night and go top of the group.",
        "Wales led through Owen Pritchard's header after 20 minutes, but Ingrid Haugen equalised for the visitors before half-time.",
        "Wales had most of the ball after the break, and veteran goalkeeper Siân Morgan made five saves to keep her side in it.",
        "Wales: Morgan; Pritchard, Evans, Hughes, Jones; Price, Lewis (Davies 70), Roberts; Thomas, Williams, Griffiths.",
        "Norway: Olsen; Haugen, Berg, Dahl, Lie; Moen, Strand, Bakke (Hagen 81); Aas, Vik, Lund.",
      ],
      "Norway win in Cardiff",
    );
    expect(find(article, "Ingrid Haugen")?.country).toBe("NO");
    expect(find(article, "Siân Morgan")?.country).toBe("GB");
  });
});
