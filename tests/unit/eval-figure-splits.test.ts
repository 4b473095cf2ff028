/**
 * The figure-sentence splits of `npm run eval`: which batch belongs to which split, and that misses are
 * printed for tuned splits only, never for held-out ones.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { figureReport, loadSentenceSplits, sentenceSplitOf } from "../../src/cli/eval-figures";

const sentence = (id: string) => ({ id, text: `The council hired 40 nurses and ${id} more.`, figures: [{ text: "40", value: 40, kind: "COUNT", unit: "nurses" }, { text: "9", value: 9, kind: "COUNT", unit: "doctors" }] });

describe("figure-sentence splits", () => {
  it("puts 01-04, 08-09 and 14-16 in tune, 05-06 held out, 07 later, 10-13 in the second held-out split and 17 on in the third", () => {
    expect([1, 4, 8, 9, 14, 15, 16].map(sentenceSplitOf)).toEqual(Array(7).fill("tune (01-04, 08-09, 14-16)"));
    expect([5, 6].map(sentenceSplitOf)).toEqual(["held-out (05-06)", "held-out (05-06)"]);
    expect(sentenceSplitOf(7)).toBe("later (07)");
    expect([10, 11, 12, 13].map(sentenceSplitOf)).toEqual(Array(4).fill("held-out-2 (10-13)"));
    expect([17, 18, 27].map(sentenceSplitOf)).toEqual(Array(3).fill("held-out-3 (17+)"));
  });

  it("loads each batch into its split and prints misses only for splits that are not held out", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "figure-splits-"));
    const dir = path.join(root, "eval", "figure-sentences");
    fs.mkdirSync(dir, { recursive: true });
    for (const [n, id] of [["01", "t1"], ["05", "h1"], ["08", "t2"], ["12", "h2"], ["13", "h3"], ["14", "t3"], ["17", "h4"]]) fs.writeFileSync(path.join(dir, `batch-${n}.json`), JSON.stringify([sentence(id)]));
    const splits = loadSentenceSplits(dir);
    expect(splits.map((s) => [s.name, s.sentences.map((x) => x.id)])).toEqual([
      ["tune (01-04, 08-09, 14-16)", ["t1", "t2", "t3"]],
      ["held-out (05-06)", ["h1"]],
      ["held-out-2 (10-13)", ["h2", "h3"]],
      ["held-out-3 (17+)", ["h4"]],
    ]);
    const lines = figureReport(root, [], () => ({ figures: [] }), true);
    // The doctors figure ("9") has no number in the text: a miss in every split, printed for the tuned one only.
    expect(lines.filter((l) => /^\s+t[123] FN/.test(l))).toHaveLength(3);
    expect(lines.filter((l) => /^\s+h[1234] /.test(l))).toEqual([]);
    expect(lines.some((l) => l.startsWith("held-out-2 (10-13)")) && lines.some((l) => l.startsWith("held-out-3 (17+)"))).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
