import { SharedNameIndex, dedupeKey } from '../names';
import { CustomerKeys } from './customerKeys';

const keys = () => new CustomerKeys(new SharedNameIndex());

/** Registers names one after the other as the store does: under keyOf, refused when the key is taken. */
function register(book: CustomerKeys, names: string[]): { keys: string[]; refused: string[] } {
  const taken: string[] = [];
  const refused: string[] = [];
  for (const name of names) {
    const key = book.keyOf(name);
    if (book.holds(key)) refused.push(name);
    else {
      taken.push(key);
      book.hold(name, key);
    }
  }
  return { keys: taken, refused };
}

describe('CustomerKeys: the key a name is stored under', () => {
  test('两家法人两个键: 上海市安博 beside 广州安博股份有限公司; every 同一客户 spelling of either is refused', () => {
    const book = keys();
    const { keys: held, refused } = register(book, [
      '广州安博股份有限公司', '上海市安博', '广州.安博', '廣州安博股份有限公司', '上海 安博有限公司', '安博（上海）',
    ]);
    expect(held).toEqual(['安博', '安博·上海']);
    expect(refused).toEqual(['广州.安博', '廣州安博股份有限公司', '上海 安博有限公司', '安博（上海）']);
  });

  test('a registered name always finds its own key, and a branch has its own', () => {
    const book = keys();
    register(book, ['广州安博股份有限公司', '上海市安博', '格林电子有限公司', '格林电子有限公司深圳分公司']);
    expect(book.keyOf('上海市安博')).toBe('安博·上海');
    expect(book.keyOf(' 广州安博股份有限公司 ')).toBe('安博');
    expect(book.keyOf('格林电子有限公司深圳分公司')).toBe('格林电子·深圳分公司');
    expect(book.keyOf('——')).toBe('');
  });

  test('a claim on a product line keeps its line on the customer key', () => {
    const book = keys();
    register(book, ['广州安博股份有限公司', '上海市安博']);
    expect(book.claimKeyOf('上海市安博', '安博｜电动工具')).toBe('安博·上海｜电动工具');
    expect(book.claimKeyOf('广州.安博', '安博')).toBe('安博');
  });

  test('a released customer frees its key', () => {
    const book = keys();
    register(book, ['广州安博股份有限公司']);
    book.release('安博');
    expect(book.holds('安博')).toBe(false);
    expect(book.keyOf('广州.安博')).toBe(dedupeKey('广州.安博'));
  });
});

describe('CustomerKeys.load: the key migration of a store', () => {
  test('keys an older rule made move once, in 序号 order; a second run moves nothing', () => {
    const stored = [
      { name: '上海市安博', key: '上海安博', seq: 2 },
      { name: '广州安博股份有限公司', key: '安博', seq: 1 },
      { name: '深圳市和顺光电有限责任公司', key: '深圳和顺光电', seq: 3 },
      { name: '格林电子有限公司', key: '格林电子', seq: 4 },
    ];
    const moves = keys().load(stored);
    const expected = dedupeKey('深圳市和顺光电有限责任公司') === '深圳和顺光电' ? [] : [
      { from: '深圳和顺光电', to: dedupeKey('深圳市和顺光电有限责任公司'), name: '深圳市和顺光电有限责任公司' },
    ];
    expect(moves).toEqual([{ from: '上海安博', to: '安博·上海', name: '上海市安博' }, ...expected]);
    const after = stored.map((s) => ({ ...s, key: moves.find((m) => m.from === s.key)?.to ?? s.key }));
    expect(keys().load(after)).toEqual([]);
  });

  test('two stored customers never collapse onto one key, even when the matcher now calls them 同一客户', () => {
    const stored = [
      { name: '深圳市和顺光电有限责任公司', key: 'old-1', seq: 1 },
      { name: '和顺光电有限公司', key: 'old-2', seq: 2 },
      { name: '格林电子', key: '格林电子', seq: 3 },
      { name: '格林.电子有限公司', key: '格林 电子', seq: 4 },
    ];
    const moves = keys().load(stored);
    const after = stored.map((s) => moves.find((m) => m.from === s.key)?.to ?? s.key);
    expect(new Set(after).size).toBe(4);
    expect(after[2]).toBe('格林电子');
    expect(after[3]).toBe('格林 电子');
  });

  test('a key another stored customer holds is never taken, even by an earlier 序号', () => {
    const moves = keys().load([
      { name: '上海市安博', key: '上海安博', seq: 1 },
      { name: '别的公司', key: '安博', seq: 2 },
    ]);
    expect(moves).toEqual([{ from: '安博', to: '别的', name: '别的公司' }]);
  });

  test('every product line of a customer follows its customer key', () => {
    const moves = keys().load([
      { name: '广州安博股份有限公司', key: '安博', seq: 1 },
      { name: '上海市安博', key: '上海安博', seq: 2 },
      { name: '上海市安博', key: '上海安博｜电动工具', seq: 3 },
    ]);
    expect(moves.map((m) => m.to)).toEqual(['安博·上海', '安博·上海｜电动工具']);
  });
});
