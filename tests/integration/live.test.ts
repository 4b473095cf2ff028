import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { Client as PgClient } from "pg";
import WebSocket from "ws";
import { PROJECT_ROOT } from "../../src/config";
import { liveClient, subscribe } from "../helpers/live-client";
import { type Child, dist, ensureBuilt, spawnNode } from "../helpers/processes";
import { rawArticle, startTestApp, TEST_KEY, type TestApp } from "../helpers/test-app";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const KEY = "live-write-key";
const sample = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, "samples", name), "utf8");

async function post(base: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query, variables }) });
  const body: any = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const INGEST = `mutation ($raw: String!) { ingestArticle(input: { raw: $raw, fetchedAt: "2025-06-20T12:00:00Z" }) { created article {
  id countries { code } quotes { id speaker { country { code } } } figures { id value unit } } } }`;

describe("subscriptions across two server processes on one database", () => {
  let db: TestDatabase;
  const children: Child[] = [];

  async function startServer(): Promise<string> {
    const child = spawnNode([dist("src/main.js")], {
      DATABASE_URL: db.url, PORT: "0", HOST: "127.0.0.1", API_KEYS: KEY, LOAD_SAMPLES: "false", LOG_LEVEL: "warn", INGEST_WORKERS: "0", NODE_ENV: "development",
    });
    children.push(child);
    const [, port] = await child.waitFor(/Newsgraph API and Apollo Sandbox: http:\/\/localhost:(\d+)\/graphql/, 90_000);
    return `http://127.0.0.1:${port}`;
  }

  beforeAll(async () => {
    await ensureBuilt();
    db = await createTestDatabase();
  }, 180_000);
  afterAll(async () => {
    for (const child of children) child.process.kill("SIGKILL");
    await Promise.all(children.map((c) => c.exited));
    await db?.drop();
  });

  it("a subscriber on one server hears an ingest made through the other, and only what its filter matches", async () => {
    const [a, b] = await Promise.all([startServer(), startServer()]);
    const client = liveClient(a);
    try {
      const japan = subscribe(client, `subscription { articleAdded(filter: { country: "jp" }) { id title countries { code } } }`);
      const quotes = subscribe(client, `subscription ($c: String!) { quoteAdded(filter: { country: $c }) { id text speaker { name } article { id title } } }`, { c: "UA" });
      const big = subscribe(client, `subscription { figureAdded(filter: { minValue: 100 }) { id value unit article { id } } }`);
      const all = subscribe(client, `subscription { articleAdded { id } }`);
      // Subscribing is acknowledged before the first event; give the server a moment to register (no event is lost after that).
      await new Promise((r) => setTimeout(r, 500));

      const kyivAt = performance.now();
      const kyiv = (await post(b, INGEST, { raw: sample("10-kyiv-drone-attack.txt") })).ingestArticle;
      const tokyoAt = performance.now();
      const tokyo = (await post(b, INGEST, { raw: sample("07-japan-chip-subsidy.txt") })).ingestArticle;
      expect(kyiv.created && tokyo.created).toBe(true);
      // The fixtures must separate the filters for the test to mean anything.
      const codes = (x: any) => x.article.countries.map((c: any) => c.code);
      expect(codes(kyiv)).toContain("UA");
      expect(codes(kyiv)).not.toContain("JP");
      expect(codes(tokyo)).toContain("JP");

      await all.waitFor(2);
      expect(all.events.map((e) => e.data.articleAdded.id)).toEqual([kyiv.article.id, tokyo.article.id]);
      // Events reach each subscriber in commit order, so once Tokyo's is in, Kyiv's would have been too.
      await japan.waitFor(1);
      expect(japan.events.map((e) => e.data.articleAdded.id)).toEqual([tokyo.article.id]);
      expect(japan.events[0].data.articleAdded.countries.map((c: any) => c.code)).toContain("JP");

      const expectedQuotes = [kyiv, tokyo].filter((x) => codes(x).includes("UA")).flatMap((x) => x.article.quotes.map((q: any) => q.id));
      expect(expectedQuotes.length).toBeGreaterThan(0);
      await quotes.waitFor(expectedQuotes.length);
      expect(quotes.events.map((e) => e.data.quoteAdded.id)).toEqual(expectedQuotes);
      expect(quotes.events.every((e) => e.data.quoteAdded.article.id === kyiv.article.id)).toBe(true);

      const expectedFigures = [kyiv, tokyo].flatMap((x) => x.article.figures.filter((f: any) => f.value >= 100).map((f: any) => f.id));
      const smallFigures = [kyiv, tokyo].flatMap((x) => x.article.figures.filter((f: any) => f.value < 100));
      expect(expectedFigures.length).toBeGreaterThan(0);
      expect(smallFigures.length).toBeGreaterThan(0);
      await big.waitFor(expectedFigures.length);
      expect(big.events.map((e) => e.data.figureAdded.id)).toEqual(expectedFigures);

      const latencies = [all.events[0].at - kyivAt, all.events[1].at - tokyoAt];
      process.stdout.write(`event latency from sending the mutation to server B until the event arrived from server A (ms): ${latencies.map((l) => l.toFixed(1)).join(", ")}\n`);

      // The same article again adds nothing, so nothing is sent.
      expect((await post(b, INGEST, { raw: sample("07-japan-chip-subsidy.txt") })).ingestArticle.created).toBe(false);
      const third = (await post(b, INGEST, { raw: rawArticle("after-duplicate") })).ingestArticle;
      await all.waitFor(3);
      expect(all.events.map((e) => e.data.articleAdded.id)).toEqual([kyiv.article.id, tokyo.article.id, third.article.id]);
    } finally {
      await client.dispose();
    }
  }, 240_000);
});

