import { REGISTER_TABLE_NAME } from '../../core/register/registerSchema';
import { registerPrintLayout } from '../../core/summary';
import { formatMessage, message, type Message } from '../../i18n/message';
import { registerLayout } from '../../app/registerLayout';
import { readRegisterSettings } from '../../app/registerSettings';
import { WpsSpreadsheetHost } from '../../hosts/wps/wpsSpreadsheetHost';
import type { RibbonCommands } from './ribbon';
import { askPane, PANE_WAIT, type AskOptions } from './paneRequests';
import { randomUuid } from './randomUuid';
import { holdsRegister } from './registerWatch';
import { showTaskPaneFor, toggleTaskPane } from './taskPaneWindow';
import type { WpsAddinRoot } from '../../hosts/wps/wpsAddinRoot';

export interface WpsCommandContext {
  /**
   * WPS's `Application`, looked up when a button is pressed: WPS may load the entry page before it has put
   * `Application` on the window, and a command acts on the workbook in front at that moment.
   */
  application(): WpsAddinRoot | null;
  /** The task pane page's address (absolute: WPS opens it in its own window). */
  paneUrl: string;
  clock(): Date;
  /** How long a button waits for the pane to answer (default PANE_WAIT). */
  paneWait?: AskOptions;
}

function requireWorkbook(application: () => WpsAddinRoot | null): WpsAddinRoot {
  const root = application();
  if (!root?.ActiveWorkbook) throw new Error(formatMessage(message('wps.noWorkbook')));
  return root;
}

/**
 * What the ribbon buttons do in WPS. 生成月度汇总 is the Office ribbon's own host-neutral command; 打印设置
 * only lays the register out, because WPS has a separate 打印 button for the sheet in front of the user.
 */
export function wpsCommands({ application, paneUrl, clock, paneWait = PANE_WAIT }: WpsCommandContext): RibbonCommands {
  /** A host over the workbook in front now (a session binds to the workbook active when it is made). */
  const inFront = () => {
    const root = requireWorkbook(application);
    return { root, host: new WpsSpreadsheetHost(root) };
  };
  return {
    togglePane() {
      toggleTaskPane(requireWorkbook(application), paneUrl);
    },

    /**
     * From the register model in the pane's page (the history: a past month reads the same whatever happened
     * since): the pane for this workbook is shown and asked. Only when no pane answers, from the rows as they
     * stand, and the message says so.
     */
    async monthlySummary(): Promise<Message[]> {
      const { root, host } = inFront();
      const workbook = root.ActiveWorkbook;
      if (workbook && holdsRegister(workbook)) {
        showTaskPaneFor(root, paneUrl, workbook.Name);
        const answer = await askPane(root, { id: randomUuid(), kind: 'monthlySummary', workbook: workbook.Name }, paneWait);
        if (answer) return answer;
      }
      // It reads names through the matcher, which is large: the ribbon's page fetches it only when asked.
      const { generateMonthlySummary } = await import(/* webpackChunkName: "summary-command" */ '../../commands/ribbonCommands');
      return generateMonthlySummary(host, clock(), null);
    },

    async printSetup(): Promise<Message[]> {
      const { host } = inFront();
      const [settings, table] = await Promise.all([readRegisterSettings(host.settings), host.readTable(REGISTER_TABLE_NAME)]);
      if (!table) return [message('host.command.noRegister')];
      const found = registerLayout(table, settings.columnMapping);
      if ('error' in found) return [found.error];
      await host.setPageLayout(found.layout.sheet, registerPrintLayout(found.layout.headerRow));
      await host.activateSheet(found.layout.sheet);
      return [message('wps.printSetupDone', { sheet: found.layout.sheet })];
    },

    /** WPS prints from code: the sheet in front of the user, with its own print layout. */
    async print(): Promise<Message[]> {
      const { root, host } = inFront();
      const sheet = root.ActiveSheet.Name;
      await host.print?.(sheet);
      return [message('host.print.sent', { sheet })];
    },
  };
}
