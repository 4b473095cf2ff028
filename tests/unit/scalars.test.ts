import { parseDateTime } from "../../src/resolvers/scalars";

describe("DateTime input", () => {
  it("marks a date-only value so `to` can cover the whole day", () => {
    const date = parseDateTime("2024-06-30");
    expect(date.toISOString()).toBe("2024-06-30T00:00:00.000Z");
    expect(date.dateOnly).toBe(true);
  });

  it("converts offsets to UTC and reads a value without one as UTC", () => {
    expect(parseDateTime("2024-06-30T12:00:00+02:00").toISOString()).toBe("2024-06-30T10:00:00.000Z");
    expect(parseDateTime("2024-06-30T12:00:00").toISOString()).toBe("2024-06-30T12:00:00.000Z");
    expect(parseDateTime("2024-06-30 12:00:00Z").dateOnly).toBeUndefined();
  });

  it.each(["2024-02-31", "2024-02-31T00:00:00Z", "2024-13-01T00:00:00Z", "yesterday", "", 20240630])("rejects %p naming what is allowed", (value) => {
    expect(() => parseDateTime(value)).toThrow(/DateTime: expected an ISO-8601 date-time/);
  });
});
