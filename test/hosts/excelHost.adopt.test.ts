import { REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import { excelHarness } from './excelFake/excelHarness';

/** Adopting a team's sheet that already is an Excel table: Excel refuses tables.add over another table. */
function teamSheet() {
  const h = excelHarness();
  const block = [['客户名称', '业务员'], ['格林电子', '张敏'], ['宏达', '王建国']];
  return { h, block };
}

describe('ExcelHost: adopting a sheet that already is a table', () => {
  test('a table that is exactly the block is renamed and kept, values untouched', async () => {
    const { h, block } = teamSheet();
    await h.host.writeRange('Sheet1', 0, 0, block);
    h.excel.model.addTable(h.excel.sheet('Sheet1'), { top: 0, left: 0, bottom: 2, right: 1 }, true);
    const before = await h.host.readSheet('Sheet1');
    await h.host.convertToTable('Sheet1', 0, 2, REGISTER_TABLE_NAME);
    expect(h.excel.model.tables.map((t) => ({ name: t.name, rect: t.rect }))).toEqual([
      { name: REGISTER_TABLE_NAME, rect: { top: 0, left: 0, bottom: 2, right: 1 } },
    ]);
    expect(await h.host.readSheet('Sheet1')).toEqual(before);
  });

  test('a table covering only part of the block is converted to cells first, then the block becomes the register', async () => {
    const { h, block } = teamSheet();
    await h.host.writeRange('Sheet1', 0, 0, block);
    h.excel.model.addTable(h.excel.sheet('Sheet1'), { top: 0, left: 0, bottom: 1, right: 1 }, true);
    await h.host.convertToTable('Sheet1', 0, 2, REGISTER_TABLE_NAME);
    expect(h.excel.model.tables.map((t) => ({ name: t.name, rect: t.rect }))).toEqual([
      { name: REGISTER_TABLE_NAME, rect: { top: 0, left: 0, bottom: 2, right: 1 } },
    ]);
    expect(await h.host.readTable(REGISTER_TABLE_NAME)).toEqual({ sheet: 'Sheet1', firstDataRow: 1, header: block[0], rows: block.slice(1) });
  });

  test('the fake refuses a table over a table, as Excel does', async () => {
    const { h, block } = teamSheet();
    await h.host.writeRange('Sheet1', 0, 0, block);
    h.excel.model.addTable(h.excel.sheet('Sheet1'), { top: 0, left: 0, bottom: 2, right: 1 }, true);
    expect(() => h.excel.model.addTable(h.excel.sheet('Sheet1'), { top: 0, left: 0, bottom: 2, right: 1 }, true)).toThrow(/overlap/);
  });
});
