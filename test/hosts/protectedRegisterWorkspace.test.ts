import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import { loadNameMatcher } from '../../src/app/nameMatcher';
import { SHEET_PASSWORD_SETTING } from '../../src/app/sheetPassword';
import { RegisterWorkspace, type EditResult } from '../../src/app/registerWorkspace';
import { NEW_REP, SAMPLE_MANAGER } from '../../src/hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../../src/hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../../src/hosts/sandbox/seed/seedStore';
import type { SpreadsheetHost } from '../../src/hosts/spreadsheetHost';
import { formatMessage } from '../../src/i18n/message';
import { column } from './hostFixtures';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { excelHarness } from './excelFake/excelHarness';
import { protectionOf } from './excelFake/sheetProtection';
import { wpsHarness } from './wpsFake/wpsHarness';
import { SandboxWorkbook } from '../../src/hosts/sandbox/sandboxWorkbook';

/**
 * The register model on a protected register (issue 12): a rep's registration is refused whole with a Chinese
 * message — neither the store nor the sheet gets the customer — and a manager with the saved sheet password
 * registers as usual, the protection put back with the same password. Run on both recording fakes.
 */
const TODAY = '2026-11-02' as CalendarDate;
const team = sampleTeam(TODAY, { customers: 20 });
const NEW_CUSTOMER = '东莞市新澳涂料有限公司';
let ids = 0;

interface Protectable {
  host: SpreadsheetHost;
  protect(password: string): void;
  protection(): { on: boolean; password: string };
  /** The user types cells into the register sheet (unlocked cells stay editable on a protected sheet). */
  type(row: number, column: number, values: string[][]): Promise<void>;
}

function excel(): Protectable {
  const h = excelHarness();
  const sheet = () => protectionOf(h.excel.sheet(REGISTER_SHEET_NAME));
  return {
    host: h.host,
    protect: (password) => Object.assign(sheet(), { protected: true, password }),
    protection: () => ({ on: sheet().protected, password: sheet().password }),
    type: (row, column, values) => h.userEdit(REGISTER_SHEET_NAME, row, column, values),
  };
}

function wps(): Protectable {
  const h = wpsHarness();
  return {
    host: h.host,
    protect: (password) => { h.fake.sheet(REGISTER_SHEET_NAME).protection = { on: true, password }; },
    protection: () => h.fake.sheet(REGISTER_SHEET_NAME).protection,
    type: (row, column, values) => h.userEdit(REGISTER_SHEET_NAME, row, column, values),
  };
}

function sandbox(): Protectable {
  const workbook = new SandboxWorkbook();
  return {
    host: workbook,
    protect: (password) => workbook.protectSheet(REGISTER_SHEET_NAME, password),
    protection: () => {
      const kept = workbook.sheet(REGISTER_SHEET_NAME)?.protection;
      return { on: kept !== undefined, password: kept?.password ?? '' };
    },
    type: async (row, column, values) => {
      workbook.enterText(REGISTER_SHEET_NAME, row, column, values);
      await workbook.settled();
    },
  };
}

