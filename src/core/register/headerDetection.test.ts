import { formatMessage } from '../../i18n/message';
import type { CellValue } from './cellValue';
import { detectHeader, matchHeader, normalizeHeader } from './headerDetection';
import { HEADER_SYNONYMS } from './headerSynonyms';
import { rowToRecord } from './registerRow';
import { REGISTER_COLUMNS, REGISTER_FIELD_COLUMNS, type RegisterField } from './registerSchema';

describe('normalizeHeader', () => {
  test.each([
    ['客户名称*', '客户名称'],
    ['客 户 名 称', '客户名称'],
    ['客户名称＊', '客户名称'],
    ['＊客户名称（必填）', '客户名称'],
    ['客户名称【全称】', '客户名称'],
    ['　联系电话：', '联系电话'],
    ['Sales Rep', 'salesrep'],
    ['sales_rep', 'salesrep'],
    ['Follow-up Date', 'followupdate'],
    ['(客户名称)', '客户名称'],
  ])('%p reads as %p', (header, normalized) => {
    expect(normalizeHeader(header)).toBe(normalized);
  });
});

describe('matchHeader', () => {
  test.each<[string, RegisterField]>([
    // The brief's synonyms.
    ['客户', 'name'], ['客户名称', 'name'], ['公司', 'name'], ['公司名称', 'name'], ['单位名称', 'name'], ['客户全称', 'name'],
    ['业务员', 'rep'], ['销售', 'rep'], ['销售员', 'rep'], ['负责人', 'rep'], ['跟进人', 'rep'], ['业务', 'rep'],
    ['部门', 'department'], ['事业部', 'department'], ['组', 'department'],
    ['联系人', 'contactPerson'], ['对接人', 'contactPerson'],
    ['电话', 'phone'], ['联系电话', 'phone'], ['手机', 'phone'], ['联系方式', 'phone'],
    ['首次联系', 'firstContactDate'], ['联系日期', 'firstContactDate'], ['登记日期', 'firstContactDate'],
    ['拜访', 'visitDate'], ['拜访日期', 'visitDate'], ['上门日期', 'visitDate'],
    ['送样', 'sampleDate'], ['送样日期', 'sampleDate'], ['寄样日期', 'sampleDate'],
    ['样品', 'sampleModel'], ['样品型号', 'sampleModel'], ['型号', 'sampleModel'],
    ['合作', 'dealDate'], ['成交日期', 'dealDate'], ['合作日期', 'dealDate'], ['签约日期', 'dealDate'],
    ['状态', 'status'], ['阶段', 'status'], ['进度', 'status'],
    ['跟进', 'nextFollowUpDate'], ['下次跟进', 'nextFollowUpDate'], ['再次跟进日期', 'nextFollowUpDate'],
    ['跟进情况', 'followUpNotes'], ['跟进记录', 'followUpNotes'], ['备注', 'remarks'],
    ['Customer', 'name'], ['Company', 'name'], ['Sales Rep', 'rep'], ['Owner', 'rep'], ['Phone', 'phone'],
    ['Status', 'status'], ['Customer Name', 'name'], ['Visit Date', 'visitDate'], ['Next Follow-up', 'nextFollowUpDate'],
    // Decorated headers.
    ['客户名称*', 'name'], ['客 户 名 称', 'name'], ['客户名称（必填）', 'name'], ['ＣＵＳＴＯＭＥＲ', 'name'],
    // Partial matches: the head word at the end, or a known word and a neutral tail.
    ['客户公司名称', 'name'], ['最近拜访日期', 'visitDate'], ['客户电话号码', 'phone'], ['Company Phone', 'phone'],
    ['Account Owner', 'rep'], ['Customer Status', 'status'], ['业务员姓名', 'rep'], ['客户名', 'name'], ['电话2', 'phone'],
    ['Sales Rep Name', 'rep'],
    // Compounds whose first word would mislead.
    ['联系人电话', 'phone'], ['上级客户名称', 'parentCustomer'], ['跟进人', 'rep'], ['客户等级', 'grade'],
  ])('%p → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  test.each([
    '客户来源', '客户编号', '销售额', '是否合作', '2026年10月客户登记表', '地址', 'E-mail', 'Report Date', 'Customer ID',
    '', '***', '组织架构',
  ])('%p is left unmapped', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('marks synonyms exact and head-word matches partial', () => {
    expect(matchHeader('客户名称*')).toEqual({ field: 'name', exact: true });
    expect(matchHeader('最近拜访日期')).toEqual({ field: 'visitDate', exact: false });
  });

  it('reads every synonym it lists as its own field', () => {
    for (const [field, words] of Object.entries(HEADER_SYNONYMS)) {
      for (const word of words) expect([word, matchHeader(word)?.field]).toEqual([word, field]);
    }
  });

  it('reads the register\'s own headers as their own fields', () => {
    for (const column of REGISTER_COLUMNS) expect(matchHeader(column.header)).toEqual({ field: column.field, exact: true });
  });
});

