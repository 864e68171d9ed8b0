import { message } from '../../i18n/message';
import { adoptionReport } from './adoptionReport';

describe('the adoption report', () => {
  test('names each duplicate row from the adopted table (rows as Excel numbers them)', () => {
    // Title on row 1, header on row 2 (index 1), data from row 3.
    const table = { firstDataRow: 2, rows: [['1', '深圳市格林电子有限公司'], ['2', '雅玛西电子'], ['3', ' 格林.电子 ']] };
    const reason = message('names.verdict.duplicate');
    const report = adoptionReport('旧客户表', { groups: [{ kind: 'duplicate', rows: [3, 5], reason }], summary: reason }, table, 1);
    expect(report).toEqual({
      sheet: '旧客户表',
      groups: [{ kind: 'duplicate', reason, rows: [{ row: 3, name: '深圳市格林电子有限公司' }, { row: 5, name: '格林.电子' }] }],
    });
  });
});
