import { LAST_COLUMN, LAST_ROW, parseAddress } from './a1Address';

describe('parseAddress (event and range addresses as Excel reports them)', () => {
  test.each([
    ['A1', { top: 0, left: 0, bottom: 0, right: 0 }],
    ['B2:D10', { top: 1, left: 1, bottom: 9, right: 3 }],
    ['$T$2:$T$5', { top: 1, left: 19, bottom: 4, right: 19 }],
    ['AA100', { top: 99, left: 26, bottom: 99, right: 26 }],
    ['C:C', { top: 0, left: 2, bottom: LAST_ROW, right: 2 }],
    ['3:5', { top: 2, left: 0, bottom: 4, right: LAST_COLUMN }],
    ["'客户登记'!B2", { top: 1, left: 1, bottom: 1, right: 1 }],
    ['A1:B2, D4', { top: 0, left: 0, bottom: 3, right: 3 }],
  ])('%s', (address, range) => {
    expect(parseAddress(address)).toEqual(range);
  });

  test('refuses what is not an address', () => {
    expect(() => parseAddress('#REF!')).toThrow();
  });
});
