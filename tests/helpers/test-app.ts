import fs from "node:fs";
import path from "node:path";
import type { GraphQLFormattedError } from "graphql";
import { loadConfig, PROJECT_ROOT, type Config } from "../../src/config";
import { createContext } from "../../src/context";
import { countStatements } from "../../src/database/request-context";
import { createLogger, type Logger } from "../../src/logger";
import { type AppServer, createServer } from "../../src/server";
import { closeServices, createServices, type Services } from "../../src/services";
import { createTestDatabase, type TestDatabase } from "./test-db";

export const TEST_KEY = "test-write-key";

export interface GqlResult<T = any> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
  /** SQL statements the operation sent. */
  statements: number;
}

export interface TestApp {
  db: TestDatabase;
  config: Config;
  services: Services;
  server: AppServer;
  /** Runs an operation through the whole GraphQL layer (server.executeOperation) with a fresh context. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { key?: string | null }): Promise<GqlResult<T>>;
  /** Ingests raw text with the test key; fails the test on any GraphQL error. */
  ingest(raw: string, options?: { url?: string; fetchedAt?: string }): Promise<{ id: string; created: boolean }>;
  /** Starts listening on a free port (once) and returns the base URL, e.g. http://127.0.0.1:40123. */
  url(): Promise<string>;
  close(): Promise<void>;
}

const SAMPLE_ARTICLE = fs.readFileSync(path.join(PROJECT_ROOT, "samples", "10-kyiv-drone-attack.txt"), "utf8");

/** A scraped page any reasonable parser accepts (a committed sample), made distinct by `tag` in its title and a paragraph. */
export function rawArticle(tag: string | number): string {
  const title = "Russia Launches 120 Drones at Kyiv in Overnight Attack";
  const opening = "Russia launched 120 drones";
  return SAMPLE_ARTICLE.replace(title, `${title}, Update ${tag}`).replace(opening, `The desk filed update ${tag} of this report on request.\n\n${opening}`);
}

/** A server over a database of its own, as the production bootstrap builds it. */
export async function startTestApp(env: Record<string, string> = {}, options: { statementTimeoutMs?: number; logger?: Logger } = {}): Promise<TestApp> {
  const db = await createTestDatabase({ statementTimeoutMs: options.statementTimeoutMs });
  const config = loadConfig({ NODE_ENV: "test", API_KEYS: TEST_KEY, PORT: "0", HOST: "127.0.0.1", ...env });
  const services = await createServices(config, db.dataSource);
  const server = await createServer(config, services, options.logger ?? createLogger("silent"));
  let listening: Promise<string> | undefined;
  const gql: TestApp["gql"] = async (query, variables, options = {}) => {
    const key = options.key === undefined ? TEST_KEY : options.key;
    const { result, statements } = await countStatements(() =>
      server.apollo.executeOperation({ query, variables }, { contextValue: createContext(services, key, "test") }),
    );
    if (result.body.kind !== "single") throw new Error("expected a single result");
    return { data: result.body.singleResult.data as any, errors: result.body.singleResult.errors, statements };
  };
  return {
    db,
    config,
    services,
    server,
    gql,
    async ingest(raw, options = {}) {
      const res = await gql(
        `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }`,
        { input: { raw, url: options.url, fetchedAt: options.fetchedAt ?? "2025-06-20T12:00:00Z" } },
      );
      if (res.errors) throw new Error(`ingest failed: ${JSON.stringify(res.errors)}`);
      return { id: res.data.ingestArticle.article.id, created: res.data.ingestArticle.created };
    },
    url() {
      listening ??= server.listen().then((port) => `http://127.0.0.1:${port}`);
      return listening;
    },
    async close() {
      await closeServices(services);
      await server.stop();
      await db.drop();
    },
  };
}
