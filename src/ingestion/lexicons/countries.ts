import worldCountries from "world-countries";

/** What a surface form in the text says about a country. */
export interface CountrySurface {
  /** ISO alpha-2, or null for forms that look like a country but name none ("Latin America", "Brussels"). */
  code: string | null;
  kind: "name" | "demonym" | "capital" | "city" | "seat";
}

// Territories worth recognising by name; the rest (Jersey, Guernsey, Saint Martin …) clash with other meanings.
const TERRITORIES = new Set(["HK", "MO", "TW", "PS", "XK", "PR", "GL", "BM", "GI", "FO", "KY", "GU", "NC", "PF", "AW", "CW", "FK", "EH", "RE", "MQ", "GP", "AI", "MS", "VG", "AQ"]);

// Capitals that name other places or people just as often.
const AMBIGUOUS_CAPITALS = new Set([
  "Kingston", "Victoria", "Hamilton", "Douglas", "Stanley", "Plymouth", "Jamestown", "George Town", "Georgetown",
  "Saint-Denis", "The Valley", "West Island", "San Juan", "Brussels", "Washington D.C.", "City of Victoria",
  "Saint John's", "St. George's", "Saint-Pierre", "Avarua", "Adamstown", "Flying Fish Cove", "Gustavia",
]);

// Countries' own names that are given names, other places' names, or rare in any text ("Maurice", "Liban", "Viti").
const SKIPPED_NATIVE_NAMES = new Set([
  "Maurice", "Moris", "Liban", "Viti", "Belice", "Belau", "Sesel", "Komori", "Comores", "Noreg", "Norgga", "Wuliwya", "Buliwya",
  "Volívia", "Piruw", "Afrika-Borwa", "Owganystan", "Uburundi", "Madagasikara", "Bêafrîka", "Kâmpŭchéa", "Ayiti", "Vaticanæ", "Paraguái",
]);

// Demonyms used for other things or too vague on their own.
const SKIPPED_DEMONYMS = new Set(["Channel Islander", "Virgin Islander", "American Islander", "English", "Vatican", "Djibouti", "Gibraltar"]);

