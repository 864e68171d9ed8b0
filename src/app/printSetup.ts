import { registerPrintLayout } from '../core/summary';
import { message, type Message } from '../i18n/message';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import type { RegisterLayout } from './registerLayout';

/**
 * 打印设置 for the register: A4 landscape, header row on every page, one page wide, title and page x of y.
 * Where the host can print (WPS) it prints; Excel add-ins cannot, so the user is told to press Ctrl+P.
 */
export async function printRegister(host: SpreadsheetHost, layout: RegisterLayout): Promise<Message> {
  await host.setPageLayout(layout.sheet, registerPrintLayout(layout.headerRow));
  await host.activateSheet(layout.sheet);
  if (host.capabilities.canPrint && host.print) {
    await host.print(layout.sheet);
    return message('host.print.sent', { sheet: layout.sheet });
  }
  return message('host.print.pressCtrlP');
}
