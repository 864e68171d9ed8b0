import type { CalendarDate } from '../core/dates/calendarDate';
import { REGISTER_HEADERS, STATUS_LIST } from '../core/register/registerSchema';
import { registerLayout, type RegisterLayout } from './registerLayout';
import { registerValidationRules } from './registerValidation';

const layout = (registerLayout({ sheet: '客户登记', firstDataRow: 1, header: [...REGISTER_HEADERS] }, null) as { layout: RegisterLayout }).layout;
const member = (name: string) => ({ name, department: '销售一部', isManager: false, hireDate: '2024-01-01' as CalendarDate });

describe('registerValidationRules', () => {
  const rules = registerValidationRules(layout, [member('张三'), member('李四')]);
  const at = (header: string) => rules.find((r) => r.column === REGISTER_HEADERS.indexOf(header));

  test.each([
    ['状态', { kind: 'list', items: [...STATUS_LIST], errorTitle: '状态无效' }],
    ['业务员', { kind: 'list', items: ['张三', '李四'], errorTitle: '业务员不在名单中' }],
    ['客户等级', { kind: 'list', items: ['A', 'B', 'C'] }],
    ['拜访日期', { kind: 'date', errorTitle: '拜访日期不是日期' }],
    ['保护到期', { kind: 'textLength', max: 0, errorTitle: '保护到期由插件填写' }],
    ['查重键', { kind: 'textLength', max: 0, errorMessage: '查重键由插件自动计算，请勿手动输入。' }],
    ['客户名称', { kind: 'textLength', max: 200 }],
  ])('%s', (header, expected) => {
    expect(at(header)).toMatchObject({ firstRow: 1, ...expected });
  });

  test('free notes get no length rule, and without a roster 业务员 gets no list', () => {
    expect(at('跟进情况')).toBeUndefined();
    expect(registerValidationRules(layout, []).some((r) => r.column === REGISTER_HEADERS.indexOf('业务员') && r.kind === 'list')).toBe(false);
  });

  test('every alert fits Excel\'s limits (title ≤ 32, message ≤ 225 characters)', () => {
    for (const rule of rules) {
      expect(rule.errorTitle.length).toBeLessThanOrEqual(32);
      expect(rule.errorMessage.length).toBeLessThanOrEqual(225);
    }
  });
});
