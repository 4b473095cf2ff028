/**
 * Quotes and their speakers: the quoted spans that are speech (not scare quotes or titles), each attributed
 * by the ordered sieves; a quote no sieve attributes may continue the previous speaker's words.
 */
import type { AttributedQuote, Doc, QuoteSpan, Stage } from "../document";
import { CLOSING_SPEECH_VERBS, SPEECH_VERBS } from "../lexicons/words";
import type { Token } from "../text/tokens";
import { SIEVES, SieveContext } from "../sieves";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The sieve name recorded for a quote that takes the previous quote's speaker. */
export const CONTINUATION = "continuation";

/** Sieves that guess the speaker from the sentences around a quote rather than from an attribution of its own. */
const CONTEXT_SIEVES = new Set(["reported-before", "previous-subject", "profile-subject"]);

export const quotesStage: Stage = {
  name: "quotes",
  run(doc: Doc) {
    doc.quotes = attributeQuotes(doc);
  },
};

/** Quotes in order of appearance, each with the actor who said it or null when the text does not say. */
export function attributeQuotes(doc: Doc): AttributedQuote[] {
  const ctx = new SieveContext(doc);
  const spans = realQuoteSpans(doc).map((s) => ({ ...s }));
  const out: AttributedQuote[] = [];
  let previous: { span: QuoteSpan; speakerKey: string | null; paragraph: number; attributed: boolean } | null = null;
  let chain: number[] = [];
  for (const span of spans) {
    const paragraph = doc.paragraphAt(span.open);
    if (previous && !previous.span.closed && paragraph === previous.paragraph + 1) span.chainOpen = previous.span.chainOpen ?? previous.span.open;
    let speakerKey: string | null = null;
    let sieve: string | null = null;
    for (const s of SIEVES) {
      const result = s.sieve(ctx, span);
      if (result) {
        speakerKey = result.speakerKey;
        sieve = s.name;
        break;
      }
    }
    if (sieve === null && previous && continues(doc, previous.span, previous.paragraph, span, paragraph)) {
      speakerKey = previous.speakerKey;
      if (speakerKey !== null) sieve = CONTINUATION;
    }
    out.push({ text: span.text, start: span.start, end: span.end, speakerKey, sieve });
    ctx.noteSpeaker(span.open, speakerKey, span.close);
    // The quotes of paragraphs run on with no closing mark, this one included (indexes into `out`).
    chain = span.chainOpen !== undefined && previous && !previous.span.closed && paragraph === previous.paragraph + 1 ? chain : [];
    chain.push(out.length - 1);
    if (speakerKey !== null && sieve !== CONTINUATION && chain.length > 1) {
      // A quote running on over several paragraphs is attributed where it ends: every paragraph of it before
      // this one that no sieve attributed takes this speaker.
      for (let k = chain.length - 2; k >= 0; k--) {
        const before = out[chain[k]];
        // A guess from the paragraph before (a reported speaker, a sentence's subject) yields to the attribution
        // the running quote carries at its end.
        const guessed = before.sieve !== null && CONTEXT_SIEVES.has(before.sieve) && sieve !== null && !CONTEXT_SIEVES.has(sieve);
        if (!guessed && (before.speakerKey !== null || (before.sieve !== null && before.sieve !== CONTINUATION))) break;
        before.speakerKey = speakerKey;
        before.sieve = sieve;
      }
    }
    previous = { span, speakerKey, paragraph, attributed: sieve !== null && sieve !== CONTINUATION };
  }
  return out;
}

/** The quoted spans that are speech: not chants or signs, and passing `isRealQuote`. */
function realQuoteSpans(doc: Doc): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let previousChant: QuoteSpan | null = null;
  for (const span of doc.quoteSpans) {
    const chant = isChantOrSign(doc.text, span, previousChant);
    previousChant = chant ? span : null;
    if (!chant && isRealQuote(doc, span)) out.push(span);
  }
  return out;
}

/**
 * `The crowd chanted, “No cuts, no fees”`, `led in chants of “Jobs now” and “Fair pay”`, `a banner reading “…”`,
 * `“Not in our name,” the marchers chanted`: words a crowd chants or a sign carries are slogans, not speech. A quote
 * joined to such a slogan by "and", "or" or a comma is one too (`previousChant`: the span before, if it was one).
 */
