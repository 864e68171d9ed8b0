import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CellValue } from '../core/register/cellValue';
import { REGISTER_SHEET_NAME } from '../core/register/registerSchema';
import { message } from '../i18n/message';
import { decodeText } from './decodeText';
import { GridBuilder, type ColumnChoice, type Grid } from './gridBuilder';
import { fail, succeed, type Outcome } from './outcome';
import { plainCellValue } from './plainCellValue';

export type { Grid } from './gridBuilder';

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

/**
 * Reads a .csv/.txt (UTF-8, GB18030, UTF-16 with BOM; comma or tab separated) or an .xlsx file into a grid;
 * `columns` lets a command keep only the columns it reads below the header-search rows.
 */
export async function readSheetFile(path: string, columns?: ColumnChoice): Promise<Outcome<SheetRead>> {
  const info = await stat(path).catch(() => null);
  if (!info) return fail(message('cli.error.fileMissing', { path }));
  if (!info.isFile()) return fail(message('cli.error.notAFile', { path }));
  const kind = extname(path).toLowerCase();
  const isZip = (await firstBytes(path, 2)).toString('latin1') === ZIP_MAGIC;
  if (kind === '.csv' || kind === '.txt' || kind === '.tsv') {
    return isZip ? fail(message('cli.error.notASpreadsheet', { path })) : readCsv(await readFile(path), columns);
  }
  if (kind === '.xlsx' || kind === '.xlsm') return isZip ? readXlsx(path, columns) : fail(message('cli.error.notASpreadsheet', { path }));
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

function readCsv(bytes: Buffer, columns: ColumnChoice | undefined): Outcome<SheetRead> {
  const text = decodeText(bytes);
  if (!text.ok) return text;
  const builder = new GridBuilder(columns);
  let row = 0;
  Papa.parse<string[]>(text.value, {
    skipEmptyLines: false,
    delimiter: delimiterOf(text.value),
    step: ({ data }) => builder.add(row++, data.map((cell) => (cell === '' ? null : cell))),
  });
  return succeed({ grid: builder.finish(), unreadable: [] });
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
async function readXlsx(path: string, columns: ColumnChoice | undefined): Promise<Outcome<SheetRead>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache', hyperlinks: 'cache', styles: 'cache', worksheets: 'emit', entries: 'emit',
  });
  let chosen: { builder: GridBuilder; unreadable: UnreadableCell[] } | null = null;
  let chosenIsRegister = false;
  try {
    for await (const worksheet of reader) {
      const isRegister = (worksheet as unknown as { name?: string }).name === REGISTER_SHEET_NAME;
      const wanted = !chosenIsRegister && (chosen === null || isRegister);
      const sheet = { builder: new GridBuilder(columns), unreadable: [] as UnreadableCell[] };
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
  return succeed({ grid: chosen.builder.finish(), unreadable: chosen.unreadable });
}

function readRow(row: ExcelJS.Row, sheet: { builder: GridBuilder; unreadable: UnreadableCell[] }): void {
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
  sheet.builder.add(row.number - 1, cells);
}
