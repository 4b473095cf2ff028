/**
 * Binary search over lists kept in text order (tokens, mentions, offsets), so that a stage looking up "the
 * first item at or after an offset" stays linear-logarithmic however many items the document holds.
 */

/** Index of the first item whose position (by `at`) is not before `offset`; `list.length` when none is. */
export function lowerBound<T>(list: readonly T[], offset: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(list[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
