import fs from "node:fs";
import path from "node:path";
import type { IngestService } from "./ingest.service";

/** The sample articles' files, with the fetch time each one's expected-output file names. */
export function sampleFiles(dir: string): Array<{ file: string; fetchedAt: Date | null }> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const expected = path.join(dir, name.replace(/\.txt$/, ".expected.json"));
      let fetchedAt: Date | null = null;
      if (fs.existsSync(expected)) {
        const at = JSON.parse(fs.readFileSync(expected, "utf8"))?.input?.fetchedAt;
        if (typeof at === "string") fetchedAt = new Date(at);
      }
      return { file: path.join(dir, name), fetchedAt };
    });
}

/** Ingests every sample article; returns how many were new. */
export async function loadSamples(ingest: IngestService, dir: string, maxRawBytes: number): Promise<number> {
  let created = 0;
  for (const sample of sampleFiles(dir)) {
    const result = await ingest.ingest({ raw: fs.readFileSync(sample.file, "utf8"), fetchedAt: sample.fetchedAt }, maxRawBytes);
    if (result.created) created++;
  }
  return created;
}
