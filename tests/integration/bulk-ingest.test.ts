import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { type BulkItem, bulkIngest } from "../../src/ingestion/bulk-ingest";
import { sampleFiles } from "../../src/ingestion/load-samples";
import { startTestApp, type TestApp } from "../helpers/test-app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("bulk ingest", () => {
  it("ingests a batch, reports each failure by name without stopping, and counts what was already present", async () => {
    const samples = sampleFiles(path.join(PROJECT_ROOT, "samples")).slice(0, 6);
    const items: BulkItem[] = samples.map((s) => ({ name: s.file, raw: fs.readFileSync(s.file, "utf8"), fetchedAt: s.fetchedAt ?? undefined }));
    items.splice(2, 0, { name: "broken.txt", raw: "\u0000\u0001binary" });
    items.push({ ...items[0], name: "duplicate.txt" });
    const failures: string[] = [];
    const summary = await bulkIngest(items, {
      ingest: app.services.ingest,
      maxRawBytes: app.config.maxRawBytes,
      workers: 0,
      writeConcurrency: 3,
      onResult: (item, outcome, reason) => outcome === "failed" && failures.push(`${item.name}: ${reason}`),
    });
    expect(summary).toMatchObject({ ingested: 6, alreadyPresent: 1, failed: 1 });
    expect(failures).toEqual([expect.stringMatching(/^broken\.txt: raw: /)]);
    const [{ n }] = await app.services.dataSource.query(`SELECT count(*)::int AS n FROM article`);
    expect(n).toBe(6);
  });
});
