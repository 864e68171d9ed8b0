import { emptyCustomerRecord, type CustomerRecord } from '../register/customerRecord';
import type { ClaimAction } from './claimAction';
import { claimPolicy, type ClaimPolicyChanges } from './claimPolicy';
import { decideClaim } from './decideClaim';
import { claimFromRecord, claimStateFromRecord, protectedUntilOf, recordWithClaim } from './recordBridge';
import { ctx, d, reasonsOf } from './__fixtures__/claimFixtures';

const row = (fields: Partial<CustomerRecord>): CustomerRecord =>
  ({ ...emptyCustomerRecord(), name: '格林电子', dedupeKey: '格林电子', rep: '张三', ...fields });
const GREEN_ROW = row({
  firstContactDate: d('2026-10-01'), visitDate: d('2026-10-08'), sampleDate: d('2026-10-15'), sampleModel: 'BL-466', status: 'sample',
});

describe('protectedUntilOf (the register\'s 保护到期 column)', () => {
  test.each<[string, Partial<CustomerRecord>, ClaimPolicyChanges, string | null]>([
    ['phone only', { status: 'phone', firstContactDate: d('2026-10-01') }, {}, null],
    ['visit', { status: 'visit', visitDate: d('2026-10-08') }, {}, '2027-01-06'],
    ['visit then sample: from the latest', { status: 'sample', visitDate: d('2026-10-08'), sampleDate: d('2026-10-15') }, {}, '2027-01-13'],
    ['leap year', { status: 'sample', sampleDate: d('2027-12-01') }, {}, '2028-02-29'],
    ['year end', { status: 'visit', visitDate: d('2026-10-02') }, {}, '2026-12-31'],
    ['deal: no expiry', { status: 'deal', visitDate: d('2026-10-08'), dealDate: d('2026-10-20') }, {}, null],
    ['deal, deal rule dormant: the visit window', { status: 'deal', visitDate: d('2026-10-08') }, { dealProtection: { enabled: false } }, '2027-01-06'],
    ['released', { status: 'released', visitDate: d('2026-10-08') }, {}, null],
    ['protection dormant', { status: 'visit', visitDate: d('2026-10-08') }, { protection: { enabled: false } }, null],
    ['protectDays 30', { status: 'visit', visitDate: d('2026-10-08') }, { protection: { protectDays: 30 } }, '2026-11-07'],
    ['visit status without a date', { status: 'visit' }, {}, null],
    ['no 业务员', { status: 'visit', visitDate: d('2026-10-08'), rep: ' ' }, {}, null],
  ])('%s → %s', (_name, fields, policy, expected) => {
    expect(protectedUntilOf(row(fields), claimPolicy(policy))).toBe(expected);
  });

  test('a manager\'s handover in the log restarts the window the row cannot show', () => {
    const policy = claimPolicy();
    const handed = decideClaim(claimStateFromRecord(GREEN_ROW, policy), { kind: 'transfer', to: '王五', reason: '离职交接' }, ctx('赵六'));
    const after = recordWithClaim(GREEN_ROW, handed.next, policy);
    expect(after).toMatchObject({ rep: '王五', protectedUntil: '2027-01-30', firstContactDate: '2026-11-01', sampleModel: 'BL-466' });
    expect(protectedUntilOf(after, policy)).toBe('2027-01-13');
    expect(protectedUntilOf(after, policy, handed.next.history)).toBe('2027-01-30');
    // Once it lapses and someone else takes it by contact, that handover no longer counts.
    const later = decideClaim(claimStateFromRecord(after, policy, { history: handed.next.history }), { kind: 'visit' },
      ctx('李四', { today: '2027-02-01' }));
    expect(later.outcome).toBe('allow');
    expect(protectedUntilOf(recordWithClaim(after, later.next, policy), policy, later.next.history)).toBe('2027-05-02');
  });
});

describe('row ⇄ claim state', () => {
  const policy = claimPolicy();

  test('a row becomes a claim state the rules can decide on', () => {
    const state = claimStateFromRecord({ ...GREEN_ROW, grade: 'B' }, policy, { parentKey: 'parent' });
    expect(state).toMatchObject({ customerKey: '格林电子', customerName: '格林电子', grade: 'B', parentKey: 'parent', history: [] });
    expect(state.claims).toEqual([claimFromRecord(GREEN_ROW, policy)]);
    expect(reasonsOf(decideClaim(state, { kind: 'visit' }, ctx('李四')))[0])
      .toBe('张三 2026-10-08 拜访, 2026-10-15 送样 BL-466, 保护至 2027-01-13');
  });

  test('an empty row has no claim; without 首次联系日期 the earliest date starts it', () => {
    expect(claimFromRecord(row({ rep: '' }), policy)).toBeNull();
    expect(claimFromRecord(row({ status: 'sample', sampleDate: d('2026-10-15'), visitDate: d('2026-10-20') }), policy)?.ownedSince)
      .toBe('2026-10-15');
  });

  test.each<[string, string, ClaimAction, Partial<CustomerRecord>]>([
    ['the owner renews', '张三', { kind: 'sample', sampleModel: 'BL-470' },
      { rep: '张三', sampleDate: d('2026-11-01'), sampleModel: 'BL-470', protectedUntil: d('2027-01-30'), firstContactDate: d('2026-10-01') }],
    ['the owner closes a deal', '张三', { kind: 'deal' }, { status: 'deal', dealDate: d('2026-11-01'), protectedUntil: null }],
    ['the owner releases', '张三', { kind: 'release' }, { status: 'released', protectedUntil: null, visitDate: d('2026-10-08') }],
  ])('%s: the row is written back', (_name, rep, action, expected) => {
    const decision = decideClaim(claimStateFromRecord(GREEN_ROW, policy), action, ctx(rep));
    expect(recordWithClaim(GREEN_ROW, decision.next, policy)).toEqual({ ...GREEN_ROW, ...expected });
  });

  test('with product lines on, the row is the claim on its own line', () => {
    const lines = claimPolicy({ productLines: { enabled: true } });
    expect(claimFromRecord(row({ ...GREEN_ROW, productLine: ' 小家电 ' }), lines)?.productLine).toBe('小家电');
    expect(claimFromRecord(row({ ...GREEN_ROW, productLine: '小家电' }), policy)?.productLine).toBe('');
  });
});