function isChantOrSign(body: string, span: QuoteSpan, previousChant: QuoteSpan | null): boolean {
  const lead = body.slice(Math.max(0, span.open - CHANT_LEAD_CHARS), span.open);
  if (previousChant && previousChant.close <= span.open && LIST_JOIN.test(body.slice(previousChant.close, span.open))) return true;
  const cue = CHANT_LEAD.exec(lead);
  if (cue && !hasSpeechVerb(cue[1])) return true;
  const after = CHANT_AFTER.exec(body.slice(span.close, span.close + CHANT_LEAD_CHARS));
  return !!after && !hasSpeechVerb(after[1]);
}

/** Whether a stretch of words holds a speech verb ("chanted as the mayor said"): then the quote may be speech. */
function hasSpeechVerb(words: string): boolean {
  for (const w of words.split(/[^\p{L}]+/u)) if (SPEECH_VERBS.has(w)) return true;
  return false;
}

/** How far before or after a quote a chant's or a sign's cue is looked for. */
const CHANT_LEAD_CHARS = 60;
/** A chant's verb or noun, or a sign that reads, then up to 40 characters of the same clause before the quote. */
const CHANT_LEAD =
  /\b(?:chant(?:s|ed|ing)?|(?:sign|banner|placard|poster|billboard|T-shirt|shirt)s?\s+(?:reading|that read|which read|bearing|emblazoned with))\b([^.!?“”"]{0,40})$/iu;
/** `“…,” the crowd chanted` / `“…,” chanted the marchers`: up to four words, then the chant's verb. */
const CHANT_AFTER = /^[”"’']?[ ,]*((?:[\p{L}'’-]+ ){0,4})chant(?:ed|ing|s)?\b/iu;
/** What stands between two slogans of one list: `“…” and “…”`, `“…,” “…”`, `“…” (a translation), “…”`. */
const LIST_JOIN = /^[ ,]{0,3}(?:\([^()\n]{0,120}\)[ ,]{0,3})?(?:(?:and|or) {1,2})?$/;

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (WORD_CHAR.test(w)) n++;
  return n;
}

/** Scare quotes and titles of one to three words are not quotes, unless attributed like speech ("No," he said). */
function isRealQuote(doc: Doc, span: QuoteSpan): boolean {
  const body = doc.text;
  if (isPullQuoteHeading(doc, span)) return false;
  // "a forum titled ‘Trade and the Digital Economy’": the name of an event, a report or a work, not speech.
  if (TITLE_LEADS.test(body.slice(Math.max(0, span.open - 30), span.open))) return false;
  // "held under the theme “Building Resilient Food Systems in a Changing Climate,” was attended by …": a phrase in
  // title case that nothing attributes like speech is a name, a theme or a slogan.
  if (isTitleCased(span.text) && !attributedAfter(doc, span)) return false;
  if (isUnspokenPhrase(doc, span)) return false;
  if (wordCount(span.text) > 3) return true;
  // "followed its permit “to the letter.”": a short quote inside a clause is a scare quote, unless the clause
  // reports speech ("said the numbers were “a national scandal”").
  if (/[\p{L}\p{N}]\s*$/u.test(body.slice(Math.max(0, span.open - 2), span.open))) return wordCount(span.text) >= 2 && reportedBefore(doc, span);
  const inner = body.slice(span.start, span.close);
  if (!/[,.!?]\s*["”’']?$/.test(inner)) return false;
  if (shortSentenceOfSpeech(doc, span, inner)) return true;
  return attributedAfter(doc, span);
}

/**
 * `laws that restrict liberties “for the individual's own good”`: a short lower-case phrase quoted inside a clause,
 * in a sentence with no word of speech before or after it, is a term or a label, not words someone said.
 */
function isUnspokenPhrase(doc: Doc, span: QuoteSpan): boolean {
  const body = doc.text;
  if (!/\p{Ll}\s$/u.test(body.slice(Math.max(0, span.open - 2), span.open)) || !/^\p{Ll}/u.test(span.text)) return false;
  const words = wordCount(span.text);
  if (words > UNSPOKEN_PHRASE_WORDS) return false;
  const si = doc.sentenceIndexAt(span.open);
  if (si === -1) return false;
  const sentence = doc.sentences[si];
  const tokens = doc.tokensBetween(Math.max(sentence.start, span.open - SENTENCE_LOOK), Math.min(sentence.end, span.close + SENTENCE_LOOK));
  for (const t of tokens) {
    if (t.start >= span.start && t.end <= span.end) continue;
    if (t.kind === "word" && (SPEECH_VERBS.has(t.text) || CLOSING_SPEECH_VERBS.has(t.text) || SPEECH_CUES.has(t.text.toLowerCase()))) return false;
  }
  return true;
}

/** How many words a quoted term may have at most; longer stretches are read as speech. */
const UNSPOKEN_PHRASE_WORDS = 8;
/** How far before and after a quote its sentence is read for a word of speech (a bound keeps long sentences cheap). */
const SENTENCE_LOOK = 300;
/** Words besides the speech verbs that say a sentence reports what someone said or wrote. */
const SPEECH_CUES = new Set(
  "according quoted quoting quote says say saying said tell told speech statement interview letter wrote writing tweet post remarks remark words accused accusing criticised criticized slammed blasted hit urged informed messaged texted"
    .split(" "),
);

/** Whether the words after the quote's closing mark attribute it as speech ("…,” lamented a stallholder"). */
function attributedAfter(doc: Doc, span: QuoteSpan): boolean {
  const inner = doc.text.slice(span.start, span.close);
  const after = doc.tokensBetween(span.close, span.close + 40).filter((t) => t.text !== ",");
  const first = after[0];
  const second = after[1];
  // "“Nobody asked us,” lamented a stallholder": after a quote's closing comma, a verb that attributes only
  // when it closes a quote attributes this one too.
  const closing = /[,!?]\s*["”’']?$/.test(inner);
  const verb = (t: Token | undefined) => !!t && t.kind === "word" && (SPEECH_VERBS.has(t.text) || (closing && CLOSING_SPEECH_VERBS.has(t.text)));
  if (verb(first) || verb(second)) return true;
  return speakerThenVerb(after, closing);
}

/**
 * "Building Resilient Food Systems in a Changing Climate": four words or more, every one capitalised but the short
 * connectors, and no stop, question or exclamation inside (a trailing comma aside): the way a name is written.
 */
function isTitleCased(text: string): boolean {
  const words = text.replace(/[,;:]+$/, "").split(/\s+/).filter((w) => WORD_CHAR.test(w));
  if (words.length < 4 || /[.!?]/.test(text)) return false;
  let capitalised = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) capitalised++;
    else if (!TITLE_CONNECTORS.has(w)) return false;
  }
  return capitalised >= 3 && /^\p{Lu}/u.test(words[0]) && !/^(?:I|We|You|He|She|They|It)$/.test(words[0]);
}

/** Short words a title leaves in lower case ("Systems in a Changing Climate"). */
const TITLE_CONNECTORS = new Set("a an the of in on at to for and or but with by from as into over under vs nor per".split(" "));

/**
 * `…,” Boateng said. “Enough is enough.”` / `…, adding: “He is dangerous.”`: a whole short sentence quoted right
 * after a quote's attribution in the same paragraph, or after a speech verb and a colon, is speech too.
 */
function shortSentenceOfSpeech(doc: Doc, span: QuoteSpan, inner: string): boolean {
  if (!/^\p{Lu}/u.test(span.text) || !/[.!?]\s*["”’']?$/.test(inner)) return false;
  const paragraph = doc.paragraph(doc.paragraphAt(span.open));
  const lead = doc.text.slice(Math.max(paragraph.start, span.open - 200), span.open);
  if (/[”"]\s*[^“”"]{0,80}[.!?]\s+$/.test(lead) && /[,!?]\s*[”"]/.test(lead)) return true;
  const verb = /([\p{L}]+):\s+$/u.exec(lead);
  return !!verb && SPEECH_VERBS.has(verb[1]);
}

/**
 * `“Hospitals are full,” Health Minister Amina Diallo told state radio`: a short quote the speaker's title and
 * name follow before the verb. Up to SPEAKER_WORDS words, the first capitalised or "the", none a clause word.
 */
function speakerThenVerb(after: Token[], closing = false): boolean {
  const first = after[0];
  if (!first || first.kind !== "word" || !(first.cap || /^the$/i.test(first.text))) return false;
  for (let k = 1; k < Math.min(after.length, SPEAKER_WORDS + 1); k++) {
    const t = after[k];
    if (t.kind === "word" && (SPEECH_VERBS.has(t.text) || (closing && CLOSING_SPEECH_VERBS.has(t.text))) && !/ing$/.test(t.text)) return true;
    if (t.kind === "punct" ? t.text !== "-" && t.text !== "." && t.text !== "’" && t.text !== "'" : CLAUSE_WORDS.has(t.text.toLowerCase())) return false;
  }
  return false;
}

/**
 * Words that introduce a name in quotation marks right before the quote: "under the theme “…”", "with the slogan
 * “…”", "the motto was “…”", "the credo that “…”", and "an inquiry into “…”" (the remit an inquiry is named by).
 */
const TITLE_LEADS =
  /\b(?:titled|entitled|themed|dubbed|christened|(?:inquiry|investigation) into|(?:the|a|its|their|\w+['’]s)\s+(?:theme|slogan|motto|tagline|banner|hashtag|title|credo|mantra|maxim|catchphrase|watchword)(?:\s+(?:of|was|is|that))?)[\s,:]*$/i;

/** How many words a speaker's title and name may take between a short quote and its verb. */
const SPEAKER_WORDS = 8;
const CLAUSE_WORDS = new Set("as which that who whom whose and but or if when while because is was are were be been has have had will would can could may might do does did not".split(" "));

/**
 * `'No one expected this much rain'` standing alone as a paragraph, with no closing stop: a cross-head made of a
 * pull quote, which the body quotes again where it was said.
 */
function isPullQuoteHeading(doc: Doc, span: QuoteSpan): boolean {
  const paragraph = doc.paragraph(doc.paragraphAt(span.open));
  if (!span.closed || span.open - paragraph.start > 4 || paragraph.end - span.close > 4) return false;
  if (doc.text.slice(paragraph.start, span.open).trim() !== "" || doc.text.slice(span.close, paragraph.end).trim() !== "") return false;
  return wordCount(span.text) <= HEADING_WORDS && !/[.!?,;:…]$/.test(span.text);
}

/** Cross-heads are short. */
const HEADING_WORDS = 10;

const PREDICATE_LEADS = new Set(
  "was were is are be been being remains remained remain seemed seems looked looks sounded sounds became become called calling described describing as of it they make made making".split(" "),
);

/** A speech verb earlier in the quote's sentence, with no other quote between ("said the results were “…”"). */
function reportedBefore(doc: Doc, span: QuoteSpan): boolean {
  // The fragment completes the reported clause as its predicate ("were “a national scandal”", "of “using …”"),
  // not as an idiom after a noun ("followed its permit “to the letter.”").
  const lead = doc.tokensBetween(Math.max(0, span.open - 30), span.open);
  const before = lead[lead.length - 1];
  if (!before || !PREDICATE_LEADS.has(before.text.toLowerCase())) return false;
  const si = doc.sentenceIndexAt(span.open);
  if (si === -1) return false;
  const from = Math.max(doc.sentences[si].start, span.open - 300);
  const words = doc.tokensBetween(from, span.open);
  for (let k = words.length - 1; k >= 0; k--) {
    const t = words[k];
    if (t.kind === "punct" && /^[“”"]$/.test(t.text)) return false;
    if (SPEECH_VERBS.has(t.text) && !/ing$/.test(t.text)) return true;
  }
  return false;
}

/** A quote opening its sentence right after a quote by the same speaker continues that speaker's words. */
function continues(doc: Doc, prev: QuoteSpan, prevParagraph: number, span: QuoteSpan, paragraph: number): boolean {
  if (!prev.closed && paragraph === prevParagraph + 1) return true;
  if (paragraph !== prevParagraph && paragraph !== prevParagraph + 1) return false;
  const si = doc.sentenceIndexAt(span.open);
  const sentence = si === -1 ? null : doc.sentences[si];
  const sentenceStart = sentence ? sentence.start : span.open;
  // "… said the talks were “candid” and that Beijing would “expand cooperation”": one attribution, two quotes.
  if (sentence && prev.open >= sentence.start && prev.close <= sentence.end && !/[.!?]["”’']?\s/.test(doc.text.slice(prev.close - 2, span.open))) return true;
  const lead = doc.text.slice(Math.max(sentenceStart, prev.close), span.open);
  // Nothing but the previous quote's attribution may stand between them.
  return !WORD_CHAR.test(lead);
}
