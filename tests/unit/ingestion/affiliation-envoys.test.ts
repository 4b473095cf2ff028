import { newspaperCountry } from "../../../src/ingestion/lexicons/newspapers";
import { extract, figures, find, fromOutlet } from "./raw-article";

describe("an envoy's country is the sending state, not the host", () => {
  it("reads 'Chinese Ambassador to Kenya <Name>' as a Chinese envoy named after the host country", () => {
    const article = extract([
      "Chinese Ambassador to Kenya Zhou Lianfeng said the new berth at the inland depot would open in May.",
      "Kenyan officials said the depot would cut trucking costs for traders in Nakuru and Eldoret.",
    ]);
    expect(find(article, "Kenya Zhou Lianfeng")).toBeUndefined();
    expect(find(article, "Zhou Lianfeng")?.country).toBe("CN");
    expect(find(article, "Zhou Lianfeng")?.title).toContain("Ambassador");
  });

  it("keeps a country word that is also a given name as the host after 'to'", () => {
    const article = extract(["US Ambassador to India Mark Ellison said the trade visit had been useful for both sides."]);
    expect(find(article, "India Mark Ellison")).toBeUndefined();
    expect(find(article, "Mark Ellison")?.country).toBe("US");
  });

  it("gives an appositive envoy the country that owns the title", () => {
    const article = extract([
      "Aid flights to the northern islands resumed on Thursday after the storm passed.",
      "Norway's ambassador to Manila, Kari Strand, told reporters that two cargo planes would land in Laoag on Friday.",
      "The Austrian envoy to the Philippines, Lukas Wimmer, said his government would send water filters.",
    ]);
    expect(find(article, "Kari Strand")?.country).toBe("NO");
    expect(find(article, "Lukas Wimmer")?.country).toBe("AT");
  });
});

describe("the places a story names say where it is set", () => {
  it("lets repeated states and cities outweigh a foreign company's adjective", () => {
    const article = extract(
      [
        "Korean battery maker Hanul Cells has dropped plans for a cathode plant near Brisbane in south-east Queensland, blaming weak demand in Korea.",
        "The Seoul-based company had promised 400 jobs in Queensland and a training centre on the Gold Coast. Brisbane had already set aside land for it.",
        "Local MP Gary Whitlock said the region had been let down. Council CEO Rhonda Marsh said the site would be offered to other investors across Queensland.",
      ],
      "Korean battery maker drops Brisbane plant",
    );
    expect(find(article, "Gary Whitlock")?.country).toBe("AU");
    expect(find(article, "Rhonda Marsh")?.country).toBe("AU");
  });
});

describe("small towns the text confirms", () => {
  it("reads a town too small for the place table as a place of the country the text names", () => {
    const article = extract(
      [
        "A German chemicals group has shelved plans for an ammonia plant at Gladstone, saying gas prices in Australia were too high.",
        "Gladstone Regional Council mayor Wendy Pascoe said the town had already rezoned land for the project. Workers in Gladstone had been told hiring would start in March.",
        "The company's chief executive, Jurgen Falk, said the board in Germany would review other sites in Europe.",
      ],
      "German group shelves Gladstone ammonia plant",
    );
    expect(find(article, "Gladstone Regional Council")?.country).toBe("AU");
    expect(find(article, "Wendy Pascoe")?.country).toBe("AU");
  });

  it("leaves a small town's name alone when the text names none of its countries", () => {
    const article = extract(["Officials in Gladstone said the new ferry timetable would start in spring."]);
    expect(article.countries).toEqual([]);
  });

  it("does not read a town's name that opens a company's name as the company's country", () => {
    const article = extract([
      "The city of Saskatoon in Canada hired Meridian Economics, a consultancy, to study the arena plan. Seattle and Toronto have built similar districts.",
      "Meridian Economics said the district would add 900 jobs in Saskatoon.",
    ]);
    expect(find(article, "Meridian Economics")?.country).not.toBe("US");
  });
});

describe("a lakh or crore continuing a count", () => {
  it("reads a bare lakh after a lakh of commuters as more commuters, not rupees", () => {
    const found = figures("Ridership is about 3.1 lakh commuters a day on weekdays. The operator had projected 9 lakh.", "IN");
    expect(found).toContainEqual([900000, "commuters", "9 lakh"]);
  });

  it("keeps a bare lakh after a crore of money as rupees", () => {
    const found = figures("The state set aside 450 crore for the scheme. A further 12 lakh was released.", "IN");
    expect(found).toContainEqual([1200000, "INR", "12 lakh"]);
  });
});

