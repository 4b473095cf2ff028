export interface HttpResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** POSTs JSON (or a raw string body) to /graphql and reads the answer, whatever its status. */
export async function post(base: string, body: unknown, headers: Record<string, string> = {}, options: { timeoutMs?: number } = {}): Promise<HttpResult> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
    signal: options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined,
  });
  const text = await res.text();
  let parsed: any = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** The extensions.code of each error in the answer. */
export const codes = (r: HttpResult): string[] => (r.body?.errors ?? []).map((e: any) => e.extensions?.code);

/** Polls GET /health every intervalMs until stopped, keeping the slowest answer's latency. */
export function watchHealth(base: string, intervalMs = 25): { stop(): Promise<{ worstMs: number; probes: number; failures: number }> } {
  let running = true;
  let worstMs = 0;
  let probes = 0;
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(30_000) });
        await res.text();
        if (res.status !== 200) failures++;
      } catch {
        failures++;
      }
      worstMs = Math.max(worstMs, performance.now() - started);
      probes++;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { worstMs, probes, failures };
    },
  };
}
