import type { CustomerRecord } from '../../core/register/customerRecord';
import { message } from '../../i18n/message';
import type {
  ActionLog, Activity, Actor, ClaimOutcome, ClaimSettingsBlob, ClaimStore, EditContext, EditOutcome, QueuedOutcome, RosterEntry,
  ChangesOptions, StoreChanges, StoredCustomer, StoredSettings, TransferRequest, UpdateOutcome,
} from '../claimStore';
import type { CustomerRekeying } from '../keyMoves';
import type { RejectedEdit } from './syncJournal';
import type { OutboxEdit } from './outboxEdit';
import type { TeamRegister } from './teamRegister';

/**
 * The ClaimStore the task pane uses in team mode, so the workspace works the same as on the local store.
 * Reads come from the local copy of the SharePoint lists (fast, and available offline); every edit goes
 * through the sync engine's outbox. When SharePoint answers, its answer is returned as is (won, lost to a
 * colleague, conflict); when it cannot be reached the edit stays queued and the answer is `queued` —
 * neither won nor lost — and the later verdict appears in `rejected()` if it is a "no".
 */
export class TeamClaimStore implements ClaimStore, CustomerRekeying {
  readonly kind = 'sharepoint';

  constructor(readonly team: Pick<TeamRegister, 'reader' | 'sync' | 'remote'>) {}

  getCustomer(dedupeKey: string): Promise<StoredCustomer | null> {
    return this.team.reader.getCustomer(dedupeKey);
  }

  listCustomers(): Promise<StoredCustomer[]> {
    return this.team.reader.listCustomers();
  }

  listActivities(dedupeKey?: string): Promise<Activity[]> {
    return this.team.reader.listActivities(dedupeKey);
  }

  getRoster(): Promise<RosterEntry[]> {
    return this.team.reader.getRoster();
  }

  getSettings(): Promise<StoredSettings | null> {
    return this.team.reader.getSettings();
  }

  changes(cursor: string | null, options?: ChangesOptions): Promise<StoreChanges> {
    return this.team.reader.changes(cursor, options);
  }

  /** The copy changes when a sync brings colleagues' edits or the server's answer to ours. */
  subscribe(listener: () => void): () => void {
    return this.team.reader.subscribe(listener);
  }

  /** One outbox entry per action: the claim and the log lines it carries. */
  claim(record: CustomerRecord, actor: Actor, context: EditContext, log: ActionLog = []): Promise<ClaimOutcome> {
    return this.submit<ClaimOutcome>({ kind: 'claim', record, actor, context, log });
  }

  updateCustomer(
    record: CustomerRecord, expectedVersion: string, actor: Actor, context: EditContext, log: ActionLog = [],
  ): Promise<UpdateOutcome> {
    return this.submit<UpdateOutcome>({ kind: 'update', record, expectedVersion, actor, context, log });
  }

  transferCustomer(request: TransferRequest, actor: Actor, context: EditContext, log: ActionLog = []): Promise<UpdateOutcome> {
    return this.submit<UpdateOutcome>({ kind: 'transfer', request, actor, context, log });
  }

  removeCustomer(dedupeKey: string, expectedVersion: string, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return this.submit<EditOutcome>({ kind: 'remove', dedupeKey, expectedVersion, actor, context });
  }

  /**
   * The key migration's move is one outbox entry like any edit: offline it waits and is sent when SharePoint
   * answers again (the flush then reads the moved row into the copy). Its edit id is the move itself, so the
   * next opening's migration, still offline, queues nothing twice.
   */
  async rekeyCustomer(move: { from: string; to: string }, actor: Actor, context: EditContext): Promise<UpdateOutcome> {
    const version = (await this.team.reader.getCustomer(move.from))?.version ?? null;
    return this.submit<UpdateOutcome>({ kind: 'rekey', move: { from: move.from, to: move.to }, version, actor, context });
  }

  appendActivity(activity: Activity): Promise<EditOutcome> {
    return this.submit<EditOutcome>({ kind: 'activity', activity });
  }

  putRosterEntry(entry: RosterEntry, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return this.submit<EditOutcome>({ kind: 'roster', entry, actor, context });
  }

  removeRosterEntry(name: string, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return this.submit<EditOutcome>({ kind: 'removeRoster', name, actor, context });
  }

  saveSettings(settings: ClaimSettingsBlob, expectedVersion: string | null, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return this.submit<EditOutcome>({ kind: 'settings', settings, expectedVersion, actor, context });
  }

  /** Edits waiting to be sent; the first one's `lastError` says why they wait. */
  pending(): ReturnType<TeamRegister['sync']['pending']> {
    return this.team.sync.pending();
  }

  /** Edits SharePoint said no to (a lost claim, a conflict, a refusal), until the user dismisses them. */
  rejected(): Promise<RejectedEdit[]> {
    return this.team.sync.rejected();
  }

  dismiss(editId: string): Promise<void> {
    return this.team.sync.dismiss(editId);
  }

  /**
   * The engine answers with the outcome of the store method the edit names, so the cast only restates what
   * `applyEdit` dispatched to.
   */
  private async submit<T extends ClaimOutcome | UpdateOutcome | EditOutcome>(edit: OutboxEdit): Promise<T | QueuedOutcome> {
    const receipt = await this.team.sync.submit(edit);
    if (receipt.state === 'applied') return receipt.result as T;
    return { ok: false, problem: 'queued', reason: message('team.queued') };
  }
}