/** Curated forms: alternative names, abbreviations, government seats, and non-country blockers. */
const CURATED: Array<[string, string | null, CountrySurface["kind"]]> = [
  ["US", "US", "name"], ["U.S.", "US", "name"], ["USA", "US", "name"], ["U.S.A.", "US", "name"],
  ["America", "US", "name"], ["United States", "US", "name"], ["United States of America", "US", "name"],
  ["Americans", "US", "demonym"], ["Washington", "US", "capital"], ["Washington, D.C.", "US", "capital"],
  ["D.C.", "US", "capital"], ["Washington DC", "US", "capital"],
  ["UK", "GB", "name"], ["U.K.", "GB", "name"], ["Britain", "GB", "name"], ["Great Britain", "GB", "name"],
  ["England", "GB", "name"], ["Scotland", "GB", "name"], ["Wales", "GB", "name"], ["Northern Ireland", "GB", "name"],
  ["Briton", "GB", "demonym"], ["Britons", "GB", "demonym"], ["Brits", "GB", "demonym"], ["Scottish", "GB", "demonym"],
  ["Welsh", "GB", "demonym"], ["Scots", "GB", "demonym"],
  ["N. Korea", "KP", "name"], ["N. Korean", "KP", "demonym"], ["N. Koreans", "KP", "demonym"], ["DPRK", "KP", "name"],
  ["S. Korea", "KR", "name"], ["S. Korean", "KR", "demonym"], ["S. Koreans", "KR", "demonym"], ["Republic of Korea", "KR", "name"],
  // "Korea" alone names the South in news ("Korea Exchange", "Bank of Korea"); the North is always "North Korea".
  ["Korea", "KR", "name"], ["Korean", "KR", "demonym"], ["Koreans", "KR", "demonym"],
  // Short forms of the region's own press ("Stats NZ", "NZ Herald", "PNG's Prime Minister", "KSA"), and its nicknames.
  ["NZ", "NZ", "name"], ["PNG", "PG", "name"], ["KSA", "SA", "name"], ["Kiwi", "NZ", "demonym"], ["Kiwis", "NZ", "demonym"],
  ["Aussie", "AU", "demonym"], ["Aussies", "AU", "demonym"],
  ["Kiev", "UA", "capital"], ["Kyiv", "UA", "capital"], ["Peking", "CN", "capital"], ["PRC", "CN", "name"],
  ["Czech Republic", "CZ", "name"], ["Czechs", "CZ", "demonym"], ["Holland", "NL", "name"], ["Burma", "MM", "name"],
  ["Rangoon", "MM", "capital"], ["Yangon", "MM", "capital"], ["Ivory Coast", "CI", "name"], ["Côte d'Ivoire", "CI", "name"],
  ["Cote d'Ivoire", "CI", "name"], ["East Timor", "TL", "name"], ["Swaziland", "SZ", "name"], ["Macedonia", "MK", "name"],
  ["Turkey", "TR", "name"], ["Turkiye", "TR", "name"], ["Türkiye", "TR", "name"], ["Turks", "TR", "demonym"],
  ["Vatican", "VA", "name"], ["Holy See", "VA", "name"], ["UAE", "AE", "name"], ["U.A.E.", "AE", "name"], ["Saudi", "SA", "demonym"],
  ["Saudis", "SA", "demonym"], ["Saudi Arabian", "SA", "demonym"], ["DR Congo", "CD", "name"], ["DRC", "CD", "name"], ["Congo", "CD", "name"],
  ["Democratic Republic of Congo", "CD", "name"], ["Congolese", "CD", "demonym"], ["Congo-Brazzaville", "CG", "name"],
  ["Dominican", "DO", "demonym"], ["Bosnia", "BA", "name"], ["Herzegovina", "BA", "name"], ["Bosnians", "BA", "demonym"],
  ["Filipinos", "PH", "demonym"], ["Filipina", "PH", "demonym"], ["Thais", "TH", "demonym"], ["Greeks", "GR", "demonym"],
  ["Poles", "PL", "demonym"], ["Swedes", "SE", "demonym"], ["Danes", "DK", "demonym"], ["Finns", "FI", "demonym"],
  // A national as one person, the way sports and wire copy refer back to someone just named ("The Dutchman scored").
  ["Dutchman", "NL", "demonym"], ["Dutchwoman", "NL", "demonym"], ["Englishman", "GB", "demonym"], ["Englishwoman", "GB", "demonym"],
  ["Frenchman", "FR", "demonym"], ["Frenchwoman", "FR", "demonym"], ["Irishman", "IE", "demonym"], ["Irishwoman", "IE", "demonym"],
  ["Welshman", "GB", "demonym"], ["Welshwoman", "GB", "demonym"],
  ["Spaniard", "ES", "demonym"],
  ["Spaniards", "ES", "demonym"], ["Kazakhs", "KZ", "demonym"], ["Kazakh", "KZ", "demonym"], ["Uzbek", "UZ", "demonym"],
  ["Kyrgyz", "KG", "demonym"], ["Tajik", "TJ", "demonym"], ["Azeri", "AZ", "demonym"], ["Emirati", "AE", "demonym"],
  ["Delhi", "IN", "capital"], ["New Delhi", "IN", "capital"], ["Tel Aviv", "IL", "capital"], ["Gaza", "PS", "name"],
  ["Gaza Strip", "PS", "name"], ["West Bank", "PS", "name"], ["Gazans", "PS", "demonym"], ["Palestinians", "PS", "demonym"],
  ["Taiwan", "TW", "name"], ["Chinese Taipei", "TW", "name"], ["Hong Kong", "HK", "name"], ["Macao", "MO", "name"],
  ["Persia", "IR", "name"], ["Moldovan", "MD", "demonym"], ["Belarusian", "BY", "demonym"], ["Belarussian", "BY", "demonym"],
  ["Ukrainians", "UA", "demonym"], ["Russians", "RU", "demonym"], ["Israelis", "IL", "demonym"], ["Afghans", "AF", "demonym"],
  ["Nigeriens", "NE", "demonym"], ["Argentinian", "AR", "demonym"], ["Argentinians", "AR", "demonym"], ["Colombians", "CO", "demonym"],
  ["Kosovan", "XK", "demonym"], ["Slovakian", "SK", "demonym"], ["Slovenian", "SI", "demonym"], ["Luxembourgish", "LU", "demonym"],
  ["Malian", "ML", "demonym"], ["Chadian", "TD", "demonym"], ["Lao", "LA", "demonym"], ["Laotians", "LA", "demonym"], ["Sudanese", "SD", "demonym"], ["South Sudanese", "SS", "demonym"],
  ["Kremlin", "RU", "seat"], ["White House", "US", "seat"], ["Pentagon", "US", "seat"], ["Downing Street", "GB", "seat"],
  ["Élysée", "FR", "seat"], ["Elysee", "FR", "seat"], ["Élysée Palace", "FR", "seat"], ["Zhongnanhai", "CN", "seat"],
  ["Capitol Hill", "US", "seat"], ["Knesset", "IL", "seat"], ["Bundestag", "DE", "seat"],
  // Forms that contain a country word but name no country.
  ["Latin America", null, "name"], ["Latin American", null, "name"], ["Latin Americans", null, "name"],
  ["South America", null, "name"], ["South American", null, "name"], ["North America", null, "name"],
  ["North American", null, "name"], ["Central America", null, "name"], ["Central American", null, "name"],
  ["Native American", null, "name"], ["Native Americans", null, "name"], ["New Mexico", null, "name"],
  ["New Jersey", null, "name"], ["New England", null, "name"], ["New Guinea", null, "name"], ["Indian Ocean", null, "name"],
  ["South China Sea", null, "name"], ["East China Sea", null, "name"], ["Gulf of Mexico", null, "name"],
  ["Persian Gulf", null, "name"], ["Arabian Sea", null, "name"], ["Arabian Peninsula", null, "name"], ["Sea of Japan", null, "name"],
  ["Irish Sea", null, "name"], ["Korean Peninsula", null, "name"], ["Korean War", null, "name"], ["Brussels", null, "capital"],
  ["French Guiana", "GF", "name"], ["British Columbia", "CA", "name"], ["New South Wales", "AU", "name"],
  ["Georgia Tech", null, "name"], ["Jordan River", "JO", "name"], ["Paris Agreement", null, "name"],
  ["Paris Climate Agreement", null, "name"], ["Indian Premier League", "IN", "name"], ["Turkey Creek", null, "name"],
  ["Chad Basin", null, "name"], ["Lake Chad", null, "name"], ["Niger Delta", "NG", "name"], ["Niger River", null, "name"],
  ["American Samoa", "AS", "name"], ["Saint Helena", null, "name"], ["Christmas Island", null, "name"],
  ["Benin City", "NG", "city"], ["Kingdom of Benin", null, "name"], ["Benin Bronzes", null, "name"], ["Bight of Benin", null, "name"],
  ["Gaza City", "PS", "city"], ["The Hague", "NL", "city"],
  // Adjectives news uses that world-countries spells otherwise ("Filipino", "Ecuadorean", "Nepalese").
  ["Philippine", "PH", "demonym"], ["Ecuadorian", "EC", "demonym"], ["Ecuadorians", "EC", "demonym"], ["Nepali", "NP", "demonym"],
  ["Icelandic", "IS", "demonym"], ["Maldivian", "MV", "demonym"], ["Surinamese", "SR", "demonym"], ["Cape Verdean", "CV", "demonym"],
  ["Timorese", "TL", "demonym"], ["North Macedonian", "MK", "demonym"], ["Comorian", "KM", "demonym"],
];

