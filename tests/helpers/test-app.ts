import type { GraphQLFormattedError } from "graphql";
import { loadConfig, type Config } from "../../src/config";
import { createContext } from "../../src/context";
import { countStatements } from "../../src/database/request-context";
import { createLogger } from "../../src/logger";
import { type AppServer, createServer } from "../../src/server";
import { createServices, type Services } from "../../src/services";
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
  close(): Promise<void>;
}

/** A server over a database of its own, as the production bootstrap builds it. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: "test", API_KEYS: TEST_KEY, PORT: "0", HOST: "127.0.0.1", ...env });
  const services = await createServices(config, db.dataSource);
  const server = await createServer(config, services, createLogger("silent"));
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
    async close() {
      await server.stop();
      await db.drop();
    },
  };
}
