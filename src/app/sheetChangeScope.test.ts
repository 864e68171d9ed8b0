import { REGISTER_HEADERS } from '../core/register/registerSchema';
import { registerLayout } from './registerLayout';
import { changeScope } from './sheetChangeScope';

const found = registerLayout({ sheet: '客户登记', firstDataRow: 1, header: [...REGISTER_HEADERS] }, null);
if (!('layout' in found)) throw new Error('the register layout');
const { layout } = found;

describe('changeScope', () => {
  const change = (top: number, bottom: number, left: number, right: number, shifted?: boolean) =>
    ({ sheet: '客户登记', range: { top, bottom, left, right }, shifted });
  test('an edit in the data rows is those rows; the header or columns right of the register are nothing', () => {
    expect(changeScope(change(3, 5, 1, 2), layout)).toEqual({ top: 3, bottom: 5 });
    expect(changeScope(change(0, 2, 1, 1), layout)).toEqual({ top: 1, bottom: 2 });
    expect(changeScope(change(0, 0, 1, 1), layout)).toBe('none');
    expect(changeScope(change(3, 3, layout.columnCount, layout.columnCount + 2), layout)).toBe('none');
  });
  test('rows inserted or deleted, whole rows, or a whole column: the register is read again', () => {
    expect(changeScope(change(3, 3, 0, 5, true), layout)).toBe('whole');
    expect(changeScope(change(3, 4, 0, 16_383), layout)).toBe('whole');
    expect(changeScope(change(0, 1_048_575, 1, 1), layout)).toBe('whole');
    expect(changeScope(change(3, 4, 0, 16_383, false), layout)).toEqual({ top: 3, bottom: 4 });
  });
});
