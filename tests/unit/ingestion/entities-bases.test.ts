import { extractArticle } from "../../../src/ingestion";
import { extract, actor, find, FETCHED_AT } from "./raw-article";

describe("a business's base given in an appositive after its name", () => {
  it("reads the base of '-based' trade nouns and 'a company based in', not the story's country", () => {
    const article = extract([
      "KAMPALA — Uganda's coffee board said on Monday that exports had fallen in Uganda for a second month.",
      "Beans are bought by Redhill Bean Traders, a Nairobi-based trading house, and by Ostkap Kaffee, a company based in Hamburg.",
    ]);
    expect(actor(article, "Redhill Bean Traders").country).toBe("KE");
    expect(actor(article, "Ostkap Kaffee").country).toBe("DE");
  });

  it("reads a nationality in the appositive of a name that is already a body's, and passes it to 'its' staff", () => {
    const article = extract([
      "LUSAKA — Zambia's roads agency said on Tuesday that the bridge in Zambia would open late.",
      "The bridge is being built by Jiangnan Bridge Engineering, a Chinese contractor. Its site manager, Zhou Peng, said rain had slowed work.",
    ]);
    expect(actor(article, "Jiangnan Bridge Engineering").country).toBe("CN");
    expect(actor(article, "Zhou Peng").country).toBe("CN");
    expect(actor(article, "Zhou Peng").kind).toBe("PERSON");
  });

  it("keeps a person described by a trade that people practise ('a Ghanaian grower') a person", () => {
    const article = extract(["ACCRA — Cocoa prices rose in Ghana this week.", "Esi Mensah-Bonsu, a Ghanaian grower near Kumasi, said buyers were paying late."]);
    expect(actor(article, "Esi Mensah-Bonsu").kind).toBe("PERSON");
    expect(find(article, "Esi Mensah-Bonsu")?.country).toBe("GH");
  });

  it("takes a managing director's employer from 'its' when the role word is not the title's first", () => {
    const article = extract([
      "MUMBAI — India's ports grew busier this year, India's shipping ministry said.",
      "Varanasi Coastal Lines, a Singapore-based carrier, will add a service. Its managing director, Ritu Anand, said demand had doubled.",
    ]);
    expect(actor(article, "Varanasi Coastal Lines").country).toBe("SG");
    expect(actor(article, "Ritu Anand").country).toBe("SG");
  });

  it("reads a terminal operator opening a sentence as a body", () => {
    const article = extract(["DOHA — Ras Bahar Container Terminals signed a deal with a Greek line on Sunday, Qatar's transport ministry said."]);
    expect(actor(article, "Ras Bahar Container Terminals").kind).toBe("ORGANIZATION");
  });
});

describe("an employer named after 'of' in a title set off after the name", () => {
  it("gives the person the employer's base even when the employer's base comes later", () => {
    const article = extract([
      "NAIROBI — Kenya's tea auction reopened on Monday, Kenya's agriculture ministry said.",
      "Amani Wekesa, head of buying at Lakeview Leaf Merchants, said prices were firm.",
      "Lakeview Leaf Merchants, a Kampala-based company, buys most of its tea in Kenya.",
    ]);
    expect(actor(article, "Lakeview Leaf Merchants").country).toBe("UG");
    expect(actor(article, "Amani Wekesa").country).toBe("UG");
  });
});

describe("possessives that open a body's name", () => {
  it("keeps 'Fishermen's' and 'Ombudsman's' inside the body's name", () => {
    const article = extract([
      "REYKJAVIK — The Icelandic Fishermen's Federation said on Monday that quotas in Iceland were too low.",
      "The Ombudsman's Office said it had received complaints from boat owners.",
    ]);
    expect(actor(article, "Icelandic Fishermen's Federation").kind).toBe("ORGANIZATION");
    expect(actor(article, "Ombudsman's Office").country).toBe("IS");
  });

  it("reads a lower-case fishermen's as no body", () => {
    const article = extract(["REYKJAVIK — The fishermen's boats stayed in Iceland's harbours on Monday, the coast guard said."]);
    expect(article.actors.filter((a) => /fishermen/i.test(a.name))).toEqual([]);
  });
});

describe("the country of people and bodies the text gives none for", () => {
  const page = (domain: string, paragraphs: string[]) =>
    extractArticle(["Home", "", "Market Traders Meet Over New Stalls", "", `${domain} 1 day ago`, ...paragraphs.flatMap((p) => ["", p])].join("\n"), { fetchedAt: FETCHED_AT });

  it("sets a local outlet's story that names no country in the outlet's country, untitled people included", () => {
    const article = page("ibadanherald-sample.ng", [
      "Traders at Oja Tuntun market in Ilesa East on Monday agreed new stall fees with the market association.",
      "Folake Adebayo-Ojo, who sells yams, said the fees were fair. Association chairman Kunle Oyewole said work would start soon.",
    ]);
    expect(actor(article, "Folake Adebayo-Ojo").country).toBe("NG");
    expect(actor(article, "Kunle Oyewole").country).toBe("NG");
  });

  it("leaves an untitled person without a country when a generic outlet names none", () => {
    const article = page("example.com", ["Folake Adebayo-Ojo, who sells yams, said the fees at Bodija market were fair."]);
    expect(find(article, "Folake Adebayo-Ojo")?.country ?? null).toBeNull();
  });

  it("gives a body with no base, in a story naming several countries with none leading, its dateline's country", () => {
    const article = page("example.com", [
      "MUSCAT — Qalhat Bay Terminals signed deals on Tuesday with an Ethiopian state line and an Indian coastal carrier.",
      "Ethiopia, which has no coast, wants more routes to the sea, and India wants more East African cargo.",
    ]);
    expect(actor(article, "Qalhat Bay Terminals").country).toBe("OM");
  });
});

describe("a body's name read again as its own tail", () => {
  it("keeps only the whole name, and gives the titled person before a name the whole body's seat", () => {
    const article = extract([
      "KATHMANDU — Nepal Electricity Authority managing director Bimala Thapa Magar said on Monday that exports to India would rise.",
      "Ethiopian Shipping and Logistics Services Enterprise chief executive Hailu Gebre Mariam said the line would call at Mundra.",
      "India and Ethiopia signed a port deal last year.",
    ]);
    const names = article.actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name);
    expect(names).toContain("Nepal Electricity Authority");
    expect(names).not.toContain("Electricity Authority");
    expect(names).not.toContain("Logistics Services Enterprise");
    expect(actor(article, "Hailu Gebre Mariam").country).toBe("ET");
  });
});

describe("a person named with an address set off by commas", () => {
  it("reads 'X, of Old Harbour, appeared' as a person from the story's country", () => {
    const article = extract([
      "KINGSTON, Jamaica — Two men were charged with fraud on Monday.",
      "Oshane Brissett, of Old Harbour, appeared in court on Tuesday.",
    ]);
    expect(actor(article, "Oshane Brissett").kind).toBe("PERSON");
    expect(actor(article, "Oshane Brissett").country).toBe("JM");
  });
});
