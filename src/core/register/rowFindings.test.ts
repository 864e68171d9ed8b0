import { claimPolicy, protectedUntilOf, rosterMemberOf, type ActivityEntry, type ClaimPolicy } from '../claims';
import type { CalendarDate } from '../dates/calendarDate';
import { NameIndex, dedupeKey, parseCompanyName } from '../names';
import { emptyCustomerRecord, type CustomerRecord } from './customerRecord';
import { CloseClaimOrder } from '../claims/closeClaimOrder';
import { findingNote } from '../../app/findingText';
import { findRow, type FindingContext, type RegisterEntry } from './rowFindings';

const today = '2026-10-20' as CalendarDate;
const d = (text: string) => text as CalendarDate;

function rec(name: string, rep: string, fields: Partial<CustomerRecord> = {}): CustomerRecord {
  return { ...emptyCustomerRecord(), name, rep, department: '销售一部', dedupeKey: dedupeKey(name), ...fields };
}

/** The register rows 1.. and the context the session would give them. */
function register(
  records: CustomerRecord[], policy: ClaimPolicy = claimPolicy(), extra: Partial<FindingContext> = {},
): { entries: RegisterEntry[]; context: FindingContext } {
  const entries = records.map((record, i) => ({ row: i + 1, record }));
  const index = new NameIndex();
  entries.forEach((e) => index.add(String(e.row), e.record.name));
  const order = new CloseClaimOrder(policy, today, entries);
  const context: FindingContext = {
    policy, roster: [], today,
    lookAlikes: (entry) => index.query(entry.record.name, 20).filter((m) => m.id !== String(entry.row))
      .map((m) => ({ entry: entries[Number(m.id) - 1], verdict: m.verdict, reason: m.reason })),
    keyOf: dedupeKey,
    parse: parseCompanyName,
    rowKeyed: (key) => entries.find((e) => e.record.dedupeKey === key),
    closeClaimsBefore: (entry) => order.before(entry),
    ...extra,
  };
  return { entries, context };
}

const visited = (date: string) => ({ status: 'visit' as const, firstContactDate: d(date), visitDate: d(date) });

describe('findRow: the live check of one register row', () => {
  test('a colleague\'s visit on a customer 张三 protects is blocked, with the proposal\'s reason; 张三\'s row stays clear', () => {
    const { entries, context } = register([
      rec('格林电子', '张三', { ...visited('2026-10-08'), status: 'sample', sampleDate: d('2026-10-15'), sampleModel: 'BL-466' }),
      rec('深圳市格林电子有限公司', '李四', visited('2026-10-18')),
    ]);
    const blocked = findRow(entries[1], context);
    expect(blocked.level).toBe('blocked');
    expect(blocked.decision[0]).toEqual({ key: 'claims.protectedBy.visitThenSample', params: {
      owner: '张三', visitDate: '2026-10-08', sampleDate: '2026-10-15', model: 'BL-466', until: '2027-01-13',
    } });
    expect(blocked.log.map((e) => e.kind)).toEqual(['collision']);
    expect(findingNote(blocked)).toContain('撞单：张三 2026-10-08 拜访, 2026-10-15 送样 BL-466, 保护至 2027-01-13');
    expect(findingNote(blocked)).toContain('第 2 行已登记同一客户“格林电子”（张三）');
    expect(findRow(entries[0], context).level).toBe('clear');
  });

  test.each([
    ['a colleague only phoning is warned, not blocked', rec('格林.电子', '李四', { status: 'phone', firstContactDate: d('2026-10-19') }), 'warning'],
    ['a visit after protection ran out takes the customer over (warned)', rec('格林电子', '李四', visited('2026-10-19')), 'warning'],
    ['the same rep registering twice is warned', rec('格林电子有限公司', '张三', visited('2026-10-19')), 'warning'],
  ])('%s', (_what, second, level) => {
    const first = _what.includes('ran out') ? rec('格林电子', '张三', visited('2026-06-01')) : rec('格林电子', '张三', visited('2026-10-08'));
    const { entries, context } = register([first, second]);
    expect(findRow(entries[1], context).level).toBe(level);
  });

  test('a deal protects without expiry', () => {
    const { entries, context } = register([
      rec('雅玛西电子', '王五', { status: 'deal', firstContactDate: d('2025-01-05'), dealDate: d('2025-02-01') }),
      rec('雅玛西电子有限公司', '李四', visited('2026-10-19')),
    ]);
    expect(findRow(entries[1], context)).toMatchObject({ level: 'blocked', decision: [{ key: 'claims.protectedBy.deal' }, { key: 'claims.collision.advice' }] });
  });

  test('a look-alike name warns with its reason; a different customer is clear', () => {
    const { entries, context } = register([
      rec('雅玛西电子', '张三', visited('2026-10-08')),
      rec('雅马西电子', '李四', visited('2026-10-18')),
      rec('博蓝化工', '李四', visited('2026-10-18')),
    ]);
    expect(findRow(entries[1], context)).toMatchObject({ level: 'warning', matches: [{ row: 1, verdict: 'possible-duplicate' }] });
    expect(findRow(entries[2], context).level).toBe('clear');
  });

  test('the quota is counted in register order: the rep\'s third protected customer is over a quota of two', () => {
    const policy = claimPolicy({ quota: { closeQuota: 2 } });
    const { entries, context } = register([
      rec('格林电子', '张三', visited('2026-10-01')),
      rec('雅玛西电子', '张三', visited('2026-10-02')),
      rec('博蓝化工', '张三', visited('2026-10-03')),
    ], policy);
    expect(entries.map((e) => findRow(e, context).level)).toEqual(['clear', 'clear', 'blocked']);
    expect(findRow(entries[2], context).decision).toEqual([{ key: 'claims.quota.full', params: { count: 2, quota: 2 } }]);
  });

  test('cells that break the register\'s rules warn', () => {
    const { entries, context } = register([rec('格林电子', '', { status: 'visit', firstContactDate: d('2026-10-01') })]);
    const finding = findRow(entries[0], context);
    expect(finding.level).toBe('warning');
    expect(finding.errors.map((e) => e.message.key)).toEqual(expect.arrayContaining(['register.repEmpty', 'register.statusNeedsDate']));
  });
});

