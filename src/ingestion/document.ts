/**
 * The document that flows through the extraction pipeline: the text, its tokens and sentences, and the
 * layers each stage adds. A stage reads the layers of earlier stages and never rewrites them.
 */
import { lowerBound } from "./text/search";
import { type Span, spanIndexAt } from "./text/sentences";
import type { Token } from "./text/tokens";
import type { CountrySurface } from "./lexicons/countries";
import type { ActorKind, ExtractedActor, ExtractedFigure } from "./types";
import { WordIndex } from "./stages/word-index";

/** One place in the text that names or implies a country. */
export interface CountryMention {
  /** Alpha-2 code, or null for forms that look like a country but name none ("Latin America"). */
  code: string | null;
  surface: string;
  kind: CountrySurface["kind"];
  start: number;
  end: number;
  /** First and one-past-last token index covered. */
  firstToken: number;
  endToken: number;
  /** Read from the places gazetteer (a state, province or city), not from a country's own name. */
  place?: boolean;
  /** The place opens a longer name of one of its bodies ("Christchurch City Council"): it names the country only. */
  inName?: boolean;
  /** The city opens the name of an accord or world market ("the London Metal Exchange"): it is that body's, not the story's. */
  nameOnly?: boolean;
  /** "a New Zealand-trained doctor", "Chinese-made drones": a country in a compound of training or make, which is no one's nationality. */
  trait?: boolean;
  /** The mention stands inside quoted speech. */
  quoted?: boolean;
  /** The mention opens a paragraph as a dateline ("SEOUL —", "TOLEDO, Ohio —"). */
  dateline?: boolean;
  /** The mention stands in a heading paragraph (a cross-head, a related story's headline). */
  heading?: boolean;
  /**
   * A sports story's opponent ("the win over England", "against Sierra Leone") or the host city opening an
   * event's name ("the Berlin Marathon"): named, but no sign of where the story's people come from.
   */
  fixture?: boolean;
  /**
   * The country an owner or investor comes from, not where the story happens: "a German supplier", "the Korean
   * battery maker", "Chinese-owned". It says less of where the story's people are than a plain mention does.
   */
  origin?: boolean;
  /**
   * "New Zealand firefighters", "the U.S. parent company": a country's name used as a modifier, which says where some
   * of the story's people or things come from more than where it happens (see ATTRIBUTIVE_WEIGHT).
   */
  attributive?: boolean;
  /** "Omaha, Neb.": a state or province named only to place the town before it, which is the mention that counts. */
  qualifier?: boolean;
  /**
   * "the Palermo neighbourhood of Buenos Aires", "in the Palermo district": the city names a district, of the city
   * with this code, or (null) of the story's own city.
   */
  districtOf?: string | null;
}

/** Where an actor is named in the body. */
export interface ActorMention {
  key: string;
  kind: ActorKind;
  start: number;
  end: number;
}

/** A stretch of text between quote marks (marks excluded), before speaker attribution. */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  close: number;
  closed: boolean;
  /** Opening mark of the first paragraph when the quote continues one left open in the paragraph before. */
  chainOpen?: number;
}

/** A person or body the entities stage found, before coreference merges names and counts mentions. */
export interface Candidate {
  kind: ActorKind;
  name: string;
  title: string | null;
  /** undefined: the text says nothing (fall back to the dominant country); null: explicitly none (an international body). */
  country: string | null | undefined;
  evidence: number;
  /** First offset the candidate was seen at, to keep actors in order of appearance. */
  firstSeen: number;
  surfaces: Set<string>;
  /** Key of the body a person's title names ("Alpenbank chief executive"). */
  employer?: string;
  /** A business (named as a carmaker, bank, "Corp" …), whose officers a bare "chief executive" may be. */
  company?: boolean;
  /** The country was read from the story's setting or a national office, not from the text around the name. */
  countryFromSetting?: boolean;
  /** Key of the business this one is a unit of ("its local subsidiary, Hanbit Vina" after "Hanbit Engineering"). */
  parent?: string;
}

/** What the entities stage leaves for coreference. */
export interface EntityLayer {
  candidates: Map<string, Candidate>;
  /** Capitalised single words that may be a known person's surname or given name ("Ryder said"). */
  bareWords: Array<{ text: string; start: number }>;
  /** Single unknown words that speak like organisations ("Europol said"), kept unless they turn out to be surnames. */
  organisationGuesses: Array<{ text: string; start: number; country?: string }>;
}

