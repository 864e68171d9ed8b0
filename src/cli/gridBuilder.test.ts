import { HEADER_SEARCH_ROWS } from '../core/register/headerDetection';
import { GridBuilder } from './gridBuilder';

describe('GridBuilder', () => {
  test('below the header-search rows only the chosen columns are kept, at their own indexes', () => {
    const heads: number[] = [];
    const builder = new GridBuilder((head) => { heads.push(head.length); return new Set([1, 3]); });
    for (let row = 0; row < HEADER_SEARCH_ROWS + 2; row++) builder.add(row, ['a', 'b', 'c', 'd', 'e']);
    const grid = builder.finish();
    expect(heads).toEqual([HEADER_SEARCH_ROWS]);
    expect(grid[HEADER_SEARCH_ROWS - 1]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([grid[HEADER_SEARCH_ROWS][1], grid[HEADER_SEARCH_ROWS][3], grid[HEADER_SEARCH_ROWS][0] ?? null]).toEqual(['b', 'd', null]);
  });

  test('no choice (or null) keeps every column; gaps become empty rows and trailing blank rows go', () => {
    const builder = new GridBuilder(() => null);
    builder.add(0, ['x']);
    builder.add(2, ['y']);
    for (let row = 3; row < 30; row++) builder.add(row, [null, null]);
    expect(builder.finish()).toEqual([['x'], [], ['y']]);
  });
});
