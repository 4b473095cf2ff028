/**
 * `npm run eval` — score the extractor against the hand-labelled corpus.
 *
 * Reads every samples/*.expected.json and ../shared/fixtures/*.expected.json
 * (skipped when absent), runs extractArticle on the raw text with the label's
 * fetchedAt, and prints micro-averaged precision / recall / F1 for quotes,
 * figures, countries, people and organisations.
 *
 *   node dist/src/cli/eval.js [--verbose] [--min 0.95] [--skip holdout-19,figure-sentences] [extra corpus dirs...]
 *
 * Exits 0 unless --min is given and some precision, recall or F1 is below it
 * (or the arguments are malformed: exit 2).
 */
import * as path from "path";
import { extractDocument } from "../ingestion";
import { SIEVES } from "../ingestion/sieves";
import { CorpusEntry, defaultCorpusDirs, findProjectRoot, loadCorpus } from "./eval-corpus";
import { figureReport } from "./eval-figures";
import {
  ArticleScore,
  CATEGORIES,
  CorpusSummary,
  ScoredArticle,
  belowThreshold,
  parseArgs,
  scoreArticle,
  scoreFailure,
  summarise,
} from "./eval-score";

export type Extractor = (raw: string, options: { fetchedAt: Date }) => ScoredArticle;

export interface EvalIO {
  log: (line: string) => void;
  error: (line: string) => void;
}

const consoleIO: EvalIO = {
  log: (l) => process.stdout.write(l + "\n"),
  error: (l) => process.stderr.write(l + "\n"),
};

export function evaluateCorpus(entries: CorpusEntry[], extract: Extractor): ArticleScore[] {
  return entries.map((entry) => {
    const label = path.basename(path.dirname(entry.expectedPath)) + "/" + entry.name.replace(/\.expected\.json$/, "");
    if (entry.raw === null) return scoreFailure(label, entry.expected, `missing ${entry.rawPath}`);
    if (isNaN(entry.fetchedAt.getTime()))
      return scoreFailure(label, entry.expected, `bad input.fetchedAt in ${entry.name}`);
    try {
      return scoreArticle(label, entry.expected, extract(entry.raw, { fetchedAt: entry.fetchedAt }));
    } catch (e) {
      return scoreFailure(label, entry.expected, (e as Error)?.message ?? String(e));
    }
  });
}

const pct = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padl = (s: string | number, n: number) => String(s).padStart(n);

/** The extractor `npm run eval` scores: the article, plus the sieve behind each quote. */
export const documentExtractor: Extractor = (raw, options) => {
  const { doc, article } = extractDocument(raw, options);
  return { ...article, quoteSieves: doc.quotes.map((q) => q.sieve) } as unknown as ScoredArticle;
};

/** Each sieve's attributions on labelled quotes and their precision, most used first. */
export function formatSieves(scores: ArticleScore[]): string[] {
  const total = new Map<string, { made: number; right: number }>();
  for (const s of scores) {
    for (const [name, c] of Object.entries(s.sieves ?? {})) {
      const t = total.get(name) ?? { made: 0, right: 0 };
      t.made += c.made;
      t.right += c.right;
      total.set(name, t);
    }
  }
  if (total.size === 0) return [];
  // Every sieve has a row, one that attributed no labelled quote too.
  for (const { name } of SIEVES) if (!total.has(name)) total.set(name, { made: 0, right: 0 });
  const lines = [`${pad("sieve", 20)}${padl("made", 6)}${padl("right", 7)}${padl("precision", 11)}`];
  for (const [name, c] of [...total.entries()].sort((a, b) => b[1].made - a[1].made)) {
    lines.push(`${pad(name, 20)}${padl(c.made, 6)}${padl(c.right, 7)}${padl(c.made ? pct(c.right / c.made) : "-", 11)}`);
  }
  return lines;
}

/** The issue's table for one corpus: speakers, quotes, people and bodies with countries, countries, figures. */
export function formatCorpusRow(name: string, s: CorpusSummary): string {
  const c = s.categories;
  const pr = (cat: keyof CorpusSummary["categories"]) => `${pct(c[cat].precision)}/${pct(c[cat].recall)}`;
  return (
    `| ${name} | ${pct(c.quotes.recall)} | ${pr("quote-text")} | ${pr("people")} | ${pr("org-country")} | ${pr("countries")} | ${pr("figures")} |` +
    (s.errors ? ` errors: ${s.errors}` : "")
  );
}

export const CORPUS_TABLE_HEADER = [
  "| corpus | quote with right speaker | quote P/R | person with right country P/R | organisation with right country P/R | countries P/R | figures P/R |",
  "| --- | --- | --- | --- | --- | --- | --- |",
];

