/**
 * Training and measuring the person-country ranker (src/ingestion/stages/person-country.ts): the labelled
 * examples read from the development sets, a conditional-logit fit (softmax over each person's candidates, L2,
 * full-batch Adam from zero weights, so every run gives the same weights), and leave-one-corpus-out scoring.
 * Pure: no file or console I/O (see train-person-country.ts).
 */
import { runPipeline, STAGES } from "../ingestion/pipeline";
import { parseArticle } from "../ingestion/parse/parse-article";
import { FEATURES, RULES_FEATURES, decide, personCandidates, personCountryStage, type PersonCandidates } from "../ingestion/stages/person-country";
import type { CorpusEntry } from "./eval-corpus";
import { actorMatchesLabel, greedyMatch, normaliseText, type ExpectedActor, type ScoredActor } from "./eval-score";

/** One found, labelled person: the corpus it came from, its candidates and the labelled country. */
export interface Example {
  corpus: string;
  /** The label file of the article, and the labelled person. */
  file: string;
  labelled: ExpectedActor;
  /** Every labelled person of the article, in label order. */
  articleLabels: ExpectedActor[];
  /** The current rules' answer, kept when the rules' answer is replaced by an earlier extractor's. */
  rulesNow?: string | null;
  person: PersonCandidates;
  label: string | null;
}

/** The development corpora the ranker may learn from: never the round's held-out sets. */
export const NEVER_LOADED = new Set(["holdout-17", "holdout-18", "figure-sentences"]);

/** The stages without the ranker: the rules' answers it learns over. */
const RULE_STAGES = STAGES.filter((s) => s !== personCountryStage);

/** The labelled people of one article matched to the people the rules extract, as eval-score.ts matches them by name. */
export function articleExamples(corpus: string, entry: CorpusEntry): Example[] {
  if (entry.raw === null || isNaN(entry.fetchedAt.getTime())) return [];
  const parsed = parseArticle(entry.raw, entry.fetchedAt);
  const doc = runPipeline(parsed.title, parsed.body, RULE_STAGES, parsed.source);
  const people = personCandidates(doc);
  const labels = (entry.expected.actors ?? []).filter((a) => a.kind === "PERSON");
  const scored = people.map((p) => p.actor as unknown as ScoredActor);
  const matched = greedyMatch(labels, scored, [
    (l, a) => l.name !== undefined && normaliseText(l.name) === normaliseText(a.name),
    (l, a) => actorMatchesLabel(l, a),
  ]);
  const out: Example[] = [];
  matched.forEach((m, i) => {
    if (m !== -1) out.push({ corpus, file: entry.name, labelled: labels[i], articleLabels: labels, person: people[m], label: labels[i].country?.toUpperCase() ?? null });
  });
  return out;
}

/** The people an earlier extractor found on one article (scripts/person-country/rules-then.json). */
export type EarlierPeople = Record<string, Array<{ name: string; aliases: string[]; country: string | null }>>;

/** Match one article's labelled people to the people an earlier extractor found, by name as eval-score.ts does. */
function earlierAnswers(labels: ExpectedActor[], people: EarlierPeople[string]): Map<ExpectedActor, string | null> {
  const scored = people.map((p) => ({ key: p.name, kind: "PERSON", ...p }) as ScoredActor);
  const matched = greedyMatch(labels, scored, [
    (l, a) => l.name !== undefined && normaliseText(l.name) === normaliseText(a.name),
    (l, a) => actorMatchesLabel(l, a),
  ]);
  const out = new Map<ExpectedActor, string | null>();
  matched.forEach((m, i) => m !== -1 && out.set(labels[i], people[m].country));
  return out;
}

/**
 * The examples of the sets an earlier extractor was run on, with the rules' answer (and its features) replaced by
 * that extractor's: the rules as they stood before they were tuned on the set. People it did not find are left out.
 */
export function withEarlierRules(examples: Example[], earlier: EarlierPeople): Example[] {
  const out: Example[] = [];
  const answers = new Map<string, Map<ExpectedActor, string | null>>();
  for (const e of examples) {
    const people = earlier[`${e.corpus}/${e.file}`];
    if (!people) continue;
    const key = `${e.corpus}/${e.file}`;
    if (!answers.has(key)) answers.set(key, earlierAnswers(e.articleLabels, people));
    const then = answers.get(key)!;
    if (!then.has(e.labelled)) continue;
    out.push({ ...e, rulesNow: e.person.rules, person: withRulesAnswer(e.person, then.get(e.labelled)!) });
  }
  return out;
}

/** A person's candidates with `code` as the rules' answer: the rules features set for it alone. */
export function withRulesAnswer(person: PersonCandidates, code: string | null): PersonCandidates {
  const rules = FEATURES.indexOf("rules");
  const fromSetting = FEATURES.indexOf("rules.fromSetting");
  const candidates = person.candidates.map((c) => {
    const features = Float64Array.from(c.features);
    features[rules] = c.code === code ? 1 : 0;
    features[fromSetting] = 0;
    return { ...c, features };
  });
  return { ...person, rules: code, candidates };
}

/** Fit options: which features are used, the L2 strength, how many steps. */
export interface FitOptions {
  useRules: boolean;
  l2?: number;
  steps?: number;
  rate?: number;
}

