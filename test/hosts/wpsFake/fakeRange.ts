import type { EtAreas, EtComment, EtRange } from '../../../src/hosts/wps/etObjectModel';
import { MAX_COLUMN, columnCount, formatArea, intersects, rowCount, type Rect } from './a1Notation';
import { EtObject } from './crossProcessCalls';
import { FakeBorders, FakeFont, FakeInterior } from './fakeFormats';
import { FakeFormatConditions } from './fakeFormatConditions';
import { FakeValidation } from './fakeValidation';
import type { FakeWorksheet } from './fakeWorksheet';
import { MIXED, type CellProperty } from './sheetModel';
import { entireRowHidden, rowsWrittenTo } from './filteredRows';

/** Beyond this many cells a Value2 read or write is a bug in the caller (a whole column), not a batch. */
const BULK_LIMIT = 2_000_000;

/** What `Rows`, `Columns` or the range itself counts. */
type Counting = 'cells' | 'rows' | 'columns';

/**
 * ET's Range. The traps it keeps: rows and columns are 1-based; `Address` is a method (reading it as a
 * property gives a function, not text); `Value2` is a scalar for one cell (undefined when empty) and a 2-D
 * array for a block; an array must match the block's shape; strings are coerced unless the cell is '@'.
 */
export class FakeRange extends EtObject implements EtRange {
  readonly kind = 'Range';

  constructor(readonly sheet: FakeWorksheet, readonly areas: Rect[], private readonly counting: Counting = 'cells') {
    super();
  }

  private get first(): Rect {
    return this.areas[0];
  }

  private get model() {
    return this.sheet.model;
  }

