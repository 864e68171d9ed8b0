import { WpsSpreadsheetHost } from '../../hosts/wps/wpsSpreadsheetHost';
import { createRibbon, type WpsRibbon } from './ribbon';
import { wpsApplication } from '../../hosts/wps/wpsAddinRoot';
import { wpsCommands } from './wpsCommands';

declare global {
  interface Window {
    /** ribbon.xml's callbacks ("ribbon.OnAction" …) are looked up here. */
    ribbon?: WpsRibbon;
  }
}

/**
 * The add-in's entry page (index.html), which WPS loads hidden at start: it defines the ribbon's callbacks.
 * Nothing else runs until a button is pressed; listeners belong to the task pane, which opens the register.
 */
const root = wpsApplication();
if (root) {
  window.ribbon = createRibbon(
    wpsCommands({
      root,
      host: new WpsSpreadsheetHost(root),
      paneUrl: new URL('taskpane.html', window.location.href).href,
      clock: () => new Date(),
    }),
    (text) => window.alert(text),
  );
} else {
  console.warn('客户登记册: this page has no WPS Application, so the ribbon is not set up (open it from WPS 表格).');
}
