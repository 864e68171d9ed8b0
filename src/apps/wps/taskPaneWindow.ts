import type { WpsAddinRoot } from '../../hosts/wps/wpsAddinRoot';

/** The pane's id while WPS runs, so every page of the add-in finds the one pane instead of opening another. */
const PANE_ID = 'claim-register.taskPaneId';
/** The workbook the pane's page serves (it binds to the workbook in front when it loads). */
const PANE_WORKBOOK = 'claim-register.taskPaneWorkbook';
/** msoCTPDockPositionRight */
const DOCK_RIGHT = 2;
const WIDTH = 380;

function existingPane(root: WpsAddinRoot) {
  const id = root.PluginStorage.getItem(PANE_ID);
  return id ? root.GetTaskPane(Number(id)) : null;
}

function createPane(root: WpsAddinRoot, url: string) {
  const pane = root.CreateTaskPane(url);
  root.PluginStorage.setItem(PANE_ID, pane.ID);
  pane.DockPosition = DOCK_RIGHT;
  pane.Width = WIDTH;
  return pane;
}

/**
 * Shows the register pane, creating it on first use; a second click hides it, as Office's pane button does.
 * Returns whether the pane is now visible.
 */
export function toggleTaskPane(root: WpsAddinRoot, url: string): boolean {
  const existing = existingPane(root);
  if (existing) {
    existing.Visible = !existing.Visible;
    return existing.Visible;
  }
  createPane(root, url).Visible = true;
  return true;
}

/**
 * Shows the pane for the workbook in front (`workbook`): a pane serving another workbook reloads its page,
 * which binds it to this one (WPS has one pane for all windows).
 */
export function showTaskPaneFor(root: WpsAddinRoot, url: string, workbook: string): void {
  const existing = existingPane(root);
  if (!existing) {
    createPane(root, url).Visible = true;
    return;
  }
  if (root.PluginStorage.getItem(PANE_WORKBOOK) !== workbook) existing.Navigate(url);
  existing.Visible = true;
}

/** Called by the pane's page when it loads: which workbook it serves. */
export function rememberPaneWorkbook(root: WpsAddinRoot, workbook: string): void {
  root.PluginStorage.setItem(PANE_WORKBOOK, workbook);
}
