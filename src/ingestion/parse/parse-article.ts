import { InputError } from "../../errors";
import type { ParsedArticle } from "../types";
import {
  captionCredit,
  isBylineLine,
  isContactLine,
  isCopyrightLine,
  isDisclaimerLine,
  isCreditOnlyLine,
  isDeskSignOff,
  isInlineLinkLine,
  isMenuLine,
  isPageNoteLine,
  isSectionItem,
  isSectionRowLine,
  isSegmentedStampLine,
  isSignUpLine,
  isStampLine,
  isWireNoteLine,
  letterWordCount,
  nameKey,
} from "./chrome";
import { datelineDate, findDate, looksLikeDate } from "./published-at";

const NAVIGATION_WORDS = new Set(
  (
    "home back menu search skip to content contents main navigation sign in log login logout register subscribe share close " +
    "open next previous prev latest news top stories sections section more account my profile nav go ≡ ☰ × « » ‹ › ← → " +
    "| / - • toggle view all browse explore follow us newsletter newsletters edition english " +
    // Share buttons.
    "facebook twitter x whatsapp email e-mail linkedin telegram pinterest reddit messenger copy link copied print " +
    // Buttons by the headline: "Save", "Gift article", "Listen to story".
    "save saved gift bookmark listen article story audio"
  ).split(" "),
);
const DOMAIN_RE = /(?:^|[\s|·•])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})(?:\/\S*)?(?=$|[\s|·•,])/i;
const CAPTION_RE =
  /(?:\b(?:Photo|Photos|Photograph|Image|Images|Picture|Pictures|Credit|Illustration|Video|Source|Footage)(?:\s+credit)?\s*(?::|\bby\b)\s*\S.{0,80}$)|(?:\((?:Photo|Image|Picture|Credit)[^)]{0,80}\)\s*$)|(?:(?:©|\(c\)|Getty Images|AFP via Getty|AP Photo|Shutterstock)[^.]{0,60}$)/i;
const TRAILER_RE =
  /^(?:people (?:are )?also (?:read|reading)|also read|read (?:more|also|next)|related(?: articles?| stories| story| coverage| content| news| posts?| reading| links)?|more (?:from|stories|news|on this|to read|like this|in)|recommended(?: for you| stories| reading)?|you (?:may|might)(?: also)? (?:like|enjoy|be interested)|most (?:read|popular|viewed)|trending(?: now)?|further reading|see also|latest (?:news|stories)|what to read next|sponsored(?: content)?|share this(?: article| story)?|tags?|topics|(?:suggested|related|more) topics|keywords|comments?|advertisement|continue reading)\b.{0,60}$/i;
const JUNK_LINE_RE =
  /^(?:advertisement|advertisements|ad|sponsored|share|(?:kindly |please )?share this(?: story| article| post)?:?|share on \w+|(?:watch\s+)?duration:?\s*\d[\w :]{0,30}|watch(?: [\p{L}\d-]+){0,3} live(?: now| tv| stream)?|(?:[\p{L}]+ ){0,2}alerts?:.{0,100}|tweet|print|email|subscribe(?: now)?|sign up.{0,60}newsletter.{0,40}|listen to (?:this )?(?:article|story).{0,30}|\d+ (?:min|mins|minutes?)(?: read| (?:reading|read|listening) time)?|comments?(?: \(\d+\))?|click here.{0,60}|loading\.{0,3}|scroll to continue.{0,20})\.?$/iu;

