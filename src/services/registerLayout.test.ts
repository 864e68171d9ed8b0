import { REGISTER_HEADERS } from '../core/register/registerSchema';
import { registerLayout } from './registerLayout';

describe('registerLayout', () => {
  test('reads the register the add-in created, every column in its place', () => {
    const found = registerLayout({ sheet: '客户登记', firstDataRow: 1, header: [...REGISTER_HEADERS] }, null);
    expect(found).toMatchObject({ layout: { sheet: '客户登记', headerRow: 0, firstDataRow: 1, columnCount: 20 } });
    if (!('layout' in found)) return;
    expect(found.layout.columns).toMatchObject({ seq: 0, name: 1, rep: 2, status: 11, protectedUntil: 14, dedupeKey: 19 });
  });

  test('reads an adopted sheet through its saved mapping, then its own header words', () => {
    const header = ['公司', '跟进人', '最近拜访', '备注', '查重键', '保护到期'];
    const found = registerLayout({ sheet: '老表', firstDataRow: 3, header }, { name: '公司', rep: '跟进人' });
    expect(found).toMatchObject({ layout: { headerRow: 2, columnCount: 6, columns: { name: 0, rep: 1, remarks: 3, dedupeKey: 4, protectedUntil: 5 } } });
  });

  test('refuses a register without the columns the add-in cannot do without', () => {
    const found = registerLayout({ sheet: 's', firstDataRow: 1, header: ['客户名称', '业务员'] }, null);
    expect(found).toEqual({ error: { key: 'host.register.columnsMissing', params: { headers: '保护到期、查重键' } } });
  });
});
