/**
 * States, provinces and large cities with the country they are in, read from maintained data packages:
 * `country-region-data` (first-level subdivisions per ISO 3166-1 country) and `city-timezones` (Natural Earth
 * populated places with their population). Built once, on first use.
 */
import { cityMapping } from "city-timezones";
import { allCountries } from "country-region-data";
import nlp from "compromise";

/** A place name and the country it belongs to. */
export interface Place {
  code: string;
  kind: "region" | "city";
}

/** Cities smaller than this are too often unknown to readers, or share a name with something else. */
const MIN_CITY_POPULATION = 150_000;
/** Countries with more first-level subdivisions than this list municipalities, whose names clash with words. */
const MAX_REGIONS_PER_COUNTRY = 80;
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
  "Hope", "Union", "Liberty", "Independence", "Progress", "Unity", "Peace", "Lake", "Bay", "Delta", "Lakes",
]);

let places: Map<string, Place> | null = null;

/** The place table: surface form (as written, capitalised) -> place. */
export function placeTable(): Map<string, Place> {
  if (places) return places;
  const commonWords = new Set(Object.keys((nlp as unknown as { model: () => { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon));
  const isUsable = (name: string) =>
    name.length >= 4 && /^\p{Lu}/u.test(name) && !BLOCKED.has(name) && !/[()\d/]/.test(name) && !commonWords.has(name.toLowerCase());

  const regions = new Map<string, Set<string>>();
  for (const [, code, list] of allCountries) {
    if (list.length > MAX_REGIONS_PER_COUNTRY) continue;
    for (const [name] of list) {
      const clean = name.replace(/\s+(?:Province|Region|State|Governorate|Oblast|Prefecture|Department|County|Territory)$/, "");
      for (const form of new Set([name, clean])) {
        if (!isUsable(form)) continue;
        if (!regions.has(form)) regions.set(form, new Set());
        regions.get(form)!.add(code);
      }
    }
  }
  // The population of the largest city of each name in each country.
  const cities = new Map<string, Map<string, number>>();
  for (const c of cityMapping) {
    if (!c.iso2 || c.pop < MIN_CITY_POPULATION) continue;
    for (const form of new Set([c.city, c.city_ascii])) {
      if (!form || !isUsable(form)) continue;
      const byCountry = cities.get(form) ?? new Map<string, number>();
      byCountry.set(c.iso2, Math.max(byCountry.get(c.iso2) ?? 0, c.pop));
      cities.set(form, byCountry);
    }
  }
  places = new Map();
  for (const [name, codes] of regions) {
    if (codes.size !== 1) continue;
    const code = [...codes][0];
    // A region and a city of one name in different countries: neither is safe.
    const city = cities.get(name);
    if (city && [...city.keys()].some((c) => c !== code)) continue;
    places.set(name, { code, kind: "region" });
  }
  for (const [name, byCountry] of cities) {
    if (places.has(name) || regions.has(name)) continue;
    const ranked = [...byCountry.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0][1] < DOMINANCE * ranked[1][1]) continue;
    places.set(name, { code: ranked[0][0], kind: "city" });
  }
  return places;
}

/** Most words in a place name, for n-gram lookups. */
export function placeMaxWords(): number {
  if (maxWords === 0) for (const name of placeTable().keys()) maxWords = Math.max(maxWords, name.split(" ").length);
  return maxWords;
}

let maxWords = 0;
