import { emptySheet, type SandboxSheet } from './sandboxSheet';
import type { SandboxTable } from './sandboxTables';

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

/** A new workbook has one empty sheet, as in Excel. */
export function newWorkbookSnapshot(): WorkbookSnapshot {
  return { sheets: [emptySheet('Sheet1')], tables: {}, settings: {}, activeSheet: null };
}
