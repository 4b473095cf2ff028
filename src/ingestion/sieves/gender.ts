import nlp from "compromise";
import { getGender } from "gender-detection-from-name";
import { foldText } from "../text/fold";

export type Gender = "male" | "female" | "unknown";

// compromise's lexicon tags given names as male or female; read once.
const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const GIVEN = new Map<string, Gender>();
for (const [word, tags] of Object.entries(lexicon)) {
  const t = Array.isArray(tags) ? tags.join(",") : tags;
  if (/\bMaleName\b/.test(t)) GIVEN.set(word, "male");
  else if (/\bFemaleName\b/.test(t)) GIVEN.set(word, "female");
}

const MALE_TITLES = /\b(?:mr\.?|sir|lord|king|prince|father|brother|baron|sultan|emir|sheikh|spokesman|chairman|congressman|businessman)\b/i;
const FEMALE_TITLES = /\b(?:mrs\.?|ms\.?|dame|lady|queen|princess|sister|baroness|spokeswoman|chairwoman|congresswoman|businesswoman|actress)\b/i;

/** A person's grammatical gender as the text shows it: a gendered title, else a given name the lexicon knows. */
export function genderOf(name: string, title: string | null): Gender {
  return genderEvidence(name, title).gender;
}

/**
 * The gender and whether a title says it (strong) or only lists of given names do (they err): the lists of
 * gender-detection-from-name (English, Italian, Spanish, French, German and Turkish census and registry names,
 * which reach many African, Arabic and South Asian names) first, then compromise's lexicon.
 */
export function genderEvidence(name: string, title: string | null): { gender: Gender; strong: boolean } {
  if (title && MALE_TITLES.test(title)) return { gender: "male", strong: true };
  if (title && FEMALE_TITLES.test(title)) return { gender: "female", strong: true };
  const parts = name.split(" ");
  const first = givenNameGender(parts[0]);
  // "Rana Tariq Mehmood": when a second given name says the other gender, the lists cannot tell.
  if (first !== "unknown" && parts.length >= 3) {
    const second = givenNameGender(parts[1]);
    if (second !== "unknown" && second !== first) return { gender: "unknown", strong: false };
  }
  return { gender: first, strong: false };
}

function givenNameGender(word: string): Gender {
  const given = foldText(word);
  const listed = getGender(given);
  if (listed === "male" || listed === "female") return listed;
  return GIVEN.get(given) ?? "unknown";
}

/** "Ms Wairimu", "Mr. Ndungu": an honorific written before a name in the text, or null. */
export function honorificGender(before: string): Gender | null {
  const m = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/.exec(before);
  if (!m) return null;
  return m[1] === "Mr" ? "male" : "female";
}
