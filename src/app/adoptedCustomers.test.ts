import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import { auditNames } from '../core/names';
import { excelSerialOf } from '../core/register/dateCell';
import { DATE_FORMAT } from '../core/register/registerSchema';
import type { CellRange } from '../hosts/spreadsheetHost';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { emptySheet } from '../hosts/sandbox/sandboxSheet';
import { SAMPLE_MANAGER } from '../hosts/sandbox/seed/exampleNames';
import { LEGACY_HEADER } from '../hosts/sandbox/seed/legacySheet';
import { NEW_REP, sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { adoptSheet, findAdoptableSheet } from './adoptSheet';
import { loadNameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

/**
 * A customer of an adopted sheet is one entry of the model (registerCustomers) from the first open: known
 * from its row while the store does not hold it, the stored customer in that same entry, on that same row,
 * once a manager has taken the sheet in. Rows keyed anew at the open get their 查重键 without being read back.
 */
const TODAY = '2026-11-02' as CalendarDate;
jest.setTimeout(30_000);
const clock = () => new Date(`${TODAY}T04:00:00Z`);
const team = sampleTeam(TODAY, { customers: 60 });
const SHEET = '老客户表';
const GUANGZHOU = '广州安博股份有限公司';
const SHANGHAI = '上海市安博';
const OWNER = '王芳';
const REP = '赵敏';

let ids = 0;

/** An old team sheet, adopted: 广州安博 (the new hire's), 上海市安博 (王芳's — another legal entity, keyed 安博·上海 at the open). */
async function adoptedSheet() {
  const store = LocalClaimStore.open(`adopted-customers-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, { ...team, customers: [], activities: [] });
  const workbook = new SandboxWorkbook({ sheets: [emptySheet(SHEET)], tables: {}, settings: {}, activeSheet: SHEET });
  const visited = excelSerialOf(TODAY);
  await workbook.writeRange(SHEET, 0, 0, [LEGACY_HEADER]);
  await workbook.writeRange(SHEET, 1, 0, [
    [1, GUANGZHOU, NEW_REP, '销售一部', visited, '', '', '拜访', ''],
    [2, SHANGHAI, OWNER, '销售一部', visited, '', '', '拜访', ''],
  ], ['0', '@', '@', '@', DATE_FORMAT, DATE_FORMAT, '@', '@', '@']);
  const proposal = (await findAdoptableSheet(workbook))!;
  const adopted = await adoptSheet(workbook, proposal, proposal.detection.columns, { audit: auditNames });
  if ('error' in adopted) throw new Error(adopted.error.key);
  return { store, workbook };
}

const open = async (store: LocalClaimStore, host: SandboxWorkbook, user: string) => RegisterWorkspace.open({
  host, store, matcher: await loadNameMatcher(), clock, newId: () => `edit-${ids++}`, currentUser: user,
});

/** Every range read from the workbook, by sheet. */
function recordReads(workbook: SandboxWorkbook): { sheet: string; range: CellRange }[] {
  const reads: { sheet: string; range: CellRange }[] = [];
  const readRange = workbook.readRange.bind(workbook);
  workbook.readRange = (sheet, range) => {
    reads.push({ sheet, range });
    return readRange(sheet, range);
  };
  return reads;
}

/** The first row of every write to the sheet's 查重键 column, and where that column is. */
async function recordKeyWrites(workbook: SandboxWorkbook): Promise<{ keyAt: number; keyWrites: number[] }> {
  const keyAt = (await workbook.readSheet(SHEET))![0].indexOf('查重键');
  const keyWrites: number[] = [];
  const writeRange = workbook.writeRange.bind(workbook);
  workbook.writeRange = (sheet, row, column, ...rest) => {
    if (sheet === SHEET && column === keyAt) keyWrites.push(row);
    return writeRange(sheet, row, column, ...rest);
  };
  return { keyAt, keyWrites };
}

describe('a customer of an adopted sheet is one entry of the model', () => {
  test('known from its row for a rep (同一客户, its owner, blocked); taken in by a manager into the same entry, on the same row', async () => {
    const { store, workbook } = await adoptedSheet();
    const rep = await open(store, workbook, REP);
    await rep.settled();
    const key = '安博·上海';
    const entry = rep.customers.entry(key)!;
    expect(entry).toMatchObject({ stored: null, record: { name: SHANGHAI, rep: OWNER, dedupeKey: key }, row: 2 });
    expect(rep.customers.keyShownAt(2)).toBe(key);

    const [top] = rep.lookup('上海 安博有限公司').matches;
    expect(top).toMatchObject({ key, name: SHANGHAI, verdict: 'duplicate', tier: 'close' });
    // What the lookup shows is the entry's record: the owner from the sheet, not a second copy.
    expect(top.record).toBe(entry.record);
    const refused = await rep.register(SHANGHAI, { kind: 'visit' });
    expect(refused.ok).toBe(false);
    expect(await store.getCustomer(key)).toBeNull();

    const manager = await open(store, workbook, SAMPLE_MANAGER);
    await manager.settled();
    expect(manager.customers.entry(key)).toMatchObject({ stored: { record: { name: SHANGHAI, rep: OWNER } }, row: 2 });
    manager.dispose();

    // The rep's pane follows the store: the same entry now holds the stored customer, still on row 2.
    await rep.refresh();
    expect(rep.customers.entry(key)).toBe(entry);
    expect(entry.stored?.record).toMatchObject({ name: SHANGHAI, rep: OWNER, dedupeKey: key });
    expect(entry).toMatchObject({ record: entry.stored?.record, row: 2 });
    rep.dispose();
  });

  test('a row keyed anew at the open gets its 查重键 in the one write of the first check and is never read back', async () => {
    const { store, workbook } = await adoptedSheet();
    const reads = recordReads(workbook);
    const { keyAt, keyWrites } = await recordKeyWrites(workbook);
    const rep = await open(store, workbook, REP);
    await rep.settled();
    const rows = (await workbook.readSheet(SHEET))!;
    expect(rows.slice(1, 3).map((r) => r[keyAt])).toEqual(['安博', '安博·上海']);
    // The register's data rows are read once, with the table, at the open: no range of them again.
    expect(reads.filter(({ sheet, range }) => sheet === SHEET && range.bottom >= 1)).toEqual([]);
    // The open's first full check writes the column once, in one range from row 1: the rekeyed row's 查重键 with it.
    expect(keyWrites).toEqual([1]);
    rep.dispose();
  });

  test('opened again, a row that stays on the sheet only is keyed as before: its 查重键 cell is not written again', async () => {
    const { store, workbook } = await adoptedSheet();
    const first = await open(store, workbook, REP);
    await first.settled();
    first.dispose();
    const { keyAt, keyWrites } = await recordKeyWrites(workbook);
    const again = await open(store, workbook, REP);
    await again.settled();
    expect(keyWrites).toEqual([]);
    expect((await workbook.readSheet(SHEET))!.slice(1, 3).map((r) => r[keyAt])).toEqual(['安博', '安博·上海']);
    again.dispose();
  });
});
