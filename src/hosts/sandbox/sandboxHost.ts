import type { CellValue } from '../../core/register/cellValue';
import type { CellRange, PageLayout, SheetSpec } from '../../core/summary/sheetSpec';
import {
  refusedOnProtected, type ColumnFormats, type ColumnSpan, type ConditionalFormatRule, type HostCapabilities, type RowMark,
  type SheetChange, type SpreadsheetHost, type TableDefinition, type UnprotectedOutcome, type ValidationRule,
  type WorkbookSettings, type WriteOutcome,
} from '../spreadsheetHost';
import { isSheetProtected, refuseFormatting, withUnprotected } from './sandboxProtection';
import { blockAt, emptySheet, readBlock, usedSize, writeValues, type SandboxSheet } from './sandboxSheet';
import { startTable, tableContents, type SandboxTable } from './sandboxTables';
import { sheetFromSpec } from './sheetFromSpec';
import { WorkbookEvents } from './workbookEvents';
import { newWorkbookSnapshot, type WorkbookSnapshot } from './workbookSnapshot';

const CAPABILITIES: HostCapabilities = {
  host: 'sandbox', canPrint: false, seesSelection: true, conditionalFormats: false, rowNotes: true,
};

/**
 * The SpreadsheetHost port over an in-memory workbook, exactly as the Excel adapter behaves (same values,
 * formats, refusals on a protected sheet). It holds no DOM code, so the host contract suite runs against it
 * in Node. The host's own writes never raise change events, as the port requires; they only tell the grid
 * (`events.notify`) what to redraw.
 */
export class SandboxHost implements SpreadsheetHost {
  readonly capabilities = CAPABILITIES;
  readonly settings: WorkbookSettings;
  protected readonly events = new WorkbookEvents();
  private readonly sheets: SandboxSheet[];
  private readonly tables: Record<string, SandboxTable>;
  private readonly settingValues: Record<string, unknown>;
  private active: string | null;
  private readonly conditionalFormats = new Map<string, ConditionalFormatRule[]>();

  constructor(snapshot?: WorkbookSnapshot) {
    const copy = snapshot ? structuredClone(snapshot) : newWorkbookSnapshot();
    this.sheets = copy.sheets;
    this.tables = copy.tables;
    this.settingValues = copy.settings;
    this.active = copy.activeSheet;
    this.settings = {
      get: async <T>(key: string) => (key in this.settingValues ? structuredClone(this.settingValues[key]) as T : null),
      set: async <T>(key: string, value: T) => {
        this.settingValues[key] = structuredClone(value);
        this.events.notify({ kind: 'settings' });
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

  /** A sheet's data for the grid (read-only by convention; change it through the port or the user's actions). */
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

  async isProtected(name: string): Promise<boolean> {
    return isSheetProtected(this.requireSheet(name));
  }

  async withSheetUnprotected<T>(name: string, password: string, work: () => Promise<T>): Promise<UnprotectedOutcome<T>> {
    const outcome = await withUnprotected(this.requireSheet(name), password, work);
    this.events.notify({ kind: 'sheet', sheet: name });
    return outcome;
  }

  async writeRange(name: string, row: number, column: number, values: CellValue[][], formats?: ColumnFormats): Promise<WriteOutcome> {
    const sheet = this.requireSheet(name);
    // As in Excel and WPS: on a protected sheet nothing is written, never half a row.
    if (isSheetProtected(sheet)) return refusedOnProtected(name);
    writeValues(sheet, row, column, values, formats);
    if (values.length > 0) this.events.notify({ kind: 'cells', sheet: name, range: blockAt(row, column, values) });
    return {};
  }

  async ensureTable(table: TableDefinition): Promise<{ created: boolean }> {
    if (this.tables[table.tableName]) return { created: false };
    this.tables[table.tableName] = startTable(this.sheet(table.sheet) ?? this.addSheet(table.sheet), table);
    this.events.notify({ kind: 'sheet', sheet: table.sheet });
    return { created: true };
  }

  async readTable(tableName: string): Promise<{ sheet: string; firstDataRow: number; header: CellValue[]; rows: CellValue[][] } | null> {
    const table = this.tables[tableName];
    const sheet = table && this.sheet(table.sheet);
    return table && sheet ? { sheet: table.sheet, ...tableContents(sheet, table) } : null;
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
    this.events.notify({ kind: 'sheet', sheet: name });
  }

  async setValidation(name: string, rules: ValidationRule[]): Promise<void> {
    const sheet = this.requireSheet(name);
    refuseFormatting(sheet, 'set data validation');
    const columns = new Set(rules.map((r) => r.column));
    sheet.validation = [...sheet.validation.filter((r) => !columns.has(r.column)), ...structuredClone(rules)];
    this.events.notify({ kind: 'sheet', sheet: name });
  }

  async setConditionalFormats(name: string, rules: ConditionalFormatRule[]): Promise<void> {
    refuseFormatting(this.requireSheet(name), 'set conditional formats');
    this.conditionalFormats.set(name, [...rules]);
    this.events.notify({ kind: 'sheet', sheet: name });
  }

  async markRows(name: string, marks: RowMark[], columns: ColumnSpan): Promise<void> {
    const sheet = this.requireSheet(name);
    refuseFormatting(sheet, 'format cells');
    for (const mark of marks) {
      // The sandbox grid has no user colours or notes of its own: every mark here is the add-in's.
      if (mark.fill === null && mark.note === null) delete sheet.marks[mark.row];
      else sheet.marks[mark.row] = { fill: mark.fill, columns: { ...columns }, note: mark.note, noteColumn: mark.noteColumn };
    }
    if (marks.length > 0) this.events.notify({ kind: 'sheet', sheet: name });
  }

  async writeSheetSpec(spec: SheetSpec): Promise<void> {
    const existing = this.sheets.findIndex((s) => s.name === spec.name);
    const sheet = sheetFromSpec(spec);
    if (existing >= 0) this.sheets[existing] = sheet;
    else this.sheets.push(sheet);
    this.events.notify(existing >= 0 ? { kind: 'sheet', sheet: spec.name } : { kind: 'sheets' });
  }

  async setPageLayout(name: string, layout: PageLayout): Promise<void> {
    this.requireSheet(name).pageLayout = { layout: structuredClone(layout), rowBreaks: [], columnWidths: [] };
  }

  async activateSheet(name: string): Promise<void> {
    this.activate(name);
  }

  async onSheetChanged(sheet: string, handler: (change: SheetChange) => unknown): Promise<() => Promise<void>> {
    return this.events.onSheetChanged(sheet, handler);
  }

  async onSelectionChanged(sheet: string, handler: (selection: CellRange) => void): Promise<() => Promise<void>> {
    return this.events.onSelectionChanged(sheet, handler);
  }

  /** Brings a sheet to the front (the add-in's activateSheet, or the user clicking its tab). */
  protected activate(name: string): void {
    this.requireSheet(name);
    this.active = name;
    this.events.notify({ kind: 'activate', sheet: name });
  }

  protected requireSheet(name: string): SandboxSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`The workbook has no sheet "${name}"`);
    return sheet;
  }

  private addSheet(name: string): SandboxSheet {
    const sheet = emptySheet(name);
    this.sheets.push(sheet);
    this.events.notify({ kind: 'sheets' });
    return sheet;
  }
}
