import type { ExtractedFigure } from "../ingestion/types";
import { createHash } from "node:crypto";
import { isoCountries } from "../domain/countries";
import { IPTC_TOP_LEVEL, topicSlug } from "../domain/iptc-topics";
import * as words from "./words";

/** A synthetic person or organisation, as stored in `actor`. */
export interface SyntheticActor {
  index: number;
  name: string;
  normalizedName: string;
  identity: string;
  kind: "PERSON" | "ORGANIZATION";
  title: string | null;
  countryCode: string;
  aliases: string[];
}

export interface SyntheticQuote {
  text: string;
  start: number;
  end: number;
  /** Index into SyntheticCorpus.actors, or null when the text names no speaker. */
  speaker: number | null;
}

/** A figure as the extraction pipeline makes one. */
export type SyntheticFigure = ExtractedFigure;

/** One article with everything linked to it; actors are indexes into SyntheticCorpus.actors. */
export interface SyntheticArticle {
  index: number;
  title: string;
  url: string;
  source: string;
  publishedAt: Date;
  fetchedAt: Date;
  body: string;
  contentHash: string;
  countries: string[];
  topics: string[];
  actors: Array<{ actor: number; mentions: number }>;
  quotes: SyntheticQuote[];
  figures: SyntheticFigure[];
  /** For a republished copy: the index of the story's original article (itself never a copy). */
  copyOf?: number;
}

export interface SyntheticOptions {
  seed?: number;
  /** How many distinct actors articles draw from. */
  actorCount?: number;
  /** First possible publication instant; articles spread over `days` after it. */
  start?: Date;
  days?: number;
}

const DEFAULTS = { seed: 1, actorCount: 5_000, start: new Date("2023-01-01T00:00:00.000Z"), days: 3 * 365 };
const DAY_MS = 86_400_000;
/** Share of articles that republish an earlier one (wire copy on another site). */
export const COPY_SHARE = 0.15;
/** A copy republishes one of the articles this many indexes before it. */
const COPY_WINDOW = 200;

/** Small, fast, seedable PRNG (mulberry32): the same seed always gives the same stream. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Mixes two integers into one well-spread 32-bit seed (murmur3 finaliser). */
function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent: a few items are very popular. */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(readonly size: number, exponent = 1) {
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let k = 0; k < size; k++) {
      total += 1 / Math.pow(k + 1, exponent);
      this.cumulative[k] = total;
    }
    for (let k = 0; k < size; k++) this.cumulative[k] /= total;
  }

  sample(random: () => number): number {
    const u = random();
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `count` distinct ranks (count must not exceed size). */
  distinct(random: () => number, count: number): number[] {
    const picked = new Set<number>();
    while (picked.size < count) picked.add(this.sample(random));
    return [...picked];
  }
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Deterministic order of `items` for a seed (Fisher-Yates), so popularity ranks differ by seed but not by run. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Countries most news is about, placed first so the skew looks like real coverage. */
const NEWSWORTHY = ["US", "UA", "RU", "CN", "GB", "IL", "FR", "DE", "IN", "JP", "TR", "IR", "KR", "BR", "PS", "SY", "PL", "ZA", "NG", "MX"];

const CURRENCY_SYMBOL: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };
const SCALES: Array<[string, number]> = [["thousand", 1e3], ["million", 1e6], ["billion", 1e9]];
/** Measures and durations as [unit, the word written, kind]. */
const MEASURES: Array<[string, string, SyntheticFigure["kind"]]> = [["km", "km", "MEASURE"], ["t", "tonnes", "MEASURE"], ["MW", "MW", "MEASURE"], ["day", "days", "DURATION"], ["year", "years", "DURATION"]];

/** Builds a body piece by piece, tracking offsets so quotes and figures point at their text. */
class BodyWriter {
  private text = "";
  private paragraph: string[] = [];

  /** Appends a sentence to the current paragraph and returns its offset in the body. */
  sentence(sentence: string): number {
    const prefix = this.paragraph.length ? " " : this.text.length ? "\n\n" : "";
    const offset = this.text.length + prefix.length;
    this.text += prefix + sentence;
    this.paragraph.push(sentence);
    return offset;
  }

  endParagraph(): void {
    this.paragraph = [];
  }

  toString(): string {
    return this.text;
  }
}

/**
 * A reproducible news corpus: actors and article `i` are pure functions of the seed, so any slice can be
 * generated on its own and the same seed always gives byte-identical data.
 */
