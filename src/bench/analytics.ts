import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Pool } from "pg";
import { PROJECT_ROOT } from "../config";
import { createContext } from "../context";
import { countStatements } from "../database/request-context";
import type { AppServer } from "../server";
import type { Services } from "../services";
import type { BenchParams } from "./operations";

interface AnalyticsCase {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface AnalyticsResult {
  name: string;
  medianMs: number;
  p90Ms: number;
  statements: number;
  /** Timed runs (fewer than RUNS when they would outlast CASE_BUDGET_MS). */
  runs: number;
  /** The error code of a run that failed (e.g. STATEMENT_TIMEOUT), in place of timings. */
  error?: string;
}

const RUNS = 21;
const WARM_UP = 3;
/** A slow case (a broad filter on 1,000,000 articles) stops after this long, with at least MIN_RUNS timed runs. */
const CASE_BUDGET_MS = 20_000;
const MIN_RUNS = 3;

/** The analytics operations of the suite: the issue's four, plus the broad filters they are compared with. */
function cases(p: BenchParams, actorId: string): AnalyticsCase[] {
  const op1 = { country: p.country, topic: p.topic, from: p.from, to: p.to };
  const facets = `facets { countries { country { code } count } topics { topic { slug } count } sources { source count } actors { actor { name } count } }`;
  return [
    // Not analytics: the existing totalCount of operation 1, so numbers from a loaded machine can be scaled.
    { name: "A0. baseline: totalCount of the operation-1 filter", query: `query ($f: ArticleFilter) { articles(filter: $f, first: 0) { totalCount } }`, variables: { f: op1 } },
    { name: "A1. facets (4) for the operation-1 filter", query: `query ($f: ArticleFilter) { articles(filter: $f, first: 0) { ${facets} } }`, variables: { f: op1 } },
    { name: "A1b. facets (4), the same filter + uniqueStories", query: `query ($f: ArticleFilter) { articles(filter: $f, first: 0) { ${facets} } }`, variables: { f: { ...op1, uniqueStories: true } } },
    { name: "A1c. facets (4), no filter (broad)", query: `query { articles(first: 0) { ${facets} } }`, variables: {} },
    { name: `A1d. facets (4), busiest country ${p.country} alone (broad)`, query: `query ($f: ArticleFilter) { articles(filter: $f, first: 0) { ${facets} } }`, variables: { f: { country: p.country } } },
    {
      name: `A2. daily histogram of ${p.deepCountry}'s articles, three years`,
      query: `query ($f: ArticleFilter) { articles(filter: $f, first: 0) { histogram(interval: DAY) { start count } } }`,
      variables: { f: { country: p.deepCountry } },
    },
    {
      name: `A2b. daily histogram of ${p.country}'s articles (busiest), three years`,
      query: `query ($f: ArticleFilter) { articles(filter: $f, first: 0) { histogram(interval: DAY) { start count } } }`,
      variables: { f: { country: p.country } },
    },
    {
      name: `A3. monthly figureSeries { unit: "casualties", country: ${p.deepCountry} }`,
      query: `query ($f: FigureFilter!) { figureSeries(filter: $f, interval: MONTH) { start count min max median latest { value text } } }`,
      variables: { f: { unit: "casualties", country: p.deepCountry } },
    },
    {
      name: `A3b. monthly figureSeries { unit: "drones", country: ${p.deepCountry} }`,
      query: `query ($f: FigureFilter!) { figureSeries(filter: $f, interval: MONTH) { start count min max median latest { value text } } }`,
      variables: { f: { unit: "drones", country: p.deepCountry } },
    },
    {
      name: `A3c. monthly figureSeries { unit: "USD" } (broad)`,
      query: `query ($f: FigureFilter!) { figureSeries(filter: $f, interval: MONTH) { start count min max median latest { value text } } }`,
      variables: { f: { unit: "USD" } },
    },
    {
      name: "A4. coMentioned(first: 10) for the busiest actor",
      query: `query ($id: ID!) { actor(id: $id) { coMentioned(first: 10) { actor { name } count } } }`,
      variables: { id: actorId },
    },
    {
      name: `A4b. coMentioned(first: 10, filter: { country: ${p.deepCountry}, from, to }) for the busiest actor`,
      query: `query ($id: ID!, $f: ArticleFilter) { actor(id: $id) { coMentioned(first: 10, filter: $f) { actor { name } count } } }`,
      variables: { id: actorId, f: { country: p.deepCountry, from: p.from, to: p.to } },
    },
  ];
}

/**
 * Times each analytics operation in-process (GraphQL layer included, no HTTP), one request at a time: median and
 * p90 of RUNS after WARM_UP; writes bench-results/analytics.{json,md} and returns the rows.
 */
export async function runAnalyticsBench(services: Services, server: AppServer, pool: Pool, params: BenchParams): Promise<AnalyticsResult[]> {
  const [{ articles }] = (await pool.query(`SELECT count(*)::int AS articles FROM article`)).rows;
  const results: AnalyticsResult[] = [];
  for (const c of cases(params, params.actorId)) {
    const times: number[] = [];
    let statements = 0;
    let error: string | undefined;
    const started = Date.now();
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const t0 = process.hrtime.bigint();
      const { result, statements: n } = await countStatements(() =>
        server.apollo.executeOperation({ query: c.query, variables: c.variables }, { contextValue: createContext(services, null, "bench") }),
      );
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (result.body.kind !== "single") throw new Error(`${c.name}: incremental result`);
      const errors = result.body.singleResult.errors;
      if (errors) {
        // A broad case may outlast STATEMENT_TIMEOUT_MS: that is its result, and the suite goes on.
        error = String(errors[0].extensions?.reason ?? errors[0].extensions?.code ?? errors[0].message);
        break;
      }
      if (run >= WARM_UP || ms > CASE_BUDGET_MS / (MIN_RUNS + 1)) times.push(ms);
      statements = n;
      if (times.length >= MIN_RUNS && Date.now() - started > CASE_BUDGET_MS) break;
    }
    times.sort((a, b) => a - b);
    const row: AnalyticsResult = error
      ? { name: c.name, medianMs: NaN, p90Ms: NaN, statements, runs: times.length, error }
      : { name: c.name, medianMs: round(times[times.length >> 1]), p90Ms: round(times[Math.floor(times.length * 0.9)]), statements, runs: times.length };
    results.push(row);
    process.stdout.write(
      `${row.name.padEnd(80)} ${error ? `failed: ${error}` : `median ${String(row.medianMs).padStart(7)} ms  p90 ${String(row.p90Ms).padStart(7)} ms  ${statements} statements  ${row.runs} runs`}\n`,
    );
  }
  const dir = path.join(PROJECT_ROOT, "bench-results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "analytics.json"), `${JSON.stringify({ date: new Date().toISOString(), articles, params, results }, null, 2)}\n`);
  const md = [
    `Analytics on ${articles} articles, in-process (GraphQL included, no HTTP), one request at a time, ${RUNS} runs after ${WARM_UP} warm-ups ` +
      `(fewer, at least ${MIN_RUNS}, when a case would outlast ${CASE_BUDGET_MS / 1000} s; then a warm-up over ${CASE_BUDGET_MS / (MIN_RUNS + 1) / 1000} s counts as a run); load average ${os.loadavg().map((l) => l.toFixed(1)).join(", ")} at the end:`,
    "",
    "| operation | median ms | p90 ms | SQL statements | runs |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...results.map((r) => (r.error ? `| ${r.name} | ${r.error} | | ${r.statements} | ${r.runs} |` : `| ${r.name} | ${r.medianMs} | ${r.p90Ms} | ${r.statements} | ${r.runs} |`)),
    "",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "analytics.md"), md);
  return results;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
