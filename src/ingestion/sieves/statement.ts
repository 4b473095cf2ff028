import type { QuoteSpan } from "../document";
import type { Attribution, SieveContext } from "./context";
import { wordsAfter } from "./trailing-verb";

/**
 * `…,” the statement read` / `…,” the statement from Abuja said`: the words of a statement the text has just
 * reported are the issuing body's (the last organisation named in this paragraph or the one before).
 */
export function statementRead(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const after = wordsAfter(ctx, span);
  if (!after || after.length < 3 || !/^(?:the|a|its|their)$/i.test(after[0].text)) return null;
  // "…,” the joint statement read": the words of several bodies at once, none of them alone the speaker.
  const joint = after[1].text === "joint";
  const noun = joint ? 2 : 1;
  if (after[noun]?.text !== "statement") return null;
  for (let v = noun + 1; v < Math.min(after.length, noun + 6); v++) {
    if (!STATEMENT_VERBS.has(after[v].text)) continue;
    return { speakerKey: joint ? null : ctx.resolveSpeaker(after.slice(0, 2), span, "subject") };
  }
  return null;
}

const STATEMENT_VERBS = new Set(["read", "reads", "said", "says", "added", "noted", "stated", "continued", "concluded"]);
