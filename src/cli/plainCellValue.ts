import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/register/cellValue';

/** A cell read as a plain value, or marked unreadable: a formula nobody calculated, or an error like #REF!. */
export type PlainCell = { value: CellValue } | { unreadable: 'formula' | 'error' };

const plain = (value: CellValue): PlainCell => ({ value });

function richTextOf(value: { richText: { text: string }[] }): string {
  return value.richText.map((part) => part.text).join('');
}

/**
 * Every kind of value ExcelJS hands over, as the register reads cells: rich text and hyperlinks as their text,
 * dates as 'YYYY-MM-DD', formulas as their cached result. A formula without a cached result (openpyxl and
 * scripts write them so) has no value to read; it is reported, never turned into "[object Object]".
 */
export function plainCellValue(value: ExcelJS.CellValue | undefined): PlainCell {
  if (value === null || value === undefined) return plain(null);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return plain(value);
  if (value instanceof Date) return plain(Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10));
  if ('richText' in value) return plain(richTextOf(value));
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value as { result?: ExcelJS.CellValue };
    if (result === undefined || result === null) return { unreadable: 'formula' };
    return plainCellValue(result);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === 'string') return plain(text);
    if (text && typeof text === 'object' && 'richText' in text) return plain(richTextOf(text as { richText: { text: string }[] }));
    return plain(String(value.hyperlink));
  }
  if ('error' in value) return { unreadable: 'error' };
  // A checkbox or any kind a later ExcelJS adds: refuse to guess rather than print "[object Object]".
  return { unreadable: 'error' };
}
