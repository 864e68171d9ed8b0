import { a1Range, a1Rows, columnLetters } from './a1Address';
import { excelHeaderFooter } from './excelHeaderFooter';
import { headerFooterParts } from './headerFooterParts';
import { registerPrintLayout } from './registerPrintLayout';

describe('header and footer texts', () => {
  test.each([
    ['第 {page} 页 / 共 {pages} 页', ['第 ', { field: 'page' }, ' 页 / 共 ', { field: 'pages' }, ' 页']],
    ['Page {page} of {pages}', ['Page ', { field: 'page' }, ' of ', { field: 'pages' }]],
    ['{sheetName}{printDate}', [{ field: 'sheetName' }, { field: 'printDate' }]],
    ['客户登记册 {rep}', ['客户登记册 {rep}']],
    ['', []],
  ])('headerFooterParts(%s)', (text, parts) => expect(headerFooterParts(text)).toEqual(parts));

  test('maps to Excel codes by section, doubling a literal &', () => {
    expect(excelHeaderFooter({
      left: ['R&D 部'], center: ['第 ', { field: 'page' }, ' 页 / 共 ', { field: 'pages' }, ' 页'], right: [{ field: 'printDate' }],
    })).toBe('&LR&&D 部&C第 &P 页 / 共 &N 页&R&D');
    expect(excelHeaderFooter({ left: [], center: [{ field: 'sheetName' }], right: [] })).toBe('&C&A');
    expect(excelHeaderFooter({ left: [], center: [], right: [] })).toBe('');
  });
});

describe('A1 addresses', () => {
  test.each([[0, 'A'], [9, 'J'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [701, 'ZZ'], [702, 'AAA']])(
    'column %i is %s', (column, letters) => expect(columnLetters(column)).toBe(letters));

  test('ranges and print title rows are 1-based', () => {
    expect(a1Range({ top: 0, left: 0, bottom: 39, right: 9 })).toBe('A1:J40');
    expect(a1Rows({ first: 2, last: 2 })).toBe('3:3');
  });
});

describe('registerPrintLayout', () => {
  test('repeats the register\'s header row and fits its columns on one A4 landscape page wide', () => {
    const layout = registerPrintLayout();
    expect(layout).toMatchObject({
      paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, fitToPagesTall: 0,
      printTitleRows: { first: 0, last: 0 }, printArea: null,
    });
    expect(excelHeaderFooter(layout.header)).toBe('&L客户登记册&C&A');
    expect(excelHeaderFooter(layout.footer)).toBe('&L打印于 &D&C第 &P 页 / 共 &N 页');
    expect(registerPrintLayout(3).printTitleRows).toEqual({ first: 3, last: 3 });
  });
});
