import { cellText } from '../core/register/cellValue';
import { detectHeader, HEADER_SEARCH_ROWS, normalizeHeader } from '../core/register/headerDetection';
import type { FieldColumns } from '../core/register/registerSchema';
import { message } from '../i18n/message';
import type { Grid } from './readSheetFile';
import { fail, succeed, type Outcome } from './outcome';

export interface LocatedTable {
  /** 0-based grid row of the header. */
  headerRow: number;
  columns: FieldColumns & { name: number };
  /** The data rows below the header, in sheet order (blank rows kept so row numbers match the sheet). */
  dataRows: Grid;
}

/**
 * Finds the header row and the columns: the customer-name column is the one named by --column, or the one the
 * register's header detection recognises (客户名称, 公司名称, 客户 …).
 */
export function locateColumns(grid: Grid, nameColumn?: string): Outcome<LocatedTable> {
  const detected = detectHeader(grid);
  if (nameColumn !== undefined) {
    const wanted = normalizeHeader(nameColumn);
    for (const [rowIndex, row] of grid.slice(0, HEADER_SEARCH_ROWS).entries()) {
      const columnIndex = row.findIndex((cell) => normalizeHeader(cellText(cell)) === wanted);
      if (columnIndex < 0) continue;
      const sameHeader = detected.headerRowIndex === rowIndex ? detected.columns : {};
      return succeed(table(grid, rowIndex, { ...sameHeader, name: columnIndex }));
    }
    return fail(message('cli.error.columnMissing', { column: nameColumn }));
  }
  if (detected.error || detected.headerRowIndex === null || detected.columns.name === undefined) {
    return fail(message('cli.error.noNameColumn'));
  }
  return succeed(table(grid, detected.headerRowIndex, { ...detected.columns, name: detected.columns.name }));
}

function table(grid: Grid, headerRow: number, columns: FieldColumns & { name: number }): LocatedTable {
  return { headerRow, columns, dataRows: grid.slice(headerRow + 1) };
}
