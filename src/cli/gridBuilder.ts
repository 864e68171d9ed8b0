import type { CellValue } from '../core/register/cellValue';
import { HEADER_SEARCH_ROWS } from '../core/register/headerDetection';

/** A sheet as a grid of plain values; dates become 'YYYY-MM-DD' text so the register's date reader takes them. */
export type Grid = CellValue[][];

/** Given the first rows (where the header is searched), the columns a command reads; null keeps every column. */
export type ColumnChoice = (head: Grid) => Set<number> | null;

/**
 * Collects a sheet row by row. Once the header-search rows are in, the rows below keep only the columns the
 * command reads (at their own indexes), so `audit` of a 100,000-row register holds one column, not thirteen.
 */
export class GridBuilder {
  readonly grid: Grid = [];
  private kept: Set<number> | null | undefined;

  constructor(private readonly choose: ColumnChoice | undefined) {}

  add(rowIndex: number, cells: CellValue[]): void {
    if (rowIndex >= HEADER_SEARCH_ROWS && this.kept === undefined) this.kept = this.choose?.(this.grid) ?? null;
    this.grid[rowIndex] = this.kept ? pick(cells, this.kept) : cells;
  }

  /** Gaps (rows the file left out) as empty rows, and no blank rows at the end. */
  finish(): Grid {
    for (let i = 0; i < this.grid.length; i++) this.grid[i] ??= [];
    while (this.grid.length > 0 && this.grid[this.grid.length - 1].every((cell) => cell === null)) this.grid.pop();
    return this.grid;
  }
}

function pick(cells: CellValue[], columns: Set<number>): CellValue[] {
  const row: CellValue[] = [];
  for (const column of columns) if (column < cells.length) row[column] = cells[column];
  return row;
}
