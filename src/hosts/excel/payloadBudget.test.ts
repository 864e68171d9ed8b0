import { blocksWithinBudget, rowBytes, valueBytes } from './payloadBudget';

describe('payload budget', () => {
  test.each([
    ['ascii', 'abc', 6],
    ['chinese (3 bytes each in UTF-8)', '格林电子', 15],
    ['quote escaped', 'a"b', 7],
    ['number', 46303, 6],
    ['blank', null, 5],
  ])('estimates a %s value like its JSON', (_what, value, bytes) => {
    expect(valueBytes(value)).toBe(bytes);
  });

  test('is never below the JSON the request carries', () => {
    const row = ['深圳市格林电子有限公司', '张三', 46303, '', 'BL-466', '"引号"', '换\n行'];
    expect(rowBytes(row)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(row)));
  });

  test('cuts rows into consecutive blocks that each fit the budget', () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => [`客户${i}`, i]);
    const blocks = blocksWithinBudget(rows, 10, 5_000);
    expect(blocks[0][0]).toBe(0);
    expect(blocks[blocks.length - 1][1]).toBe(1_000);
    blocks.forEach(([start, end], i) => {
      if (i > 0) expect(start).toBe(blocks[i - 1][1]);
      const bytes = rows.slice(start, end).reduce((sum, r) => sum + rowBytes(r) + 10, 0);
      expect(bytes).toBeLessThanOrEqual(5_000);
    });
    expect(blocksWithinBudget(rows, 10)).toEqual([[0, 1_000]]);
  });
});