  /** ET reads a format over cells that disagree as null. */
  private common(property: CellProperty): unknown {
    const value = this.model.commonFormat(property, this.areas);
    return value === MIXED ? null : value;
  }

  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    return this.areas.map((area) => {
      const absolute = formatArea(area);
      return absolute.replace(/\$(?=\d)/g, RowAbsolute ? '$' : '').replace(/\$(?=[A-Z])/g, ColumnAbsolute ? '$' : '');
    }).join(',');
  }

  get Row(): number { return this.first.top; }
  get Column(): number { return this.first.left; }

  get Count(): number {
    if (this.counting === 'rows') return rowCount(this.first);
    if (this.counting === 'columns') return columnCount(this.first);
    return this.areas.reduce((sum, a) => sum + rowCount(a) * columnCount(a), 0);
  }

  get Rows(): FakeRange { return new FakeRange(this.sheet, this.areas, 'rows'); }
  get Columns(): FakeRange { return new FakeRange(this.sheet, this.areas, 'columns'); }
  get Areas(): EtAreas { return new FakeAreas(this); }
  get Worksheet(): FakeWorksheet { return this.sheet; }
  get EntireRow(): FakeRange {
    return new FakeRange(this.sheet, this.areas.map((a) => ({ ...a, left: 1, right: MAX_COLUMN })), 'rows');
  }

  /** Of whole rows only (Range.Hidden needs entire rows or columns): true, false, or null when mixed. */
  get Hidden(): boolean | null {
    if (this.first.left !== 1 || this.first.right !== MAX_COLUMN) throw new Error('ET: Hidden of a range that is not entire rows or columns');
    return entireRowHidden(this.model.filteredRows, this.first);
  }
  get Interior(): FakeInterior { return new FakeInterior(this.model, this.areas); }
  get Font(): FakeFont { return new FakeFont(this.model, this.areas); }
  get Borders(): FakeBorders { return new FakeBorders(this.model, this.areas); }
  get Validation(): FakeValidation { return new FakeValidation(this.model, this.areas); }
  get FormatConditions(): FakeFormatConditions { return new FakeFormatConditions(this.model, this.areas); }

  get Value2(): unknown {
    const area = this.first;
    if (rowCount(area) * columnCount(area) > BULK_LIMIT) throw new Error('fake ET: Value2 of a whole column');
    const cell = (row: number, column: number) => this.model.read(row, column)?.value;
    if (area.top === area.bottom && area.left === area.right) return cell(area.top, area.left);
    const rows: unknown[][] = [];
    for (let row = area.top; row <= area.bottom; row += 1) {
      const values: unknown[] = [];
      for (let column = area.left; column <= area.right; column += 1) values.push(cell(row, column));
      rows.push(values);
    }
    return rows;
  }

  set Value2(value: unknown) {
    this.model.refuseLockedCells(this.areas);
    if (this.areas.length > 1 && Array.isArray(value)) throw new Error('fake ET: an array into several areas');
    for (const area of this.areas) {
      if (rowCount(area) * columnCount(area) > BULK_LIMIT) throw new Error('fake ET: Value2 into a whole column');
      const height = rowCount(area);
      const width = columnCount(area);
      const rows = Array.isArray(value) ? (Array.isArray(value[0]) ? (value as unknown[][]) : null) : null;
      if (rows && (rows.length !== height || rows.some((r) => !Array.isArray(r) || r.length !== width))) {
        throw new Error(`ET: a ${rows.length}×${rows[0]?.length ?? 0} array into a ${height}×${width} range (the rest would read #N/A)`);
      }
      if (Array.isArray(value) && !rows && value.length !== width) {
        throw new Error(`ET: a 1-D array of ${value.length} into ${width} columns`);
      }
      const landsOn = rowsWrittenTo(this.model.filteredRows, area);
      for (let r = 0; r < height; r += 1) {
        const row = landsOn[r];
        if (row === null) continue;
        for (let c = 0; c < width; c += 1) {
          // A 1-D array is one row, repeated down every row of the block; a scalar fills every cell.
          const cellValue = rows ? rows[r][c] : Array.isArray(value) ? value[c] : value;
          this.model.write(row, area.left + c, cellValue);
        }
      }
    }
    this.sheet.workbook.application.codeChanged(this.sheet, this.areas);
  }

  get NumberFormat(): string { return this.common('NumberFormat') as string; }
  set NumberFormat(format: string) { this.model.setFormat(this.areas, 'NumberFormat', format); }
  get HorizontalAlignment(): number { return this.common('HorizontalAlignment') as number; }
  set HorizontalAlignment(value: number) { this.model.setFormat(this.areas, 'HorizontalAlignment', value); }
  get VerticalAlignment(): number { return this.common('VerticalAlignment') as number; }
  set VerticalAlignment(value: number) { this.model.setFormat(this.areas, 'VerticalAlignment', value); }
  get WrapText(): boolean { return this.common('WrapText') as boolean; }
  set WrapText(wrap: boolean) { this.model.setFormat(this.areas, 'WrapText', wrap); }
  get Locked(): boolean { return this.common('Locked') as boolean; }
  set Locked(locked: boolean) { this.model.setFormat(this.areas, 'Locked', locked); }

  get ColumnWidth(): number {
    const widths = new Set<number>();
    for (let column = this.first.left; column <= this.first.right; column += 1) widths.add(this.model.columnWidths.get(column) ?? 8.38);
    return widths.size === 1 ? [...widths][0] : (null as unknown as number);
  }

  set ColumnWidth(width: number) {
    if (width < 0 || width > 255) throw new Error(`ET: column width ${width} is out of range (0–255)`);
    for (const area of this.areas) for (let column = area.left; column <= area.right; column += 1) this.model.columnWidths.set(column, width);
  }

  get RowHeight(): number {
    return this.model.rowHeights.get(this.first.top) ?? 13.5;
  }

  set RowHeight(points: number) {
    if (points < 0 || points > 409) throw new Error(`ET: row height ${points} is out of range (0–409)`);
    for (const area of this.areas) {
      if (rowCount(area) > 100_000) throw new Error('fake ET: RowHeight over whole columns is not modelled');
      for (let row = area.top; row <= area.bottom; row += 1) this.model.rowHeights.set(row, points);
    }
  }

  /**
   * Merges each area on its own (a multi-area range gives several merged blocks). Merging cells that hold
   * more than one value asks the user first, unless alerts are off.
   */
  Merge(): void {
    for (const area of this.areas) {
      let filled = 0;
      for (let row = area.top; row <= area.bottom; row += 1) {
        for (let column = area.left; column <= area.right; column += 1) if (this.model.read(row, column)) filled += 1;
      }
      if (filled > 1 && this.sheet.workbook.application.DisplayAlerts) {
        throw new Error('fake ET: Merge() would block on "keep only the upper-left value?" — set Application.DisplayAlerts = false first');
      }
      this.model.merges = this.model.merges.filter((m) => !intersects(m, area));
      this.model.merges.push(area);
    }
  }

  ClearContents(): boolean {
    this.model.refuseLockedCells(this.areas);
    for (const area of this.areas) {
      for (const k of [...this.model.cells.keys()]) {
        const [row, column] = k.split(',').map(Number);
        if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right) this.model.cells.delete(k);
      }
    }
    this.sheet.workbook.application.codeChanged(this.sheet, this.areas);
    return true;
  }

  get Comment(): FakeComment | null {
    const { top, left } = this.first;
    return this.model.hasComment(top, left) ? new FakeComment(this.sheet, top, left) : null;
  }

  ClearComments(): void {
    this.model.clearComments(this.areas);
  }

  AddComment(Text?: string): unknown {
    const area = this.first;
    if (this.areas.length > 1 || area.top !== area.bottom || area.left !== area.right) {
      throw new Error('ET: AddComment works on one cell only');
    }
    if (this.model.hasComment(area.top, area.left)) throw new Error('ET: the cell already has a comment (ClearComments first)');
    this.model.setComment(area.top, area.left, Text ?? '');
    return undefined;
  }

  Select(): boolean {
    if (this.sheet.workbook.application.activeSheetModel() !== this.model) {
      throw new Error('ET: Select method of Range class failed — its sheet is not the active sheet');
    }
    this.model.activeCell = { row: this.first.top, column: this.first.left };
    return true;
  }
}

class FakeAreas extends EtObject implements EtAreas {
  readonly kind = 'Areas';

  constructor(private readonly range: FakeRange) {
    super();
  }

  get Count(): number {
    return this.range.areas.length;
  }

  Item(index: number): FakeRange {
    const area = this.range.areas[index - 1];
    if (!area) throw new Error(`ET: Areas.Item(${index}) — the index is 1-based and out of range`);
    return new FakeRange(this.range.sheet, [area]);
  }
}

/** A cell's comment (批注). `Text()` is a method that reads the text when called without arguments. */
class FakeComment extends EtObject implements EtComment {
  readonly kind = 'Comment';

  constructor(private readonly sheet: FakeWorksheet, private readonly row: number, private readonly column: number) {
    super();
  }

  Text(text?: string): string {
    if (text !== undefined) this.sheet.model.setComment(this.row, this.column, text);
    return this.sheet.model.commentAt(this.row, this.column) ?? '';
  }

  Delete(): void {
    this.sheet.model.setComment(this.row, this.column, null);
  }
}
