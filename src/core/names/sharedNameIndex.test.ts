import { CustomerKeys } from '../claims/customerKeys';
import { SharedNameIndex } from './sharedNameIndex';

describe('SharedNameIndex: one index for the rows and the customers\' keys', () => {
  test('a name held twice is filed once, and stays until both let go', () => {
    const index = new SharedNameIndex();
    index.hold('深圳市格林电子有限公司');
    index.hold('深圳市格林电子有限公司');
    index.hold('雅玛西电子有限公司');
    expect(index.size).toBe(2);
    index.release('深圳市格林电子有限公司');
    expect(index.query('格林.电子', 5).map((m) => m.id)).toEqual(['深圳市格林电子有限公司']);
    index.release('深圳市格林电子有限公司');
    expect(index.query('格林.电子', 5)).toEqual([]);
    expect(index.size).toBe(1);
  });

  test('a holder asks about its own names only', () => {
    const index = new SharedNameIndex();
    index.hold('深圳市格林电子有限公司');
    index.hold('格林电子（东莞）有限公司');
    const mine = new Set(['格林电子（东莞）有限公司']);
    expect(index.query('格林电子', 5, (name) => mine.has(name)).map((m) => m.id)).toEqual(['格林电子（东莞）有限公司']);
  });

  test('the customers\' keys find a 同一客户 among their names, not among names only the rows hold', () => {
    const index = new SharedNameIndex();
    const keys = new CustomerKeys(index);
    index.hold('深圳市格林电子有限公司'); // a row's name, nobody's stored key
    expect(keys.keyOf('格林.电子')).toBe('格林电子');
    keys.hold('广州安博股份有限公司', '安博');
    expect(keys.keyOf('广州.安博')).toBe('安博');
    expect(keys.keyOf('上海市安博')).toBe('安博·上海');
    expect(index.size).toBe(2);
  });
});
