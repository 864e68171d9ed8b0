import { REGISTER_COLUMNS, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../src/core/register/registerSchema';
import type { TableDefinition } from '../../src/hosts/spreadsheetHost';
import { hostOnFake } from './wpsFake/hostOnFake';

const REGISTER: TableDefinition = {
  sheet: REGISTER_SHEET_NAME,
  tableName: REGISTER_TABLE_NAME,
  columns: REGISTER_COLUMNS.map((c) => ({ header: c.header, width: c.width, numberFormat: c.numberFormat, computed: c.computed })),
  freezeHeader: true,
};

describe('WPS host: the register table', () => {
  test('ensureTable creates the sheet, a table over the header, widths, formats and a frozen header — once', async () => {
    const { fake, host } = hostOnFake();
    expect(await host.ensureTable(REGISTER)).toEqual({ created: true });
    expect(await host.ensureTable(REGISTER)).toEqual({ created: false });

    const sheet = fake.sheet(REGISTER_SHEET_NAME);
    expect(sheet.listObjects.map((t) => t.name)).toEqual([REGISTER_TABLE_NAME]);
    expect(sheet.listObjects[0].rect).toMatchObject({ top: 1, left: 1, right: REGISTER_COLUMNS.length });
    expect(sheet.read(1, 2)).toEqual({ value: '客户名称' });
    expect(sheet.columnWidths.get(2)).toBe(32);
    expect(sheet.format('NumberFormat', 500, 7)).toBe('yyyy-mm-dd');
    expect(sheet.format('NumberFormat', 500, 2)).toBe('@');
    expect(fake.fillAt(REGISTER_SHEET_NAME, 500, 20)).toBe('#F2F2F2');
    expect(fake.fillAt(REGISTER_SHEET_NAME, 1, 20)).toBeNull();
    expect(fake.fillAt(REGISTER_SHEET_NAME, 500, 2)).toBeNull();
    expect([sheet.format('Locked', 500, 20), sheet.format('Locked', 500, 2)]).toEqual([true, false]);
    expect([sheet.frozen, sheet.split.row]).toEqual([true, 1]);
  });

  test('a sheet of the register\'s name that holds a team\'s data is never written over', async () => {
    const { fake, host } = hostOnFake();
    fake.application.ActiveWorkbook!.Sheets.Add().Name = REGISTER_SHEET_NAME;
    fake.user.type(REGISTER_SHEET_NAME, 'C5', [['我们自己的表']]);
    await expect(host.ensureTable(REGISTER)).rejects.toThrow(/adopt it/);
    expect(fake.sheet(REGISTER_SHEET_NAME).read(1, 1)).toBeUndefined();
  });

  test('readTable gives the header and the body without the empty row a new table keeps', async () => {
    const { host } = hostOnFake();
    await host.ensureTable(REGISTER);
    const empty = await host.readTable(REGISTER_TABLE_NAME);
    expect(empty).toEqual({ sheet: REGISTER_SHEET_NAME, firstDataRow: 1, header: REGISTER_COLUMNS.map((c) => c.header), rows: [] });
    expect(await host.readTable('NoSuchTable')).toBeNull();
  });

  test('appendRows writes after the last filled row and grows the table', async () => {
    const { fake, host } = hostOnFake();
    await host.ensureTable(REGISTER);
    const row = (name: string) => [1, name, '张敏', ...Array<null>(REGISTER_COLUMNS.length - 3).fill(null)];
    expect(await host.appendRows(REGISTER_TABLE_NAME, [row('格林电子'), row('0755科技')])).toEqual({ firstRow: 1 });
    expect(await host.appendRows(REGISTER_TABLE_NAME, [row('三叶涂料')])).toEqual({ firstRow: 3 });
    const table = await host.readTable(REGISTER_TABLE_NAME);
    expect(table?.rows.map((r) => r[1])).toEqual(['格林电子', '0755科技', '三叶涂料']);
    expect(fake.sheet(REGISTER_SHEET_NAME).listObjects[0].rect.bottom).toBe(4);
  });

  test('rows the user types right below the table belong to it', async () => {
    const { fake, host } = hostOnFake();
    await host.ensureTable(REGISTER);
    await host.appendRows(REGISTER_TABLE_NAME, [[1, '格林电子']]);
    fake.user.type(REGISTER_SHEET_NAME, 'A3', [[2, '宏达五金']]);
    expect((await host.readTable(REGISTER_TABLE_NAME))?.rows.map((r) => r[1])).toEqual(['格林电子', '宏达五金']);
  });

  test('convertToTable adopts a team\'s sheet from its header row down to the last used row', async () => {
    const { fake, host } = hostOnFake();
    fake.user.type('Sheet1', 'A1', [['华南一部客户表'], [null], ['客户名称', '业务员'], ['格林电子', '张敏'], [null, null], ['宏达', '王建国']]);
    await host.convertToTable('Sheet1', 2, 2, REGISTER_TABLE_NAME);
    const table = await host.readTable(REGISTER_TABLE_NAME);
    expect(table).toEqual({
      sheet: 'Sheet1', firstDataRow: 3, header: ['客户名称', '业务员'], rows: [['格林电子', '张敏'], ['', ''], ['宏达', '王建国']],
    });
    expect(fake.sheet('Sheet1').read(1, 1)).toEqual({ value: '华南一部客户表' });
  });

  test('convertToTable takes over a table the team already had instead of failing on the overlap', async () => {
    const { fake, host } = hostOnFake();
    fake.user.type('Sheet1', 'A1', [['客户名称', '业务员'], ['格林电子', '张敏'], ['宏达', '王建国']]);
    fake.application.ActiveSheet.ListObjects.Add(1, '$A$1:$B$2', undefined, 1);
    await host.convertToTable('Sheet1', 0, 2, REGISTER_TABLE_NAME);
    expect(fake.sheet('Sheet1').listObjects).toEqual([{ name: REGISTER_TABLE_NAME, rect: { top: 1, left: 1, bottom: 3, right: 2 } }]);
  });

  test('reading and appending cost the same number of calls for 10 rows as for 2,000', async () => {
    const cost = async (n: number) => {
      const { fake, host } = hostOnFake();
      await host.ensureTable(REGISTER);
      const rows = Array.from({ length: n }, (_, i) => [i + 1, `客户${i}`, '张敏', null, null, '13800000000']);
      return fake.calls.during(async () => {
        await host.appendRows(REGISTER_TABLE_NAME, rows, ['0', '@', '@', '@', '@', '@']);
        await host.readTable(REGISTER_TABLE_NAME);
      });
    };
    expect(await cost(2_000)).toBe(await cost(10));
  });
});
