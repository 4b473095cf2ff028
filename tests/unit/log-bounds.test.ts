import { boundedError, boundedValue, MAX_LOGGED_CHARS } from "../../src/log-bounds";

/** The longest string anywhere inside a value. */
function longestString(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (value === null || typeof value !== "object") return 0;
  return Math.max(0, ...Object.values(value).map(longestString));
}

describe("log bounds", () => {
  it("cuts every SQL parameter to 200 characters, saying how long it was", () => {
    const params = ["short", "x".repeat(1_000_000), 42, ["y".repeat(5_000)]];
    const bounded = boundedValue(params) as unknown[];
    expect(bounded[0]).toBe("short");
    expect(bounded[2]).toBe(42);
    expect(String(bounded[1])).toMatch(/… \(1000000 chars\)$/);
    expect(longestString(bounded)).toBeLessThanOrEqual(MAX_LOGGED_CHARS + 20);
  });

  it("cuts a failed query's error (message, query, parameters) so a 1 MB ingest never makes a 1 MB log line", () => {
    const error = Object.assign(new Error(`value too long: ${"z".repeat(300_000)}`), {
      query: `INSERT INTO article VALUES ($1)`,
      parameters: ["p".repeat(1_000_000)],
      code: "54000",
    });
    const line = JSON.stringify(boundedError(error));
    expect(line.length).toBeLessThan(6_000);
    expect(line).toContain("54000");
    expect(line).toContain("INSERT INTO article");
  });
});
