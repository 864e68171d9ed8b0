import { message, type Message } from '../../i18n/message';
import type { OutboxEdit } from '../../store/sync/outboxEdit';
import type { OutboxEntry, RejectedEdit } from '../../store/sync/syncJournal';
import type { OutboxView } from './teamMode';

/** The outbox and the refused edits as the store settings list them. */
export function outboxView(pending: readonly OutboxEntry[], rejected: readonly RejectedEdit[]): OutboxView {
  return {
    pending: pending.length,
    blockedBy: pending.find((entry) => entry.lastError)?.lastError ?? null,
    rejected: rejected.map((entry) => ({
      editId: entry.editId,
      edit: describeEdit(entry.edit),
      reason: entry.reason,
      current: entry.current ? { rep: entry.current.record.rep, status: entry.current.record.status } : null,
    })),
  };
}

/** "登记「格林电子」": what the user did, in words, so a refusal can be recognised and redone. */
export function describeEdit(edit: OutboxEdit): Message {
  switch (edit.kind) {
    case 'claim': return message('team.edit.claim', { name: edit.record.name });
    case 'update': return message('team.edit.update', { name: edit.record.name });
    case 'transfer': return message('team.edit.transfer', { key: edit.request.dedupeKey, rep: edit.request.toRep });
    case 'remove': return message('team.edit.remove', { key: edit.dedupeKey });
    case 'activity': return message('team.edit.activity', { name: edit.activity.customerName });
    case 'roster': return message('team.edit.roster', { name: edit.entry.name });
    case 'removeRoster': return message('team.edit.removeRoster', { name: edit.name });
    case 'settings': return message('team.edit.settings');
    case 'rekey': return message('team.edit.rekey', { from: edit.move.from, to: edit.move.to });
  }
}
