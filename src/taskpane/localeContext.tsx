import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatMessage, message, type Locale, type Message, type MessageKey, type MessageParams } from '../i18n/message';

export interface Texts {
  locale: Locale;
  /** A UI text by key. */
  t(key: MessageKey, params?: MessageParams): string;
  /** A message the core returned, in the pane's language. */
  say(msg: Message): string;
}

const LocaleContext = createContext<Texts>(textsFor('zh-CN'));

export function textsFor(locale: Locale): Texts {
  return {
    locale,
    t: (key, params) => formatMessage(message(key, params), locale),
    say: (msg) => formatMessage(msg, locale),
  };
}

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const texts = useMemo(() => textsFor(locale), [locale]);
  return <LocaleContext.Provider value={texts}>{children}</LocaleContext.Provider>;
}

/** Every component gets its words here: no UI text is written in a component. */
export function useTexts(): Texts {
  return useContext(LocaleContext);
}
