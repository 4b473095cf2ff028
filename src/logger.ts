import pino, { type Logger } from "pino";
import { boundedError } from "./log-bounds";

/**
 * Structured JSON logs (pino), one line per event: on stderr, so stdout keeps the plain start-up lines, unless
 * format is "json" (LOG_FORMAT), where stdout carries JSON only.
 */
export function createLogger(level: string, format: "text" | "json" = "text"): Logger {
  // Errors are cut to size whoever logs them: a failed 1 MB ingest must not make a 1 MB line.
  return pino({ level, base: { service: "newsgraph" }, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: boundedError } }, pino.destination({ fd: format === "json" ? 1 : 2, sync: true }));
}
export type { Logger };
