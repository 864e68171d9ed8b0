import { cellText, isBlankCell } from './cellValue';

describe('cell values', () => {
  test.each([
    [null, ''], ['', ''], ['  格林电子 ', '格林电子'], ['\t=1+1', '=1+1'], ['　全角空格　', '全角空格'],
    [13800000000, '13800000000'], [1.5, '1.5'], [true, 'TRUE'], [false, 'FALSE'], ['行一\n行二', '行一\n行二'],
  ])('%p reads as text %p', (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  test.each([[null, true], ['', true], [' \t', true], [0, false], [false, false], ['x', false]])(
    '%p blank: %p', (value, blank) => {
      expect(isBlankCell(value)).toBe(blank);
    },
  );
});
