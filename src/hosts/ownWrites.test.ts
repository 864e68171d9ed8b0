import { OwnWrites } from './ownWrites';

describe('OwnWrites', () => {
  const block = [['格林电子', '张敏'], ['宏达', 12]];

  test('an event inside a written block whose cells hold the written values is the add-in\'s own', () => {
    const own = new OwnWrites(() => 0);
    own.remember('客户登记', 4, 1, block);
    const range = { top: 5, left: 1, bottom: 5, right: 2 };
    expect(own.mayBeOwn('客户登记', range)).toBe(true);
    expect(own.isOwn('客户登记', range, [['宏达', '12']])).toBe(true);
  });

  test('a user who typed over the written cells, or edited elsewhere, is not mistaken for the add-in', () => {
    const own = new OwnWrites(() => 0);
    own.remember('客户登记', 4, 1, block);
    expect(own.isOwn('客户登记', { top: 4, left: 1, bottom: 4, right: 1 }, [['别的公司']])).toBe(false);
    expect(own.isOwn('客户登记', { top: 4, left: 1, bottom: 6, right: 1 }, [['格林电子'], ['宏达'], ['']])).toBe(false);
    expect(own.mayBeOwn('Sheet1', { top: 4, left: 1, bottom: 4, right: 1 })).toBe(false);
  });

  test('the newest write is what the cells should hold, and old writes are forgotten after a minute', () => {
    let now = 0;
    const own = new OwnWrites(() => now);
    own.remember('客户登记', 0, 0, [['a']]);
    own.remember('客户登记', 0, 0, [['b']]);
    expect(own.isOwn('客户登记', { top: 0, left: 0, bottom: 0, right: 0 }, [['a']])).toBe(false);
    expect(own.isOwn('客户登记', { top: 0, left: 0, bottom: 0, right: 0 }, [['b']])).toBe(true);
    now = 61_000;
    expect(own.mayBeOwn('客户登记', { top: 0, left: 0, bottom: 0, right: 0 })).toBe(false);
  });
});
