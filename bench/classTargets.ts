import type { KindScore } from './benchScores';

/** Issue 14's floors on planted recall (the expected verdict against the base), by what a kind must get. */
const FLOORS: Record<string, number> = { duplicate: 0.97, 'possible-duplicate': 0.9, branch: 0.9 };

export interface ClassFigures {
  /** Per kind: share of planted names that got the expected verdict, and the floor it must reach. */
  kinds: Record<string, { expected: string; recall: number; floor: number | null; n: number }>;
  /** Share over all 同一客户 tricks together. */
  duplicate_tricks_recall: number;
  /** Kinds below their floor. */
  below_floor: string[];
  /** Hard negatives (other companies) that were warned about at all, and called 同一客户. */
  hard_negatives_warned: number;
  hard_negatives_as_duplicate: number;
}

export function classFigures(kinds: Record<string, KindScore>): ClassFigures {
  const out: ClassFigures['kinds'] = {};
  let dupN = 0, dupExact = 0, warned = 0, asDuplicate = 0;
  for (const [kind, k] of Object.entries(kinds)) {
    const floor = FLOORS[k.expected] ?? null;
    out[kind] = { expected: k.expected, recall: k.n ? Math.round((k.exact / k.n) * 1000) / 1000 : Number.NaN, floor, n: k.n };
    if (k.expected === 'duplicate') {
      dupN += k.n;
      dupExact += k.exact;
    }
    if (k.expected === 'not-duplicate' || k.expected === 'none') {
      warned += k.n - k.verdicts.none;
      asDuplicate += k.verdicts.duplicate;
    }
  }
  return {
    kinds: out,
    duplicate_tricks_recall: dupN ? Math.round((dupExact / dupN) * 10000) / 10000 : Number.NaN,
    below_floor: Object.entries(out).filter(([, k]) => k.floor !== null && !(k.recall >= k.floor)).map(([kind]) => kind),
    hard_negatives_warned: warned,
    hard_negatives_as_duplicate: asDuplicate,
  };
}
