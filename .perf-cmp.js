const { OPERATIONS, chooseParams } = require("/work/wt/perf/dist/src/bench/operations.js");
const { Pool } = require("pg");
(async () => {
  const pool = new Pool({ connectionString: "postgres://postgres@127.0.0.1:5432/perf_bench" });
  const p = await chooseParams(pool);
  for (const op of OPERATIONS) {
    const body = JSON.stringify({ query: op.query, variables: op.variables(p, op.pageSize) });
    const r = await Promise.all([41401, 41402].map((port) => fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body }).then(async (r) => ({ h: Object.fromEntries(r.headers), t: await r.text() }))));
    console.log(op.name.slice(0, 30), r[0].t === r[1].t ? "SAME" : "DIFF", r[0].h["x-sql-statements"], r[1].h["x-sql-statements"], r[0].t.length, r[1].t.length);
    if (r[0].t !== r[1].t) { console.log(r[0].t.slice(0, 600)); console.log(r[1].t.slice(0, 600)); }
    console.log(JSON.stringify(r[0].h)); console.log(JSON.stringify(r[1].h));
  }
  await pool.end();
})();
