import { REGISTER_SHEET_NAME } from '../../core/register/registerSchema';
import type { EtWorkbook } from '../../hosts/wps/etObjectModel';
import type { WpsAddinRoot } from '../../hosts/wps/wpsAddinRoot';
import { showTaskPaneFor } from './taskPaneWindow';

/** Whether a workbook holds the register (a 客户登记 sheet; ET finds sheet names ignoring case). */
export function holdsRegister(workbook: EtWorkbook): boolean {
  try {
    return Boolean(workbook.Sheets.Item(REGISTER_SHEET_NAME));
  } catch {
    return false;
  }
}

/**
 * WPS loads the add-in when 表格 starts, before any pane: from then on every workbook with a register that
 * comes in front gets the pane, so its live check runs without the user opening it (Excel's counterpart is
 * the shared runtime and the AutoShowTaskpaneWithDocument setting). Returns a function that stops watching.
 */
export function watchRegisterWorkbooks(application: () => WpsAddinRoot | null, paneUrl: string): () => void {
  const root = application();
  if (!root) return () => undefined;
  const onFront = (workbook: EtWorkbook) => {
    if (holdsRegister(workbook)) showTaskPaneFor(root, paneUrl, workbook.Name);
  };
  const listener = (workbook: object) => {
    try {
      onFront(workbook as EtWorkbook);
    } catch (error) {
      console.error('客户登记册: could not open the pane for this workbook', error);
    }
  };
  root.ApiEvent.AddApiEventListener('WorkbookActivate', listener);
  if (root.ActiveWorkbook) listener(root.ActiveWorkbook);
  return () => root.ApiEvent.RemoveApiEventListener('WorkbookActivate', listener);
}
