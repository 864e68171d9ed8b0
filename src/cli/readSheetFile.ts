import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CellValue } from '../core/register/cellValue';
import { REGISTER_SHEET_NAME } from '../core/register/registerSchema';
import { message } from '../i18n/message';
import { fail, succeed, type Outcome } from './outcome';

/** A sheet as a grid of plain values; dates become 'YYYY-MM-DD' text so the register's date reader takes them. */
export type Grid = CellValue[][];

const ZIP_MAGIC = 'PK';

/** Reads a .csv (UTF-8, or GB18030 as Chinese Excel saves it) or an .xlsx file into a grid. */
export async function readSheetFile(path: string): Promise<Outcome<Grid>> {
  const info = await stat(path).catch(() => null);
  if (!info) return fail(message('cli.error.fileMissing', { path }));
  if (!info.isFile()) return fail(message('cli.error.notAFile', { path }));
  const bytes = await readFile(path);
  const kind = extname(path).toLowerCase();
  if (kind === '.csv' || kind === '.txt') return readCsv(bytes, path);
  if (kind === '.xlsx' || kind === '.xlsm') return readXlsx(bytes, path);
  return fail(message('cli.error.notASpreadsheet', { path }));
}

function readCsv(bytes: Buffer, path: string): Outcome<Grid> {
  if (bytes.includes(0) || bytes.subarray(0, 2).toString('latin1') === ZIP_MAGIC) {
    return fail(message('cli.error.notASpreadsheet', { path }));
  }
  const text = decodeCsvText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return succeed(rows);
}

/** UTF-8 first (with or without BOM); bytes that are not UTF-8 are read as GB18030, the superset of GBK. */
function decodeCsvText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readXlsx(bytes: Buffer, path: string): Promise<Outcome<Grid>> {
  if (bytes.subarray(0, 2).toString('latin1') !== ZIP_MAGIC) return fail(message('cli.error.notASpreadsheet', { path }));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail(message('cli.error.notASpreadsheet', { path }));
  }
  const sheet = workbook.getWorksheet(REGISTER_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return fail(message('cli.error.emptyFile', { path }));
  const rows: Grid = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plainValue(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return succeed(rows);
}

/** ExcelJS gives rich text, formulas, hyperlinks and dates as objects; the register wants plain values. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}