/** Split a scraped page into title, outlet domain, publication time and clean body. */
export function parseArticle(raw: string, fetchedAt: Date): ParsedArticle {
  const rawLines = raw.replace(/\r\n?/g, "\n").split("\n");
  const lines = rawLines.map((l) => l.replace(/[\t \u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, " ").trim());

  const stamped = takeStoredDateStamp(lines, rawLines);
  // A second, lenient pass takes a date stamp it cannot read (and no domain) rather than reject the page.
  const header =
    findClassifiedHeader(lines, rawLines, fetchedAt) ??
    findHeader(lines, fetchedAt, false) ??
    findHeader(lines, fetchedAt, true) ??
    findLooseHeader(lines, fetchedAt) ??
    findBareHeadline(lines, rawLines, fetchedAt) ??
    findLeadAsTitle(lines, fetchedAt);
  if (!header) {
    throw new InputError(
      "raw",
      "has no recognisable title: expected a headline line (past the site's menus) followed by the article's paragraphs, ideally with the outlet's domain and a date (e.g. \"example.com 3 days ago\")",
    );
  }
  // The archive's stamp gives the year a dateline's day lacks.
  if (stamped && (header.publishedAt.getTime() === fetchedAt.getTime() || header.fromLead)) header.publishedAt = stamped;
  const above = domainAboveTitle(lines, header.titleIndex, rawLines);
  // "INQUIRER.net / 06:14 PM …" under the headline names the site; "newsinfo.inquirer.net" above it is the page's host.
  if (header.source === "unknown" || (above && above.endsWith("." + header.source))) header.source = above ?? "unknown";
  // A page that prints no domain names its outlet in the masthead: "The Example Ledger", "HT  hindustantimes".
  if (header.source === "unknown") header.source = mastheadName(lines, rawLines, header.titleIndex) ?? "unknown";
  const outlet = outletKeys(lines, header);
  const title = withoutOutletSuffix(header.title, outlet);
  // A title taken from the lead sentence is no headline repeated above the body: the lead stays in the body.
  const body = cleanBody(lines, header.bodyFrom, { outlet, title: header.fromLead ? "" : nameKey(title) });
  if (body.length === 0) throw new InputError("raw", "has a title but no article paragraphs after it; send the full page text");
  return { title, source: header.source, publishedAt: header.publishedAt, body };
}

interface Header {
  title: string;
  source: string;
  publishedAt: Date;
  bodyFrom: number;
  titleIndex: number;
  /** The title is the lead sentence of a page saved without its headline. */
  fromLead?: boolean;
}

/**
 * The outlet's domain or a URL above the headline, or null: alone on its line ("https://www.example.com/news/123"),
 * or one item of a masthead or menu row set apart by bars, bullets or runs of spaces ("Harbour Gazette | harbourgazette.com",
 * "example.com | e-Paper | Subscribe | Sign In").
 */
function domainAboveTitle(lines: string[], titleIndex: number, rawLines?: string[]): string | null {
  let brand: string | null = null;
  for (let j = 0; j < titleIndex; j++) {
    const line = lines[j];
    if (!line || line.length > 200) continue;
    const domain = DOMAIN_RE.exec(line);
    if (!domain) continue;
    if (line.replace(domain[0], "").trim().length === 0) return domain[1].toLowerCase();
    const fromRow = domainInRow(rawLines?.[j] ?? line);
    // "SITE.net  News  Business" names the site; a host written in lower case is the page's own.
    if (fromRow && fromRow.lower) return fromRow.host;
    if (fromRow) brand ??= fromRow.host;
  }
  return brand;
}

/**
 * The outlet's name in the masthead, the page's first line above the headline: its longest item when logo and
 * name stand side by side ("HT  hindustantimes", "The Daily Example | E-paper"). Null when that line is a menu,
 * a link row, a stamp or reads as a sentence.
 */
/** Most items of a masthead row: the name, a logo's letters, an edition or language link. */
const MAX_MASTHEAD_ITEMS = 3;

function mastheadName(lines: string[], rawLines: string[], titleIndex: number): string | null {
  const first = nextNonEmpty(lines, 0);
  if (first === -1 || first >= titleIndex) return null;
  const line = lines[first];
  if (findDate(line) || DOMAIN_RE.test(line) || isBylineLine(line) || /[.!?:;,]$/.test(line)) return null;
  const all = rawLines[first].trim().split(ROW_SPLIT_RE).map((s) => s.trim()).filter(Boolean);
  // A site menu of four links or more is no masthead, nor a row of navigation words ("Home Back").
  if (all.length > MAX_MASTHEAD_ITEMS || (all.length === 1 && isNavigationLine(line))) return null;
  let items = all.filter((s) => !isNavigationLine(s) && !isSectionItem(s) && !JUNK_LINE_RE.test(s));
  // A name that is also a section's ("NATION") is the masthead when the site's menu follows it.
  const next = nextNonEmpty(lines, first + 1);
  if (items.length === 0 && all.length === 1 && !isNavigationLine(line) && next !== -1 && next < titleIndex && isNavigationLine(lines[next])) items = all;
  if (items.length === 0) return null;
  const name = items.reduce((a, b) => (b.length > a.length ? b : a));
  if (wordCount(name) > MAX_MASTHEAD_WORDS || !/\p{L}/u.test(name) || /[!?;"“”()]/.test(name)) return null;
  return name;
}

/** Most words of an item beside the domain in a masthead or menu row. */
const MAX_ROW_ITEM_WORDS = 6;
const ROW_SPLIT_RE = /\s+[|•·]\s+|\t+|[ \u00A0]{2,}/;

/**
 * The domain that is one item of a row of short items ("Harbour Gazette | harbourgazette.com"): the host as
 * the page writes it in lower case, the longest when there are two ("SITE.net | news.site.net"); null when an
 * item reads as a sentence or is long.
 */
function domainInRow(raw: string): { host: string; lower: boolean } | null {
  const items = raw.trim().split(ROW_SPLIT_RE).map((s) => s.trim()).filter(Boolean);
  if (items.length < 2) return null;
  let best: string | null = null;
  let bestLower = false;
  for (const item of items) {
    if (wordCount(item) > MAX_ROW_ITEM_WORDS || /[!?;"“”]|[.,:]$/.test(item)) return null;
    const domain = DOMAIN_RE.exec(item);
    if (!domain || item.replace(domain[0], "").trim().length > 0) continue;
    const host = domain[1].toLowerCase();
    const lower = domain[1] === host;
    if (!best || (lower && !bestLower) || (lower === bestLower && host.length > best.length)) {
      best = host;
      bestLower = lower;
    }
  }
  return best ? { host: best, lower: bestLower } : null;
}

/** "Storm Closes Port | Harbour Gazette" -> "Storm Closes Port": the outlet's name after the headline, as page titles carry it. */
function withoutOutletSuffix(title: string, outlet: Set<string>): string {
  const cut = Math.max(title.lastIndexOf(" | "), title.lastIndexOf(" - "), title.lastIndexOf(" – "), title.lastIndexOf(" — "));
  if (cut < 10) return title;
  const key = nameKey(title.slice(cut + 3));
  // The suffix is the outlet's whole name, or most of its domain label ("Colombo Ledger" for colomboledger-news.lk).
  for (const name of outlet) if (key === name || (name.startsWith(key) && key.length * 5 >= name.length * 3)) return title.slice(0, cut).trim();
  return title;
}

/** Longest masthead line (the outlet's name above the headline), in words. */
const MAX_MASTHEAD_WORDS = 6;

/**
 * The outlet's name as the page prints it, compared by letters alone: the masthead (the first line, when it
 * comes before the headline and is short) and the domain's name ("colomboledger" for
 * colomboledger.lk). A body line that is only this name is chrome.
 */
function outletKeys(lines: string[], header: Header): Set<string> {
  const keys = new Set<string>();
  const first = nextNonEmpty(lines, 0);
  if (first !== -1 && first < header.titleIndex) {
    const line = lines[first];
    if (wordCount(line) <= MAX_MASTHEAD_WORDS && !DOMAIN_RE.test(line) && !findDate(line) && !isNavigationLine(line)) keys.add(nameKey(line));
  }
  if (header.source !== "unknown") {
    // The domain's name is its longest label short of the suffix: "example" in news.example.co.uk.
    const labels = header.source.split(".").slice(0, -1);
    keys.add(nameKey(labels.reduce((a, b) => (b.length > a.length ? b : a), "")));
  }
  keys.delete("");
  return keys;
}

/** How many lines from the top of the page the header may take up. */
const HEADER_ZONE_LINES = 40;
/** Most standfirst lines (sentences between the headline and the byline or date) the header takes. */
const MAX_STANDFIRST_LINES = 2;
/** Longest headline, in words. */
const MAX_HEADLINE_WORDS_IN_HEADER = 30;
/** Fewest words with letters of a line taken as the headline wherever it stands (a masthead or section label has fewer). */
const MIN_HEADLINE_WORDS = 4;

/** What a line at the top of a page is; the header is read from the kinds of its lines. */
type HeaderKind = "prose" | "headline" | "short" | "stamp" | "domain" | "byline" | "name" | "chrome" | "caption" | "summary";

interface HeaderLine {
  kind: HeaderKind;
  /** The date a stamp line gives; null when it gives none or cannot be read. */
  date: Date | null;
  /** A stamp that looks like a date the parser cannot read. */
  unreadable: boolean;
  /** The outlet's domain on the line, lower case. */
  domain: string | null;
}

// Scrapers keep a menu's or share row's items apart by runs of spaces or tabs.
const SEGMENT_SPLIT_RE = /\t+|[ \u00A0]{2,}/;
/** A label over a list of links: "Trending: Naira | Budget | Fuel Price", "Share: Telegram  Facebook  X". */
const LIST_LABEL_RE = /^[\p{L}][\p{L} ]{0,24}:\s*/u;
/** A summary box's label, alone on its line or before the summary itself. */
const SUMMARY_LABEL_RE =
  /^(?:summary|in summary|key points|key takeaways|takeaways|highlights|story highlights|in brief|at a glance|quick read|what you need to know|the big picture|tl;?dr)\s*(?:$|:$|[:\-–—]\s*\S)/i;
/** A reading time under a label, before or after it: "Reading time: 4 minutes", "Estimated read time 6 min", "3 min Reading time". */
const READING_TIME_LABEL_RE =
  /^(?:estimated )?(?:reading|read|listening) time(?::| :)?\s*\d+\s*(?:min|mins|minutes?)\.?$|^\d+\s*(?:min|mins|minutes?) (?:reading|read|listening) time$/i;
const BULLET_RE = /^[-–•*▪●◦·]\s/;
/** A credit under a label: "Source: Xinhua", "Editor: Jane Doe", "Edited by Jane Doe". */
const LABEL_CREDIT_RE =
  /^(?:source|sources|editor|editors|edited by|author|authors|reporter|reporters|writer|text|compiled by|produced by|correspondent)(?::| :)?\s+\p{Lu}/iu;
/** The noun that ends a journalist's role ("Health Correspondent", "Rural Reporter", "Senior Staff Writer"). */
const ROLE_NOUN_RE =
  /\b(?:correspondents?|reporters?|writers?|editors?|journalists?|columnists?|contributors?|producers?|photographers?|photojournalists?|analysts?|presenters?|anchors?|critics?|bureau chief|desk|staff|interns?)$/i;
/** Words of a person's name that need not be capitalised ("Luis de la Cruz", "Nur binti Ali"). */
const NAME_PARTICLES = new Set("de da del della der den di do dos du la le van von bin binti bint al el ibn ter ten y".split(" "));
/** Most words of each item in a row of links between bars. */
const MAX_LINK_ROW_ITEM_WORDS = 4;
/** Longest name or role line in a byline, in words. */
const MAX_NAME_WORDS = 5;

function isNameWord(word: string): boolean {
  return NAME_PARTICLES.has(word) || /^\p{Lu}[\p{L}'’.-]*$/u.test(word);
}

/** A person's name alone ("Jane Doe", "Luis de la Cruz"), or a journalist's role ("Health Correspondent"). */
function isNameOrRole(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > MAX_NAME_WORDS || /[\d!?;:"“”()]/.test(text)) return false;
  if (ROLE_NOUN_RE.test(text) && /^\p{Lu}/u.test(text)) return true;
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]) && words.every(isNameWord) && !words.every((w) => NAVIGATION_WORDS.has(w.toLowerCase()));
}

/** A byline without "By": a name and a role ("Jane Doe, Rural Reporter"), or names with agencies ("Jane Doe with dpa, AFP"). */
function isBareByline(line: string, underHeadline: boolean): boolean {
  if (wordCount(line) > 14 || /[.!?]$/.test(line)) return false;
  // Handles alone ("@janedoe"), and under the headline names joined by "and" ("Jane Doe and Ravi Rao"): a headline may read so above it.
  if (/^@\w+(?:[\s,|\/]+@\w+)*$/.test(line)) return true;
  if (underHeadline && / (?:and|&) /.test(line)) {
    const names = line.split(/\s*,\s*|\s+(?:and|&)\s+/);
    if (names.length >= 2 && names.every((n) => wordCount(n) >= 2 && wordCount(n) <= 3 && isNameOrRole(n))) return true;
  }
  const withAgencies = /^(.+?) with (.+)$/.exec(line);
  if (withAgencies && withAgencies[1].split(/\s*(?:,|\band\b)\s*/).every((n) => n === "" || isNameOrRole(n))) {
    if (withAgencies[2].split(/\s*(?:,|\band\b)\s*/).every((a) => a === "" || isCreditOnlyLine(a) || /^agencies$/i.test(a))) return true;
  }
  const parts = line.split(/\s*,\s*|\s+[-–—|\/]\s+/);
  if (parts.length < 2 || parts.length > 3 || !isNameOrRole(parts[0])) return false;
  // After the name: roles, outlets, agencies, or a place in one word ("Jane Doe, Health Reporter", "Example News, Portville").
  return parts.slice(1).every((p) => isNameOrRole(p) || isCreditOnlyLine(p) || /^\p{Lu}[\p{L}'’-]+$/u.test(p));
}

/** A row of menu items or share buttons, as the scraper kept it: items set apart by runs of spaces, or a label over links. */
function isSpacedMenuOrShareRow(line: string, raw: string): boolean {
  const segments = raw.trim().split(SEGMENT_SPLIT_RE).map((s) => s.trim()).filter(Boolean);
  if (segments.length >= 3 && isMenuLine(segments.join(" | "))) return true;
  const label = LIST_LABEL_RE.exec(line);
  if (!label) return false;
  const rest = line.slice(label[0].length);
  const restSegments = raw.trim().slice(raw.trim().indexOf(":") + 1).split(SEGMENT_SPLIT_RE).map((s) => s.trim()).filter(Boolean);
  return isNavigationLine(rest) || isMenuLine(rest) || (restSegments.length >= 3 && isMenuLine(restSegments.join(" | ")));
}

const STAMP_WORD_AFTER_NAME_RE = /\s(?:published|updated|posted|first published|last updated)\b/i;

/**
 * A byline and a stamp run together on one line: "Jane Doe Published March 3, 2026 Updated 2 hours ago".
 * The date of the stamp (null when it cannot be read), or undefined when the line is not one.
 */
function namedStampDate(line: string, fetchedAt: Date): Date | null | undefined {
  const cut = STAMP_WORD_AFTER_NAME_RE.exec(line);
  if (!cut) return undefined;
  const name = line.slice(0, cut.index).replace(/[\s|,·•–—-]+$/, "");
  const stamp = line.slice(cut.index + 1);
  if (!name || !isStampLine(stamp)) return undefined;
  if (!(isNameOrRole(name) || isBylineLine(name) || isCreditOnlyLine(name) || isBareByline(name, true))) return undefined;
  // "Published March 3 … Updated 2 hours ago": the publication date comes before the update.
  const updated = stamp.search(/\s(?:updated|last updated|modified)\b/i);
  const published = updated > 0 ? findDate(stamp.slice(0, updated), fetchedAt) : null;
  return (published ?? findDate(stamp, fetchedAt))?.date ?? null;
}

/** A stamp kept in segments apart by runs of spaces: "November 3, 2026   By Jane Doe   4 min read". */
function spacedStampDate(raw: string, fetchedAt: Date): Date | null | undefined {
  const segments = raw.trim().split(SEGMENT_SPLIT_RE).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2) return undefined;
  let date: Date | null = null;
  for (const segment of segments) {
    const d = findDate(segment, fetchedAt);
    if (d && (isStampLine(segment) || (segment.length <= 40 && isHeaderLine(segment, "", d)))) date ??= d.date;
    else if (!(isStampLine(segment) || isBylineLine(segment) || isCreditOnlyLine(segment))) return undefined;
  }
  return date;
}

function classifyHeaderLine(line: string, raw: string, fetchedAt: Date, inSummary: boolean, underHeadline: boolean): HeaderLine {
  const out: HeaderLine = { kind: "short", date: null, unreadable: false, domain: null };
  if (line.length > 300) return { ...out, kind: "prose" };
  const domain = DOMAIN_RE.exec(line);
  const date = findDate(line, fetchedAt);
  if (domain && line.length <= 120) {
    const rest = line.replace(domain[0], " ").trim();
    if (rest.length === 0) return { ...out, kind: "domain", domain: domain[1].toLowerCase() };
    if (date && isHeaderLine(line, domain[0], date)) return { ...out, kind: "stamp", date: date.date, domain: domain[1].toLowerCase() };
    if (!date && line.length <= 80 && looksLikeDate(rest)) return { ...out, kind: "stamp", unreadable: true, domain: domain[1].toLowerCase() };
  }
  if (date && (isStampLine(line) || isSegmentedStampLine(line) || (line.length <= 60 && isHeaderLine(line, "", date)))) return { ...out, kind: "stamp", date: date.date };
  const named = namedStampDate(line, fetchedAt);
  if (named !== undefined) return { ...out, kind: "stamp", date: named };
  const spaced = spacedStampDate(raw, fetchedAt);
  if (spaced !== undefined) return { ...out, kind: "stamp", date: spaced };
  if (!date && (isStampLine(line) || looksLikeDate(line) || READING_TIME_LABEL_RE.test(line))) return { ...out, kind: "stamp", unreadable: looksLikeDate(line) };
  if (SUMMARY_LABEL_RE.test(line) || (inSummary && BULLET_RE.test(line))) return { ...out, kind: "summary" };
  if (isNavigationLine(line) || JUNK_LINE_RE.test(line) || isSignUpLine(line) || isSpacedMenuOrShareRow(line, raw)) return { ...out, kind: "chrome" };
  if (isBylineLine(line) || isCreditOnlyLine(line) || (LABEL_CREDIT_RE.test(line) && wordCount(line) <= 8 && !/[.!?]$/.test(line)) || isBareByline(line, underHeadline)) {
    return { ...out, kind: "byline" };
  }
  if (isCaptionLine(line)) return { ...out, kind: "caption" };
  if (isProseLine(line)) return { ...out, kind: "prose" };
  if (isNameOrRole(line)) return { ...out, kind: "name" };
  // Short items between bars are links ("Weather | Class suspensions"), not a headline with the outlet's name after it.
  const items = line.split(/\s+[|•·]\s+/);
  if (items.length >= 2 && items.every((item) => wordCount(item) <= MAX_LINK_ROW_ITEM_WORDS)) return { ...out, kind: items.length >= 3 ? "chrome" : "short" };
  const words = letterWordCount(line);
  if (words >= MIN_HEADLINE_WORDS && wordCount(line) <= MAX_HEADLINE_WORDS_IN_HEADER && !/[.;,:]$/.test(line) && looksLikeTitle(line)) return { ...out, kind: "headline" };
  return out;
}

/** A photo caption or credit line ("The pier at dawn. Photo: Lee Ray"). */
function isCaptionLine(line: string): boolean {
  return CAPTION_RE.test(line) || captionCredit(line) === "strong";
}

/** A masthead that may stand above the headline: the page's first line, a few capitalised words ("Example Gazette (English edition)"). */
function isMastheadLike(line: string): boolean {
  const words = line.replace(/\([^()]*\)/g, " ").split(/\s+/).filter(Boolean);
  return words.length <= MAX_MASTHEAD_WORDS && words.every((w) => !/^\p{Ll}/u.test(w) || NAME_PARTICLES.has(w) || /^(?:the|of|and|for|on|in)$/.test(w));
}

/**
 * The header read from the kind of each line at the top of the page: menus, share rows, stamps and reading
 * times, bylines (a bare name, "Name, Role", "Editor: …", "Name with dpa, AFP"), domain lines, captions and
 * summary boxes are chrome; the headline is the first line that reads as one (past a masthead), or the short
 * line just above the first stamp or byline; the date is the first stamp's under it, the source the first
 * domain in the header, and the body starts at the first line after the header that is none of these. Null
 * when the top holds no date or domain under a headline, or prose comes first; one pass over 40 lines.
 */
function findClassifiedHeader(lines: string[], rawLines: string[], fetchedAt: Date): Header | null {
  const limit = Math.min(lines.length, HEADER_ZONE_LINES);
  const first = nextNonEmpty(lines, 0);
  let titleIndex = -1;
  let shortAbove = -1;
  let standfirsts = 0;
  let markers = 0;
  let publishedAt: Date | null = null;
  let unreadable = false;
  let source: string | null = null;
  let mastheadSource: string | null = null;
  let last = -1;
  let inSummary = false;
  let bodyFrom = -1;
  // Only menus and labels between the headline taken so far and this line: a headline further down replaces it.
  let onlyChromeSinceTitle = false;
  let previous = -1;
  for (let i = 0; i < limit; previous = lines[i] ? i : previous, i++) {
    const line = lines[i];
    if (!line) continue;
    const c = classifyHeaderLine(line, rawLines[i], fetchedAt, inSummary, titleIndex !== -1);
    inSummary = c.kind === "summary";
    // A headline in title case reads like a name; a name of four capitalised words or more seldom stands in a header.
    const candidate =
      c.kind === "headline" || (c.kind === "name" && letterWordCount(line) >= MIN_HEADLINE_WORDS && (titleIndex === -1 || !/(?:^|\s)\p{Ll}/u.test(line)));
    if (titleIndex === -1) {
      if (c.kind === "prose") return null;
      if (candidate) {
        titleIndex = i;
        onlyChromeSinceTitle = true;
        continue;
      }
      if (c.kind === "chrome" || c.kind === "caption") {
        shortAbove = -1;
        continue;
      }
      if (c.kind === "short" || c.kind === "name") {
        if (letterWordCount(line) >= 2 && looksLikeTitle(line)) shortAbove = i;
        continue;
      }
      // The outlet's name over its domain ("Example News", "example.com") is the masthead, not a short headline.
      if (c.kind === "domain" && shortAbove !== -1 && c.domain && mastheadNamesDomain(lines[shortAbove], c.domain)) {
        mastheadSource ??= c.domain;
        shortAbove = -1;
        continue;
      }
      // A stamp, byline or domain under a short headline; one above any headline is the site's, not the story's.
      if (shortAbove === -1 || c.kind === "summary") continue;
      titleIndex = shortAbove;
    }
    // A masthead, a section label or a menu item above the headline, or the page title ("Headline | Outlet")
    // above the headline itself; a standfirst follows its headline at once, and a photo's alt text its caption.
    if (candidate && markers === 0 && standfirsts === 0) {
      const repeatsTitle = nameKey(lines[titleIndex]).startsWith(nameKey(line)) && line.length < lines[titleIndex].length;
      const masthead = titleIndex === first && isMastheadLike(lines[titleIndex]);
      if (repeatsTitle || masthead || (onlyChromeSinceTitle && previous !== titleIndex)) {
        titleIndex = i;
        onlyChromeSinceTitle = true;
        continue;
      }
    }
    if (c.kind !== "chrome" && c.kind !== "short") onlyChromeSinceTitle = false;
    if (c.kind === "prose" || c.kind === "headline" || c.kind === "short") {
      if (publishedAt || unreadable || source) {
        bodyFrom = i;
        break;
      }
      if (c.kind !== "short" && ++standfirsts > MAX_STANDFIRST_LINES) return null;
      continue;
    }
    if (c.kind === "stamp") {
      markers++;
      if (!publishedAt && c.date) publishedAt = c.date;
      if (c.unreadable) unreadable = true;
    }
    if (c.kind === "byline") markers++;
    if (c.domain && !source) source = c.domain;
    last = i;
  }
  if (titleIndex === -1 || !(publishedAt || unreadable || source)) return null;
  if (bodyFrom === -1) bodyFrom = last + 1;
  const title = lines[titleIndex];
  if (!looksLikeTitle(title)) return null;
  return { title, source: source ?? mastheadSource ?? "unknown", publishedAt: publishedAt ?? new Date(fetchedAt.getTime()), bodyFrom, titleIndex };
}

/** "DW | Made for minds." over dw.com, "Example News" over examplenews.com: the line's first item is the domain's name. */
function mastheadNamesDomain(line: string, domain: string): boolean {
  const key = nameKey(line.split(/\s+[|•·–—-]\s+/)[0]);
  const label = nameKey(domain.split(".").slice(0, -1).reduce((a, b) => (b.length > a.length ? b : a), ""));
  return key.length >= 2 && label.length >= 2 && (label.startsWith(key) || key.startsWith(label));
}

function findHeader(lines: string[], fetchedAt: Date, lenient: boolean): Header | null {
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (!line || line.length > 120) continue;
    const domain = DOMAIN_RE.exec(line);
    const date = findDate(line, fetchedAt);
    let dateLine = -1;
    let publishedAt: Date | null = null;
    if (domain && date && isHeaderLine(line, domain[0], date)) {
      dateLine = i;
      publishedAt = date.date;
    } else if (domain && line.replace(domain[0], "").trim().length === 0) {
      // The date may follow on the next line, or on the one after a byline ("By Jane Doe").
      let next = nextNonEmpty(lines, i + 1);
      if (next !== -1 && isBylineLine(lines[next])) {
        const after = nextNonEmpty(lines, next + 1);
        if (after !== -1 && readableDateLine(lines[after], fetchedAt)) next = after;
      }
      const nextDate = next === -1 ? null : readableDateLine(lines[next], fetchedAt);
      const readable = !!nextDate;
      // A date line the parser cannot read still belongs to the header; the fetch time stands in for it.
      const unreadable = !readable && next !== -1 && looksLikeDate(lines[next]);
      dateLine = readable || unreadable ? next : i;
      publishedAt = readable ? nextDate! : new Date(fetchedAt.getTime());
    } else if (domain && !date && line.length <= 80 && looksLikeDate(line.replace(domain[0], " "))) {
      // "example.org 31.02.2025": a domain and a date stamp the parser cannot read.
      dateLine = i;
      publishedAt = new Date(fetchedAt.getTime());
    } else if (!domain && date && ((line.length <= 60 && isHeaderLine(line, "", date)) || isSegmentedStampLine(line))) {
      // A date line without a domain: the domain may be on the line before, or missing.
      dateLine = i;
      publishedAt = date.date;
    } else if (lenient && !domain && !date && looksLikeDate(line)) {
      dateLine = i;
      publishedAt = new Date(fetchedAt.getTime());
    } else continue;
    const titleIndex = previousTitleLine(lines, i);
    if (titleIndex === -1) continue;
    let source = domain ? domain[1].toLowerCase() : "";
    if (!domain) {
      const prev = nextNonEmptyBackward(lines, i - 1);
      const prevDomain = prev === -1 ? null : DOMAIN_RE.exec(lines[prev]);
      if (prevDomain && lines[prev].length <= 60) source = prevDomain[1].toLowerCase();
      else {
        // The outlet's domain alone on a line after the date ("Sunday, 29 Nov 2026 8:15 PM", "example.my"), perhaps
        // after a share button and a byline ("Share this", "Jo Bloggs, Rural Reporter"): short lines, no prose.
        for (let next = nextNonEmpty(lines, dateLine + 1), n = 0; next !== -1 && n < 3 && lines[next].length <= 60 && !isProseLine(lines[next]); next = nextNonEmpty(lines, next + 1), n++) {
          const nextDomain = DOMAIN_RE.exec(lines[next]);
          if (nextDomain && lines[next].replace(nextDomain[0], "").trim().length === 0) {
            source = nextDomain[1].toLowerCase();
            dateLine = next;
            break;
          }
        }
      }
    }
    const title = lines[titleIndex];
    if (!looksLikeTitle(title)) continue;
    return { title, source: source || "unknown", publishedAt: publishedAt!, bodyFrom: dateLine + 1, titleIndex };
  }
  return null;
}

/** Fewest words with letters in a headline the loose header takes (a masthead or section label has fewer). */
const MIN_LOOSE_TITLE_WORDS = 4;
/** Most words in a headline the loose header takes. */
const MAX_LOOSE_TITLE_WORDS = 30;
/** How many non-empty lines after the headline the loose header looks through for the date and the domain. */
const LOOSE_HEADER_LINES = 12;

/** A paragraph of the story: a long line, or a sentence of a dozen words or more. */
function isProseLine(line: string): boolean {
  return line.length > 200 || (wordCount(line) >= 12 && /[.!?]["”’)]?$/.test(line));
}

/**
 * The last resort, for a page whose header has none of the shapes above: a summary box, a topic line or a
 * stamp the parser cannot place between the headline and the date. The first headline-like line before the
 * first paragraph is the title. The first date within a few lines of it is the publication time, else the first
 * date above it, else the fetch time, and a domain alone on a line near it is the source. A page whose top shows
 * neither a date nor a domain is left to findBareHeadline, which asks more of the headline. One pass over at
 * most 40 lines.
 */
function findLooseHeader(lines: string[], fetchedAt: Date): Header | null {
  const limit = Math.min(lines.length, 40);
  let titleIndex = -1;
  // "Business News of Tuesday, 1 December 2026" above the headline: some sites print the date before the title.
  let dateAbove: Date | null = null;
  for (let i = 0; i < limit && titleIndex === -1; i++) {
    const line = lines[i];
    if (!line) continue;
    if (isProseLine(line)) return null;
    if (DOMAIN_RE.test(line) && line.length <= 60) continue;
    if (isNavigationLine(line) || isBylineLine(line) || isCreditOnlyLine(line)) continue;
    const stamp = findDate(line, fetchedAt);
    if (stamp || isStampLine(line)) {
      if (!dateAbove && stamp && (line.length <= 160 || isStampLine(line))) dateAbove = stamp.date;
      continue;
    }
    const words = letterWordCount(line);
    if (words >= MIN_LOOSE_TITLE_WORDS && wordCount(line) <= MAX_LOOSE_TITLE_WORDS && !/[.!?;,]$/.test(line) && looksLikeTitle(line)) titleIndex = i;
  }
  if (titleIndex === -1) return null;
  let source = domainAboveTitle(lines, titleIndex);
  let publishedAt: Date | null = null;
  let last = titleIndex;
  for (let j = titleIndex + 1, seen = 0; j < lines.length && seen < LOOSE_HEADER_LINES; j++) {
    const line = lines[j];
    if (!line) continue;
    seen++;
    if (isProseLine(line) && !isStampLine(line)) break;
    const domain = DOMAIN_RE.exec(line);
    if (!source && domain && line.length <= 60) {
      source = domain[1].toLowerCase();
      last = j;
    }
    const date: { date: Date } | null = publishedAt ? null : findDate(line, fetchedAt);
    if (date && (line.length <= 160 || isStampLine(line))) {
      publishedAt = date.date;
      last = j;
    }
  }
  publishedAt ??= dateAbove;
  if (!source && !publishedAt) return null;
  return { title: lines[titleIndex], source: source ?? "unknown", publishedAt: publishedAt ?? new Date(fetchedAt.getTime()), bodyFrom: last + 1, titleIndex };
}

/** Most non-empty lines between a bare headline and the story's first paragraph: a byline, a role, a photo and its caption. */
const MAX_LINES_TO_FIRST_PARAGRAPH = 8;

/**
 * The very last resort, for a page that prints no date and no domain at all (or only ones above the headline's
 * zone that no other reader placed): the first line that reads as a headline past the site's chrome, when the
 * story's first paragraph follows it within a few lines of bylines, captions and labels. The publication time is
 * then unknown and the fetch time stands in for it, as for a stamp the parser cannot read. A masthead of several
 * capitalised words on the page's first line gives way to a headline under it; a headline after nothing but menus
 * gives way to one further down. Null when prose comes before any headline, or no paragraph follows it: text with
 * no headline is still refused. One pass over at most 40 lines.
 */
function findBareHeadline(lines: string[], rawLines: string[], fetchedAt: Date): Header | null {
  const limit = Math.min(lines.length, HEADER_ZONE_LINES);
  const first = nextNonEmpty(lines, 0);
  let titleIndex = -1;
  let onlyChromeSinceTitle = false;
  let previous = -1;
  let between = 0;
  // The last line under the headline that is header matter (a byline, a caption, a label, a line not ending a sentence).
  let last = -1;
  for (let i = 0; i < limit; previous = lines[i] ? i : previous, i++) {
    const line = lines[i];
    if (!line) continue;
    const c = classifyHeaderLine(line, rawLines[i], fetchedAt, false, titleIndex !== -1);
    if (c.kind === "prose") {
      if (titleIndex === -1) return null;
      return { title: lines[titleIndex], source: "unknown", publishedAt: new Date(fetchedAt.getTime()), bodyFrom: last + 1, titleIndex };
    }
    // Headlines open with a capital, a figure or a quote mark, in title case or sentence case alike.
    const candidate = (c.kind === "headline" || (c.kind === "name" && letterWordCount(line) >= MIN_HEADLINE_WORDS)) && /^[\p{Lu}\d‘“"']/u.test(line);
    // Past only menus and labels, a later headline replaces one over a menu, or a masthead on the page's first line;
    // a photo's alt text over its caption replaces nothing.
    const replaces =
      titleIndex === -1 ||
      (onlyChromeSinceTitle && (previous !== titleIndex || (titleIndex === first && isMastheadLike(lines[titleIndex]))) && !isCaptionLine(lines[nextNonEmpty(lines, i + 1)] ?? ""));
    if (candidate && replaces) {
      titleIndex = i;
      last = i;
      between = 0;
      onlyChromeSinceTitle = true;
      continue;
    }
    if (titleIndex === -1) continue;
    if (++between > MAX_LINES_TO_FIRST_PARAGRAPH) return null;
    if (c.kind !== "chrome" && c.kind !== "short") onlyChromeSinceTitle = false;
    if (c.kind !== "short" || !endsSentence(line)) last = i;
  }
  return null;
}

/** A stored page's date stamp opening one of its first lines: "date 2024-10-11 Pakistan suffered …". */
const STORED_DATE_STAMP_RE = /^date (\d{4})-(\d{2})-(\d{2})\b\s*/i;
/** Lines from the top searched for a stored page's date stamp. */
const STORED_STAMP_LINES = 3;

/**
 * Some archives save a page with its date as a leading "date YYYY-MM-DD" before the headline or the first
 * paragraph. Cuts the stamp from its line (so neither the title nor the body carries it) and returns its date
 * (midnight UTC, as the other date-only stamps read), or null.
 */
function takeStoredDateStamp(lines: string[], rawLines: string[]): Date | null {
  for (let i = 0, seen = 0; i < lines.length && seen < STORED_STAMP_LINES; i++) {
    if (!lines[i]) continue;
    seen++;
    const m = STORED_DATE_STAMP_RE.exec(lines[i]);
    if (!m) continue;
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return null;
    lines[i] = lines[i].slice(m[0].length);
    rawLines[i] = rawLines[i].trimStart().replace(STORED_DATE_STAMP_RE, "");
    return date;
  }
  return null;
}

/** Longest title taken from an article's lead sentence, in characters. */
const MAX_LEAD_TITLE_CHARS = 160;
/** A dateline opening the lead: "ISLAMABAD, May 07 (APP):", "KUALA LUMPUR, June 6 —", "Islamabad:". */
const LEAD_DATELINE_RE = /^[\p{Lu}][\p{L}.']*(?: [\p{Lu}][\p{L}.']*){0,3}(?:, [\p{L}\d.]+(?: [\p{L}\d.]+){0,3})?(?: \([^)]{1,20}\)(?: ?[—–:]| --?(?= ))?| ?[—–:]| --?(?= )) */u;

/**
 * A page saved without its headline, the outlet's domain alone on its first line and the article's paragraphs
 * straight after: the lead sentence, without its dateline, stands in for the title, the dateline's day (if it gives
 * one) is the date, and the whole text is the body.
 * Null for any other page (one with no domain line, or whose line after it is not prose, is still refused).
 */
function findLeadAsTitle(lines: string[], fetchedAt: Date): Header | null {
  const first = nextNonEmpty(lines, 0);
  const domainLine = first !== -1 && lines[first].length <= 60 && DOMAIN_RE.test(lines[first]) && !/\s\S+\s/.test(lines[first]);
  const i = domainLine ? nextNonEmpty(lines, first + 1) : -1;
  if (i === -1 || !isProseLine(lines[i])) return null;
  const dateline = LEAD_DATELINE_RE.exec(lines[i])?.[0] ?? "";
  const lead = lines[i].slice(dateline.length);
  const sentenceEnd = lead.slice(0, MAX_LEAD_TITLE_CHARS + 1).search(/[.!?](?=\s+[\p{Lu}“"‘]|$)/u);
  let title = sentenceEnd > 0 ? lead.slice(0, sentenceEnd) : lead.slice(0, MAX_LEAD_TITLE_CHARS + 1);
  if (title.length > MAX_LEAD_TITLE_CHARS) title = title.slice(0, title.lastIndexOf(" ", MAX_LEAD_TITLE_CHARS)).replace(/[\s,;:—–-]+$/, "") + " …";
  if (letterWordCount(title) < MIN_HEADLINE_WORDS) return null;
  // "ISLAMABAD, May 07 (APP):": the dateline's day is the story's when nothing above dates it.
  const publishedAt = datelineDate(dateline, fetchedAt) ?? new Date(fetchedAt.getTime());
  return { title, source: "unknown", publishedAt, bodyFrom: i, titleIndex: i, fromLead: true };
}

/** The date of a line that holds only a date, or a publication stamp ("Posted at 5:42 AM, Nov 05, 2026 and last updated …"). */
function readableDateLine(line: string, fetchedAt: Date): Date | null {
  const date = findDate(line, fetchedAt);
  return date && (line.length <= 60 || isStampLine(line)) ? date.date : null;
}

function isHeaderLine(line: string, domainText: string, date: { index: number; length: number }): boolean {
  // What is left besides the domain and the date may only be a byline or separators.
  const rest = (line.slice(0, date.index) + " " + line.slice(date.index + date.length)).replace(domainText.trim(), " ");
  const cleaned = rest.replace(/\b(?:by|updated|published|posted|on|at|\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|gmt|utc|[ap]\.?m\.?|et|est|edt|pt|bst|cet)\b/gi, " ").replace(/[|·•,—–\-:]/g, " ").trim();
  return cleaned.split(/\s+/).filter(Boolean).length <= 4;
}

function previousTitleLine(lines: string[], from: number): number {
  for (let j = from - 1; j >= 0; j--) {
    const line = lines[j];
    if (!line) continue;
    if (DOMAIN_RE.test(line) && line.length <= 60) continue;
    // A byline or credit between the headline and the date ("By Jane Doe", "AFP, Kathmandu,", "The Associated Press").
    if (isBylineLine(line) || isCreditOnlyLine(line) || isStampLine(line)) continue;
    if (isNavigationLine(line)) return -1;
    return standfirstHeadline(lines, j) ?? j;
  }
  return -1;
}

/** Most words of a headline read above a standfirst. */
const MAX_HEADLINE_ABOVE_STANDFIRST_WORDS = 20;

/**
 * The headline above a standfirst: when the line over the date is a long sentence ("Police arrested two
 * men after …."), a short line above it that does not end like a sentence is the headline.
 */
function standfirstHeadline(lines: string[], j: number): number | null {
  if (wordCount(lines[j]) <= 14 || !/[.!?]["”’]?$/.test(lines[j])) return null;
  const above = nextNonEmptyBackward(lines, j - 1);
  if (above === -1) return null;
  const line = lines[above];
  if (wordCount(line) > MAX_HEADLINE_ABOVE_STANDFIRST_WORDS || /[.!?:;,]$/.test(line) || isNavigationLine(line) || DOMAIN_RE.test(line) || findDate(line)) return null;
  return above;
}

function looksLikeTitle(line: string): boolean {
  const words = line.match(/\p{L}+/gu) ?? [];
  return words.length >= 2 && line.length <= 300 && !isNavigationLine(line);
}

/** A line of site chrome: every word is a navigation word ("Home Back", "Menu Search"), or a menu ("News | Sport | Weather"). */
export function isNavigationLine(line: string): boolean {
  const words = line.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 0 && words.length <= 8 && words.every((w) => NAVIGATION_WORDS.has(w))) return true;
  return isMenuLine(line) || isSectionRowLine(line);
}

function nextNonEmpty(lines: string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j]) return j;
  return -1;
}

function nextNonEmptyBackward(lines: string[], from: number): number {
  for (let j = from; j >= 0; j--) if (lines[j]) return j;
  return -1;
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

function endsSentence(line: string): boolean {
  return /[.!?…:"”’')]$/.test(line);
}

/** Fewest headlines under a closing label ("Lo más leído", "More Dairy") that make it a link list. */
const MIN_TRAILING_HEADLINES = 2;
/** Longest label over a closing link list, in words. */
const MAX_TRAILER_LABEL_WORDS = 4;
/** Longest line read as a linked headline, in words. */
const MAX_HEADLINE_WORDS = 16;

/**
 * A fact line of a list: a label, a colon, then an amount and at most two words ("Defence: Rs 6,100 crore",
 * "Health – N46bn", "Roads: 1.2 lakh km"); a closing list of such lines is the story's, not links.
 */
const FACT_LINE_RE = /^[^:–—]{2,60}(?::|\s[–—-])\s*(?:Rs\.?\s?|₹|\$|€|£|[A-Z]{1,3}\$?\s?)?\d[\d,.]*\p{L}*(?:\s\p{L}+){0,2}$/u;

/** A linked headline: short, opens with a capital or digit, ends with no sentence mark, and is no fact line. */
function isHeadlineLine(line: string): boolean {
  return /^[\p{Lu}\d‘“"']/u.test(line) && !/[.!?:;,…"”]$/.test(line) && wordCount(line) <= MAX_HEADLINE_WORDS && !FACT_LINE_RE.test(line);
}

/**
 * Where a closing list of linked headlines under a short label starts ("Leia também", "Also in Courts",
 * "Politics"), in any language: the label's line index, or lines.length when the page ends otherwise.
 * One backward pass over the lines.
 */
function trailingLinkListStart(lines: string[], from: number): number {
  let headlines = 0;
  let i = lines.length - 1;
  for (; i >= from; i--) {
    const line = lines[i];
    if (!line) continue;
    if (!isHeadlineLine(line)) break;
    headlines++;
  }
  // The block's first line is its label; the rest are the headlines.
  if (headlines < MIN_TRAILING_HEADLINES + 1) return lines.length;
  let label = i + 1;
  while (label < lines.length && !lines[label]) label++;
  // A label longer than a few words is itself a headline: the list then starts at the last short line.
  while (label < lines.length && letterWordCount(lines[label]) > MAX_TRAILER_LABEL_WORDS) label = nextNonEmpty(lines, label + 1) === -1 ? lines.length : nextNonEmpty(lines, label + 1);
  let after = 0;
  for (let j = label + 1; j < lines.length; j++) if (lines[j]) after++;
  return after >= MIN_TRAILING_HEADLINES ? label : lines.length;
}

/** Fewest words of a line that shows the article's prose has begun (the lead zone of bylines and captions is over). */
const MIN_PROSE_WORDS = 8;

/** What the page says of itself, to find again in the body: the outlet's name and the headline, by letters alone. */
interface PageNames {
  outlet: Set<string>;
  title: string;
}

function cleanBody(lines: string[], from: number, names: PageNames): string {
  const kept: string[] = [];
  const firstContent = nextNonEmpty(lines, from);
  const end = trailingLinkListStart(lines, from);
  // Found once, so deciding whether a trailer line ends the article never rescans the lines after it.
  const lastSentence = lastSentenceLine(lines);
  // Before the first paragraph of prose: where bylines, credits and captions sit.
  let lead = true;
  let ended = false;
  for (let i = from; i < end; i++) {
    const line = lines[i];
    if (!line) continue;
    if (TRAILER_RE.test(line) || isInlineLinkLine(line)) {
      // Trailing link lists end the article; an inline "Read more: …" link line is just dropped.
      if (lastSentence <= i) break;
      continue;
    }
    // Past a wire's closing note, a desk sign-off or a full copyright notice, only paragraphs of prose are the story's:
    // the short lines there are the site's ("Our Standards: …", "Trending Stories").
    if (ended && !isProseLine(line)) continue;
    if (!lead && isStoryEnd(line)) {
      ended = true;
      continue;
    }
    if (JUNK_LINE_RE.test(line) || isNavigationLine(line) || isChromeLine(line, names)) continue;
    if (lead && isBylineLine(line)) continue;
    const credit = captionCredit(line);
    // A bracketed agency alone ("(Xinhua)") marks a caption only under its alt text, before the story starts.
    const underAlt = kept.length > 0 && wordCount(kept[kept.length - 1]) <= 15 && !endsSentence(kept[kept.length - 1]);
    const caption = (CAPTION_RE.test(line) && !endsWithQuote(line)) || credit === "strong" || (lead && credit === "weak" && underAlt);
    if (caption) {
      const prevIndex = nextNonEmptyBackward(lines, i - 1);
      const prev = prevIndex >= 0 ? lines[prevIndex] : "";
      const isAlt =
        kept.length > 0 &&
        kept[kept.length - 1] === prev &&
        wordCount(prev) <= 15 &&
        !endsSentence(prev) &&
        (prevIndex === firstContent || line.toLowerCase().startsWith(prev.toLowerCase()));
      if (isAlt) kept.pop();
      continue;
    }
    kept.push(line);
    if (wordCount(line) >= MIN_PROSE_WORDS && endsSentence(line)) lead = false;
  }
  return kept.join("\n\n");
}

/** A wire's note on what an update changed, which stands above the story: "(Adds quote in paragraph 5)". */
const UPDATE_NOTE_RE = /^\((?:adds|updates|recasts|corrects|changes|rewrites|refiles|repeats|removes|fixes)\b/i;

/**
 * The line a story ends on: "(Reporting by Jane Doe; Editing by John Roe)", "(With inputs from PTI)", "bur-ab/cd",
 * "Copyright 2026 Example Media. All rights reserved." A bare credit ("© Example") may caption a photo mid-story.
 */
function isStoryEnd(line: string): boolean {
  return (isWireNoteLine(line) && !UPDATE_NOTE_RE.test(line)) || isDeskSignOff(line) || (isCopyrightLine(line) && /\d{4}/.test(line) && /\brights reserved\b/i.test(line));
}

/** Chrome wherever it stands: stamps, counters, copyright, sign-up prompts, agency and outlet names, desk sign-offs. */
function isChromeLine(line: string, names: PageNames): boolean {
  return (
    isTitleRepeat(line, names.title) ||
    isStampLine(line) ||
    isSegmentedStampLine(line) ||
    isCopyrightLine(line) ||
    isDisclaimerLine(line) ||
    isContactLine(line) ||
    isWireNoteLine(line) ||
    isPageNoteLine(line) ||
    isSignUpLine(line) ||
    isCreditOnlyLine(line) ||
    isDeskSignOff(line) ||
    (wordCount(line) <= MAX_MASTHEAD_WORDS && names.outlet.has(nameKey(line)))
  );
}

/** Fewest letters of a cut-off headline ("Riot Squad Called In To Help F...") that make it a repeat of the title. */
const MIN_TITLE_STEM = 12;

/** The headline again in the body, whole or cut off with an ellipsis. */
function isTitleRepeat(line: string, title: string): boolean {
  if (line.length > 320) return false;
  const key = nameKey(line);
  if (key === title) return true;
  return /(?:\.{3}|…)$/.test(line) && key.length >= MIN_TITLE_STEM && title.startsWith(key);
}

function endsWithQuote(line: string): boolean {
  return /["”]\s*$/.test(line) && wordCount(line) > 25;
}

/** Index of the last line that reads as a full sentence of prose (over 20 words, ending a sentence), or -1. */
function lastSentenceLine(lines: string[]): number {
  for (let j = lines.length - 1; j >= 0; j--) {
    const line = lines[j];
    if (line && wordCount(line) > 20 && /[.!?]["”’]?$/.test(line) && !isDisclaimerLine(line) && !isCopyrightLine(line)) return j;
  }
  return -1;
}
