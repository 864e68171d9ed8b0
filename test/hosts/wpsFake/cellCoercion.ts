import { calendarDate } from '../../../src/core/dates/calendarDate';
import { excelSerialOf } from '../../../src/core/register/dateCell';

/** What a cell holds: a constant, or a formula (whose value the fake does not compute). */
export interface CellContent {
  value: string | number | boolean;
  formula?: string;
}

/** ET's value for a formula it cannot evaluate here: the #NAME? error, as Value2 hands it to JavaScript. */
export const NAME_ERROR = -2146826259;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * The trap of writing text through Value2: unless the cell is formatted as text ('@'), ET reads a string the
 * way it reads typing — '=…', '+…', '-…', '@…' become formulas, '0755' the number 755, '2026-10-08' a date
 * serial, 'true' a boolean. A text-formatted cell keeps the string; numbers and booleans stay what they are.
 */
export function coerceWritten(value: string | number | boolean, numberFormat: string | null): CellContent {
  if (typeof value !== 'string' || numberFormat === '@' || value === '') return { value };
  if (/^[=+\-@]/.test(value) && !NUMBER.test(value)) return { value: NAME_ERROR, formula: value };
  if (NUMBER.test(value)) return { value: Number(value) };
  const percent = PERCENT.exec(value);
  if (percent) return { value: Number(percent[1]) / 100 };
  if (/^(true|false)$/i.test(value)) return { value: value.toLowerCase() === 'true' };
  const date = DATE.exec(value);
  const day = date && calendarDate(Number(date[1]), Number(date[2]), Number(date[3]));
  if (day) return { value: excelSerialOf(day) };
  return { value };
}
