import { REGISTER_SHEET_NAME, REGISTER_TABLE_NAME, STATUS_LIST } from '../../src/core/register/registerSchema';
import { registerPrintLayout, buildMonthlySummary } from '../../src/core/summary';
import type { CalendarDate, YearMonth } from '../../src/core/dates/calendarDate';
import { ROW_MARK_FILLS, ROW_MARK_NOTE_PREFIX, type ConditionalFormatRule } from '../../src/hosts/spreadsheetHost';
import { PAYLOAD_LIMIT_BYTES } from './excelFake/requestContext';
import { excelHarness, type ExcelHarness } from './excelFake/excelHarness';
import { column, REGISTER_FORMATS, registerDefinition, sampleRecords, sampleRows } from './hostFixtures';

const NAME = column('客户名称');
const NOTES = column('跟进情况');
const STATUS = column('状态');
const REP = column('业务员');
const SPAN = { left: 0, right: 19 };

async function syncsOf(h: ExcelHarness, work: () => Promise<unknown>): Promise<number> {
  const before = h.excel.syncCount;
  await work();
  return h.excel.syncCount - before;
}

async function withRegister(rows = 0): Promise<ExcelHarness> {
  const h = excelHarness();
  await h.host.ensureTable(registerDefinition());
  if (rows > 0) await h.host.appendRows(REGISTER_TABLE_NAME, sampleRows(rows), REGISTER_FORMATS);
  return h;
}

