// PostGraphile v5 (amber preset + connection-filter), production mode, for the side-by-side run of issue 11.
// Usage: NODE_ENV=production DATABASE_URL=... PORT=4450 node server.mjs
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import pg from "pg";

// PGL_LOG_SQL=1 prints each statement PostgreSQL receives (to see the SQL PostGraphile plans), once per text.
// Tuned: custom plans for every execution (PGL_GENERIC_PLANS=1 keeps PostgreSQL's default, which turns PostGraphile's
// prepared statements into generic plans after five runs).
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PGL_POOL_SIZE ?? 10),
  ...(process.env.PGL_GENERIC_PLANS ? {} : { options: "-c plan_cache_mode=force_custom_plan" }),
});
if (process.env.PGL_LOG_SQL) {
  const seen = new Set();
  pool.on("connect", (client) => {
    const query = client.query.bind(client);
    client.query = (config, ...rest) => {
      const text = typeof config === "string" ? config : config?.text;
      if (text && !seen.has(text)) { seen.add(text); console.log("SQL>", text, JSON.stringify(config?.values ?? rest[0] ?? null)); }
      return query(config, ...rest);
    };
  });
}

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ pool, schemas: [process.env.PGL_SCHEMA ?? "public"] })],
  schema: { connectionFilterRelations: true, connectionFilterAllowedOperators: undefined, pgForbidSetofFunctionsToReturnNull: true },
  grafast: { explain: false },
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false, maxRequestLength: 100000 },
  disablePlugins: ["NodePlugin", "PgIndexBehaviorsPlugin"],
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (e) => { console.error(e); process.exit(1); });
serv.addTo(server).then(() => {
  server.listen(Number(process.env.PORT ?? 4450), "127.0.0.1", () => console.log(`pgl ready ${server.address().port}`));
});
