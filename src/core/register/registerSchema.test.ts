import { emptyCustomerRecord } from './customerRecord';
import {
  DATE_FORMAT, GRADE_LIST, REGISTER_COLUMNS, REGISTER_FIELD_COLUMNS, REGISTER_HEADERS, REGISTER_SHEET_NAME,
  REGISTER_TABLE_NAME, STATUS_LIST, TEXT_FORMAT, columnOf,
} from './registerSchema';

describe('register schema', () => {
  it('has the proposal\'s columns in the proposal\'s order', () => {
    expect(REGISTER_HEADERS).toEqual([
      '序号', '客户名称', '业务员', '部门', '联系人', '联系电话', '首次联系日期', '拜访日期', '送样日期', '样品型号',
      '合作日期', '状态', '再次跟进日期', '跟进情况', '保护到期', '客户等级', '产品线', '上级客户', '备注', '查重键',
    ]);
  });

  it('names the sheet and the table', () => {
    expect(REGISTER_SHEET_NAME).toBe('客户登记');
    expect(REGISTER_TABLE_NAME).toBe('ClaimRegister');
  });

  it('gives every CustomerRecord field exactly one column', () => {
    const fields = REGISTER_COLUMNS.map((c) => c.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect([...fields].sort()).toEqual(Object.keys(emptyCustomerRecord()).sort());
    fields.forEach((field, index) => expect(REGISTER_FIELD_COLUMNS[field]).toBe(index));
  });

  it('locks only 保护到期 and 查重键', () => {
    expect(REGISTER_COLUMNS.filter((c) => c.computed).map((c) => c.header)).toEqual(['保护到期', '查重键']);
  });

  test.each([
    ['seq', 'number', '0'],
    ['name', 'text', TEXT_FORMAT],
    ['rep', 'rep', TEXT_FORMAT],
    ['phone', 'text', TEXT_FORMAT],
    ['firstContactDate', 'date', DATE_FORMAT],
    ['visitDate', 'date', 'yyyy-mm-dd'],
    ['protectedUntil', 'date', 'yyyy-mm-dd'],
    ['status', 'status', TEXT_FORMAT],
    ['grade', 'grade', TEXT_FORMAT],
    ['dedupeKey', 'text', TEXT_FORMAT],
  ] as const)('%s is a %s column formatted %s', (field, kind, format) => {
    expect(columnOf(field).kind).toBe(kind);
    expect(columnOf(field).numberFormat).toBe(format);
  });

  it('formats every non-date, non-number column as text so nothing written there becomes a formula', () => {
    for (const c of REGISTER_COLUMNS.filter((c) => c.kind !== 'date' && c.kind !== 'number')) {
      expect(c.numberFormat).toBe(TEXT_FORMAT);
    }
  });

  it('keeps single-line text within a SharePoint single line of text (255)', () => {
    for (const c of REGISTER_COLUMNS.filter((c) => c.maxLength !== null && !c.multiline)) {
      expect(c.maxLength).toBeLessThanOrEqual(255);
    }
    expect(columnOf('name').maxLength).toBe(200);
  });

  it('offers the status and grade lists for list validation', () => {
    expect(STATUS_LIST).toEqual(['电话', '拜访', '送样', '合作', '已释放']);
    expect(GRADE_LIST).toEqual(['A', 'B', 'C']);
  });

  it('suggests a positive width for every column', () => {
    for (const c of REGISTER_COLUMNS) expect(c.width).toBeGreaterThan(0);
  });
});
