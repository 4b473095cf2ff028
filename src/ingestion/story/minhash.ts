/**
 * Near-duplicate text detection by MinHash over word 5-shingles with LSH banding (Broder 1997; Leskovec,
 * Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3). Pure functions, linear in the text's length.
 */

/** Words per shingle: long enough that two reports in their own words share almost none. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a signature. */
export const SIGNATURE_SIZE = 128;
/** Rows per LSH band: 32 bands of 4 make a pair with Jaccard 0.5 a candidate 87% of the time, 0.7 over 99.9%. */
export const BAND_ROWS = 4;
export const BAND_COUNT = SIGNATURE_SIZE / BAND_ROWS;
/** Texts with fewer shingles than this are too short to call copies of each other. */
export const MIN_SHINGLES = 25;
/** Estimated Jaccard similarity from which two bodies are one story. */
export const SAME_STORY_JACCARD = 0.5;

// A module binding, not a lookup on the global object per call: in a vm context (jest) that lookup is ~100x slower.
const imul = Math.imul;

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over a word's UTF-16 code units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One seed per hash function, fixed for all time: stored signatures stay comparable across releases. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(imul(i + 1, 0x9e3779b9)));

/** Lower-case words (letters and digits) of a text, accents and case folded. */
export function words(text: string): string[] {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct 32-bit hashes of a text's word 5-shingles. */
export function shingleHashes(text: string): Uint32Array {
  const hashes = words(text).map(wordHash);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    let h = 0x2545f491;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = fmix32(h ^ hashes[i + k]);
    seen.add(h);
  }
  return Uint32Array.from(seen);
}

/** The MinHash signature of a text (signed 32-bit values, as stored in int4[]); null when the text is too short. */
export function minhashSignature(text: string): number[] | null {
  const shingles = shingleHashes(text);
  if (shingles.length < MIN_SHINGLES) return null;
  const signature: number[] = [];
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SEEDS[i];
    let min = 0xffffffff;
    for (let s = 0; s < shingles.length; s++) {
      const h = fmix32(shingles[s] ^ seed);
      if (h < min) min = h;
    }
    signature.push(min | 0);
  }
  return signature;
}

/** One 64-bit hash per LSH band (as decimal strings for bigint), the band's number mixed in so bands never collide with each other. */
export function bandHashes(signature: readonly number[]): string[] {
  const out: string[] = [];
  for (let band = 0; band < BAND_COUNT; band++) {
    let hi = fmix32(band + 0x51ed27);
    let lo = fmix32(band ^ 0x3c6ef372);
    for (let r = 0; r < BAND_ROWS; r++) {
      const v = signature[band * BAND_ROWS + r] >>> 0;
      hi = fmix32(hi ^ v);
      lo = fmix32((lo + v) >>> 0);
    }
    out.push(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)).toString());
  }
  return out;
}

/** The share of equal positions of two signatures: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || !a.length) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal += 1;
  return equal / a.length;
}
