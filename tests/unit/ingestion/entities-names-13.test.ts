import { extract, find } from "./raw-article";

/** People whose given names no name list holds, read from the context news writes around a name. */
interface NameCase {
  rule: string;
  paragraphs: string[];
  person: string;
}

const LEAD = "Floods cut the main roads across the valley on Monday, and thousands of families slept in schools.";

const PEOPLE: NameCase[] = [
  {
    rule: "a name opening its sentence, then 'She said' opening the next (Filipino)",
    paragraphs: [LEAD, "Marites Villanueva waited outside the gym until dawn. She said the water reached her ceiling."],
    person: "Marites Villanueva",
  },
  {
    rule: "a name opening its sentence, then 'He later told' in the next paragraph (West African)",
    paragraphs: [LEAD, "Chukwuemeka Obi walked for six hours to reach the camp.", "He later told aid workers his village was gone."],
    person: "Chukwuemeka Obi",
  },
  {
    rule: "a name opening its sentence, then a quote closed by 'she said' (East African)",
    paragraphs: [LEAD, "Wanjiku Mwangi carried her two sons through the mud.", "\"We left with nothing,\" she said."],
    person: "Wanjiku Mwangi",
  },
  {
    rule: "a name opening its sentence, then 'he said' (Central Asian)",
    paragraphs: [LEAD, "Bolat Nurpeisov counted the sheep he had left. He said the rest had drowned."],
    person: "Bolat Nurpeisov",
  },
  {
    rule: "a name, then 'and his wife' (West African)",
    paragraphs: [LEAD, "In the old quarter, Obinna Chukwu and his wife waited on their roof for a boat."],
    person: "Obinna Chukwu",
  },
  {
    rule: "a name opening its sentence, then 'and her two sons' (Indonesian)",
    paragraphs: [LEAD, "Lestari Wulandari and her two sons slept in the mosque."],
    person: "Lestari Wulandari",
  },
  {
    rule: "one name with an age set off by commas (Indonesian)",
    paragraphs: [LEAD, "Rescuers reached Sukarno, 70, after two days on his roof."],
    person: "Sukarno",
  },
  {
    rule: "one name with a job after ', a'",
    paragraphs: [LEAD, "Sukarno, a rice farmer from the hills, lost his whole crop."],
    person: "Sukarno",
  },
  {
    rule: "a name owning kin ('<name>'s widow') (Indonesian)",
    paragraphs: [LEAD, "Bambang Wijaya's widow waited outside the morgue until noon."],
    person: "Bambang Wijaya",
  },
  {
    rule: "a name, 'from the' and a body, then a speech verb (Central Asian)",
    paragraphs: [LEAD, "Aizhan Omarova from the Kazakh Red Crescent said the bridge had gone in minutes."],
    person: "Aizhan Omarova",
  },
  {
    rule: "a name after a person's full name and 'and' (South Asian)",
    paragraphs: [LEAD, "Two volunteers, Peter Lynch and Sanjida Akter, spent the night moving families to the school."],
    person: "Sanjida Akter",
  },
  {
    rule: "a name before 'and' and a person's full name (Arab)",
    paragraphs: [LEAD, "Boats were steered by Rashid Al-Mansoori and Mary Lynch until dawn."],
    person: "Rashid Al-Mansoori",
  },
  {
    rule: "a speaking name whose surname is also a town's (Central Asian)",
    paragraphs: [LEAD, "Nurlan Taraz said the dam gates had been opened too late."],
    person: "Nurlan Taraz",
  },
  {
    rule: "a name after 'said' whose surname is also a town's, with a job after it (East African)",
    paragraphs: [LEAD, "\"We have no clean water,\" said Omondi Siaya, a local trader."],
    person: "Omondi Siaya",
  },
  {
    rule: "a name of a listed given name and a surname that is an ordinary word, before 'He said' (West African)",
    paragraphs: [LEAD, "Modou Fall rowed his neighbours to the school. He said the river rose in an hour."],
    person: "Modou Fall",
  },
];

const BODIES: NameCase[] = [
  {
    rule: "a subject its own sentence calls 'its', before 'He said'",
    paragraphs: [LEAD, "Nordvik Energi cut its output forecast for the year. He said demand had fallen."],
    person: "Nordvik Energi",
  },
  {
    rule: "a subject of whom its sentence says 'it said', before 'She said'",
    paragraphs: [LEAD, "Hanseong Cell will raise prices for battery packs, it said on Tuesday. She said the market was tight."],
    person: "Hanseong Cell",
  },
  {
    rule: "a subject ending in a body's head word, before 'He said'",
    paragraphs: [LEAD, "Santoso Group opened a cement plant near the coast. He said it would hire 400 people."],
    person: "Santoso Group",
  },
  {
    rule: "a body's name before its role noun, with 'he said' closing the next sentence",
    paragraphs: [LEAD, "Vantora coach Piotr Lis said the side had tired. \"We gave it away,\" he said."],
    person: "Vantora",
  },
  {
    rule: "a plural opening a sentence inside a quote, before 'she said'",
    paragraphs: [LEAD, "\"It costs me more to build. Builders cannot wait. I cannot sell at a loss,\" she said."],
    person: "Builders",
  },
  {
    rule: "one word with ', a' and a trade, not a job",
    paragraphs: [LEAD, "Zenvia, a Brazilian software maker, cut 200 jobs."],
    person: "Zenvia",
  },
  {
    rule: "a name, 'from' and a place, then the way a body speaks ('said in a statement')",
    paragraphs: [LEAD, "Hanseong Cell from Seoul said in a statement that its plant was dry."],
    person: "Hanseong Cell",
  },
  {
    rule: "a one-word brand opening its sentence, then a quote closed by 'he said'",
    paragraphs: [LEAD, "Gojek posted a record profit for the quarter. \"Demand was strong,\" he said."],
    person: "Gojek",
  },
  {
    rule: "a name ending in a business's word, 'from' and a place, then a speech verb",
    paragraphs: [LEAD, "Dangote Cement from the Lagos Free Zone said output would rise."],
    person: "Dangote Cement",
  },
  {
    rule: "a one-word name with a rank, not a job, after ', a'",
    paragraphs: [LEAD, "Ooredoo, a major exporter of services, cut 300 jobs."],
    person: "Ooredoo",
  },
  {
    rule: "a city of two words that speaks",
    paragraphs: [LEAD, "Kuala Lumpur said the drains would be cleared by Friday."],
    person: "Kuala Lumpur",
  },
];

describe("names 13: people of unlisted given names", () => {
  it.each(PEOPLE)("reads $rule", ({ paragraphs, person }) => {
    expect([person, find(extract(paragraphs), person)?.kind]).toEqual([person, "PERSON"]);
  });
  it.each(BODIES)("reads no person in $rule", ({ paragraphs, person }) => {
    expect([person, find(extract(paragraphs), person)?.kind]).not.toEqual([person, "PERSON"]);
  });
});
