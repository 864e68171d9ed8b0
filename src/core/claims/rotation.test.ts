import { claimPolicy } from './claimPolicy';
import { rotationReview } from './rotation';
import { claim, customer, d, zh } from './__fixtures__/claimFixtures';

const on = claimPolicy({ rotation: { enabled: true } });
const states = [
  customer('老客户', [claim({ owner: '张三', status: 'deal', ownedSince: '2024-10-08', deal: '2024-12-01' })]),
  customer('紧密客户', [claim({ owner: '李四', status: 'visit', ownedSince: '2024-06-01', visit: '2026-10-01' })]),
  customer('电话客户', [claim({ owner: '李四', status: 'phone', ownedSince: '2020-01-01' })]),
];

test.each([
  ['2026-06-01', []],
  ['2026-06-02', ['紧密客户']],
  ['2026-10-08', ['紧密客户']],
  ['2026-10-09', ['紧密客户', '老客户']],
])('owned longer than 24 months, on %s', (today, flagged) => {
  expect(rotationReview(states, on, d(today)).map((f) => f.customerName)).toEqual(flagged);
});

test('the flag says how long and since when', () => {
  const [flag] = rotationReview(states, on, d('2026-06-02'));
  expect(flag).toMatchObject({ owner: '李四', monthsOwned: 24, ownedSince: '2024-06-01' });
  expect(zh(flag.message)).toBe('紧密客户 由 李四 负责已 24 个月（自 2024-06-01），超过 24 个月，建议评估轮换。');
});

test('rotateMonths is a setting, and the rule is dormant by default', () => {
  expect(rotationReview(states, claimPolicy({ rotation: { enabled: true, rotateMonths: 28 } }), d('2026-10-09'))
    .map((f) => f.customerName)).toEqual(['紧密客户']);
  expect(rotationReview(states, claimPolicy(), d('2030-01-01'))).toEqual([]);
});