async function openAs(p: Protectable, user: string) {
  const store = LocalClaimStore.open(`protected-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const workspace = await RegisterWorkspace.open({
    host: p.host, store, matcher: await loadNameMatcher(), clock: () => new Date(`${TODAY}T04:00:00Z`), newId: () => `edit-${ids++}`, currentUser: user,
  });
  await workspace.settled();
  return { store, workspace };
}

const reasonOf = (result: EditResult) => formatMessage((result as Extract<EditResult, { ok: false }>).reasons[0]);
const tableRows = async (host: SpreadsheetHost) => (await host.readTable(REGISTER_TABLE_NAME))!.rows.length;

describe.each([['Excel', excel], ['WPS', wps], ['Sandbox', sandbox]])('%s: the register model on a protected register', (_name, make) => {
  test('a rep is told why in Chinese; neither the store nor the sheet gets the customer', async () => {
    const p = make();
    const { store, workspace } = await openAs(p, NEW_REP);
    const rowsBefore = await tableRows(p.host);
    p.protect('mgr-2026');
    const result = await workspace.register(NEW_CUSTOMER, { kind: 'visit' });
    await workspace.settled();
    expect(result.ok).toBe(false);
    expect(reasonOf(result)).toContain('“客户登记”工作表已被销售经理保护');
    expect((await store.listCustomers()).some((c) => c.record.name === NEW_CUSTOMER)).toBe(false);
    expect(await tableRows(p.host)).toBe(rowsBefore);
    expect(p.protection()).toEqual({ on: true, password: 'mgr-2026' });
    // The pane shows the same notice until the register can be written again.
    expect(formatMessage(workspace.protection.notice!)).toContain('在这里登记的客户暂时无法写入登记表');
    workspace.dispose();
  });

  test('a rep cannot use a password a manager saved', async () => {
    const p = make();
    await p.host.settings.set(SHEET_PASSWORD_SETTING, 'mgr-2026');
    const { workspace } = await openAs(p, NEW_REP);
    p.protect('mgr-2026');
    expect((await workspace.register(NEW_CUSTOMER, { kind: 'visit' })).ok).toBe(false);
    expect(formatMessage((await workspace.protection.password.save('x')).message)).toBe('只有销售经理可以保存或删除工作表密码。');
    expect(await p.host.settings.get(SHEET_PASSWORD_SETTING)).toBe('mgr-2026');
    workspace.dispose();
  });

  test('a manager with the saved password registers as usual; the row is written whole and protection restored', async () => {
    const p = make();
    const { store, workspace } = await openAs(p, SAMPLE_MANAGER);
    expect(formatMessage((await workspace.protection.password.save('mgr-2026')).message)).toContain('已保存工作表密码');
    const rowsBefore = await tableRows(p.host);
    p.protect('mgr-2026');
    const result = await workspace.register(NEW_CUSTOMER, { kind: 'visit' });
    await workspace.settled();
    expect(result.ok).toBe(true);
    expect((await store.listCustomers()).some((c) => c.record.name === NEW_CUSTOMER)).toBe(true);
    expect(await tableRows(p.host)).toBe(rowsBefore + 1);
    const table = (await p.host.readTable(REGISTER_TABLE_NAME))!;
    expect(table.rows.some((row) => row.includes(NEW_CUSTOMER))).toBe(true);
    expect(p.protection()).toEqual({ on: true, password: 'mgr-2026' });
    expect(workspace.protection.notice).toBeNull();
    workspace.dispose();
  });

  test('a wrong saved password: the manager is told, neither store nor sheet written, the sheet stays protected', async () => {
    const p = make();
    const { store, workspace } = await openAs(p, SAMPLE_MANAGER);
    await workspace.protection.password.save('old-password');
    const rowsBefore = await tableRows(p.host);
    p.protect('mgr-2026');
    const result = await workspace.register(NEW_CUSTOMER, { kind: 'visit' });
    await workspace.settled();
    expect(result.ok).toBe(false);
    expect(reasonOf(result)).toContain('工作表密码不正确');
    expect((await store.listCustomers()).some((c) => c.record.name === NEW_CUSTOMER)).toBe(false);
    expect(await tableRows(p.host)).toBe(rowsBefore);
    expect(p.protection()).toEqual({ on: true, password: 'mgr-2026' });
    workspace.dispose();
  });
  test('saving a password that does not open the protected sheet is refused; nothing is saved', async () => {
    const p = make();
    const { workspace } = await openAs(p, SAMPLE_MANAGER);
    p.protect('mgr-2026');
    const answer = await workspace.protection.password.save('guess');
    expect(answer.ok).toBe(false);
    expect(formatMessage(answer.message)).toContain('密码不正确：不能撤销“客户登记”的保护，密码未保存');
    expect(await p.host.settings.get(SHEET_PASSWORD_SETTING)).toBeNull();
    expect(await workspace.protection.password.isSaved()).toBe(false);
    expect(p.protection()).toEqual({ on: true, password: 'mgr-2026' });
    workspace.dispose();
  });

  test('a rep opening a protected register sees the notice at once', async () => {
    const p = make();
    const { workspace: first } = await openAs(p, NEW_REP);
    first.dispose();
    p.protect('mgr-2026');
    const { workspace } = await openAs(p, NEW_REP);
    expect(formatMessage(workspace.protection.notice!)).toContain('“客户登记”工作表已被销售经理保护');
    workspace.dispose();
  });
  test('a rep who types a new customer straight into the protected sheet: refused with the notice, nothing stored', async () => {
    const p = make();
    const { store, workspace } = await openAs(p, NEW_REP);
    const table = (await p.host.readTable(REGISTER_TABLE_NAME))!;
    p.protect('mgr-2026');
    const name = column('客户名称');
    await p.type(table.firstDataRow + table.rows.length, name, [[NEW_CUSTOMER, NEW_REP]]);
    await workspace.settled();
    expect((await store.listCustomers()).some((c) => c.record.name === NEW_CUSTOMER)).toBe(false);
    const typed = workspace.typedRows().find((r) => r.name === NEW_CUSTOMER);
    expect(typed?.status).toBe('refused');
    expect(formatMessage(typed!.reasons[0])).toContain('工作表已被销售经理保护');
    expect(formatMessage(workspace.protection.notice!)).toContain('在这里登记的客户暂时无法写入登记表');
    expect(p.protection()).toEqual({ on: true, password: 'mgr-2026' });
    workspace.dispose();
  });
});
