import type { CellValue } from '../core/register/cellValue';
import type { CalendarDate } from '../core/dates/calendarDate';
import type { CellRange, CellStyle, HexColor, PageLayout, SheetSpec } from '../core/summary/sheetSpec';
import { message, type Message } from '../i18n/message';

export type { CellRange, CellStyle, CellValue, HexColor, PageLayout, SheetSpec };

/**
 * What the add-in needs from a spreadsheet, and nothing more. One implementation per host: Excel (Office.js),
 * WPS 表格 (ET JS API) and the browser sandbox. Every method is one batch: an implementation does its reads and
 * writes in a constant number of round trips (Excel: `context.sync()` calls; WPS: cross-process calls per
 * block, never per cell), whatever the number of rows. Addresses are 0-based row/column numbers.
 *
 * What a host cannot do is a capability flag, never an `if (isWps)` in the caller.
 */
export interface SpreadsheetHost {
  readonly capabilities: HostCapabilities;

  /** Names of the workbook's sheets, in tab order (sheets hidden from the user's unhide list are left out). */
  listSheets(): Promise<string[]>;
  /** The used range of a sheet from A1 down/right, as plain values ('' or null for blank); null if no sheet. */
  readSheet(sheet: string): Promise<CellValue[][] | null>;
  /** A block of cells; rows past the used range read as blank. */
  readRange(sheet: string, range: CellRange): Promise<CellValue[][]>;
  /**
   * Writes a block of values starting at (row, column). Text is always written as text: cells whose text
   * would be taken for a formula, number or date (see core/register/formulaGuard) get the '@' format first,
   * in the same batch. Date columns take Excel serial numbers with their date format.
   */
  writeRange(sheet: string, row: number, column: number, values: CellValue[][], formats?: ColumnFormats): Promise<WriteOutcome>;

  /** Creates the sheet and table when missing (header row, widths, formats, frozen header); says which. */
  ensureTable(table: TableDefinition): Promise<{ created: boolean }>;
  /**
   * Rows of a table below its header, as values, plus the sheet row of the first data row. Trailing rows that
   * are entirely blank are left out (an Excel table always keeps at least one data row, even an empty one).
   */
  readTable(tableName: string): Promise<{ sheet: string; firstDataRow: number; header: CellValue[]; rows: CellValue[][] } | null>;
  /**
   * Adds rows at the end of a table, growing it (a new table's one empty data row takes the first of them);
   * formats as in writeRange, applied before the values. Returns the sheet row of the first added row.
   */
  appendRows(tableName: string, rows: CellValue[][], formats?: ColumnFormats): Promise<{ firstRow: number } & WriteOutcome>;

  /** Whether a sheet is protected: the host then refuses writes to its locked cells and growing its table. */
  isProtected(sheet: string): Promise<boolean>;
  /**
   * Runs `work` (the add-in's writes to `sheet`) with the sheet's protection lifted by `password`, and protects
   * it again with the same password afterwards, even when `work` fails. A wrong password is an outcome.
   */
  withSheetUnprotected<T>(sheet: string, password: string, work: () => Promise<T>): Promise<UnprotectedOutcome<T>>;
  /**
   * Turns an existing block into the register table (adopting a team's sheet): the header row at `headerRow`
   * becomes the table's header, the rows below it (down to the last used row) its body. Nothing is deleted
   * or rewritten.
   */
  convertToTable(sheet: string, headerRow: number, columnCount: number, tableName: string): Promise<void>;

  /** Replaces every data-validation rule on the given columns of a sheet (rows from `firstRow` down). */
  setValidation(sheet: string, rules: ValidationRule[]): Promise<void>;
  /** Replaces the add-in's conditional formats on a sheet (it never touches the user's own). */
  setConditionalFormats(sheet: string, rules: ConditionalFormatRule[]): Promise<void>;
  /**
   * Fills and notes on rows (duplicate / blocked marks) across `columns`; `fill: null` clears the add-in's
   * mark. Only the add-in's own fills (ROW_MARK_FILLS) and notes (ROW_MARK_NOTE_PREFIX) are ever replaced
   * or cleared: a user's colour or note stays.
   */
  markRows(sheet: string, marks: RowMark[], columns: ColumnSpan): Promise<void>;

  /** Writes a whole sheet from its description (monthly summary, daily list), replacing one of that name. */
  writeSheetSpec(spec: SheetSpec): Promise<void>;
  /**
   * Page setup for printing: paper, orientation, fit to width, print titles, header/footer; removes manual
   * breaks. Sheets with a break per rep come whole through writeSheetSpec, which knows their column widths
   * and prints at a percentage instead (hosts ignore manual breaks under fit-to-pages: core printScale).
   */
  setPageLayout(sheet: string, layout: PageLayout): Promise<void>;
  /** Only when `capabilities.canPrint` (WPS): sends the sheet to the printer. */
  print?(sheet: string): Promise<void>;
  activateSheet(sheet: string): Promise<void>;

