/**
 * National legislatures known by a proper name of their own ("The Seimas is due to vote"): a closed class, with
 * each one's country. Names shared by several countries ("Bundesrat", "Majlis", "National Assembly") are left out.
 */
export const NAMED_LEGISLATURES: Array<[string, string, string[]]> = [
  ["Seimas", "LT", []], ["Sejm", "PL", []], ["Saeima", "LV", []], ["Riigikogu", "EE", []], ["Storting", "NO", ["Stortinget"]],
  ["Folketing", "DK", ["Folketinget"]], ["Riksdag", "SE", []], ["Eduskunta", "FI", []], ["Althing", "IS", ["Alþingi"]],
  ["Sabor", "HR", []], ["Tweede Kamer", "NL", []], ["Cortes Generales", "ES", []], ["Assemblée nationale", "FR", ["Assemblée Nationale"]],
  ["Seanad", "IE", ["Seanad Éireann"]], ["Jatiya Sangsad", "BD", []], ["Oliy Majlis", "UZ", []], ["Mazhilis", "KZ", []],
  ["Jogorku Kenesh", "KG", []], ["Milli Majlis", "AZ", []], ["Grand National Assembly of Turkey", "TR", []],
  ["Dewan Rakyat", "MY", []], ["Dewan Negara", "MY", []], ["Pyithu Hluttaw", "MM", []], ["National Diet", "JP", []],
  ["Legislative Yuan", "TW", []], ["Narodno Sabranie", "BG", []], ["Skupština", "RS", []], ["Majlis al-Shura", "SA", []],
];
