import { formatMessage } from '../../i18n/message';
import { creditSharesIn, creditSharesMessage } from './creditShares';

describe('credit shares in the log', () => {
  const shares = [{ rep: '李娜', percent: 70 }, { rep: '王芳', percent: 30 }];

  test('are written as one readable line', () => {
    expect(formatMessage(creditSharesMessage(shares))).toBe('分成比例：李娜 70%，王芳 30%');
  });

  test('are read back from a log line\'s text, among its other details', () => {
    const detail = `多余紧密客户转给新人 · ${formatMessage(creditSharesMessage(shares))}`;
    expect(creditSharesIn(detail)).toEqual(shares);
  });

  test('a line without a split, or with a broken one, has none', () => {
    expect(creditSharesIn('久攻不下')).toEqual([]);
    expect(creditSharesIn('分成比例：李娜 70%，王芳 20%')).toEqual([]);
    expect(creditSharesIn('分成比例：李娜')).toEqual([]);
  });
});
