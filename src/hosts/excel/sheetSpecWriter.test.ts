import type { SheetSpec } from '../../core/summary/sheetSpec';
import { styleAreas } from './sheetSpecWriter';

function spec(rows: (string | undefined)[][]): SheetSpec {
  return {
    name: 't', rows: rows.map((r) => r.map((style) => ({ value: '', style }))), styles: {}, merges: [], columnWidths: [],
    rowHeights: [], frozenRows: 0, rowBreaks: [],
    pageLayout: null as unknown as SheetSpec['pageLayout'],
  };
}

describe('styleAreas: one range per rectangle of a style, not one per cell', () => {
  test('joins runs along rows and identical runs down the rows', () => {
    const areas = styleAreas(spec([
      ['title', 'title', 'title'],
      ['header', 'header', undefined],
      ['cell', 'cell', 'date'],
      ['cell', 'cell', 'date'],
      ['cell', undefined, 'date'],
    ]));
    expect(Object.fromEntries(areas)).toEqual({
      title: [{ top: 0, bottom: 0, left: 0, right: 2 }],
      header: [{ top: 1, bottom: 1, left: 0, right: 1 }],
      cell: [{ top: 2, bottom: 3, left: 0, right: 1 }, { top: 4, bottom: 4, left: 0, right: 0 }],
      date: [{ top: 2, bottom: 4, left: 2, right: 2 }],
    });
  });

  test('covers every styled cell exactly once', () => {
    const styles = ['a', 'b', undefined];
    const rows = Array.from({ length: 30 }, (_, r) => Array.from({ length: 7 }, (_, c) => styles[(r * 3 + c * c) % 3]));
    const covered = new Map<string, string>();
    for (const [style, rects] of styleAreas(spec(rows))) {
      for (const rect of rects) {
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            expect(covered.has(`${r},${c}`)).toBe(false);
            covered.set(`${r},${c}`, style);
          }
        }
      }
    }
    rows.forEach((cells, r) => cells.forEach((style, c) => expect(covered.get(`${r},${c}`)).toBe(style)));
  });
});
