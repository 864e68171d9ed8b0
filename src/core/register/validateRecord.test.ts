import type { CalendarDate } from '../dates/calendarDate';
import { formatMessage } from '../../i18n/message';
import type { CellValue } from './cellValue';
import { emptyCustomerRecord, type CustomerRecord } from './customerRecord';
import { recordToRow } from './registerRow';
import { REGISTER_COLUMNS, REGISTER_FIELD_COLUMNS, type RegisterField } from './registerSchema';
import { validateRecord, validateRow } from './validateRecord';

const today = '2026-10-20' as CalendarDate;
const roster = ['张三', '李四', '王 五'];
const context = { today, roster };
const d = (text: string) => text as CalendarDate;

const valid: CustomerRecord = {
  ...emptyCustomerRecord(), name: '格林电子有限公司', rep: '张三', firstContactDate: d('2026-10-01'),
  visitDate: d('2026-10-08'), status: 'visit',
};

const errorsOf = (patch: Partial<CustomerRecord>, ctx: Parameters<typeof validateRecord>[1] = context) =>
  validateRecord({ ...valid, ...patch }, ctx).map((e) => [e.field, e.message.key]);

describe('validateRecord', () => {
  it('accepts a well-formed record', () => {
    expect(validateRecord(valid, context)).toEqual([]);
  });

  test.each<[string, Partial<CustomerRecord>, [RegisterField, string][]]>([
    ['empty name', { name: '' }, [['name', 'register.nameEmpty']]],
    ['blank name', { name: '   ' }, [['name', 'register.nameEmpty']]],
    ['10,000-character name', { name: '格'.repeat(10_000) }, [['name', 'register.textTooLong']]],
    ['name with a tab', { name: '格林\t电子' }, [['name', 'register.nameInvisible']]],
    ['name with a line break', { name: '格林\n电子' }, [['name', 'register.nameInvisible']]],
    ['name with a NUL', { name: '格林\u0000电子' }, [['name', 'register.nameInvisible']]],
    ['name with a zero-width space', { name: '格林\u200B电子' }, [['name', 'register.nameInvisible']]],
    ['name with emoji', { name: '格林电子🍵' }, [['name', 'register.nameEmoji']]],
    ['name with a flag', { name: '🇨🇳格林电子' }, [['name', 'register.nameEmoji']]],
    ['name with a ZWJ emoji', { name: '格林👨‍👩‍👧电子' }, [['name', 'register.nameInvisible'], ['name', 'register.nameEmoji']]],
    ['name of symbols only', { name: '.../---' }, [['name', 'register.nameNoLetters']]],
    ['name that is only a minus', { name: '-' }, [['name', 'register.nameNoLetters']]],
    ['empty rep', { rep: '' }, [['rep', 'register.repEmpty']]],
    ['unknown rep', { rep: '赵六' }, [['rep', 'register.repUnknown']]],
    ['rep too long', { rep: '张'.repeat(51) }, [['rep', 'register.textTooLong'], ['rep', 'register.repUnknown']]],
    ['rep of 50 characters outside the BMP (100 UTF-16 units)', { rep: '𠀀'.repeat(50) }, [['rep', 'register.repUnknown']]],
    ['rep of 51 characters outside the BMP', { rep: '𠀀'.repeat(51) }, [['rep', 'register.textTooLong'], ['rep', 'register.repUnknown']]],
    ['phone with a control character', { phone: '138\u0007' }, [['phone', 'register.textControl']]],
    ['phone with a line break', { phone: '138\n139' }, [['phone', 'register.textControl']]],
    ['notes over the Excel cell limit', { followUpNotes: 'x'.repeat(32_768) }, [['followUpNotes', 'register.textTooLong']]],
    ['visit in the future', { visitDate: d('2026-10-21') }, [['visitDate', 'register.dateInFuture']]],
    ['first contact in the future', { firstContactDate: d('2027-01-01'), visitDate: null, status: 'phone' },
      [['firstContactDate', 'register.dateInFuture']]],
    ['deal in the future', { dealDate: d('2026-12-01'), status: 'deal' }, [['dealDate', 'register.dateInFuture']]],
    ['visit before first contact', { visitDate: d('2026-09-30') }, [['visitDate', 'register.dateBeforeFirstContact']]],
    ['sample before first contact', { sampleDate: d('2026-09-01'), status: 'sample' },
      [['sampleDate', 'register.dateBeforeFirstContact']]],
    ['follow-up before first contact', { nextFollowUpDate: d('2026-09-01') },
      [['nextFollowUpDate', 'register.dateBeforeFirstContact']]],
    ['a bare day read as 1900', { firstContactDate: d('1900-01-08') }, [['firstContactDate', 'register.dateTooEarly']]],
    ['deal status without a deal date', { status: 'deal' }, [['dealDate', 'register.statusNeedsDate']]],
    ['visit status without a visit date', { visitDate: null }, [['visitDate', 'register.statusNeedsDate']]],
    ['sample status without a sample date', { status: 'sample' }, [['sampleDate', 'register.statusNeedsDate']]],
    ['phone status with a visit date', { status: 'phone' }, [['status', 'register.statusBehindDates']]],
    ['visit status with a deal date', { dealDate: d('2026-10-10') }, [['status', 'register.statusBehindDates']]],
  ])('%s', (_label, patch, expected) => {
    expect(errorsOf(patch)).toEqual(expected);
  });

  test.each<[string, Partial<CustomerRecord>]>([
    ['a name starting with = (stored as text by the guard)', { name: '=HYPERLINK("http://x","格林")' }],
    ['a name starting with +', { name: '+格林电子' }],
    ['a name starting with @', { name: '@格林电子' }],
    ['a name with ® and ™', { name: '格林®电子™' }],
    ['a name with Chinese brackets, a middle dot and a full-width space', { name: '格林（深圳）电子·有限公司　华南' }],
    ['a Latin name', { name: 'Acme Electronics (Shenzhen) Co., Ltd.' }],
    ['a 200-character name', { name: '格'.repeat(200) }],
    ['a follow-up date in the future', { nextFollowUpDate: d('2027-03-01') }],
    ['dates on today', { firstContactDate: today, visitDate: today }],
    ['a released customer with its history', { status: 'released', sampleDate: d('2026-10-09') }],
    ['notes with line breaks and emoji', { followUpNotes: '试用中 👍\n下周回访\t再定' }],
    ['a roster name written with other spacing', { rep: '王五' }],
    ['a phone number starting with +', { phone: '+86 138 0000 0000' }],
  ])('allows %s', (_label, patch) => {
    expect(errorsOf(patch)).toEqual([]);
  });

  it('skips the roster check when the team keeps no roster', () => {
    expect(errorsOf({ rep: '赵六' }, { today })).toEqual([]);
  });

  it('refuses every rep when the roster is empty', () => {
    expect(errorsOf({}, { today, roster: [] })).toEqual([['rep', 'register.repUnknown']]);
  });

  it('says what is wrong, in Chinese, with the column header', () => {
    const [error] = validateRecord({ ...valid, visitDate: d('2026-10-21') }, context);
    expect(error.header).toBe('拜访日期');
    expect(formatMessage(error.message)).toBe('拜访日期 2026-10-21 晚于今天（2026-10-20），不能登记还没有发生的联系');
    const [tooLong] = validateRecord({ ...valid, name: '格'.repeat(10_000) }, context);
    expect(formatMessage(tooLong.message)).toBe('客户名称最多 200 个字符，现在有 10000 个');
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(errorsOf({ name: '𠀀'.repeat(200) })).toEqual([]);
  });
});

