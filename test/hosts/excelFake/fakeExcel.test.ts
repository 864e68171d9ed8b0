import { FakeExcel } from './fakeExcel';
import type { FakeRequestContext } from './requestContext';

/** The fake must fail where Excel fails, or adapter bugs pass unseen. These pin its Office.js behaviour. */
describe('FakeExcel behaves like Office.js', () => {
  const run = <T>(excel: FakeExcel, batch: (context: FakeRequestContext) => Promise<T>) => excel.run({ delayForCellEdit: true }, batch);

  test('a property cannot be read before load and sync; a write lands only at sync', async () => {
    const excel = new FakeExcel();
    await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.values = [['格林', 1]];
      expect(excel.sheet('Sheet1').value(0, 0)).toBe('');
      await context.sync();
      expect(excel.sheet('Sheet1').value(0, 0)).toBe('格林');
      const again = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values');
      await context.sync();
      expect(again.values).toEqual([['格林', 1]]);
    });
    expect(excel.syncCount).toBe(2);
  });

  test('reads typed text the way Excel does unless the cell is formatted as text', async () => {
    const excel = new FakeExcel();
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:D1').values = [['=1+1', '0755', '2026-10-08', 'TRUE']];
      const text = sheet.getRange('A2:D2');
      text.numberFormat = [['@', '@', '@', '@']];
      text.values = [['=1+1', '0755', '2026-10-08', 'TRUE']];
      await context.sync();
    });
    const sheet = excel.sheet('Sheet1');
    expect([0, 1, 2, 3].map((c) => sheet.value(0, c))).toEqual(['#NAME?', 755, 46303, true]);
    expect(sheet.cell(0, 0)?.formula).toBe('=1+1');
    expect([0, 1, 2, 3].map((c) => sheet.value(1, c))).toEqual(['=1+1', '0755', '2026-10-08', 'TRUE']);
  });

  test('refuses cell values on whole columns, arrays of the wrong shape, and requests over 5 MB', async () => {
    const excel = new FakeExcel();
    const attempt = (write: (context: FakeRequestContext) => void) => run(excel, async (context) => {
      write(context);
      await context.sync();
    });
    await expect(attempt((c) => { c.workbook.worksheets.getItem('Sheet1').getRange('A:A').numberFormat = [['@']]; }))
      .rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((c) => { c.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['x']]; }))
      .rejects.toMatchObject({ code: 'InvalidArgument' });
    const big = Array.from({ length: 100_000 }, () => ['格林电子有限公司深圳分公司', '雅玛西电子科技有限公司']);
    await expect(attempt((c) => { c.workbook.worksheets.getItem('Sheet1').getRange('A1:B100000').values = big; }))
      .rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  test('null objects are known after a sync; getItem of a missing sheet fails at sync', async () => {
    const excel = new FakeExcel();
    await run(excel, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('无');
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('无').getRange('A1').values = [['x']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('actions queued after the last sync are an error', async () => {
    const excel = new FakeExcel();
    await expect(run(excel, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
    })).rejects.toThrow(/after the last context.sync/);
  });

  test('events follow changes after the sync, and none while runtime.enableEvents is off', async () => {
    const excel = new FakeExcel();
    const seen: string[] = [];
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args) => { seen.push((args as { address: string }).address); });
      await context.sync();
    });
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['heard']];
      context.runtime.enableEvents = false;
      sheet.getRange('A2').values = [['not heard']];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await excel.userEdit('Sheet1', 4, 1, [['typed']]);
    expect(seen).toEqual(['A1', 'B5']);
  });

  test('a table grows when the user types right below it, taking the formats of its last row', async () => {
    const excel = new FakeExcel();
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [['客户名称', '备注']];
      const table = sheet.tables.add('A1:B1', true);
      table.name = 'T';
      sheet.getRange('A2:B2').numberFormat = [['@', '@']];
      await context.sync();
    });
    await excel.userEdit('Sheet1', 2, 0, [['=不是公式']]);
    expect(excel.model.table('T')!.rect).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
    expect(excel.sheet('Sheet1').value(2, 0)).toBe('=不是公式');
  });

  test('Excel.run without delayForCellEdit fails while the user edits a cell', async () => {
    const excel = new FakeExcel();
    excel.enterCellEdit();
    await expect(excel.run(async (context: FakeRequestContext) => context.sync())).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    excel.exitCellEdit();
  });
});
