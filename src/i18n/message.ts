import { en } from './en';
import { zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zhCN;
export type MessageParams = Record<string, string | number>;

/** A user-facing text kept as data, so the core decides *what* to say and the UI picks the language. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function message(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/** Renders a message; a missing placeholder stays visible as {name} rather than vanishing. */
export function formatMessage(msg: Message, locale: Locale = 'zh-CN'): string {
  const template = catalogues[locale][msg.key] ?? zhCN[msg.key] ?? msg.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = msg.params?.[name];
    return value === undefined ? whole : String(value);
  });
}