describe('detectHeader', () => {
  const teamSheet: CellValue[][] = [
    ['2026年10月 业务员联系并拜访、送样或者正在合作客户名单', null, null, null, null, null],
    ['制表：芝麻小生', null, null, null, '', null],
    [],
    ['序号', '客户名称*', '业务员', '联系 电话', '拜访日期', '地址'],
    [1, '格林电子', '张三', '+86 138 0000 0000', 46303, '深圳龙华'],
    [2, '雅玛西电子', '李四', '13900000000', '2026/10/9', '东莞'],
  ];

  it('finds the header under the title rows and maps its columns', () => {
    const found = detectHeader(teamSheet);
    expect(found.error).toBeNull();
    expect(found.headerRowIndex).toBe(3);
    expect(found.columns).toEqual({ seq: 0, name: 1, rep: 2, phone: 3, visitDate: 4 });
    expect(found.matches.map((m) => m.header)).toEqual(['序号', '客户名称*', '业务员', '联系 电话', '拜访日期']);
    expect(found.unmapped).toEqual([{ columnIndex: 5, header: '地址', takenField: null }]);
    expect(found.confidence).toBeCloseTo(5 / 6);
  });

  it('feeds rowToRecord so the data rows read as records', () => {
    const { columns } = detectHeader(teamSheet);
    const { record, errors } = rowToRecord(teamSheet[5], { dedupeKey: (n) => n, columns });
    expect(errors).toEqual([]);
    expect(record).toMatchObject({ seq: 2, name: '雅玛西电子', rep: '李四', phone: '13900000000', visitDate: '2026-10-09', status: 'visit' });
  });

  it('recognises the register itself with full confidence', () => {
    const found = detectHeader([REGISTER_COLUMNS.map((c) => c.header)]);
    expect(found.headerRowIndex).toBe(0);
    expect(found.columns).toEqual(REGISTER_FIELD_COLUMNS);
    expect(found.confidence).toBe(1);
  });

  it('reads an English sheet', () => {
    const found = detectHeader([['Company', 'Sales Rep', 'Phone', 'Status', 'Visit Date', 'Notes', 'Remarks']]);
    expect(found.columns).toEqual({ name: 0, rep: 1, phone: 2, status: 3, visitDate: 4, followUpNotes: 5, remarks: 6 });
  });

  it('keeps the exact column when two headers name one field, and says which field the other resembled', () => {
    const found = detectHeader([['最近拜访日期', '客户名称', '拜访日期', '手机', '电话']]);
    expect(found.columns).toEqual({ name: 1, visitDate: 2, phone: 3 });
    expect(found.unmapped).toEqual([
      { columnIndex: 0, header: '最近拜访日期', takenField: 'visitDate' },
      { columnIndex: 4, header: '电话', takenField: 'phone' },
    ]);
  });

  it('prefers a row with a name column over a row that matches more', () => {
    const found = detectHeader([
      ['拜访', '送样', '合作'],
      ['公司', '拜访日期'],
    ]);
    expect(found.headerRowIndex).toBe(1);
  });

  it('looks only at the first 20 rows', () => {
    const rows: CellValue[][] = [...Array.from({ length: 20 }, () => ['x']), ['客户名称']];
    expect(detectHeader(rows).headerRowIndex).toBeNull();
    expect(detectHeader(rows, 21).headerRowIndex).toBe(20);
  });

  it('explains in Chinese when there is no name column', () => {
    const found = detectHeader([['序号', '业务员', '电话'], [1, '张三', '138']]);
    expect(found.headerRowIndex).toBe(0);
    expect(found.confidence).toBe(0);
    expect(found.error && formatMessage(found.error)).toBe(
      '前 2 行里没有找到客户名称列。请确认表头里有“客户名称”“公司名称”或“客户”这样的列',
    );
  });

  it('returns no header for an empty sheet', () => {
    expect(detectHeader([])).toMatchObject({ headerRowIndex: null, columns: {}, confidence: 0, error: { key: 'register.headerNoNameColumn' } });
  });
});