/** A quote with its speaker and the sieve that decided it. */
export interface AttributedQuote {
  text: string;
  start: number;
  end: number;
  speakerKey: string | null;
  /** Name of the attribution sieve that chose the speaker, or null when none did. */
  sieve: string | null;
}

/** The article as the pipeline sees it. Layers are filled in pipeline order (see pipeline.ts). */
export class Doc {
  /** Paragraph start offsets, sorted (paragraphs are separated by a blank line). */
  paragraphStarts: number[] = [];
  tokens: Token[] = [];
  titleTokens: Token[] = [];
  sentences: Span[] = [];
  headingParagraphs = new Set<number>();
  countryMentions: CountryMention[] = [];
  titleCountryMentions: CountryMention[] = [];
  /** The country the article is mostly about, when one clearly leads. */
  homeCountry: string | null = null;
  /** The country of the outlet's country-code domain (".in", ".co.nz"), when it has one. */
  sourceCountry: string | null = null;
  /** The country the story is set in (read more loosely than homeCountry). */
  settingCountry: string | null = null;
  quoteSpans: QuoteSpan[] = [];
  entities: EntityLayer = { candidates: new Map(), bareWords: [], organisationGuesses: [] };
  actors: ExtractedActor[] = [];
  /** Every naming of every actor, sorted by start. */
  mentions: ActorMention[] = [];
  quotes: AttributedQuote[] = [];
  topics: string[] = [];
  figures: ExtractedFigure[] = [];

  private wordIndex: WordIndex | null = null;
  private sentenceStarts: Int32Array | null = null;

  constructor(
    readonly title: string,
    readonly text: string,
    /** The outlet's domain ("keralachronicle.in"), when known. */
    readonly source = "",
  ) {}

  /** Where each word of the body stands (built on first use, after the sentences stage). */
  words(): WordIndex {
    if (!this.wordIndex) this.wordIndex = new WordIndex(this.text, this.tokens);
    return this.wordIndex;
  }

  /** Index of the first token of the clause-level sentence holding token `i` (after ".", "!" or "?", or a paragraph start). */
  sentenceStartToken(i: number): number {
    if (!this.sentenceStarts) {
      const t = this.tokens;
      const s = new Int32Array(t.length);
      for (let k = 0; k < t.length; k++) {
        const opens = k === 0 || t[k - 1].paragraph !== t[k].paragraph || /^[.!?]$/.test(t[k - 1].text);
        s[k] = opens ? k : s[k - 1];
      }
      this.sentenceStarts = s;
    }
    return this.sentenceStarts[i] ?? i;
  }

  /** Index of the paragraph holding `offset` (binary search over paragraph starts). */
  paragraphAt(offset: number): number {
    const starts = this.paragraphStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** [start, end) of paragraph `index`. */
  paragraph(index: number): Span {
    const start = this.paragraphStarts[index] ?? this.text.length;
    const next = this.paragraphStarts[index + 1];
    return { start, end: next === undefined ? this.text.length : next - 2 };
  }

  /** Index of the first token starting at or after `offset`. */
  tokenIndexAt(offset: number): number {
    return lowerBound(this.tokens, offset, (t) => t.start);
  }

  /** Tokens wholly inside [from, to). */
  tokensBetween(from: number, to: number): Token[] {
    const out: Token[] = [];
    for (let i = this.tokenIndexAt(from); i < this.tokens.length && this.tokens[i].end <= to; i++) out.push(this.tokens[i]);
    return out;
  }

  /** Index of the sentence holding `offset`, or -1. */
  sentenceIndexAt(offset: number): number {
    return spanIndexAt(this.sentences, offset);
  }

  /** Index of the first mention starting at or after `offset`. */
  mentionIndexAt(offset: number): number {
    return lowerBound(this.mentions, offset, (m) => m.start);
  }

  /** Mentions wholly inside [from, to), in order. */
  mentionsBetween(from: number, to: number): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = this.mentionIndexAt(from); i < this.mentions.length && this.mentions[i].start < to; i++) {
      if (this.mentions[i].end <= to) out.push(this.mentions[i]);
    }
    return out;
  }
}

/** One step of the pipeline: reads earlier layers of the document and adds its own. */
export interface Stage {
  name: string;
  run(doc: Doc): void;
}
