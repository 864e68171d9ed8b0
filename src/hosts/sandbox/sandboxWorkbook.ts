import type { CellRange, HexColor } from '../../core/summary/sheetSpec';
import { SandboxHost } from './sandboxHost';
import { protect, unprotect } from './sandboxProtection';
import { blockAt, formatAt, noteKey, removeRows, setCell, setFormat } from './sandboxSheet';
import { enteredValue, validationAlert } from './userEntry';
import type { WorkbookEvent } from './workbookEvents';

// The snapshot a workbook is made from and saved as (workbookStorage, the pane-open benchmark).
export type { WorkbookSnapshot } from './workbookSnapshot';

/** A typed value the sheet's data validation refused (Excel's stop alert): nothing was changed. */
export interface EntryRejection {
  row: number;
  column: number;
  title: string;
  message: string;
}

/** Columns a whole-row change spans (Excel's last column, XFD). */
const WHOLE_ROW_RIGHT = 16_383;

/**
 * The browser sandbox's spreadsheet: the SpreadsheetHost port (SandboxHost) plus what the user does in the
 * grid and with the page's buttons — typing, pasting, deleting rows, colouring, noting, selecting, switching
 * sheets, protecting. The user's edits are stored as Excel would store them and reach the add-in as change
 * events; the grid watches the workbook to redraw.
 */
export class SandboxWorkbook extends SandboxHost {
  /** Calls `listener` after anything in the workbook changed; returns the function that stops it. */
  watch(listener: (event: WorkbookEvent) => void): () => void {
    return this.events.watch(listener);
  }

  /** Resolves once every change handler started so far has finished. */
  settled(): Promise<void> {
    return this.events.settled();
  }

  /**
   * What the user typed or pasted into a block of cells starting at (row, column). Each text is stored as
   * Excel would (dates, numbers, text); a value the sheet's validation refuses leaves the whole block unchanged
   * and comes back as the stop alert. Accepted edits are reported to `onSheetChanged` listeners.
   */
  enterText(sheetName: string, row: number, column: number, texts: string[][]): EntryRejection | null {
    const sheet = this.requireSheet(sheetName);
    const entries = texts.flatMap((line, r) => line.map((text, c) => {
      const at = { row: row + r, column: column + c };
      return { ...at, ...enteredValue(text, formatAt(sheet, at.row, at.column)) };
    }));
    for (const entry of entries) {
      const alert = validationAlert(sheet.validation, entry.row, entry.column, entry.value);
      if (alert) return { row: entry.row, column: entry.column, ...alert };
    }
    for (const entry of entries) {
      setCell(sheet, entry.row, entry.column, entry.value);
      if (entry.format !== formatAt(sheet, entry.row, entry.column)) setFormat(sheet, entry.row, entry.column, entry.format);
    }
    const range = blockAt(row, column, texts);
    this.events.notify({ kind: 'cells', sheet: sheetName, range });
    this.events.reportChange({ sheet: sheetName, range });
    return null;
  }

  /** The user deleted whole rows: everything below moves up, and listeners hear of a shifted change. */
  deleteRows(sheetName: string, row: number, count: number): void {
    removeRows(this.requireSheet(sheetName), row, count);
    this.events.notify({ kind: 'sheet', sheet: sheetName });
    this.events.reportChange({ sheet: sheetName, range: { top: row, left: 0, bottom: row + count - 1, right: WHOLE_ROW_RIGHT }, shifted: true });
  }

  /** The user coloured a cell (a colour of their own, which the add-in's marks leave alone). */
  fillCell(sheetName: string, row: number, column: number, fill: HexColor): void {
    const sheet = this.requireSheet(sheetName);
    (sheet.styles[row] ??= [])[column] = { ...(sheet.styles[row][column] ?? {}), fill };
    this.events.notify({ kind: 'sheet', sheet: sheetName });
  }

  /** The user wrote a note on a cell. */
  noteCell(sheetName: string, row: number, column: number, note: string): void {
    this.requireSheet(sheetName).notes[noteKey(row, column)] = note;
    this.events.notify({ kind: 'sheet', sheet: sheetName });
  }

  /** The user moved the selection (the task pane shows that row's customer). */
  select(sheetName: string, range: CellRange): void {
    this.events.reportSelection(sheetName, range);
  }

  /** The user clicked a sheet tab. */
  showSheet(name: string): void {
    this.activate(name);
  }

  /** The user protects a sheet (审阅 → 保护工作表) with a password. */
  protectSheet(name: string, password: string): void {
    protect(this.requireSheet(name), password);
    this.events.notify({ kind: 'sheet', sheet: name });
  }

  /** The user lifts the protection; false (still protected) for a wrong password. */
  unprotectSheet(name: string, password: string): boolean {
    const done = unprotect(this.requireSheet(name), password);
    this.events.notify({ kind: 'sheet', sheet: name });
    return done;
  }
}
