/// <reference types="office-js" />
import { REGISTER_SHEET_NAME } from '../../core/register/registerSchema';
import type { SpreadsheetHost } from '../../hosts/spreadsheetHost';

/** Office's own document setting: the pane whose TaskpaneId is Office.AutoShowTaskpaneWithDocument opens with the file. */
export const AUTO_SHOW = 'Office.AutoShowTaskpaneWithDocument';

/** What this needs from Office (Office.addin, the document's settings, requirement checks), so tests can record it. */
export interface StartupOffice {
  isSetSupported(name: string, minVersion: string): boolean;
  /** Office.addin.setStartupBehavior(load) (SharedRuntime 1.1): load the add-in, without UI, when this document opens. */
  loadWithDocument(): Promise<void>;
  settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync' | 'refreshAsync'>;
}

const settle = (start: (callback: (result: { error?: unknown }) => void) => void) => new Promise<void>((resolve, reject) => {
  start((result) => (result.error ? reject(result.error) : resolve()));
});

/**
 * Once a workbook holds the register, it checks names from the moment it opens, pane or not: the shared
 * runtime loads with the document where Office supports it (setStartupBehavior; the live check runs in that
 * runtime), and the pane opens with the document everywhere else (AutoShowTaskpaneWithDocument). Returns what
 * was arranged: 'load', 'pane', or 'none' for a workbook without a register.
 */
export async function startWithRegister(office: StartupOffice, host: SpreadsheetHost): Promise<'load' | 'pane' | 'none'> {
  const sheets = await host.listSheets();
  if (!sheets.some((name) => name.toLowerCase() === REGISTER_SHEET_NAME.toLowerCase())) return 'none';
  if (office.isSetSupported('SharedRuntime', '1.1')) {
    await office.loadWithDocument();
    return 'load';
  }
  await settle((done) => office.settings.refreshAsync(done));
  if (office.settings.get(AUTO_SHOW) !== true) {
    office.settings.set(AUTO_SHOW, true);
    await settle((done) => office.settings.saveAsync(done));
  }
  return 'pane';
}

/** The real Office, once Office.onReady has resolved. */
export function officeStartup(): StartupOffice {
  return {
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    loadWithDocument: () => Office.addin.setStartupBehavior(Office.StartupBehavior.load),
    settings: Office.context.document.settings,
  };
}
