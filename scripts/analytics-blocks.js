// Usage: DATABASE_URL=… node scripts/analytics-blocks.js <checkout root, built> ; waits 11 s before each reading (a backend flushes its counts at most once a second, else after 10 s idle); runs A0, A1, A1b, A1c, A1d, A3b and A4b 5 times each after a warm-up and prints shared blocks (hit + read) per request from pg_stat_database.
const root = process.argv[2];
require(root + "/node_modules/reflect-metadata");
const { loadConfig } = require(root + "/dist/src/config");
const { openDatabase } = require(root + "/dist/src/database/connect");
const { createLogger } = require(root + "/dist/src/logger");
const { createServices } = require(root + "/dist/src/services");
const { createServer } = require(root + "/dist/src/server");
const { createContext } = require(root + "/dist/src/context");
const { Client } = require(root + "/node_modules/pg");
(async () => {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger("silent"));
  const services = await createServices(config, db.dataSource);
  const server = await createServer(config, services, createLogger("silent"));
  const stats = new Client({ connectionString: process.env.DATABASE_URL }); await stats.connect();
  const blocks = async () => { await new Promise((r) => setTimeout(r, 11000)); await stats.query("SELECT pg_stat_clear_snapshot()"); return Number((await stats.query("SELECT blks_hit + blks_read AS b FROM pg_stat_database WHERE datname = current_database()")).rows[0].b); };
  const facets = `facets { countries { country { code } count } topics { topic { slug } count } sources { source count } actors { actor { name } count } }`;
  const op1 = { country: "US", topic: "education", from: "2025-07-01T23:59:59.999Z", to: "2025-12-30T23:59:59.999Z" };
  const list = (selection) => `query ($f: ArticleFilter) { articles(filter: $f, first: 0) { ${selection} } }`;
  const series = `query ($f: FigureFilter!) { figureSeries(filter: $f, interval: MONTH) { start count min max median latest { value text } } }`;
  const [{ actor }] = (await stats.query("SELECT actor_id::text AS actor FROM article_actor GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")).rows;
  const coMentioned = `query ($id: ID!, $f: ArticleFilter) { actor(id: $id) { coMentioned(first: 10, filter: $f) { actor { name } count } } }`;
  const cases = [
    ["A0 totalCount, op-1 filter", list("totalCount"), { f: op1 }],
    ["A1 facets, op-1 filter", list(facets), { f: op1 }],
    ["A1b facets, op-1 filter + uniqueStories", list(facets), { f: { ...op1, uniqueStories: true } }],
    ["A1c facets, no filter", list(facets), { f: {} }],
    ["A1d facets, US", list(facets), { f: { country: "US" } }],
    ["A3b figureSeries drones RU", series, { f: { unit: "drones", country: "RU" } }],
    ["A4b coMentioned, RU + op-1 dates", coMentioned, { id: actor, f: { country: "RU", from: op1.from, to: op1.to } }],
  ];
  for (const [name, q, variables] of cases) {
    await server.apollo.executeOperation({ query: q, variables }, { contextValue: createContext(services, null, "bench") });
    const b0 = await blocks();
    for (let i = 0; i < 5; i++) {
      const r = await server.apollo.executeOperation({ query: q, variables }, { contextValue: createContext(services, null, "bench") });
      if (r.body.singleResult.errors) throw new Error(JSON.stringify(r.body.singleResult.errors));
    }
    const b1 = await blocks();
    console.log(`${name}: ${Math.round((b1 - b0) / 5)} shared blocks per request`);
  }
  await stats.end(); await server.stop(); await db.close(); process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
