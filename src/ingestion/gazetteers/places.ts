/**
 * States, provinces and large cities with the country they are in, read from maintained data packages:
 * `country-region-data` (first-level subdivisions per ISO 3166-1 country) and `city-timezones` (Natural Earth
 * populated places with their population). Built once, on first use.
 */
import { cityMapping } from "city-timezones";
import { allCountries } from "country-region-data";
import worldCountries from "world-countries";
import nlp from "compromise";
import { FIRST_NAMES, LAST_NAMES } from "../lexicons/people";
import { foldText } from "../text/fold";

/** A place name and the country it belongs to. */
export interface Place {
  code: string;
  kind: "region" | "city";
}

/** Cities smaller than this are too often unknown to readers, or share a name with something else. */
const MIN_CITY_POPULATION = 150_000;
/** Countries with more first-level subdivisions than this list municipalities, whose names clash with words. */
const MAX_REGIONS_PER_COUNTRY = 80;
/** A town this large makes a region of the same name elsewhere ambiguous ("Florida, Uruguay" does not). */
const MIN_CLASHING_TOWN = 100_000;
/** A city this large keeps its name even when the name is a given name or surname too ("Sydney"). */
const NAME_SAFE_POPULATION = 1_000_000;
/** A name shared by places in two countries goes to the larger only when it is this many times larger. */
const DOMINANCE = 5;

// Names that read as something else in English news, whatever the lexicon says.
const BLOCKED = new Set([
  "Central", "Capital", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
  "Islands", "Coast", "Centre", "Center", "Federal", "District", "Mexico", "Distrito Federal", "Guinea", "Punjab",
  "Kashmir", "Bengal", "Macedonia", "Azerbaijan", "Luxembourg", "Limburg", "Georgia", "Victoria",
  "Washington", "Orange", "Sucre", "Bolivar", "Bolívar", "Santa Cruz", "San Juan", "La Paz", "Córdoba", "Cordoba",
  "Granada", "Valencia", "Alexandria", "Cambridge", "Oxford", "Durham", "Hamilton", "Kingston", "Wellington",
  "Columbia", "Aurora", "Salem", "Richmond", "Lincoln", "Jackson", "Madison", "Mobile", "Reading", "Bath", "Nice",
  "Split", "Sale", "Derby", "Florence", "Charlotte", "Austin", "Phoenix", "Toledo", "Surprise", "Eugene", "Irving",
  "Dallas", "Tyler", "Chester", "Preston", "Bradford", "Sherbrooke", "Gatineau", "Laval", "Mendoza", "Tucuman",
  "Amazonas", "Guerrero", "Morelos", "Hidalgo", "Colon", "Colón", "Santiago", "Merida", "Mérida", "Leon", "León",
  "Bristol", "Newport", "Plymouth", "Portsmouth", "Southampton", "Manchester", "Birmingham", "Worcester", "Lancaster",
  "Nassau", "Monaco", "Singapore", "Djibouti", "Kuwait", "Panama", "Guatemala", "Belize", "Brunei", "Sao Tome",
  "Trinidad", "Tobago", "Dominica", "Grenada", "Jordan", "Chad", "Niger", "Sudan", "Israel", "India", "Gaza",
  "Gulf", "Highlands", "Plateau", "Valley", "Mountain", "Mountains", "River", "Sea", "Oriental", "Occidental", "Norte",
  "Sur", "Centro", "Littoral", "Maritime", "Atlantic", "Pacific", "Interior", "Coastal", "Midlands", "Borders",
  "Hope", "Union", "Liberty", "Independence", "Progress", "Unity", "Peace", "Lake", "Bay", "Delta", "Lakes",
]);

/** "NSW Farmers", "Qld Health", "KZN premier": state abbreviations that stand for one state only. */
const PRESS_ABBREVIATIONS: Array<[string, string]> = [["NSW", "AU"], ["Qld", "AU"], ["KZN", "ZA"]];

/** Names made of these words alone ("South West", "North-East") name parts of many countries. */
const DIRECTION_WORDS = new Set(["North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Middle", "Inner", "Outer", "Greater", "New", "Region", "Province", "District", "Coast", "Coastal", "Capital", "Interior"]);

let places: Map<string, Place> | null = null;

/**
 * The ways English copy writes a subdivision's name: as the data has it, without its diacritics ("Bình Dương"
 * -> "Binh Duong"), with a hyphen for a spaced dash ("Bà Rịa - Vũng Tàu" -> "Ba Ria-Vung Tau"), and with
 * "Saint" shortened ("Saint James" -> "St James", "St. James").
 */
export function writtenForms(name: string): string[] {
  const forms = new Set([name]);
  const plain = name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/ø/g, "o")
    .replace(/Ø/g, "O")
    .normalize("NFC");
  forms.add(plain);
  for (const form of [...forms]) if (/\s[-–]\s/.test(form)) forms.add(form.replace(/\s[-–]\s/g, "-"));
  for (const form of [...forms]) if (/^Saint\s/.test(form)) {
    forms.add(form.replace(/^Saint\s/, "St "));
    forms.add(form.replace(/^Saint\s/, "St. "));
  }
  return [...forms];
}