/** A synthetic article's URL: outlet, publication date and title slug, unique by index. */
function articleUrl(source: string, publishedAt: Date, title: string, index: number): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const date = publishedAt.toISOString().slice(0, 10).replace(/-/g, "/");
  return `https://${source}/${date}/${slug}-${index}`;
}

export class SyntheticCorpus {
  readonly options: Required<SyntheticOptions>;
  readonly countries: string[];
  readonly countryNames: Map<string, string>;
  readonly topics: string[];
  readonly actors: SyntheticActor[];
  private readonly countryZipf: ZipfSampler;
  private readonly topicZipf: ZipfSampler;
  private readonly actorZipf: ZipfSampler;
  private readonly outletZipf: ZipfSampler;
  private readonly outlets: string[];

  constructor(options: SyntheticOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
    const random = prng(mixSeed(this.options.seed, 0xc0ffee));
    const iso = isoCountries();
    this.countryNames = new Map(iso.map((c) => [c.code, c.name]));
    const rest = shuffled(
      iso.map((c) => c.code).filter((code) => !NEWSWORTHY.includes(code)),
      random,
    );
    this.countries = [...NEWSWORTHY.filter((code) => this.countryNames.has(code)), ...rest];
    this.topics = shuffled(
      IPTC_TOP_LEVEL.map((t) => topicSlug(t.label)),
      random,
    );
    this.outlets = shuffled(words.OUTLETS, random);
    this.countryZipf = new ZipfSampler(this.countries.length, 1.1);
    this.topicZipf = new ZipfSampler(this.topics.length, 0.9);
    this.actorZipf = new ZipfSampler(this.options.actorCount, 1.0);
    this.outletZipf = new ZipfSampler(this.outlets.length, 0.8);
    this.actors = this.makeActors(random);
  }

  private makeActors(random: () => number): SyntheticActor[] {
    const actors: SyntheticActor[] = [];
    const identities = new Set<string>();
    for (let index = 0; index < this.options.actorCount; index++) {
      const countryCode = this.countries[this.countryZipf.sample(random)];
      const person = random() < 0.75;
      let name: string;
      let aliases: string[];
      let title: string | null;
      if (person) {
        const last = pick(random, words.LAST_NAMES);
        name = `${pick(random, words.FIRST_NAMES)} ${last}`;
        aliases = [last];
        title = pick(random, words.PERSON_TITLES);
      } else {
        const country = this.countryNames.get(countryCode) ?? countryCode;
        name = `${country} ${pick(random, words.ORGANISATION_KINDS)}`;
        aliases = [];
        title = null;
      }
      const kind = person ? "PERSON" : "ORGANIZATION";
      let identity = `${name.toLowerCase()}|${kind}|${countryCode}`;
      // Names repeat across 5,000 draws; a middle initial keeps each actor distinct, as in real coverage.
      for (let n = 0; identities.has(identity); n++) {
        const initial = String.fromCharCode(65 + ((index + n) % 26));
        name = person ? name.replace(" ", ` ${initial}. `) : `${name} ${initial}`;
        identity = `${name.toLowerCase()}|${kind}|${countryCode}`;
      }
      identities.add(identity);
      actors.push({ index, name, normalizedName: name.toLowerCase(), identity, kind, title, countryCode, aliases });
    }
    return actors;
  }

  /**
   * Article number `index` (0-based); depends only on the seed and the index. About COPY_SHARE of them republish
   * an earlier original on another site: a new headline, a paragraph trimmed or added, light edits.
   */
  article(index: number): SyntheticArticle {
    const original = this.originalOf(index);
    return original === null ? this.compose(index) : this.republish(index, this.compose(original));
  }

  /** The index of the original article that `index` republishes, or null when it is an original. */
  originalOf(index: number): number | null {
    const random = prng(mixSeed(this.options.seed ^ 0x5eed, index + 1));
    if (index === 0 || random() >= COPY_SHARE) return null;
    const earlier = Math.max(0, index - 1 - Math.floor(random() * Math.min(COPY_WINDOW, index)));
    // A copy of a copy is a copy of its original; indexes only go down, so this ends.
    return this.originalOf(earlier) ?? earlier;
  }

