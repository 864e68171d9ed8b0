import type { CellValue } from '../../core/register/cellValue';
import { excelSerialOf } from '../../core/register/dateCell';
import { asSafeText } from '../../core/register/formulaGuard';
import { TEXT_FORMAT } from '../../core/register/registerSchema';
import type { CellRange, HexColor, PageLayout, SheetSpec } from '../../core/summary/sheetSpec';
import type {
  UnprotectedOutcome, WriteOutcome,
  ColumnFormats, ColumnSpan, ConditionalFormatRule, HostCapabilities, RowMark, SheetChange, SpreadsheetHost,
  TableDefinition, ValidationRule, WorkbookSettings,
} from '../spreadsheetHost';
import {
  emptySheet, formatAt, isBlank, noteKey, readBlock, setCell, setFormat, usedSize, type SandboxSheet,
} from './sandboxSheet';
import { enteredValue, validationAlert } from './userEntry';
import { isSheetProtected, protect, refuseFormatting, unprotect, withUnprotected } from './sandboxProtection';
import { refusedOnProtected } from '../spreadsheetHost';

/** Where a table sits: its header row and how many columns it spans from column A. */
export interface SandboxTable {
  sheet: string;
  headerRow: number;
  columnCount: number;
}

/**
 * Everything the workbook holds, as JSON, so the sandbox can keep it across page loads. Conditional formats
 * are left out: their conditions are functions, and the add-in sets them again whenever it opens the register.
 */
export interface WorkbookSnapshot {
  sheets: SandboxSheet[];
  tables: Record<string, SandboxTable>;
  settings: Record<string, unknown>;
  activeSheet: string | null;
}

/** What changed, for the grid that draws the workbook. */
export type WorkbookEvent =
  | { kind: 'cells'; sheet: string; range: CellRange }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'sheets' }
  | { kind: 'activate'; sheet: string }
  | { kind: 'settings' };

/** A typed value the sheet's data validation refused (Excel's stop alert): nothing was changed. */
export interface EntryRejection {
  row: number;
  column: number;
  title: string;
  message: string;
}

type Listener<T> = (event: T) => void;
type ChangeHandler = (change: SheetChange) => unknown;

/** The sheet a new workbook starts with. */
export const FIRST_SHEET = 'Sheet1';

/** Columns a whole-row change spans (Excel's last column, XFD). */
const WHOLE_ROW_RIGHT = 16_383;

const CAPABILITIES: HostCapabilities = {
  host: 'sandbox', canPrint: false, seesSelection: true, conditionalFormats: false, rowNotes: true,
};

/**
 * The browser sandbox's spreadsheet: an in-memory workbook that implements the SpreadsheetHost port exactly
 * as the Excel adapter does (same values, formats and events), drawn by a grid view. It holds no DOM code,
 * so the host contract suite runs against it in Node. Users' edits come in through `enterText`; the host's
 * own writes never raise change events, as the port requires.
 */
export class SandboxWorkbook implements SpreadsheetHost {
  readonly capabilities = CAPABILITIES;
  readonly settings: WorkbookSettings;
  private readonly sheets: SandboxSheet[];
  private readonly tables: Record<string, SandboxTable>;
  private readonly settingValues: Record<string, unknown>;
  private active: string | null;
  private readonly conditionalFormats = new Map<string, ConditionalFormatRule[]>();
  private readonly changeListeners = new Set<{ sheet: string; handler: ChangeHandler }>();
  /** The change handlers still running, so a caller (a test, the grid) can wait for the add-in's reaction. */
  private pending: Promise<unknown> = Promise.resolve();
  private readonly selectionListeners = new Set<{ sheet: string; handler: Listener<CellRange> }>();
  private readonly watchers = new Set<Listener<WorkbookEvent>>();

  constructor(snapshot?: WorkbookSnapshot) {
    // A new workbook has one empty sheet, as in Excel.
    const copy: WorkbookSnapshot = snapshot
      ? structuredClone(snapshot)
      : { sheets: [emptySheet(FIRST_SHEET)], tables: {}, settings: {}, activeSheet: null };
    this.sheets = copy.sheets;
    this.tables = copy.tables;
    this.settingValues = copy.settings;
    this.active = copy.activeSheet;
    this.settings = {
      get: async <T>(key: string) => (key in this.settingValues ? structuredClone(this.settingValues[key]) as T : null),
      set: async <T>(key: string, value: T) => {
        this.settingValues[key] = structuredClone(value);
        this.notify({ kind: 'settings' });
      },
    };
  }

  snapshot(): WorkbookSnapshot {
    return structuredClone({ sheets: this.sheets, tables: this.tables, settings: this.settingValues, activeSheet: this.active });
  }

