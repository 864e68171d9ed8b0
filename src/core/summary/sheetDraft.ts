import type { CellRange, CellStyle, CellValue, PageLayout, RowHeight, SheetCell, SheetSpec } from './sheetSpec';

/**
 * Builds a SheetSpec top to bottom, so the summary and the daily list read like the page they produce and
 * the row numbers of merges, breaks and print titles come from where the rows actually landed.
 */
export class SheetDraft<Style extends string> {
  private readonly rows: SheetCell[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly rowHeights: RowHeight[] = [];
  private readonly rowBreaks: number[] = [];

  constructor(
    private readonly name: string,
    private readonly columnWidths: number[],
    private readonly styles: Record<Style, CellStyle>,
  ) {}

  /** The index the next row will get. */
  get nextRow(): number {
    return this.rows.length;
  }

  get lastColumn(): number {
    return this.columnWidths.length - 1;
  }

  /** Adds a row of cells, padded with empty cells to the sheet's width; returns its index. */
  addRow(cells: { value: CellValue; style?: Style }[], heightPoints?: number): number {
    const row = this.rows.length;
    const padded: SheetCell[] = cells.map((cell) => ({ ...cell }));
    while (padded.length < this.columnWidths.length) padded.push({ value: null });
    this.rows.push(padded);
    if (heightPoints !== undefined) this.rowHeights.push({ row, points: heightPoints });
    return row;
  }

  /** One text across columns 0..lastColumn (default: all), merged, every covered cell styled alike. */
  addBanner(text: string, style: Style, options: { lastColumn?: number; heightPoints?: number } = {}): number {
    const right = options.lastColumn ?? this.lastColumn;
    const cells = Array.from({ length: right + 1 }, (_, column) => ({ value: column === 0 ? text : null, style }));
    const row = this.addRow(cells, options.heightPoints);
    if (right > 0) this.merges.push({ top: row, left: 0, bottom: row, right });
    return row;
  }

  addBlankRow(heightPoints?: number): number {
    return this.addRow([], heightPoints);
  }

  /** The next row added starts a new printed page. */
  breakPageBeforeNextRow(): void {
    this.rowBreaks.push(this.rows.length);
  }

  /** The range of everything added so far. */
  usedRange(): CellRange {
    return { top: 0, left: 0, bottom: Math.max(0, this.rows.length - 1), right: this.lastColumn };
  }

  finish(pageLayout: PageLayout, frozenRows = 0): SheetSpec {
    return {
      name: this.name,
      rows: this.rows,
      styles: this.styles,
      merges: this.merges,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      frozenRows,
      rowBreaks: this.rowBreaks,
      pageLayout,
    };
  }
}
