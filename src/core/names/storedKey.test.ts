import { dedupeKey } from './dedupeKey';
import { migrateStoredKeys } from './migrateStoredKeys';
import { NameIndex } from './nameIndex';

/** Registers names one after the other as a store would: each under the key the index gives it, refused if taken. */
function register(names: string[]): { keys: string[]; refused: string[] } {
  const index = new NameIndex();
  const keys: string[] = [];
  const refused: string[] = [];
  for (const name of names) {
    const key = index.storedKey(name);
    if (keys.includes(key)) refused.push(name);
    else {
      keys.push(key);
      index.add(key, name);
    }
  }
  return { keys, refused };
}

describe('stored unique key: two legal entities, two keys; one customer, one key', () => {
  test('the same brand in another explicit city can be registered beside the first', () => {
    const { keys, refused } = register(['广州安博股份有限公司', '上海市安博']);
    expect(refused).toEqual([]);
    expect(keys).toEqual(['安博', '安博·上海']);
  });

  test('a branch gets its own key', () => {
    const { keys } = register(['格林电子有限公司', '格林电子有限公司深圳分公司', '格林电子服务中心']);
    expect(new Set(keys).size).toBe(3);
  });

  test('every 同一客户 trick lands on the key it duplicates, the other city\'s spellings included', () => {
    const { refused } = register([
      '广州安博股份有限公司', '上海市安博', '安博股份有限公司', '上海安博有限公司', '安博（上海）', '廣州安博',
      '格林电子有限公司', '昆山格林电子', '格林.电子', 'ＧＥＬＩＮ电子', '深圳市和顺光电有限责任公司', '和顺光电有限公司',
    ]);
    expect(refused).toEqual(['安博股份有限公司', '上海安博有限公司', '安博（上海）', '廣州安博', '昆山格林电子', '格林.电子', '和顺光电有限公司']);
  });

  test('the 查重键 shown stays the core key', () => {
    expect(dedupeKey('上海市安博')).toBe('安博');
    expect(dedupeKey('格林电子有限公司深圳分公司')).toBe('格林电子·深圳分公司');
    expect(dedupeKey('昆山格林电子')).toBe('昆山格林电子');
  });
});

describe('migrateStoredKeys', () => {
  test('old keys: one customer stays on one key, a 关联公司 in another city gets its own, in register order', () => {
    const records = [
      { name: '广州安博股份有限公司', key: '安博' },
      { name: '上海市安博', key: '安博' },
      { name: '安博有限公司', key: '安博' },
      { name: '深圳市和顺光电有限责任公司', key: '深圳和顺光电' },
      { name: '格林电子有限公司深圳分公司', key: '格林电子·深圳分公司' },
    ];
    expect(migrateStoredKeys(records)).toEqual(['安博', '安博·上海', '安博', '和顺光电', '格林电子·深圳分公司']);
  });

  test('an empty name keeps an empty key', () => {
    expect(migrateStoredKeys([{ name: '——', key: '' }])).toEqual(['']);
  });
});
