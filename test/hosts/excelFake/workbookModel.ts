import { assertUnprotected } from './sheetProtection';
import { LAST_ROW, contains, intersects, isWholeColumns, isWholeRows, subtract, type Rect } from './a1';

export type FakeValue = string | number | boolean;

export interface CellFormat {
  numberFormat: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  locked: boolean;
  /** Edge name (EdgeTop, InsideHorizontal …) → line style. */
  borders: Record<string, string>;
}

export const DEFAULT_FORMAT: CellFormat = {
  numberFormat: 'General', fill: null, fontColor: null, bold: false, italic: false, fontSize: 11,
  horizontal: 'General', vertical: 'Bottom', wrap: false, locked: true, borders: {},
};

export interface CellModel {
  value: FakeValue;
  /** Set when a string became a formula (it was written into a cell that is not formatted as text). */
  formula?: string;
  format: Partial<CellFormat>;
}

export interface ValidationModel {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert: { message?: string; showAlert?: boolean; style?: string; title?: string } | null;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  rect: Rect;
  type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally: boolean;
  headerFooter: Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>;
  printArea: string | null;
  printTitleRows: string | null;
}

export type ChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted';

export interface ChangedEvent {
  sheet: SheetModel;
  rect: Rect;
  changeType: ChangeType;
  details?: { valueBefore: FakeValue; valueAfter: FakeValue };
}

export interface SelectionEvent {
  sheet: SheetModel;
  rect: Rect;
}

export class SheetModel {
  readonly cells = new Map<number, Map<number, CellModel>>();
  readonly columnFormats = new Map<number, Partial<CellFormat>>();
  readonly rowFormats = new Map<number, Partial<CellFormat>>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  frozenRows = 0;
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  pageLayout: PageLayoutModel = {
    orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 },
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 }, centerHorizontally: false,
    headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
    printArea: null, printTitleRows: null,
  };
  rowBreaks: number[] = [];
  readonly notes = new Map<string, string>();
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  changedHandlers: ((event: ChangedEvent) => void)[] = [];
  selectionHandlers: ((event: SelectionEvent) => void)[] = [];

  constructor(readonly id: string, public name: string) {}

  cell(row: number, column: number): CellModel | undefined {
    return this.cells.get(row)?.get(column);
  }

  value(row: number, column: number): FakeValue {
    return this.cell(row, column)?.value ?? '';
  }

  putCell(row: number, column: number, cell: CellModel): void {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    line.set(column, cell);
  }

  ensureCell(row: number, column: number): CellModel {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    let cell = line.get(column);
    if (!cell) line.set(column, (cell = { value: '', format: {} }));
    return cell;
  }

  /** A cell's effective format: its own, then its row's, then its column's, then Excel's defaults. */
  format<K extends keyof CellFormat>(row: number, column: number, key: K): CellFormat[K] {
    const own = this.cell(row, column)?.format[key];
    if (own !== undefined) return own as CellFormat[K];
    const rowFormat = this.rowFormats.get(row)?.[key];
    if (rowFormat !== undefined) return rowFormat as CellFormat[K];
    const columnFormat = this.columnFormats.get(column)?.[key];
    return (columnFormat !== undefined ? columnFormat : DEFAULT_FORMAT[key]) as CellFormat[K];
  }

  /** Formats a range: whole columns or rows keep the format as their default, other ranges cell by cell. */
  setFormat<K extends keyof CellFormat>(rect: Rect, key: K, value: CellFormat[K]): void {
    assertUnprotected(this, 'format cells (the sheet does not allow formatting)');
    if (isWholeColumns(rect) || isWholeRows(rect)) {
      const whole = isWholeColumns(rect) ? this.columnFormats : this.rowFormats;
      const [first, last] = isWholeColumns(rect) ? [rect.left, rect.right] : [rect.top, rect.bottom];
      for (let i = first; i <= last; i++) whole.set(i, { ...whole.get(i), [key]: value });
      for (const [row, line] of this.cells) {
        for (const [column, cell] of line) {
          if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) delete cell.format[key];
        }
      }
      return;
    }
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) this.ensureCell(row, column).format[key] = value;
    }
  }

  /** The used range (cells with a value; with formats too unless valuesOnly), or null when the sheet is empty. */
  usedRange(valuesOnly: boolean): Rect | null {
    let used: Rect | null = null;
    for (const [row, line] of this.cells) {
      for (const [column, cell] of line) {
        const counts = cell.value !== '' || (!valuesOnly && Object.keys(cell.format).length > 0);
        if (!counts) continue;
        used = used
          ? { top: Math.min(used.top, row), left: Math.min(used.left, column), bottom: Math.max(used.bottom, row), right: Math.max(used.right, column) }
          : { top: row, left: column, bottom: row, right: column };
      }
    }
    return used;
  }

  /** Inserts (count > 0) or deletes (count < 0) whole rows at `row`, moving everything below. */
  shiftRows(row: number, count: number): void {
    const moved = new Map<number, Map<number, CellModel>>();
    for (const [r, line] of this.cells) {
      if (count < 0 && r >= row && r < row - count) continue;
      moved.set(r >= row ? r + count : r, line);
    }
    this.cells.clear();
    for (const [r, line] of moved) this.cells.set(r, line);
    const notes = [...this.notes];
    this.notes.clear();
    for (const [key, text] of notes) {
      const [r, c] = key.split(',').map(Number);
      if (count < 0 && r >= row && r < row - count) continue;
      this.notes.set(`${r >= row ? r + count : r},${c}`, text);
    }
  }

  addValidation(model: ValidationModel): void {
    this.clearValidation(model.rect);
    this.validations.push(model);
  }

  clearValidation(rect: Rect): void {
    this.validations = this.validations.flatMap((v) => subtract(v.rect, rect).map((part) => ({ ...v, rect: part })));
  }
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  /** Header row included. */
  rect: Rect;
  style: string;
}

