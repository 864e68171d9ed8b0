import type { CellValue } from '../../core/register/cellValue';
import { TEXT_FORMAT } from '../../core/register/registerSchema';
import type { TableDefinition } from '../spreadsheetHost';
import { isBlank, readBlock, setCell, setFormat, type SandboxSheet } from './sandboxSheet';

/** Where a table sits: its header row and how many columns it spans from column A. */
export interface SandboxTable {
  sheet: string;
  headerRow: number;
  columnCount: number;
}

/** A table's header and its rows down to the last one with anything in it, as the port's readTable returns them. */
export interface TableContents {
  firstDataRow: number;
  header: CellValue[];
  rows: CellValue[][];
}

/**
 * Writes a new table's header row (as text) on row 1 of `sheet` and gives its columns their formats, widths,
 * greyed computed columns and frozen header; returns where the table sits.
 */
export function startTable(sheet: SandboxSheet, definition: TableDefinition): SandboxTable {
  definition.columns.forEach((column, c) => {
    setCell(sheet, 0, c, column.header);
    setFormat(sheet, 0, c, TEXT_FORMAT);
  });
  sheet.columnFormats = definition.columns.map((c) => c.numberFormat || null);
  sheet.columnWidths = definition.columns.map((c) => c.width);
  sheet.computedColumns = definition.columns.flatMap((c, i) => (c.computed ? [i] : []));
  if (definition.freezeHeader) sheet.frozenRows = 1;
  return { sheet: definition.sheet, headerRow: 0, columnCount: definition.columns.length };
}

/** The table's header and data rows; blank rows at the end are not part of the table. */
export function tableContents(sheet: SandboxSheet, table: SandboxTable): TableContents {
  const firstDataRow = table.headerRow + 1;
  const right = table.columnCount - 1;
  let last = firstDataRow - 1;
  for (let r = sheet.values.length - 1; r >= firstDataRow; r--) {
    if (sheet.values[r]?.slice(0, table.columnCount).some((v) => !isBlank(v))) {
      last = r;
      break;
    }
  }
  const rows = last < firstDataRow ? [] : readBlock(sheet, { top: firstDataRow, left: 0, bottom: last, right });
  const [header] = readBlock(sheet, { top: table.headerRow, left: 0, bottom: table.headerRow, right });
  return { firstDataRow, header, rows };
}
