import type { Message } from '../i18n/message';

/**
 * The store could not be reached or would not answer (offline, signed out, throttled past the retries,
 * a server error). Thrown rather than returned because no outcome exists yet: the sync engine catches it,
 * keeps the edit in the outbox and shows `reason`; the edit is replayed later.
 */
export class StoreUnavailableError extends Error {
  constructor(readonly reason: Message, readonly status: number, options?: { cause?: unknown }) {
    super(`store unavailable (${status}): ${reason.key}`, options);
    this.name = 'StoreUnavailableError';
  }
}
