import type { CalendarDate } from '../core/dates/calendarDate';
import type { CellValue } from '../core/register/cellValue';
import { REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { ROW_MARK_FILLS } from '../hosts/spreadsheetHost';
import { excelHarness } from '../../test/hosts/excelFake/excelHarness';
import { adoptSheet, proposeAdoption } from './adoptSheet';
import { openRegister } from './openRegister';
import { auditNames } from '../core/names';

const today = '2026-10-20' as CalendarDate;

/** A team's own list: a title row, a blank row, its own headers, dates typed as text, a dotted duplicate. */
const TEAM_SHEET: CellValue[][] = [
  ['销售一部客户登记表（2026）', '', '', '', ''],
  ['', '', '', '', ''],
  ['公司名称', '负责业务员', '最近拜访日期', '状态', '备注'],
  ['深圳市格林电子有限公司', '张三', '2026-10-08', '拜访', '老客户介绍'],
  ['雅玛西电子', '李四', '2026-09-30', '拜访', ''],
  ['格林.电子', '李四', '2026-10-12', '拜访', '=不是公式'],
];

async function teamWorkbook() {
  const h = excelHarness();
  // Written as text, the way the team's file holds it.
  await h.host.writeRange('Sheet1', 0, 0, TEAM_SHEET, TEAM_SHEET[0].map(() => '@'));
  return h;
}

describe('adopting a team\'s existing sheet', () => {
  test('finds the header under the title rows and proposes the mapping to confirm', async () => {
    const h = await teamWorkbook();
    const proposal = await proposeAdoption(h.host, 'Sheet1');
    if ('error' in proposal) throw new Error('no proposal');
    expect(proposal).toMatchObject({ sheet: 'Sheet1', headerRow: 2, columnCount: 5, dataRows: 3 });
    expect(proposal.detection.columns).toMatchObject({ name: 0, rep: 1, visitDate: 2, status: 3, remarks: 4 });
    expect(proposal.summary).toEqual({ key: 'host.adopt.found', params: { sheet: 'Sheet1', row: 3, mapped: 5, total: 5 } });
  });

  test('openRegister offers the team\'s sheet instead of creating a new register', async () => {
    const h = await teamWorkbook();
    const opened = await openRegister(h.host, { today, create: true, offerAdoption: true });
    expect(opened).toMatchObject({ kind: 'adopt', proposal: { sheet: 'Sheet1', headerRow: 2 } });
  });

  test('adopts it: missing columns added at the right, the block becomes the register, no cell of the team\'s changed', async () => {
    const h = await teamWorkbook();
    const proposal = await proposeAdoption(h.host, 'Sheet1');
    if ('error' in proposal) throw new Error('no proposal');
    const result = await adoptSheet(h.host, proposal, proposal.detection.columns, { audit: auditNames });
    if ('error' in result) throw new Error('not adopted');
    expect(result.groups).toEqual([expect.objectContaining({ kind: 'duplicate', rows: [4, 6] })]);
    const after = await h.host.readSheet('Sheet1');
    TEAM_SHEET.forEach((row, r) => expect(after![r].slice(0, 5)).toEqual(row));
    expect(after![2].slice(5)).toEqual(['序号', '部门', '联系人', '联系电话', '首次联系日期', '送样日期', '样品型号', '合作日期',
      '再次跟进日期', '跟进情况', '保护到期', '客户等级', '产品线', '上级客户', '查重键']);
    expect(h.excel.model.table(REGISTER_TABLE_NAME)!.rect).toEqual({ top: 2, left: 0, bottom: 5, right: 19 });

    const opened = await openRegister(h.host, { today, create: true, offerAdoption: true });
    if (opened.kind !== 'opened') throw new Error(opened.kind);
    expect(opened.session.layout.columns).toMatchObject({ name: 0, rep: 1, visitDate: 2, dedupeKey: 19 });
    expect(h.excel.sheet('Sheet1').value(5, 19)).toBe('格林电子');
    expect(h.probe.fill('Sheet1', 5, 0)).toBe(ROW_MARK_FILLS.blocked);
  });

  test('says so when the sheet cannot become a table', async () => {
    const h = await teamWorkbook();
    h.excel.sheet('Sheet1').merges.push({ top: 3, bottom: 4, left: 4, right: 4 });
    const proposal = await proposeAdoption(h.host, 'Sheet1');
    if ('error' in proposal) throw new Error('no proposal');
    expect(await adoptSheet(h.host, proposal, proposal.detection.columns, { audit: auditNames })).toEqual({
      error: { key: 'host.adopt.failed', params: { sheet: 'Sheet1' } },
    });
  });

  test('a sheet without a name column cannot be adopted, and an empty workbook has nothing to offer', async () => {
    const h = excelHarness();
    await h.host.writeRange('Sheet1', 0, 0, [['日期', '金额'], [1, 2]]);
    expect(await proposeAdoption(h.host, 'Sheet1')).toMatchObject({ error: { key: 'register.headerNoNameColumn' } });
    expect(await openRegister(h.host, { today, create: false, offerAdoption: true })).toMatchObject({ kind: 'missing' });
  });
});
