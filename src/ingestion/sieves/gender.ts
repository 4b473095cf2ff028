import nlp from "compromise";
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

/** The gender and whether a title says it (strong) or only the lexicon's given names do (they err). */
export function genderEvidence(name: string, title: string | null): { gender: Gender; strong: boolean } {
  if (title && MALE_TITLES.test(title)) return { gender: "male", strong: true };
  if (title && FEMALE_TITLES.test(title)) return { gender: "female", strong: true };
  return { gender: GIVEN.get(foldText(name.split(" ")[0])) ?? "unknown", strong: false };
}
