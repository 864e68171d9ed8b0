import fc from 'fast-check';
import { addDays, type CalendarDate } from '../dates/calendarDate';
import type { CellValue } from './cellValue';
import { emptyCustomerRecord, type ContactStatus, type CustomerGrade, type CustomerRecord } from './customerRecord';
import { dedupeKey as namesDedupeKey } from '../names';
import { recordToRow, rowToRecord } from './registerRow';
import { REGISTER_COLUMNS, REGISTER_FIELD_COLUMNS, type RegisterField } from './registerSchema';

// A stand-in for the names module's dedupeKey: the register only has to call it on the name.
const dedupeKey = (name: string) => name.replace(/[\s./]/g, '').toLowerCase();
const options = { dedupeKey };

function rowWith(cells: Partial<Record<RegisterField, CellValue>>): CellValue[] {
  const row: CellValue[] = REGISTER_COLUMNS.map(() => null);
  for (const [field, value] of Object.entries(cells)) row[REGISTER_FIELD_COLUMNS[field as RegisterField]] = value;
  return row;
}

const sample: CustomerRecord = {
  ...emptyCustomerRecord(),
  seq: 7, name: '格林电子有限公司', rep: '张三', department: '华南部', contactPerson: '李经理',
  phone: '+86 138 0000 0000', firstContactDate: '2026-10-01' as CalendarDate, visitDate: '2026-10-08' as CalendarDate,
  sampleDate: '2026-10-15' as CalendarDate, sampleModel: 'BL-466', status: 'sample',
  nextFollowUpDate: '2026-11-01' as CalendarDate, followUpNotes: '试用中\n下周回访', protectedUntil: '2027-01-13' as CalendarDate,
  grade: 'A', productLine: '凡立水', parentCustomer: '', remarks: '=HYPERLINK("x")', dedupeKey: dedupeKey('格林电子有限公司'),
};

describe('recordToRow', () => {
  it('writes the columns in register order, dates as serial numbers, blanks as empty strings', () => {
    expect(recordToRow(sample)).toEqual([
      7, '格林电子有限公司', '张三', '华南部', '李经理', '+86 138 0000 0000', 46296, 46303, 46310, 'BL-466', '',
      '送样', 46327, '试用中\n下周回访', 46400, 'A', '凡立水', '', '=HYPERLINK("x")', '格林电子有限公司',
    ]);
  });

  it('never writes null, which Office.js reads as "leave the cell unchanged"', () => {
    expect(recordToRow(emptyCustomerRecord())).not.toContain(null);
  });
});

describe('rowToRecord', () => {
  it('reads back what recordToRow wrote', () => {
    expect(rowToRecord(recordToRow(sample), options)).toEqual({ record: sample, errors: [] });
  });

  it('round-trips any record', () => {
    const text = fc.string({ maxLength: 30 }).map((s) => s.trim());
    const date = fc.option(fc.integer({ min: 0, max: 2_958_464 }).map((n) => addDays('1900-01-01' as CalendarDate, n)));
    const record = fc.record({
      seq: fc.option(fc.integer({ min: 1, max: 1_000_000 })),
      name: text, rep: text, department: text, contactPerson: text, phone: text,
      firstContactDate: date, visitDate: date, sampleDate: date, sampleModel: text, dealDate: date,
      status: fc.constantFrom<ContactStatus>('phone', 'visit', 'sample', 'deal', 'released'),
      nextFollowUpDate: date, followUpNotes: text, protectedUntil: date,
      grade: fc.option(fc.constantFrom<CustomerGrade>('A', 'B', 'C')),
      productLine: text, parentCustomer: text, remarks: text,
    }).map((r): CustomerRecord => ({ ...r, dedupeKey: dedupeKey(r.name) }));
    fc.assert(fc.property(record, (r) => {
      expect(rowToRecord(recordToRow(r), options)).toEqual({ record: r, errors: [] });
    }));
  });

  it('reads dates as text and numbers, and trims text', () => {
    const { record, errors } = rowToRecord(rowWith({
      seq: '3', name: '  雅玛西电子 ', rep: '王五', phone: 13800000000, firstContactDate: '2026/10/8',
      visitDate: '2026年10月9日', sampleDate: 20261010, status: '寄样', grade: 'b类',
    }), options);
    expect(errors).toEqual([]);
    expect(record).toMatchObject({
      seq: 3, name: '雅玛西电子', rep: '王五', phone: '13800000000', firstContactDate: '2026-10-08',
      visitDate: '2026-10-09', sampleDate: '2026-10-10', status: 'sample', grade: 'B', dedupeKey: '雅玛西电子',
    });
  });

  test.each([
    [{}, 'phone'],
    [{ visitDate: '2026-10-08' }, 'visit'],
    [{ visitDate: '2026-10-08', sampleDate: '2026-10-09' }, 'sample'],
    [{ dealDate: 46303 }, 'deal'],
  ])('infers a blank status from the dates %p', (cells, status) => {
    expect(rowToRecord(rowWith({ name: 'x', ...cells }), options).record.status).toBe(status);
  });

  it('recomputes 查重键 from the name and ignores what the cell says', () => {
    expect(rowToRecord(rowWith({ name: '格林.电子', dedupeKey: 'forged' }), options).record.dedupeKey).toBe('格林电子');
  });

  it('fills 查重键 with the name matcher\'s key, so the dot-and-slash trick shows the same key', () => {
    const read = (name: string) => rowToRecord(rowWith({ name }), { dedupeKey: namesDedupeKey }).record.dedupeKey;
    expect(read('格林电子有限公司')).toBe(namesDedupeKey('格林电子有限公司'));
    expect(read('格林电子有限公司')).not.toBe('');
    expect(read('格林.电子/有限公司')).toBe(read('格林电子有限公司'));
  });

  it('does not report a garbled computed 保护到期; the claim rules rewrite it', () => {
    const { record, errors } = rowToRecord(rowWith({ name: 'x', protectedUntil: '#VALUE!' }), options);
    expect(record.protectedUntil).toBeNull();
    expect(errors).toEqual([]);
  });

  test.each([
    ['seq', 'abc', 'register.seqInvalid'],
    ['seq', 1.5, 'register.seqInvalid'],
    ['seq', -1, 'register.seqInvalid'],
    ['firstContactDate', 'last week', 'register.dateMalformed'],
    ['visitDate', '8/10/2026', 'register.dateAmbiguous'],
    ['nextFollowUpDate', 60, 'register.dateSerialLeapBug'],
    ['status', '意向客户', 'register.statusUnknown'],
    ['grade', 'S', 'register.gradeUnknown'],
  ] as const)('an unreadable %s %p leaves the field empty and reports %s', (field, value, key) => {
    const { record, errors } = rowToRecord(rowWith({ name: 'x', [field]: value }), options);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field, header: REGISTER_COLUMNS[REGISTER_FIELD_COLUMNS[field]].header });
    expect(errors[0].message.key).toBe(key);
    if (field !== 'status') expect(record[field]).toBeNull();
  });

  it('reads a sheet in its own column order through a column mapping', () => {
    const { record } = rowToRecord(['2026-10-08', '张三', '格林电子'], {
      dedupeKey, columns: { visitDate: 0, rep: 1, name: 2 },
    });
    expect(record).toMatchObject({ name: '格林电子', rep: '张三', visitDate: '2026-10-08', status: 'visit', phone: '' });
  });

  it('treats a short row as blank at the end', () => {
    expect(rowToRecord(['1', '格林电子'], options).record).toMatchObject({ seq: 1, name: '格林电子', rep: '', status: 'phone' });
  });
});