/** "Bello", "Jackson": a one-word name that is also a given name or surname. */
export function isPersonLikeName(name: string): boolean {
  const folded = foldText(name);
  return !name.includes(" ") && (FIRST_NAMES.has(folded) || LAST_NAMES.has(folded));
}

let commonWordSet: Set<string> | null = null;

/** Ordinary English words: the lexicon's entries that it does not tag as places or names (built once). */
export function commonWords(): Set<string> {
  if (commonWordSet) return commonWordSet;
  const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  commonWordSet = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/\b(?:Place|City|Region|Country|Person|FirstName|LastName|MaleName|FemaleName)\b/.test(Array.isArray(tags) ? tags.join(",") : tags)) commonWordSet.add(word);
  }
  return commonWordSet;
}

/** A name that can stand for a place: long enough, capitalised, no ordinary word nor a direction alone. */
export function isUsablePlaceName(name: string): boolean {
  return (
    name.length >= 4 &&
    /^\p{Lu}/u.test(name) &&
    !BLOCKED.has(name) &&
    !/[()\d/]/.test(name) &&
    !commonWords().has(name.toLowerCase()) &&
    !name.split(/[\s-]+/).every((w) => DIRECTION_WORDS.has(w))
  );
}

/** The place table: surface form (as written, capitalised) -> place. */
export function placeTable(): Map<string, Place> {
  if (places) return places;

  const regions = new Map<string, Set<string>>();
  for (const [, code, list] of allCountries) {
    if (list.length > MAX_REGIONS_PER_COUNTRY) continue;
    for (const [name] of list) {
      const clean = name.replace(/\s+(?:Province|Region|State|Governorate|Oblast|Prefecture|Department|County|Territory)$/, "");
      for (const form of new Set([name, clean].flatMap(writtenForms))) {
        if (!isUsablePlaceName(form) || isPersonLikeName(form)) continue;
        if (!regions.has(form)) regions.set(form, new Set());
        regions.get(form)!.add(code);
      }
    }
  }
  // The population of the largest city of each name in each country; any town of a name, folded, for clashes.
  const cities = new Map<string, Map<string, number>>();
  const townCountries = new Map<string, Set<string>>();
  for (const c of cityMapping) {
    if (c.iso2 && c.pop >= MIN_CLASHING_TOWN) for (const form of [c.city, c.city_ascii]) if (form) townCountries.set(foldText(form), (townCountries.get(foldText(form)) ?? new Set()).add(c.iso2));
    if (!c.iso2 || c.pop < MIN_CITY_POPULATION) continue;
    for (const form of new Set([c.city, c.city_ascii])) {
      if (!form || !isUsablePlaceName(form)) continue;
      if (c.pop < NAME_SAFE_POPULATION && isPersonLikeName(form)) continue;
      const byCountry = cities.get(form) ?? new Map<string, number>();
      byCountry.set(c.iso2, Math.max(byCountry.get(c.iso2) ?? 0, c.pop));
      cities.set(form, byCountry);
    }
  }
  places = new Map();
  const area = new Map(worldCountries.map((c) => [c.cca2, c.area]));
  const independent = new Set(worldCountries.filter((c) => c.independent).map((c) => c.cca2));
  for (const [name, all] of regions) {
    // A name shared by subdivisions of several countries goes to a much larger country ("Florida": US, not UY).
    const ranked = [...all].filter((c) => independent.has(c)).sort((a, b) => (area.get(b) ?? 0) - (area.get(a) ?? 0));
    if (ranked.length === 0 || (ranked.length > 1 && (area.get(ranked[0]) ?? 0) < DOMINANCE * (area.get(ranked[1]) ?? 0))) continue;
    const code = ranked[0];
    // "Hanover": a small country's subdivision whose name is the English spelling of a large city of a much larger
    // country ("Hannover", DE) is read as the city.
    const city = largeCityBySpelling(name);
    if (city && city.code !== code && (area.get(city.code) ?? 0) >= DOMINANCE * (area.get(code) ?? 0)) {
      places.set(name, { code: city.code, kind: "city" });
      continue;
    }
    // A region and a town of one name in different countries ("Santa Catarina"): neither is safe.
    if ([...(townCountries.get(foldText(name)) ?? [])].some((c) => c !== code)) continue;
    places.set(name, { code, kind: "region" });
  }
  // Abbreviations the press writes for a few states, where no other reading of the letters is common.
  for (const [name, code] of PRESS_ABBREVIATIONS) if (!places.has(name)) places.set(name, { code, kind: "region" });
  // Cities by folded name, so "San José" and "San Jose" count as one name.
  const byFolded = new Map<string, Map<string, number>>();
  for (const [name, byCountry] of cities) {
    const merged = byFolded.get(foldText(name)) ?? new Map<string, number>();
    for (const [code, pop] of byCountry) merged.set(code, Math.max(merged.get(code) ?? 0, pop));
    byFolded.set(foldText(name), merged);
  }
  for (const [name] of cities) {
    if (places.has(name) || regions.has(name)) continue;
    const ranked = [...byFolded.get(foldText(name))!.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0][1] < DOMINANCE * ranked[1][1]) continue;
    places.set(name, { code: ranked[0][0], kind: "city" });
  }
  return places;
}

