import { extract, fromOutlet, kindsFound, type KindCase } from "./raw-article";

const CASES: KindCase[] = [
  {
    rule: "reads a German company word ending a name (Antriebe, Werke, Gruppe) as a company's",
    paragraphs: [
      "MUNICH, March 3 (Reuters) - Vossberg Antriebe cut its sales forecast on Tuesday, blaming weak orders from truck makers.",
      "Its rival Halden Werke said it would hold prices, and Trauner Gruppe declined to comment.",
    ],
    kinds: [["Vossberg Antriebe", "ORGANIZATION"], ["Halden Werke", "ORGANIZATION"], ["Trauner Gruppe", "ORGANIZATION"]],
  },
  {
    rule: "reads a name ending in Municipality as a council, without the region after its 'of the'",
    paragraphs: [
      "Traders in the Kpando Nsuta Municipality of the Volta Region have closed their stalls in protest over new market tolls.",
      "The traders said the tolls had doubled since January.",
    ],
    kinds: [["Kpando Nsuta Municipality", "ORGANIZATION"], ["Kpando Nsuta Municipality of the Volta Region", null]],
  },
  {
    rule: "keeps '<Kind> of <Place>' whole when the kind is Municipality",
    paragraphs: [
      "Reeve Dale Kowalchuk of the Rural Municipality of Brandon Hills said council would ask for a bond before any drilling.",
      "The province has not yet answered the request.",
    ],
    kinds: [["Rural Municipality of Brandon Hills", "ORGANIZATION"], ["Rural Municipality", null]],
  },
  {
    rule: "opens a body's name at a word with a lower-case Nguni prefix before the body's head",
    paragraphs: [
      "Water will be cut in six suburbs on Friday, the uMsunduzi Municipality said on Tuesday.",
      "Repairs to the main pipe are expected to take two days.",
    ],
    kinds: [["uMsunduzi Municipality", "ORGANIZATION"]],
  },
  {
    rule: "reads a name ending in a newsroom's section word (Business) as no person",
    paragraphs: [
      "Cocoa farmers in the district say they have not been paid for three months.",
      "Speaking to Harbour Business, the union's secretary, Kofi Adjei Mensah, said farmers were losing patience.",
    ],
    kinds: [["Harbour Business", null], ["Kofi Adjei Mensah", "PERSON"]],
  },
  {
    rule: "reads an office at a body named earlier as the employer, not as a place and a person's name",
    paragraphs: [
      "Fishermen have rejected a relocation offer from Tema Jasper Gold, a subsidiary of the Canadian miner Loonstone Resources.",
      "The General Manager of Tema Jasper Gold, Mr Kwesi Boateng, said the offer was fair.",
    ],
    kinds: [["Jasper Gold", null], ["Tema Jasper Gold", "ORGANIZATION"], ["Kwesi Boateng", "PERSON"]],
  },
  {
    rule: "reads a world region's adjective before a body's noun as no body",
    paragraphs: [
      "Fjellstad Pumps will supply the turbines for the new plant, the city said on Monday.",
      "The Scandinavian firm has built two similar plants in Kenya. A Nordic lender will fund part of the work.",
    ],
    kinds: [["Scandinavian", null], ["Nordic", null]],
  },
  {
    rule: "reads a field word before a lower-case job as no employer when it only ends a longer name elsewhere",
    paragraphs: [
      "Grain analyst Tom Reilly said prices would ease once the harvest was in.",
      "Shares in Northern Plains Grain rose 2 per cent on Monday.",
    ],
    kinds: [["Grain", null], ["Tom Reilly", "PERSON"]],
  },
  {
    rule: "reads a memorandum of understanding and plural elected offices as no body",
    paragraphs: [
      "The state signed a new MoU with a battery maker on Monday. \"Every MoU promises jobs,\" opposition leader Ravi Kumar said.",
      "In Edinburgh, the minister told MSPs the yard would open in 2028, and MLAs in Belfast asked for a similar plan.",
    ],
    kinds: [["MoU", null], ["MSPs", null], ["MLAs", null]],
  },
  {
    rule: "reads a place's kind noun alone as no body, in a subheading or after 'the'",
    paragraphs: [
      "Residents near the proposed quarry say their wells could run dry.",
      "Province says review will be thorough",
      "The Province said the review would take a year.",
    ],
    kinds: [["Province", null]],
  },
  {
    rule: "ends a school district's name at Schools before its officer's title",
    paragraphs: [
      "The council approved the tax break on Tuesday night.",
      "Harlow Area Schools Superintendent Dana Pike said the district would lose about $1 million a year.",
    ],
    kinds: [["Harlow Area Schools", "ORGANIZATION"], ["Dana Pike", "PERSON"]],
  },
  {
    rule: "reads a province's department named in lower case, with its fields after 'of', as one body",
    paragraphs: [
      "The Gauteng department of agriculture, rural development and environmental affairs said on Monday that the river was unsafe.",
      "Winnipeg city council voted to delay the project, and the Eastern Cape's economic development department warned of job losses.",
    ],
    kinds: [
      ["Gauteng department of agriculture, rural development and environmental affairs", "ORGANIZATION"],
      ["Winnipeg city council", "ORGANIZATION"],
      ["economic development department", "ORGANIZATION"],
    ],
  },
  {
    rule: "reads a family's name, 'family' and a body's noun as that body",
    paragraphs: [
      "The Kessler family foundation, which owns 30 per cent of the company, said it backed the plan.",
      "Shares held by the Adeyemi family trust were sold on Monday.",
    ],
    kinds: [["Kessler family foundation", "ORGANIZATION"], ["Adeyemi family trust", "ORGANIZATION"], ["Kessler", null]],
  },
  {
    rule: "reads 'the City of <place>' as a body when a verb follows, even for a place the gazetteer lacks",
    paragraphs: ["The City of Emfuleni wants to raise property rates by 9% from July, its finance committee said."],
    kinds: [["City of Emfuleni", "ORGANIZATION"]],
  },
  {
    rule: "keeps a county officer's possessive inside the office's name (Sheriff's Office, Coroner's Office)",
    paragraphs: [
      "AMARILLO, Texas – A woman was arrested on Friday after a chase on Interstate 40, the Potter County Sheriff's Office said.",
      "The Randall County Coroner's Office has not named the driver who died.",
    ],
    kinds: [["Potter County Sheriff's Office", "ORGANIZATION"], ["Randall County Coroner's Office", "ORGANIZATION"]],
  },
  {
    rule: "ends a body's name before an aircraft's model code",
    paragraphs: [
      "A Kenya Air Force C-130 carried tents and water to Lodwar on Tuesday, officials said.",
      "An Indian Navy P-8I later searched the coast for the missing boat.",
    ],
    kinds: [["Kenya Air Force", "ORGANIZATION"], ["Indian Navy", "ORGANIZATION"], ["Kenya Air Force C-130", null]],
  },
  {
    rule: "reads 'the Friends of <place>' and 'the Organisation <purpose>' as campaign groups",
    paragraphs: [
      "Litter on the towpath has tripled this year, said Ruth Calder, chair of the Friends of Harrow Canal, a volunteer group.",
      "The new charge, which the Organisation Against Parking Levies has called unfair, starts in May.",
    ],
    kinds: [["Friends of Harrow Canal", "ORGANIZATION"], ["Organisation Against Parking Levies", "ORGANIZATION"], ["Ruth Calder", "PERSON"]],
  },
  {
    rule: "reads a panel's head, 'on' and its subject as one body, never a person named 'on …'",
    paragraphs: [
      "The Council on Standards said on Monday that the pension fund should drop two tobacco makers.",
      "The fund sold the shares on the advice of its independent Council on Standards.",
    ],
    kinds: [["Council on Standards", "ORGANIZATION"], ["on Standards", null]],
  },
  {
    rule: "reads a province's name then Wildfire as the province's wildfire service",
    paragraphs: ["About 3,000 people were told to leave their homes on Monday as a fire north of Thompson grew overnight, Manitoba Wildfire said."],
    kinds: [["Manitoba Wildfire", "ORGANIZATION"]],
  },
];