  /** A lightly edited copy of `original` as article `index`: another outlet and headline, a day or so later. */
  private republish(index: number, original: SyntheticArticle): SyntheticArticle {
    const random = prng(mixSeed(this.options.seed ^ 0xc0b1, index + 1));
    const end = this.options.start.getTime() + this.options.days * DAY_MS;
    const publishedAt = new Date(Math.min(end - 1, original.publishedAt.getTime() + between(random, 3_600_000, 36 * 3_600_000)));
    const fetchedAt = new Date(publishedAt.getTime() + between(random, 60_000, DAY_MS));
    let source = this.outlets[this.outletZipf.sample(random)];
    if (source === original.source) source = this.outlets[(this.outlets.indexOf(source) + 1) % this.outlets.length];
    const place = this.countryNames.get(original.countries[0]) ?? original.countries[0];
    const title = capitalise(`${place}: ${pick(random, words.ADJECTIVES)} ${pick(random, words.NOUNS)} ${pick(random, words.VERBS)} as ${pick(random, words.NOUNS)} ${pick(random, words.VERBS)}`);
    const paragraphs = original.body.split("\n\n");
    // Light edits: a dateline, another word for who acted, a time added to one attribution.
    paragraphs[0] = `${place.toUpperCase()} (${source}) - ${paragraphs[0].replace("Officials", "Authorities")}`;
    const said = paragraphs.findIndex((p, i) => i > 0 && p.includes(" said."));
    if (said > 0) paragraphs[said] = paragraphs[said].replace(" said.", " said on Tuesday.");
    if (random() < 0.5 && paragraphs.length > 4) paragraphs.pop();
    else paragraphs.push(`${capitalise(pick(random, words.CONNECTORS))} the ${pick(random, words.NOUNS)}, ${source} could not reach the ${pick(random, words.NOUNS)} for comment.`);
    const body = paragraphs.join("\n\n");
    // Quotes and figures keep their text; find them again in the edited body (in order, so each search starts where the last ended).
    const relocate = <T extends { start: number; end: number }>(items: T[], textOf: (item: T) => string): T[] => {
      const out: T[] = [];
      let from = 0;
      for (const item of items) {
        const at = body.indexOf(textOf(item), from);
        if (at < 0) continue;
        out.push({ ...item, start: at, end: at + textOf(item).length });
        from = at + textOf(item).length;
      }
      return out;
    };
    return {
      ...original,
      index,
      title,
      url: articleUrl(source, publishedAt, title, index),
      source,
      publishedAt,
      fetchedAt,
      body,
      contentHash: createHash("sha256").update(`${title}\n${body}\n${index}`).digest("hex"),
      quotes: relocate(original.quotes, (q) => q.text),
      figures: relocate(original.figures, (f) => f.text).filter((f) => body.includes(f.context)),
      copyOf: original.index,
    };
  }

