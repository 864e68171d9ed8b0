import { blockFromValue2, trimBlank } from './cellBlock';

describe('blockFromValue2', () => {
  test('one cell comes back as a scalar, an empty one as undefined: both become a 1×1 block', () => {
    expect(blockFromValue2('格林', 1, 1)).toEqual([['格林']]);
    expect(blockFromValue2(undefined, 1, 1)).toEqual([['']]);
  });

  test('a block comes back as rows of cells; empty ones read as \'\', as Office.js reports them', () => {
    expect(blockFromValue2([['a', undefined], [3, true]], 2, 2)).toEqual([['a', ''], [3, true]]);
    expect(blockFromValue2([['a']], 2, 2)).toEqual([['a', ''], ['', '']]);
  });
});

describe('trimBlank', () => {
  test('drops trailing blank rows and columns, keeps inner blanks', () => {
    expect(trimBlank([['a', null, null], [null, null, 'b'], [null, '', null], [null, null, null]]))
      .toEqual([['a', null, null], [null, null, 'b']]);
  });

  test('an empty sheet is no rows', () => {
    expect(trimBlank([[null]])).toEqual([]);
  });
});
