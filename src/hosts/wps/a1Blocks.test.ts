import { a1Area, absolute, blocksWhere, unionAddresses } from './a1Blocks';

describe('a1Area', () => {
  test.each([
    [{ top: 0, left: 0, bottom: 0, right: 0 }, 'A1'],
    [{ top: 1, left: 1, bottom: 99, right: 19 }, 'B2:T100'],
    [{ top: 4, left: 26, bottom: 4, right: 27 }, 'AA5:AB5'],
  ])('%j is %s', (range, address) => {
    expect(a1Area(range)).toBe(address);
  });
});

test.each([['A1', '$A$1'], ['B2:T100', '$B$2:$T$100'], ['AA5:AB5', '$AA$5:$AB$5']])('absolute(%s) is %s', (address, fixed) => {
  expect(absolute(address)).toBe(fixed);
});

describe('blocksWhere', () => {
  test('a column of like cells is one block, however many rows', () => {
    expect(blocksWhere(10_000, 3, (_row, column) => column === 1)).toEqual([{ top: 0, bottom: 9_999, left: 1, right: 1 }]);
  });

  test('runs merge downwards only when they span the same columns', () => {
    const grid = ['xx.', 'xx.', '.xx', '...', 'x..'];
    const blocks = blocksWhere(grid.length, 3, (r, c) => grid[r][c] === 'x');
    expect(blocks).toEqual(expect.arrayContaining([
      { top: 0, bottom: 1, left: 0, right: 1 },
      { top: 2, bottom: 2, left: 1, right: 2 },
      { top: 4, bottom: 4, left: 0, right: 0 },
    ]));
    expect(blocks).toHaveLength(3);
  });

  test('every selected cell is covered exactly once', () => {
    const selected = (r: number, c: number) => (r * 7 + c * 3) % 5 < 2;
    const blocks = blocksWhere(40, 9, selected);
    for (let r = 0; r < 40; r += 1) {
      for (let c = 0; c < 9; c += 1) {
        const covering = blocks.filter((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
        expect(covering).toHaveLength(selected(r, c) ? 1 : 0);
      }
    }
  });
});

describe('unionAddresses', () => {
  test('joins blocks with commas and starts a new address before 255 characters', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ top: i * 2, bottom: i * 2, left: 0, right: 19 }));
    const addresses = unionAddresses(rows);
    expect(addresses.length).toBeGreaterThan(1);
    for (const address of addresses) expect(address.length).toBeLessThanOrEqual(255);
    expect(addresses.join(',').split(',')).toHaveLength(100);
    expect(addresses[0].startsWith('A1:T1,A3:T3,')).toBe(true);
  });
});