export function formatSummary(summary: CorpusSummary): string[] {
  const lines: string[] = [];
  lines.push(
    `${pad("category", 14)}${padl("precision", 10)}${padl("recall", 8)}${padl("F1", 8)}${padl("TP", 6)}${padl("FP", 6)}${padl("FN", 6)}`,
  );
  for (const cat of CATEGORIES) {
    const m = summary.categories[cat];
    lines.push(
      `${pad(cat, 14)}${padl(pct(m.precision), 10)}${padl(pct(m.recall), 8)}${padl(pct(m.f1), 8)}${padl(m.tp, 6)}${padl(m.fp, 6)}${padl(m.fn, 6)}`,
    );
  }
  const fc = summary.fieldChecks;
  lines.push(`article fields (title/source/date/body/topics, not scored): ${fc.passed}/${fc.total} checks passed`);
  return lines;
}

export function formatMisses(scores: ArticleScore[]): string[] {
  const lines: string[] = [];
  for (const s of scores) {
    const rows: string[] = [];
    if (s.error) rows.push(`  ERROR  ${s.error}`);
    for (const cat of CATEGORIES) {
      for (const m of s.categories[cat].misses) rows.push(`  ${m.kind}  ${pad(cat, 13)} ${m.detail}`);
    }
    if (!s.error) for (const f of s.fieldChecks.failures) rows.push(`  --  ${pad("fields", 13)} ${f}`);
    lines.push(rows.length === 0 ? `${s.file}: all correct` : `${s.file}:`);
    lines.push(...rows);
  }
  return lines;
}

export function main(
  argv: string[] = process.argv.slice(2),
  extract: Extractor = documentExtractor,
  io: EvalIO = consoleIO,
): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.error(`eval: ${(e as Error).message}`);
    io.error("usage: eval [--verbose] [--min 0.95] [--skip holdout-19,figure-sentences] [corpus-dir ...]");
    return 2;
  }
  const skipped = new Set(args.skip);
  const dirs = [...defaultCorpusDirs(findProjectRoot(__dirname)), ...args.dirs.map((d) => path.resolve(d))].filter((d) => !skipped.has(path.basename(d)));
  const entries: CorpusEntry[] = [];
  const counts: string[] = [];
  const perCorpus: Array<{ name: string; entries: CorpusEntry[] }> = [];
  for (const dir of dirs) {
    let loaded: CorpusEntry[];
    try {
      loaded = loadCorpus(dir);
    } catch (e) {
      io.error(`eval: ${(e as Error).message}`);
      return 2;
    }
    if (loaded.length) {
      counts.push(`${path.basename(dir)}: ${loaded.length}`);
      perCorpus.push({ name: path.basename(dir), entries: loaded });
    }
    entries.push(...loaded);
  }
  if (entries.length === 0) {
    io.log("eval: no *.expected.json files found in " + dirs.join(", "));
    return 0;
  }

  const scores = evaluateCorpus(entries, extract);
  const summary = summarise(scores);
  if (args.verbose) {
    io.log("Misses per article (FN = expected but not extracted, FP = extracted but not expected):");
    for (const l of formatMisses(scores)) io.log(l);
    io.log("");
  }
  io.log(
    `Extraction eval over ${summary.articles} articles (${counts.join(", ")}), ` +
      `micro-averaged; extractor errors: ${summary.errors}`,
  );
  for (const l of formatSummary(summary)) io.log(l);
  const sieveLines = formatSieves(scores);
  if (sieveLines.length) {
    io.log("");
    io.log("speaker attribution, per sieve (labelled quotes it attributed, and with the right speaker):");
    for (const l of sieveLines) io.log(l);
  }
  if (perCorpus.length > 0) {
    io.log("");
    for (const l of CORPUS_TABLE_HEADER) io.log(l);
    for (const corpus of perCorpus) {
      io.log(formatCorpusRow(`${corpus.name} (${corpus.entries.length})`, summarise(evaluateCorpus(corpus.entries, extract))));
    }
  }
  if (perCorpus.length > 1) {
    // Corpora differ in what they say: training samples versus texts the rules were never tuned on.
    io.log("");
    io.log(`per corpus, precision/recall: ${CATEGORIES.join(" | ")}`);
    for (const corpus of perCorpus) {
      const s = summarise(evaluateCorpus(corpus.entries, extract));
      const cells = CATEGORIES.map((cat) => `${pct(s.categories[cat].precision)}/${pct(s.categories[cat].recall)}`);
      io.log(`${pad(`${corpus.name} (${corpus.entries.length})`, 16)}${cells.join(" | ")}${s.errors ? ` | errors: ${s.errors}` : ""}`);
    }
  }
  if (!skipped.has("figure-sentences")) for (const l of figureReport(findProjectRoot(__dirname), perCorpus, extract, args.verbose)) io.log(l);

  if (args.min !== null) {
    const failing = belowThreshold(summary, args.min);
    if (failing.length) {
      io.log(`below --min ${args.min}: ${failing.join("; ")}`);
      return 1;
    }
    io.log(`all categories at or above --min ${args.min}`);
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = main();
}
