import fs from "node:fs";
import path from "node:path";
import { RegExpParser } from "@eslint-community/regexpp";
import { analyse } from "scslre";
import ts from "typescript";
import { PROJECT_ROOT } from "../../src/config";

/** Folders whose regular expressions must not backtrack super-linearly (extract/* is held by its own benchmark). */
const CHECKED = ["src/ingestion/parse", "src/ingestion/text", "src/http", "src/services", "src/resolvers", "src/database", "src/context.ts", "src/config.ts"];

function files(entry: string): string[] {
  const full = path.join(PROJECT_ROOT, entry);
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => path.join(full, f));
}

/** Every regular expression literal, and every `new RegExp("…", "…")` with literal arguments, in a source file. */
function regexesIn(file: string): Array<{ line: number; literal: string }> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const found: Array<{ line: number; literal: string }> = [];
  const visit = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ line, literal: node.getText() });
    if (ts.isNewExpression(node) && node.expression.getText() === "RegExp" && node.arguments?.[0] && ts.isStringLiteral(node.arguments[0])) {
      const flags = node.arguments[1] && ts.isStringLiteral(node.arguments[1]) ? node.arguments[1].text : "";
      found.push({ line, literal: `/${node.arguments[0].text.replace(/\//g, "\\/")}/${flags}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("regular expressions", () => {
  it("finds the regexes it checks", () => {
    const all = CHECKED.flatMap(files).flatMap(regexesIn);
    expect(all.length).toBeGreaterThan(30);
  });

  it("have no super-linear backtracking within one match (scslre) in parse, text, http, services and resolvers", () => {
    const parser = new RegExpParser();
    const bad: string[] = [];
    for (const file of CHECKED.flatMap(files)) {
      for (const { line, literal } of regexesIn(file)) {
        const reports = analyse(parser.parseLiteral(literal)).reports.filter((r) => r.type !== "Move");
        for (const r of reports) bad.push(`${path.relative(PROJECT_ROOT, file)}:${line} ${literal.slice(0, 80)} (${r.type}: ${r.exponential ? "exponential" : "polynomial"})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("catches the backtracking HTML check issue 9 found", () => {
    const reports = analyse(new RegExpParser().parseLiteral(String.raw`/<\s*\/?\s*(?:p|div)\b[^<>]*>/i`)).reports;
    expect(reports.map((r) => r.type)).toContain("Trade");
  });
});