describe('ExcelHost on the recording fake', () => {
  // Every write takes one sync more than its work: events are switched back on in a request of their own;
  // writeRange one more again, to find out first whether the sheet is protected.
  test.each([
    ['listSheets', 0, (h: ExcelHarness) => h.host.listSheets(), 1],
    ['ensureTable (new sheet)', -1, (h: ExcelHarness) => h.host.ensureTable(registerDefinition()), 3],
    ['ensureTable (already there)', 0, (h: ExcelHarness) => h.host.ensureTable(registerDefinition()), 3],
    ['readTable', 10_000, (h: ExcelHarness) => h.host.readTable(REGISTER_TABLE_NAME), 3],
    ['appendRows 10,000', 0, (h: ExcelHarness) => h.host.appendRows(REGISTER_TABLE_NAME, sampleRows(10_000), REGISTER_FORMATS), 4],
    ['writeRange 10,000 × 2', 0, (h: ExcelHarness) => h.host.writeRange(REGISTER_SHEET_NAME, 1, 14, sampleRows(10_000).map((r) => [r[14], r[15]])), 3],
    ['readRange 10,000 × 20', 10_000, (h: ExcelHarness) => h.host.readRange(REGISTER_SHEET_NAME, { top: 1, left: 0, bottom: 10_000, right: 19 }), 1],
    ['setValidation', 0, (h: ExcelHarness) => h.host.setValidation(REGISTER_SHEET_NAME, [
      { kind: 'list', column: STATUS, firstRow: 1, items: [...STATUS_LIST], errorTitle: '状态无效', errorMessage: '请选择' },
    ]), 2],
    ['setConditionalFormats', 0, (h: ExcelHarness) => h.host.setConditionalFormats(REGISTER_SHEET_NAME, []), 3],
    ['markRows 5,000 rows with notes', 5_000, (h: ExcelHarness) => h.host.markRows(REGISTER_SHEET_NAME, Array.from({ length: 5_000 }, (_, i) => ({
      row: i + 1, fill: i % 2 ? ROW_MARK_FILLS.warning : ROW_MARK_FILLS.blocked, note: `${ROW_MARK_NOTE_PREFIX}${i}`, noteColumn: NAME,
    })), SPAN), 3],
    ['setPageLayout', 0, (h: ExcelHarness) => h.host.setPageLayout(REGISTER_SHEET_NAME, registerPrintLayout(0)), 2],
    ['writeSheetSpec (2,000 customers)', 0, (h: ExcelHarness) => h.host.writeSheetSpec(
      buildMonthlySummary(sampleRecords(2_000), '2026-08' as YearMonth, { today: '2026-09-01' as CalendarDate })), 3],
  ])('%s takes a fixed number of context.sync() calls', async (_name, rows, work, expected) => {
    const h = rows < 0 ? excelHarness() : await withRegister(rows);
    expect(await syncsOf(h, () => work(h))).toBe(expected);
  });

  test('every batch waits for the user to leave cell-edit mode instead of failing', async () => {
    const h = await withRegister(3);
    h.excel.enterCellEdit();
    let done = false;
    const write = h.host.writeRange(REGISTER_SHEET_NAME, 1, NAME, [['格林电子']]).then(() => { done = true; });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    h.excel.exitCellEdit();
    await write;
    expect(h.excel.runs.every((options) => options?.delayForCellEdit === true)).toBe(true);
  });

  test('stays under the 5 MB request limit: a huge register is written in several requests', async () => {
    const h = await withRegister();
    const syncs = await syncsOf(h, () => h.host.appendRows(REGISTER_TABLE_NAME, sampleRows(40_000), REGISTER_FORMATS));
    expect(syncs).toBeGreaterThan(3);
    expect(h.excel.largestRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect((await h.host.readTable(REGISTER_TABLE_NAME))!.rows).toHaveLength(40_000);
  }, 30_000);

  test('reads a register with long notes in halves when a response would pass 5 MB', async () => {
    const h = await withRegister();
    const rows = sampleRows(6_000).map((row) => { row[NOTES] = '客户反馈'.repeat(100); return row; });
    await h.host.appendRows(REGISTER_TABLE_NAME, rows, REGISTER_FORMATS);
    const read = await h.host.readTable(REGISTER_TABLE_NAME);
    expect(read!.rows).toHaveLength(6_000);
    expect(read!.rows[5_999][NOTES]).toBe(rows[5_999][NOTES]);
  });

  test('switches events back on when a write fails', async () => {
    const h = await withRegister();
    await expect(h.host.writeRange('没有这张表', 0, 0, [['x']])).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(h.excel.eventsEnabled).toBe(true);
  });

  test('leaves the user\'s own conditional formats in place', async () => {
    const h = await withRegister();
    h.excel.sheet(REGISTER_SHEET_NAME).conditionalFormats.push({
      id: 'user-1', rect: { top: 1, left: 0, bottom: 100, right: 0 }, type: 'Custom', formula: '=$A2>100', fill: '#00FF00', fontColor: null, bold: null,
    });
    h.excel.sheet(REGISTER_SHEET_NAME).conditionalFormats.push({
      id: 'user-2', rect: { top: 1, left: 1, bottom: 100, right: 1 }, type: 'DataBar', formula: '', fill: null, fontColor: null, bold: null,
    });
    const rule: ConditionalFormatRule = {
      id: 'expiring', range: { top: 1, left: 14, bottom: 1_048_575, right: 14 }, formula: '=AND(ISNUMBER($O2),$O2-TODAY()<=7)',
      test: () => false, style: { fill: '#FFE699', fontColor: '#7F6000', bold: true },
    };
    await h.host.setConditionalFormats(REGISTER_SHEET_NAME, [rule]);
    await h.host.setConditionalFormats(REGISTER_SHEET_NAME, [rule]);
    const formats = h.excel.sheet(REGISTER_SHEET_NAME).conditionalFormats;
    expect(formats.map((cf) => cf.id).slice(0, 2)).toEqual(['user-1', 'user-2']);
    expect(formats).toHaveLength(3);
    expect(formats[2]).toMatchObject({ fill: '#FFE699', fontColor: '#7F6000', bold: true, formula: '=AND(N("ClaimRegister:expiring")=0,AND(ISNUMBER($O2),$O2-TODAY()<=7))' });
  });

  test('refuses to build a table over a sheet that already has the team\'s data', async () => {
    const h = excelHarness();
    await h.host.writeRange('Sheet1', 0, 0, [['客户名称'], ['格林电子']]);
    await expect(h.host.ensureTable(registerDefinition('Sheet1'))).rejects.toThrow(/adopt/);
  });

  test('keeps settings in the document, saved into the file', async () => {
    const h = excelHarness();
    await h.host.settings.set('roster', ['张三']);
    expect(h.excel.settings.saved.get('claimRegister.roster')).toBe('["张三"]');
  });

  test('reports the row the user selects', async () => {
    const h = await withRegister(5);
    const seen: unknown[] = [];
    const stop = await h.host.onSelectionChanged(REGISTER_SHEET_NAME, (range) => seen.push(range));
    await h.excel.userSelect(REGISTER_SHEET_NAME, 'B4');
    await stop();
    await h.excel.userSelect(REGISTER_SHEET_NAME, 'B5');
    expect(seen).toEqual([{ top: 3, left: 1, bottom: 3, right: 1 }]);
  });

  test('gives the roster column a drop-down from a hidden list when it is too long to type in', async () => {
    const h = await withRegister();
    const roster = Array.from({ length: 120 }, (_, i) => `业务员${i}`);
    await h.host.setValidation(REGISTER_SHEET_NAME, [{ kind: 'list', column: REP, firstRow: 1, items: roster, errorTitle: 't', errorMessage: 'm' }]);
    expect(h.excel.sheet('ClaimRegisterLists').visibility).toBe('VeryHidden');
    expect(h.probe.validation(REGISTER_SHEET_NAME, 1, REP)?.items).toEqual(roster);
  });
});
