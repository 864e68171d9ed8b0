import type { CalendarDate } from '../dates/calendarDate';
import { emptyCustomerRecord, type CustomerRecord } from '../register/customerRecord';
import { claimPolicy } from './claimPolicy';
import { findBreaches, type LoggedLine } from './breaches';

const d = (text: string) => text as CalendarDate;
const TODAY = d('2026-10-20');
const policy = claimPolicy({ quota: { enabled: true, closeQuota: 2 } });

function row(name: string, rep: string, changes: Partial<CustomerRecord> = {}): CustomerRecord {
  return {
    ...emptyCustomerRecord(), name, dedupeKey: name, rep, status: 'visit', visitDate: d('2026-10-01'),
    firstContactDate: d('2026-10-01'), protectedUntil: d('2026-12-30'), ...changes,
  };
}

const claimLine = (name: string, rep: string, date: string): LoggedLine => ({ kind: 'claim', dedupeKey: name, customerName: name, actor: rep, rep, date: d(date) });

describe('breaches a manager sees', () => {
  test('a rep over the quota: the latest claims beyond it, with the day the first of them was registered', () => {
    const rows = ['甲', '乙', '丙', '丁'].map((n) => row(n, '张三'));
    const log = [claimLine('甲', '张三', '2026-10-01'), claimLine('乙', '张三', '2026-10-02'), claimLine('丙', '张三', '2026-10-05'), claimLine('丁', '张三', '2026-10-06')];
    expect(findBreaches(rows, log, policy, TODAY)).toEqual([
      { kind: 'overQuota', rep: '张三', count: 4, quota: 2, customers: ['丙', '丁'], since: '2026-10-05' },
    ]);
  });

  test('deals, phone-only rows and lapsed protection do not count towards the quota', () => {
    const rows = [row('甲', '李四'), row('乙', '李四', { status: 'deal', dealDate: d('2026-10-02') }), row('丙', '李四', { status: 'phone', visitDate: null, protectedUntil: null }),
      row('丁', '李四', { visitDate: d('2026-01-01'), protectedUntil: null })];
    expect(findBreaches(rows, [], policy, TODAY)).toEqual([]);
  });

  test('protection without a visit or sample, or longer than the visit allows, is listed', () => {
    const rows = [row('甲', '张三', { status: 'phone', visitDate: null }), row('乙', '张三', { protectedUntil: d('2027-06-30') })];
    expect(findBreaches(rows, [], policy, TODAY)).toEqual([
      { kind: 'unjustifiedProtection', rep: '张三', customer: '甲', protectedUntil: '2026-12-30', allowedUntil: null, since: '2026-10-01' },
      { kind: 'unjustifiedProtection', rep: '张三', customer: '乙', protectedUntil: '2027-06-30', allowedUntil: '2026-12-30', since: '2026-10-01' },
    ]);
  });

  test('a log line written under another name is listed with who really wrote it', () => {
    const forged: LoggedLine = { ...claimLine('甲', '张三', '2026-10-08'), kind: 'transfer', claimedActor: '王经理' };
    expect(findBreaches([], [forged], policy, TODAY)).toEqual([
      { kind: 'forgedActor', actor: '张三', claimedActor: '王经理', customer: '甲', lineKind: 'transfer', date: '2026-10-08' },
    ]);
  });

  test('a dormant quota finds no quota breach', () => {
    const rows = ['甲', '乙', '丙'].map((n) => row(n, '张三'));
    expect(findBreaches(rows, [], claimPolicy({ quota: { enabled: false } }), TODAY)).toEqual([]);
  });
});