describe("organisation names 14: whole and of the right kind", () => {
  it.each(CASES)("$rule", (c) => {
    expect(kindsFound(c)).toEqual(c.kinds);
  });
});

describe("organisation names 14: a body's country from its description", () => {
  it("reads a country word before a rival's noun as the rival body's country", () => {
    const actors = extract([
      "MUNICH, March 3 (Reuters) - Vossberg Antriebe cut its sales forecast as U.S. competitor Talmadge Drive Systems won orders from truck makers.",
      "His Kenyan rival Peter Kiprotich won the race.",
    ]).actors;
    expect(actors.find((a) => a.name === "Talmadge Drive Systems")?.country).toBe("US");
    expect(actors.find((a) => a.name === "Peter Kiprotich")?.kind).toBe("PERSON");
  });

  it("reads a described business named at the end of its sentence, after the description and a comma", () => {
    const actors = fromOutlet(
      "straitstimes.com",
      [
        "SINGAPORE - A Norwegian firm will build a hydrogen plant on Jurong Island, the Economic Development Board said on Monday.",
        "The project will be funded by Lionsgate Harbour Bank and a Japanese lender, Sakura Trust Bank.",
      ],
      "Norwegian firm to build hydrogen plant on Jurong Island",
    ).actors;
    expect(actors.find((a) => a.name === "Sakura Trust Bank")?.country).toBe("JP");
  });
});
