import { claimPolicy, type ClaimPolicyChanges } from './claimPolicy';
import { remindersFor } from './reminders';
import { claim, customer, d, zh } from './__fixtures__/claimFixtures';

const today = d('2026-11-01');
// Protection ends: A 2026-11-08 (7 days left), B 2026-11-09 (8), C today (0), D ran out 2026-10-31.
const states = [
  customer('A', [claim({ owner: '张三', status: 'visit', visit: '2026-08-10', followUp: '2026-10-29' })]),
  customer('B', [claim({ owner: '张三', status: 'visit', visit: '2026-08-11', followUp: '2026-11-01' })]),
  customer('C', [claim({ owner: '张三', status: 'sample', sample: '2026-08-03', model: 'X', followUp: '2026-11-02' })]),
  customer('D', [claim({ owner: '张三', status: 'visit', visit: '2026-08-02', followUp: '2026-10-01' })]),
  customer('E', [claim({ owner: '张三', status: 'deal', deal: '2020-01-01', followUp: '2026-10-31' })]),
  customer('F', [claim({ owner: '李四', status: 'visit', visit: '2026-08-10', followUp: '2026-10-30' })]),
  customer('G', [claim({ owner: '张三', status: 'released', visit: '2026-08-10', followUp: '2026-10-01' })]),
];
const names = (items: { customerName: string }[]) => items.map((i) => i.customerName);

test('protection ending within remindDays, soonest first (保护到期 itself included, 0 days left)', () => {
  const { expiring } = remindersFor('张三', states, claimPolicy(), today);
  expect(expiring.map((e) => [e.customerName, e.protectedUntil, e.daysLeft])).toEqual([['C', '2026-11-01', 0], ['A', '2026-11-08', 7]]);
  expect(zh(expiring[1].message)).toBe('A 的保护将于 2026-11-08 到期（还剩 7 天），请及时拜访或送样续期。');
});

test('protection that ran out is listed for release', () => {
  const { lapsed } = remindersFor('张三', states, claimPolicy(), today);
  expect(names(lapsed)).toEqual(['D']);
  expect(zh(lapsed[0].message)).toBe('D 的保护已于 2026-10-31 到期，客户已释放。');
});

test('follow-ups due or overdue, most overdue first; none for lapsed or released claims', () => {
  const { followUps } = remindersFor('张三', states, claimPolicy(), today);
  expect(followUps.map((f) => [f.customerName, f.overdueDays])).toEqual([['A', 3], ['E', 1], ['B', 0]]);
  expect(followUps.map((f) => zh(f.message))).toEqual([
    'A 的再次跟进日期 2026-10-29 已过 3 天。', 'E 的再次跟进日期 2026-10-31 已过 1 天。', 'B 今天（2026-11-01）需要再次跟进。']);
});

test('rep = null lists the whole team', () => {
  const { expiring, followUps } = remindersFor(null, states, claimPolicy(), today);
  expect(names(expiring)).toEqual(['C', 'A', 'F']);
  expect(names(followUps)).toEqual(['A', 'F', 'E', 'B']);
});

test.each<[string, ClaimPolicyChanges, number, number, number]>([
  ['all on', {}, 2, 1, 3],
  ['reminders dormant', { reminders: { enabled: false } }, 0, 1, 3],
  ['follow-ups dormant', { followUps: { enabled: false } }, 2, 1, 0],
  ['remindDays 0', { reminders: { remindDays: 0 } }, 1, 1, 3],
  ['protection dormant: nothing expires', { protection: { enabled: false } }, 0, 0, 4],
])('%s', (_name, policy, expiring, lapsed, followUps) => {
  const r = remindersFor('张三', states, claimPolicy(policy), today);
  expect([r.expiring.length, r.lapsed.length, r.followUps.length]).toEqual([expiring, lapsed, followUps]);
});
