import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate, YearMonth } from '../core/dates/calendarDate';
import { auditNames } from '../core/names';
import { REGISTER_FIELD_COLUMNS, REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { buildMonthlySummary } from '../core/summary';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { legacyWorkbook, LEGACY_SHEET } from '../hosts/sandbox/seed/legacySheet';
import { EXAMPLE_OWNERS, GELIN, NEW_REP, SAMPLE_MANAGER, YAMAXI } from '../hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { ROW_MARK_FILLS } from '../hosts/spreadsheetHost';
import type { ClaimStore } from '../store/claimStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { adoptSheet, findAdoptableSheet } from './adoptSheet';
import { scriptText } from '../core/claims';
import { collisionLog } from './collisionLog';
import { myCustomers } from './myCustomers';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

/**
 * The flows that cross the sheet, the pane and the store (issue 11): adoption, overrides, history and the
 * reports computed from it. Each test reproduces what used to go wrong.
 */
const TODAY = '2026-11-02' as CalendarDate;
const OCTOBER = '2026-10' as YearMonth;
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 150 });
const OTHER_MANAGER = '陈静';

let ids = 0;
const newStore = () => LocalClaimStore.open(`flows-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });

/** Opened with its whole log read (an open reads the contact lines after the name field works): the reports need it. */
async function open(store: ClaimStore, workbook: SandboxWorkbook, user: string | null): Promise<RegisterWorkspace> {
  const workspace = await RegisterWorkspace.open({ host: workbook, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: user });
  await workspace.wholeHistory();
  return workspace;
}

async function seeded(user: string) {
  const store = newStore();
  await seedStore(store, team);
  const workbook = new SandboxWorkbook();
  return { store, workbook, workspace: await open(store, workbook, user) };
}

/**
 * The month's printed summary, as data: what happened in it (PK tables, every rep's customers with their
 * contact dates, and 再次跟进 / 跟进情况 as the plan stood at the month's end) must not change when later
 * events happen.
 */
const octoberSummary = (workspace: RegisterWorkspace) =>
  buildMonthlySummary(workspace.monthRecords(OCTOBER), OCTOBER, { today: TODAY, roster: workspace.members }).rows
    .map((row) => row.map((cell) => JSON.stringify(cell.value)).join(' | '));

const keyOf = (workspace: RegisterWorkspace, name: string) => workspace.lookup(name).key;

describe('history is append-only and the reports come from it', () => {
  test('a force-claim keeps the previous owner\'s visit in the history; October\'s summary is unchanged; one 强制登记', async () => {
    const { workspace, store } = await seeded(OTHER_MANAGER);
    const key = keyOf(workspace, GELIN);
    const before = octoberSummary(workspace);
    const visit = workspace.recordOf(key)!.visitDate!;
    expect(visit.startsWith('2026-10')).toBe(true);

    const blocked = await workspace.register(GELIN, { kind: 'sample', sampleModel: 'BL-466' });
    expect(blocked.ok).toBe(false);
    const forced = await workspace.forceClaim(GELIN, { kind: 'forceClaim', rep: '赵敏', contact: 'sample', sampleModel: 'BL-466', reason: '客户指定赵敏对接' });
    expect(forced.ok).toBe(true);
    expect(workspace.recordOf(key)?.rep).toBe('赵敏');

    const history = await store.listActivities(key);
    expect(history).toContainEqual(expect.objectContaining({ kind: 'visit', rep: EXAMPLE_OWNERS.gelin, date: visit }));
    expect(octoberSummary(workspace)).toEqual(before);
    const log = collisionLog(workspace.activities(), (k) => workspace.recordOf(k)?.name).filter((a) => a.dedupeKey === key);
    // Exactly one line: the 强制登记 — no 转移 beside it, no 撞单 against the manager for his first click.
    expect(log.map((a) => [a.kind, a.customerName, a.previousRep, a.rep])).toEqual([['claim', GELIN, EXAMPLE_OWNERS.gelin, '赵敏']]);
    workspace.dispose();
  });

  test('a transfer is one 转移 titled with the name; releases and row edits leave October as it was', async () => {
    const { workspace, workbook } = await seeded(SAMPLE_MANAGER);
    const key = keyOf(workspace, GELIN);
    const before = octoberSummary(workspace);
    expect((await workspace.transfer(key, '李娜', '王芳休假')).ok).toBe(true);
    const log = collisionLog(workspace.activities(), (k) => workspace.recordOf(k)?.name).filter((a) => a.dedupeKey === key);
    expect(log.map((a) => [a.kind, a.customerName])).toEqual([['transfer', GELIN]]);
    expect(octoberSummary(workspace)).toEqual(before);

    // The new owner's row edited in the sheet: its visit date moved to today.
    const row = await rowOf(workbook, GELIN);
    workspace.setCurrentUser('李娜');
    workbook.enterText('客户登记', row, REGISTER_FIELD_COLUMNS.visitDate, [[TODAY]]);
    await workbook.settled();
    await workspace.settled();
    expect(workspace.recordOf(key)?.visitDate).toBe(TODAY);
    expect(octoberSummary(workspace)).toEqual(before);

    expect((await workspace.release(key, '客户暂无需求')).ok).toBe(true);
    expect(octoberSummary(workspace)).toEqual(before);
    workspace.dispose();
  });

  test('a later follow-up change, from the pane or typed into the grid, leaves October\'s plan columns as they were', async () => {
    const { workspace, workbook } = await seeded(EXAMPLE_OWNERS.gelin);
    const key = keyOf(workspace, GELIN);
    const before = octoberSummary(workspace);
    expect(before.some((row) => row.includes(JSON.stringify(workspace.recordOf(key)!.followUpNotes)))).toBe(true);
    expect((await workspace.followUp(key, '2026-12-01' as CalendarDate, '客户说年底再联系')).ok).toBe(true);
    expect(workspace.recordOf(key)).toMatchObject({ nextFollowUpDate: '2026-12-01', followUpNotes: '客户说年底再联系' });
    expect(octoberSummary(workspace)).toEqual(before);

    const row = await rowOf(workbook, GELIN);
    workbook.enterText('客户登记', row, REGISTER_FIELD_COLUMNS.followUpNotes, [['改为电话回访']]);
    await workbook.settled();
    await workspace.settled();
    expect(workspace.recordOf(key)?.followUpNotes).toBe('改为电话回访');
    expect(octoberSummary(workspace)).toEqual(before);
    workspace.dispose();
  });

  test('after a transfer the new owner\'s handover script tells the previous owner\'s sample from the history', async () => {
    const { workspace } = await seeded(SAMPLE_MANAGER);
    const key = keyOf(workspace, GELIN);
    expect((await workspace.transfer(key, '李娜', '王芳休假')).ok).toBe(true);
    const [handover] = myCustomers(workspace, '李娜', '博蓝科技').handovers.filter((h) => h.key === key);
    expect(handover.formerRep).toBe(EXAMPLE_OWNERS.gelin);
    expect(scriptText(handover.script!)).toMatch(/^您好，周经理，我是博蓝科技的，我了解到我公司之前有业务员王芳联系过您，并在23天前给您送过BL-466的样品/);
    workspace.dispose();
  });

  test('a colleague\'s call on a protected customer is that colleague\'s call, in the history and the month', async () => {
    const { workspace, store } = await seeded(NEW_REP);
    const key = keyOf(workspace, YAMAXI);
    const result = await workspace.register(YAMAXI, { kind: 'phone' });
    expect(result).toMatchObject({ ok: true, by: NEW_REP, record: { rep: EXAMPLE_OWNERS.yamaxi } });
    expect(await store.listActivities(key)).toContainEqual(expect.objectContaining({ kind: 'phone', actor: NEW_REP, rep: NEW_REP, date: TODAY }));
    const november = workspace.monthRecords('2026-11' as YearMonth).filter((r) => r.dedupeKey === key);
    expect(november.map((r) => r.rep)).toContain(NEW_REP);
    workspace.dispose();
  });

  test('registering a 关联公司 fills 上级客户 with the parent\'s name', async () => {
    const { workspace } = await seeded(NEW_REP);
    const result = await workspace.register('深圳市格林电子有限公司东莞分公司', { kind: 'phone' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.record.parentCustomer).toBe(GELIN);
    workspace.dispose();
  });
});

/** The workbook as the add-in sees it, counting the port's calls (not the fake's own internal ones). */
function countingHost(workbook: SandboxWorkbook): { host: SandboxWorkbook; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const host = new Proxy(workbook, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { host, calls };
}

describe('one registration costs one store write and one sheet write batch', () => {
  const spyOnWrites = (store: ClaimStore) => ({
    claim: jest.spyOn(store, 'claim'), updateCustomer: jest.spyOn(store, 'updateCustomer'),
    transferCustomer: jest.spyOn(store, 'transferCustomer'), appendActivity: jest.spyOn(store, 'appendActivity'),
  });
  const counts = (spies: ReturnType<typeof spyOnWrites>) => Object.fromEntries(Object.entries(spies).map(([name, spy]) => [name, spy.mock.calls.length]));

  test('a force-claim and a transfer: one store write each', async () => {
    const { workspace, store } = await seeded(OTHER_MANAGER);
    const spies = spyOnWrites(store);
    const gelin = await workspace.forceClaim(GELIN, { kind: 'forceClaim', rep: '赵敏', contact: 'sample', sampleModel: 'BL-466', reason: '客户指定赵敏对接' });
    expect(gelin.ok).toBe(true);
    expect(counts(spies)).toEqual({ claim: 0, updateCustomer: 0, transferCustomer: 1, appendActivity: 0 });
    expect((await workspace.transfer(keyOf(workspace, YAMAXI), '李娜', '区域调整')).ok).toBe(true);
    expect(counts(spies)).toEqual({ claim: 0, updateCustomer: 0, transferCustomer: 2, appendActivity: 0 });
    workspace.dispose();
  });

  test('a new customer: one claim carrying its log line; one append and one marking on the sheet, nothing read back', async () => {
    const store = newStore();
    await seedStore(store, team);
    const { host, calls } = countingHost(new SandboxWorkbook());
    const workspace = await open(store, host, NEW_REP);
    await workspace.settled();
    const storeCalls = spyOnWrites(store);
    calls.clear();
    const result = await workspace.register('东莞市新澳涂料有限公司', { kind: 'visit' });
    await workspace.settled();
    expect(result.ok).toBe(true);
    expect(counts(storeCalls)).toEqual({ claim: 1, updateCustomer: 0, transferCustomer: 0, appendActivity: 0 });
    const [claimed] = storeCalls.claim.mock.calls;
    expect(claimed[3]?.map((line) => line.kind)).toEqual(['visit']);
    // isProtected: before the store write (a protected register refuses it whole) and before the marks.
    expect(Object.fromEntries(calls)).toEqual({ appendRows: 1, markRows: 1, isProtected: 2 });
    workspace.dispose();
  });
});

describe('adoption makes the old sheet the register', () => {
  async function adopted() {
    const store = newStore();
    await seedStore(store, { ...team, customers: [], activities: [] });
    const workbook = await legacyWorkbook(TODAY);
    const proposal = (await findAdoptableSheet(workbook))!;
    const result = await adoptSheet(workbook, proposal, proposal.detection.columns, { audit: auditNames });
    if ('error' in result) throw new Error(result.error.key);
    return { store, workbook };
  }

  test('a rep sees an adopted name as 同一客户 with its owner and is blocked; the row keeps its cells; after reopening still known', async () => {
    const { store, workbook } = await adopted();
    const row = await rowOf(workbook, GELIN, LEGACY_SHEET);
    const cellsBefore = (await workbook.readRange(LEGACY_SHEET, { top: row, left: 0, bottom: row, right: 8 }))[0];
    const workspace = await open(store, workbook, '李娜');
    const [top] = workspace.lookup(GELIN).matches;
    expect(top).toMatchObject({ name: GELIN, verdict: 'duplicate', tier: 'close', record: { rep: EXAMPLE_OWNERS.gelin } });
    const result = await workspace.register(GELIN, { kind: 'visit' });
    expect(result.ok).toBe(false);
    await workspace.settled();
    expect((await workbook.readRange(LEGACY_SHEET, { top: row, left: 0, bottom: row, right: 8 }))[0]).toEqual(cellsBefore);
    workspace.dispose();

    const again = await open(store, workbook, NEW_REP);
    expect(again.lookup('格林.电子').matches[0]).toMatchObject({ name: GELIN, record: { rep: EXAMPLE_OWNERS.gelin } });
    again.dispose();
  });

  test('a manager opening it takes every row into the store; duplicate rows stay on the sheet, red, for him to decide', async () => {
    const { store, workbook } = await adopted();
    const rowsBefore = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows.map((r) => r.slice(0, 9));
    const workspace = await open(store, workbook, SAMPLE_MANAGER);
    await workspace.settled();
    const stored = await store.listCustomers();
    // 38 rows, two of them 同一客户 of an earlier row: 36 customers, each with its rep and dates.
    expect(stored).toHaveLength(36);
    expect(stored.find((c) => c.record.name === GELIN)?.record).toMatchObject({ rep: EXAMPLE_OWNERS.gelin, status: 'sample' });
    expect(stored.find((c) => c.record.name === GELIN)?.record.protectedUntil).not.toBeNull();
    // Only the computed columns were written: the team's own cells are as they were.
    expect((await workbook.readTable(REGISTER_TABLE_NAME))!.rows.map((r) => r.slice(0, 9))).toEqual(rowsBefore);
    const twin = await rowOf(workbook, '格林.电子', LEGACY_SHEET);
    expect(workbook.sheet(LEGACY_SHEET)!.marks[twin]).toMatchObject({ fill: ROW_MARK_FILLS.blocked });
    // Nothing was logged as a 撞单 by taking the sheet in.
    expect((await store.listActivities()).filter((a) => a.kind === 'collision')).toEqual([]);
    workspace.dispose();
  });
});

async function rowOf(workbook: SandboxWorkbook, name: string, sheet = '客户登记'): Promise<number> {
  const rows = (await workbook.readSheet(sheet))!;
  const index = rows.findIndex((r) => r.some((c) => c === name));
  if (index < 0) throw new Error(`${name} not on ${sheet}`);
  return index;
}
