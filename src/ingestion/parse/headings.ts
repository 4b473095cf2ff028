/** Indexes of body paragraphs that are section headings: short, and not ending like a sentence. */
export function findHeadingParagraphs(body: string): Set<number> {
  const out = new Set<number>();
  body.split("\n\n").forEach((paragraph, i) => {
    const words = paragraph.split(/\s+/).filter(Boolean).length;
    if (words > 0 && words <= 12 && !/[.!?:;,"”’')…]$/.test(paragraph)) out.add(i);
  });
  return out;
}
