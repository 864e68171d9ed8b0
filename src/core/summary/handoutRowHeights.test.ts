import { displayWidth, fittedRowHeights, wrappedLines } from './handoutRowHeights';
import type { SheetSpec } from './sheetSpec';

const spec = (rows: SheetSpec['rows'], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: 's', rows, styles: { wrap: { wrap: true }, plain: {}, small: { wrap: true, fontSize: 9 } }, merges: [], columnWidths: [10, 20],
  rowHeights: [], frozenRows: 0, rowBreaks: [], pageLayout: {} as SheetSpec['pageLayout'], ...extra,
});

describe('row heights that fit wrapped text', () => {
  test('CJK and full-width characters are two width units, others one', () => {
    expect(displayWidth('格林电子')).toBe(8);
    expect(displayWidth('BL-466，')).toBe(8);
    expect(displayWidth('𠀋a')).toBe(3);
  });

  test('lines count wrapping and the text\'s own line breaks', () => {
    expect(wrappedLines('格林电子有限公司', 17)).toBe(1);
    // Text exactly as wide as the column wraps in the hosts: the cell's padding takes part of a character.
    expect(wrappedLines('格林电子有限公司', 16)).toBe(2);
    expect(wrappedLines('深圳市宝安区福永街道格林电子科技实业有限公司', 32)).toBe(2);
    expect(wrappedLines('一\n二\n三', 30)).toBe(3);
    expect(wrappedLines('格林电子有限公司', 17, 22)).toBe(2);
  });

  test('a row gets the height of its tallest wrapping cell; a row of one line gets one CJK line, an empty row none', () => {
    const heights = fittedRowHeights(spec([
      [{ value: '短', style: 'wrap' }, { value: '短', style: 'wrap' }],
      [{ value: '格林电子有限公司格林', style: 'wrap' }, { value: '深圳市宝安区福永街道格林电子科技实业有限公司', style: 'wrap' }],
      [{ value: '深圳市宝安区福永街道格林电子科技实业有限公司', style: 'plain' }, { value: null }],
      [{ value: null }, { value: '' }],
    ]));
    const oneLine = Math.ceil(11 * 1.45 + 4);
    expect(heights).toEqual([{ row: 0, points: oneLine }, { row: 1, points: Math.ceil(3 * 11 * 1.45 + 4) }, { row: 2, points: oneLine }]);
  });

  test('a taller explicit height stays; a merged cell wraps over the merged width', () => {
    const heights = fittedRowHeights(spec([
      [{ value: '深圳市宝安区福永街道格林电子科技实业有限', style: 'small' }, { value: null }],
      [{ value: '短', style: 'wrap' }, { value: null }],
    ], { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], rowHeights: [{ row: 1, points: 40 }] }));
    expect(heights).toEqual([{ row: 0, points: Math.ceil(2 * 9 * 1.45 + 4) }, { row: 1, points: 40 }]);
  });
});
