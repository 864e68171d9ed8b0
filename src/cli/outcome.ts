import type { Message } from '../i18n/message';

/** What a CLI step gives back: a value, or the Chinese message a user should see instead of a stack trace. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Message };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T = never>(error: Message): Outcome<T> => ({ ok: false, error });
