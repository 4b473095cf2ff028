/**
 * Pure scoring logic for the extraction evaluation (`npm run eval`).
 *
 * Everything here works on plain values: expected labels as written in
 * `samples/*.expected.json` and the output of `extractArticle`. No file or
 * console I/O happens in this module (see `eval-corpus.ts` and `eval.ts`).
 */

// ---------------------------------------------------------------------------
// Label format
// ---------------------------------------------------------------------------

export type ActorKindLabel = "PERSON" | "ORGANIZATION";

export interface ExpectedActor {
  name?: string;
  nameContains?: string;
  kind: ActorKindLabel;
  country?: string | null;
  titleContains?: string;
  aliasesInclude?: string[];
}

export interface ExpectedQuote {
  textStartsWith: string;
  speaker: string | null;
}

export interface ExpectedFigure {
  value: number;
  /** API.md's FigureKind; when absent, the kind the unit implies. */
  kind?: "MONEY" | "PERCENT" | "COUNT" | "MEASURE" | "DURATION" | "AGE";
  unit?: string;
  unitContains?: string;
  text?: string;
}

export interface ExpectedArticleFields {
  title?: string;
  source?: string;
  publishedDate?: string;
  bodyStartsWith?: string;
  bodyExcludes?: string[];
  countries?: string[];
  topicsInclude?: string[];
}

export interface ExpectedFile {
  about?: string;
  input: { file: string; fetchedAt: string };
  article: ExpectedArticleFields;
  actors?: ExpectedActor[];
  optionalActors?: ExpectedActor[];
  quotes?: ExpectedQuote[];
  optionalQuotes?: ExpectedQuote[];
  figures?: ExpectedFigure[];
  optionalFigures?: ExpectedFigure[];
  notQuotes?: string[];
  notFigures?: string[];
}

/** The subset of the extractor's output the scorer looks at. */
export interface ScoredActor {
  key: string;
  name: string;
  kind: ActorKindLabel;
  title?: string | null;
  country: string | null;
  aliases?: string[];
}
export interface ScoredQuote {
  text: string;
  speakerKey: string | null;
}
export interface ScoredFigure {
  value: number;
  unit: string;
  text: string;
}
export interface ScoredArticle {
  title: string;
  source: string;
  publishedAt: Date;
  body: string;
  countries: string[];
  topics: string[];
  actors: ScoredActor[];
  quotes: ScoredQuote[];
  figures: ScoredFigure[];
  /** The attribution sieve behind each quote, in the same order (null: no sieve decided). */
  quoteSieves?: Array<string | null>;
}

// ---------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type MissKind = "FN" | "FP";
export interface Miss {
  kind: MissKind;
  detail: string;
}

export interface CategoryResult extends Counts {
  misses: Miss[];
}

/**
 * quotes: found with the right speaker; quote-text: found at all (the speaker aside); people and org-country:
 * found with the right country; organisations: found by name.
 */
export const CATEGORIES = ["quotes", "figures", "countries", "people", "organisations", "quote-text", "org-country"] as const;
export type Category = (typeof CATEGORIES)[number];

/** How many attributions one sieve made on labelled quotes, and how many named the right speaker. */
export interface SieveCount {
  made: number;
  right: number;
}

