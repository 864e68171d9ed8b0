import type { CalendarDate } from '../dates/calendarDate';
import type { CellError } from './cellError';
import { cellText, isBlankCell, type CellValue } from './cellValue';
import { STATUS_LABELS, emptyCustomerRecord, type CustomerRecord } from './customerRecord';
import { excelSerialOf, parseDateCell } from './dateCell';
import { parseGradeCell } from './gradeCell';
import { message } from '../../i18n/message';
import {
  REGISTER_COLUMNS, REGISTER_FIELD_COLUMNS, type FieldColumns, type RegisterColumn, type RegisterField,
} from './registerSchema';
import { parseStatusCell, statusFromDates } from './statusCell';

/** The 查重键 function (dedupeKey from src/core/names), passed in so the register does not fix which one. */
export type DedupeKeyFn = (name: string) => string;

export interface RowReadOptions {
  dedupeKey: DedupeKeyFn;
  /** Where each field sits in the row; the register's own column order when omitted. A sheet being adopted
   *  passes the `columns` its header detection found. Fields without a column read as blank. */
  columns?: FieldColumns;
}

/** The record a row holds, and every cell that could not be read as its column's kind. */
export interface RowRead {
  record: CustomerRecord;
  errors: CellError[];
}

type DateField = 'firstContactDate' | 'visitDate' | 'sampleDate' | 'dealDate' | 'nextFollowUpDate' | 'protectedUntil';
type TextField = 'name' | 'rep' | 'department' | 'contactPerson' | 'phone' | 'sampleModel' | 'followUpNotes'
  | 'productLine' | 'parentCustomer' | 'remarks';

function parseSeq(value: CellValue): { seq: number | null; valid: boolean } {
  if (isBlankCell(value)) return { seq: null, valid: true };
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.normalize('NFKC').trim()) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? { seq: n, valid: true } : { seq: null, valid: false };
}

/**
 * Reads one register row into a record. A cell that cannot be read leaves its field empty and adds an error
 * (for a bad 状态, the status falls back to what the dates show). 查重键 is always recomputed from the name;
 * 保护到期 is read as written — the claim rules own it — and a garbled one is simply left empty.
 */
export function rowToRecord(row: readonly CellValue[], options: RowReadOptions): RowRead {
  const positions = options.columns ?? REGISTER_FIELD_COLUMNS;
  const record = emptyCustomerRecord();
  const errors: CellError[] = [];
  const fail = (column: RegisterColumn, error: CellError['message']) =>
    errors.push({ header: column.header, field: column.field, message: error });
  let statusCell: CellValue = null;
  let statusColumn: RegisterColumn | null = null;

  for (const column of REGISTER_COLUMNS) {
    const index = positions[column.field];
    const value = index === undefined ? null : (row[index] ?? null);
    switch (column.kind) {
      case 'number': {
        const { seq, valid } = parseSeq(value);
        record.seq = seq;
        if (!valid) fail(column, message('register.seqInvalid', { value: cellText(value) }));
        break;
      }
      case 'date': {
        const { date, error } = parseDateCell(value);
        record[column.field as DateField] = date;
        if (error && !column.computed) fail(column, error);
        break;
      }
      case 'status':
        statusCell = value;
        statusColumn = column;
        break;
      case 'grade': {
        const { grade, error } = parseGradeCell(value);
        record.grade = grade;
        if (error) fail(column, error);
        break;
      }
      case 'text':
      case 'rep':
        if (!column.computed) record[column.field as TextField] = cellText(value);
        break;
    }
  }

  // The status is read last: a blank one is inferred from the dates, which are all known by now.
  const { status, error } = parseStatusCell(statusCell);
  record.status = status ?? statusFromDates(record);
  if (error && statusColumn) fail(statusColumn, error);
  record.dedupeKey = options.dedupeKey(record.name);
  return { record, errors: inColumnOrder(errors) };
}

/** Errors sorted left to right by column, as the rep reads the row (the sort is stable within a cell). */
export function inColumnOrder(errors: CellError[]): CellError[] {
  return [...errors].sort((a, b) => REGISTER_FIELD_COLUMNS[a.field] - REGISTER_FIELD_COLUMNS[b.field]);
}

function dateValue(date: CalendarDate | null): CellValue {
  return date ? excelSerialOf(date) : '';
}

/**
 * The row to write for a record, in the register's column order. Dates are serial numbers so the host stores
 * real dates; blanks are '' because Office.js reads null in a values array as "leave this cell unchanged".
 * Text is written unaltered — the schema's '@' column format keeps it text (see formulaGuard).
 */
export function recordToRow(record: CustomerRecord): CellValue[] {
  return REGISTER_COLUMNS.map((column): CellValue => {
    const field: RegisterField = column.field;
    switch (column.kind) {
      case 'number':
        return record.seq ?? '';
      case 'date':
        return dateValue(record[field as DateField]);
      case 'status':
        return STATUS_LABELS[record.status];
      case 'grade':
        return record.grade ?? '';
      case 'text':
      case 'rep':
        return record[field as TextField | 'dedupeKey'];
    }
  });
}
