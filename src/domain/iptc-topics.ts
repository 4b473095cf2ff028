/** The 17 top-level IPTC Media Topics (labels as IPTC released them, CC BY 4.0). */
export const IPTC_TOP_LEVEL: ReadonlyArray<{ code: string; label: string }> = [
  { code: "medtop:01000000", label: "arts, culture, entertainment and media" },
  { code: "medtop:02000000", label: "crime, law and justice" },
  { code: "medtop:03000000", label: "disaster, accident and emergency incident" },
  { code: "medtop:04000000", label: "economy, business and finance" },
  { code: "medtop:05000000", label: "education" },
  { code: "medtop:06000000", label: "environment" },
  { code: "medtop:07000000", label: "health" },
  { code: "medtop:08000000", label: "human interest" },
  { code: "medtop:09000000", label: "labour" },
  { code: "medtop:10000000", label: "lifestyle and leisure" },
  { code: "medtop:11000000", label: "politics and government" },
  { code: "medtop:12000000", label: "religion" },
  { code: "medtop:13000000", label: "science and technology" },
  { code: "medtop:14000000", label: "society" },
  { code: "medtop:15000000", label: "sport" },
  { code: "medtop:16000000", label: "conflict, war and peace" },
  { code: "medtop:17000000", label: "weather" },
];

/** API.md's slug rule: the label in lower case, punctuation dropped, words joined by "-". */
export function topicSlug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .trim()
    .split(/\s+/)
    .join("-");
}

/** Display name: the label with its first letter capitalised. */
export function topicName(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
