import pino, { type Logger } from "pino";
import { boundedError } from "./log-bounds";

/** Structured JSON logs (pino), one line per event. */
export function createLogger(level: string): Logger {
  // Errors are cut to size whoever logs them: a failed 1 MB ingest must not make a 1 MB line.
  return pino({ level, base: { service: "newsgraph" }, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: boundedError } });
}
export type { Logger };
