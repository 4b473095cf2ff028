/** Quantities: runs the figures extractor (src/ingestion/extract/figures.ts) over the document's sentences and countries. */
import type { CountryMention, Doc, Stage } from "../document";
import { extractFigures } from "../extract/figures";
import { spanAt } from "../text/sentences";
import type { Span } from "../text/sentences";

export const figuresStage: Stage = {
  name: "figures",
  run(doc: Doc) {
    const lookup = countryBefore(doc.countryMentions, doc.sentences);
    doc.figures = extractFigures(doc.text, doc.sentences, doc.homeCountry, lookup, countryWeights(doc.countryMentions, doc.titleCountryMentions), doc.source);
  },
};

/** How often the article names each country (the title counts double). */
function countryWeights(body: CountryMention[], title: CountryMention[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const m of body) if (m.code) weights.set(m.code, (weights.get(m.code) ?? 0) + 1);
  for (const m of title) if (m.code) weights.set(m.code, (weights.get(m.code) ?? 0) + 2);
  return weights;
}

/** A lookup of the last country named in the sentence before an offset; mentions are indexed by sentence once. */
function countryBefore(mentions: CountryMention[], sentences: Span[]): (offset: number) => string | null {
  const bySentence = new Map<Span, CountryMention[]>();
  for (const m of mentions) {
    if (!m.code) continue;
    const s = spanAt(sentences, m.start);
    if (!s) continue;
    const list = bySentence.get(s);
    if (list) list.push(m);
    else bySentence.set(s, [m]);
  }
  return (offset) => {
    const sentence = spanAt(sentences, offset);
    if (!sentence) return null;
    let code: string | null = null;
    for (const m of bySentence.get(sentence) ?? []) if (m.start < offset) code = m.code;
    return code;
  };
}
