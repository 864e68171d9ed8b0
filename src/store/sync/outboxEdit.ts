import type { CustomerRecord } from '../../core/register/customerRecord';
import type {
  ActionLog, Activity, Actor, ClaimOutcome, ClaimSettingsBlob, ClaimStore, EditContext, EditOutcome, RosterEntry, TransferRequest,
  UpdateOutcome,
} from '../claimStore';
import type { CustomerRekeying } from '../keyMoves';

/**
 * One edit as it waits in the outbox: plain data (it is stored in IndexedDB), replayable against any store.
 * An action is one entry: a row edit carries its log lines (`log`), so they are sent — and replayed — with it.
 */
export type OutboxEdit =
  | { kind: 'claim'; record: CustomerRecord; actor: Actor; context: EditContext; log?: ActionLog }
  | { kind: 'update'; record: CustomerRecord; expectedVersion: string; actor: Actor; context: EditContext; log?: ActionLog }
  | { kind: 'transfer'; request: TransferRequest; actor: Actor; context: EditContext; log?: ActionLog }
  | { kind: 'remove'; dedupeKey: string; expectedVersion: string; actor: Actor; context: EditContext }
  | { kind: 'activity'; activity: Activity }
  | { kind: 'roster'; entry: RosterEntry; actor: Actor; context: EditContext }
  | { kind: 'removeRoster'; name: string; actor: Actor; context: EditContext }
  | { kind: 'settings'; settings: ClaimSettingsBlob; expectedVersion: string | null; actor: Actor; context: EditContext }
  /** The key migration's move; `version` is the row's as the move was planned (edits queued after it follow it). */
  | { kind: 'rekey'; move: { from: string; to: string }; version: string | null; actor: Actor; context: EditContext };

export type EditResult = ClaimOutcome | UpdateOutcome | EditOutcome;

/** The idempotency key: what lets the store recognise a replay of an edit it already applied. */
export function editIdOf(edit: OutboxEdit): string {
  return edit.kind === 'activity' ? edit.activity.id : edit.context.editId;
}

export function applyEdit(store: ClaimStore & CustomerRekeying, edit: OutboxEdit): Promise<EditResult> {
  switch (edit.kind) {
    case 'claim': return store.claim(edit.record, edit.actor, edit.context, edit.log);
    case 'update': return store.updateCustomer(edit.record, edit.expectedVersion, edit.actor, edit.context, edit.log);
    case 'transfer': return store.transferCustomer(edit.request, edit.actor, edit.context, edit.log);
    case 'remove': return store.removeCustomer(edit.dedupeKey, edit.expectedVersion, edit.actor, edit.context);
    case 'activity': return store.appendActivity(edit.activity);
    case 'roster': return store.putRosterEntry(edit.entry, edit.actor, edit.context);
    case 'removeRoster': return store.removeRosterEntry(edit.name, edit.actor, edit.context);
    case 'settings': return store.saveSettings(edit.settings, edit.expectedVersion, edit.actor, edit.context);
    case 'rekey': return store.rekeyCustomer(edit.move, edit.actor, edit.context);
  }
}
