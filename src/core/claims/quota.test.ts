import { claimPolicy } from './claimPolicy';
import { closeClaims, countCloseClaims, quotaProblem, surplusCloseClaims } from './quota';
import { claim, customer, d, zh } from './__fixtures__/claimFixtures';

const today = d('2026-11-01');
const states = [
  customer('A', [claim({ owner: '张三', status: 'visit', visit: '2026-10-01' })]),
  customer('B', [claim({ owner: '张三', status: 'sample', sample: '2026-09-01', model: 'X' })]),
  customer('C', [claim({ owner: '张三', status: 'deal', deal: '2026-01-01' })]),
  customer('D', [claim({ owner: '张三', status: 'phone' })]),
  customer('E', [claim({ owner: '张三', status: 'released', visit: '2026-10-30' })]),
  customer('F', [claim({ owner: '张三', status: 'visit', visit: '2026-07-01' })]),
  customer('G', [claim({ owner: '李四', status: 'visit', visit: '2026-10-20' })]),
];

test('only 紧密 claims count: not deals, phone-only, released or lapsed ones', () => {
  expect(countCloseClaims(states, claimPolicy(), today)).toEqual(new Map([['张三', 2], ['李四', 1]]));
  expect(closeClaims(states, claimPolicy(), today).map((h) => h.state.customerName)).toEqual(['A', 'B', 'G']);
});

test('with protection dormant nobody holds a 紧密 claim', () => {
  expect(countCloseClaims(states, claimPolicy({ protection: { enabled: false } }), today).size).toBe(0);
});

test.each([
  [29, true, null],
  [30, true, '已有 30/30 个紧密客户，请先成交或释放一个再保护新客户。'],
  [31, false, '张三 已有 31/30 个紧密客户。'],
])('quotaProblem with %i claims', (count, asActor, text) => {
  const problem = quotaProblem('张三', new Map([['张三', count]]), claimPolicy(), asActor);
  expect(problem && zh(problem)).toBe(text);
});

test('dormant quota never objects', () => {
  expect(quotaProblem('张三', new Map([['张三', 999]]), claimPolicy({ quota: { enabled: false } }), true)).toBeNull();
});

test('surplus: the claims beyond quota that were worked on least recently', () => {
  const policy = claimPolicy({ quota: { closeQuota: 1 } });
  expect(surplusCloseClaims(states, '张三', policy, today).map((h) => h.state.customerName)).toEqual(['B']);
  expect(surplusCloseClaims(states, '李四', policy, today)).toEqual([]);
  expect(surplusCloseClaims(states, '张三', claimPolicy({ quota: { enabled: false, closeQuota: 1 } }), today)).toEqual([]);
});
