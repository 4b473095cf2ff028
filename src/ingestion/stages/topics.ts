import type { Doc, Stage } from "../document";
import { IPTC_TOP_LEVEL, TOPIC_KEYWORDS } from "../lexicons/topics";

interface Entry {
  slug: string;
  weight: number;
  /** The keyword as the lexicon writes it ("troop*"). */
  word: string;
}

// Exact words and phrases, and prefixes ("troop*"), compiled once at module load.
const EXACT = new Map<string, Entry[]>();
const PREFIXES: Array<{ prefix: string; entry: Entry }> = [];
let MAX_PHRASE_WORDS = 1;
for (const [slug, words] of Object.entries(TOPIC_KEYWORDS)) {
  for (const [word, weight] of Object.entries(words)) {
    if (weight <= 0) continue;
    const entry = { slug, weight, word };
    if (word.endsWith("*") && !word.includes(" ")) {
      PREFIXES.push({ prefix: word.slice(0, -1), entry });
      continue;
    }
    const key = word.replace(/\*$/, "");
    MAX_PHRASE_WORDS = Math.max(MAX_PHRASE_WORDS, key.split(" ").length);
    EXACT.set(key, [...(EXACT.get(key) ?? []), entry]);
    if (word.endsWith("*")) for (const ending of ["s", "es"]) EXACT.set(key + ending, [...(EXACT.get(key + ending) ?? []), entry]);
  }
}
const PREFIX_BY_FIRST = new Map<string, Array<{ prefix: string; entry: Entry }>>();
for (const p of PREFIXES) {
  const k = p.prefix.slice(0, 2);
  PREFIX_BY_FIRST.set(k, [...(PREFIX_BY_FIRST.get(k) ?? []), p]);
}
const SLUGS = new Set(IPTC_TOP_LEVEL.map((t) => t.slug));

/**
 * Soldiers, troops and the army are how a disaster is met as often as how a war is fought: in a story that
 * is about a disaster, they do not count towards conflict.
 */
const MILITARY_PRESENCE = new Set(["military", "militar*", "army", "armies", "soldier*", "troop*", "deploy*", "navy", "naval", "defence", "defense", "armed", "tank*", "killed", "casualt*"]);
const CONFLICT = "conflict-war-and-peace";
const DISASTER = "disaster-accident-and-emergency-incident";

/** Topic scores from keyword counts; the title counts three times. */
export function scoreTopics(title: string, body: string): Map<string, number> {
  const scores = new Map<string, number>();
  const core = new Map<string, number>();
  addScores(scores, title, 3, core);
  addScores(scores, body, 1, core);
  const disaster = (scores.get(DISASTER) ?? 0) + (scores.get("weather") ?? 0);
  const conflictCore = core.get(CONFLICT) ?? 0;
  if (disaster >= 6 && disaster > 2 * conflictCore) scores.set(CONFLICT, conflictCore);
  return scores;
}

function addScores(scores: Map<string, number>, text: string, factor: number, core: Map<string, number>): void {
  const add = (e: Entry) => {
    scores.set(e.slug, (scores.get(e.slug) ?? 0) + e.weight * factor);
    if (!(e.slug === CONFLICT && MILITARY_PRESENCE.has(e.word))) core.set(e.slug, (core.get(e.slug) ?? 0) + e.weight * factor);
  };
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    let matchedPhrase = 0;
    for (let n = MAX_PHRASE_WORDS; n >= 2; n--) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).join(" ");
      const entries = EXACT.get(phrase);
      if (entries) {
        for (const e of entries) add(e);
        matchedPhrase = n;
        break;
      }
    }
    if (matchedPhrase) {
      i += matchedPhrase - 1;
      continue;
    }
    const w = words[i].replace(/['’]s$/, "");
    const seen = new Set<string>();
    for (const e of EXACT.get(w) ?? []) {
      seen.add(e.slug);
      add(e);
    }
    for (const p of PREFIX_BY_FIRST.get(w.slice(0, 2)) ?? []) {
      if (seen.has(p.entry.slug) || !w.startsWith(p.prefix)) continue;
      seen.add(p.entry.slug);
      add(p.entry);
    }
  }
}

/** One to three IPTC top-level slugs, best first; "society" when no keyword matches. */
export function extractTopics(title: string, body: string): string[] {
  const scores = scoreTopics(title, body);
  const ranked = [...scores.entries()].filter(([slug, s]) => SLUGS.has(slug) && s > 0).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return ["society"];
  const best = ranked[0][1];
  const picked = ranked.filter(([, s], i) => i === 0 || (s >= best * 0.3 && s >= 6)).slice(0, 3);
  return picked.map(([slug]) => slug);
}

/** IPTC topics of the article from its title and body. */
export const topicsStage: Stage = {
  name: "topics",
  run(doc: Doc) {
    doc.topics = extractTopics(doc.title, doc.text);
  },
};
