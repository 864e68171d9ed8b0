import Dexie, { type Table } from 'dexie';
import type { Message } from '../../i18n/message';
import type { StoredCustomer } from '../claimStore';
import type { IndexedDbSource } from '../local/registerDatabase';
import { editIdOf, type OutboxEdit } from './outboxEdit';

export interface OutboxEntry {
  seq?: number;
  editId: string;
  edit: OutboxEdit;
  attempts: number;
  /** Why the last attempt could not reach the server (offline, throttled …), for the pane to show. */
  lastError: Message | null;
}

/** An edit the server answered "no" to (a lost claim, a conflict, a refusal): kept until the user has seen it. */
export interface RejectedEdit {
  seq?: number;
  editId: string;
  edit: OutboxEdit;
  reason: Message;
  /** The row as the server has it now (the winner of a lost claim, the newer version in a conflict). */
  current: StoredCustomer | null;
}

/**
 * The outbox and the list of rejected edits, in their own IndexedDB database so they survive a reload of
 * the task pane. An edit leaves the outbox only once the server has given a definite answer.
 */
export class SyncJournal extends Dexie {
  outbox!: Table<OutboxEntry, number>;
  rejected!: Table<RejectedEdit, number>;

  constructor(name: string, source?: IndexedDbSource) {
    super(name, source ? { indexedDB: source.indexedDB, IDBKeyRange: source.IDBKeyRange } : undefined);
    this.version(1).stores({
      outbox: '++seq, &editId',
      rejected: '++seq, &editId',
    });
  }

  /** Queues an edit; queuing the same edit id again is a no-op, so a double click cannot send it twice. */
  async enqueue(edit: OutboxEdit): Promise<void> {
    const editId = editIdOf(edit);
    await this.transaction('rw', this.outbox, async () => {
      if (!(await this.outbox.where('editId').equals(editId).first())) {
        await this.outbox.add({ editId, edit, attempts: 0, lastError: null });
      }
    });
  }

  pending(): Promise<OutboxEntry[]> {
    return this.outbox.orderBy('seq').toArray();
  }

  async complete(entry: OutboxEntry): Promise<void> {
    await this.outbox.where('editId').equals(entry.editId).delete();
  }

  /** Moves an edit from the outbox to the rejected list in one step. */
  async reject(entry: OutboxEntry, reason: Message, current: StoredCustomer | null): Promise<void> {
    await this.transaction('rw', this.outbox, this.rejected, async () => {
      await this.outbox.where('editId').equals(entry.editId).delete();
      // The same edit submitted again after an earlier refusal replaces that refusal.
      await this.rejected.where('editId').equals(entry.editId).delete();
      await this.rejected.add({ editId: entry.editId, edit: entry.edit, reason, current });
    });
  }

  async markFailedAttempt(entry: OutboxEntry, reason: Message): Promise<void> {
    await this.outbox.where('editId').equals(entry.editId).modify({ attempts: entry.attempts + 1, lastError: reason });
  }

  listRejected(): Promise<RejectedEdit[]> {
    return this.rejected.orderBy('seq').toArray();
  }

  async dismiss(editId: string): Promise<void> {
    await this.rejected.where('editId').equals(editId).delete();
  }
}
