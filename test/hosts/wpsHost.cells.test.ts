import { excelSerialOf } from '../../src/core/register/dateCell';
import type { CalendarDate } from '../../src/core/dates/calendarDate';
import type { CellValue } from '../../src/core/register/cellValue';
import { hostOnFake } from './wpsFake/hostOnFake';

describe('WPS host: reading and writing cells', () => {
  test('says what WPS can do', () => {
    const { host } = hostOnFake();
    expect(host.capabilities).toEqual({ host: 'wps', canPrint: true, seesSelection: true, conditionalFormats: true, rowNotes: true });
  });

  test('readSheet starts at A1 even when the used range does not, and drops formatted blank rows', async () => {
    const { fake, host } = hostOnFake();
    fake.user.type('Sheet1', 'C3', [['格林电子', 12]]);
    fake.application.ActiveSheet.Range('A10:T12').Interior.Color = 0xcec7ff;
    expect(await host.readSheet('Sheet1')).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '', '格林电子', 12],
    ]);
    expect(await host.readSheet('没有这个表')).toBeNull();
  });

  test('an empty sheet reads as no rows; a one-cell range as a 1×1 block', async () => {
    const { fake, host } = hostOnFake();
    expect(await host.readSheet('Sheet1')).toEqual([]);
    fake.user.type('Sheet1', 'B2', [['x']]);
    expect(await host.readRange('Sheet1', { top: 1, left: 1, bottom: 1, right: 1 })).toEqual([['x']]);
    expect(await host.readRange('Sheet1', { top: 0, left: 0, bottom: 1, right: 2 })).toEqual([['', '', ''], ['', 'x', '']]);
  });

  test.each([
    '=HYPERLINK("http://evil","格林电子")',
    '+86 138 0000 0000',
    '-3',
    '@SUM(A1)',
    '0755',
    '13800000000',
    '2026-10-08',
    'TRUE',
    '50%',
  ])('text that WPS would reinterpret stays text: %s', async (text) => {
    const { host } = hostOnFake();
    await host.writeRange('Sheet1', 0, 0, [['格林电子', text, 7]]);
    expect(await host.readRange('Sheet1', { top: 0, left: 0, bottom: 0, right: 2 })).toEqual([['格林电子', text, 7]]);
  });

  test('dates go in as serial numbers under the column format; numbers stay numbers', async () => {
    const { fake, host } = hostOnFake();
    const serial = excelSerialOf('2026-10-08' as CalendarDate);
    await host.writeRange('Sheet1', 4, 1, [[serial, 3.5]], ['yyyy-mm-dd', null]);
    expect(fake.sheet('Sheet1').read(5, 2)).toEqual({ value: serial });
    expect(fake.sheet('Sheet1').format('NumberFormat', 5, 2)).toBe('yyyy-mm-dd');
    expect(fake.sheet('Sheet1').read(5, 3)).toEqual({ value: 3.5 });
  });

  test('a ragged block leaves the cells it does not mention alone', async () => {
    const { fake, host } = hostOnFake();
    fake.user.type('Sheet1', 'A1', [['keep', 'keep'], ['keep', 'keep']]);
    await host.writeRange('Sheet1', 0, 0, [['new', 'new'], ['new']]);
    expect(await host.readSheet('Sheet1')).toEqual([['new', 'new'], ['new', 'keep']]);
  });

  test('writing costs the same number of calls for 10 rows as for 2,000', async () => {
    const rows = (n: number): CellValue[][] => Array.from({ length: n }, (_, i) => [
      i + 1, `深圳市格林${i}电子有限公司`, '张敏', `1380000${String(i).padStart(4, '0')}`, '=1+1', 46303, null,
    ]);
    const cost = async (n: number) => {
      const { fake, host } = hostOnFake();
      return fake.calls.during(() => host.writeRange('Sheet1', 1, 0, rows(n), ['0', '@', null, null, null, 'yyyy-mm-dd', null]));
    };
    expect(await cost(2_000)).toBe(await cost(10));
  });

  test('reading costs the same number of calls for 10 rows as for 2,000', async () => {
    const cost = async (n: number) => {
      const { fake, host } = hostOnFake();
      fake.user.type('Sheet1', 'A1', Array.from({ length: n }, (_, i) => [`客户${i}`, i]));
      return fake.calls.during(async () => {
        await host.readSheet('Sheet1');
        await host.readRange('Sheet1', { top: 0, left: 0, bottom: n - 1, right: 1 });
      });
    };
    expect(await cost(2_000)).toBe(await cost(10));
  });

  test('listSheets leaves out the add-in\'s very hidden sheets but not the user\'s hidden ones', async () => {
    const { fake, host } = hostOnFake();
    fake.application.ActiveWorkbook!.Sheets.Add().Name = '存档';
    fake.workbook.sheet('存档').Visible = 0;
    await host.settings.set('policy', { protectDays: 90 });
    expect(await host.listSheets()).toEqual(['Sheet1', '存档']);
  });
});