  /** The sheet the grid shows. */
  get activeSheet(): string | null {
    return this.active ?? this.sheets[0]?.name ?? null;
  }

  /** A sheet's data for the grid (read-only by convention; change it through the port or `enterText`). */
  sheet(name: string): SandboxSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  tableOn(sheet: string): SandboxTable | undefined {
    return Object.values(this.tables).find((t) => t.sheet === sheet);
  }

  /** The add-in's conditional formats on a sheet, which the grid evaluates row by row. */
  conditionalFormatsOn(sheet: string): readonly ConditionalFormatRule[] {
    return this.conditionalFormats.get(sheet) ?? [];
  }

  /** Resolves once every change handler started so far has finished. */
  settled(): Promise<void> {
    return this.pending.then(() => undefined);
  }

  /** Calls `listener` after anything in the workbook changed; returns the function that stops it. */
  watch(listener: Listener<WorkbookEvent>): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  // ——— the user's side: typing, pasting, selecting ———

  /**
   * What the user typed or pasted into a block of cells starting at (row, column). Each text is stored as
   * Excel would (dates, numbers, text); a value the sheet's validation refuses leaves the whole block unchanged
   * and comes back as the stop alert. Accepted edits are reported to `onSheetChanged` listeners.
   */
  enterText(sheetName: string, row: number, column: number, texts: string[][]): EntryRejection | null {
    const sheet = this.requireSheet(sheetName);
    const entries = texts.map((line, r) => line.map((text, c) => {
      const at = { row: row + r, column: column + c };
      return { ...at, ...enteredValue(text, formatAt(sheet, at.row, at.column)) };
    }));
    for (const entry of entries.flat()) {
      const alert = validationAlert(sheet.validation, entry.row, entry.column, entry.value);
      if (alert) return { row: entry.row, column: entry.column, ...alert };
    }
    for (const entry of entries.flat()) {
      setCell(sheet, entry.row, entry.column, entry.value);
      if (entry.format !== formatAt(sheet, entry.row, entry.column)) setFormat(sheet, entry.row, entry.column, entry.format);
    }
    const width = Math.max(1, ...texts.map((line) => line.length));
    const range = { top: row, left: column, bottom: row + Math.max(1, texts.length) - 1, right: column + width - 1 };
    this.notify({ kind: 'cells', sheet: sheetName, range });
    this.reportChange(sheetName, { sheet: sheetName, range });
    return null;
  }

  /** The user deleted whole rows: everything below moves up, and listeners hear of a shifted change. */
  deleteRows(sheetName: string, row: number, count: number): void {
    const sheet = this.requireSheet(sheetName);
    for (const layer of [sheet.values, sheet.formats, sheet.styles] as unknown[][][]) layer.splice(row, count);
    const marks: SandboxSheet['marks'] = {};
    for (const [at, mark] of Object.entries(sheet.marks)) {
      const r = Number(at);
      if (r < row) marks[r] = mark;
      else if (r >= row + count) marks[r - count] = mark;
    }
    sheet.marks = marks;
    const range = { top: row, left: 0, bottom: row + count - 1, right: WHOLE_ROW_RIGHT };
    this.notify({ kind: 'sheet', sheet: sheetName });
    this.reportChange(sheetName, { sheet: sheetName, range, shifted: true });
  }

  /** The user coloured a cell (a colour of their own, which the add-in's marks leave alone). */
  fillCell(sheetName: string, row: number, column: number, fill: HexColor): void {
    const sheet = this.requireSheet(sheetName);
    (sheet.styles[row] ??= [])[column] = { ...(sheet.styles[row][column] ?? {}), fill };
    this.notify({ kind: 'sheet', sheet: sheetName });
  }

  /** The user wrote a note on a cell. */
  noteCell(sheetName: string, row: number, column: number, note: string): void {
    this.requireSheet(sheetName).notes[noteKey(row, column)] = note;
    this.notify({ kind: 'sheet', sheet: sheetName });
  }

  /** The user moved the selection (the task pane shows that row's customer). */
  select(sheetName: string, range: CellRange): void {
    for (const listener of this.selectionListeners) {
      if (listener.sheet === sheetName) this.track(deliver(listener.handler, range));
    }
  }

  /** The user clicked a sheet tab. */
  showSheet(name: string): void {
    this.requireSheet(name);
    this.active = name;
    this.notify({ kind: 'activate', sheet: name });
  }

  // ——— the SpreadsheetHost port ———

  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readSheet(name: string): Promise<CellValue[][] | null> {
    const sheet = this.sheet(name);
    if (!sheet) return null;
    const { rows, columns } = usedSize(sheet);
    return rows === 0 ? [] : readBlock(sheet, { top: 0, left: 0, bottom: rows - 1, right: columns - 1 });
  }

