/**
 * `npm run train:person-country` — fit the person-country ranker on the development sets and write its weights
 * to src/ingestion/lexicons/data/person-country-weights.json (the same weights on every run).
 *
 *   node dist/src/cli/train-person-country.js [--cv] [--check] [--enable] [--margin 1]
 *
 * --cv prints the leave-one-corpus-out tables (rules alone, the model without and with the rules' answer as a
 * feature, and the rules kept unless the model prefers another candidate by a margin), over all development
 * sets and over the sets with the rules' answers as they stood before each set was added, and writes nothing.
 * --check exits 1 when the committed weights differ from a fresh fit. --enable turns the stage on in the written
 * file; --margin sets the margin it keeps the rules' answer by. The held-out sets holdout-17 and holdout-18 are
 * never loaded.
 */
import * as fs from "fs";
import * as path from "path";
import { FEATURES, type PersonCountryWeights } from "../ingestion/stages/person-country";
import { defaultCorpusDirs, findProjectRoot, loadCorpus } from "./eval-corpus";
import { MARGINS, NEVER_LOADED, articleExamples, crossValidate, crossValidateEarlier, fit, withEarlierRules, type CvRow, type EarlierPeople, type EarlierRow, type Example } from "./person-country-model";

const ROOT = findProjectRoot(__dirname);
const WEIGHTS_PATH = path.join(ROOT, "src/ingestion/lexicons/data/person-country-weights.json");
/** The people earlier extractors found on the sets added after them (scripts/person-country/rules-then.sh). */
const EARLIER_PATH = path.join(ROOT, "scripts/person-country/rules-then.json");

/** The earlier extractors' people, read from EARLIER_PATH. */
export function loadEarlier(): EarlierPeople {
  return JSON.parse(fs.readFileSync(EARLIER_PATH, "utf8")) as EarlierPeople;
}

/** Every found, labelled person of every development corpus, with the corpus names in order. */
export function loadExamples(root: string = ROOT): { examples: Example[]; corpora: string[] } {
  const dirs = defaultCorpusDirs(root).filter((d) => !NEVER_LOADED.has(path.basename(d)));
  const examples: Example[] = [];
  const corpora: string[] = [];
  for (const dir of dirs) {
    const corpus = path.basename(dir);
    const found = loadCorpus(dir).flatMap((entry) => articleExamples(corpus, entry));
    if (found.length === 0) continue;
    corpora.push(corpus);
    examples.push(...found);
  }
  return { examples, corpora };
}

/**
 * The weights file: every feature, the rules' answer among them, fitted on the sets an earlier extractor was run
 * on, with that extractor's answers as the rules' (so the model trusts the rules as much as they earned on text
 * they were not tuned on, not as much as on the text they were tuned on).
 */
export function trainedWeights(examples: Example[], earlier: EarlierPeople, enabled: boolean, margin: number): PersonCountryWeights {
  return { enabled, margin, features: [...FEATURES], weights: fit(withEarlierRules(examples, earlier), { useRules: true }) };
}

/** Add each count of a table row into the total row (numbers and the per-margin counts alike). */
function addCounts<T extends object>(total: T, row: T): void {
  for (const k of Object.keys(row) as Array<keyof T>) {
    const v = row[k];
    if (typeof v === "number") (total[k] as number) += v;
    else if (Array.isArray(v)) v.forEach((c: number, i: number) => ((total[k] as number[])[i] += c));
  }
}

/** The table over the sets with earlier answers: the rules then and now, the models, the combination. */
export function formatEarlier(rows: EarlierRow[]): string[] {
  const acc = (k: number, n: number) => (n ? (k / n).toFixed(3) : "-");
  const lines = [
    `| corpus | found people | (a) rules then | (a) rules now (tuned on it) | (b) generic | (c) with rules-then answer as a feature | ${MARGINS.map((m) => `(d) margin ${m}`).join(" | ")} |`,
    "|" + " --- |".repeat(6 + MARGINS.length),
  ];
  const total: EarlierRow = { corpus: "all", people: 0, rulesThen: 0, rulesNow: 0, generic: 0, withRulesThen: 0, combined: MARGINS.map(() => 0) };
  for (const r of rows) addCounts(total, r);
  for (const r of [...rows, total]) {
    lines.push(`| ${r.corpus} | ${r.people} | ${acc(r.rulesThen, r.people)} | ${acc(r.rulesNow, r.people)} | ${acc(r.generic, r.people)} | ${acc(r.withRulesThen, r.people)} | ${r.combined.map((c) => acc(c, r.people)).join(" | ")} |`);
  }
  return lines;
}

/** The CV table, one row per corpus and a total, as accuracy on found people. */
export function formatCv(rows: CvRow[]): string[] {
  const acc = (k: number, n: number) => (n ? (k / n).toFixed(3) : "-");
  const header = `| corpus | found people | reachable | (a) rules | (b) generic | (b') generic, no rules-only candidate | (c) with rules' answer | ${MARGINS.map((m) => `(d) margin ${m}`).join(" | ")} |`;
  const lines = [header, "|" + " --- |".repeat(7 + MARGINS.length)];
  const total: CvRow = { corpus: "all", people: 0, reachable: 0, rules: 0, generic: 0, genericNoRulesCandidates: 0, withRules: 0, combined: MARGINS.map(() => 0) };
  for (const r of rows) addCounts(total, r);
  for (const r of [...rows, total]) {
    lines.push(`| ${r.corpus} | ${r.people} | ${acc(r.reachable, r.people)} | ${acc(r.rules, r.people)} | ${acc(r.generic, r.people)} | ${acc(r.genericNoRulesCandidates, r.people)} | ${acc(r.withRules, r.people)} | ${r.combined.map((c) => acc(c, r.people)).join(" | ")} |`);
  }
  return lines;
}

/** Read a flag's value from argv. */
function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
}

export function main(argv: string[] = process.argv.slice(2)): number {
  const { examples, corpora } = loadExamples();
  if (argv.includes("--cv")) {
    process.stdout.write("Leave-one-corpus-out over the development sets (the rules were tuned on every one):\n");
    for (const l of formatCv(crossValidate(examples, corpora))) process.stdout.write(l + "\n");
    process.stdout.write("\nThe sets with the rules as they stood before each was added (rules then), leave one corpus out:\n");
    for (const l of formatEarlier(crossValidateEarlier(examples, withEarlierRules(examples, loadEarlier())))) process.stdout.write(l + "\n");
    return 0;
  }
  const committed = JSON.parse(fs.readFileSync(WEIGHTS_PATH, "utf8")) as PersonCountryWeights;
  const enabled = argv.includes("--enable") || (!argv.includes("--disable") && committed.enabled);
  const margin = Number(option(argv, "--margin") ?? committed.margin);
  const text = JSON.stringify(trainedWeights(examples, loadEarlier(), enabled, margin), null, 2) + "\n";
  if (argv.includes("--check")) {
    const same = text === fs.readFileSync(WEIGHTS_PATH, "utf8");
    process.stdout.write(same ? "person-country weights match a fresh fit\n" : "person-country weights differ from a fresh fit: run npm run train:person-country\n");
    return same ? 0 : 1;
  }
  fs.writeFileSync(WEIGHTS_PATH, text);
  process.stdout.write(`wrote ${path.relative(ROOT, WEIGHTS_PATH)} (${examples.length} people from ${corpora.length} corpora)\n`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main();
}
