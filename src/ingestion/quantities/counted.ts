import { COUNTRY_SURFACES } from "../lexicons/countries";
import { SPELLED_CARDINAL } from "./number-words";

/** Finding the thing a bare number counts: the noun after it, the subject before it, or the sentence's own count. */

export const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
// Words that end the counted-thing phrase after a number.
export const UNIT_STOP = new Set(
  (
    "in on at of to for from by with and or but than as that which who whom whose were was are is be been being have " +
    "has had will would could should may might can said says since per a an the this these those its their his her " +
    "our more less over under about around nearly almost some each every into onto after before during while when " +
    "where last next this year years month months week weeks day days ago so such not no yet still just also only " +
    "already then there here worth saw see sees need needs use uses say want wants live took went came did got gave chose opted remain remains it they them we he she i you up down out off across through between among against " +
    "toward towards until within without amid despite via if because alone total overall overnight today yesterday tonight now again apiece worldwide nationwide globally combined"
  ).split(" "),
);
// Verbs that tie a number to the subject before them ("casualties have surpassed 500,000").
const REACH_VERBS = new Set(
  "crossed cross crosses surpassed surpass surpasses exceeded exceed exceeds topped tops top reached reach reaches hit hits passed passes rose risen rise rises climbed climbs jumped jumps increased increases grew grown grows fell fallen falls dropped drops declined declines stood stands totaled totalled totals numbered numbers neared nears approached approaches stand stands reached".split(
    " ",
  ),
);
const REACH_FILLERS = new Set("worldwide nationwide globally reported recorded confirmed registered so far at about around nearly almost over more than some roughly approximately an estimated least have has had been is are was were now already reportedly of a record high new just below above".split(" "));

// Words ending in -ly that are not adverbs ("monthly users", "elderly people").
const NOT_ADVERBS = new Set(["monthly", "daily", "weekly", "yearly", "quarterly", "hourly", "nightly", "early", "elderly", "family", "friendly", "assembly", "supply", "ally", "italy", "rally", "bully", "lily", "belly", "jelly", "holy", "only"]);

