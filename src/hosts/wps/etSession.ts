import type { EtApplication, EtSheets, EtWorkbook, EtWorksheet } from './etObjectModel';
import { XL_SHEET_VERY_HIDDEN } from './etConstants';

export interface SheetEntry {
  name: string;
  visible: number;
  sheet: EtWorksheet;
}

/**
 * The add-in's hold on ET: the one workbook it serves, sheet lookups that never throw on a missing name, and
 * batches during which the add-in's own writes raise no change events.
 *
 * WPS has one task pane for all open workbooks, so the session binds to the workbook that was active when it
 * was made (the one the pane opened on) and keeps to it when the user switches windows: reads, writes and
 * settings never wander into whichever workbook is in front.
 */
export class EtSession {
  private depth = 0;
  private readonly bound: EtWorkbook | null;
  /** The served workbook's name: ET keeps open workbooks' names unique, and wrappers need not be identical. */
  readonly workbookName: string | null;

  constructor(readonly app: EtApplication) {
    this.bound = app.ActiveWorkbook;
    this.workbookName = this.bound ? this.bound.Name : null;
  }

  /** True while the add-in itself is writing: change events seen now are its own. */
  get busy(): boolean {
    return this.depth > 0;
  }

  workbook(): EtWorkbook {
    if (!this.bound) throw new Error('WPS has no workbook open');
    return this.bound;
  }

  /**
   * Brings a sheet of the served workbook in front: window settings (freeze, selection) apply to the active
   * window, and ET refuses Worksheet.Activate in a workbook that is not active, so that workbook comes first.
   */
  activate(sheet: EtWorksheet): void {
    if (this.app.ActiveWorkbook?.Name !== this.workbookName) this.workbook().Activate();
    sheet.Activate();
  }

  /** The sheet in front in the served workbook. */
  activeSheet(): EtWorksheet {
    return this.workbook().ActiveSheet;
  }

  /** Whether a sheet (an event's, say) belongs to the served workbook. */
  serves(sheet: EtWorksheet): boolean {
    return this.workbookName !== null && sheet.Parent.Name === this.workbookName;
  }

  /** Every sheet with its name and visibility, in tab order: a few calls per sheet, none per cell. */
  sheets(): SheetEntry[] {
    const sheets = this.workbook().Sheets;
    const entries: SheetEntry[] = [];
    for (let i = 1, count = sheets.Count; i <= count; i += 1) {
      const sheet = worksheetAt(sheets, i);
      entries.push({ name: sheet.Name, visible: sheet.Visible, sheet });
    }
    return entries;
  }

  /**
   * The sheet of that name (ET ignores case), in a constant number of calls however many sheets there are.
   * Sheets.Item fails on an unknown name; a WPS that answers with nothing instead is handled the same way.
   */
  findSheet(name: string): EtWorksheet | null {
    const sheets = this.workbook().Sheets;
    try {
      return worksheetAt(sheets, name) ?? null;
    } catch {
      return null;
    }
  }

  requireSheet(name: string): EtWorksheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`The workbook has no sheet "${name}"`);
    return sheet;
  }

  /** A new sheet, named, before `before` or after the last one; ET activates it, as it would a user's. */
  addSheet(name: string, before?: EtWorksheet): EtWorksheet {
    const sheets = this.workbook().Sheets;
    const sheet = before ? sheets.Add(before) : sheets.Add(undefined, worksheetAt(sheets, sheets.Count));
    sheet.Name = name;
    return sheet;
  }

  /**
   * Runs the add-in's writes with events off, the screen frozen and alerts off, restoring all three after.
   * EnableEvents is Excel's switch, and `busy` covers a WPS build whose JS events ignore it (they arrive
   * synchronously); with alerts off no confirmation (deleting a sheet, merging filled cells) blocks a write.
   */
  batch<T>(work: () => T): T {
    const app = this.app;
    const events = app.EnableEvents;
    const screen = app.ScreenUpdating;
    const alerts = app.DisplayAlerts;
    this.depth += 1;
    app.EnableEvents = false;
    app.ScreenUpdating = false;
    app.DisplayAlerts = false;
    try {
      return work();
    } finally {
      app.EnableEvents = events;
      app.ScreenUpdating = screen;
      app.DisplayAlerts = alerts;
      this.depth -= 1;
    }
  }
}

/** Sheets.Item with one index is a Worksheet; the typings widen it for the array form, Sheets(["a", "b"]). */
export function worksheetAt(sheets: EtSheets, index: number | string): EtWorksheet {
  return sheets.Item(index) as EtWorksheet;
}

/** Very hidden sheets are the add-in's own (settings, lists): the user's unhide list does not show them. */
export function isUsersSheet(entry: SheetEntry): boolean {
  return entry.visible !== XL_SHEET_VERY_HIDDEN;
}
