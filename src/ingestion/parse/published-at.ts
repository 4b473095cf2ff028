const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10,
  dec: 11, december: 11,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?\\s+)?";
const UNIT_MS: Record<string, number> = {
  second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000,
};
const UNIT_ALIASES: Record<string, string> = {
  s: "second", sec: "second", secs: "second", second: "second", seconds: "second",
  m: "minute", min: "minute", mins: "minute", minute: "minute", minutes: "minute",
  h: "hour", hr: "hour", hrs: "hour", hour: "hour", hours: "hour",
  d: "day", day: "day", days: "day", w: "week", wk: "week", wks: "week", week: "week", weeks: "week",
  mo: "month", month: "month", months: "month", y: "year", yr: "year", yrs: "year", year: "year", years: "year",
};

const RELATIVE_RE = /\b(\d+|an?|one)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|[smhdwy])\s+ago\b/i;
// ISO 8601, with or without the time run on after a "T" ("2026-11-30T16:40").
const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?=T\d|\b)/;
// Between the parts of a written date: spaces, or a dash with or without spaces ("Nov - 30 - 2026", "30-Nov-2026").
const PART_GAP = "(?:\\s*[-–]\\s*|\\s+)";
// Before the year, also a comma: "Nov 30, 2026", "Nov - 30 - 2026", "30 November, 2026".
const YEAR_GAP = "(?:\\s*[-–,]\\s*|\\s+)";
const MONTH_DAY_YEAR_RE = new RegExp(`\\b${WEEKDAY}${MONTH}${PART_GAP}(\\d{1,2})(?:st|nd|rd|th)?${YEAR_GAP}(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR_RE = new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?${PART_GAP}${MONTH}${YEAR_GAP}(\\d{4})\\b`, "i");
const SLASH_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
// Day-first dotted dates ("25.04.2025", "5.4.2025") as written across Europe and Central Asia.
const DOTTED_RE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/;
// Day-first with dashes ("17-08-2026"), as Indian and European sites print them.
const DASHED_RE = /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/;
// Year-first with slashes or dots ("2025/04/25", "2025.04.25").
const YEAR_FIRST_RE = /(?<![\d.\/])(\d{4})[\/.](\d{1,2})[\/.](\d{1,2})(?![\d])/;
const WORD_RE = /\b(yesterday|today|just now|moments? ago|now)\b/i;

// Something that is meant as a date even when it cannot be read ("31.02.2025", "Mon 12/13/14", "Posted 3pm").
const DATE_LIKE_RE = new RegExp(`^(?:(?:updated|published|posted|on|at)\\s*:?\\s*)*(?:${WEEKDAY})?(?:[\\d./\\-:, ]+(?:${MONTH}[\\d ,.]*)?|${MONTH}[\\d ,.]*|\\d+[\\d ,.]*${MONTH}[\\d ,.]*)(?:\\s*(?:am|pm|gmt|utc|[a-z]{2,4}t))?$`, "i");

/** A short line that looks like a date or time stamp, readable or not. */
export function looksLikeDate(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && /\d/.test(t) && DATE_LIKE_RE.test(t);
}

/** Where the date expression sits in `text` and what it resolves to. */
export function findDate(text: string, fetchedAt: Date = new Date()): { index: number; length: number; date: Date } | null {
  let m = RELATIVE_RE.exec(text);
  if (m) return { index: m.index, length: m[0].length, date: subtractRelative(fetchedAt, m[1], m[2]) };
  if ((m = ISO_RE.exec(text))) {
    const d = utcDate(+m[1], +m[2] - 1, +m[3]);
    if (d) return { index: m.index, length: m[0].length, date: d };
  }
  if ((m = MONTH_DAY_YEAR_RE.exec(text))) {
    const d = utcDate(+m[3], monthIndex(m[1]), +m[2]);
    if (d) return { index: m.index, length: m[0].length, date: d };
  }
  if ((m = DAY_MONTH_YEAR_RE.exec(text))) {
    const d = utcDate(+m[3], monthIndex(m[2]), +m[1]);
    if (d) return { index: m.index, length: m[0].length, date: d };
  }
  if ((m = DOTTED_RE.exec(text))) {
    const d = utcDate(+m[3], +m[2] - 1, +m[1]);
    if (d) return { index: m.index, length: m[0].length, date: d };
  }
  if ((m = DASHED_RE.exec(text))) {
    const d = utcDate(+m[3], +m[2] - 1, +m[1]);
    if (d) return { index: m.index, length: m[0].length, date: d };
  }
  if ((m = YEAR_FIRST_RE.exec(text))) {
    const d = utcDate(+m[1], +m[2] - 1, +m[3]);
    if (d) return { index: m.index, length: m[0].length, date: d };
  }
  if ((m = SLASH_RE.exec(text))) {
    // US order (month/day) unless the first number cannot be a month.
    const [a, b] = [+m[1], +m[2]];
    const d = a > 12 ? utcDate(+m[3], b - 1, a) : utcDate(+m[3], a - 1, b);
    if (d) return { index: m.index, length: m[0].length, date: d };
  }
  if ((m = WORD_RE.exec(text))) {
    const word = m[1].toLowerCase();
    const date = word === "yesterday" ? new Date(fetchedAt.getTime() - UNIT_MS.day) : new Date(fetchedAt.getTime());
    return { index: m.index, length: m[0].length, date };
  }
  return null;
}

/**
 * Resolve a date line ("3 days ago", "yesterday", "Mar 3, 2025", "2025-03-03") against the fetch time.
 * Relative dates keep the time of day of fetchedAt; absolute dates are that day at 00:00 UTC.
 */
export function resolvePublishedAt(dateText: string, fetchedAt: Date): Date | null {
  return findDate(dateText, fetchedAt)?.date ?? null;
}

function subtractRelative(fetchedAt: Date, amountText: string, unitText: string): Date {
  const amount = /^\d+$/.test(amountText) ? parseInt(amountText, 10) : 1;
  const unit = UNIT_ALIASES[unitText.toLowerCase()] ?? "day";
  const date = new Date(fetchedAt.getTime());
  if (unit === "month") date.setUTCMonth(date.getUTCMonth() - amount);
  else if (unit === "year") date.setUTCFullYear(date.getUTCFullYear() - amount);
  else date.setTime(date.getTime() - amount * UNIT_MS[unit]);
  return date;
}

function monthIndex(text: string): number {
  return MONTHS[text.toLowerCase().replace(/\.$/, "")] ?? MONTHS[text.toLowerCase().slice(0, 3)];
}

function utcDate(year: number, month: number, day: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month, day));
  return d.getUTCDate() === day ? d : null;
}

const DATELINE_MONTH_DAY_RE = new RegExp(`^[^,]{2,40},\\s*${MONTH}\\s+(\\d{1,2})\\b`, "i");

/**
 * "ISLAMABAD, May 07 (APP):", "KUALA LUMPUR, June 6 —": a wire dateline's month and day, in the latest year that
 * puts the date no later than the fetch (a dateline carries no year). Null when the dateline names no day.
 */
export function datelineDate(dateline: string, fetchedAt: Date): Date | null {
  const m = DATELINE_MONTH_DAY_RE.exec(dateline);
  if (!m) return null;
  const month = MONTHS[m[1].toLowerCase().replace(/\.$/, "").slice(0, 3)];
  const day = Number(m[2]);
  if (month === undefined) return null;
  for (const year of [fetchedAt.getUTCFullYear(), fetchedAt.getUTCFullYear() - 1]) {
    const d = utcDate(year, month, day);
    if (d && d.getTime() <= fetchedAt.getTime()) return d;
  }
  return null;
}
