import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { excelSerialOf } from '../core/register/dateCell';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { EXAMPLE_OWNERS, GELIN, NEW_REP, SAMPLE_MANAGER } from '../hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { formatMessage } from '../i18n/message';
import type { ClaimStore } from '../store/claimStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';
import { primaryOf, setPrimaryOwner, surplusOfferFor } from './ruleActions';
import { myCustomers } from './myCustomers';
import { creditShareLines } from './ruleViews';
import { handAGradeCustomerToNewHire } from './__fixtures__/aGradeHandover';

const TODAY = '2026-11-02' as CalendarDate;
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 400 });
const LINES = { productLines: { enabled: true, lines: ['小家电', '电动工具'], defaultLine: '小家电' } };

let ids = 0;
async function open(store: ClaimStore, user: string, host = new SandboxWorkbook()): Promise<RegisterWorkspace> {
  return RegisterWorkspace.open({
    host, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: user,
  });
}

async function seeded() {
  const store = LocalClaimStore.open(`rule-actions-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  return store;
}

jest.setTimeout(60_000);

const zh = (m: Parameters<typeof formatMessage>[0] | null) => (m ? formatMessage(m, 'zh-CN') : null);

describe('the 主负责人 of a customer\'s product lines (seed 004)', () => {
  test('a manager names it with the split; the lookup and the summary show it; a rep cannot', async () => {
    const store = await seeded();
    const manager = await open(store, SAMPLE_MANAGER);
    expect(await manager.savePolicy(LINES)).toBeNull();
    const rep = await open(store, NEW_REP);
    expect((await rep.register(GELIN, { kind: 'visit', productLine: '电动工具' })).ok).toBe(true);
    await manager.refresh();
    const key = manager.lookup(GELIN).key;
    // Until a manager names one, whoever got a line first.
    expect(primaryOf(manager, key).rep).toBe(EXAMPLE_OWNERS.gelin);

    const split = [{ rep: NEW_REP, percent: 60 }, { rep: EXAMPLE_OWNERS.gelin, percent: 40 }];
    expect(zh(await setPrimaryOwner(rep, key, NEW_REP, split))).toBe('只有经理可以转交或强制认领客户。');
    expect(zh(await setPrimaryOwner(manager, key, NEW_REP, [{ rep: NEW_REP, percent: 60 }]))).toBe('分成比例合计须为 100%（当前 60%）。');
    expect(zh(await setPrimaryOwner(manager, key, '李娜', [{ rep: '李娜', percent: 100 }]))).toBe('李娜 没有负责该客户的任何产品线。');
    expect(await setPrimaryOwner(manager, key, NEW_REP, split)).toBeNull();

    expect(primaryOf(manager, key)).toEqual({ rep: NEW_REP, named: { rep: NEW_REP, split } });
    expect(new Set(manager.lookup(GELIN).matches.filter((m) => m.record).map((m) => m.primaryOwner))).toEqual(new Set([NEW_REP]));
    expect(creditShareLines(manager).filter((l) => l.kind === 'primary')).toEqual([
      expect.objectContaining({ customerName: GELIN, owner: NEW_REP, productLine: '', shares: split }),
    ]);
    // A line a rep appends to the add-only log by hand does not count: only a manager names the 主负责人.
    await store.appendActivity({
      id: 'forged', kind: 'primary', dedupeKey: key, customerName: GELIN, actor: NEW_REP, rep: EXAMPLE_OWNERS.gelin, previousRep: '',
      date: TODAY, detail: '分成比例：王芳 100%',
    });
    await manager.refresh();
    expect(primaryOf(manager, key).rep).toBe(NEW_REP);
    manager.dispose();
    rep.dispose();
  });
});

describe('the grade is the customer\'s (seed 002)', () => {
  test('the A-grade rule reads it on a line nobody holds yet; a new line\'s row carries it; set on a card, every line has it', async () => {
    const store = await seeded();
    const manager = await open(store, SAMPLE_MANAGER);
    expect(await manager.savePolicy({ ...LINES, gradeA: { enabled: true, gradeATenureMonths: 12 } })).toBeNull();
    expect(await manager.setGrade(manager.lookup(GELIN).key, 'A')).toBeNull();

    const junior = await open(store, NEW_REP);
    const refused = await junior.register(GELIN, { kind: 'visit', productLine: '电动工具' });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.reasons.map(zh)).toEqual([expect.stringContaining('A级客户只能由入职满 12 个月的业务员负责')]);
    const veteran = await open(store, '李娜');
    const taken = await veteran.register(GELIN, { kind: 'visit', productLine: '电动工具' });
    expect(taken.ok && taken.record.grade).toBe('A');

    await manager.refresh();
    const lines = manager.lookup(GELIN).matches.filter((m) => m.record);
    expect(lines).toHaveLength(2);
    expect(await manager.setGrade(lines[1].key, 'B')).toBeNull();
    expect(manager.lookup(GELIN).matches.filter((m) => m.record).map((m) => m.record?.grade)).toEqual(['B', 'B']);
    expect(zh(await veteran.setGrade(lines[0].key, 'C'))).toBe('只有经理可以设定客户等级（等级属于整个客户，各产品线相同）。');
    for (const workspace of [manager, junior, veteran]) workspace.dispose();
  });
});

describe('the surplus handover is offered where it applies (seed 001)', () => {
  test('a veteran over the quota: offered for her 紧密 customer, to the new hires with room', async () => {
    const store = await seeded();
    const manager = await open(store, SAMPLE_MANAGER);
    const key = manager.lookup(GELIN).key;
    expect(surplusOfferFor(manager, key)).toBeNull();
    expect(await manager.savePolicy({ quota: { enabled: true, closeQuota: 4 } })).toBeNull();
    const offer = surplusOfferFor(manager, key);
    expect(offer).toMatchObject({ owner: EXAMPLE_OWNERS.gelin, quota: 4 });
    expect(offer?.count).toBeGreaterThan(4);
    expect(offer?.newHires).toContain(NEW_REP);
    manager.dispose();
  });
});

describe('the grid respects a manager\'s decided and logged transfer', () => {
  test('an A-grade customer handed to a junior rep (warned, with a reason): no red mark, his name and the lookup\'s 保护到期', async () => {
    const store = await seeded();
    const workbook = new SandboxWorkbook();
    const manager = await open(store, SAMPLE_MANAGER, workbook);
    await handAGradeCustomerToNewHire(manager);
    const rows = (await workbook.readSheet('客户登记'))!;
    const row = rows.findIndex((r) => r.includes(GELIN));
    const columns = manager.layout.columns;
    expect(rows[row][columns.rep ?? -1]).toBe(NEW_REP);
    expect(workbook.sheet('客户登记')!.marks[row]?.note ?? null).toBeNull();
    const until = manager.lookup(GELIN).matches[0].protectedUntil;
    expect(until).toBe('2027-01-31');
    expect(rows[row][columns.protectedUntil]).toBe(excelSerialOf(until as CalendarDate));
    expect(manager.session?.finding(row)?.level ?? 'clear').toBe('clear');
    manager.dispose();
  });
});

describe('the surplus handover (seed 001)', () => {
  test('is recorded on the activity with its mark and split, and shown in the history, 我的客户 and the summary', async () => {
    const store = await seeded();
    const manager = await open(store, SAMPLE_MANAGER);
    expect(await manager.savePolicy({ quota: { enabled: true, closeQuota: 4 } })).toBeNull();
    const key = manager.lookup(GELIN).key;
    const previewed = manager.decideSurplusTransfer(key, NEW_REP, '王芳超额，转给新人刘洋，王芳指导', 35);
    expect(previewed?.outcome).toBe('allow');
    expect((await manager.surplusTransfer(key, NEW_REP, '王芳超额，转给新人刘洋，王芳指导', 35, previewed ?? undefined)).ok).toBe(true);
    const line = (await store.listActivities(key)).filter((a) => a.kind === 'transfer').at(-1);
    expect(line).toMatchObject({ rep: NEW_REP, previousRep: EXAMPLE_OWNERS.gelin });
    expect(line?.detail).toBe('多余紧密客户转新人 · 王芳超额，转给新人刘洋，王芳指导 · 分成比例：刘洋 65%，王芳 35%');
    expect(creditShareLines(manager).filter((l) => l.kind === 'surplus')).toEqual([expect.objectContaining({
      customerName: GELIN, owner: NEW_REP, formerOwner: EXAMPLE_OWNERS.gelin, shares: [{ rep: NEW_REP, percent: 65 }, { rep: EXAMPLE_OWNERS.gelin, percent: 35 }],
    })]);
    const rep = await open(store, NEW_REP);
    expect(myCustomers(rep, NEW_REP, '博蓝科技').handovers.find((h) => h.key === key)).toMatchObject({ surplus: true, formerRep: EXAMPLE_OWNERS.gelin });
    // Not offered twice: the customer is the new hire's now.
    expect(surplusOfferFor(manager, key)).toBeNull();
    manager.dispose();
    rep.dispose();
  });
});