/** The index of the labelled country among a person's candidates, or -1 when no candidate is it. */
function labelIndex(e: Example): number {
  return e.person.candidates.findIndex((c) => c.code === e.label);
}

/**
 * Softmax over each person's candidates, negative log-likelihood averaged over people plus L2, minimised by
 * full-batch Adam from zero weights. Features left out (the rules' answer, unless useRules) keep weight 0.
 */
export function fit(examples: Example[], options: FitOptions): number[] {
  const n = FEATURES.length;
  const l2 = options.l2 ?? 0.01;
  const steps = options.steps ?? 300;
  const rate = options.rate ?? 0.05;
  const mask = FEATURES.map((f) => (options.useRules || !RULES_FEATURES.has(f) ? 1 : 0));
  const usable = examples.filter((e) => labelIndex(e) !== -1 && e.person.candidates.length > 1);
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  for (let t = 1; t <= steps; t++) {
    grad.fill(0);
    for (const e of usable) addGradient(e, w, grad);
    for (let i = 0; i < n; i++) {
      const g = (grad[i] / Math.max(1, usable.length) + l2 * w[i]) * mask[i];
      m[i] = 0.9 * m[i] + 0.1 * g;
      v[i] = 0.999 * v[i] + 0.001 * g * g;
      const mh = m[i] / (1 - Math.pow(0.9, t));
      const vh = v[i] / (1 - Math.pow(0.999, t));
      w[i] -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return [...w].map((x) => Math.round(x * 1e6) / 1e6);
}

/** Add one person's gradient of the negative log-likelihood to `grad`. */
function addGradient(e: Example, w: Float64Array, grad: Float64Array): void {
  const cands = e.person.candidates;
  const target = labelIndex(e);
  const scores = cands.map((c) => { let s = 0; for (let i = 0; i < w.length; i++) s += c.features[i] * w[i]; return s; });
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const z = exps.reduce((a, b) => a + b, 0);
  cands.forEach((c, k) => {
    const p = exps[k] / z - (k === target ? 1 : 0);
    if (p !== 0) for (let i = 0; i < w.length; i++) grad[i] += p * c.features[i];
  });
}

/** Counts of right country decisions on found people, for each method measured. */
export interface CvRow {
  corpus: string;
  people: number;
  reachable: number;
  rules: number;
  generic: number;
  /** The generic model choosing among candidates found without the rules (no country only the rules proposed). */
  genericNoRulesCandidates: number;
  withRules: number;
  /** Rules kept unless the generic model prefers another candidate by the margin, per margin in MARGINS. */
  combined: number[];
}

/** The margins (log-odds) the combination is scored at. */
export const MARGINS = [0, 0.5, 1, 2, 3];

/** A person's candidates without the ones only the rules' answer proposed. */
export function withoutRulesOnly(person: PersonCandidates): PersonCandidates {
  return { ...person, candidates: person.candidates.filter((c) => !c.rulesOnly) };
}

/** Right decisions on the sets an earlier extractor was run on, with the rules as they stood then. */
export interface EarlierRow {
  corpus: string;
  people: number;
  rulesThen: number;
  rulesNow: number;
  generic: number;
  /** The model with the rules-then answer as a feature, fitted on the other earlier-run sets only. */
  withRulesThen: number;
  combined: number[];
}

/** Leave-one-corpus-out over the sets with earlier answers; the generic model is fitted on every other corpus. */
export function crossValidateEarlier(examples: Example[], earlierExamples: Example[]): EarlierRow[] {
  const corpora = [...new Set(earlierExamples.map((e) => e.corpus))];
  return corpora.map((corpus) => {
    const generic = fit(examples.filter((e) => e.corpus !== corpus), { useRules: false });
    const withRules = fit(earlierExamples.filter((e) => e.corpus !== corpus), { useRules: true });
    const test = earlierExamples.filter((e) => e.corpus === corpus);
    const right = (pick: (e: Example) => string | null) => test.filter((e) => pick(e) === e.label).length;
    return {
      corpus,
      people: test.length,
      rulesThen: right((e) => e.person.rules),
      rulesNow: right((e) => e.rulesNow ?? null),
      generic: right((e) => decide(e.person, generic)),
      withRulesThen: right((e) => decide(e.person, withRules)),
      combined: MARGINS.map((margin) => right((e) => decide(e.person, generic, margin))),
    };
  });
}

/** Leave-one-corpus-out: for each corpus, fit on all the others and count right decisions on it. */
export function crossValidate(examples: Example[], corpora: string[]): CvRow[] {
  return corpora.map((corpus) => {
    const train = examples.filter((e) => e.corpus !== corpus);
    const test = examples.filter((e) => e.corpus === corpus);
    const generic = fit(train, { useRules: false });
    const withRules = fit(train, { useRules: true });
    const right = (pick: (e: Example) => string | null) => test.filter((e) => pick(e) === e.label).length;
    return {
      corpus,
      people: test.length,
      reachable: test.filter((e) => labelIndex(e) !== -1).length,
      rules: right((e) => e.person.rules),
      generic: right((e) => decide(e.person, generic)),
      genericNoRulesCandidates: right((e) => decide(withoutRulesOnly(e.person), generic)),
      withRules: right((e) => decide(e.person, withRules)),
      combined: MARGINS.map((margin) => right((e) => decide(e.person, generic, margin))),
    };
  });
}