  /**
   * Calls `handler` after the user edits cells of `sheet` (typed, pasted, filled, deleted). Changes the add-in
   * makes itself through this host are not reported. Returns a function that stops listening. A handler's
   * promise is awaited by hosts that can (so tests and event queues know when the work is done).
   */
  onSheetChanged(sheet: string, handler: (change: SheetChange) => unknown): Promise<() => Promise<void>>;
  /** Only when `capabilities.seesSelection`: the row the user is on, to show that customer in the task pane. */
  onSelectionChanged?(sheet: string, handler: (selection: CellRange) => void): Promise<() => Promise<void>>;

  /** Per-workbook settings that travel with the file (policy, roster, store choice). */
  readonly settings: WorkbookSettings;
}

export interface HostCapabilities {
  host: 'excel' | 'wps' | 'sandbox';
  /** Can start printing (WPS `PrintOut`); Excel add-ins can only set the layout and ask for Ctrl+P. */
  canPrint: boolean;
  seesSelection: boolean;
  /** Native conditional formats (otherwise the host paints marks itself). */
  conditionalFormats: boolean;
  /** Can put a note on a cell (Excel needs ExcelApi 1.18); without it the task pane alone shows the reasons. */
  rowNotes: boolean;
}

export interface TableDefinition {
  sheet: string;
  tableName: string;
  columns: TableColumn[];
  /** Freeze the header row. */
  freezeHeader: boolean;
}

export interface TableColumn {
  header: string;
  /** Characters of the default font. */
  width: number;
  numberFormat: string;
  /** Written by the add-in only: greyed, and (where the host can) locked. */
  computed: boolean;
}

/**
 * What a write gives back. On a protected sheet the host writes nothing at all (never half a row) and says
 * why in `refused`, for the pane to show.
 */
export interface WriteOutcome {
  refused?: Message;
}

export type UnprotectedOutcome<T> = { done: true; value: T } | { done: false; reason: Message };

export const refusedOnProtected = (sheet: string): WriteOutcome => ({ refused: message('host.protected.refused', { sheet }) });
export const wrongSheetPassword = (sheet: string): UnprotectedOutcome<never> => ({ done: false, reason: message('host.protected.wrongPassword', { sheet }) });

/** Number formats per column of a written block ('@' text, 'yyyy-mm-dd' dates); index = column in the block. */
export type ColumnFormats = (string | null)[];

/** Columns, inclusive on both ends. */
export interface ColumnSpan {
  left: number;
  right: number;
}

export type ValidationRule =
  | { kind: 'list'; column: number; firstRow: number; items: string[]; errorTitle: string; errorMessage: string }
  | { kind: 'date'; column: number; firstRow: number; errorTitle: string; errorMessage: string }
  | { kind: 'textLength'; column: number; firstRow: number; max: number; errorTitle: string; errorMessage: string };

/**
 * A rule that colours cells of the register. `formula` is an A1 formula (with its '=') relative to the
 * top-left cell of `range`, which Excel and WPS evaluate natively; the sandbox evaluates `test` instead.
 */
export interface ConditionalFormatRule {
  /** Stable id, so the add-in replaces its own rules and leaves the user's alone. */
  id: string;
  range: CellRange;
  formula: string;
  /** The same condition for one row: `row` holds the values of the row's cells from column 0. */
  test: (row: readonly CellValue[], context: ConditionContext) => boolean;
  style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold'>;
}

export interface ConditionContext {
  /** The host's today (Excel's TODAY()). */
  today: CalendarDate;
  /** All rows of the sheet from row 0, for rules that compare a row with the others (duplicates). */
  rows: readonly (readonly CellValue[])[];
}

export interface RowMark {
  row: number;
  fill: HexColor | null;
  /** A note shown on the row's name cell (Excel note, WPS comment), or null to clear the add-in's note. */
  note: string | null;
  /** Which column carries the note (the 客户名称 column). */
  noteColumn: number;
}

/** The fills the add-in paints on rows; clearing a mark removes a fill only when it is one of these. */
export const ROW_MARK_FILLS = { blocked: '#FFC7CE', warning: '#FFEB9C' } as const satisfies Record<string, HexColor>;

/** Every note the add-in writes starts with this, so it replaces or removes only its own notes. */
export const ROW_MARK_NOTE_PREFIX = '【客户登记册】';

export interface SheetChange {
  sheet: string;
  /** The changed block (a single cell, a pasted block, a whole column …). */
  range: CellRange;
  /**
   * True when rows or columns were inserted or deleted, so cells below or to the right moved. A host that
   * cannot tell leaves it out; callers then treat a change spanning whole rows or columns as shifted.
   */
  shifted?: boolean;
}

export interface WorkbookSettings {
  get<T>(key: string): Promise<T | null>;
  set<T>(key: string, value: T): Promise<void>;
}
