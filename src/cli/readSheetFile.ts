import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CellValue } from '../core/register/cellValue';
import { REGISTER_SHEET_NAME } from '../core/register/registerSchema';
import { message } from '../i18n/message';
import { decodeText } from './decodeText';
import { fail, succeed, type Outcome } from './outcome';
import { plainCellValue } from './plainCellValue';

/** A sheet as a grid of plain values; dates become 'YYYY-MM-DD' text so the register's date reader takes them. */
export type Grid = CellValue[][];

/** A cell with no value to read (0-based grid row and column); its grid cell is null. */
export interface UnreadableCell {
  row: number;
  column: number;
  kind: 'formula' | 'error';
}

export interface SheetRead {
  grid: Grid;
  unreadable: UnreadableCell[];
}

const ZIP_MAGIC = 'PK';

/** Reads a .csv/.txt (UTF-8, GB18030, UTF-16 with BOM; comma or tab separated) or an .xlsx file into a grid. */
export async function readSheetFile(path: string): Promise<Outcome<SheetRead>> {
  const info = await stat(path).catch(() => null);
  if (!info) return fail(message('cli.error.fileMissing', { path }));
  if (!info.isFile()) return fail(message('cli.error.notAFile', { path }));
  const kind = extname(path).toLowerCase();
  const isZip = (await firstBytes(path, 2)).toString('latin1') === ZIP_MAGIC;
  if (kind === '.csv' || kind === '.txt' || kind === '.tsv') {
    return isZip ? fail(message('cli.error.notASpreadsheet', { path })) : readCsv(await readFile(path));
  }
  if (kind === '.xlsx' || kind === '.xlsm') return isZip ? readXlsx(path) : fail(message('cli.error.notASpreadsheet', { path }));
  return fail(message('cli.error.notASpreadsheet', { path }));
}

async function firstBytes(path: string, count: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await file.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

function readCsv(bytes: Buffer): Outcome<SheetRead> {
  const text = decodeText(bytes);
  if (!text.ok) return text;
  const parsed = Papa.parse<string[]>(text.value, { skipEmptyLines: false, delimiter: delimiterOf(text.value) });
  // Blanks become null in place: a copy would hold the whole sheet twice at the peak.
  const grid: Grid = parsed.data;
  for (const row of grid) for (let i = 0; i < row.length; i++) if (row[i] === '') row[i] = null;
  while (grid.length > 0 && grid[grid.length - 1].every((cell) => cell === null)) grid.pop();
  return succeed({ grid, unreadable: [] });
}

/**
 * Excel's "Unicode 文本" is tab-separated, its CSV comma-separated. Papa's own guess is thrown by a trailing blank
 * line, so the head of the file decides: more tabs than commas in the first lines means tabs.
 */
function delimiterOf(text: string): string {
  const head = text.slice(0, 4096);
  const count = (char: string) => head.split(char).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/**
 * Streams the workbook (the whole-file model of a 100,000-row register takes most of a gigabyte) and keeps
 * the 客户登记 sheet, or the first sheet when there is none of that name.
 */
async function readXlsx(path: string): Promise<Outcome<SheetRead>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache', hyperlinks: 'cache', styles: 'cache', worksheets: 'emit', entries: 'emit',
  });
  let chosen: SheetRead | null = null;
  let chosenIsRegister = false;
  try {
    for await (const worksheet of reader) {
      const isRegister = (worksheet as unknown as { name?: string }).name === REGISTER_SHEET_NAME;
      const wanted = !chosenIsRegister && (chosen === null || isRegister);
      const sheet: SheetRead = { grid: [], unreadable: [] };
      for await (const row of worksheet) {
        if (wanted) readRow(row, sheet);
      }
      if (wanted) {
        chosen = sheet;
        chosenIsRegister = isRegister;
      }
    }
  } catch {
    return fail(message('cli.error.notASpreadsheet', { path }));
  }
  if (!chosen) return fail(message('cli.error.emptyFile', { path }));
  for (let i = 0; i < chosen.grid.length; i++) chosen.grid[i] ??= [];
  return succeed(chosen);
}

function readRow(row: ExcelJS.Row, sheet: SheetRead): void {
  const values = row.values as ExcelJS.CellValue[];
  const cells: CellValue[] = [];
  for (let column = 1; column < values.length; column++) {
    const cell = plainCellValue(values[column]);
    if ('unreadable' in cell) {
      sheet.unreadable.push({ row: row.number - 1, column: column - 1, kind: cell.unreadable });
      cells.push(null);
    } else {
      cells.push(cell.value);
    }
  }
  sheet.grid[row.number - 1] = cells;
}
