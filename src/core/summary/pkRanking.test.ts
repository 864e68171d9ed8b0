import type { ActivityCounts, RepMonth } from './monthActivity';
import { departmentTotals, rankDepartments, rankDescending, rankReps } from './pkRanking';

function rep(name: string, department: string, counts: ActivityCounts): RepMonth {
  return { rep: name, department, counts, visitedOrSampled: [], cooperating: [] };
}

describe('PK ranking', () => {
  test.each([
    [[5, 3, 3, 1], [1, 2, 2, 4]],
    [[2, 2, 2], [1, 1, 1]],
    [[9, 8, 7], [1, 2, 3]],
    [[], []],
  ])('scores %j rank as %j (competition ranking)', (scores, ranks) => {
    const items = scores.map((score, i) => ({ name: String.fromCharCode(65 + i), score }));
    expect(rankDescending(items, (x) => [x.score], (x) => x.name).map((r) => r.rank)).toEqual(ranks);
  });

  test('equal totals are decided by deals, then samples; equal on all three share a rank, listed by name', () => {
    const ranked = rankReps([
      rep('张敏', '一部', { visits: 6, samples: 3, deals: 1 }),
      rep('李娜', '一部', { visits: 5, samples: 3, deals: 2 }),
      rep('陈静', '二部', { visits: 6, samples: 2, deals: 2 }),
      rep('黄丽', '二部', { visits: 6, samples: 3, deals: 1 }),
      rep('杨帆', '二部', { visits: 0, samples: 0, deals: 0 }),
    ]);
    expect(ranked.map((r) => [r.rank, r.item.rep])).toEqual([
      [1, '李娜'], [2, '陈静'], [3, '黄丽'], [3, '张敏'], [5, '杨帆'],
    ]);
  });

  test('departments compete per rep, so a small department can win', () => {
    const departments = departmentTotals([
      rep('A', '大部', { visits: 4, samples: 0, deals: 0 }),
      rep('B', '大部', { visits: 4, samples: 0, deals: 0 }),
      rep('C', '大部', { visits: 4, samples: 0, deals: 0 }),
      rep('D', '小部', { visits: 3, samples: 1, deals: 1 }),
    ]);
    expect(departments).toEqual([
      { department: '大部', headcount: 3, counts: { visits: 12, samples: 0, deals: 0 }, total: 12, perCapita: 4 },
      { department: '小部', headcount: 1, counts: { visits: 3, samples: 1, deals: 1 }, total: 5, perCapita: 5 },
    ]);
    expect(rankDepartments(departments).map((r) => [r.rank, r.item.department])).toEqual([[1, '小部'], [2, '大部']]);
  });

  test('departments with the same results per rep share a rank', () => {
    const departments = departmentTotals([
      rep('A', '一部', { visits: 2, samples: 1, deals: 1 }),
      rep('B', '一部', { visits: 2, samples: 1, deals: 1 }),
      rep('C', '二部', { visits: 2, samples: 1, deals: 1 }),
    ]);
    expect(rankDepartments(departments).map((r) => r.rank)).toEqual([1, 1]);
  });
});
