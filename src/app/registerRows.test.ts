import { claimPolicy } from '../core/claims';
import { REGISTER_HEADERS } from '../core/register/registerSchema';
import { loadNameMatcher } from './nameMatcher';
import { registerLayout, type RegisterLayout } from './registerLayout';
import { RegisterRows } from './registerRows';

const found = registerLayout({ sheet: '客户登记', firstDataRow: 1, header: [...REGISTER_HEADERS] }, null);
if (!('layout' in found)) throw new Error('the register layout');
const layout: RegisterLayout = found.layout;
const typed = (cells: Record<string, string>) => REGISTER_HEADERS.map((header) => cells[header] ?? '');

async function rows() {
  return new RegisterRows(layout, await loadNameMatcher());
}

describe('RegisterRows: the one copy of the register\'s rows', () => {
  test('a row put is read with its 查重键 and found by the one index; emptied, it is no longer found', async () => {
    const register = await rows();
    register.put(1, typed({ 客户名称: '深圳市格林电子有限公司', 业务员: '王芳' }));
    register.put(2, typed({ 客户名称: '雅玛西电子有限公司', 业务员: '杨磊' }));
    expect(register.entry(1)?.record).toMatchObject({ name: '深圳市格林电子有限公司', rep: '王芳', dedupeKey: '格林电子' });
    expect(register.query('格林.电子', 5).map((m) => m.id)).toEqual(['1']);
    expect(register.nextRow()).toBe(3);
    register.put(1, typed({}));
    expect(register.query('格林.电子', 5)).toEqual([]);
    expect(register.named().map((e) => e.row)).toEqual([2]);
  });

  test('rows share the register\'s one name index: a name the customers\' keys hold is filed once; rows of one name are each found', async () => {
    const matcher = await loadNameMatcher();
    const index = matcher.createIndex();
    index.hold('深圳市格林电子有限公司');
    const register = new RegisterRows(layout, matcher, new Map(), index);
    register.put(1, typed({ 客户名称: '深圳市格林电子有限公司', 业务员: '王芳' }));
    register.put(3, typed({ 客户名称: ' 深圳市格林电子有限公司', 业务员: '李四' }));
    expect(index.size).toBe(1);
    expect(register.query('格林.电子', 5).map((m) => m.id)).toEqual(['1', '3']);
    register.put(1, typed({ 客户名称: '雅玛西电子有限公司', 业务员: '王芳' }));
    expect(index.size).toBe(2);
    expect(register.query('格林.电子', 5).map((m) => m.id)).toEqual(['3']);
    register.clear();
    expect(index.size).toBe(1);
  });

  test('one match per customer: of two rows with one 查重键 the one under the registered name', async () => {
    const register = await rows();
    register.put(1, typed({ 客户名称: '格林电子', 业务员: '李四' }));
    register.put(2, typed({ 客户名称: '深圳市格林电子有限公司', 业务员: '王芳' }));
    const matches = register.customersLike('格林电子', 5, claimPolicy({}), () => '深圳市格林电子有限公司');
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id: '格林电子', name: '深圳市格林电子有限公司' });
  });
});
