/**
 * Organisation names and kinds found by a probe of invented news paragraphs: Romance names whose adjective
 * "General" follows the head, Portuguese "e" inside a body's name, heads in Indonesian and Tagalog, halls that
 * host events, an event named by two trades joined by "and", and plural heads (Societies, Platforms). Sentences and bodies invented for these tests;
 * each page runs through the whole pipeline.
 */
import { kindsFound, type KindCase } from "./raw-article";

const CASES: KindCase[] = [
  {
    rule: "reads 'General' after a Spanish head and before 'del' as part of the body's name, not a title",
    paragraphs: ["The Confederación General del Transporte Fluvial called a strike at the river ports of Rosario on Monday."],
    kinds: [["Confederación General del Transporte Fluvial", "ORGANIZATION"], ["del Transporte Fluvial", null]],
  },
  {
    rule: "reads a Spanish directorate with 'General de' as one body",
    paragraphs: ["The Dirección General de Aguas Costeras said on Tuesday that beaches near Valparaíso would stay closed."],
    kinds: [["Dirección General de Aguas Costeras", "ORGANIZATION"], ["de Aguas Costeras", null]],
  },
  {
    rule: "joins Portuguese 'e' inside a ministry's name after its 'de'",
    paragraphs: ["The Ministério de Pesca e Aquicultura said on Wednesday that the catch off Santa Catarina had fallen."],
    kinds: [["Ministério de Pesca e Aquicultura", "ORGANIZATION"], ["Ministério de Pesca", null]],
  },
  {
    rule: "reads an Indonesian agency opening with 'Badan' as a body, not a person",
    paragraphs: ["Badan Pengawas Perikanan said on Thursday that it had seized six boats off Sulawesi."],
    kinds: [["Badan Pengawas Perikanan", "ORGANIZATION"]],
  },
  {
    rule: "reads a Tagalog bank's name opening with 'Bangko' as a body",
    paragraphs: ["Officials from Bangko Rural ng Kalinga attended the hearing in Manila on Friday, the senate said."],
    kinds: [["Bangko Rural ng Kalinga", "ORGANIZATION"]],
  },
  {
    rule: "reads a convention centre and a world trade centre as buildings, not bodies",
    paragraphs: [
      "The forum opened at the Marlowe International Convention Centre on Monday, organisers said.",
      "A second hall at the Port Ilvar World Trade Centre hosted the farm show, and Norvale Foods said it signed two deals there.",
    ],
    kinds: [["Marlowe International Convention Centre", null], ["Port Ilvar World Trade Centre", null], ["Norvale Foods", "ORGANIZATION"]],
  },
  {
    rule: "reads a trade fair named by two trades joined by '&' as an event, not a body",
    paragraphs: ["Norvale Foods signed the supply deal during the Kessen Oil & Gas Expo on Tuesday, the company said."],
    kinds: [["Kessen Oil", null], ["Norvale Foods", "ORGANIZATION"]],
  },
  {
    rule: "reads a plural 'Societies' as a body's head, so a federation's name is not cut before it",
    paragraphs: ["The Union of Clinics and Blue Crescent Societies said on Monday that aid had reached the northern camps."],
    kinds: [["Union of Clinics and Blue Crescent Societies", "ORGANIZATION"], ["Crescent Societies", null]],
  },
  {
    rule: "reads a firm named with 'Platforms' as a body, not a person",
    paragraphs: ["Tarvo Platforms said on Tuesday that it would list its shares in Mumbai next year."],
    kinds: [["Tarvo Platforms", "ORGANIZATION"]],
  },
];

describe("organisation names and kinds (probe)", () => {
  it.each(CASES)("$rule", (c) => {
    expect(kindsFound(c)).toEqual(c.kinds);
  });
});
