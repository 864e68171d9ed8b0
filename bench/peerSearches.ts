import Fuse from 'fuse.js';
import { distance } from 'fastest-levenshtein';

/** A general-purpose fuzzy search measured beside the project: the indexes of its best k names for a query. */
export interface PeerSearch {
  readonly label: string;
  topK(query: string, k: number): number[];
}

/** fuse.js over the raw names, with the options a developer would reach for first. */
export function fuseSearch(names: readonly string[]): PeerSearch {
  const fuse = new Fuse(names, { threshold: 0.3, includeScore: true, ignoreLocation: true });
  return {
    label: 'fuse',
    topK: (query, k) => fuse.search(query, { limit: k }).map((result) => result.refIndex),
  };
}

/** Levenshtein distance divided by the longer name's length, against every name in turn. */
export function bruteForceSearch(names: readonly string[], maxNormalizedDistance = 0.25): PeerSearch {
  return {
    label: 'brute',
    topK(query, k) {
      const best: { index: number; score: number }[] = [];
      for (let index = 0; index < names.length; index++) {
        const name = names[index];
        const score = distance(query, name) / Math.max(query.length, name.length);
        if (score > maxNormalizedDistance) continue;
        if (best.length === k && score >= best[k - 1].score) continue;
        // Keep the k best in order; k is tiny, so an insertion is cheaper than a heap.
        let at = best.length === k ? k - 1 : best.length;
        while (at > 0 && best[at - 1].score > score) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = { index, score };
      }
      return best.map((entry) => entry.index);
    },
  };
}