  async readRange(name: string, range: CellRange): Promise<CellValue[][]> {
    return readBlock(this.requireSheet(name), range);
  }

  /** The user protects a sheet (审阅 → 保护工作表) with a password. */
  protectSheet(name: string, password: string): void {
    protect(this.requireSheet(name), password);
    this.notify({ kind: 'sheet', sheet: name });
  }

  /** The user lifts the protection; false (still protected) for a wrong password. */
  unprotectSheet(name: string, password: string): boolean {
    const done = unprotect(this.requireSheet(name), password);
    this.notify({ kind: 'sheet', sheet: name });
    return done;
  }

  async isProtected(name: string): Promise<boolean> {
    return isSheetProtected(this.requireSheet(name));
  }

  async withSheetUnprotected<T>(name: string, password: string, work: () => Promise<T>): Promise<UnprotectedOutcome<T>> {
    const sheet = this.requireSheet(name);
    const outcome = await withUnprotected(sheet, password, work);
    this.notify({ kind: 'sheet', sheet: name });
    return outcome;
  }

  async writeRange(name: string, row: number, column: number, values: CellValue[][], formats?: ColumnFormats): Promise<WriteOutcome> {
    const sheet = this.requireSheet(name);
    // As in Excel and WPS: on a protected sheet nothing is written, never half a row.
    if (isSheetProtected(sheet)) return refusedOnProtected(name);
    values.forEach((line, r) => line.forEach((value, c) => {
      const format = formats?.[c] ?? null;
      if (format !== null) setFormat(sheet, row + r, column + c, format);
      else if (typeof value === 'string' && asSafeText(value).needsTextFormat) setFormat(sheet, row + r, column + c, TEXT_FORMAT);
      setCell(sheet, row + r, column + c, value === null ? '' : value);
    }));
    if (values.length > 0) {
      const width = Math.max(1, ...values.map((line) => line.length));
      this.notify({ kind: 'cells', sheet: name, range: { top: row, left: column, bottom: row + values.length - 1, right: column + width - 1 } });
    }
    return {};
  }

  async ensureTable(table: TableDefinition): Promise<{ created: boolean }> {
    if (this.tables[table.tableName]) return { created: false };
    const sheet = this.sheet(table.sheet) ?? this.addSheet(table.sheet);
    table.columns.forEach((column, c) => {
      setCell(sheet, 0, c, column.header);
      setFormat(sheet, 0, c, TEXT_FORMAT);
    });
    this.describeColumns(sheet, table);
    this.tables[table.tableName] = { sheet: table.sheet, headerRow: 0, columnCount: table.columns.length };
    this.notify({ kind: 'sheet', sheet: table.sheet });
    return { created: true };
  }

  async readTable(tableName: string): Promise<{ sheet: string; firstDataRow: number; header: CellValue[]; rows: CellValue[][] } | null> {
    const table = this.tables[tableName];
    const sheet = table && this.sheet(table.sheet);
    if (!table || !sheet) return null;
    const firstDataRow = table.headerRow + 1;
    let last = firstDataRow - 1;
    for (let r = sheet.values.length - 1; r >= firstDataRow; r--) {
      const row = sheet.values[r];
      if (row && row.slice(0, table.columnCount).some((v) => !isBlank(v))) {
        last = r;
        break;
      }
    }
    const rows = last < firstDataRow
      ? []
      : readBlock(sheet, { top: firstDataRow, left: 0, bottom: last, right: table.columnCount - 1 });
    const [header] = readBlock(sheet, { top: table.headerRow, left: 0, bottom: table.headerRow, right: table.columnCount - 1 });
    return { sheet: table.sheet, firstDataRow, header, rows };
  }

  async appendRows(tableName: string, rows: CellValue[][], formats?: ColumnFormats): Promise<{ firstRow: number } & WriteOutcome> {
    const table = this.tables[tableName];
    const current = await this.readTable(tableName);
    if (!table || !current) throw new Error(`The workbook has no table "${tableName}"`);
    const firstRow = current.firstDataRow + current.rows.length;
    return { firstRow, ...(await this.writeRange(table.sheet, firstRow, 0, rows, formats)) };
  }

  async convertToTable(name: string, headerRow: number, columnCount: number, tableName: string): Promise<void> {
    this.requireSheet(name);
    this.tables[tableName] = { sheet: name, headerRow, columnCount };
    this.notify({ kind: 'sheet', sheet: name });
  }

  async setValidation(name: string, rules: ValidationRule[]): Promise<void> {
    const sheet = this.requireSheet(name);
    refuseFormatting(sheet, 'set data validation');
    const columns = new Set(rules.map((r) => r.column));
    sheet.validation = [...sheet.validation.filter((r) => !columns.has(r.column)), ...structuredClone(rules)];
    this.notify({ kind: 'sheet', sheet: name });
  }

