import { formatMessage, message, type Locale, type Message } from '../../i18n/message';

/** Joins a match's reasons into the one line shown to the user: "去掉标点、空格后相同；多了地名前缀“深圳”". */
export function formatReasons(reasons: readonly Message[], locale: Locale = 'zh-CN'): string {
  return reasons.map((r) => formatMessage(r, locale)).join(formatMessage(message('names.reason.separator'), locale));
}