describe('findRow with product lines on', () => {
  const lines = claimPolicy({ productLines: { enabled: true, lines: ['小家电', '电动工具'], defaultLine: '小家电' } });

  test('rows without a line are on the default line: switching the rule on marks nothing new', () => {
    const records = [rec('华润万家', '张三', visited('2026-10-08')), rec('格林电子', '李四', visited('2026-10-09'))];
    const { entries, context } = register(records, lines);
    expect(entries.map((e) => findRow(e, context).level)).toEqual(['clear', 'clear']);
  });

  test('another rep on another line of the same customer is neither a 撞单 nor a duplicate', () => {
    const { entries, context } = register([
      rec('华润万家', '张三', visited('2026-10-08')),
      rec('华润万家', '李四', { ...visited('2026-10-09'), productLine: '电动工具' }),
    ], lines);
    expect(findRow(entries[1], context)).toMatchObject({ level: 'clear', matches: [] });
  });

  test('the same line by another rep is still a 撞单', () => {
    const { entries, context } = register([
      rec('华润万家', '张三', visited('2026-10-08')),
      rec('华润万家', '李四', { ...visited('2026-10-09'), productLine: '小家电' }),
    ], lines);
    expect(findRow(entries[1], context).level).toBe('blocked');
    expect(findingNote(findRow(entries[1], context))).toContain('撞单：');
  });

  test('a rule\'s own refusal (a line not on the list) is not called 撞单', () => {
    const { entries, context } = register([rec('华润万家', '李四', { ...visited('2026-10-09'), productLine: '油漆' })], lines);
    const finding = findRow(entries[0], context);
    expect(finding.level).toBe('blocked');
    expect(findingNote(finding)).toContain('不符合规则：产品线“油漆”不在团队的产品线中');
    expect(findingNote(finding)).not.toContain('撞单');
  });
});

