/**
 * A cell as a spreadsheet host hands it over (Office.js `values`, WPS `Value2`, ExcelJS after unwrapping):
 * text, a number (dates arrive as Excel serial numbers), a boolean, or null for a cell the host left out.
 */
export type CellValue = string | number | boolean | null;

export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The text of a cell for a text column. Surrounding whitespace is dropped: it is never meaningful in a
 * register and a leading tab or line break is a formula-injection vector. A number typed into a text column
 * (a phone number Excel turned into 13800000000) comes back as its digits.
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}