/** The state of one workbook: what Excel itself would hold, independent of any add-in's proxies. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  activeSheet: SheetModel | null = null;
  private nextId = 1;

  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named "${name}" exists`);
    if (!/^[^:\\/?*[\]]{1,31}$/.test(name) || name.startsWith("'")) throw new Error(`InvalidArgument: bad sheet name "${name}"`);
    const sheet = new SheetModel(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) throw new Error('InvalidOperation: a workbook must keep one visible sheet');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.visibility === 'Visible') ?? null;
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    if (!hasHeaders) throw new Error('Not modelled: tables without a header row');
    if (this.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) {
      throw new Error('InvalidOperation: a table cannot overlap another table');
    }
    if (sheet.merges.some((m) => intersects(m, rect))) throw new Error('InvalidOperation: a table cannot contain merged cells');
    // A table always has a data row: a header-only range takes the row below it.
    const body = rect.bottom === rect.top ? { ...rect, bottom: rect.top + 1 } : rect;
    const seen = new Set<string>();
    for (let column = rect.left; column <= rect.right; column++) {
      const cell = sheet.ensureCell(rect.top, column);
      let header = cell.value === '' ? `Column${column - rect.left + 1}` : String(cell.value);
      const base = header;
      for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base}${n}`;
      seen.add(header.toLowerCase());
      cell.value = header;
    }
    const table: TableModel = { name: `Table${this.tables.length + 1}`, sheet, rect: body, style: 'TableStyleMedium2' };
    this.tables.push(table);
    return table;
  }

  tableAt(sheet: SheetModel, row: number, column: number): TableModel | undefined {
    return this.tables.find((t) => t.sheet === sheet && contains(t.rect, { top: row, bottom: row, left: column, right: column }));
  }

  /** Rows inserted into a table take the number formats of the row above, as Excel extends a table. */
  growTable(table: TableModel, rows: number): void {
    const last = table.rect.bottom;
    for (let r = 1; r <= rows; r++) {
      for (let column = table.rect.left; column <= table.rect.right; column++) {
        const above = table.sheet.format(last, column, 'numberFormat');
        table.sheet.ensureCell(last + r, column).format.numberFormat = above;
      }
    }
    table.rect = { ...table.rect, bottom: Math.min(LAST_ROW, last + rows) };
  }
}
