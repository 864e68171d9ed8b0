import { REGISTER_TABLE_NAME } from '../../../core/register/registerSchema';
import { registerPrintLayout } from '../../../core/summary';
import { formatMessage, message, type Message } from '../../../i18n/message';
import { registerLayout } from '../../../app/registerLayout';
import { readRegisterSettings } from '../../../app/registerSettings';
import type { SpreadsheetHost } from '../../spreadsheetHost';
import type { RibbonCommands } from './ribbon';
import { toggleTaskPane } from './taskPaneWindow';
import type { WpsAddinRoot } from './wpsAddinRoot';

export interface WpsCommandContext {
  root: WpsAddinRoot;
  host: SpreadsheetHost;
  /** The task pane page's address (absolute: WPS opens it in its own window). */
  paneUrl: string;
  clock(): Date;
}

function requireWorkbook(root: WpsAddinRoot): void {
  if (!root.ActiveWorkbook) throw new Error(formatMessage(message('wps.noWorkbook')));
}

/**
 * What the ribbon buttons do in WPS. 生成月度汇总 is the Office ribbon's own host-neutral command; 打印设置
 * only lays the register out, because WPS has a separate 打印 button for the sheet in front of the user.
 */
export function wpsCommands({ root, host, paneUrl, clock }: WpsCommandContext): RibbonCommands {
  return {
    togglePane() {
      requireWorkbook(root);
      toggleTaskPane(root, paneUrl);
    },

    async monthlySummary(): Promise<Message[]> {
      requireWorkbook(root);
      // It reads names through the matcher, which is large: the ribbon's page fetches it only when asked.
      const { generateMonthlySummary } = await import(/* webpackChunkName: "summary-command" */ '../../../commands/ribbonCommands');
      return generateMonthlySummary(host, clock());
    },

    async printSetup(): Promise<Message[]> {
      requireWorkbook(root);
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
      requireWorkbook(root);
      const sheet = root.ActiveSheet.Name;
      await host.print?.(sheet);
      return [message('host.print.sent', { sheet })];
    },
  };
}
