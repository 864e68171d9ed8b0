import type { CustomerRecord } from '../../core/register/customerRecord';
import { message } from '../../i18n/message';
import type {
  ActionLog, Activity, Actor, ChangesOptions, ClaimOutcome, ClaimSettingsBlob, ClaimStore, EditContext, EditOutcome, RosterEntry, StoreChanges,
  StoredCustomer, StoredSettings, TransferRequest, UpdateOutcome,
} from '../../store/claimStore';
import { claimRefusal, managerRefusal, missingReason, updateRefusal } from '../../store/editRules';
import { canRekey, rekeyRefusal, type CustomerRekeying } from '../../store/keyMoves';
import type { ManagerPasscode } from './managerPasscode';

const ABSENT_MANAGER: RosterEntry = { name: '\u0000', department: '', isManager: true, hireDate: null };

/**
 * The local store with manager powers behind the passcode: an edit that only a manager may make is refused
 * unless this pane was unlocked, whatever name was picked under 我是. Reading and a rep's own edits pass
 * through. (Anyone who can edit the workbook can still edit its cells: this guards the pane, not the file.)
 */
export class PasscodeGuardedStore implements ClaimStore, CustomerRekeying {
  readonly kind: ClaimStore['kind'];

  constructor(private readonly inner: ClaimStore, private readonly passcode: ManagerPasscode) {
    this.kind = inner.kind;
  }

  getCustomer(dedupeKey: string): Promise<StoredCustomer | null> { return this.inner.getCustomer(dedupeKey); }
  listCustomers(): Promise<StoredCustomer[]> { return this.inner.listCustomers(); }
  listActivities(dedupeKey?: string): Promise<Activity[]> { return this.inner.listActivities(dedupeKey); }
  getRoster(): Promise<RosterEntry[]> { return this.inner.getRoster(); }
  getSettings(): Promise<StoredSettings | null> { return this.inner.getSettings(); }
  changes(cursor: string | null, options?: ChangesOptions): Promise<StoreChanges> { return this.inner.changes(cursor, options); }
  subscribe(listener: () => void): () => void { return this.inner.subscribe(listener); }
  appendActivity(activity: Activity): Promise<EditOutcome> { return this.inner.appendActivity(activity); }

  async claim(record: CustomerRecord, actor: Actor, context: EditContext, log: ActionLog = []): Promise<ClaimOutcome> {
    return (await this.locked((roster) => claimRefusal(record, actor, roster) !== null || carriesOverride(log)))
      ?? this.inner.claim(record, actor, context, log);
  }

  async updateCustomer(
    record: CustomerRecord, expectedVersion: string, actor: Actor, context: EditContext, log: ActionLog = [],
  ): Promise<UpdateOutcome> {
    const current = await this.inner.getCustomer(record.dedupeKey);
    return (await this.locked((roster) => (current !== null && updateRefusal(current.record, record, actor, roster) !== null) || carriesOverride(log)))
      ?? this.inner.updateCustomer(record, expectedVersion, actor, context, log);
  }

  async transferCustomer(request: TransferRequest, actor: Actor, context: EditContext, log: ActionLog = []): Promise<UpdateOutcome> {
    return (await this.locked((roster) => managerRefusal('transfer', actor, roster) !== null))
      ?? this.inner.transferCustomer(request, actor, context, log);
  }

  async removeCustomer(dedupeKey: string, expectedVersion: string, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return (await this.locked((roster) => managerRefusal('remove', actor, roster) !== null)) ?? this.inner.removeCustomer(dedupeKey, expectedVersion, actor, context);
  }

  /** The key migration: a rep's own rows move; a colleague's need the unlocked pane, like any edit of them. */
  async rekeyCustomer(move: { from: string; to: string }, actor: Actor, context: EditContext): Promise<UpdateOutcome> {
    const { inner } = this;
    if (!canRekey(inner)) return { ok: false, problem: 'missing', reason: missingReason(move.from) };
    const current = await inner.getCustomer(move.from);
    return (await this.locked((roster) => current !== null && rekeyRefusal(current.record, actor, roster) !== null))
      ?? inner.rekeyCustomer(move, actor, context);
  }

  async putRosterEntry(entry: RosterEntry, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return (await this.locked((roster) => managerRefusal('roster', actor, roster) !== null)) ?? this.inner.putRosterEntry(entry, actor, context);
  }

  async removeRosterEntry(name: string, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return (await this.locked((roster) => managerRefusal('roster', actor, roster) !== null)) ?? this.inner.removeRosterEntry(name, actor, context);
  }

  async saveSettings(settings: ClaimSettingsBlob, expectedVersion: string | null, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return (await this.locked((roster) => managerRefusal('settings', actor, roster) !== null))
      ?? this.inner.saveSettings(settings, expectedVersion, actor, context);
  }

  /**
   * A refusal when the edit needs manager rights and the pane is locked: the rules are asked with every
   * manager demoted (the team's real roster still decides the "no manager yet" set-up case).
   */
  private async locked(needsManager: (rosterAsReps: RosterEntry[]) => boolean): Promise<{ ok: false; problem: 'forbidden'; reason: ReturnType<typeof message> } | null> {
    if (this.passcode.isUnlocked) return null;
    const roster = await this.inner.getRoster();
    if (!roster.some((entry) => entry.isManager)) return null;
    // Everyone demoted, plus a manager nobody can be: the team still "has a manager", so the set-up exception
    // (roster open while there is none) does not apply.
    const asReps = [...roster.map((entry) => ({ ...entry, isManager: false })), ABSENT_MANAGER];
    return needsManager(asReps) ? { ok: false, problem: 'forbidden', reason: message('identity.passcode.locked') } : null;
  }
}

/** A 强制登记 line ('claim' with the manager's reason) carried by an edit is a manager's action. */
function carriesOverride(log: ActionLog): boolean {
  return log.some((line) => line.kind === 'claim');
}
