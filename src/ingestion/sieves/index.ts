/**
 * Speaker attribution sieves, most precise first (after CoreNLP's QuoteAttributionAnnotator): each finds the
 * phrase that names the speaker of one quote and resolves it to an actor, or declines. The first sieve
 * that decides wins; `npm run eval` scores each sieve on its own.
 */
import type { Sieve } from "./context";
import { closingVerb } from "./closing-verb";
import { quotedAsSaying, quotedBefore, quotedPassive } from "./intermediary";
import { accordingToBefore, colon, leadingVerb } from "./leading-verb";
import { previousSubject } from "./previous-subject";
import { profileSubject } from "./profile-subject";
import { reportedBefore } from "./reported-before";
import { signature } from "./signature";
import { splitQuote } from "./split-quote";
import { statementRead } from "./statement";
import { trailingVerb } from "./trailing-verb";

export const SIEVES: ReadonlyArray<{ name: string; sieve: Sieve }> = [
  { name: "quoted-as-saying", sieve: quotedAsSaying },
  { name: "quoted-passive", sieve: quotedPassive },
  { name: "statement", sieve: statementRead },
  { name: "trailing-verb", sieve: trailingVerb },
  { name: "closing-verb", sieve: closingVerb },
  { name: "according-to", sieve: accordingToBefore },
  { name: "quoted-before", sieve: quotedBefore },
  { name: "split-quote", sieve: splitQuote },
  { name: "leading-verb", sieve: leadingVerb },
  { name: "colon", sieve: colon },
  { name: "signature", sieve: signature },
  { name: "previous-subject", sieve: previousSubject },
  { name: "reported-before", sieve: reportedBefore },
  { name: "profile-subject", sieve: profileSubject },
];

export { SieveContext } from "./context";
export type { Attribution, Sieve } from "./context";
