import type { CalendarDate } from '../../core/dates/calendarDate';
import { emptyCustomerRecord, type CustomerRecord } from '../../core/register/customerRecord';
import { customerFields, customerFromItem, sameVersion, settingsFields, settingsFromItem } from './fieldMapping';

describe('list item ⇄ register row', () => {
  const record: CustomerRecord = {
    ...emptyCustomerRecord(), seq: 7, name: '深圳市格林电子有限公司', dedupeKey: '格林电子', rep: '张三', department: '销售一部',
    visitDate: '2026-10-08' as CalendarDate, sampleDate: '2026-10-15' as CalendarDate, sampleModel: 'BL-466', status: 'sample', grade: 'A',
  };

  test('round-trips every column; the status is stored in the register\'s own words', () => {
    const fields = customerFields(record, 'edit-1');
    expect(fields).toMatchObject({ Title: '深圳市格林电子有限公司', Status: '送样', VisitDate: '2026-10-08', DealDate: '', Grade: 'A' });
    expect(customerFromItem({ id: '3', eTag: '"{A},2"', fields })).toEqual({ id: '3', record, version: '"{A},2"', lastEditId: 'edit-1' });
  });

  test('Graph leaves empty columns out: they come back empty, not undefined', () => {
    const sparse = customerFromItem({ id: '4', eTag: '"{B},1"', fields: { Title: '雅玛西电子', DedupeKey: '雅玛西电子', Status: '拜访', Rep: '李四' } });
    expect(sparse.record).toEqual({ ...emptyCustomerRecord(), name: '雅玛西电子', dedupeKey: '雅玛西电子', status: 'visit', rep: '李四' });
  });

  test('settings travel as JSON text', () => {
    const policy = { protectDays: 90, dormant: ['grades'], rules: { phoneProtects: false } };
    expect(settingsFromItem({ id: '1', eTag: 'e', fields: settingsFields(policy, 'edit-2') })).toEqual({ settings: policy, version: 'e', lastEditId: 'edit-2' });
  });

  test.each([
    ['"{0D1E},3"', '"0D1E,3"', true],
    ['W/"{0D1E},3"', '"{0D1E},3"', true],
    ['"{0D1E},3"', '"{0D1E},4"', false],
  ])('versions %s and %s are the same: %s', (a, b, same) => {
    expect(sameVersion(a, b)).toBe(same);
  });
});
