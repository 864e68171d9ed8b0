import type { WpsAddinRoot } from '../../hosts/wps/wpsAddinRoot';

/** The pane's id while WPS runs, so every page of the add-in finds the one pane instead of opening another. */
const PANE_ID = 'claim-register.taskPaneId';
/** msoCTPDockPositionRight */
const DOCK_RIGHT = 2;
const WIDTH = 380;

/**
 * Shows the register pane, creating it on first use; a second click hides it, as Office's pane button does.
 * Returns whether the pane is now visible.
 */
export function toggleTaskPane(root: WpsAddinRoot, url: string): boolean {
  const id = root.PluginStorage.getItem(PANE_ID);
  const existing = id ? root.GetTaskPane(Number(id)) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return existing.Visible;
  }
  const pane = root.CreateTaskPane(url);
  root.PluginStorage.setItem(PANE_ID, pane.ID);
  pane.DockPosition = DOCK_RIGHT;
  pane.Width = WIDTH;
  pane.Visible = true;
  return true;
}