/** A city this large is known abroad by its name in English spelling too ("Hanover" for "Hannover"). */
const LARGE_CITY_POPULATION = 500_000;

/** A name folded and with doubled letters made single, so "Hannover" and "Hanover" meet. */
function spellingKey(name: string): string {
  return foldText(name).replace(/(\p{L})\1/gu, "$1");
}

let largeCities: Map<string, { code: string; pop: number }> | null = null;

/** The largest city of at least LARGE_CITY_POPULATION whose name, spelt loosely, is this one. */
function largeCityBySpelling(name: string): { code: string; pop: number } | undefined {
  if (!largeCities) {
    largeCities = new Map();
    for (const c of cityMapping) {
      if (!c.iso2 || c.pop < LARGE_CITY_POPULATION) continue;
      for (const form of new Set([c.city, c.city_ascii])) {
        if (!form) continue;
        const key = spellingKey(form);
        if ((largeCities.get(key)?.pop ?? 0) < c.pop) largeCities.set(key, { code: c.iso2, pop: c.pop });
      }
    }
  }
  return largeCities.get(spellingKey(name));
}

/** "Kelowna-based": a town this large may be read before "-based", where nothing else but a place can stand. */
const MIN_BASED_TOWN = 50_000;

let basedTowns: Map<string, string | null> | null = null;

/**
 * The country of a town too small for the place table but of at least MIN_BASED_TOWN people, for a base the text
 * gives in a "<Town>-based" compound ("Kelowna-based": CA). Only a name no town of MIN_CONFIRMABLE_TOWN people
 * in another country shares, and no ordinary word, given name or surname. Built once.
 */
export function basedTownCountry(name: string): string | undefined {
  if (!basedTowns) {
    const table = placeTable();
    basedTowns = new Map();
    for (const c of cityMapping) {
      if (!c.iso2 || c.pop < MIN_BASED_TOWN) continue;
      for (const form of new Set([c.city, c.city_ascii])) {
        if (!form || table.has(form) || !isUsablePlaceName(form) || isPersonLikeName(form)) continue;
        const shared = smallTownCountries(form);
        basedTowns.set(form, shared && shared.size === 1 ? c.iso2 : null);
      }
    }
  }
  return basedTowns.get(name) ?? undefined;
}

/** Most words in a place name, for n-gram lookups. */
export function placeMaxWords(): number {
  if (maxWords === 0) for (const name of placeTable().keys()) maxWords = Math.max(maxWords, name.split(" ").length);
  return maxWords;
}

let maxWords = 0;

let subdivisions: Map<string, Set<string>> | null = null;

/**
 * The countries with a first-level subdivision of this name, unfiltered ("Niger": NG, "Somali": ET), for a
 * country's word that the text marks as a subdivision ("Niger State", "the Somali region").
 */
export function subdivisionCountries(name: string): ReadonlySet<string> | undefined {
  if (!subdivisions) {
    subdivisions = new Map();
    for (const [, code, list] of allCountries) {
      for (const [full] of list) {
        const clean = full.replace(/\s+(?:Province|Region|State|Regional State|Governorate|Oblast|Prefecture|Department|County|Territory)$/, "");
        for (const form of new Set([full, clean])) subdivisions.set(form, (subdivisions.get(form) ?? new Set()).add(code));
      }
    }
  }
  return subdivisions.get(name);
}

let towns: Map<string, Set<string>> | null = null;

/** The countries with a town of this name in `city-timezones`, of any size ("Perth": AU and GB). */
export function townCountries(name: string): ReadonlySet<string> | undefined {
  if (!towns) {
    towns = new Map();
    for (const c of cityMapping) {
      if (!c.iso2) continue;
      for (const form of [c.city, c.city_ascii]) if (form) towns.set(foldText(form), (towns.get(foldText(form)) ?? new Set()).add(c.iso2));
    }
  }
  return towns.get(foldText(name));
}

/** Towns this small are too many to read alone, but a text that names their country confirms them. */
const MIN_CONFIRMABLE_TOWN = 10_000;

let smallTowns: Map<string, Set<string>> | null = null;

/**
 * The countries with a town of this name too small for the place table ("Gladstone": AU; "Tralee": IE), for a
 * town the text confirms by naming one of those countries too. Names that are ordinary words, given names or
 * surnames are left out. Built once.
 */
export function smallTownCountries(name: string): ReadonlySet<string> | undefined {
  if (!smallTowns) {
    const table = placeTable();
    smallTowns = new Map();
    for (const c of cityMapping) {
      if (!c.iso2 || c.pop < MIN_CONFIRMABLE_TOWN) continue;
      for (const form of new Set([c.city, c.city_ascii])) {
        if (!form || table.has(form) || !isUsablePlaceName(form) || isPersonLikeName(form) || form.split(" ").length > 2) continue;
        smallTowns.set(form, (smallTowns.get(form) ?? new Set()).add(c.iso2));
      }
    }
  }
  return smallTowns.get(name);
}
