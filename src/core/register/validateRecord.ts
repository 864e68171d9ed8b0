import type { CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import type { CellError } from './cellError';
import type { CellValue } from './cellValue';
import { STATUS_LABELS, type ContactStatus, type CustomerRecord } from './customerRecord';
import { inColumnOrder, rowToRecord, type RowRead, type RowReadOptions } from './registerRow';
import { REGISTER_COLUMNS, columnOf, type RegisterField } from './registerSchema';
import { statusFromDates, statusProgress } from './statusCell';

export interface ValidationContext {
  /** The team's calendar date (rules never read the clock). */
  today: CalendarDate;
  /** The 业务员 list. Omit it when the team keeps no roster; an empty list means nobody is on it. */
  roster?: readonly string[];
}

/** Anything earlier is a typing slip (a bare day number read as a 1900 serial), not a real contact. */
export const EARLIEST_PLAUSIBLE_DATE = '1990-01-01' as CalendarDate;

type DateField = 'firstContactDate' | 'visitDate' | 'sampleDate' | 'dealDate' | 'nextFollowUpDate';
/** Dates of contacts that have happened, so they cannot lie after today. */
const CONTACT_DATES: readonly DateField[] = ['firstContactDate', 'visitDate', 'sampleDate', 'dealDate'];
const TYPED_DATES: readonly DateField[] = [...CONTACT_DATES, 'nextFollowUpDate'];
/** The date a status needs, and the status each date proves. */
const STATUS_DATE: Partial<Record<ContactStatus, DateField>> = { visit: 'visitDate', sample: 'sampleDate', deal: 'dealDate' };

// Emoji shown as pictures (🍵, 🇨🇳, ❤️ with its variation selector) and keycaps; plain ©, ® or ™ are symbols
// the name matcher drops, not emoji. Names reject emoji: no registered company name has one, and an emoji
// makes a known customer look new to the eye. Notes and remarks may hold them.
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[\d#*]\uFE0F?\u20E3/u;
// Invisible format characters (zero-width space, BOM, bidi marks) would make two equal-looking names differ.
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}]/u;
const CONTROL_EXCEPT_LINE_BREAKS = /(?![\t\n\r])\p{Cc}/u;
const CONTROL = /\p{Cc}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const rosterKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');
const lengthOf = (text: string) => [...text].length;

/**
 * Every problem a rep can fix in one record, one entry per cell. Duplicate names are not checked here:
 * that needs the whole register (src/core/names).
 */
export function validateRecord(record: CustomerRecord, context: ValidationContext): CellError[] {
  const errors: CellError[] = [];
  const add = (field: RegisterField, msg: Message) => errors.push({ header: columnOf(field).header, field, message: msg });

  checkName(record.name, add);
  checkTextColumns(record, add);
  checkRep(record.rep, context.roster, add);
  checkDates(record, context.today, add);
  checkStatus(record, add);
  return errors;
}

type Add = (field: RegisterField, msg: Message) => void;

function checkName(name: string, add: Add): void {
  if (name.trim() === '') return add('name', message('register.nameEmpty'));
  if (INVISIBLE_OR_CONTROL.test(name)) add('name', message('register.nameInvisible'));
  if (EMOJI.test(name)) add('name', message('register.nameEmoji'));
  if (!LETTER_OR_DIGIT.test(name)) add('name', message('register.nameNoLetters', { value: name }));
}

function checkTextColumns(record: CustomerRecord, add: Add): void {
  for (const column of REGISTER_COLUMNS) {
    if (column.computed || column.maxLength === null) continue;
    const value = record[column.field];
    if (typeof value !== 'string') continue;
    // A text has no more characters than UTF-16 units: only a long one is counted (a whole register is checked).
    const length = value.length > column.maxLength ? lengthOf(value) : value.length;
    if (length > column.maxLength) {
      add(column.field, message('register.textTooLong', { header: column.header, max: column.maxLength, length }));
    }
    // The name has its own, stricter check above.
    const control = column.multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL;
    if (column.field !== 'name' && control.test(value)) {
      add(column.field, message('register.textControl', { header: column.header }));
    }
  }
}

function checkRep(rep: string, roster: readonly string[] | undefined, add: Add): void {
  if (rep.trim() === '') return add('rep', message('register.repEmpty'));
  if (roster && !roster.some((member) => rosterKey(member) === rosterKey(rep))) {
    add('rep', message('register.repUnknown', { rep }));
  }
}

function checkDates(record: CustomerRecord, today: CalendarDate, add: Add): void {
  for (const field of TYPED_DATES) {
    const date = record[field];
    if (!date) continue;
    const header = columnOf(field).header;
    if (date < EARLIEST_PLAUSIBLE_DATE) {
      add(field, message('register.dateTooEarly', { header, date, earliest: EARLIEST_PLAUSIBLE_DATE }));
    } else if (CONTACT_DATES.includes(field) && date > today) {
      add(field, message('register.dateInFuture', { header, date, today }));
    }
    const first = record.firstContactDate;
    if (field !== 'firstContactDate' && first && date < first) {
      add(field, message('register.dateBeforeFirstContact', { header, date, firstContact: first }));
    }
  }
}

function checkStatus(record: CustomerRecord, add: Add): void {
  const needed = STATUS_DATE[record.status];
  if (needed && !record[needed]) {
    add(needed, message('register.statusNeedsDate', { status: STATUS_LABELS[record.status], header: columnOf(needed).header }));
  }
  // A released customer keeps its history, so only a live status must keep up with its dates.
  const shown = statusFromDates(record);
  if (record.status !== 'released' && statusProgress(record.status) < statusProgress(shown)) {
    const proof = STATUS_DATE[shown] as DateField;
    add('status', message('register.statusBehindDates', {
      header: columnOf(proof).header, status: STATUS_LABELS[record.status], expected: STATUS_LABELS[shown],
    }));
  }
}

/**
 * Reads a row and validates it: the record, with the errors of reading and of the rules together in column
 * order. A cell that could not be read reports only that, not the follow-on complaints about its empty field.
 */
export function validateRow(row: readonly CellValue[], context: ValidationContext & RowReadOptions): RowRead {
  const read = rowToRecord(row, context);
  const unreadable = new Set(read.errors.map((e) => e.field));
  const ruleErrors = validateRecord(read.record, context).filter((e) => !unreadable.has(e.field));
  return { record: read.record, errors: inColumnOrder([...read.errors, ...ruleErrors]) };
}