describe("a local outlet's own country in a close race", () => {
  it("sets the story at home when the text names the outlet's country as often as the other", () => {
    const article = fromOutlet(
      "northcoast-sample.com.au",
      [
        "Growers say the crush at the Tully mill has stopped for a week as rain keeps harvesters out of the paddocks.",
        "Canegrowers district manager Karen Doyle said Australian raw sugar was still in demand, though a buyer from Japan had delayed a shipment.",
      ],
      "Cane harvest stalls after week of rain",
    );
    expect(find(article, "Karen Doyle")?.country).toBe("AU");
  });
});

describe("a newspaper's country from its name or domain", () => {
  it("knows national papers by name, stem or domain", () => {
    expect(newspaperCountry("The Irish Times")).toBe("IE");
    expect(newspaperCountry("hindustantimes")).toBe("IN");
    expect(newspaperCountry("news24.com")).toBe("ZA");
    expect(newspaperCountry("https://www.straitstimes.com/asia")).toBe("SG");
  });

  it("gives no country for wire agencies, world broadcasters and names several countries' papers share", () => {
    for (const name of ["Reuters", "Associated Press", "Nation", "The Star", "Herald", "unknown", ""]) expect(newspaperCountry(name)).toBeNull();
  });

  it("sets a story from a known paper at home when its text names that country", () => {
    const article = fromOutlet(
      "kathmandupost.com",
      [
        "Households in the valley will lose power for up to six hours a day from Sunday, the state utility said.",
        "Managing director Sunil Rai said imports from India had fallen, and Nepal's own plants were producing less than half their capacity.",
      ],
      "Power cuts return to valley as reservoir runs low",
    );
    expect(find(article, "Sunil Rai")?.country).toBe("NP");
  });
});

describe("a body's nationality from its appositive", () => {
  it("reads 'X, the Norwegian classification society,' and 'X AG, a Swiss cocoa trader that …' in a story set elsewhere", () => {
    const article = extract([
      "Cocoa buying in Ghana slowed again this month as farmers held back beans.",
      "Vantor Commodities AG, a Swiss cocoa trader that buys from licensed companies in Ghana, said purchases would recover by March.",
      "KRV, the Norwegian classification society, said it had inspected the warehouses in Tema.",
    ]);
    expect(find(article, "Vantor Commodities AG")?.country).toBe("CH");
    expect(find(article, "KRV")?.country).toBe("NO");
  });
});

describe("a capital that is a person's surname in the text", () => {
  it("reads 'Governor Ricardo Santiago … Santiago said' as the governor, not Chile", () => {
    const article = extract([
      "Flood victims in Bulacan said the new dikes had never been built.",
      "Bulacan Governor Rodel Santiago said at least 200,000 residents had been under water for two weeks.",
      "“Our people were told the dikes were finished,” Santiago said in a radio interview.",
    ]);
    expect(article.countries).not.toContain("CL");
  });
});

describe("common surnames that are also old titles", () => {
  it("reads Shah and Khan as surnames, not roles", () => {
    const article = extract([
      "The transit agency's director, Priya Shah, said construction would start in March.",
      "Opposition leader Imran Khan said his party would boycott the vote.",
    ]);
    expect(find(article, "Priya Shah")?.kind).toBe("PERSON");
    expect(find(article, "Imran Khan")?.kind).toBe("PERSON");
  });
});

describe("a country's name as a surname", () => {
  it("reads a country's name right after a given name as the person's surname", () => {
    const article = extract(["Port director Rafael Montenegro said the channel would be dredged by March."]);
    expect(find(article, "Rafael Montenegro")?.kind).toBe("PERSON");
    expect(article.countries).not.toContain("ME");
  });

  it("keeps the country after an acronym that spells a given name ('IDA Ireland')", () => {
    const article = extract(["The plant is backed by IDA Ireland, which said 600 jobs would follow in Cork."]);
    expect(article.countries).toContain("IE");
  });
});

describe("a state opening a body's name after a sentence's capitalised article", () => {
  it("reads 'The Arizona Secretary of State's office' as a mention of the US", () => {
    const article = extract([
      "A county judge refused on Tuesday to stop a hand recount of the council race in Cottonwood.",
      "Town clerk Maria Delgado said the count would take three days.",
      "The Arizona Secretary of State's office said it would send two observers.",
    ]);
    expect(article.countries).toContain("US");
    expect(find(article, "Maria Delgado")?.country).toBe("US");
  });
});

describe("US local offices as titles", () => {
  it("keeps 'County Recorder' and 'Councilwoman' out of the names they precede", () => {
    const article = extract([
      "A judge in the county refused to halt the recount of the city council race in Ohio on Tuesday.",
      "County Recorder Dana Whitfield said the count would take three days. Incumbent Councilwoman Rosa Alvarez said she was confident.",
    ]);
    expect(find(article, "Dana Whitfield")?.title).toContain("Recorder");
    expect(find(article, "Rosa Alvarez")?.title).toContain("Councilwoman");
    expect(find(article, "Recorder Dana Whitfield")).toBeUndefined();
  });
});