describe('findRow after a manager\'s transfer', () => {
  const grades = claimPolicy({ gradeA: { enabled: true, gradeATenureMonths: 12 } });
  const roster = [
    rosterMemberOf({ name: '王芳', department: '销售一部', isManager: false, hireDate: d('2022-01-01') }),
    rosterMemberOf({ name: '刘洋', department: '销售一部', isManager: false, hireDate: d('2026-07-01') }),
  ];
  // 王芳's A-grade customer, handed by the manager to the junior 刘洋 (warned, with a reason) on 2026-10-19.
  const handed = rec('格林电子', '刘洋', {
    ...visited('2026-09-20'), status: 'sample', sampleDate: d('2026-09-27'), sampleModel: 'BL-466', grade: 'A',
  });
  const transfer: ActivityEntry = {
    kind: 'transfer', customerKey: handed.dedupeKey, productLine: '', date: d('2026-10-19'), by: '张伟', rep: '刘洋', from: '王芳',
  };

  test('the row is the new owner\'s claim: no red mark, no 不符合规则, protection from the handover', () => {
    const { entries, context } = register([handed], grades, { roster, historyOf: () => [transfer] });
    const finding = findRow(entries[0], context);
    expect(finding).toMatchObject({ level: 'clear', mark: 'none', heldBy: null });
    expect(findingNote(finding)).toBeNull();
    expect(protectedUntilOf(handed, grades, [transfer])).toBe('2027-01-17');
  });

  test('without the logged transfer the same row is the grade rule\'s refusal (what the grid showed before)', () => {
    const { entries, context } = register([handed], grades, { roster });
    expect(findingNote(findRow(entries[0], context))).toContain('不符合规则：A级客户只能由入职满 12 个月的业务员负责');
  });

  test('a transfer undone by a later release no longer stands', () => {
    const release: ActivityEntry = { ...transfer, kind: 'release', date: d('2026-10-20'), from: undefined };
    const { entries, context } = register([handed], grades, { roster, historyOf: () => [transfer, release] });
    expect(findRow(entries[0], context).level).toBe('blocked');
  });
});

describe('the grade is the customer\'s, on every line', () => {
  const policy = claimPolicy({
    productLines: { enabled: true, lines: ['小家电', '电动工具'], defaultLine: '小家电' }, gradeA: { enabled: true, gradeATenureMonths: 12 },
  });
  const roster = [rosterMemberOf({ name: '刘洋', department: '销售一部', isManager: false, hireDate: d('2026-07-01') })];

  test('a junior rep\'s new line of an A-grade customer is the grade rule\'s refusal, as in the pane', () => {
    const { entries, context } = register([
      rec('华润万家', '张三', { ...visited('2026-10-08'), grade: 'A' }),
      rec('华润万家', '刘洋', { ...visited('2026-10-09'), productLine: '电动工具' }),
    ], policy, { roster });
    const finding = findRow(entries[1], context);
    expect(finding.level).toBe('blocked');
    expect(findingNote(finding)).toContain('不符合规则：A级客户只能由入职满 12 个月的业务员负责');
  });
});

describe('findRow with product lines switched off again', () => {
  const off = claimPolicy({ productLines: { enabled: false, lines: ['小家电', '电动工具'], defaultLine: '小家电' } });
  const records = [
    rec('华润万家', '张三', visited('2026-10-08')),
    rec('华润万家', '李四', { ...visited('2026-10-09'), productLine: '电动工具' }),
  ];

  test('another line\'s row is that line\'s history: no duplicate mark on it or on the customer\'s own row', () => {
    const { entries, context } = register(records, off);
    expect(findRow(entries[1], context)).toMatchObject({ level: 'clear', mark: 'none', matches: [], heldBy: null });
    expect(findRow(entries[0], context)).toMatchObject({ level: 'clear', mark: 'none', matches: [] });
    // It protects nothing while the rule is off: the customer is the default line's owner's.
    expect(protectedUntilOf(records[1], off)).toBeNull();
    expect(protectedUntilOf(records[0], off)).toBe('2027-01-06');
  });

  test('a new registration by another rep on the customer is still blocked by the customer\'s owner', () => {
    const { entries, context } = register([...records, rec('华润万家', '王五', visited('2026-10-19'))], off);
    expect(findRow(entries[2], context)).toMatchObject({ level: 'blocked', heldBy: '张三' });
  });

  test('a line never on the team\'s list is plain text: the row is judged as any other', () => {
    const { entries, context } = register([records[0], { ...records[1], productLine: '油漆' }], off);
    expect(findRow(entries[1], context).level).toBe('blocked');
  });
});
