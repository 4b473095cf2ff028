import pino, { type Logger } from "pino";

/**
 * Structured JSON logs (pino), one line per event: on stderr, so stdout keeps the plain start-up lines, unless
 * format is "json" (LOG_FORMAT), where stdout carries JSON only.
 */
export function createLogger(level: string, format: "text" | "json" = "text"): Logger {
  return pino({ level, base: { service: "newsgraph" }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ fd: format === "json" ? 1 : 2, sync: true }));
}
export type { Logger };
