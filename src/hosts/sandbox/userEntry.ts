import type { CellValue } from '../../core/register/cellValue';
import { excelSerialOf, parseDateCell } from '../../core/register/dateCell';
import { TEXT_FORMAT } from '../../core/register/registerSchema';
import type { ValidationRule } from '../spreadsheetHost';

/** The value a cell takes when a user types `text`, as Excel would store it: a date, a number or text. */
export function enteredValue(text: string, format: string | null): { value: CellValue; format: string | null } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: '', format };
  // A text cell keeps exactly what was typed; the sandbox never evaluates formulas anywhere.
  if (format === TEXT_FORMAT) return { value: text, format };
  if (isDateFormat(format) || /^\d{4}\s*[-/.年]/.test(trimmed)) {
    const { date } = parseDateCell(trimmed);
    if (date) return { value: excelSerialOf(date), format: isDateFormat(format) ? format : 'yyyy-mm-dd' };
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(trimmed) && !/^0\d/.test(trimmed)) return { value: Number(trimmed), format };
  return { value: text, format };
}

export function isDateFormat(format: string | null): boolean {
  return !!format && /y/i.test(format) && /d/i.test(format);
}

/**
 * The stop alert a data-validation rule raises for a typed value, or null when the value passes (blank
 * always passes, as in Excel).
 */
export function validationAlert(
  rules: readonly ValidationRule[],
  row: number,
  column: number,
  value: CellValue,
): { title: string; message: string } | null {
  if (value === '' || value === null) return null;
  for (const rule of rules) {
    if (rule.column !== column || row < rule.firstRow) continue;
    const fails = rule.kind === 'list'
      ? !rule.items.includes(String(value))
      : rule.kind === 'date'
        ? typeof value !== 'number'
        : String(value).length > rule.max;
    if (fails) return { title: rule.errorTitle, message: rule.errorMessage };
  }
  return null;
}
