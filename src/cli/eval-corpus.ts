/**
 * File access for the extraction evaluation: finding the project root and
 * loading a directory of `*.expected.json` labels with their raw articles.
 */
import * as fs from "fs";
import * as path from "path";
import type { ExpectedFile } from "./eval-score";

export interface CorpusEntry {
  /** Name of the label file, e.g. "01-budget-vote.expected.json". */
  name: string;
  expectedPath: string;
  rawPath: string;
  expected: ExpectedFile;
  /** Raw article text, or null when the named .txt file does not exist. */
  raw: string | null;
  fetchedAt: Date;
}

/** Nearest directory at or above `from` that holds a package.json. */
export function findProjectRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(from);
    dir = parent;
  }
}

/**
 * Every `*.expected.json` in `dir` (sorted by name) with the raw text of the
 * file its `input.file` names, resolved relative to `dir`. A missing directory
 * yields an empty list; a label file that is not valid JSON throws with its name.
 */
export function loadCorpus(dir: string): CorpusEntry[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((name) => {
      const expectedPath = path.join(dir, name);
      let expected: ExpectedFile;
      try {
        expected = JSON.parse(fs.readFileSync(expectedPath, "utf8")) as ExpectedFile;
      } catch (e) {
        throw new Error(`${expectedPath}: ${(e as Error).message}`);
      }
      const file = expected?.input?.file ?? name.replace(/\.expected\.json$/, ".txt");
      const rawPath = path.join(dir, file);
      const raw = fs.existsSync(rawPath) ? fs.readFileSync(rawPath, "utf8") : null;
      const fetchedAt = new Date(expected?.input?.fetchedAt ?? NaN);
      return { name, expectedPath, rawPath, expected, raw, fetchedAt };
    });
}

/** The corpus directories `npm run eval` reads by default: samples/ and ../shared/fixtures. */
export function defaultCorpusDirs(root: string = findProjectRoot()): string[] {
  return [path.join(root, "samples"), ...evalDirs(root), path.resolve(root, "../shared/fixtures")];
}

/** The held-out corpora in eval/ (texts the extraction rules were not written against), by name. */
export function evalDirs(root: string = findProjectRoot()): string[] {
  const dir = path.join(root, "eval");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => path.join(dir, name));
}