  async setConditionalFormats(name: string, rules: ConditionalFormatRule[]): Promise<void> {
    refuseFormatting(this.requireSheet(name), 'set conditional formats');
    this.conditionalFormats.set(name, [...rules]);
    this.notify({ kind: 'sheet', sheet: name });
  }

  async markRows(name: string, marks: RowMark[], columns: ColumnSpan): Promise<void> {
    const sheet = this.requireSheet(name);
    refuseFormatting(sheet, 'format cells');
    for (const mark of marks) {
      // The sandbox grid has no user colours or notes of its own: every mark here is the add-in's.
      if (mark.fill === null && mark.note === null) delete sheet.marks[mark.row];
      else sheet.marks[mark.row] = { fill: mark.fill, columns: { ...columns }, note: mark.note, noteColumn: mark.noteColumn };
    }
    if (marks.length > 0) this.notify({ kind: 'sheet', sheet: name });
  }

  async writeSheetSpec(spec: SheetSpec): Promise<void> {
    const existing = this.sheets.findIndex((s) => s.name === spec.name);
    const sheet = emptySheet(spec.name);
    if (existing >= 0) this.sheets[existing] = sheet;
    else this.sheets.push(sheet);
    spec.rows.forEach((cells, r) => cells.forEach((cell, c) => {
      const style = cell.style === undefined ? null : spec.styles[cell.style] ?? null;
      if (style) (sheet.styles[r] ??= [])[c] = style;
      const value = cell.value;
      if (value !== null && typeof value === 'object') {
        setCell(sheet, r, c, excelSerialOf(value.date));
        setFormat(sheet, r, c, style?.numberFormat ?? 'yyyy-mm-dd');
      } else {
        setCell(sheet, r, c, value === null ? '' : value);
        setFormat(sheet, r, c, style?.numberFormat ?? (typeof value === 'string' ? TEXT_FORMAT : null));
      }
    }));
    sheet.columnWidths = [...spec.columnWidths];
    sheet.merges = structuredClone(spec.merges);
    sheet.frozenRows = spec.frozenRows;
    sheet.pageLayout = { layout: structuredClone(spec.pageLayout), rowBreaks: [...spec.rowBreaks], columnWidths: [...spec.columnWidths] };
    this.notify(existing >= 0 ? { kind: 'sheet', sheet: spec.name } : { kind: 'sheets' });
  }

  async setPageLayout(name: string, layout: PageLayout): Promise<void> {
    this.requireSheet(name).pageLayout = { layout: structuredClone(layout), rowBreaks: [], columnWidths: [] };
  }

  async activateSheet(name: string): Promise<void> {
    this.showSheet(name);
  }

  async onSheetChanged(sheet: string, handler: ChangeHandler): Promise<() => Promise<void>> {
    const listener = { sheet, handler };
    this.changeListeners.add(listener);
    return async () => { this.changeListeners.delete(listener); };
  }

  async onSelectionChanged(sheet: string, handler: (selection: CellRange) => void): Promise<() => Promise<void>> {
    const listener = { sheet, handler };
    this.selectionListeners.add(listener);
    return async () => { this.selectionListeners.delete(listener); };
  }

  // ——— internals ———

  private addSheet(name: string): SandboxSheet {
    const sheet = emptySheet(name);
    this.sheets.push(sheet);
    this.notify({ kind: 'sheets' });
    return sheet;
  }

  private requireSheet(name: string): SandboxSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`The workbook has no sheet "${name}"`);
    return sheet;
  }

  private describeColumns(sheet: SandboxSheet, table: TableDefinition): void {
    sheet.columnFormats = table.columns.map((c) => c.numberFormat || null);
    sheet.columnWidths = table.columns.map((c) => c.width);
    sheet.computedColumns = table.columns.flatMap((c, i) => (c.computed ? [i] : []));
    if (table.freezeHeader) sheet.frozenRows = 1;
  }

  private notify(event: WorkbookEvent): void {
    for (const watcher of this.watchers) watcher(event);
  }

  private reportChange(sheetName: string, change: SheetChange): void {
    for (const listener of this.changeListeners) {
      if (listener.sheet === sheetName) this.track(deliver(listener.handler, change));
    }
  }

  private track(work: Promise<void>): void {
    this.pending = Promise.all([this.pending, work]);
  }
}

/** Events reach listeners after the edit is in place, as Office's do, and a failing listener breaks nothing. */
async function deliver<T>(handler: (event: T) => unknown, event: T): Promise<void> {
  await Promise.resolve();
  try {
    await handler(event);
  } catch (error) {
    console.error('Sandbox event handler failed', error);
  }
}
