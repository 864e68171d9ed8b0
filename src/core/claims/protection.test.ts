import { formatMessage } from '../../i18n/message';
import { claimPolicy, type ClaimPolicyChanges } from './claimPolicy';
import { hasLapsed, protectedUntil, settleExpiry, tierOf } from './protection';
import { protectedByMessage } from './protectionReason';
import { tierLabel } from './tierLabel';
import { claim, customer, d, zh } from './__fixtures__/claimFixtures';

describe('tiers 成交 · 紧密 · 普通', () => {
  const today = '2026-11-01';
  test.each<[string, Parameters<typeof claim>[0], ClaimPolicyChanges, string]>([
    ['phone only', { owner: '张三', status: 'phone' }, {}, 'open'],
    ['visit in window', { owner: '张三', status: 'visit', visit: '2026-10-01' }, {}, 'close'],
    ['visit on 保护到期', { owner: '张三', status: 'visit', visit: '2026-08-03' }, {}, 'close'],
    ['visit the day after', { owner: '张三', status: 'visit', visit: '2026-08-02' }, {}, 'open'],
    ['sample, protection dormant', { owner: '张三', status: 'sample', sample: '2026-10-01' }, { protection: { enabled: false } }, 'open'],
    ['deal', { owner: '张三', status: 'deal', deal: '2019-01-01' }, {}, 'deal'],
    ['deal, deal rule dormant, old visit', { owner: '张三', status: 'deal', deal: '2019-01-01', visit: '2018-12-01' }, { dealProtection: { enabled: false } }, 'open'],
    ['deal, deal rule dormant, recent visit', { owner: '张三', status: 'deal', deal: '2019-01-01', visit: '2026-10-01' }, { dealProtection: { enabled: false } }, 'close'],
    ['released', { owner: '张三', status: 'released', visit: '2026-10-30' }, {}, 'open'],
    ['handed over 2026-10-01 after an old visit', { owner: '张三', status: 'visit', visit: '2026-01-01', handedOverOn: '2026-10-01' }, {}, 'close'],
  ])('%s → %s', (_name, fields, policy, tier) => {
    expect(tierOf(claim(fields), claimPolicy(policy), d(today))).toBe(tier);
  });

  test('no claim is open', () => expect(tierOf(undefined, claimPolicy(), d(today))).toBe('open'));

  test('protectDays is a setting', () => {
    const c = claim({ owner: '张三', status: 'visit', visit: '2026-10-01' });
    expect(protectedUntil(c, claimPolicy({ protection: { protectDays: 30 } }))).toBe('2026-10-31');
    expect(hasLapsed(c, claimPolicy({ protection: { protectDays: 30 } }), d('2026-11-01'))).toBe(true);
    expect(hasLapsed(c, claimPolicy(), d('2026-11-01'))).toBe(false);
  });
});

describe('settleExpiry', () => {
  const state = customer('某客户', [
    claim({ owner: '张三', status: 'visit', visit: '2026-08-02', line: 'A' }),
    claim({ owner: '李四', status: 'sample', sample: '2026-10-01', line: 'B' }),
    claim({ owner: '王五', status: 'phone', ownedSince: '2020-01-01', line: 'C' }),
  ]);

  test('releases only what ran out, logs it on the first unprotected day', () => {
    const { state: next, log } = settleExpiry(state, claimPolicy(), d('2026-11-05'));
    expect(next.claims.map((c) => c.status)).toEqual(['released', 'sample', 'phone']);
    expect(next.claims[0]).toMatchObject({ owner: '张三', visitDate: d('2026-08-02') });
    expect(log).toEqual([{ kind: 'expired', customerKey: state.customerKey, productLine: 'A', date: d('2026-11-01'), by: null, rep: '张三' }]);
    expect(next.history).toEqual(log);
  });

  test('returns the same state when nothing ran out', () => {
    const { state: next, log } = settleExpiry(state, claimPolicy(), d('2026-10-31'));
    expect(next).toBe(state);
    expect(log).toEqual([]);
  });

  test('with protection dormant nothing expires', () => {
    expect(settleExpiry(state, claimPolicy({ protection: { enabled: false } }), d('2027-06-01')).log).toEqual([]);
  });
});

describe('protectedByMessage', () => {
  const policy = claimPolicy();
  test.each<[string, Parameters<typeof claim>[0], string]>([
    ['visit', { owner: '张三', status: 'visit', visit: '2026-10-08' }, '张三 2026-10-08 拜访, 保护至 2027-01-06'],
    ['sample', { owner: '张三', status: 'sample', sample: '2026-10-15', model: 'BL-466' }, '张三 2026-10-15 送样 BL-466, 保护至 2027-01-13'],
    ['sample, then visit', { owner: '张三', status: 'sample', sample: '2026-10-08', model: 'BL-466', visit: '2026-10-15' }, '张三 2026-10-08 送样 BL-466, 2026-10-15 拜访, 保护至 2027-01-13'],
    ['sample without a model', { owner: '张三', status: 'sample', sample: '2026-10-15' }, '张三 2026-10-15 送样 —, 保护至 2027-01-13'],
    ['deal', { owner: '张三', status: 'deal', deal: '2026-10-20' }, '张三 2026-10-20 合作, 长期保护'],
    ['handover after the former owner\'s contacts', { owner: '王五', status: 'sample', sample: '2026-10-15', model: 'BL-466', handedOverOn: '2026-11-01' }, '王五 2026-11-01 经理转交接手, 保护至 2027-01-30'],
    ['own visit after a handover', { owner: '王五', status: 'sample', sample: '2026-10-15', model: 'BL-466', handedOverOn: '2026-11-01', visit: '2026-11-03' }, '王五 2026-11-03 拜访, 保护至 2027-02-01'],
  ])('%s', (_name, fields, text) => expect(zh(protectedByMessage(claim(fields), policy))).toBe(text));
});

test('tier labels and reasons read in both languages', () => {
  expect((['deal', 'close', 'open'] as const).map((t) => zh(tierLabel(t)))).toEqual(['成交', '紧密', '普通']);
  expect(formatMessage(tierLabel('close'), 'en')).toBe('Close');
  const green = claim({ owner: '张三', status: 'sample', visit: '2026-10-08', sample: '2026-10-15', model: 'BL-466' });
  expect(formatMessage(protectedByMessage(green, claimPolicy()), 'en'))
    .toBe('张三 visited 2026-10-08, sent sample BL-466 2026-10-15, protected until 2027-01-13');
});
