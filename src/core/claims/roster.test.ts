import { claimPolicy } from './claimPolicy';
import { preferNewHire } from './newHirePreference';
import { findMember, isNewHire, tenureMonths, type RosterMember } from './roster';
import { d, ROSTER } from './__fixtures__/claimFixtures';

const hired = (date: string): RosterMember => ({ name: 'x', department: '', isManager: false, hireDate: d(date) });

test.each([
  ['2026-05-01', '2026-10-31', 5, true],
  ['2026-05-01', '2026-11-01', 6, false],
  ['2026-08-31', '2027-02-28', 5, true],
  ['2026-08-31', '2027-03-01', 6, false],
  ['2027-01-01', '2026-11-01', 0, true],
])('hired %s, on %s: tenure %i, new hire %p', (hireDate, today, months, newHire) => {
  expect(tenureMonths(hired(hireDate), d(today))).toBe(months);
  expect(isNewHire(hired(hireDate), claimPolicy(), d(today))).toBe(newHire);
});

test('newHireMonths is a setting', () => {
  expect(isNewHire(hired('2026-05-01'), claimPolicy({ newHire: { newHireMonths: 3 } }), d('2026-10-31'))).toBe(false);
});

test('findMember', () => {
  expect(findMember(ROSTER, '赵六')?.isManager).toBe(true);
  expect(findMember(ROSTER, '孙八')).toBeUndefined();
});

describe('preferNewHire', () => {
  const today = d('2026-11-01');
  const c = (rep: string, since: string) => ({ rep, since: d(since) });
  const winners = (list: ReturnType<typeof c>[], enabled = true) =>
    preferNewHire(list, ROSTER, claimPolicy({ newHire: { enabled } }), today).map((x) => x.rep);

  test.each([
    ['a new hire beats an earlier veteran', [c('张三', '2026-01-01'), c('王五', '2026-10-30')], ['王五', '张三']],
    ['between new hires the earlier contact wins', [c('王五', '2026-10-31'), c('钱七', '2026-10-20')], ['钱七', '王五']],
    ['between veterans the earlier contact wins', [c('李四', '2026-10-02'), c('张三', '2026-10-01')], ['张三', '李四']],
    ['same day: by name, whatever the input order', [c('李四', '2026-10-01'), c('张三', '2026-10-01')], ['张三', '李四']],
    ['someone off the roster counts as a veteran', [c('孙八', '2026-01-01'), c('钱七', '2026-10-31')], ['钱七', '孙八']],
  ])('%s', (_name, contenders, expected) => expect(winners(contenders)).toEqual(expected));

  test('dormant: the earlier contact wins', () => {
    expect(winners([c('张三', '2026-01-01'), c('王五', '2026-10-30')], false)).toEqual(['张三', '王五']);
  });
});
