import { compareChinese } from './chineseOrder';
import { groupBy } from './groupBy';
import type { ActivityCounts, RepMonth } from './monthActivity';

export interface Ranked<T> {
  /** Competition ranking: equal scores share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
  item: T;
}

function compareScoresDescending(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (b[i] ?? 0) - (a[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Best first by the scores compared left to right; ties are listed by name but keep one rank. */
export function rankDescending<T>(items: readonly T[], scores: (item: T) => number[], name: (item: T) => string): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => compareScoresDescending(scores(a), scores(b)) || compareChinese(name(a), name(b)));
  const ranked: Ranked<T>[] = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    const tied = previous && compareScoresDescending(scores(previous.item), scores(item)) === 0;
    ranked.push({ rank: tied ? previous.rank : index + 1, item });
  });
  return ranked;
}

export function totalOf(counts: ActivityCounts): number {
  return counts.visits + counts.samples + counts.deals;
}

/** 合计 first; deals, then samples, decide between equal totals because they are further along. */
export function rankReps(reps: readonly RepMonth[]): Ranked<RepMonth>[] {
  return rankDescending(reps, (r) => [totalOf(r.counts), r.counts.deals, r.counts.samples], (r) => r.rep);
}

export interface DepartmentMonth {
  department: string;
  headcount: number;
  counts: ActivityCounts;
  total: number;
  /** 人均合计: departments of different sizes compete fairly. */
  perCapita: number;
}

export function departmentTotals(reps: readonly RepMonth[]): DepartmentMonth[] {
  return [...groupBy(reps, (r) => r.department)].map(([department, members]) => {
    const counts = members.reduce(
      (sum, m) => ({ visits: sum.visits + m.counts.visits, samples: sum.samples + m.counts.samples, deals: sum.deals + m.counts.deals }),
      { visits: 0, samples: 0, deals: 0 },
    );
    const total = totalOf(counts);
    return { department, headcount: members.length, counts, total, perCapita: total / members.length };
  });
}

export function rankDepartments(departments: readonly DepartmentMonth[]): Ranked<DepartmentMonth>[] {
  return rankDescending(
    departments,
    (d) => [d.perCapita, d.counts.deals / d.headcount, d.counts.samples / d.headcount],
    (d) => d.department,
  );
}
