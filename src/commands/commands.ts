/// <reference types="office-js" />
import { formatMessage, type Locale, type Message } from '../i18n/message';
import { message } from '../i18n/message';
import { ExcelHost } from '../hosts/excel/excelHost';
import { generateMonthlySummary, setUpPrinting } from './ribbonCommands';
import { officeStartup, startWithRegister } from '../apps/excel/startWithRegister';

/** The ribbon's 生成月度汇总 and 打印设置 buttons (manifest.xml's FunctionFile: the task pane page, shared runtime). */

function locale(): Locale {
  return Office.context.displayLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * Shows the outcome in a small dialog (an ExecuteFunction command has no other UI) and resolves when the user
 * closes it: the command may only complete afterwards, or Office unloads this page and the dialog with it.
 */
function notify(messages: Message[]): Promise<void> {
  const text = messages.map((m) => formatMessage(m, locale())).join('\n');
  const url = new URL('notice.html', window.location.href);
  url.searchParams.set('text', text);
  url.searchParams.set('close', formatMessage(message('host.notice.close'), locale()));
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = opened.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

function command(run: (host: ExcelHost) => Promise<Message[]>) {
  return async (event: Office.AddinCommands.Event) => {
    try {
      await notify(await run(ExcelHost.fromOffice()));
    } catch (error) {
      console.error('客户登记册: ribbon command failed', error);
      await notify([message('host.command.failed', { detail: error instanceof Error ? error.message : String(error) })]);
    } finally {
      event.completed();
    }
  };
}

// Runs in the task pane's page (the shared runtime, manifest.xml), so commands, sheet events and pane share state.
Office.onReady(() => {
  Office.actions.associate('generateMonthlySummary', command((host) => generateMonthlySummary(host, new Date())));
  Office.actions.associate('setUpPrinting', command((host) => setUpPrinting(host)));
  startWithRegister(officeStartup(), ExcelHost.fromOffice()).catch((error: unknown) => console.error('客户登记册: could not set the register to load with the workbook', error));
});
