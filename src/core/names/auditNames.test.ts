import { formatMessage } from '../../i18n/message';
import { auditNames } from './auditNames';

describe('auditNames', () => {
  const names = [
    '深圳市格林电子有限公司', // 0
    '格林.电子', // 1
    '雅玛西电子', // 2
    '格林电子（深圳）有限公司', // 3
    '华为技术有限公司', // 4
    '华为技术有限公司深圳分公司', // 5
    '格林电了', // 6
    '博蓝科技', // 7
    '美的美', // 8
    '美的', // 9
  ];

  test('groups duplicates, branches and possible duplicates without all-pairs comparison', () => {
    const groups = auditNames(names).map((g) => ({ kind: g.kind, rows: g.rows }));
    expect(groups).toEqual([
      { kind: 'duplicate', rows: [0, 1, 3] },
      { kind: 'possible-duplicate', rows: [0, 1, 3, 6] },
      { kind: 'branch', rows: [4, 5] },
    ]);
  });

  test('each group carries a Chinese reason', () => {
    const [dup] = auditNames(names);
    expect(formatMessage(dup.reason)).toMatch(/去掉标点|地名/);
    expect(dup.reasons.length).toBeLessThanOrEqual(3);
  });

  test('an empty list and a list without look-alikes give no groups', () => {
    expect(auditNames([])).toEqual([]);
    expect(auditNames(['雅玛西电子', '博蓝科技', '', '  '])).toEqual([]);
  });
});
