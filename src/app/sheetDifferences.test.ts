import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import * as names from '../core/names';
import { REGISTER_COLUMNS, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { EXAMPLE_OWNERS, GELIN, NEW_REP, sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { SAMPLE_MANAGER } from '../hosts/sandbox/seed/exampleNames';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { InMemorySheetMemory, type SheetMemory } from '../store/sheetMemory';
import { matcherOf } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

const TODAY = '2026-11-02' as CalendarDate;
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 120 });
const REMARKS = REGISTER_COLUMNS.findIndex((c) => c.field === 'remarks');
const NOTES = REGISTER_COLUMNS.findIndex((c) => c.field === 'followUpNotes');
const matcher = matcherOf(names);

let ids = 0;
function open(host: SandboxWorkbook, store: LocalClaimStore, sheetMemory: SheetMemory, currentUser = NEW_REP) {
  return RegisterWorkspace.open({ host, store, matcher, clock, newId: () => `edit-${ids++}`, currentUser, sheetMemory });
}

/** A register a first open on this computer wrote and checked, then closed (the memory saw every row). */
async function closedRegister() {
  const store = LocalClaimStore.open(`differences-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const memory = new InMemorySheetMemory();
  const workbook = new SandboxWorkbook();
  const first = await open(workbook, store, memory);
  await first.settled();
  await settledAfterOpen();
  first.dispose();
  return { store, memory, workbook };
}

/** The open remembers rows in step after it settled, in the background. */
const settledAfterOpen = () => new Promise((resolve) => { setTimeout(resolve, 50); });

async function rowOf(workbook: SandboxWorkbook, name: string): Promise<{ row: number; cells: unknown[] }> {
  const table = (await workbook.readTable(REGISTER_TABLE_NAME))!;
  const index = table.rows.findIndex((cells) => cells[REGISTER_COLUMNS.findIndex((c) => c.field === 'name')] === name);
  return { row: table.firstDataRow + index, cells: table.rows[index] };
}

async function storedByName(store: LocalClaimStore, name: string) {
  return (await store.listCustomers()).find((c) => c.record.name === name)!;
}

const ownCustomer = team.customers.find((c) => c.rep === NEW_REP && c.status !== 'released')!.name;

describe('rows that differ from the store when the register opens', () => {
  test('a row its owner edited while the add-in was closed goes to the store through the rules, and stays as typed', async () => {
    const { store, memory, workbook } = await closedRegister();
    const { row } = await rowOf(workbook, ownCustomer);
    workbook.enterText(REGISTER_SHEET_NAME, row, REMARKS, [['关闭插件时补的备注']]);
    const reopened = await open(new SandboxWorkbook(workbook.snapshot()), store, memory);
    await reopened.settled();
    expect((await storedByName(store, ownCustomer)).record.remarks).toBe('关闭插件时补的备注');
    expect(reopened.typedRows()).toEqual([expect.objectContaining({ row, name: ownCustomer, status: 'claimed', whileClosed: true })]);
    expect(reopened.heldRows()).toEqual([]);
    reopened.dispose();
  });

  test('a row this computer saw unchanged follows the store: a colleague\'s change while the add-in was closed reaches the sheet', async () => {
    const { store, memory, workbook } = await closedRegister();
    const gelin = await storedByName(store, GELIN);
    const updated = await store.updateCustomer({ ...gelin.record, followUpNotes: '王芳：周五再约' }, gelin.version, { name: EXAMPLE_OWNERS.gelin }, { editId: 'colleague', today: TODAY });
    expect(updated.ok).toBe(true);
    const host = new SandboxWorkbook(workbook.snapshot());
    const reopened = await open(host, store, memory);
    await reopened.settled();
    expect((await rowOf(host, GELIN)).cells[NOTES]).toBe('王芳：周五再约');
    expect(reopened.heldRows()).toEqual([]);
    reopened.dispose();
  });

  test('a colleague\'s row edited while the add-in was closed is listed, not written over, not pushed; keeping the register\'s rewrites it', async () => {
    const { store, memory, workbook } = await closedRegister();
    const { row } = await rowOf(workbook, GELIN);
    workbook.enterText(REGISTER_SHEET_NAME, row, REMARKS, [['刘洋改了王芳的行']]);
    const host = new SandboxWorkbook(workbook.snapshot());
    const reopened = await open(host, store, memory);
    await reopened.settled();
    const before = (await storedByName(store, GELIN)).record.remarks;
    expect(before).not.toBe('刘洋改了王芳的行');
    expect((await rowOf(host, GELIN)).cells[REMARKS]).toBe('刘洋改了王芳的行');
    const [listed] = reopened.heldRows();
    expect(listed).toMatchObject({ row, name: GELIN, owner: EXAMPLE_OWNERS.gelin, why: 'colleague', mayKeepSheet: false });
    expect(listed.cells).toEqual([{ header: '备注', sheet: '刘洋改了王芳的行', stored: before }]);
    await reopened.keepRegisterRow(listed.key);
    await reopened.settled();
    expect((await rowOf(host, GELIN)).cells[REMARKS]).toBe(before);
    expect(reopened.heldRows()).toEqual([]);
    reopened.dispose();
  });

  test('a listed row is not written over when the store changes it later; a manager may keep the sheet\'s version', async () => {
    const { store, workbook } = await closedRegister();
    const { row } = await rowOf(workbook, GELIN);
    workbook.enterText(REGISTER_SHEET_NAME, row, REMARKS, [['另一台电脑上改的']]);
    // Another computer remembers nothing of this register: the difference cannot be told, so it is listed.
    const host = new SandboxWorkbook(workbook.snapshot());
    const manager = await open(host, store, new InMemorySheetMemory(), SAMPLE_MANAGER);
    await manager.settled();
    const [listed] = manager.heldRows();
    expect(listed).toMatchObject({ name: GELIN, why: 'unseen', mayKeepSheet: true });
    const gelin = await storedByName(store, GELIN);
    await store.updateCustomer({ ...gelin.record, followUpNotes: '王芳同时改的' }, gelin.version, { name: EXAMPLE_OWNERS.gelin }, { editId: 'colleague-2', today: TODAY });
    await manager.refresh();
    await manager.settled();
    expect((await rowOf(host, GELIN)).cells[REMARKS]).toBe('另一台电脑上改的');
    expect(manager.heldRows()[0].cells.map((c) => c.header)).toEqual(['跟进情况', '备注']);
    await manager.keepSheetRow(listed.key);
    await manager.settled();
    const kept = (await storedByName(store, GELIN)).record;
    expect(kept.remarks).toBe('另一台电脑上改的');
    expect(manager.heldRows()).toEqual([]);
    manager.dispose();
  });

  test('a row edited both in the sheet and in the store while the add-in was closed is listed with both versions', async () => {
    const { store, memory, workbook } = await closedRegister();
    const { row } = await rowOf(workbook, ownCustomer);
    workbook.enterText(REGISTER_SHEET_NAME, row, REMARKS, [['表格里改的']]);
    const own = await storedByName(store, ownCustomer);
    await store.updateCustomer({ ...own.record, remarks: '另一台电脑改的' }, own.version, { name: NEW_REP }, { editId: 'elsewhere', today: TODAY });
    const host = new SandboxWorkbook(workbook.snapshot());
    const reopened = await open(host, store, memory);
    await reopened.settled();
    expect(reopened.heldRows()).toEqual([expect.objectContaining({ row, why: 'both', cells: [{ header: '备注', sheet: '表格里改的', stored: '另一台电脑改的' }] })]);
    expect((await rowOf(host, ownCustomer)).cells[REMARKS]).toBe('表格里改的');
    expect((await storedByName(store, ownCustomer)).record.remarks).toBe('另一台电脑改的');
    reopened.dispose();
  });
});
