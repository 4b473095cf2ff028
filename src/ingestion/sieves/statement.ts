import type { QuoteSpan } from "../document";
import type { Attribution, SieveContext } from "./context";
import { wordsAfter } from "./trailing-verb";

/**
 * `…,” the statement read` / `…,” the statement from Abuja said`: the words of a statement the text has just
 * reported are the issuing body's (the last organisation named in this paragraph or the one before).
 */
export function statementRead(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const after = wordsAfter(ctx, span);
  if (!after || after.length < 3 || !/^(?:the|a|its)$/i.test(after[0].text) || after[1].text !== "statement") return null;
  for (let v = 2; v < Math.min(after.length, 7); v++) {
    if (!STATEMENT_VERBS.has(after[v].text)) continue;
    return { speakerKey: ctx.resolveSpeaker(after.slice(0, 2), span, "subject") };
  }
  return null;
}

const STATEMENT_VERBS = new Set(["read", "reads", "said", "says", "added", "noted", "stated", "continued", "concluded"]);
