import { cellText } from '../core/register/cellValue';
import { detectHeader, HEADER_SEARCH_ROWS, normalizeHeader } from '../core/register/headerDetection';
import type { FieldColumns } from '../core/register/registerSchema';
import { columnLetters } from '../core/summary';
import { message } from '../i18n/message';
import type { ColumnChoice, Grid } from './gridBuilder';
import type { SheetRead, UnreadableCell } from './readSheetFile';
import { fail, succeed, type Outcome } from './outcome';

export interface LocatedTable {
  /** 0-based grid row of the header. */
  headerRow: number;
  columns: FieldColumns & { name: number };
  /** The data rows below the header, in sheet order (blank rows kept so row numbers match the sheet). */
  dataRows: Grid;
  /** Cells below the header with no readable value; `row` is 0-based among the data rows. */
  unreadable: UnreadableCell[];
}

/**
 * Finds the header row and the columns: the customer-name column is the one named by --column, or the one the
 * register's header detection recognises (客户名称, 公司名称, 客户 …). Two columns of that name are refused:
 * picking the first would leave the other unchecked without a word.
 */
export function locateColumns(sheet: SheetRead, nameColumn?: string): Outcome<LocatedTable> {
  const { grid } = sheet;
  const detected = detectHeader(grid);
  if (nameColumn !== undefined) {
    const wanted = normalizeHeader(nameColumn);
    if (wanted === '') return fail(message('cli.error.columnEmpty'));
    if (/^\d+$/.test(wanted)) return fail(message('cli.error.columnNumeric', { column: nameColumn }));
    for (const [rowIndex, row] of grid.slice(0, HEADER_SEARCH_ROWS).entries()) {
      const columnIndex = row.findIndex((cell) => normalizeHeader(cellText(cell)) === wanted);
      if (columnIndex < 0) continue;
      const sameHeader = detected.headerRowIndex === rowIndex ? detected.columns : {};
      return table(sheet, rowIndex, { ...sameHeader, name: columnIndex });
    }
    return fail(message('cli.error.columnMissing', { column: nameColumn }));
  }
  if (detected.error || detected.headerRowIndex === null || detected.columns.name === undefined) {
    return fail(message('cli.error.noNameColumn'));
  }
  return table(sheet, detected.headerRowIndex, { ...detected.columns, name: detected.columns.name });
}

function table(sheet: SheetRead, headerRow: number, columns: FieldColumns & { name: number }): Outcome<LocatedTable> {
  const header = sheet.grid[headerRow];
  const nameHeader = normalizeHeader(cellText(header[columns.name] ?? null));
  const twins = header.flatMap((cell, column) => (normalizeHeader(cellText(cell)) === nameHeader ? [column] : []));
  if (twins.length > 1) {
    return fail(message('cli.error.duplicateHeader', {
      header: cellText(header[columns.name] ?? null), sheetRow: headerRow + 1,
      columns: twins.map((column) => `${columnLetters(column)} 列`).join('和'),
    }));
  }
  const unreadable = sheet.unreadable
    .filter((cell) => cell.row > headerRow)
    .map((cell) => ({ ...cell, row: cell.row - headerRow - 1 }));
  return succeed({ headerRow, columns, dataRows: sheet.grid.slice(headerRow + 1), unreadable });
}

/**
 * The columns a command reads, found in the header-search rows just as locateColumns finds them: the name
 * column alone (audit), or every recognised column (check, summary). Kept whole when the head does not say.
 */
export function columnsToRead(nameColumn: string | undefined, which: 'name' | 'recognised'): ColumnChoice {
  return (head) => {
    const located = locateColumns({ grid: head, unreadable: [] }, nameColumn);
    if (!located.ok) return null;
    return new Set(which === 'name' ? [located.value.columns.name] : Object.values(located.value.columns));
  };
}
