import { InputError } from "../../errors";

export const DEFAULT_MAX_BYTES = 1_000_000;

const ALLOWED = "plain text of an English news page as a scraper saves it";
const HTML_TAG_RE =
  /<(?:\s*\/)?\s*(?:!doctype|html|head|body|div|p|span|script|style|a|br|img|table|tr|td|ul|ol|li|h[1-6]|article|section|meta|link|iframe|header|footer|nav|form|input)\b[^<>]*>/i;
const CONTROL_RE = /[\u0001-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;
// The commonest English function words; real English prose has a fifth or more of its words among them.
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    "the of and to in a is that for on with as was by it at from be are an this have has had were not but or " +
    "which who will would said their its his her they he she we i you our been more than also after about into " +
    "over can could there other its all one new some when up out if no so them what other such"
  ).split(" "),
);

/** Throw InputError("raw", …) unless `raw` looks like the text of an English news page. */
export function validateRaw(raw: unknown, maxBytes: number = DEFAULT_MAX_BYTES): asserts raw is string {
  if (typeof raw !== "string") throw new InputError("raw", `must be a string: the ${ALLOWED}`);
  if (raw.trim().length === 0) throw new InputError("raw", `must not be empty or only whitespace; send the ${ALLOWED}`);
  const bytes = Buffer.byteLength(raw, "utf8");
  if (bytes > maxBytes) {
    throw new InputError("raw", `is ${bytes} bytes; at most ${maxBytes} bytes (UTF-8) of ${ALLOWED} are accepted`);
  }
  if (raw.includes("\u0000")) throw new InputError("raw", `contains NUL bytes (binary data); only ${ALLOWED} is accepted`);
  const controls = raw.match(CONTROL_RE)?.length ?? 0;
  if (controls > Math.max(2, raw.length * 0.001)) {
    throw new InputError("raw", `contains control characters (binary data); only ${ALLOWED} is accepted`);
  }
  if (HTML_TAG_RE.test(raw)) {
    throw new InputError("raw", `contains HTML markup; send the page's visible text (${ALLOWED}), not its HTML`);
  }
  assertEnglish(raw);
}

function assertEnglish(raw: string): void {
  const letters = raw.match(/\p{L}/gu)?.length ?? 0;
  const latin = raw.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 0 && latin / letters < 0.8) {
    throw new InputError("raw", `is mostly in a non-Latin script; only English text is accepted (${ALLOWED})`);
  }
  const words = raw.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return; // too short to judge the language; the parser decides
  let common = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) common++;
  if (common / words.length < 0.12) {
    throw new InputError("raw", `does not look like English (too few common English words); only English text is accepted (${ALLOWED})`);
  }
}
