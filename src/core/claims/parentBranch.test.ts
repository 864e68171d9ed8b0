import { dedupeKey } from '../names';
import { storedKeyOf } from '../names/storedKey';
import { parseCompanyName } from '../names/parseCompanyName';
import { parentKeyOf } from './parentBranch';

/**
 * Only a real branch (分公司/办事处/子公司 …, as the name parser reads it) has a parent. A city-qualified stored
 * key (安博·上海: another city's legal entity beside 广州安博) carries the same separator but is no branch.
 */
const GUANGZHOU = '广州安博股份有限公司';
const names = { keyOf: (name: string) => dedupeKey(name), parse: parseCompanyName };
const guangzhouKey = dedupeKey(GUANGZHOU);
const row = (name: string, dedupeKey: string, parentCustomer = '') => ({ name, dedupeKey, parentCustomer });

describe('parentKeyOf', () => {
  test('another city\'s legal entity, stored under a city-qualified key, has no parent', () => {
    const shanghaiKey = storedKeyOf(parseCompanyName('上海市安博'), [{ key: guangzhouKey, parsed: parseCompanyName(GUANGZHOU) }]);
    expect(shanghaiKey).toBe('安博·上海');
    expect(parentKeyOf(row('上海市安博', shanghaiKey), names)).toBeNull();
    expect(parentKeyOf(row('上海市安博', `${shanghaiKey}｜小家电`), names)).toBeNull();
  });

  test.each([
    '广州安博股份有限公司深圳分公司',
    '安博驻北京办事处',
    '广州安博股份有限公司佛山子公司',
  ])('a branch (%s) has the head office\'s key as its parent', (name) => {
    const key = dedupeKey(name);
    expect(key).toMatch(/^安博·/);
    expect(parentKeyOf(row(name, key), names)).toBe(guangzhouKey);
  });

  test('a branch of the other city\'s entity has that entity as its parent, not its namesake', () => {
    const registered = [GUANGZHOU, '上海市安博'].reduce<{ key: string; parsed: ReturnType<typeof parseCompanyName> }[]>(
      (held, name) => [...held, { key: storedKeyOf(parseCompanyName(name), held), parsed: parseCompanyName(name) }], []);
    expect(registered.map((r) => r.key)).toEqual([guangzhouKey, '安博·上海']);
    const storedKey = (name: string) => storedKeyOf(parseCompanyName(name), registered);
    const stored = { keyOf: storedKey, parse: parseCompanyName };
    const branch = '上海市安博深圳分公司';
    expect(parentKeyOf(row(branch, storedKey(branch)), stored)).toBe('安博·上海');
    expect(parentKeyOf(row('广州安博深圳分公司', storedKey('广州安博深圳分公司')), stored)).toBe(guangzhouKey);
    // One place is the branch's own: 深圳安博分公司 is a branch of the registered 安博.
    expect(parentKeyOf(row('深圳安博分公司', storedKey('深圳安博分公司')), stored)).toBe(guangzhouKey);
  });

  test('the 上级客户 a row names wins, for a branch or not', () => {
    expect(parentKeyOf(row('上海市安博', '安博·上海', GUANGZHOU), names)).toBe(guangzhouKey);
    expect(parentKeyOf(row('格林电子', '格林电子'), names)).toBeNull();
  });
});
