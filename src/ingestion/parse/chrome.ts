/**
 * Line classifiers for the site chrome a scraper saves around an article: menus, bylines, time stamps,
 * counters, photo credits, agency and outlet names, copyright lines. Each looks at one line only and is
 * strict enough that a line of prose does not match; parse-article.ts decides where each may apply.
 */
import { findDate } from "./published-at";

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** Words with a letter in them: separators ("|", "/", "-") are not words. */
export function letterWordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

// Menu items are set apart by bars, bullets or breadcrumb arrows, or by a slash with spaces around it.
const MENU_SEPARATOR_RE = /\s*[|•·»›>]\s*|\s\/\s/;
const BREADCRUMB_RE = /[>»›]/;
/** Longest menu item, in words ("Container Lines", "Crime & Courts", "Expat Life"). */
const MAX_MENU_ITEM_WORDS = 3;

/**
 * A site menu or breadcrumb: three or more short items (two under breadcrumb arrows) set apart by
 * separators, none with a digit or a sentence mark, most of them capitalised:
 * "News | Politics | Business | Sports", "Home > Economy > Agriculture".
 */
export function isMenuLine(line: string): boolean {
  if (line.length > 200) return false;
  const items = line.split(MENU_SEPARATOR_RE).map((s) => s.trim()).filter(Boolean);
  if (items.length < (BREADCRUMB_RE.test(line) ? 2 : 3)) return false;
  let capitalised = 0;
  for (const item of items) {
    if (wordCount(item) > MAX_MENU_ITEM_WORDS || /[\d.!?,;:"“”]/.test(item)) return false;
    if (/^\p{Lu}/u.test(item)) capitalised++;
  }
  return capitalised * 3 >= items.length * 2;
}

/**
 * Section names of news sites, a closed class: what their menus list ("World", "Politics", "Business", "Sport",
 * "Opinion", "Weather"), continents and a few words that come with them ("News", "More", "Live").
 */
const SECTION_WORDS = new Set(
  (
    "news world local national international nation regions region metro city cities state states politics government " +
    "business economy markets market money finance finances tech technology science health sport sports entertainment " +
    "culture arts art lifestyle life living style travel food opinion opinions editorial editorials commentary analysis " +
    "features weather environment climate sustainability energy legal law crime courts justice investigations " +
    "education religion faith obituaries obits jobs careers property homes autos motoring cars books music film films " +
    "movies tv television fashion beauty wellness society media video videos photos podcasts podcast live watch listen more " +
    "home latest trending breaking shows games puzzles weekend magazine newsletters e-paper epaper e-edition sections " +
    "europe africa asia americas oceania pacific asia-pacific middle east latin america agriculture transport"
  ).split(" "),
);
/** A menu item made only of section names: "Business", "Live TV", "E-paper". */
export function isSectionItem(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SECTION_WORDS.has(w));
}

/** Fewest items of a menu kept as plain words without separators ("World Politics Business Sport Science"). */
const MIN_SECTION_ROW_WORDS = 5;

/**
 * A site menu the scraper flattened into one line of capitalised words, with no separators left:
 * "World News Politics Sports Entertainment Business Science Health". Every word is capitalised, none
 * carries a digit or a sentence mark, and three in four or more are section names; a headline in title case
 * has verbs and small words that menus lack.
 */
export function isSectionRowLine(line: string): boolean {
  if (line.length > 200) return false;
  // "NATIONAL | POLITICS | N. KOREA | ECONOMY": the separators between a menu's items are no words of it.
  const words = line.split(/\s+/).filter((w) => w && !/^[|•·/]$/.test(w));
  if (words.length < MIN_SECTION_ROW_WORDS) return false;
  let sections = 0;
  for (const word of words) {
    if (!/^\p{Lu}/u.test(word) || /[\d!?,;:"“”'’()]/.test(word) || /\.$/.test(word.replace(/^(?:\p{Lu}\.)+$/u, ""))) return false;
    if (SECTION_WORDS.has(word.toLowerCase())) sections++;
  }
  // Three in four section names, or half of them when the site's name opens the row ("The Example e-Paper News India Business …").
  return sections * 4 >= words.length * 3 || (sections >= MIN_SECTION_ROW_WORDS && sections * 2 >= words.length);
}

const STAMP_START_RE = /^(?:(?:first|last)\s+)?(?:published|updated|posted|created|modified|edited)\b/i;
const TIME_RE = /\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?/gi;
const TIME_START_RE = /^\d{1,2}[:.]\d{2}\b/;
const ZONE_RE = /\b(?:[A-Z]{1,4}T|UTC|GMT)\b/g;
const COUNTER_RE = /\b\d[\d.,]*(?:\s*[kKmM])?\s+(?:views?|reads?|comments?|shares?|likes?)\b/gi;
const COUNTER_START_RE = /^\d[\d.,]*(?:\s*[kKmM])?\s+(?:views?|reads?|comments?|shares?|likes?)\b/i;
const READ_TIME_RE = /\b\d+\s*(?:min|mins|minutes?)\s+(?:read|listen|watch)\b/gi;
const READ_TIME_START_RE = /^\d+\s*(?:min|mins|minutes?)\s+(?:read|listen|watch)\b/i;
const STAMP_WORD_RE = /\b(?:first|last|published|updated|posted|created|modified|edited|on|at|and)\b/gi;
const STAMP_BY_RE = /\bby\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}/u;
/** Words a stamp line may keep besides its dates, times and counters (a time zone, "ago"). */
const MAX_STAMP_LEFTOVER_WORDS = 1;
/** Longest line read as a stamp, in words. */
const MAX_STAMP_WORDS = 24;

/**
 * A publication stamp, reading time or counter on a line of its own: "Updated at : August 14, 2026 18:20",
 * "Posted at 5:42 AM, Nov 05, 2026 and last updated 11:18 AM", "21 Oct 2026 | 5 min read",
 * "18 Nov 2026 - 6:42 AM - 1,204 views", "1,204 views", "3 minute read". It opens with a stamp word, a date, a time or a
 * count, and nothing but a word or so is left once its dates, times, counts and stamp words are taken out.
 */
export function isStampLine(line: string): boolean {
  let text = line.replace(/^[•·\-–—*\s]+/, "");
  if (!text || wordCount(text) > MAX_STAMP_WORDS) return false;
  const first = findDate(text);
  const opens = STAMP_START_RE.test(text) || TIME_START_RE.test(text) || COUNTER_START_RE.test(text) || READ_TIME_START_RE.test(text) || first?.index === 0;
  if (!opens) return false;
  let found = false;
  // A few passes take out every date on the line; there are seldom more than two.
  for (let pass = 0; pass < 4; pass++) {
    const d = findDate(text);
    if (!d) break;
    found = true;
    text = text.slice(0, d.index) + " " + text.slice(d.index + d.length);
  }
  const before = text;
  text = text.replace(COUNTER_RE, " ").replace(READ_TIME_RE, " ").replace(TIME_RE, " ");
  if (text !== before) found = true;
  if (!found) return false;
  // "Posted by Jane Doe on …": a name after "by" is part of a stamp.
  if (STAMP_START_RE.test(line)) text = text.replace(STAMP_BY_RE, " ");
  const rest = text.replace(ZONE_RE, " ").replace(STAMP_WORD_RE, " ").replace(/[|•·,:;()\-–—\/]/g, " ");
  return letterWordCount(rest) + (rest.match(/\b\d+\b/g)?.length ?? 0) <= MAX_STAMP_LEFTOVER_WORDS;
}

/** Most words in a segment of a stamp line that names the agency, outlet or place ("ANI | New Delhi | Updated: …"). */
const MAX_STAMP_SEGMENT_WORDS = 4;

/**
 * A line of segments set apart by bars or bullets, one of them a stamp and the others short names:
 * "ANI | New Delhi | Updated: 17-08-2026 21:59 IST", "The Daily Example | August 2, 2026 | 11:51 am IST".
 */
export function isSegmentedStampLine(line: string): boolean {
  if (wordCount(line) > MAX_STAMP_WORDS + 6) return false;
  const segments = line.split(/\s+[|•·]\s+/).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2) return false;
  let stamps = 0;
  for (const segment of segments) {
    if (isStampLine(segment)) stamps++;
    else if (!(/^\p{Lu}/u.test(segment) && wordCount(segment) <= MAX_STAMP_SEGMENT_WORDS && !/[\d.!?;"“”]/.test(segment))) return false;
  }
  return stamps > 0;
}

const BYLINE_RE = /^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Rr]eported [Bb]y|[Ww]ords [Bb]y|[Ss]tory [Bb]y)(?:\s*:\s*|\s+)\p{Lu}/u;
/** Longest byline, in words ("By Daniel Okonkwo 21 Oct 2026 | 5 min read", "By Jo Bloggs, Local Democracy Reporting Service"). */
const MAX_BYLINE_WORDS = 14;

/** A byline: "By Jane Doe", "By: Staff", "Written by : TNM", short and not ending like a sentence. */
export function isBylineLine(line: string): boolean {
  return BYLINE_RE.test(line) && wordCount(line) <= MAX_BYLINE_WORDS && !/[.!?"”’]$/.test(line);
}

/** Desk and staff credits that stand alone on a line in place of a byline. */
const STAFF_CREDIT_RE =
  /^(?:(?:our|staff|special|from our|a) (?:own )?(?:correspondents?|reporters?|writers?)|(?:news|web|online|digital|city|metro|sports|business|foreign|national) desk|bureau report|newsroom|staff)$/i;

/**
 * News agencies of the world, as they stand alone on a byline or credit line. A closed class: the wire
 * services whose names replace a byline.
 */
const NEWS_AGENCIES = new Set(
  [
    "afp", "agence france-presse", "agence france presse", "ap", "associated press", "the associated press", "reuters", "thomson reuters",
    "xinhua", "xinhua news agency", "bernama", "pti", "press trust of india", "ani", "ians", "uni", "kyodo", "kyodo news", "yonhap",
    "tass", "ria novosti", "interfax", "anadolu", "anadolu agency", "aa", "efe", "ansa", "dpa", "aap", "australian associated press",
    "pa", "pa media", "press association", "cp", "the canadian press", "canadian press", "nan", "gna", "ghana news agency", "kna",
    "kenya news agency", "apa", "aps", "antara", "wam", "kuna", "irna", "pna", "philippine news agency", "bss",
    "ips", "upi", "cna", "apanews", "apa news", "mena", "sana", "qna", "bna", "aps algérie",
    "ukrinform", "belta", "kazinform", "akipress", "yna", "vna", "vietnam news agency", "tna", "nna",
    "associated press of pakistan", "ena", "ethiopian news agency", "tanjug", "hina", "sta", "mti",
    "ctk", "čtk", "pap", "bta", "agerpres", "ana-mpa", "lusa", "europa press", "notimex", "télam", "telam", "agencia brasil",
    "agência brasil", "andina", "prensa latina", "ansamed", "kyodo news agency",
  ].map((s) => s.normalize("NFC")),
);

/**
 * An agency or desk credit alone on a line, perhaps with a place: "AFP", "The Associated Press",
 * "AFP, Kathmandu,", "Bureau Report", "Staff Reporter", "(Reuters)".
 */
export function isCreditOnlyLine(line: string): boolean {
  if (line.length > 60) return false;
  const text = line.replace(/^[(\[—–-]+\s*|[)\],.\s]+$/g, "").trim();
  if (!text) return false;
  if (STAFF_CREDIT_RE.test(text)) return true;
  const head = text.split(/\s*[,|]\s*/)[0].toLowerCase().normalize("NFC");
  if (!NEWS_AGENCIES.has(head)) return false;
  // Whatever follows the agency is a place: capitalised, a few words.
  const rest = text.slice(text.split(/\s*[,|]\s*/)[0].length).replace(/^[\s,|]+/, "");
  return rest === "" || (/^\p{Lu}/u.test(rest) && wordCount(rest) <= 3 && !/[.!?]/.test(rest));
}

const PHOTO_WORD_RE =
  /\b(?:photos?|pics?|pictures?|images?|foto|fotos|photographs?|photographers?|file|files|credits?|courtesy|handout|supplied|screengrab|screenshot|illustration|graphic)\b/i;
/**
 * A credit that is the whole line: "File photo", "Dispatch Photo", "Bernama pic", "File picture". A word
 * before "picture" or "image" must be "file": "Bigger picture" and "Regional picture" are headings.
 */
const WHOLE_LINE_CREDIT_RE = /^(?:[\p{L}']+ ){1,2}(?:photos?|pics?|photographs?)$|^(?:[\p{L}']+ )?file (?:picture|image)s?$/iu;
const SLASH_CREDIT_RE = /^[\p{L}.&' ]{1,40}\/[\p{L}.&' ]{1,40}$/u;
/** Longest credit at the end of a caption, in words ("MC Photo/Jun Dela Rosa", "Image Credit: Supplied"). */
const MAX_CREDIT_WORDS = 7;
/** Longest caption line, in words (wire captions run long: "… on April 25. AGENCY PHOTO / Jane Doe"). */
const MAX_CAPTION_WORDS = 60;

export type CreditStrength = "none" | "weak" | "strong";

/**
 * How surely a line is a photo caption, judged by the credit at its end: the text after its last sentence
 * mark or dash, or a closing bracket. "strong": the credit names a photo or file ("Dispatch Photo",
 * "File photo", "— Bernama pic", "Photo/NDN", "(Courier photo)") or has a photographer's slash
 * ("HWN/File", "(Prairie Sentinel/Jordan Lee)"). "weak": only an agency or name in brackets at the end
 * of a short line ("(Xinhua)"), which a real paragraph may also end with.
 */
export function captionCredit(line: string): CreditStrength {
  const words = wordCount(line);
  if (words > MAX_CAPTION_WORDS) return "none";
  // A paragraph that opens on a dateline in capitals ("TACLOBAN —", "MANILA, Philippines —") is the story, not a caption.
  if (/^\p{Lu}{3,}$/u.test(line.split(" ")[0].replace(/[.,:'’-]/g, ""))) return "none";
  let tail: string | null = null;
  let bracketed = false;
  const bracket = /[(\[]{1,2}([^()\[\]]{1,80})[)\]]{1,2}$/.exec(line);
  if (words <= 3 && WHOLE_LINE_CREDIT_RE.test(line)) return "strong";
  if (bracket) {
    // The caption's own sentence ends before its credit; "the Welfare Department (JKM)" is no caption.
    if (!/[.!?]["”’]?\s*$/.test(line.slice(0, bracket.index))) return "none";
    tail = bracket[1].trim();
    bracketed = true;
  } else {
    // The words after the last sentence mark or dash, when they do not end a sentence themselves.
    if (/[.!?"”’:;,]$/.test(line)) return "none";
    const cut = Math.max(line.lastIndexOf(". "), line.lastIndexOf("? "), line.lastIndexOf("! "), line.lastIndexOf(" — "), line.lastIndexOf(" ― "), line.lastIndexOf(" – "), line.lastIndexOf(" - "));
    if (cut <= 0) return "none";
    tail = line.slice(cut + 2).replace(/^[—―–-]\s*/, "").trim();
  }
  if (!tail || wordCount(tail) > MAX_CREDIT_WORDS || /\d{3,}/.test(tail) || /[.!?]$/.test(tail)) return "none";
  if (PHOTO_WORD_RE.test(tail) || SLASH_CREDIT_RE.test(tail)) return "strong";
  // "[Jane Doe, Standard]": a photographer and the outlet in square brackets.
  if (bracketed && line.endsWith("]") && /^\p{Lu}[\p{L}.' -]*, \p{Lu}[\p{L}.' -]*$/u.test(tail)) return "strong";
  if (!bracketed) return "none";
  // A bracketed name alone: "(Xinhua)", "[Jane Doe, Standard]".
  if (/^\p{Lu}[\p{L}.&' ,-]*$/u.test(tail) && wordCount(tail) <= 4) return "weak";
  return "none";
}

const COPYRIGHT_RE = /^(?:copyright(?:\s*(?:©|\(c\)))?\s*\d{4}|©\s*(?:\d{4}|\p{Lu})|\(c\)\s*\d{4})/iu;
/** Longest copyright notice, in words. */
const MAX_COPYRIGHT_WORDS = 40;

/** A copyright notice: "Copyright 2026 Example Media. All rights reserved.", "© 2026 Example". */
export function isCopyrightLine(line: string): boolean {
  return COPYRIGHT_RE.test(line) && wordCount(line) <= MAX_COPYRIGHT_WORDS;
}

const SIGN_UP_RE = /^(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|alerts?|updates|emails?|notifications|briefings?|digest)\b.{0,30}$/i;
/** Calls to follow the outlet elsewhere: "Follow us on X", "Join our WhatsApp channel", "Download the Example app". */
const FOLLOW_RE =
  /^(?:click here to )?(?:follow us on|follow [\p{L} ]{1,30} on (?:facebook|x|twitter|instagram|whatsapp|telegram|google news)\b|join our (?:whatsapp|telegram|viber) (?:channel|group|community)|download (?:our|the) [\p{L} ]{0,30}app\b|get the latest (?:news|updates|headlines) (?:on|from|in|delivered)\b)/iu;

/** A paywall's sales pitch: "Subscribe to X Plus to get access to the e-paper and 40+ titles on up to 3 devices". */
const PAYWALL_PITCH_RE =
  /^(?:subscribe|sign up|register)\s+(?:to|for|now|today)\b.{0,240}\b(?:access|subscriptions?|subscribers?|unlimited|premium|e-?paper|digital edition|ad-free|devices|gadgets)\b/i;
/** Longest paywall pitch, in words. */
const MAX_PAYWALL_PITCH_WORDS = 60;

/** "Sign up for breaking news alerts", "Subscribe to our daily briefing", "Follow us on Telegram", a paywall pitch. */
export function isSignUpLine(line: string): boolean {
  const words = wordCount(line);
  return (words <= 16 && (SIGN_UP_RE.test(line) || FOLLOW_RE.test(line))) || (words <= MAX_PAYWALL_PITCH_WORDS && PAYWALL_PITCH_RE.test(line));
}

/**
 * An inline link to another story under a label and a colon, in the languages news sites use most:
 * "READ: …", "Also read: …", "Ver más: …", "Baca juga: …", "Lire aussi : …".
 */
const INLINE_LINK_RE =
  /^(?:read|also read|read also|see also|also see|watch|listen|ver más|ver también|lea también|leia também|leia mais|veja também|lire aussi|à lire aussi|lesen sie auch|baca juga|baca lagi)\s*:\s*\S/i;
/** Longest linked headline after the label, in words. */
const MAX_INLINE_LINK_WORDS = 22;

export function isInlineLinkLine(line: string): boolean {
  return INLINE_LINK_RE.test(line) && wordCount(line) <= MAX_INLINE_LINK_WORDS && !/[.!]["”’]?$/.test(line);
}

/**
 * Agency and update notes of wire copy on a line of their own: "(With inputs from PTI)", "With IANS",
 * "(Reporting by Jane Doe; Editing by John Roe)", "(Adds details in paragraph 4)", "(Updates with toll)".
 */
const WIRE_NOTE_RE =
  /^\(?with (?:inputs?|reporting) from [\p{L} ,&]{1,40}\)?\.?$|^\(?with (?:agencies|agency inputs)\)?\.?$|^\((?:additional )?(?:reporting|writing|editing|compiled|compiling) by [^()]{1,200}\)$|^(?:additional )?reporting by [^.;]{1,80}; (?:writing|editing) by [^.]{1,120}$|^\((?:adds|updates|recasts|corrects|changes|rewrites|refiles|repeats|removes|fixes)\b[^()]{0,120}\)$/iu;
/** "With AFP", "(With PTI and IANS)": an agency's initials after "with". */
const WITH_AGENCY_RE = /^\(?[Ww]ith \p{Lu}{2,6}(?: and \p{Lu}{2,6})?\)?\.?$/u;

/** A comment form or a note on the page's age: "Leave a Reply", "Be the first to comment", "This was published 3 years ago". */
const PAGE_NOTE_RE =
  /^(?:be the first to comment|leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|comments are closed|view comments|show comments|your email address will not be published|you must be logged in to post a comment|this (?:article |story |page )?was (?:first )?published (?:more than )?[\w ]{1,20} ago)\.?$/i;

export function isWireNoteLine(line: string): boolean {
  return wordCount(line) <= 40 && (WIRE_NOTE_RE.test(line) || WITH_AGENCY_RE.test(line));
}

export function isPageNoteLine(line: string): boolean {
  return PAGE_NOTE_RE.test(line);
}

/** A site's notice on its comments or content: "Disclaimer: The views in the comments are the readers' own." */
const DISCLAIMER_RE = /^(?:legal )?disclaimer\s*:/i;

export function isDisclaimerLine(line: string): boolean {
  return DISCLAIMER_RE.test(line) && wordCount(line) <= MAX_COPYRIGHT_WORDS * 2;
}

/**
 * How to reach the reporter, under the story: "Contact Jane Doe at jdoe@example.com or 555-0100.",
 * "Reach Jo Bloggs at 555-0199.", "Email: jdoe@example.com". A contact verb, then an email address or a phone number.
 */
const CONTACT_RE = /^(?:contact|reach|email|e-mail|write to|you can reach|to reach)\b/i;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE_RE = /\b\d{3,5}[ .-]\d{3}[ .-]?\d{3,4}\b|\b\d{3}-\d{4}\b/;
/** Longest contact line, in words. */
const MAX_CONTACT_WORDS = 20;

export function isContactLine(line: string): boolean {
  return wordCount(line) <= MAX_CONTACT_WORDS && CONTACT_RE.test(line) && (EMAIL_RE.test(line) || PHONE_RE.test(line));
}

/** A wire desk's sign-off, the initials of the staff who handled the copy: "bur-mdl/jm", "sst/fox". */
export function isDeskSignOff(line: string): boolean {
  return /^[a-z]{2,6}(?:[-\/][a-z]{2,6}){1,5}$/.test(line);
}

/** Letters and digits only, lower case: how an outlet's name and its domain are compared. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}
