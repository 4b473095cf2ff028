import http from "node:http";
import { Pool } from "pg";
import { ReferenceData } from "../services/reference.service";
import { type BenchParams, OPERATIONS } from "./operations";

/**
 * The HTTP floor: the suite's hand-written SQL behind a bare node:http server, in a process of its own, so the
 * API is compared with the least a Node server needs to answer the same request. Started by `npm run bench`
 * with FLOOR_DATABASE_URL, FLOOR_PORT and FLOOR_PARAMS (BenchParams as JSON); POST /<operation index>.
 */
async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: Number(process.env.FLOOR_POOL_SIZE || 10) });
  const params: BenchParams = JSON.parse(process.env.FLOOR_PARAMS ?? "{}");
  const reference = await ReferenceData.load({ query: async (sql: string) => (await pool.query(sql)).rows } as never);
  const server = http.createServer((req, res) => {
    const op = OPERATIONS[Number((req.url ?? "/").slice(1))];
    req.resume();
    req.on("end", () => {
      if (!op) {
        res.writeHead(404).end();
        return;
      }
      op.floor(pool, params, reference).then(
        (result) => {
          const body = JSON.stringify({ data: result });
          res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) }).end(body);
        },
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  server.listen(Number(process.env.FLOOR_PORT), "127.0.0.1", () => process.stdout.write("ready\n"));
  process.on("SIGTERM", () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}

void main();
