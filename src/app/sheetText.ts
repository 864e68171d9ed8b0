import { formatMessage, message, type MessageKey, type MessageParams } from '../i18n/message';

/** Text the add-in writes into the workbook (alerts, notes) is Chinese like the register, whatever the pane shows. */
export function sheetText(key: MessageKey, params?: MessageParams): string {
  return formatMessage(message(key, params), 'zh-CN');
}
