import { worksheetAt } from '../../../src/hosts/wps/etSession';
import { createFakeEt, hexOfBgr, NAME_ERROR, shiftReferences } from './index';

// The fake is only worth something if it bites where WPS bites: these pin the traps down.
describe('fake ET object model', () => {
  test('sheets and rows are 1-based; index 0 and unknown names throw', () => {
    const { application } = createFakeEt();
    const sheets = application.ActiveWorkbook!.Sheets;
    expect(worksheetAt(sheets, 1).Name).toBe('Sheet1');
    expect(() => sheets.Item(0)).toThrow(/out of range/);
    expect(() => sheets.Item('客户登记')).toThrow(/out of range/);
    const cell = worksheetAt(sheets, 1).Range('B3');
    expect([cell.Row, cell.Column]).toEqual([3, 2]);
  });

  test('Address is a method: read as a property it is a function, not text', () => {
    const { application } = createFakeEt();
    const range = application.ActiveSheet.Range('a1:b2');
    expect(typeof (range as unknown as { Address: unknown }).Address).toBe('function');
    expect(range.Address()).toBe('$A$1:$B$2');
    expect(range.Address(false, false)).toBe('A1:B2');
  });

  test('Value2 is a scalar for one cell (undefined when empty) and a 2-D array for a block', () => {
    const { application } = createFakeEt();
    const sheet = application.ActiveSheet;
    expect(sheet.Range('A1').Value2).toBeUndefined();
    sheet.Range('A1:B2').Value2 = [['甲', 1], [null, true]];
    expect(sheet.Range('A1').Value2).toBe('甲');
    expect(sheet.Range('A1:B2').Value2).toEqual([['甲', 1], [undefined, true]]);
    expect(sheet.Range('A1:B1').Value2).toEqual([['甲', 1]]);
    expect(() => { sheet.Range('A1:B3').Value2 = [['x', 'y']]; }).toThrow(/#N\/A/);
  });

  test.each([
    ['=HYPERLINK("http://x")', NAME_ERROR],
    ['+86 138 0000 0000', NAME_ERROR],
    ['0755', 755],
    ['2026-10-08', 46303],
    ['TRUE', true],
    ['格林电子', '格林电子'],
  ])('a string written into a General cell is read like typing: %s', (text, stored) => {
    const { application } = createFakeEt();
    const sheet = application.ActiveSheet;
    sheet.Range('A1').Value2 = text;
    expect(sheet.Range('A1').Value2).toBe(stored);
    sheet.Range('B1').NumberFormat = '@';
    sheet.Range('B1').Value2 = text;
    expect(sheet.Range('B1').Value2).toBe(text);
  });

  test('colours are BGR longs and an unfilled cell reads as white', () => {
    const fake = createFakeEt();
    const sheet = fake.application.ActiveSheet;
    expect(sheet.Range('A1').Interior.Color).toBe(0xffffff);
    sheet.Range('A1').Interior.Color = 0x0000ff;
    expect(fake.fillAt('Sheet1', 1, 1)).toBe('#FF0000');
    expect(hexOfBgr(0xcec7ff)).toBe('#FFC7CE');
  });

  test('events belong to the application: one listener hears every sheet, and code writes unless EnableEvents is off', () => {
    const fake = createFakeEt();
    const heard: string[] = [];
    fake.application.ApiEvent.AddApiEventListener('SheetChange', (sheet, target) => {
      heard.push(`${(sheet as { Name: string }).Name}!${(target as { Address(): string }).Address()}`);
    });
    fake.application.ActiveWorkbook!.Sheets.Add();
    fake.user.type('Sheet1', 'B2', [['x']]);
    fake.user.type('Sheet2', 'C3', [['y']]);
    fake.application.ActiveSheet.Range('D4').Value2 = 'z';
    fake.application.EnableEvents = false;
    fake.application.ActiveSheet.Range('D5').Value2 = 'quiet';
    fake.user.type('Sheet1', 'B3', [['unheard']]);
    expect(heard).toEqual(['Sheet1!$B$2', 'Sheet2!$C$3', 'Sheet2!$D$4']);
  });

  test('every property read, write and method fetch is one cross-process call', () => {
    const fake = createFakeEt();
    fake.calls.reset();
    fake.application.ActiveSheet.Range('A1:C3').Value2 = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    expect(fake.calls.log).toEqual(['Application.ActiveSheet', 'Worksheet.Range', 'Range.Value2=']);
    expect(fake.calls.count).toBe(3);
  });

  test('a conditional format formula is taken relative to the active cell, not the range', () => {
    const fake = createFakeEt();
    const sheet = fake.application.ActiveSheet;
    sheet.Range('A1').Select();
    sheet.Range('A2:T100').FormatConditions.Add(2, undefined, '=$L2="送样"');
    const [condition] = fake.sheet('Sheet1').conditions;
    const onTopLeft = shiftReferences(condition.formula1, 2 - condition.anchor.row, 1 - condition.anchor.column);
    expect(onTopLeft).toBe('=$L3="送样"');
    fake.application.ActiveWorkbook!.Sheets.Add();
    expect(() => sheet.Range('A1').Select()).toThrow(/not the active sheet/);
  });

  test('deleting a sheet needs DisplayAlerts off, or WPS waits on a dialog', () => {
    const { application } = createFakeEt();
    const added = application.ActiveWorkbook!.Sheets.Add();
    expect(() => added.Delete()).toThrow(/DisplayAlerts/);
    application.DisplayAlerts = false;
    added.Delete();
    expect(application.ActiveWorkbook!.Sheets.Count).toBe(1);
  });
});