/** "1.6 million artillery shells allegedly delivered" -> "artillery shells". */
export function countedThingAfter(text: string): string | null {
  // "1,340 "ghost" retirees": quote marks around a modifier do not end the phrase.
  const rest = text.replace(/["“”]/g, "");
  // "at least 460 killed": a casualty word after the number is what it counts.
  // "64 others are missing": the participle names them too.
  // "5 are confirmed dead", "46 seriously injured": a report word or an adverb of degree may stand before it.
  // "19 of the wounded were in a serious condition": a part of the casualties counts them too.
  const casualty = /^\s(?:(?:others|more)\s+|of (?:the|those)\s+)?(?:(?:are|were|have been|had been|has been|have|has|had|remain|remained|are still|were still|still)\s+)?(?:(?:confirmed|reported|now|seriously|critically|severely|slightly|badly|fatally|gravely)\s+)?((?:killed|dead|died|drowned|perished|injured|wounded|missing|displaced|arrested|detained|evacuated|hurt|rescued|infected|hospitali[sz]ed|stranded|feared dead|affected|trapped|homeless|abducted|kidnapped))\b/.exec(rest);
  if (casualty) {
    // "352,000 displaced people": the participle is the noun's modifier, the noun is counted.
    // "22 affected counties": any plural noun after the participle is the thing counted.
    const noun = /^\s+(\p{Ll}[\p{Ll}-]+)\b/u.exec(rest.slice(casualty[0].length))?.[1];
    return noun && !UNIT_STOP.has(noun) && (isPlural(noun) || PLURAL_PEOPLE.has(noun)) ? noun : casualty[1];
  }
  // "brought to 1,826 the number of convictions": the number's own "the number of" names the thing.
  const numberOf = /^\s+the (?:number|total|tally|count) of ((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?\p{Ll}[\p{Ll}-]*)\b/u.exec(rest);
  if (numberOf && isPlural(numberOf[1].split(/\s+/).pop()!)) return numberOf[1].replace(/\s+/g, " ");
  // "300,000 head of livestock", "1,200 head of cattle": the animals, not the heads, are counted.
  const head = /^\s+head of (\p{Ll}[\p{Ll}-]+)\b/u.exec(rest);
  if (head && !UNIT_STOP.has(head[1])) return head[1];
  // "a 3.8 million population": the people counted.
  if (/^\s(?:population|inhabitants)\b/.test(rest)) return "people";
  const words = /^[ \t\u00a0]?((?:[\p{Lu}\p{N}][\p{L}\p{N}\-]*\d[\p{L}\p{N}\-]*|[\p{L}][\p{L}'’\-]*)(?:\s+(?:[\p{L}][\p{L}\p{N}'’\-]*|\p{N}[\p{L}\p{N}\-]*)){0,5})/u.exec(rest);
  if (!words) return null;
  const list = words[1].split(/\s+/);
  // A model number may follow a maker's name ("Boeing 777-9"); any other number ends the phrase.
  const cut = list.findIndex((w, k) => k > 0 && /^\p{N}/u.test(w) && !/^\p{Lu}/u.test(list[k - 1]));
  if (cut !== -1) list.length = cut;
  const out: string[] = [];
  let i = 0;
  // "42,000 such bridges", "21,000 of its members": a determiner between the number and the things counted.
  let partitive = false;
  if (list.length > 1 && list[0] === "such") i = 1;
  else if (list.length > 2 && list[0] === "of" && /^(?:its|their|the|his|her|our|these|those)$/.test(list[1])) {
    i = 2;
    partitive = true;
  }
  // "1.4 million Kenyans", "15 million South Africans": a plural demonym is itself the people counted.
  const pluralDemonym = (w: string) => /[^s]s$/.test(w) && w.length > 4 && COUNTRY_SURFACES.get(w)?.kind === "demonym";
  if (list.length > 0 && pluralDemonym(list[0])) return list[0].toLowerCase();
  if (list.length > 1 && pluralDemonym(`${list[0]} ${list[1]}`)) return `${list[0]} ${list[1]}`.toLowerCase();
  // "14 Dreamliners", "700 A350s": a capitalised plural (a model or a nickname) that no noun follows is the thing counted.
  // "1,200 737s": a model number's plural, too.
  if (/^(?:\p{Lu}[\p{L}\p{N}]*[^s]|\d{3}(?:-\d{1,3})?)s$/u.test(list[0] ?? "") && list[0].length > 3 && (list.length === 1 || UNIT_STOP.has(list[1].toLowerCase()))) return list[0].toLowerCase();
  // "14 Members voted for the Amendment": council minutes capitalise the members of the body, who are counted.
  if (MINUTES_MEMBER_NOUNS.has(list[0] ?? "")) return list[0].toLowerCase();
  // "120 MPs voted", "40 NGOs signed", "5.8m TEU": an acronym's plural, or a shipping unit counted in its singular.
  if (isCountAcronym(list[0] ?? "") && !(list.length > 1 && /^\p{Ll}/u.test(list[1]) && isPlural(list[1]) && !UNIT_STOP.has(list[1]))) return list[0].toLowerCase();
  while (i < list.length && list[i] && COUNTRY_SURFACES.has(list[i]) && COUNTRY_SURFACES.get(list[i])!.kind === "demonym") i++;
  // "North Korean troops": a two-word demonym.
  if (i === 0 && list.length > 2 && COUNTRY_SURFACES.get(`${list[0]} ${list[1]}`)?.kind === "demonym") i = 2;
  // "12 Airbus A321neo jets", "65 Boeing 777-9 aircraft": a maker and a model name the kind of the thing counted.
  if (i === 0) i = afterModelName(list);
  // "10 more batteries", "5,000 new jobs": a quantity word before the counted thing.
  if (i < list.length - 1 && /^(?:more|additional|extra|new|other|further)$/i.test(list[i])) i++;
  for (; i < list.length && out.length < 3; i++) {
    const w = list[i];
    const lower = w.toLowerCase();
    // "6,000 vacant and derelict homes": two modifiers joined by "and" before the plural counted.
    // "killed 57 people and caused billions": "people" is a plural already, and a past verb after "and" opens a clause.
    if (out.length === 1 && (lower === "and" || lower === "or") && !isPlural(out[0]) && !PLURAL_PEOPLE.has(out[0]) && !GROUP_NOUNS.has(out[0]) && /^\p{Ll}/u.test(list[i + 1] ?? "") && !/ed$/.test(list[i + 1]) && !SPELLED_NUMBER.test(list[i + 1]) && isPlural(list[i + 2]?.toLowerCase() ?? "") && !UNIT_STOP.has(list[i + 1])) {
      out.length = 0;
      out.push(list[i + 2].toLowerCase());
      break;
    }
    if (UNIT_STOP.has(lower)) break;
    // "down from 3,300 two years ago": a spelled number starts another quantity.
    if (SPELLED_NUMBER.test(lower) && !/^(?:dozens?|hundreds?|thousands?)$/.test(lower)) break;
    if (/ly$/.test(lower) && lower.length > 4 && !NOT_ADVERBS.has(lower)) break;
    // "430 unfilled nursing posts", "40 abandoned fishing boats": an -ing noun before a plural is a compound's first word.
    const compound = /ing$/.test(lower) && i + 1 < list.length && /^\p{Ll}/u.test(list[i + 1]) && isPlural(list[i + 1].toLowerCase()) && !UNIT_STOP.has(list[i + 1].toLowerCase());
    if (out.length > 0 && /(?:ed|ing)$/.test(lower) && !/(?:ing)s$/.test(lower) && !compound) break;
    // "96 Apache helicopters", "8,000 Rohingya refugees": a capitalised word before a plural noun names its kind.
    const kindBefore = out.length === 0 && i + 1 < list.length && /^\p{Ll}/u.test(list[i + 1]) && (/[\d-]/.test(w) || isPlural(list[i + 1].toLowerCase()));
    // "40 top Indonesian exporters": a nationality between a modifier and the noun is skipped, as one before both is.
    if (out.length > 0 && COUNTRY_SURFACES.get(w)?.kind === "demonym" && /^\p{Ll}/u.test(list[i + 1] ?? "")) continue;
    if (/^\p{Lu}/u.test(w) && !kindBefore) break;
    if (MONTHS.test(w)) break;
    // "24 E195-E2 jets": a model number names the kind, the noun after it is the thing counted.
    if (out.length === 0 && /\d/.test(w) && /^\p{Lu}/u.test(w)) continue;
    out.push(lower);
    // "300 families depend on": after a plural head, only another plural continues the phrase.
    if (isPlural(lower) && i + 1 < list.length && !isPlural(list[i + 1].toLowerCase())) break;
  }
  while (out.length > 1 && /(?:ed)$/.test(out[out.length - 1])) out.pop();
  if (out.length === 0) return null;
  if (partitive && !isPlural(out[out.length - 1])) return null;
  if (out.length === 1 && /(?:ed|ing)$/.test(out[0]) && !/(?:ing)s$/.test(out[0])) return null;
  return out.join(" ");
}

/** "MPs", "NGOs", "EVs", "TEU": an acronym's plural, or a twenty- or forty-foot container unit, which count things. */
export function isCountAcronym(word: string): boolean {
  return /^\p{Lu}{2,}s$/u.test(word) || /^(?:TEU|FEU)s?$/.test(word);
}

/** "of whom 23,500 are cabin crew", "2,100 were children": the plural (or crew) a bare number is said to be. */
export function predicateCount(rest: string): string | null {
  // "611 were offered places": a verb after "were" is a passive, not the thing counted.
  const m = /^\s+(?:are|were)\s+(?:now\s+|also\s+|all\s+)?(?=\p{Ll})(?!\p{Ll}+(?:ed|ing|en)\b)/u.exec(rest);
  if (!m) return null;
  const noun = countedThingAfter(" " + rest.slice(m[0].length));
  const head = noun?.split(" ").pop() ?? "";
  return noun && (isCountNoun(head) || GROUP_NOUNS.has(head)) ? noun : null;
}

/**
 * The index of the noun after a run of at most three capitalised words that holds a model number
 * ("Airbus A321neo jets" -> "jets"), or 0 when the words are no such run.
 */
function afterModelName(list: string[]): number {
  let sawModel = false;
  for (let j = 0; j < Math.min(list.length, 4); j++) {
    const w = list[j];
    // "4,000 Air New Zealand staff", "380 GSDF personnel": an employer's name before the people it employs.
    if (/^\p{Ll}/u.test(w)) return (sawModel || GROUP_NOUNS.has(w)) && j > 0 && !UNIT_STOP.has(w) ? j : 0;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return 0;
    if (/\d/.test(w)) sawModel = true;
  }
  return 0;
}

// Nouns for the people of a body, counted after the body's name.
const GROUP_NOUNS = new Set("staff employees workers members personnel troops soldiers officers police nurses doctors teachers pilots crew fans supporters customers subscribers users passengers students pupils volunteers delegates players".split(" "));

const SPELLED_NUMBER = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|dozens?|hundreds?|thousands?|several|many|some)$/i;

// Irregular plurals of people, counted like any plural ("300 displaced men").
/** The members of a council or board, as minutes capitalise them ("8 Members voted against", "five Trustees"). */
const MINUTES_MEMBER_NOUNS = new Set(["Members", "Councillors", "Councilors", "Trustees", "Governors", "Directors", "Commissioners", "Aldermen", "Supervisors"]);
const PLURAL_PEOPLE = new Set(["people", "men", "women", "children"]);

/** A plural noun or one of the irregular people plurals: something a number counts ("2.5 lakh people"). */
export function isCountNoun(word: string): boolean {
  return isPlural(word) || PLURAL_PEOPLE.has(word);
}

export function isPlural(word: string): boolean {
  return /(?:[^aiosu']s|ies|ses)$/.test(word) && word.length > 3;
}

/** The verbs after "the number of X" that report its level ("rose to", "remained at", "is"). */
const NUMBER_OF_VERBS = "from|to|rose|risen|rise|rises|fell|fallen|falls|increased|decreased|grew|grown|reached|climbed|jumped|doubled|tripled|dropped|declined|stood|stands|is|was|were|are|hit|exceeded|topped|passed|surpassed|remained|remains|stayed|stays|totalled|totaled|now";
const NUMBER_OF_VERB = new RegExp(`^(?:${NUMBER_OF_VERBS})$`);
const NUMBER_OF_VERB_IN = new RegExp(String.raw`\b(?:${NUMBER_OF_VERBS})\b`);

/** "the number of districts reporting cases had risen from 380 to 477" -> "districts". */
export function countedByNumberOf(body: string, start: number): string | null {
  const before = body.slice(Math.max(0, start - 160), start);
  const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  const clause = before.slice(sentenceStart + 1);
  const m = /\b(?:number|total|count|tally) of ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)\b([^\d]*?)(?:\d[\d,.]*\s*(?:to|and)\s*)?$/u.exec(clause);
  if (!m || m[2].length > 90) return null;
  // "the number of reported injuries is 171", "the number of fatalities remained at 30": the phrase's own words may
  // run into the verb; the phrase stops at it.
  const phrase = m[1].split(" ");
  const verbAt = phrase.findIndex((w) => NUMBER_OF_VERB.test(w));
  const tail = verbAt === -1 ? m[2] : `${phrase.slice(verbAt).join(" ")}${m[2]}`;
  if (verbAt === 0 || !NUMBER_OF_VERB_IN.test(tail)) return null;
  // "the number of confirmed measles cases": the last plural of the phrase is its head ("measles" modifies "cases").
  const out: string[] = [];
  let head = 0;
  for (const w of verbAt === -1 ? phrase : phrase.slice(0, verbAt)) {
    if (UNIT_STOP.has(w) || (out.length > 0 && /(?:ed|ing)$/.test(w))) break;
    out.push(w);
    if (isPlural(w)) head = out.length;
  }
  if (head > 0) return out.slice(0, head).join(" ");
  return out.length ? out.join(" ") : null;
}

/** A casualty participle alone as a line's label, after a bullet at most ("- missing: 11"). */
const CASUALTY_LABEL = /^\s*(?:[-•*–]\s*)?(dead|killed|injured|wounded|missing|displaced|evacuated|rescued|hospitali[sz]ed)\s*:\s*$/i;

/**
 * "Lives lost: 88", "Relief camps: 303", "People in relief camps: 1.59 lakh": a fact-box label, a plural phrase
 * that opens the sentence or line and ends in a colon just before the number, names the things counted.
 */
export function factBoxLabel(body: string, start: number): string | null {
  const before = body.slice(Math.max(0, start - 60), start);
  const lineStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  // "- dead: 29", "Injured: 165": a casualty participle alone as the label of a bulleted or plain line.
  const casualty = lineStart === -1 && start > 60 ? null : CASUALTY_LABEL.exec(before.slice(lineStart + 1));
  if (casualty) return casualty[1].toLowerCase();
  const m = /^\s*(\p{Lu}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}):\s*(?:about |nearly |over |some )?$/u.exec(before.slice(lineStart + 1));
  if (!m || (lineStart === -1 && start > 60)) return null;
  const words = m[1].toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  if (words.length <= 2 && isCountNoun(last) && !words.some((w) => UNIT_STOP.has(w))) return words.join(" ");
  return words.find((w) => isCountNoun(w) && !UNIT_STOP.has(w)) ?? null;
}

// Plurals before "of N" that name a size, a level, a measure or money, not the things counted ("groups of 10",
// "speeds of 120", "magnitudes of 7.8", "salaries of 40,000").
const OF_NOT_COUNTED = new Set(
  (
    "groups batches teams packs sets rows multiples lots units scores rates levels ages speeds temperatures heights depths sizes values prices costs margins odds totals figures numbers readings gusts winds " +
    "magnitudes strengths intensities yields returns weights lengths widths distances durations capacities volumes concentrations thresholds limits caps ratios " +
    "salaries wages incomes earnings losses profits revenues budgets fees fines bids offers payments sums amounts valuations estimates forecasts expectations projections predictions " +
    "classes families households lines queues crowds convoys columns fleets squads crews gangs bands herds flocks boxes bags bundles"
  ).split(" "),
);

/** "expects completions of between 35,000 and 38,000", "arrivals of 1.2 million": a plural before "of" names the count. */
export function countedOfBefore(body: string, start: number): string | null {
  // "members of 18 and over": an age threshold, not a count.
  if (/^[\d,.]*\s*(?:and|or)\s+(?:over|above|older|under|younger)\b/.test(body.slice(start, start + 30))) return null;
  const m = /(?:^|[\s(])(\p{Ll}[\p{Ll}-]+) of (?:between |about |around |some |nearly |almost |roughly |just over |just under |more than |over |up to )?$/u.exec(body.slice(Math.max(0, start - 50), start));
  // "expects ridership of 40,000 a day", "a turnout of 61,000": a noun for a number of people names the people.
  const people = m ? PEOPLE_COUNT_NOUNS.get(m[1]) : undefined;
  if (people) return people;
  return m && isCountNoun(m[1]) && !OF_NOT_COUNTED.has(m[1]) && !UNIT_STOP.has(m[1]) ? m[1] : null;
}

/** "toll from the ferry sinking off Zanzibar", "population of the northern region": a toll or population, then its event or place. */
const HEAD_BEFORE_PHRASE = /\b(?:injury\s+)?(toll|population)\s+(?:from|in|of|on|after|at|among)\s+[^,;:()\d]*$/i;

// Words after "N-" that make an adjective of size or manner, not a counted thing ("a 35-strong fleet", "60-odd").
// Grades and ratings glued by a hyphen ("95-octane petrol", "24-carat gold", "a 12-gauge shotgun", "64-bit") count nothing either.
const HYPHEN_NOT_COUNTED = new Set("strong odd plus fold old long wide high deep tall thick large nil all love way octane carat karat gauge calibre caliber bit proof".split(" "));

/** "the 300-page report", "40-storey towers", "a 17-nation bloc": the noun glued to the number is what it counts. */
export function hyphenedCount(rest: string): { unit: string; length: number } | null {
  // "the 400-member National Assembly": the noun after the compound may be a name.
  const m = /^-(\p{Ll}{3,})(?=\s+(\p{L}+))/u.exec(rest);
  if (!m || HYPHEN_NOT_COUNTED.has(m[1]) || /ly$/.test(m[1]) || UNIT_STOP.has(m[2].toLowerCase())) return null;
  return { unit: m[1], length: m[1].length + 1 };
}

/** "Russian military casualties have reportedly surpassed 500,000" -> "military casualties". */
export function countedThingBefore(body: string, start: number): string | null {
  const before = body.slice(Math.max(0, start - 160), start);
  const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  // "The death toll from Typhoon X (international name: Y) rose to 23": an aside in brackets is skipped.
  const clause = before.slice(sentenceStart + 1).replace(/\([^()]*\)/g, " ");
  // "Of this year's cases, 21 were reported in ...": a fronted partitive names the things counted.
  const fronted = /^\s*Of (?:the |this |last |these |those |its |their |all |[\p{L}]+['’]s )*(?:[\p{Ll}-]+ )?(\p{Ll}[\p{Ll}-]*),\s*$/u.exec(clause);
  if (fronted && isPlural(fronted[1])) return fronted[1];
  const words = clause.trim().split(/\s+/).filter(Boolean);
  let i = words.length - 1;
  let sawVerb = false;
  while (i >= 0) {
    const w = words[i].toLowerCase().replace(/[,;:]$/, "");
    if (REACH_VERBS.has(w) || w === "to" || (w === "by" && sawVerb === false && i > 0 && REACH_VERBS.has(words[i - 1].toLowerCase()))) {
      sawVerb = true;
      i--;
      continue;
    }
    if (REACH_FILLERS.has(w) || /ly$/.test(w)) {
      i--;
      continue;
    }
    break;
  }
  if (!sawVerb || i < 0) return null;
  // "The toll from the boat capsize on the Ganga rose to 31": the head noun may stand before a phrase that names the event.
  const subject = HEAD_BEFORE_PHRASE.exec(words.slice(Math.max(0, i - 14), i + 1).join(" "));
  if (subject) return subject[1].toLowerCase() === "population" ? "people" : /^injur/i.test(subject[0]) ? "injuries" : "deaths";
  for (let attempt = 0; attempt < 2; attempt++) {
    const out: string[] = [];
    let k = i;
    for (; k >= 0 && out.length < 2; k--) {
      const w = words[k];
      // A capital ends the phrase (a name), save a plural opening the sentence ("Payrolls grew by 250,000").
      if (/[,;:()]$/.test(w) || (/^\p{Lu}/u.test(w) && !(k === 0 && (isPlural(w.toLowerCase()) || PEOPLE_COUNT_NOUNS.has(w.toLowerCase())))) || UNIT_STOP.has(w.toLowerCase()) || !/^[\p{L}\-]+$/u.test(w)) break;
      if (/(?:ed|ing)$/.test(w) && out.length === 0) break;
      out.unshift(w.toLowerCase());
    }
    // "the number of foreign students in the country reached", "cases at the Melbourne care home rose":
    // skip the place (and a name inside it), keep the things counted.
    let d = k;
    while (d > 0 && /^\p{Lu}[\p{L}'’\-]*$/u.test(words[d] ?? "") && d > k - 3) d--;
    const prep = words[d - 1]?.toLowerCase();
    if (out.length > 0 && /^(?:the|a|its|their)$/i.test(words[d] ?? "") && prep && /^(?:in|at|on|across|within|around|from)$/.test(prep)) {
      i = d - 2;
      continue;
    }
    if (out.length === 0) return null;
    const head = out[out.length - 1];
    // "grew from a staff of four to 140": a spelled number before "to" is the span's first end, no thing counted.
    if (SPELLED_CARDINAL.test(head)) return null;
    // "from about 2.5 million to": a scale word is part of the number before, no thing counted.
    if (/^(?:number|total|tally|count|figure|thousand|million|billion|trillion|lakh|crore)s?$/.test(head)) return null;
    // "taking the total reduction to about 19,000": a change names no thing; the count it continues does.
    if (/^(?:reduction|increase|decrease|rise|fall|drop|gain|change|shortfall|difference)$/.test(head)) return null;
    // "rose 0.4 per cent to 7,812.6": a unit of the change before is no subject.
    if (/^(?:cent|percent|pc|points?|pp)$/.test(head)) return null;
    // "Dubai's population passed 3.8 million": a population counts people; "the emirate aims to reach" names no thing.
    if (head === "population") return "people";
    // "daily ridership had risen to 390,000", "enrolment reached 48,650": a count of people named by what they do.
    const people = PEOPLE_COUNT_NOUNS.get(head);
    if (people) return people;
    // "The index rose to 112.4", "the gauge fell to 48.6": an index's level is in points.
    if (/^(?:index|indices|gauge|barometer)$/.test(head)) return "points";
    if (/^(?:aims|plans|hopes|wants|expects|seeks|intends|needs|targets)$/.test(head)) return null;
    // "the death toll crossed 200", "the flood toll stands at 146": a toll counts deaths (an injury toll, injuries).
    if (head === "toll") return out.length === 2 && /^injur/.test(out[0]) ? "injuries" : "deaths";
    return out.join(" ");
  }
  return null;
}

/** Nouns for a number of people, and the people they count. */
const PEOPLE_COUNT_NOUNS = new Map(
  Object.entries({
    ridership: "passengers", enrolment: "students", enrollment: "students", enrolments: "students", enrollments: "students", turnout: "voters",
    attendance: "people", membership: "members", viewership: "viewers", readership: "readers", footfall: "visitors", caseload: "cases", unemployment: "unemployed people",
  }),
);

// Stock indices a market report names before a bare level ("the Sensex ... to 72,488.9").
const INDEX_NAMES = /\b(?:index|indices|Sensex|Nifty|Dow|Nasdaq|S&P|FTSE|DAX|CAC|Nikkei|Hang Seng|ASX|Kospi|KOSPI|TSX|JSE|NZX|NSE|PSEi|Straits Times|Shanghai Composite|Taiex|Bovespa|IPC|Merval)\b/;

/** "The Sensex fell 612 points, or 0.8 per cent, to 72,488.9": a bare index level after "to" or "at" is in points. */
export function indexLevelUnit(body: string, start: number): string | null {
  const before = body.slice(Math.max(0, start - 160), start);
  const clause = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1);
  if (!/\b(?:to|at|near|above|below|around)\s+(?:a\s+(?:record|high|low)\s+(?:of\s+)?)?$/.test(clause)) return null;
  // "The Nifty ended at 22,150, and the rupee settled at 83.4": a currency named after the index owns the number.
  const named = INDEX_NAMES.exec(clause);
  return named && !/\b(?:rupee|dollar|peso|euro|pound|shilling|yuan|naira|rand|won|ringgit|baht|lira|cedi|currency)s?\b|\byen\b/i.test(clause.slice(named.index + named[0].length)) ? "points" : null;
}

/** The unit a sports report keeps score in ("runs", "points", "goals"), when it writes one out with a number. */
export function articleScoreUnit(body: string): string | null {
  const written = /\b\d+ (runs|points|goals)\b/.exec(body)?.[1];
  if (written) return written;
  // A cricket report keeps score in runs even when it never writes the word: "bowled out for 162 in 41.3 overs".
  // "393 for eight declared", "287 for 6": a total for so many wickets is a cricket score too.
  return /\b(?:overs|wickets?|innings|bowled out|all out|declared)\b|\b\d{2,3} for (?:one|two|three|four|five|six|seven|eight|nine|[1-9])\b(?! (?:years?|months?|weeks?|days?|hours?|minutes?|people|per)\b)/.test(body) ? "runs" : null;
}

/** "made an unbeaten 128", "a target of 287", "top-scoring with 94": a bare number where a score is made. */
export function isScoreMention(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 40), start);
  // "hitting 112 off 97 balls": a batter's score, with the deliveries faced.
  if (/^[\d,]*\*?\s+off\s+\d+\s+(?:balls|deliveries)\b/.test(body.slice(start, start + 30))) return true;
  return /\b(?:made|makes|making|scored|scores|scoring|posted|posting|added|adding|put on|putting on|(?:fell|falling|was out|were out) for|top-scor(?:ed|ing) (?:with|on)|target of|chased down|chasing|(?:bowled|all) out for|dismissed for)\s+(?:an?\s+|the\s+)?(?:unbeaten\s+|undefeated\s+)?$/i.test(before) || /\b(?:an?|the) (?:unbeaten|undefeated)\s+$/i.test(before);
}


