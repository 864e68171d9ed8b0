import { asSafeText, startsLikeFormula } from './formulaGuard';

describe('asSafeText', () => {
  test.each([
    '=HYPERLINK("http://evil.example","格林电子")',
    '=cmd|\' /C calc\'!A0',
    '+86 138 0000 0000',
    '-',
    '-格林电子',
    '@SUM(A1:A9)',
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
    '＝SUM(A1)',
  ])('%p is written as text, unchanged', (value) => {
    expect(startsLikeFormula(value)).toBe(true);
    expect(asSafeText(value)).toEqual({ text: value, needsTextFormat: true });
  });

  test.each([
    '13800000000',
    '0755-8888 8888',
    '2026-10-08',
    '1/2',
    '.5',
    '50%',
    '¥100',
    '(100)',
    'TRUE',
    'false',
    '3M中国有限公司',
  ])('%p would be turned into a number, date or boolean, so it needs the text format too', (value) => {
    expect(startsLikeFormula(value)).toBe(false);
    expect(asSafeText(value)).toEqual({ text: value, needsTextFormat: true });
  });

  test.each(['格林电子有限公司', '张三', 'Acme Ltd.', '', 'BL-466', '送样 2026-10-08', 'True Value Co.'])(
    '%p is plain text', (value) => {
      expect(asSafeText(value)).toEqual({ text: value, needsTextFormat: false });
    },
  );

  it('keeps a phone number exactly as typed', () => {
    expect(asSafeText('+86 138 0000 0000').text).toBe('+86 138 0000 0000');
  });
});
