import { wpsApplication } from '../../hosts/wps/wpsAddinRoot';
import { createRibbon, type WpsRibbon } from './ribbon';
import { wpsCommands } from './wpsCommands';
import { watchRegisterWorkbooks } from './registerWatch';

declare global {
  interface Window {
    /** ribbon.xml's callbacks ("ribbon.OnAction" …) are looked up here. */
    ribbon?: WpsRibbon;
  }
}

const paneUrl = new URL('taskpane.html', window.location.href).href;

/**
 * The add-in's entry page (index.html), which WPS loads hidden when 表格 starts. window.ribbon is defined
 * at once and unconditionally, as wpsjs' templates do: `Application` is looked up inside each callback,
 * since WPS may put it on the window only after this script ran. When the ribbon loads, the page starts
 * watching for workbooks with a register, so the pane (and its live check) opens with them.
 */
window.ribbon = createRibbon(
  wpsCommands({ application: wpsApplication, paneUrl, clock: () => new Date() }),
  (text) => window.alert(text),
  () => watchRegisterWorkbooks(wpsApplication, paneUrl),
);
