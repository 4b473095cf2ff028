import type { QuoteSpan } from "../document";
import type { Attribution, SieveContext } from "./context";
import { wordsAfter } from "./trailing-verb";

/**
 * `…,” ANI quoted him as saying` / `…,” the agency quoted Ruiz as saying`: speech passed on by an agency or
 * outlet is the quoted person's, not the intermediary's.
 */
export function quotedAsSaying(ctx: SieveContext, span: QuoteSpan): Attribution | null {
  const after = wordsAfter(ctx, span);
  if (!after) return null;
  for (let v = 0; v < Math.min(after.length, 12); v++) {
    if (!/^(?:quoted|cited)$/.test(after[v].text)) continue;
    const as = after.findIndex((t, i) => i > v && t.text === "as");
    if (as === -1 || as - v > 8 || !/^(?:saying|telling|stating|writing)$/.test(after[as + 1]?.text ?? "")) return null;
    return { speakerKey: ctx.resolveSpeaker(after.slice(v + 1, as), span, "first") };
  }
  return null;
}
