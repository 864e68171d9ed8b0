import { formatMessage, message, type MessageKey, type MessageParams } from '../../i18n/message';

/** Sheets are written in Chinese, like the register they summarise, whatever language the task pane shows. */
export function zhText(key: MessageKey, params?: MessageParams): string {
  return formatMessage(message(key, params), 'zh-CN');
}