  /** An original article's content for `index`. */
  private compose(index: number): SyntheticArticle {
    const random = prng(mixSeed(this.options.seed, index + 1));
    const { start, days } = this.options;
    const publishedAt = new Date(start.getTime() + Math.floor(random() * days * DAY_MS));
    const fetchedAt = new Date(publishedAt.getTime() + between(random, 60_000, 2 * DAY_MS));
    const source = this.outlets[this.outletZipf.sample(random)];
    const countries = this.countryZipf.distinct(random, between(random, 1, 4)).map((k) => this.countries[k]);
    const topics = this.topicZipf.distinct(random, between(random, 1, 3)).map((k) => this.topics[k]);
    const place = (code: string) => this.countryNames.get(code) ?? code;
    const noun = () => pick(random, words.NOUNS);
    const adjective = () => pick(random, words.ADJECTIVES);
    const verb = () => pick(random, words.VERBS);

    const title = capitalise(`${adjective()} ${noun()} ${verb()} ${pick(random, words.CONNECTORS)} ${noun()} in ${place(countries[0])}`);

    // About 5 quotes with speakers drawn Zipf-like; about 10 actors mentioned, speakers among them.
    const quoteCount = between(random, 3, 7);
    const speakers: Array<number | null> = [];
    for (let i = 0; i < quoteCount; i++) speakers.push(random() < 0.1 ? null : this.actorZipf.sample(random));
    const mentioned = new Map<number, number>();
    for (const s of speakers) if (s !== null) mentioned.set(s, (mentioned.get(s) ?? 0) + 1);
    const actorTarget = between(random, 8, 12);
    while (mentioned.size < actorTarget) {
      const a = this.actorZipf.sample(random);
      mentioned.set(a, (mentioned.get(a) ?? 0) + between(random, 1, 3));
    }

    const body = new BodyWriter();
    body.sentence(`The ${adjective()} ${noun()} in ${place(countries[0])} ${verb()} the ${noun()} ${pick(random, words.CONNECTORS)} the ${noun()}.`);
    body.sentence(`Officials ${verb()} a ${adjective()} ${noun()} on the ${noun()}.`);
    body.endParagraph();

    const actorIds = [...mentioned.keys()];
    const quotes: SyntheticQuote[] = [];
    const figures: SyntheticFigure[] = [];
    const figureCount = between(random, 3, 7);
    const paragraphs = Math.max(quoteCount, figureCount, Math.ceil(actorIds.length / 2));
    for (let p = 0; p < paragraphs; p++) {
      for (const a of actorIds.slice(p * 2, p * 2 + 2)) {
        const actor = this.actors[a];
        const role = actor.title ? `, the ${actor.title},` : "";
        body.sentence(`${actor.name}${role} ${verb()} the ${adjective()} ${noun()}.`);
      }
      if (p < quoteCount) {
        const speaker = speakers[p];
        const text = `${pick(random, words.QUOTE_OPENINGS)} the ${noun()} and the ${noun()},`;
        const who = speaker === null ? "an official" : this.actors[speaker].name;
        const offset = body.sentence(`"${text}" ${who} said.`);
        quotes.push({ text, start: offset + 1, end: offset + 1 + text.length, speaker });
      }
      if (p < figureCount) {
        const figure = this.figure(random, noun(), verb());
        const offset = body.sentence(figure.context);
        const at = figure.context.indexOf(figure.text);
        figures.push({ ...figure, start: offset + at, end: offset + at + figure.text.length });
      }
      if (random() < 0.5) body.sentence(`${capitalise(pick(random, words.CONNECTORS))} the ${noun()}, the ${noun()} ${verb()} ${adjective()} ${noun()}.`);
      body.endParagraph();
    }
    const text = body.toString();
    return {
      index,
      title,
      url: articleUrl(source, publishedAt, title, index),
      source,
      publishedAt,
      fetchedAt,
      body: text,
      contentHash: createHash("sha256").update(`${title}\n${text}\n${index}`).digest("hex"),
      countries,
      topics,
      actors: actorIds.map((actor) => ({ actor, mentions: mentioned.get(actor)! })),
      quotes,
      figures,
    };
  }

  /** A money amount, a percentage, a count of things, a measure or a duration, with the sentence it stands in. */
  private figure(random: () => number, noun: string, verb: string): Omit<SyntheticFigure, "start" | "end"> {
    const kind = random();
    if (kind < 0.35) {
      const currency = words.CURRENCIES[Math.min(words.CURRENCIES.length - 1, Math.floor(-Math.log(1 - random()) * 2.5))];
      const [scaleWord, scale] = pick(random, SCALES);
      const amount = Math.round(random() * 999 * 10 + 10) / 10;
      const symbol = CURRENCY_SYMBOL[currency];
      const text = symbol ? `${symbol}${amount} ${scaleWord}` : `${amount} ${scaleWord} ${currency}`;
      return { value: Math.round(amount * scale), kind: "MONEY", unit: currency, text, context: `The ${noun} ${verb} ${text} in new spending.` };
    }
    if (kind < 0.6) {
      const amount = Math.round(random() * 1000) / 10;
      const text = `${amount} percent`;
      return { value: amount, kind: "PERCENT", unit: "%", text, context: `Support for the ${noun} stood at ${text}.` };
    }
    if (kind >= 0.9) {
      // Measures and durations draw as many random numbers as a count, so the rest of the corpus stays the same.
      const [unit, word, figureKind] = pick(random, MEASURES);
      const value = Math.floor(1 + random() * 500);
      const text = `${value} ${word}`;
      return { value, kind: figureKind, unit, text, context: `The ${noun} ${verb} ${text} from the start.` };
    }
    const unit = words.COUNTED_THINGS[Math.min(words.COUNTED_THINGS.length - 1, Math.floor(-Math.log(1 - random()) * 4))];
    const value = Math.floor(Math.pow(10, 1 + random() * 5));
    const text = value.toLocaleString("en-US");
    return { value, kind: "COUNT", unit, text, context: `About ${text} ${unit} were counted after the ${noun}.` };
  }
}
