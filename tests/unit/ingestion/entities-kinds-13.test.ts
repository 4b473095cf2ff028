import { extract, kindsFound, type KindCase } from "./raw-article";

const CASES: KindCase[] = [
  {
    rule: "reads the name after 'residents of' as a place",
    paragraphs: [
      "LAGOS — Floods cut off two fishing villages east of the city on Sunday, the state emergency agency said.",
      "Residents of Ilase Ogbe said the water rose in under an hour.",
    ],
    kinds: [["Ilase Ogbe", null]],
  },
  {
    rule: "reads a name ending in a harbour's head as a place even after a given name",
    paragraphs: [
      "Grimsby Ferries said on Monday it would move its freight service to Victoria Wharf next spring.",
      "The move from Humber's Albert Quay will cut waiting times, said Jane Holloway, the firm's operations director.",
    ],
    kinds: [["Victoria Wharf", null], ["Albert Quay", null], ["Jane Holloway", "PERSON"]],
  },
  {
    rule: "ends an appositive at a past-tense speech verb, so 'in the X Sea, the company announced' names no body",
    paragraphs: [
      "Ostwind Shipping has ordered four new tankers to serve oil platforms in the Barents Sea, the company announced on Friday.",
      "The vessels will be built in Gdansk, Ostwind Shipping said.",
    ],
    kinds: [["Barents Sea", null], ["Ostwind Shipping", "ORGANIZATION"]],
  },
  {
    rule: "reads a body's common noun opening a sentence before a lower-case role as that noun, not a body",
    paragraphs: [
      "The Marlow County Board of Education voted on Monday to shut two schools for repairs.",
      "Board chair Ellen Brightwater, who backed the plan, said the vote was painful.",
    ],
    kinds: [["Board", null], ["Ellen Brightwater", "PERSON"]],
  },
  {
    rule: "reads a contraction opening a sentence in a quote as no actor",
    paragraphs: [
      "Parents in Dunmore protested on Friday against the closure of the village school.",
      "Kearney said parents were angry. \"Many of these parents don't own a car. You're adding an hour to every school run,\" she said.",
    ],
    kinds: [["You're", null]],
  },
  {
    rule: "reads an acronym spelled out in brackets by lower-case words as a technical term, not a body",
    paragraphs: [
      "Kestrel Metals said on Monday it would build a direct reduced iron (DRI) plant near its iron ore mine in Zambia.",
      "The DRI unit will cost $300 million, Kestrel Metals said.",
    ],
    kinds: [["DRI", null], ["Kestrel Metals", "ORGANIZATION"]],
  },
  {
    rule: "reads the name after a person's name and 'of' as their employer, and the speech verb as the person's",
    paragraphs: [
      "Shares in Thai airlines fell on Tuesday after fuel prices rose for a third week.",
      "Somchai Rattanapong of Krungsri Viriya said the sell-off was overdone.",
    ],
    kinds: [["Somchai Rattanapong", "PERSON"], ["Krungsri Viriya", "ORGANIZATION"]],
  },
  {
    rule: "reads a short name after '<Place>-based' and one lower-case noun as a body",
    paragraphs: [
      "A cattle station in the Kimberley has been sold for $48 million, the agent said on Friday.",
      "\"It went cheap,\" Mr Dwyer said, pointing to a 2024 sale to Brisbane-based investor Wirrega Pastoral.",
    ],
    kinds: [["Wirrega Pastoral", "ORGANIZATION"]],
  },
  {
    rule: "reads a name ending in a sector word that is no surname as a company",
    paragraphs: [
      "The province agreed on Tuesday to lend $400 million to a battery plant near Moncton.",
      "Critics say the deal with Daewon Cell is too risky.",
      "The plant, to be built by Daewon Cell, would employ 900 people.",
      "Daewon Cell said in a statement that hiring would start in May.",
    ],
    kinds: [["Daewon Cell", "ORGANIZATION"]],
  },
  {
    rule: "reads a name ending in another language's sector word after a country's possessive as a company",
    paragraphs: [
      "The wind farm off Grimsby is owned by a group led by Denmark's Vestergaard Energi, the operator said on Monday.",
    ],
    kinds: [["Vestergaard Energi", "ORGANIZATION"]],
  },
  {
    rule: "reads a name ending in a transport operator's plural word, with a nationality inside, as a body",
    paragraphs: [
      "Tidewater Ferries said on Monday it was in talks with Consolidated Irish Ports about a new berth at Foynes.",
    ],
    kinds: [["Consolidated Irish Ports", "ORGANIZATION"]],
  },
  {
    rule: "reads the second of two bare names joined by 'and' as a person when the first is one",
    paragraphs: [
      "The county commission voted 3-2 on Monday to raise the property tax.",
      "The two commissioners who voted against, Karen Whitlock and Jory Pembleton, had asked for a smaller rise.",
    ],
    kinds: [["Karen Whitlock", "PERSON"], ["Jory Pembleton", "PERSON"]],
  },
  {
    rule: "reads a style after 'His' or 'Her' as standing for a person named before, not a body",
    paragraphs: [
      "Abu Dhabi: His Highness Sheikh Hamdan bin Rashid Al Nuaimi opened a new hospital wing in Al Ain on Tuesday.",
      "His Highness said the wing would serve families across the region.",
    ],
    kinds: [["Highness", null]],
  },
  {
    rule: "reads a field word and a place's word before a lower-case role as the person's employer",
    paragraphs: [
      "The state will end logging in two native forests by 2027, the premier said in Hobart on Monday.",
      "Environment Tasmania campaigner Mira Solberg welcomed the decision but said it came late.",
    ],
    kinds: [["Environment Tasmania", "ORGANIZATION"], ["Mira Solberg", "PERSON"]],
  },
  {
    rule: "reads an abstract noun opening a sentence after a German opening quote mark as a common noun",
    paragraphs: [
      "The carmaker will cut 900 jobs at its Kassel plant, the works council said on Thursday.",
      "„Management told us nothing until the press did“, said Jonas Reuter, the council's chief.",
    ],
    kinds: [["Management", null]],
  },
];

describe("kinds 13: person, organisation or no actor from context", () => {
  it.each(CASES)("$rule", (c) => {
    expect(kindsFound(c)).toEqual(c.kinds);
  });
});

describe("kinds 13: short forms and aliases of bodies", () => {
  it("reads a company's name without its opening company form as its short form, not a person", () => {
    const actors = extract([
      "JAKARTA — Indonesian coal miner PT Borneo Lestari Energi said on Monday it would sell a stake in its port.",
      "Borneo Lestari expects to close the sale next year, the company said in a filing.",
    ]).actors;
    expect(actors.find((a) => a.name === "Borneo Lestari")).toBeUndefined();
    expect(actors.find((a) => a.name === "PT Borneo Lestari Energi")?.aliases).toContain("Borneo Lestari");
  });

  it("reads 'known by its <language> initials X' as the body's alias", () => {
    const actors = extract([
      "PARIS — The National Financial Prosecutor's Office, known by its French initials PNF, opened an inquiry on Monday into a defence contract.",
      "Lawyers for the company said they had not been told of the inquiry.",
    ]).actors;
    expect(actors.find((a) => a.name === "PNF")).toBeUndefined();
  });
});