// Large cities that stand for their country in the news; unambiguous ones only.
const CITIES: Record<string, string> = {
  US: "New York|Los Angeles|Chicago|San Francisco|Houston|Miami|Boston|Seattle|Philadelphia|Las Vegas|Silicon Valley",
  GB: "Manchester|Liverpool|Edinburgh|Glasgow|Belfast|Cardiff",
  DE: "Munich|Hamburg|Frankfurt|Cologne|Düsseldorf|Dusseldorf|Stuttgart|Dresden|Leipzig",
  FR: "Marseille|Lyon|Toulouse|Bordeaux|Lille",
  CH: "Geneva|Zurich|Zürich|Basel|Lausanne|Davos",
  NL: "Rotterdam",
  IT: "Milan|Naples|Venice|Turin|Genoa|Palermo",
  ES: "Barcelona|Seville|Bilbao",
  TR: "Istanbul|Izmir",
  RU: "St Petersburg|St. Petersburg|Saint Petersburg|Vladivostok|Kursk|Belgorod|Novosibirsk|Yekaterinburg",
  UA: "Kharkiv|Kharkov|Odesa|Lviv|Dnipro|Zaporizhzhia|Mariupol|Kherson|Donetsk|Luhansk|Bakhmut|Donbas",
  CN: "Shanghai|Shenzhen|Guangzhou|Wuhan|Chengdu|Tianjin",
  JP: "Osaka|Kyoto|Hiroshima|Nagasaki|Fukushima|Yokohama|Hokkaido|Okinawa",
  KR: "Busan|Incheon",
  IN: "Mumbai|Bombay|Kolkata|Calcutta|Chennai|Bangalore|Bengaluru|Lucknow|Jaipur|Ahmedabad",
  PK: "Karachi|Lahore|Peshawar|Rawalpindi",
  IL: "Haifa|Eilat",
  PS: "Rafah|Khan Younis|Jenin|Hebron|Nablus",
  SY: "Aleppo|Idlib|Homs",
  IQ: "Mosul|Basra|Erbil|Kirkuk",
  IR: "Isfahan|Mashhad",
  SA: "Jeddah|Mecca",
  AE: "Dubai",
  ZA: "Johannesburg|Durban",
  NG: "Lagos|Kano",
  KE: "Mombasa",
  CA: "Toronto|Montreal|Vancouver|Calgary",
  AU: "Melbourne|Brisbane",
  BR: "São Paulo|Sao Paulo|Rio de Janeiro",
  MX: "Guadalajara|Monterrey|Tijuana",
  VN: "Ho Chi Minh City|Saigon",
  PH: "Cebu|Davao",
  MM: "Mandalay",
};
for (const [code, names] of Object.entries(CITIES)) for (const city of names.split("|")) CURATED.push([city, code, "city"]);

