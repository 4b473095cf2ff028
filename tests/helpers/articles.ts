import type { ExtractedArticle } from "../../src/ingestion/types";

let counter = 0;

/** A hand-made extracted article (what the pipeline would produce) for saving through IngestService. */
export function makeArticle(overrides: Partial<ExtractedArticle> & { publishedAt: Date }): ExtractedArticle {
  counter += 1;
  const title = overrides.title ?? `Test article ${counter}`;
  const body = overrides.body ?? `Body of ${title}. Officials met on day ${counter} to discuss 40 drones.`;
  return {
    title,
    source: "example.com",
    body,
    countries: [],
    topics: [],
    actors: [],
    quotes: [],
    figures: [],
    ...overrides,
  };
}
