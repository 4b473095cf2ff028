/**
 * Actor names (holdout-15 and -16 causes): a translated name before a mixed-case acronym, an office with its
 * portfolio, an outlet's opening word and a mountain range's word. Sentences written for
 * these tests; each page runs through the whole pipeline.
 */
import { extract, kindsFound, type KindCase } from "./raw-article";

const CASES: KindCase[] = [
  {
    rule: "reads an office with 'for' and its portfolio as a post, not a body",
    paragraphs: ["Grace Mwangi, Kenya's Cabinet Secretary for the Lake Basin Development Authority, the Coast and Regional Affairs, said the funds were released on Monday."],
    kinds: [["Grace Mwangi", "PERSON"], ["Kenyan Cabinet Secretary for the Lake Basin Development Authority", null]],
  },
  {
    rule: "reads a name opening with an outlet's word (Daily) after 'told' as no person",
    paragraphs: ["“The contracts were never tendered,” the auditor Sipho Mabuza told Daily Lantern on Friday."],
    kinds: [["Sipho Mabuza", "PERSON"], ["Daily Lantern", "ORGANIZATION"]],
  },
  {
    rule: "reads a mountain range's opening word (Cordillera) as a place, not a person",
    paragraphs: ["The hydrologist Lucia Paredes has spent a decade measuring lakes in Bolivia's Cordillera Real, she said."],
    kinds: [["Lucia Paredes", "PERSON"], ["Cordillera Real", null]],
  },
  {
    rule: "reads a state's style (People's Republic) inside a body's name after 'of the'",
    paragraphs: ["In a statement issued in Nairobi, the Embassy of the People's Republic of China in Kenya said it respects the courts."],
    kinds: [["Embassy of the People's Republic of China", "ORGANIZATION"], ["Embassy of the People", null]],
  },
  {
    rule: "reads capitalised words before '(Amendment) Act' as a law's title, not a body",
    paragraphs: ["Police in Kumasi arrested 12 people on Saturday.", "Under the Oil and Mining (Amendment) Act, 2019, persons convicted of illegal mining face between 15 and 25 years in prison, a lawyer said."],
    kinds: [["Oil and Mining", null]],
  },
  {
    rule: "reads a capitalised description after a body's name and ', the' as that body's longer name",
    paragraphs: ["The shots cost the council about $31 each, compared with the $2 that Unitaid, the Medicines Alliance, pays in poorer countries.", "Unitaid said on Monday it would expand its programme."],
    kinds: [["Unitaid", "ORGANIZATION"], ["Medicines Alliance", null]],
  },
  {
    rule: "reads a court's panel (the court's First Senate, a Division Bench) as part of the court, not a body",
    paragraphs: [
      "The judges of the court's First Senate in Karlsruhe decided the case by a vote of 5-3.",
      "A Division Bench of Chief Justice Ravi Menon and Justice P.K. Rao said the rule was void, and the Bench observed that the state had acted in haste.",
    ],
    kinds: [["Senate", null], ["Bench", null], ["Ravi Menon", "PERSON"]],
  },
  {
    rule: "reads a report named after its owner's possessive and bracketed acronym as no body",
    paragraphs: ["According to the Scottish Teachers and Lecturers Federation's (STLF) Class Watch figures, 1,240 classes had more than 30 pupils yesterday."],
    kinds: [["Scottish Teachers and Lecturers Federation", "ORGANIZATION"], ["Class Watch", null]],
  },
];

/** [name, aliases] of the bodies found in the paragraphs whose names match `only`. */
const bodies = (paragraphs: string[], only = /./) =>
  extract(paragraphs)
    .actors.filter((a) => a.kind === "ORGANIZATION" && only.test(a.name))
    .map((a) => [a.name, a.aliases]);

describe("actor names and kinds (round 17)", () => {
  it.each(CASES)("$rule", (c) => {
    expect(kindsFound(c)).toEqual(c.kinds);
  });

  it("reads a translated name before a mixed-case acronym as one body, the acronym its alias", () => {
    expect(
      bodies([
        "The regionalist Forward for Sardinia (FpS), which polls at around 18 percent, said it would oppose the budget.",
        "FpS leader Paolo Serra said the party would vote against it.",
      ]),
    ).toEqual([["Forward for Sardinia", ["FpS"]]]);
  });

  it("reads an acronym that leaves out a body's last field joined by 'and' as that body's alias", () => {
    expect(
      bodies([
        "Figures from the Ghana Centre for Animal Health and Welfare show 812 cases this year.",
        "The GCAH said in its weekly report that the outbreak was slowing.",
      ]),
    ).toEqual([["Ghana Centre for Animal Health and Welfare", ["GCAH"]]]);
  });

  it("reads the word after a province opening a business's name as its short form", () => {
    expect(
      bodies(
        [
          "The EU duties hit Sichuan Longwei Electric hardest; the largest exporter faces 21.4%.",
          "Longwei said in a filing to the Shenzhen exchange that the duty would cut its margins and that it would appeal.",
        ],
        /Longwei/,
      ),
    ).toEqual([["Sichuan Longwei Electric", ["Longwei"]]]);
  });
});