describe("subscription limits and checks", () => {
  let app: TestApp;
  let base: string;
  let readKey: string;

  beforeAll(async () => {
    app = await startTestApp({ READS_REQUIRE_KEY: "true", SUBSCRIPTIONS_PER_CONNECTION: "3", SUBSCRIPTIONS_PER_KEY: "4", MAX_QUERY_DEPTH: "4", MAX_QUERY_COST: "500", WS_MAX_BUFFERED_BYTES: "2000", CORS_ORIGINS: "https://newsroom.example" });
    readKey = await app.services.apiKeys.create("live-reader", "read");
    base = await app.url();
  });
  afterAll(() => app.close());

  it("refuses a bad filter, naming the field, before subscribing", async () => {
    const client = liveClient(base, { key: TEST_KEY });
    try {
      const bad = subscribe(client, `subscription { articleAdded(filter: { country: "XX" }) { id } }`);
      const range = subscribe(client, `subscription { figureAdded(filter: { minValue: 5, maxValue: 1 }) { id } }`);
      await bad.ended();
      await range.ended();
      const errorsOf = (s: { events: any[]; error: any }) => s.events[0]?.errors ?? s.error;
      expect(errorsOf(bad)[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(errorsOf(bad)[0].message).toMatch(/^filter\.country: unknown country code "XX"/);
      expect(errorsOf(range)[0].message).toMatch(/^filter\.minValue/);
      expect(app.server.live.hub(app.services).size).toBe(0);
    } finally {
      await client.dispose();
    }
  });

  it("applies the depth and cost limits and READS_REQUIRE_KEY, and serves only subscriptions", async () => {
    const anonymous = liveClient(base);
    const reader = liveClient(base, { key: readKey });
    try {
      const refused = subscribe(anonymous, `subscription { articleAdded { id } }`);
      await refused.ended();
      expect((refused.error as any[])[0].extensions.code).toBe("UNAUTHENTICATED");

      const deep = subscribe(reader, `subscription { quoteAdded { speaker { articles { nodes { quotes { text } } } } } }`);
      await deep.ended();
      expect((deep.error as any[])[0].extensions.code).toBe("QUERY_TOO_COMPLEX");

      const costly = subscribe(reader, `subscription { articleAdded { actors { articles(first: 100) { totalCount } } } }`);
      await costly.ended();
      expect((costly.error as any[])[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "MAX_QUERY_COST" });

      const query = subscribe(reader, `{ countries { code } }`);
      await query.ended();
      expect((query.error as any[])[0].message).toMatch(/only subscriptions/);
    } finally {
      await anonymous.dispose();
      await reader.dispose();
    }
    // A browser page from an origin CORS_ORIGINS does not list may not open a socket.
    for (const [origin, expected] of [["https://elsewhere.example", 4403], ["https://newsroom.example", null]] as const) {
      const socket = new WebSocket(`${base.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws", { origin });
      const replies: any[] = [];
      socket.on("message", (data) => replies.push(JSON.parse(String(data))));
      await once(socket, "open");
      socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${readKey}` } }));
      const outcome = await Promise.race([
        once(socket, "close").then(([code]) => code),
        (async () => {
          while (!replies.some((m) => m.type === "connection_ack") && socket.readyState === WebSocket.OPEN) await new Promise((r) => setTimeout(r, 20));
          return replies.some((m) => m.type === "connection_ack") ? null : "closed";
        })(),
      ]);
      expect(outcome).toBe(expected);
      socket.terminate();
    }
    const wrongKey = liveClient(base, { key: "not-a-key" });
    subscribe(wrongKey, `subscription { articleAdded { id } }`);
    expect((await wrongKey.closed).code).toBe(4403);
    await wrongKey.dispose();
  });

  it("limits subscriptions per connection and per key, and frees them when they end", async () => {
    const first = liveClient(base, { key: readKey });
    const second = liveClient(base, { key: readKey });
    try {
      const held = [1, 2, 3].map(() => subscribe(first, `subscription { articleAdded { id } }`));
      const over = subscribe(first, `subscription { articleAdded { id } }`);
      await over.ended();
      expect((over.error as any[])[0].message).toMatch(/SUBSCRIPTIONS_PER_CONNECTION/);
      const fourth = subscribe(second, `subscription { articleAdded { id } }`);
      const fifth = subscribe(second, `subscription { articleAdded { id } }`);
      await fifth.ended();
      expect((fifth.error as any[])[0].message).toMatch(/SUBSCRIPTIONS_PER_KEY/);
      expect(fourth.done).toBe(false);
      held[0].stop();
      await new Promise((r) => setTimeout(r, 300));
      const again = subscribe(second, `subscription { articleAdded { id } }`);
      const created = await app.ingest(rawArticle("limits"));
      await again.waitFor(1);
      expect(again.events[0].data.articleAdded.id).toBe(created.id);
    } finally {
      await first.dispose();
      await second.dispose();
    }
  });

  it("reconnects its LISTEN connection when the database drops it, and replays what came in meanwhile", async () => {
    const client = liveClient(base, { key: readKey });
    try {
      const all = subscribe(client, `subscription { articleAdded { id } }`);
      const before = await app.ingest(rawArticle("before-drop"));
      await all.waitFor(1);
      const admin = new PgClient({ connectionString: app.db.url });
      await admin.connect();
      try {
        const { rowCount } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'newsgraph-listen' AND datname = current_database()`);
        expect(rowCount).toBe(1);
      } finally {
        await admin.end();
      }
      const during = await app.ingest(rawArticle("while-reconnecting"));
      const after = await app.ingest(rawArticle("after-drop"));
      await all.waitFor(3);
      expect(all.events.map((e) => e.data.articleAdded.id)).toEqual([before.id, during.id, after.id]);
    } finally {
      await client.dispose();
    }
  });

  it("drops a client that stops reading instead of buffering for it", async () => {
    // One subscription: graphql-ws waits for each send to reach the kernel before it takes the next event, so
    // the socket is looked at as events arrive, not only as they are sent (else a stalled reader is never seen).
    const socket = new WebSocket(`${base.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
    const messages: any[] = [];
    socket.on("message", (data) => messages.push(JSON.parse(String(data))));
    await once(socket, "open");
    socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${readKey}` } }));
    while (!messages.some((m) => m.type === "connection_ack")) await new Promise((r) => setTimeout(r, 20));
    // Thirty copies (MAX_ALIASES) of a long body per event: a few ingests outgrow the kernel's socket buffers.
    const copies = Array.from({ length: 30 }, (_, i) => `b${i}: body`).join(" ");
    socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: `subscription { articleAdded { id ${copies} } }` } }));
    await app.ingest(rawArticle("slow-first"));
    while (!messages.some((m) => m.type === "next" || m.type === "error")) await new Promise((r) => setTimeout(r, 20));
    expect(messages.filter((m) => m.type !== "connection_ack").map((m) => [m.type, Object.keys(m.payload.data?.articleAdded ?? {}).length])).toEqual([["next", 31]]);
    // Stop reading: what the server sends fills the kernel's buffers, then the server's own.
    (socket as any)._socket.pause();
    const paragraph = (i: number) => `Paragraph ${i} of the long council report records that the members met again on day ${i} and agreed to meet once more.`;
    const droppedCount = async () => {
      const text = await app.server.metrics.registry.getSingleMetricAsString("newsgraph_ws_slow_clients_dropped_total");
      return Number(/newsgraph_ws_slow_clients_dropped_total (\d+)$/m.exec(text)![1]);
    };
    let ingests = 0;
    for (; ingests < 100 && (await droppedCount()) === 0; ingests++) {
      const long = Array.from({ length: 300 }, (_, p) => paragraph(ingests * 1_000 + p)).join("\n\n");
      await app.ingest(`${rawArticle(`slow-${ingests}`)}\n\n${long}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await droppedCount()).toBe(1);
    expect(app.server.live.connections).toBe(0);
    socket.terminate();
  }, 240_000);
});