/** Every recognised surface form, case-sensitive. */
export const COUNTRY_SURFACES = new Map<string, CountrySurface>();
/** Words in the longest surface form; the matcher tries n-grams up to this length. */
export let COUNTRY_SURFACE_MAX_WORDS = 1;
const NAMES = new Map<string, string>();
const DEMONYMS = new Map<string, string>();

function add(surface: string, code: string | null, kind: CountrySurface["kind"]): void {
  const s = surface.trim();
  if (!s || COUNTRY_SURFACES.has(s)) return;
  COUNTRY_SURFACES.set(s, { code, kind });
  COUNTRY_SURFACE_MAX_WORDS = Math.max(COUNTRY_SURFACE_MAX_WORDS, s.split(" ").length);
}

for (const [surface, code, kind] of CURATED) add(surface, code, kind);

const ordered = [...worldCountries].sort((a, b) => Number(b.independent) - Number(a.independent));
for (const c of ordered) {
  const code = c.cca2;
  NAMES.set(code, code === "TR" ? "Turkey" : c.name.common);
  if (!c.independent && !TERRITORIES.has(code)) continue;
  add(c.name.common, code, "name");
  if (!/\(/.test(c.name.official)) add(c.name.official, code, "name");
  const demonyms = c.demonyms?.eng;
  if (demonyms && (c.independent || ["TW", "PS", "XK", "HK", "PR"].includes(code))) {
    for (const form of new Set([demonyms.m, demonyms.f])) {
      for (const d of form.split(/,\s*|\s+or\s+/)) {
        if (!d || SKIPPED_DEMONYMS.has(d)) continue;
        add(d, code, "demonym");
        if (/[ni]$/.test(d)) add(d + "s", code, "demonym");
        if (!DEMONYMS.has(code)) DEMONYMS.set(code, d);
      }
    }
  }
  // "Hanmaru Polska", "Telekom Deutschland", "Bangko Sentral ng Pilipinas": a country's own name for itself, in Latin
  // letters, names it in bodies' names (world-countries' native names, less those that are given names or obscure).
  if (c.independent) {
    for (const native of Object.values(c.name.native ?? {})) {
      const n = native.common;
      if (n !== c.name.common && /^\p{Script=Latin}[\p{Script=Latin}'-]{3,}$/u.test(n) && !SKIPPED_NATIVE_NAMES.has(n)) add(n, code, "name");
    }
  }
  for (const capital of c.capital ?? []) {
    if (!AMBIGUOUS_CAPITALS.has(capital)) add(capital, code, "capital");
  }
}
DEMONYMS.set("US", "US");
DEMONYMS.set("GB", "British");
DEMONYMS.set("TR", "Turkish");

/** English short name for an alpha-2 code ("KR" -> "South Korea"). */
/**
 * The three-letter codes of the International Olympic Committee (world-countries' `cioc`), as results lists write
 * a competitor's country: "GER" -> DE, "KEN" -> KE.
 */
export const OLYMPIC_CODES = new Map<string, string>(worldCountries.filter((c) => c.cioc).map((c) => [c.cioc, c.cca2]));

export function countryName(code: string): string | undefined {
  return NAMES.get(code);
}

/** Adjective for an alpha-2 code ("CN" -> "Chinese"), used to name "China's foreign ministry". */
export function demonymOf(code: string): string | undefined {
  return DEMONYMS.get(code);
}

/** Single words that are often first names or ordinary words ("Jordan Peterson", "Chad Smith"). */
export const PERSON_PRONE_COUNTRY_WORDS = new Set([
  "Jordan", "Chad", "Georgia", "Sofia", "Paris", "India", "Kenya", "Israel", "Lima", "Santiago", "Florence",
  "America", "Cuba", "Brazil", "Jamaica", "Trinidad", "Kingston", "Moldova", "Malta",
]);

/** Lower-case nouns after which a country's word is a common noun's ("Guinea pigs", "Turkey sandwiches"). */
export const COMMON_NOUN_READINGS = new Map<string, Set<string>>(
  [
    ["Guinea", "pig pigs fowl fowls worm worms"],
    ["Turkey", "dinner dinners sandwich sandwiches breast burger burgers vulture vultures farm farms farmer farmers shoot trot"],
    ["Chile", "pepper peppers powder flakes sauce"],
    ["China", "plate plates cabinet cabinets clay doll dolls shop"],
    // Units, foods and set phrases named after a people ("British thermal units", "French fries").
    ["British", "thermal"],
    ["French", "fries toast horn"],
    ["Swiss", "cheese roll"],
    ["Danish", "pastry pastries"],
    ["Dutch", "auction courage"],
    ["Russian", "roulette"],
    ["Mexican", "wave"],
    ["Turkish", "delight"],
  ].map(([word, nouns]) => [word, new Set(nouns.split(" "))]),
);

/** Words that mark "Georgia" as the US state. */
export const US_STATE_CUES = new Set([
  "Atlanta", "Savannah", "Macon", "Augusta", "Athens", "Columbus", "Fulton", "Cobb", "DeKalb", "Gwinnett", "Peachtree",
  "Ga.", "Alabama", "Florida", "Tennessee", "Carolina", "Texas", "Arizona", "Nevada", "Pennsylvania", "Michigan",
  "Wisconsin", "Ohio", "Virginia", "Kentucky", "Mississippi", "California", "Republican", "Republicans", "Democrat",
  "Democrats", "Democratic", "GOP", "County", "county", "Senate", "governor", "Gov.", "state's", "statewide", "Congress",
  "Trump", "Biden", "Harris", "Kemp", "Raffensperger", "Braves", "Falcons", "Bulldogs", "Hawks", "Peach",
]);

/** Words that mark "Georgia" as the country in the Caucasus. */
export const CAUCASUS_CUES = new Set([
  "Tbilisi", "Batumi", "Kutaisi", "Caucasus", "Abkhazia", "Ossetia", "Georgians", "Armenia", "Azerbaijan", "Kremlin",
  "Moscow", "Russia", "Russian", "Soviet", "Black", "EU", "European", "Ivanishvili", "Kobakhidze", "Saakashvili",
  "Zourabichvili", "lari", "Rustaveli", "NATO", "Ukraine", "Europe",
]);

/** Words that settle "Georgia" as the country whatever else the article says. */
export const STRONG_CAUCASUS_CUES = new Set([
  "Tbilisi", "Batumi", "Kutaisi", "Caucasus", "Abkhazia", "Ossetia", "Georgians", "Ivanishvili", "Kobakhidze",
  "Saakashvili", "Zourabichvili", "lari", "Rustaveli", "Sakartvelo",
]);

/** US states by name ("Georgia" is left to the Georgia cues: "Tbilisi, Georgia" is the country). */
export const US_STATES = new Set(
  (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|" +
    "Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|" +
    "Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|" +
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
  ).split("|"),
);

/** AP style's abbreviations of US states, written before a full stop ("LAKE CHARLES, La."); the dotted ones whole. */
export const US_STATE_ABBREVIATIONS = new Set(
  (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa " +
    "Tenn Tex Vt Va Wash Wis Wyo N.H. N.J. N.M. N.Y. N.C. N.D. R.I. S.C. S.D. W.Va."
  ).split(" "),
);

/**
 * The Canadian Press's abbreviations of provinces and territories, written the same way after a town
 * ("PORTAGE LA PRAIRIE, Man.", "Moncton, N.B."); "Ont" and "Que" need their full stop, as the US ones do. "N.L."
 * is left out: Mexican copy writes Nuevo León so too ("MONTERREY, N.L.").
 */
export const CANADIAN_PROVINCE_ABBREVIATIONS = new Set("Alta B.C. Man N.B. Nfld N.S. N.W.T. Ont P.E.I. Que Sask Y.T.".split(" "));
