import type { CalendarDate } from '../core/dates/calendarDate';
import { emptyCustomerRecord } from '../core/register/customerRecord';
import { excelSerialOf } from '../core/register/dateCell';
import { REGISTER_HEADERS, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { ROW_MARK_FILLS, ROW_MARK_NOTE_PREFIX } from '../hosts/spreadsheetHost';
import { excelHarness, type ExcelHarness } from '../../test/hosts/excelFake/excelHarness';
import { distinctNames, REGISTER_FORMATS, registerDefinition, sampleRows } from '../../test/hosts/hostFixtures';
import { openRegister } from './openRegister';
import { readRegisterSettings } from './registerSettings';
import { message } from '../i18n/message';
import type { RegisterEdit, RegisterSession, SessionSnapshot } from './registerSession';

const today = '2026-10-20' as CalendarDate;
const col = (header: string) => REGISTER_HEADERS.indexOf(header);
const NAME = col('客户名称');
const KEY = col('查重键');
const UNTIL = col('保护到期');

/** A row as a rep types it: text in the register's columns, dates as typed. */
function typed(cells: Record<string, string>): string[] {
  return REGISTER_HEADERS.map((header) => cells[header] ?? '');
}

const zhang = typed({ 客户名称: '格林电子', 业务员: '张三', 部门: '销售一部', 首次联系日期: '2026-10-08', 拜访日期: '2026-10-08', 状态: '拜访' });
const li = typed({ 客户名称: '深圳市格林电子有限公司', 业务员: '李四', 部门: '销售一部', 首次联系日期: '2026-10-18', 拜访日期: '2026-10-18', 状态: '拜访' });

async function opened(): Promise<{ h: ExcelHarness; session: RegisterSession }> {
  const h = excelHarness();
  const result = await openRegister(h.host, { today, create: true, offerAdoption: true });
  if (result.kind !== 'opened') throw new Error(`not opened: ${result.kind}`);
  return { h, session: result.session };
}

describe('the register in the workbook, checked live', () => {
  test('a new workbook gets the register with validation, highlights and print layout', async () => {
    const { h } = await opened();
    expect(h.probe.validation(REGISTER_SHEET_NAME, 1, col('状态'))).toMatchObject({ kind: 'list', stop: true });
    expect(h.probe.conditionalFormats(REGISTER_SHEET_NAME).filter((cf) => cf.addedByAddIn)).toHaveLength(4);
    expect(h.probe.pageLayout(REGISTER_SHEET_NAME)).toMatchObject({ paperSize: 'A4', orientation: 'landscape', printTitleRows: { first: 0, last: 0 } });
  });

  test('the check at the open counts each rep\'s 紧密 quota in register order and finds a branch\'s parent', async () => {
    const { h, session } = await opened();
    const names = distinctNames(31);
    // One first contact a day, in row order: the 31st row is the 31st 紧密 claim.
    const day = (i: number) => (i < 30 ? `2026-09-${String(i + 1).padStart(2, '0')}` : '2026-10-01');
    const close = names.map((name, i) => typed({ 客户名称: name, 业务员: '张三', 部门: '销售一部', 首次联系日期: day(i), 拜访日期: day(i), 状态: '拜访' }));
    const branch = typed({ 客户名称: `${names[0].replace('有限公司', '')}有限公司惠州分公司`, 业务员: '李四', 部门: '销售一部', 首次联系日期: '2026-10-18', 状态: '电话' });
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [...close, branch]);
    await session.settled();
    await session.stop();
    // A second open checks the whole register at once, its rows in order built a slice at a time.
    const again = await openRegister(h.host, { today, create: true, offerAdoption: true });
    if (again.kind !== 'opened') throw new Error(again.kind);
    await again.session.settled();
    const findings = again.session.snapshot().findings;
    expect(findings.filter((f) => f.level === 'blocked').map((f) => f.row)).toEqual([31]);
    expect(h.probe.note(REGISTER_SHEET_NAME, 31, NAME)).toContain('30/30');
    // The branch's parent, found by its 查重键 (the first row holding it): its protection is named.
    expect(findings.find((f) => f.row === 32)?.decision.map((m) => m.key)).toEqual(['claims.branch.parentProtected', 'claims.protectedBy.visit']);
  });

  test('a colleague\'s row on a protected customer is marked blocked with the reason; the rep\'s text is untouched', async () => {
    const { h, session } = await opened();
    const seen: SessionSnapshot[] = [];
    session.subscribe((s) => seen.push(s));
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [zhang]);
    await h.userEdit(REGISTER_SHEET_NAME, 2, 0, [li]);
    await session.settled();
    const sheet = h.excel.sheet(REGISTER_SHEET_NAME);
    expect(sheet.value(2, NAME)).toBe('深圳市格林电子有限公司');
    expect([sheet.value(1, KEY), sheet.value(2, KEY)]).toEqual(['格林电子', '格林电子']);
    expect(sheet.value(1, UNTIL)).toBe(excelSerialOf('2027-01-06' as CalendarDate));
    expect(h.probe.fill(REGISTER_SHEET_NAME, 2, 0)).toBe(ROW_MARK_FILLS.blocked);
    expect(h.probe.fill(REGISTER_SHEET_NAME, 1, 0)).toBeNull();
    expect(h.probe.note(REGISTER_SHEET_NAME, 2, NAME)).toMatch(new RegExp(`^${ROW_MARK_NOTE_PREFIX}撞单：张三 2026-10-08 拜访, 保护至 2027-01-06`));
    expect(seen[seen.length - 1].findings.map((f) => [f.row, f.level])).toEqual([[2, 'blocked']]);
    // Only the rep's two edits were heard: the add-in's own writes raised no events.
    expect(h.excel.delivered.filter((e) => e.type === 'WorksheetChanged')).toHaveLength(2);
  });

  test('each edit is handed to its listeners with the rows it touched, as checked', async () => {
    const { h, session } = await opened();
    const edits: RegisterEdit[] = [];
    session.onEdited((edit) => { edits.push(edit); });
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [zhang, li]);
    await session.settled();
    expect(edits).toHaveLength(1);
    expect(edits[0].namesTyped).toBe(true);
    expect(edits[0].rows.map((r) => [r.row, r.record.name, r.finding.level])).toEqual([
      [1, '格林电子', 'clear'], [2, '深圳市格林电子有限公司', 'blocked'],
    ]);
    expect(edits[0].rows[1].finding.log.map((e) => e.kind)).toEqual(['collision']);
  });

  test('a store\'s refusal blocks the row until its name or rep changes; rows the add-in wrote are taken as written', async () => {
    const { h, session } = await opened();
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [zhang]);
    await session.settled();
    await session.setRefusal(1, message('store.claim.forOther', { rep: '张三' }));
    expect(h.probe.fill(REGISTER_SHEET_NAME, 1, 0)).toBe(ROW_MARK_FILLS.blocked);
    expect(h.probe.note(REGISTER_SHEET_NAME, 1, NAME)).toContain('张三');
    const written = typed({ 客户名称: '格林电子', 业务员: '李四', 部门: '销售一部', 首次联系日期: '2026-10-08', 拜访日期: '2026-10-08', 状态: '拜访' });
    await h.host.writeRange(REGISTER_SHEET_NAME, 1, 0, [written]);
    const readRange = jest.spyOn(h.host, 'readRange');
    await session.rowsPut([{ row: 1, cells: written }]);
    // The add-in's own writes are handed over as written: nothing is read back.
    expect(readRange).not.toHaveBeenCalled();
    expect(h.probe.fill(REGISTER_SHEET_NAME, 1, 0)).toBeNull();
    expect(session.records()[0].rep).toBe('李四');
  });

  test('clearing the holder\'s name lifts the mark on the other row', async () => {
    const { h, session } = await opened();
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [zhang, li]);
    expect(h.probe.fill(REGISTER_SHEET_NAME, 2, 0)).toBe(ROW_MARK_FILLS.blocked);
    await h.userEdit(REGISTER_SHEET_NAME, 1, NAME, [['']]);
    await session.settled();
    expect(h.probe.fill(REGISTER_SHEET_NAME, 2, 0)).toBeNull();
    expect(h.probe.note(REGISTER_SHEET_NAME, 2, NAME)).toBeNull();
    expect(h.excel.sheet(REGISTER_SHEET_NAME).value(1, KEY)).toBe('');
  });

  test('typing into a computed column is put right', async () => {
    const { h, session } = await opened();
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [zhang]);
    await h.userEdit(REGISTER_SHEET_NAME, 1, KEY, [['随便写的']]);
    await session.settled();
    expect(h.excel.sheet(REGISTER_SHEET_NAME).value(1, KEY)).toBe('格林电子');
  });

  test('one typed cell and a paste of 5,000 rows take the same number of round trips', async () => {
    const { h, session } = await opened();
    const syncs = async (work: () => Promise<void>) => {
      const before = h.excel.syncCount;
      await work();
      await session.settled();
      return h.excel.syncCount - before;
    };
    const one = await syncs(() => h.userEdit(REGISTER_SHEET_NAME, 1, 0, [zhang]));
    const paste = distinctNames(5_000).map((name, i) => typed({
      客户名称: name, 业务员: i % 2 ? '张三' : '李四', 首次联系日期: '2026-10-01', 状态: '电话',
    }));
    const many = await syncs(() => h.userEdit(REGISTER_SHEET_NAME, 2, 0, paste));
    expect(many).toBe(one);
    expect(session.snapshot().customers).toBe(5_001);
  }, 30_000);

  test('opening a register of 10 or of 10,000 rows takes the same number of round trips', async () => {
    const openingTrips = async (rows: number) => {
      const h = excelHarness();
      await h.host.ensureTable(registerDefinition());
      const names = distinctNames(rows);
      await h.host.appendRows(REGISTER_TABLE_NAME, sampleRows(rows).map((row, i) => Object.assign(row, { [NAME]: names[i] })), REGISTER_FORMATS);
      const before = h.excel.syncCount;
      const result = await openRegister(h.host, { today, create: true, offerAdoption: true });
      if (result.kind !== 'opened') throw new Error(result.kind);
      expect(result.session.snapshot().customers).toBe(rows);
      return h.excel.syncCount - before;
    };
    expect(await openingTrips(10_000)).toBe(await openingTrips(10));
  }, 60_000);

  test('deleting a row re-reads the register, so marks follow the rows that moved', async () => {
    const { h, session } = await opened();
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [typed({ 客户名称: '博蓝化工', 业务员: '王五', 首次联系日期: '2026-10-01', 状态: '电话' }), zhang, li]);
    expect(h.probe.fill(REGISTER_SHEET_NAME, 3, 0)).toBe(ROW_MARK_FILLS.blocked);
    await h.userDeleteRows(REGISTER_SHEET_NAME, 1, 1);
    await session.settled();
    expect(session.snapshot().findings.map((f) => [f.row, f.level])).toEqual([[2, 'blocked']]);
    expect(h.probe.fill(REGISTER_SHEET_NAME, 2, 0)).toBe(ROW_MARK_FILLS.blocked);
  });

  test('looks a name up as the rep types it in the pane, without touching the sheet', async () => {
    const { h, session } = await opened();
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [zhang]);
    await session.settled();
    const before = h.excel.syncCount;
    const record = { ...emptyCustomerRecord(), name: '格林電子（深圳）', rep: '李四', status: 'visit' as const, visitDate: today, firstContactDate: today };
    expect(session.lookup(record)).toMatchObject({ level: 'blocked', matches: [{ row: 1, verdict: 'duplicate', rep: '张三' }] });
    expect(h.excel.syncCount).toBe(before);
  });

  test('a new roster reaches the 业务员 drop-down and the rows: a rep not on it is flagged', async () => {
    const { h, session } = await opened();
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [zhang]);
    const settings = await readRegisterSettings(h.host.settings);
    const member = (name: string) => ({ name, department: '销售一部', isManager: false, hireDate: '2024-03-01' as CalendarDate });
    await session.update({ settings: { ...settings, roster: [member('李四'), member('王五')] } });
    expect(h.probe.validation(REGISTER_SHEET_NAME, 1, col('业务员'))?.items).toEqual(['李四', '王五']);
    expect(session.finding(1)?.errors.map((e) => e.message.key)).toEqual(['register.repUnknown']);
    expect(h.probe.fill(REGISTER_SHEET_NAME, 1, 0)).toBe(ROW_MARK_FILLS.warning);
  });

  test('stops listening when closed', async () => {
    const { h, session } = await opened();
    await session.stop();
    await h.userEdit(REGISTER_SHEET_NAME, 1, 0, [zhang]);
    expect(h.excel.sheet(REGISTER_SHEET_NAME).value(1, KEY)).toBe('');
  });
});