describe('validateRow', () => {
  const dedupeKey = (name: string) => name;
  function rowWith(cells: Partial<Record<RegisterField, CellValue>>): CellValue[] {
    const row = recordToRow(valid);
    for (const [field, value] of Object.entries(cells)) row[REGISTER_FIELD_COLUMNS[field as RegisterField]] = value;
    return row;
  }

  it('passes a row written from a valid record', () => {
    expect(validateRow(recordToRow(valid), { ...context, dedupeKey }).errors).toEqual([]);
  });

  it('reports a malformed date once, not again as a missing date', () => {
    const { errors } = validateRow(rowWith({ visitDate: '2026-10-32' }), { ...context, dedupeKey });
    expect(errors.map((e) => [e.field, e.message.key])).toEqual([['visitDate', 'register.dateNonexistent']]);
  });

  it('reports reading and rule errors together, left to right', () => {
    const { record, errors } = validateRow(rowWith({ name: '', rep: '赵六', status: '意向', grade: 'Z' }), { ...context, dedupeKey });
    expect(record.status).toBe('visit');
    expect(errors.map((e) => [e.header, e.message.key])).toEqual([
      ['客户名称', 'register.nameEmpty'],
      ['业务员', 'register.repUnknown'],
      ['状态', 'register.statusUnknown'],
      ['客户等级', 'register.gradeUnknown'],
    ]);
  });

  it('gives every error a column header from the schema', () => {
    const headers = new Set(REGISTER_COLUMNS.map((c) => c.header));
    const { errors } = validateRow(REGISTER_COLUMNS.map(() => '=1+1'), { ...context, dedupeKey });
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(headers.has(e.header)).toBe(true);
  });
});