export interface ArticleScore {
  file: string;
  categories: Record<Category, CategoryResult>;
  /** Per attribution sieve (when the extractor reports them). */
  sieves?: Record<string, SieveCount>;
  /** Informational checks on title/source/date/body/topics (not part of the five categories). */
  fieldChecks: { passed: number; total: number; failures: string[] };
  error?: string;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Precision, recall and F1 from counts. An empty denominator counts as perfect
 * (nothing extracted and nothing expected is not an error); F1 is 0 when both
 * precision and recall are 0.
 */
export function metrics(c: Counts): Metrics {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

// ---------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E\uFF02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u0060\u00B4]/g;

/**
 * Case-insensitive comparison form: curly and straight quote marks alike,
 * whitespace folded, trimmed. Diacritics are kept (only NFC-composed).
 */
export function normaliseText(s: string): string {
  return s
    .normalize("NFC")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** normaliseText plus removal of quote marks and spaces at either end. */
export function normaliseQuoteText(s: string): string {
  // A label may keep the comma that closes the quoted words ("It is a good step,"); the quote's text does not.
  return normaliseText(s).replace(/^["'\s]+/, "").replace(/["'\s,;:]+$/, "");
}

// ---------------------------------------------------------------------------
// Matchers
// ---------------------------------------------------------------------------

/** Names match case-insensitively when either contains the other. */
export function namesMatch(a: string, b: string): boolean {
  const x = normaliseText(a);
  const y = normaliseText(b);
  if (!x || !y) return false;
  return x.includes(y) || y.includes(x);
}

/** Does an extracted actor (name or alias) answer to the expected actor label? */
export function actorMatchesLabel(label: ExpectedActor, actor: ScoredActor): boolean {
  const names = [actor.name, ...(actor.aliases ?? [])];
  if (label.nameContains) {
    const needle = normaliseText(label.nameContains);
    return names.some((n) => normaliseText(n).includes(needle));
  }
  if (label.name) {
    if (namesMatch(label.name, actor.name)) return true;
    const want = normaliseText(label.name);
    return (actor.aliases ?? []).some((a) => normaliseText(a) === want);
  }
  return false;
}

/** Does an extracted speaker (actor or null) answer to an expected speaker name (or null)? */
export function speakerMatches(expected: string | null, actor: ScoredActor | null): boolean {
  if (expected === null || expected === undefined) return actor === null;
  if (!actor) return false;
  if (namesMatch(expected, actor.name)) return true;
  const want = normaliseText(expected);
  return (actor.aliases ?? []).some((a) => normaliseText(a) === want);
}

/** Extracted quote text begins with the expected opening words (after normalising). */
export function quoteTextMatches(expectedStart: string, extractedText: string): boolean {
  const want = normaliseQuoteText(expectedStart);
  if (!want) return false;
  return normaliseQuoteText(extractedText).startsWith(want);
}

export function valuesMatch(expected: number, actual: number): boolean {
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return false;
  if (expected === actual) return true;
  const scale = Math.max(Math.abs(expected), Math.abs(actual));
  return Math.abs(expected - actual) <= 1e-6 * scale;
}

function stripPlural(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Head noun of a counted-thing unit: its last word, singularised. */
export function headNoun(unit: string): string {
  const words = normaliseText(unit).split(/[\s-]+/).filter(Boolean);
  return stripPlural(words[words.length - 1] ?? "");
}

function isCodeUnit(unit: string): boolean {
  const u = unit.trim();
  return u === "%" || (/^[A-Za-z]{3}$/.test(u) && u === u.toUpperCase());
}

/**
 * Units match when equal ignoring case; for counted things also when either
 * contains the other's head noun ("artillery shells" vs "shells"). A label
 * with `unitContains` matches any extracted unit containing it.
 */
export function unitsMatch(label: { unit?: string; unitContains?: string }, actual: string): boolean {
  const got = normaliseText(actual);
  if (label.unitContains !== undefined) {
    return got.includes(normaliseText(label.unitContains));
  }
  if (label.unit === undefined) return true;
  const want = normaliseText(label.unit);
  if (want === got) return true;
  if (isCodeUnit(label.unit) || isCodeUnit(actual)) return false;
  const hw = headNoun(want);
  const hg = headNoun(got);
  if (!hw || !hg) return false;
  const singularWords = (s: string) => s.split(/[\s-]+/).map(stripPlural).join(" ");
  return singularWords(got).includes(hw) || singularWords(want).includes(hg);
}

export function figureMatches(label: ExpectedFigure, fig: ScoredFigure): boolean {
  return valuesMatch(label.value, fig.value) && unitsMatch(label, fig.unit);
}

// ---------------------------------------------------------------------------
// Generic one-to-one matching
// ---------------------------------------------------------------------------

/**
 * Greedy one-to-one matching in label order. Each pass is tried in turn, so a
 * stricter first pass (e.g. same text as written) wins over a looser one.
 * Returns for each label the index of its match, or -1.
 */
export function greedyMatch<L, X>(
  labels: L[],
  items: X[],
  passes: Array<(l: L, x: X) => boolean>,
  used: boolean[] = items.map(() => false),
): number[] {
  const result = labels.map(() => -1);
  for (const pass of passes) {
    labels.forEach((label, li) => {
      if (result[li] !== -1) return;
      const xi = items.findIndex((item, i) => !used[i] && pass(label, item));
      if (xi !== -1) {
        used[xi] = true;
        result[li] = xi;
      }
    });
  }
  return result;
}

function short(s: string, n = 70): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
}

// ---------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------

export function scoreQuotes(
  expected: ExpectedQuote[],
  optional: ExpectedQuote[],
  extracted: ScoredQuote[],
  actors: ScoredActor[],
  notQuotes: string[] = [],
): CategoryResult {
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const speakerOf = (q: ScoredQuote): ScoredActor | null =>
    q.speakerKey === null || q.speakerKey === undefined ? null : byKey.get(q.speakerKey) ?? null;
  const speakerName = (q: ScoredQuote): string => {
    if (q.speakerKey === null || q.speakerKey === undefined) return "null";
    return byKey.get(q.speakerKey)?.name ?? `?${q.speakerKey}`;
  };

  const used = extracted.map(() => false);
  const matched = greedyMatch(
    expected,
    extracted,
    [(l, q) => quoteTextMatches(l.textStartsWith, q.text) && speakerMatches(l.speaker, speakerOf(q))],
    used,
  );
  // Optional quotes absorb extracted quotes with their text, whatever the speaker.
  greedyMatch(optional, extracted, [(l, q) => quoteTextMatches(l.textStartsWith, q.text)], used);

  const misses: Miss[] = [];
  let tp = 0;
  let fn = 0;
  const fnLabels: ExpectedQuote[] = [];
  matched.forEach((m, i) => {
    if (m === -1) {
      fn++;
      fnLabels.push(expected[i]);
    } else tp++;
  });
  const fpIdx = extracted.map((_, i) => i).filter((i) => !used[i]);
  for (const l of fnLabels) {
    const sameText = fpIdx.find((i) => quoteTextMatches(l.textStartsWith, extracted[i].text));
    const note =
      sameText !== undefined ? ` (found with speaker ${speakerName(extracted[sameText])})` : " (not found)";
    misses.push({ kind: "FN", detail: `"${short(l.textStartsWith, 60)}" — ${l.speaker ?? "null"}${note}` });
  }
  for (const i of fpIdx) {
    const q = extracted[i];
    const scare = notQuotes.some((n) => normaliseQuoteText(q.text) === normaliseQuoteText(n));
    misses.push({
      kind: "FP",
      detail: `"${short(q.text, 60)}" — ${speakerName(q)}${scare ? " (labelled not-a-quote)" : ""}`,
    });
  }
  return { tp, fp: fpIdx.length, fn, misses };
}

function describeFigureLabel(l: ExpectedFigure): string {
  const unit = l.unit ?? (l.unitContains !== undefined ? `*${l.unitContains}*` : "?");
  return `${l.value} ${unit}${l.text ? ` ("${l.text}")` : ""}`;
}

export function scoreFigures(
  expected: ExpectedFigure[],
  optional: ExpectedFigure[],
  extracted: ScoredFigure[],
  notFigures: string[] = [],
): CategoryResult {
  const used = extracted.map(() => false);
  const sameText = (l: ExpectedFigure, f: ScoredFigure) =>
    l.text === undefined || normaliseText(l.text) === normaliseText(f.text);
  const matched = greedyMatch(
    expected,
    extracted,
    [(l, f) => figureMatches(l, f) && sameText(l, f), (l, f) => figureMatches(l, f)],
    used,
  );
  greedyMatch(optional, extracted, [(l, f) => figureMatches(l, f)], used);

  const misses: Miss[] = [];
  let tp = 0;
  let fn = 0;
  const fpIdx = extracted.map((_, i) => i).filter((i) => !used[i]);
  matched.forEach((m, i) => {
    if (m !== -1) {
      tp++;
      return;
    }
    fn++;
    const l = expected[i];
    const near = fpIdx.find(
      (j) =>
        valuesMatch(l.value, extracted[j].value) ||
        (l.text !== undefined && normaliseText(l.text) === normaliseText(extracted[j].text)),
    );
    const note =
      near !== undefined
        ? ` (found as ${extracted[near].value} "${extracted[near].unit}")`
        : " (not found)";
    misses.push({ kind: "FN", detail: describeFigureLabel(l) + note });
  });
  for (const j of fpIdx) {
    const f = extracted[j];
    const labelled = notFigures.some((n) => normaliseText(n) === normaliseText(f.text));
    misses.push({
      kind: "FP",
      detail: `${f.value} "${f.unit}" ("${short(f.text, 40)}")${labelled ? " (labelled not-a-figure)" : ""}`,
    });
  }
  return { tp, fp: fpIdx.length, fn, misses };
}

export function scoreCountries(expected: string[], extracted: string[]): CategoryResult {
  const want = new Set(expected.map((c) => c.toUpperCase()));
  const got = new Set(extracted.map((c) => c.toUpperCase()));
  const misses: Miss[] = [];
  let tp = 0;
  for (const c of [...want].sort()) {
    if (got.has(c)) tp++;
    else misses.push({ kind: "FN", detail: c });
  }
  for (const c of [...got].sort()) if (!want.has(c)) misses.push({ kind: "FP", detail: c });
  const fn = misses.filter((m) => m.kind === "FN").length;
  return { tp, fp: misses.length - fn, fn, misses };
}

function sameCountry(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? null)?.toUpperCase() === (b ?? null)?.toUpperCase() || (!a && !b);
}

function labelName(l: ExpectedActor): string {
  return l.name ?? `*${l.nameContains}*`;
}

/**
 * People: TP when an extracted PERSON matches the name and has the expected
 * country (null counts as a country value: both must be null).
 */
export function scorePeople(
  expected: ExpectedActor[],
  optional: ExpectedActor[],
  extracted: ScoredActor[],
): CategoryResult {
  const labels = expected.filter((a) => a.kind === "PERSON");
  const opt = optional.filter((a) => a.kind === "PERSON");
  const people = extracted.filter((a) => a.kind === "PERSON");
  const used = people.map(() => false);
  const matched = greedyMatch(
    labels,
    people,
    [
      (l, a) => l.name !== undefined && normaliseText(l.name) === normaliseText(a.name) && sameCountry(l.country, a.country),
      (l, a) => actorMatchesLabel(l, a) && sameCountry(l.country, a.country),
    ],
    used,
  );
  greedyMatch(opt, people, [(l, a) => actorMatchesLabel(l, a)], used);
  const fpIdx = people.map((_, i) => i).filter((i) => !used[i]);
  const misses: Miss[] = [];
  let tp = 0;
  let fn = 0;
  matched.forEach((m, i) => {
    if (m !== -1) {
      tp++;
      return;
    }
    fn++;
    const l = labels[i];
    const near = fpIdx.find((j) => actorMatchesLabel(l, people[j]));
    const note = near !== undefined ? ` (found with country ${people[near].country ?? "null"})` : " (not found)";
    misses.push({ kind: "FN", detail: `${labelName(l)} [${l.country ?? "null"}]${note}` });
  });
  for (const j of fpIdx) {
    const a = people[j];
    misses.push({ kind: "FP", detail: `${a.name} [${a.country ?? "null"}]` });
  }
  return { tp, fp: fpIdx.length, fn, misses };
}

/** Organisations: TP on a name match alone. */
export function scoreOrganisations(
  expected: ExpectedActor[],
  optional: ExpectedActor[],
  extracted: ScoredActor[],
): CategoryResult {
  const labels = expected.filter((a) => a.kind === "ORGANIZATION");
  const opt = optional.filter((a) => a.kind === "ORGANIZATION");
  const orgs = extracted.filter((a) => a.kind === "ORGANIZATION");
  const used = orgs.map(() => false);
  const matched = greedyMatch(
    labels,
    orgs,
    [
      (l, a) => l.name !== undefined && normaliseText(l.name) === normaliseText(a.name),
      (l, a) => actorMatchesLabel(l, a),
    ],
    used,
  );
  greedyMatch(opt, orgs, [(l, a) => actorMatchesLabel(l, a)], used);
  const fpIdx = orgs.map((_, i) => i).filter((i) => !used[i]);
  const misses: Miss[] = [];
  let tp = 0;
  let fn = 0;
  matched.forEach((m, i) => {
    if (m !== -1) tp++;
    else {
      fn++;
      misses.push({ kind: "FN", detail: labelName(labels[i]) });
    }
  });
  for (const j of fpIdx) misses.push({ kind: "FP", detail: orgs[j].name });
  return { tp, fp: fpIdx.length, fn, misses };
}

/** Quotes found at all, whoever the extractor says spoke them. */
export function scoreQuoteText(expected: ExpectedQuote[], optional: ExpectedQuote[], extracted: ScoredQuote[]): CategoryResult {
  const used = extracted.map(() => false);
  const matched = greedyMatch(expected, extracted, [(l, q) => quoteTextMatches(l.textStartsWith, q.text)], used);
  greedyMatch(optional, extracted, [(l, q) => quoteTextMatches(l.textStartsWith, q.text)], used);
  const misses: Miss[] = [];
  matched.forEach((m, i) => {
    if (m === -1) misses.push({ kind: "FN", detail: `"${short(expected[i].textStartsWith, 60)}"` });
  });
  const fpIdx = extracted.map((_, i) => i).filter((i) => !used[i]);
  for (const i of fpIdx) misses.push({ kind: "FP", detail: `"${short(extracted[i].text, 60)}"` });
  const fn = matched.filter((m) => m === -1).length;
  return { tp: matched.length - fn, fp: fpIdx.length, fn, misses };
}

/** Organisations found by name and with the expected country (null counts as a value). */
export function scoreOrganisationCountries(expected: ExpectedActor[], optional: ExpectedActor[], extracted: ScoredActor[]): CategoryResult {
  const labels = expected.filter((a) => a.kind === "ORGANIZATION");
  const opt = optional.filter((a) => a.kind === "ORGANIZATION");
  const orgs = extracted.filter((a) => a.kind === "ORGANIZATION");
  const used = orgs.map(() => false);
  const withCountry = (l: ExpectedActor, a: ScoredActor) => l.country === undefined || sameCountry(l.country, a.country);
  const matched = greedyMatch(
    labels,
    orgs,
    [
      (l, a) => l.name !== undefined && normaliseText(l.name) === normaliseText(a.name) && withCountry(l, a),
      (l, a) => actorMatchesLabel(l, a) && withCountry(l, a),
    ],
    used,
  );
  greedyMatch(opt, orgs, [(l, a) => actorMatchesLabel(l, a)], used);
  const fpIdx = orgs.map((_, i) => i).filter((i) => !used[i]);
  const misses: Miss[] = [];
  matched.forEach((m, i) => {
    if (m !== -1) return;
    const l = labels[i];
    const near = fpIdx.find((j) => actorMatchesLabel(l, orgs[j]));
    const note = near !== undefined ? ` (found with country ${orgs[near].country ?? "null"})` : " (not found)";
    misses.push({ kind: "FN", detail: `${labelName(l)} [${l.country ?? "null"}]${note}` });
  });
  for (const j of fpIdx) misses.push({ kind: "FP", detail: `${orgs[j].name} [${orgs[j].country ?? "null"}]` });
  const fn = matched.filter((m) => m === -1).length;
  return { tp: matched.length - fn, fp: fpIdx.length, fn, misses };
}

/** For each sieve, the labelled quotes it attributed and how many of those it gave the labelled speaker. */
export function scoreSieves(expected: ExpectedQuote[], got: ScoredArticle): Record<string, SieveCount> {
  const out: Record<string, SieveCount> = {};
  const sieves = got.quoteSieves;
  if (!sieves) return out;
  const byKey = new Map(got.actors.map((a) => [a.key, a]));
  const used = got.quotes.map(() => false);
  const matched = greedyMatch(expected, got.quotes, [(l, q) => quoteTextMatches(l.textStartsWith, q.text)], used);
  matched.forEach((qi, li) => {
    if (qi === -1) return;
    const name = sieves[qi] ?? "none";
    const q = got.quotes[qi];
    const speaker = q.speakerKey == null ? null : byKey.get(q.speakerKey) ?? null;
    const count = (out[name] = out[name] ?? { made: 0, right: 0 });
    count.made++;
    if (speakerMatches(expected[li].speaker, speaker)) count.right++;
  });
  return out;
}

/** Non-scored sanity checks on the article-level fields. */
export function checkArticleFields(
  expected: ExpectedArticleFields,
  got: ScoredArticle,
): { passed: number; total: number; failures: string[] } {
  const failures: string[] = [];
  let total = 0;
  const check = (ok: boolean, what: string) => {
    total++;
    if (!ok) failures.push(what);
  };
  if (expected.title !== undefined)
    check(normaliseText(got.title) === normaliseText(expected.title), `title: got "${short(got.title)}"`);
  if (expected.source !== undefined)
    check(normaliseText(got.source) === normaliseText(expected.source), `source: got "${got.source}"`);
  if (expected.publishedDate !== undefined) {
    const d = got.publishedAt instanceof Date && !isNaN(got.publishedAt.getTime())
      ? got.publishedAt.toISOString().slice(0, 10)
      : String(got.publishedAt);
    check(d === expected.publishedDate, `publishedDate: got ${d}, want ${expected.publishedDate}`);
  }
  if (expected.bodyStartsWith !== undefined)
    check(
      normaliseText(got.body).startsWith(normaliseText(expected.bodyStartsWith)),
      `body starts: got "${short(got.body, 50)}"`,
    );
  for (const ex of expected.bodyExcludes ?? [])
    check(!normaliseText(got.body).includes(normaliseText(ex)), `body contains "${ex}"`);
  for (const t of expected.topicsInclude ?? [])
    check(got.topics.includes(t), `topic ${t} missing (got ${got.topics.join(", ") || "none"})`);
  return { passed: total - failures.length, total, failures };
}

function emptyResult(): CategoryResult {
  return { tp: 0, fp: 0, fn: 0, misses: [] };
}

/** Score one article's extraction against its labels. */
export function scoreArticle(file: string, expected: ExpectedFile, got: ScoredArticle): ArticleScore {
  return {
    file,
    categories: {
      quotes: scoreQuotes(
        expected.quotes ?? [],
        expected.optionalQuotes ?? [],
        got.quotes,
        got.actors,
        expected.notQuotes ?? [],
      ),
      figures: scoreFigures(
        expected.figures ?? [],
        expected.optionalFigures ?? [],
        got.figures,
        expected.notFigures ?? [],
      ),
      countries: scoreCountries(expected.article.countries ?? [], got.countries),
      people: scorePeople(expected.actors ?? [], expected.optionalActors ?? [], got.actors),
      organisations: scoreOrganisations(expected.actors ?? [], expected.optionalActors ?? [], got.actors),
      "quote-text": scoreQuoteText(expected.quotes ?? [], expected.optionalQuotes ?? [], got.quotes),
      "org-country": scoreOrganisationCountries(expected.actors ?? [], expected.optionalActors ?? [], got.actors),
    },
    sieves: scoreSieves(expected.quotes ?? [], got),
    fieldChecks: checkArticleFields(expected.article, got),
  };
}

/** Score for an article the extractor failed on: everything expected is missed. */
export function scoreFailure(file: string, expected: ExpectedFile, error: string): ArticleScore {
  const fnAll = (n: number, what: string[]): CategoryResult => ({
    tp: 0,
    fp: 0,
    fn: n,
    misses: what.map((d) => ({ kind: "FN" as const, detail: d })),
  });
  const people = (expected.actors ?? []).filter((a) => a.kind === "PERSON");
  const orgs = (expected.actors ?? []).filter((a) => a.kind === "ORGANIZATION");
  const quotes = expected.quotes ?? [];
  const figures = expected.figures ?? [];
  const countries = expected.article.countries ?? [];
  return {
    file,
    error,
    categories: {
      quotes: fnAll(quotes.length, quotes.map((q) => `"${short(q.textStartsWith, 60)}"`)),
      figures: fnAll(figures.length, figures.map(describeFigureLabel)),
      countries: fnAll(countries.length, countries),
      people: fnAll(people.length, people.map(labelName)),
      organisations: fnAll(orgs.length, orgs.map(labelName)),
      "quote-text": fnAll(quotes.length, quotes.map((q) => `"${short(q.textStartsWith, 60)}"`)),
      "org-country": fnAll(orgs.length, orgs.map(labelName)),
    },
    fieldChecks: { passed: 0, total: 1, failures: [`extractor threw: ${error}`] },
  };
}

export interface CorpusSummary {
  articles: number;
  errors: number;
  categories: Record<Category, Metrics>;
  fieldChecks: { passed: number; total: number };
}

/** Micro-average: sum TP/FP/FN over all articles, then compute the metrics. */
export function summarise(scores: ArticleScore[]): CorpusSummary {
  const categories = {} as Record<Category, Metrics>;
  for (const cat of CATEGORIES) {
    const total = scores.reduce((acc, s) => addCounts(acc, s.categories[cat]), emptyCounts());
    categories[cat] = metrics(total);
  }
  return {
    articles: scores.length,
    errors: scores.filter((s) => s.error !== undefined).length,
    categories,
    fieldChecks: scores.reduce(
      (acc, s) => ({ passed: acc.passed + s.fieldChecks.passed, total: acc.total + s.fieldChecks.total }),
      { passed: 0, total: 0 },
    ),
  };
}

/** Categories whose precision, recall or F1 is below `min`. */
export function belowThreshold(summary: CorpusSummary, min: number): string[] {
  const out: string[] = [];
  for (const cat of CATEGORIES) {
    const m = summary.categories[cat];
    for (const k of ["precision", "recall", "f1"] as const) {
      if (m[k] < min) out.push(`${cat} ${k} ${m[k].toFixed(3)} < ${min}`);
    }
  }
  return out;
}

export interface EvalArgs {
  verbose: boolean;
  min: number | null;
  dirs: string[];
  /** Corpus folder names left out (`--skip holdout-9`), and the figure-sentence splits when "figure-sentences" is among them. */
  skip: string[];
}

/** Parse `--verbose`, `--min 0.95` / `--min=0.95`, `--skip a,b` and extra corpus directories. */
export function parseArgs(argv: string[]): EvalArgs {
  const args: EvalArgs = { verbose: false, min: null, dirs: [], skip: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--verbose" || a === "-v") args.verbose = true;
    else if (a === "--min" || a.startsWith("--min=")) {
      const raw = a === "--min" ? argv[++i] : a.slice("--min=".length);
      const n = Number(raw);
      if (raw === undefined || !Number.isFinite(n) || n < 0 || n > 1) {
        throw new Error(`--min needs a number between 0 and 1, got ${raw ?? "nothing"}`);
      }
      args.min = n;
    } else if (a === "--skip" || a.startsWith("--skip=")) {
      const raw = a === "--skip" ? argv[++i] : a.slice("--skip=".length);
      if (!raw) throw new Error("--skip needs corpus folder names, comma-separated (e.g. holdout-9,figure-sentences)");
      args.skip.push(...raw.split(",").map((x) => x.trim()).filter(Boolean));
    } else if (a.startsWith("-")) throw new Error(`unknown option ${a}`);
    else args.dirs.push(a);
  }
  return args;
}
