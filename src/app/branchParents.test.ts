import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { REGISTER_FIELD_COLUMNS, REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { ROW_MARK_FILLS } from '../hosts/spreadsheetHost';
import { SAMPLE_MANAGER } from '../hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { formatMessage, type Message } from '../i18n/message';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

/**
 * 关联公司保护 set to 阻止 (seeds 001, 004) blocks a real branch of a protected parent, never the namesake in
 * another city: 上海市安博 is stored as 安博·上海 beside 广州安博 (SPEC §5, two legal entities), and that `·` is
 * not a branch's.
 */
const TODAY = '2026-11-02' as CalendarDate;
jest.setTimeout(60_000);
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 120 });
const GUANGZHOU = '广州安博股份有限公司';
const SHANGHAI = '上海市安博';
const BRANCH = '广州安博股份有限公司深圳分公司';
const SHEET = '客户登记';
const zh = (messages: readonly Message[]) => messages.map((m) => formatMessage(m, 'zh-CN')).join(' ');

let ids = 0;
async function openBlocking() {
  const store = LocalClaimStore.open(`branch-parents-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const workbook = new SandboxWorkbook();
  const workspace = await RegisterWorkspace.open({
    host: workbook, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: SAMPLE_MANAGER,
  });
  expect(await workspace.savePolicy({ branch: { enabled: true, mode: 'block' } })).toBeNull();
  return { workspace, workbook, store };
}

async function typeRow(workbook: SandboxWorkbook, workspace: RegisterWorkspace, name: string, rep: string): Promise<number> {
  const row = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows.length + 1;
  const values = Array.from({ length: Object.keys(REGISTER_FIELD_COLUMNS).length }, () => '');
  values[REGISTER_FIELD_COLUMNS.name] = name;
  values[REGISTER_FIELD_COLUMNS.rep] = rep;
  values[REGISTER_FIELD_COLUMNS.status] = '拜访';
  values[REGISTER_FIELD_COLUMNS.visitDate] = TODAY;
  expect(workbook.enterText(SHEET, row, REGISTER_FIELD_COLUMNS.name, [values.slice(REGISTER_FIELD_COLUMNS.name)])).toBeNull();
  await workbook.settled();
  await workspace.settled();
  return row;
}

describe('关联公司保护 = 阻止', () => {
  test('from the pane: the other city\'s 安博 is registered and protected; the Guangzhou branch is blocked', async () => {
    const { workspace, store } = await openBlocking();
    workspace.setCurrentUser('王芳');
    expect((await workspace.register(GUANGZHOU, { kind: 'visit' })).ok).toBe(true);

    workspace.setCurrentUser('李娜');
    const shanghai = await workspace.register(SHANGHAI, { kind: 'visit' });
    expect(shanghai.ok).toBe(true);
    expect((await store.getCustomer('安博·上海'))?.record).toMatchObject({ name: SHANGHAI, rep: '李娜', status: 'visit', parentCustomer: '' });
    // Protected: a third rep is blocked on it, with 李娜 as its owner.
    workspace.setCurrentUser('赵敏');
    const third = await workspace.register(SHANGHAI, { kind: 'visit' });
    expect(third.ok).toBe(false);
    if (!third.ok) expect(zh(third.reasons)).toContain('李娜');

    workspace.setCurrentUser('李娜');
    const branch = await workspace.register(BRANCH, { kind: 'visit' });
    expect(branch.ok).toBe(false);
    if (!branch.ok) expect(zh(branch.reasons)).toContain(GUANGZHOU);
    expect((await store.listCustomers()).filter((c) => c.record.name === BRANCH)).toEqual([]);
    workspace.dispose();
  });

  test('in the grid: 上海市安博 typed by 李娜 is claimed; the Guangzhou branch\'s row is blocked', async () => {
    const { workspace, workbook, store } = await openBlocking();
    await typeRow(workbook, workspace, GUANGZHOU, '王芳');
    workspace.setCurrentUser('李娜');
    const shanghai = await typeRow(workbook, workspace, SHANGHAI, '李娜');
    expect(workbook.sheet(SHEET)!.marks[shanghai]?.fill).not.toBe(ROW_MARK_FILLS.blocked);
    expect((await store.getCustomer('安博·上海'))?.record).toMatchObject({ name: SHANGHAI, rep: '李娜', status: 'visit' });

    const branch = await typeRow(workbook, workspace, BRANCH, '李娜');
    expect(workbook.sheet(SHEET)!.marks[branch]).toMatchObject({ fill: ROW_MARK_FILLS.blocked });
    expect((await store.listCustomers()).filter((c) => c.record.name === BRANCH)).toEqual([]);
    workspace.dispose();
  });
});
