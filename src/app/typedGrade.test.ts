import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { customerKeyOf } from '../core/claims';
import { REGISTER_FIELD_COLUMNS, REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { ROW_MARK_FILLS } from '../hosts/spreadsheetHost';
import { GELIN, NEW_REP, SAMPLE_MANAGER } from '../hosts/sandbox/seed/exampleNames';
import { sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { formatMessage } from '../i18n/message';
import type { ClaimStore } from '../store/claimStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

/**
 * 客户等级 is the customer's (seed 002), and only a manager grades customers: a grade typed into one product
 * line's row in the grid goes the way the pane's 设置等级 goes — every line's row and claim gets it — and a
 * rep's typed grade is refused, nothing changed.
 */
const TODAY = '2026-11-02' as CalendarDate;
jest.setTimeout(60_000);
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 200 });
const LINES = { productLines: { enabled: true, lines: ['小家电', '电动工具', '照明'], defaultLine: '小家电' } };
const SHEET = '客户登记';

let ids = 0;
async function open(store: ClaimStore, user: string, host = new SandboxWorkbook()): Promise<{ workspace: RegisterWorkspace; workbook: SandboxWorkbook }> {
  const workspace = await RegisterWorkspace.open({
    host, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: user,
  });
  return { workspace, workbook: host };
}

/** 格林电子 on two lines: 王芳's 小家电 (seeded) and 刘洋's 电动工具, with the grade B set by the manager. */
async function twoLines() {
  const store = LocalClaimStore.open(`typed-grade-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const { workspace: manager } = await open(store, SAMPLE_MANAGER);
  expect(await manager.savePolicy(LINES)).toBeNull();
  const { workspace: rep } = await open(store, NEW_REP);
  expect((await rep.register(GELIN, { kind: 'visit', productLine: '电动工具' })).ok).toBe(true);
  rep.dispose();
  await manager.refresh();
  expect(await manager.setGrade(manager.lookup(GELIN).key, 'B')).toBeNull();
  manager.dispose();
  return store;
}

async function gelinLines(store: ClaimStore) {
  const customerKey = (await store.listCustomers()).find((c) => c.record.name === GELIN)!.record.dedupeKey;
  return (await store.listCustomers())
    .filter((c) => customerKeyOf(c.record.dedupeKey) === customerKeyOf(customerKey))
    .map((c) => ({ line: c.record.productLine, grade: c.record.grade }))
    .sort((a, b) => a.line.localeCompare(b.line));
}

async function gradeCells(workspace: RegisterWorkspace, workbook: SandboxWorkbook) {
  const rows = (await workbook.readSheet(SHEET))!;
  const { columns } = workspace.layout;
  return rows.flatMap((cells, row) => (cells[columns.name] === GELIN ? [{ row, line: String(cells[columns.productLine ?? -1]), grade: cells[columns.grade ?? -1] }] : []));
}

describe('a grade typed into the grid is the customer\'s', () => {
  test('a manager types A into the 电动工具 row: both lines\' claims and rows are A', async () => {
    const store = await twoLines();
    const { workspace, workbook } = await open(store, SAMPLE_MANAGER);
    const before = await gradeCells(workspace, workbook);
    expect(before.map((c) => c.grade)).toEqual(['B', 'B']);
    const tools = before.find((c) => c.line === '电动工具')!;
    expect(workbook.enterText(SHEET, tools.row, workspace.layout.columns.grade!, [['A']])).toBeNull();
    await workbook.settled();
    await workspace.settled();

    expect(await gelinLines(store)).toEqual([{ line: '', grade: 'A' }, { line: '电动工具', grade: 'A' }]);
    expect((await gradeCells(workspace, workbook)).map((c) => c.grade)).toEqual(['A', 'A']);
    expect(workspace.typedRows().filter((t) => t.status !== 'claimed')).toEqual([]);
    workspace.dispose();
  });

  test('a rep types A into his own line\'s row: refused with the reason, the cell put back, no claim changed', async () => {
    const store = await twoLines();
    const { workspace, workbook } = await open(store, NEW_REP);
    const tools = (await gradeCells(workspace, workbook)).find((c) => c.line === '电动工具')!;
    expect(workbook.enterText(SHEET, tools.row, workspace.layout.columns.grade!, [['A']])).toBeNull();
    await workbook.settled();
    await workspace.settled();

    expect(await gelinLines(store)).toEqual([{ line: '', grade: 'B' }, { line: '电动工具', grade: 'B' }]);
    expect((await gradeCells(workspace, workbook)).map((c) => c.grade)).toEqual(['B', 'B']);
    const typed = workspace.typedRows().find((t) => t.row === tools.row);
    expect(typed?.status).toBe('refused');
    expect(typed?.reasons.map((m) => formatMessage(m, 'zh-CN')).join('')).toContain('只有经理可以设定客户等级');
    workspace.dispose();
  });

  test('a new line\'s row: a rep\'s other grade is refused and not claimed; left empty, it takes the customer\'s grade', async () => {
    const store = await twoLines();
    const { workspace, workbook } = await open(store, NEW_REP);
    const lighting = async (grade: string) => {
      const row = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows.length + 1;
      const values = Array.from({ length: Object.keys(REGISTER_FIELD_COLUMNS).length }, () => '');
      Object.assign(values, {
        [REGISTER_FIELD_COLUMNS.name]: GELIN, [REGISTER_FIELD_COLUMNS.rep]: NEW_REP, [REGISTER_FIELD_COLUMNS.status]: '拜访',
        [REGISTER_FIELD_COLUMNS.visitDate]: TODAY, [REGISTER_FIELD_COLUMNS.productLine]: '照明', [REGISTER_FIELD_COLUMNS.grade]: grade,
      });
      expect(workbook.enterText(SHEET, row, 0, [values])).toBeNull();
      await workbook.settled();
      await workspace.settled();
      return row;
    };
    const refusedRow = await lighting('A');
    expect(workspace.typedRows().find((t) => t.row === refusedRow)).toMatchObject({ status: 'refused', reasons: [{ key: 'claims.grade.managerOnly' }] });
    expect((await gelinLines(store)).map((l) => l.line)).toEqual(['', '电动工具']);
    expect(workbook.sheet(SHEET)!.marks[refusedRow]).toMatchObject({ fill: ROW_MARK_FILLS.blocked });

    expect(workbook.enterText(SHEET, refusedRow, REGISTER_FIELD_COLUMNS.grade, [['']])).toBeNull();
    await workbook.settled();
    await workspace.settled();
    expect(workspace.typedRows().find((t) => t.row === refusedRow)).toMatchObject({ status: 'claimed', reasons: [] });
    expect(await gelinLines(store)).toEqual([{ line: '', grade: 'B' }, { line: '照明', grade: 'B' }, { line: '电动工具', grade: 'B' }]);
    workspace.dispose();
  });
});
