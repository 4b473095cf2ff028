import { Client } from "pg";
import type { DataSource } from "typeorm";
import { loadConfig } from "../../src/config";
import { createDataSource } from "../../src/database/data-source";
import { createLogger } from "../../src/logger";
import { type AppServer, createServer } from "../../src/server";
import { closeServices, createServices, type Services } from "../../src/services";
import { type PgServer, startPrimaryAndReplica } from "../../src/bench/pg-cluster";
import { rawArticle } from "../helpers/test-app";

const KEY = "replica-write-key";
let cluster: Awaited<ReturnType<typeof startPrimaryAndReplica>>;
let dataSource: DataSource;
let services: Services;
let server: AppServer;
let base: string;

async function sql<T = any>(target: PgServer, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: target.url("newsgraph") });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function post(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query, variables }) });
  const body: any = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Calls of article list and lookup statements this server has run (pg_stat_statements, counted by each server itself). */
const articleReads = async (target: PgServer) =>
  Number((await sql(target, `SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_statements WHERE query LIKE '%FROM article a%' AND query NOT LIKE '%pg_stat_statements%'`))[0].n);
const replicaHealthy = () => services.replicas!.status()[0].healthy;

beforeAll(async () => {
  cluster = await startPrimaryAndReplica({ primary: 41610, replica: 41611 });
  const admin = new Client({ connectionString: cluster.primary.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE newsgraph`);
  await admin.end();
  await sql(cluster.primary, `CREATE EXTENSION pg_stat_statements`);
  dataSource = createDataSource(cluster.primary.url("newsgraph"), { poolSize: 4 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await until("the replica has the migrated schema", async () => (await sql(cluster.replica, `SELECT to_regclass('public.ingest_batch') IS NOT NULL AS ok`))[0].ok);
  const config = loadConfig({
    NODE_ENV: "test", API_KEYS: KEY, PORT: "0", HOST: "127.0.0.1",
    DATABASE_REPLICA_URLS: cluster.replica.url("newsgraph"), REPLICA_MAX_LAG_MS: "3000", REPLICA_CHECK_INTERVAL_MS: "200",
  });
  services = await createServices(config, dataSource);
  server = await createServer(config, services, createLogger("silent"));
  base = `http://127.0.0.1:${await server.listen()}`;
}, 180_000);

afterAll(async () => {
  if (services) await closeServices(services);
  await server?.stop();
  if (dataSource?.isInitialized) await dataSource.destroy();
  await cluster?.remove();
});

const INGEST = `mutation ($raw: String!) { ingestArticle(input: { raw: $raw, fetchedAt: "2025-06-20T12:00:00Z" }) { created article { id quotes { text } figures { value } } } }`;

describe("reads on a streaming replica made with pg_basebackup", () => {
  it("serves queries from the replica while the primary keeps the writes and a mutation's own reads", async () => {
    const first = (await post(INGEST, { raw: rawArticle("replica-1") })).ingestArticle;
    expect(first.created).toBe(true);
    await until("the replica has replayed the first article", async () => (await sql(cluster.replica, `SELECT count(*)::int AS n FROM article`))[0].n === 1);
    await until("the router finds the replica healthy", replicaHealthy);
    expect((await sql(cluster.replica, `SELECT pg_is_in_recovery() AS standby`))[0].standby).toBe(true);

    const [primaryBefore, replicaBefore] = [await articleReads(cluster.primary), await articleReads(cluster.replica)];
    for (let i = 0; i < 20; i++) {
      const data = await post(`{ articles(first: 5) { nodes { id title quotes { text } } } }`);
      expect(data.articles.nodes.map((n: any) => n.id)).toEqual([first.article.id]);
    }
    const [primaryAfter, replicaAfter] = [await articleReads(cluster.primary), await articleReads(cluster.replica)];
    process.stdout.write(`article reads during 20 queries: primary +${primaryAfter - primaryBefore}, replica +${replicaAfter - replicaBefore}\n`);
    expect(replicaAfter - replicaBefore).toBeGreaterThanOrEqual(20);
    expect(primaryAfter - primaryBefore).toBe(0);
    const sessions = await sql(cluster.replica, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'newsgraph-replica' AND datname = 'newsgraph'`);
    expect(sessions[0].n).toBeGreaterThan(0);
    const commits = async (target: PgServer) => Number((await sql(target, `SELECT xact_commit FROM pg_stat_database WHERE datname = 'newsgraph'`))[0].xact_commit);
    process.stdout.write(`pg_stat_database xact_commit for newsgraph: primary ${await commits(cluster.primary)}, replica ${await commits(cluster.replica)}\n`);

    // With replay paused the replica falls behind; the mutation's payload still shows its own quotes (read on the primary).
    await sql(cluster.replica, `SELECT pg_wal_replay_pause()`);
    const second = (await post(INGEST, { raw: rawArticle("replica-2") })).ingestArticle;
    expect(second.created).toBe(true);
    expect(second.article.quotes.length).toBeGreaterThan(0);
    expect((await sql(cluster.replica, `SELECT count(*)::int AS n FROM article`))[0].n).toBe(1);

    // Past REPLICA_MAX_LAG_MS the router skips it, and reads see the new article on the primary.
    await until("the router marks the lagging replica", () => !replicaHealthy());
    expect(services.replicas!.status()[0].lagMs).toBeGreaterThan(3000);
    const fromPrimary = await post(`query ($id: ID!) { article(id: $id) { id quotes { text } } }`, { id: second.article.id });
    expect(fromPrimary.article).toEqual({ id: second.article.id, quotes: second.article.quotes });

    await sql(cluster.replica, `SELECT pg_wal_replay_resume()`);
    await until("the replica has caught up and is used again", replicaHealthy);
    const replicaReads = await articleReads(cluster.replica);
    expect((await post(`{ articles { nodes { id } } }`)).articles.nodes).toHaveLength(2);
    expect(await articleReads(cluster.replica)).toBeGreaterThan(replicaReads);
  }, 120_000);

  it("skips a replica that is down, and uses it again once it is back", async () => {
    await cluster.replica.stop();
    // The first read may still pick it: that read is retried on the primary.
    for (let i = 0; i < 5; i++) expect((await post(`{ articles { totalCount } }`)).articles.totalCount).toBe(2);
    await until("the router marks the stopped replica", () => !replicaHealthy());
    expect((await post(`{ articles { totalCount } }`)).articles.totalCount).toBe(2);
    await cluster.replica.start();
    await until("the restarted replica is used again", replicaHealthy, 60_000);
    const before = await articleReads(cluster.replica);
    await post(`{ articles { nodes { id } } }`);
    expect(await articleReads(cluster.replica)).toBeGreaterThan(before);
  }, 120_000);
});
