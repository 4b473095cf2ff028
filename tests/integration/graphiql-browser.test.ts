import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { loadSamples } from "../../src/ingestion/load-samples";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { removeTempDir } from "../helpers/processes";

/** The offline explorer in a real browser: Debian's headless Chromium, driven by playwright-core, on a fresh profile folder (its --user-data-dir). */
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && fs.existsSync(p));
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

if (!CHROMIUM && !process.env.CI) {
  console.warn("graphiql-browser.test.ts skipped: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH); CI runs it");
}
const maybe = CHROMIUM || process.env.CI ? describe : describe.skip;

let app: TestApp;
let base: string;

maybe("GraphiQL at /graphiql, bundled with the server", () => {
  beforeAll(async () => {
    if (!CHROMIUM) throw new Error("CI is set but no Chromium was found: .ci/run installs Debian's chromium package");
    app = await startTestApp({ SANDBOX: "true" });
    await loadSamples(app.services.ingest, app.config.samplesDir, app.config.maxRawBytes);
    base = await app.url();
  }, 300_000);
  afterAll(() => app?.close());

  it("loads from this server alone, runs the first example operation and shows its result", async () => {
    const expected = (await app.gql("{ articles(first: 5) { totalCount nodes { title } } }")).data.articles;
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-chromium-"));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 120_000 });
    const requests: string[] = [];
    const problems: string[] = [];
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on("request", (request) => requests.push(request.url()));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(String(error)));
      await page.goto(`${base}/graphiql`, { waitUntil: "load", timeout: 120_000 });
      const editor = page.locator(".graphiql-query-editor .CodeMirror").first();
      await editor.waitFor({ timeout: 120_000 });
      expect(await editor.innerText()).toContain("query LatestArticles");
      await page.locator(".graphiql-execute-button").click();
      const result = page.locator(".result-window");
      await result.getByText(`"totalCount": ${expected.totalCount}`).waitFor({ timeout: 60_000 });
      const shown = await result.innerText();
      expect(shown).toContain(expected.nodes[0].title);
      expect(shown).not.toContain('"errors"');
      // Every tab holds one example operation.
      expect(await page.locator(".graphiql-tab").count()).toBeGreaterThanOrEqual(7);
      console.log(`graphiql browser test: ${requests.length} requests (${requests.map((u) => new URL(u).pathname).join(", ")}), result pane starts ${JSON.stringify(shown.replace(/\s+/g, " ").slice(0, 120))}`);
    } finally {
      await context.close();
      removeTempDir(profile);
    }
    const origin = new URL(base).origin;
    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"));
    expect(elsewhere).toEqual([]);
    expect(requests).toEqual(expect.arrayContaining([`${origin}/graphiql`, `${origin}/graphiql/assets/graphiql.js`, `${origin}/graphql`]));
    expect(problems).toEqual([]);
  }, 240_000);

  it("the Sandbox page (Apollo's CDN) tells an offline browser to use /graphiql", async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    const html = await res.text();
    expect(html).toMatch(/Apollo Sandbox cannot be loaded; it appears that you might be offline\. <a href="\/graphiql">Open GraphiQL<\/a>/);
  });
});
