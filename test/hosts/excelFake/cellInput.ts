import type { FakeValue } from './workbookModel';

/** Days from Excel's day 0 (1899-12-30 in the 1900 system, counting the phantom 1900-02-29) to a date. */
function serialOf(year: number, month: number, day: number): number | null {
  const utc = Date.UTC(year, month - 1, day);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const PERCENT = /^[+-]?\d+(\.\d+)?%$/;

/**
 * What Excel stores when a string is typed, pasted or written through `range.values` into a cell: in a cell
 * formatted as text ('@') the text as it is; otherwise Excel reads it — a leading = + - @ makes a formula, digits
 * a number (0755 → 755, 13800000000 → 13800000000), 2026-10-08 a date serial, TRUE a boolean.
 */
export function interpretInput(input: FakeValue, numberFormat: string): { value: FakeValue; formula?: string } {
  if (typeof input !== 'string' || numberFormat === '@' || input === '') return { value: input };
  if (/^[=+\-@]/.test(input) && input.length > 1 && !NUMBER.test(input)) {
    // The fake does not calculate: a formula reads back as an error, which no register value can be.
    return { value: '#NAME?', formula: input.startsWith('=') ? input : `=${input}` };
  }
  const text = input.trim();
  if (NUMBER.test(text)) return { value: Number(text) };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100 };
  const date = ISO_DATE.exec(text);
  if (date) {
    const serial = serialOf(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== null) return { value: serial };
  }
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  return { value: input };
}
