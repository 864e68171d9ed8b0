import type { CustomerRecord } from '../../core/register/customerRecord';
import { message } from '../../i18n/message';
import type {
  ActionLog, Activity, Actor, ClaimOutcome, ClaimSettingsBlob, ClaimStore, EditContext, EditOutcome, RosterEntry, StoreChanges,
  StoredCustomer, StoredRosterEntry, StoredSettings, TransferRequest, UpdateOutcome,
} from '../claimStore';
import {
  carriedLogRefusal, claimRefusal, collisionActivity, conflictReason, editActivity, managerRefusal, missingReason,
  overrideActivity, overriddenRecord, rosterChangeRefusal, takenReason, updateRefusal,
} from '../editRules';
import { rekeyActivity, rekeyRefusal, rekeyTakenReason, type CustomerRekeying } from '../keyMoves';
import { importActivities, importCustomers, type CustomerImport, type ImportedCustomer } from './bulkImport';
import {
  activityFields, activityFromItem, customerFields, customerFromItem, rosterFields, rosterFromItem, sameVersion,
  SETTINGS_KEY, settingsFields, settingsFromItem, type GraphListItem,
} from './fieldMapping';
import { isSuccess, realSleep, sendBatch, type Sleep } from './graphBatch';
import { classifyGraphError, classifySubResponse, expectProblem, unavailable } from './graphErrors';
import { readListChanges, type DeltaLinks } from './listChanges';
import { LoggedWrites } from './loggedWrites';
import { deniedReason, rejectedReason } from './refusals';
import type { RosterAccess } from './rosterAccess';
import type { SharePointLists } from './sharePointLists';
import { actingAs, namesByAccount, SignedInAccount, type Acting } from './signedInAccount';

/** A claim retries this often when the row that beat it vanished before it could be read. */
const CLAIM_ATTEMPTS = 3;


/**
 * The team store: four SharePoint lists through Microsoft Graph. The customers list's DedupeKey column is
 * unique, so SharePoint itself refuses the second claim of a 查重键 (409) and the loser reads the winner's row;
 * rows change only under If-Match (412 means someone else saved first: nothing is overwritten); `changes`
 * reads the lists' delta feeds and starts over from scratch when the server has forgotten a token (410).
 * Network failures are thrown as StoreUnavailableError for the sync engine's outbox to retry.
 */
export class SharePointClaimStore implements ClaimStore, CustomerRekeying {
  readonly kind = 'sharepoint';
  private readonly listeners = new Set<() => void>();
  private readonly writes: LoggedWrites;
  private readonly account: SignedInAccount;
  /** Roster names by account, as of the last roster read: turns each log line's createdBy into a name. */
  private names = new Map<string, string>();

  constructor(
    readonly lists: SharePointLists, private readonly sleep: Sleep = realSleep,
    /** Managers' group changes that follow roster edits (SharePoint REST); null where it is not set up. */
    private readonly access: RosterAccess | null = null,
  ) {
    this.writes = new LoggedWrites(lists, sleep);
    this.account = new SignedInAccount(lists.client);
  }

  /** The signed-in account and its roster entry (null: not on the roster, so look-ups only). */
  async whoAmI(): Promise<{ account: string; entry: RosterEntry | null }> {
    const account = await this.account.get();
    return { account, entry: (await this.getRoster()).find((e) => e.account === account) ?? null };
  }

  async getCustomer(dedupeKey: string): Promise<StoredCustomer | null> {
    const item = await this.lists.findOne('customers', 'DedupeKey', dedupeKey);
    return item ? customerFromItem(item) : null;
  }

  async listCustomers(): Promise<StoredCustomer[]> {
    return (await this.lists.query('customers')).map(customerFromItem);
  }

  /** One $batch: create the row and, depending on it, its 'claim' line and the action's own lines. */
  async claim(record: CustomerRecord, claimed: Actor, context: EditContext, log: ActionLog = []): Promise<ClaimOutcome> {
    requireKey(record);
    const roster = await this.getRoster();
    const acting = await this.acting(roster, claimed);
    if (!acting.ok) return { ok: false, problem: 'forbidden', reason: acting.reason };
    const { actor } = acting;
    if (record.rep !== actor.name) {
      const refusal = claimRefusal(record, actor, roster);
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    }
    const invalid = carriedLogRefusal(log, record, actor, roster);
    if (invalid) return { ok: false, problem: 'invalid', reason: invalid };
    const lines = [editActivity('claim', record, actor, context), ...log];
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt += 1) {
      const results = await sendBatch(this.lists.client, [[
        { id: 'customer', method: 'POST', url: this.lists.itemsPath('customers'), body: { fields: customerFields(record, context.editId) } },
        ...this.writes.lineSteps(lines, 'customer'),
      ]], this.sleep);
      const created = results.get('customer');
      if (created && isSuccess(created.status)) {
        await this.writes.ensureLines(lines, results);
        this.notify();
        return { ok: true, customer: customerFromItem(created.body as GraphListItem) };
      }
      const problem = created ? classifySubResponse(created.status, created.body) : null;
      if (problem?.kind === 'forbidden') return { ok: false, problem: 'forbidden', reason: deniedReason('customers', record) };
      if (problem?.kind === 'rejected') return { ok: false, problem: 'invalid', reason: rejectedReason(record, problem.detail) };
      if (problem?.kind !== 'duplicate') throw unavailable(created?.status ?? -1, created?.body);
      // The server refused a second copy of the key: read who holds it.
      const winner = await this.getCustomer(record.dedupeKey);
      if (!winner) continue;
      if (winner.lastEditId === context.editId || winner.record.rep === record.rep) {
        // Our own earlier attempt (its answer was lost): finish its lines. A key we already own stays as it
        // is, but what the action did (a visit) still belongs in the history.
        await this.writes.ensureLines(winner.lastEditId === context.editId ? lines : log, new Map());
        this.notify();
        return { ok: true, customer: winner };
      }
      const reason = takenReason(winner);
      await this.appendActivity(collisionActivity(record, winner, actor, context, reason));
      return { ok: false, problem: 'taken', winner, reason };
    }
    throw unavailable(409, 'the winning row kept disappearing');
  }

  async updateCustomer(
    record: CustomerRecord, expectedVersion: string, claimed: Actor, context: EditContext, log: ActionLog = [],
  ): Promise<UpdateOutcome> {
    requireKey(record);
    const roster = await this.getRoster();
    const acting = await this.acting(roster, claimed);
    if (!acting.ok) return { ok: false, problem: 'forbidden', reason: acting.reason };
    const { actor } = acting;
    const item = await this.writes.readItem(record.dedupeKey);
    if (!item) return { ok: false, problem: 'missing', reason: missingReason(record.name) };
    const current = customerFromItem(item);
    // A take-over when the owner the edit replaced (kept on the row, so a replay knows it too) is not the new one.
    const lines = (previousRep: string): ActionLog => [
      ...(previousRep && previousRep !== record.rep ? [editActivity('claim', record, actor, context, { previousRep })] : []), ...log,
    ];
    if (current.lastEditId === context.editId) return this.done(await this.writes.replayed(item, lines));
    if (!sameVersion(current.version, expectedVersion)) {
      return { ok: false, problem: 'conflict', current, reason: conflictReason(record) };
    }
    const ownEdit = current.record.rep === actor.name && record.rep === actor.name;
    const refusal = ownEdit ? null : updateRefusal(current.record, record, actor, roster);
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const invalid = carriedLogRefusal(log, record, actor, roster);
    if (invalid) return { ok: false, problem: 'invalid', reason: invalid };
    return this.done(await this.writes.rewrite(current, record, expectedVersion, context, lines));
  }

  async transferCustomer(request: TransferRequest, claimed: Actor, context: EditContext, log: ActionLog = []): Promise<UpdateOutcome> {
    const roster = await this.getRoster();
    const acting = await this.acting(roster, claimed);
    if (!acting.ok) return { ok: false, problem: 'forbidden', reason: acting.reason };
    const { actor } = acting;
    const refusal = managerRefusal('transfer', actor, roster);
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    if (!request.reason.trim()) return { ok: false, problem: 'invalid', reason: message('store.transfer.reasonRequired') };
    const item = await this.writes.readItem(request.dedupeKey);
    if (!item) return { ok: false, problem: 'missing', reason: missingReason(request.dedupeKey) };
    const current = customerFromItem(item);
    const next = current.lastEditId === context.editId ? current.record : overriddenRecord(current.record, request, roster);
    const invalid = carriedLogRefusal(log, next, actor, roster);
    if (invalid) return { ok: false, problem: 'invalid', reason: invalid };
    const lines = (previousRep: string): ActionLog => [overrideActivity(request, next, previousRep, actor, context), ...log];
    let outcome: UpdateOutcome;
    if (current.lastEditId === context.editId) {
      outcome = await this.writes.replayed(item, lines);
    } else if (!sameVersion(current.version, request.expectedVersion)) {
      return { ok: false, problem: 'conflict', current, reason: conflictReason(current.record) };
    } else {
      outcome = await this.writes.rewrite(current, next, request.expectedVersion, context, lines);
    }
    // The new owner becomes the row's author, so SharePoint lets them (and no longer the old owner) edit it.
    if (outcome.ok && this.access) await this.access.makeAuthor(this.lists.ids.customers, current.id, roster.find((e) => e.name === next.rep));
    return this.done(outcome);
  }

  async removeCustomer(dedupeKey: string, expectedVersion: string, claimed: Actor, context: EditContext): Promise<EditOutcome> {
    const roster = await this.getRoster();
    const acting = await this.acting(roster, claimed);
    if (!acting.ok) return { ok: false, problem: 'forbidden', reason: acting.reason };
    const refusal = managerRefusal('remove', acting.actor, roster);
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const item = await this.writes.readItem(dedupeKey);
    if (!item) return this.done(await this.writes.removedBefore(context, dedupeKey));
    const current = customerFromItem(item);
    const logLine = editActivity('remove', current.record, acting.actor, context);
    if (current.lastEditId === context.editId) return this.done(await this.writes.finishRemove(item, current.record, logLine));
    if (!sameVersion(current.version, expectedVersion)) return { ok: false, problem: 'conflict', reason: conflictReason(current.record) };
    return this.done(await this.writes.remove(current, expectedVersion, context, logLine));
  }

  /**
   * The row's DedupeKey is rewritten under If-Match with its 'rekey' line in the same $batch; the unique column
   * still refuses a key another row holds. Only the row's owner or a manager can (SharePoint's permissions too).
   */
  async rekeyCustomer(move: { from: string; to: string }, claimed: Actor, context: EditContext): Promise<UpdateOutcome> {
    const roster = await this.getRoster();
    const acting = await this.acting(roster, claimed);
    if (!acting.ok) return { ok: false, problem: 'forbidden', reason: acting.reason };
    const { actor } = acting;
    const holder = await this.writes.readItem(move.to);
    const item = holder ? null : await this.writes.readItem(move.from);
    if (holder) {
      const held = customerFromItem(holder);
      // Our own move whose answer was lost: make sure its line is there.
      if (held.lastEditId === context.editId) return this.done(await this.writes.replayed(holder, () => [rekeyActivity(held.record, move.from, actor, context)]));
      const moving = await this.getCustomer(move.from);
      if (!moving) return { ok: false, problem: 'missing', reason: missingReason(move.from) };
      return { ok: false, problem: 'conflict', current: held, reason: rekeyTakenReason(held, moving.record) };
    }
    if (!item) return { ok: false, problem: 'missing', reason: missingReason(move.from) };
    const current = customerFromItem(item);
    const refusal = rekeyRefusal(current.record, actor, roster);
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const record = { ...current.record, dedupeKey: move.to };
    return this.done(await this.writes.rewrite(current, record, current.version, context, () => [rekeyActivity(record, move.from, actor, context)]));
  }

  /** Idempotent: the ActivityId column is unique, so a replayed append is refused as a duplicate. */
  async appendActivity(activity: Activity): Promise<EditOutcome> {
    try {
      await this.lists.create('activities', activityFields(activity));
    } catch (error) {
      if (expectProblem(error, 'duplicate', 'forbidden').kind === 'forbidden') {
        return { ok: false, problem: 'forbidden', reason: deniedReason('activities') };
      }
    }
    this.notify();
    return { ok: true };
  }

  async listActivities(dedupeKey?: string): Promise<Activity[]> {
    const items = await this.lists.query('activities', dedupeKey === undefined ? undefined : { column: 'DedupeKey', value: dedupeKey });
    await this.getRoster();
    return items.sort((a, b) => Number(a.id) - Number(b.id)).map((item) => activityFromItem(item, this.names));
  }

  async getRoster(): Promise<RosterEntry[]> {
    return (await this.storedRoster()).map((stored) => stored.entry);
  }

  async putRosterEntry(entry: RosterEntry, claimed: Actor, context: EditContext): Promise<EditOutcome> {
    const stored = await this.storedRoster();
    const before = stored.map((s) => s.entry);
    const acting = await this.acting(before, claimed);
    if (!acting.ok) return { ok: false, problem: 'forbidden', reason: acting.reason };
    const { actor } = acting;
    const refusal = managerRefusal('roster', actor, before)
      ?? rosterChangeRefusal(before, [...before.filter((e) => e.name !== entry.name), entry]);
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const existing = stored.find((s) => s.entry.name === entry.name);
    try {
      if (existing) await this.lists.update('roster', existing.id, rosterFields(entry));
      else await this.lists.create('roster', rosterFields(entry));
    } catch (error) {
      if (expectProblem(error, 'duplicate', 'forbidden').kind === 'forbidden') return { ok: false, problem: 'forbidden', reason: deniedReason('roster') };
      // Somebody added the same name a moment ago; the roster is last-writer-wins, so go again as an update.
      return this.putRosterEntry(entry, actor, context);
    }
    // SharePoint's groups follow the roster: the account gets the reps' or the managers' rights.
    if (this.access && entry.account) await this.access.placeInGroup(entry.account, entry.isManager);
    this.notify();
    return { ok: true };
  }

  async removeRosterEntry(name: string, claimed: Actor, _context: EditContext): Promise<EditOutcome> {
    const stored = await this.storedRoster();
    const before = stored.map((s) => s.entry);
    const acting = await this.acting(before, claimed);
    if (!acting.ok) return { ok: false, problem: 'forbidden', reason: acting.reason };
    const refusal = managerRefusal('roster', acting.actor, before) ?? rosterChangeRefusal(before, before.filter((e) => e.name !== name));
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const existing = stored.find((s) => s.entry.name === name);
    if (existing) {
      try {
        await this.lists.remove('roster', existing.id);
      } catch (error) {
        if (expectProblem(error, 'notFound', 'forbidden').kind === 'forbidden') return { ok: false, problem: 'forbidden', reason: deniedReason('roster') };
      }
      if (this.access && existing.entry.account) await this.access.removeFromGroups(existing.entry.account);
      this.notify();
    }
    return { ok: true };
  }

  async getSettings(): Promise<StoredSettings | null> {
    const item = await this.lists.findOne('settings', 'SettingsKey', SETTINGS_KEY);
    return item ? settingsFromItem(item) : null;
  }

  async saveSettings(settings: ClaimSettingsBlob, expectedVersion: string | null, claimed: Actor, context: EditContext): Promise<EditOutcome> {
    const roster = await this.getRoster();
    const acting = await this.acting(roster, claimed);
    if (!acting.ok) return { ok: false, problem: 'forbidden', reason: acting.reason };
    const refusal = managerRefusal('settings', acting.actor, roster);
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const conflict: EditOutcome = { ok: false, problem: 'conflict', reason: message('store.settings.conflict') };
    const item = await this.lists.findOne('settings', 'SettingsKey', SETTINGS_KEY);
    const current = item ? settingsFromItem(item) : null;
    if (current?.lastEditId === context.editId) return { ok: true };
    const expected = expectedVersion === null ? current === null : current !== null && sameVersion(current.version, expectedVersion);
    if (!expected) return conflict;
    try {
      if (item && expectedVersion !== null) await this.lists.update('settings', item.id, settingsFields(settings, context.editId), expectedVersion);
      else await this.lists.create('settings', settingsFields(settings, context.editId));
    } catch (error) {
      if (expectProblem(error, 'changed', 'duplicate', 'forbidden').kind === 'forbidden') {
        return { ok: false, problem: 'forbidden', reason: deniedReason('settings') };
      }
      return (await this.getSettings())?.lastEditId === context.editId ? { ok: true } : conflict;
    }
    this.notify();
    return { ok: true };
  }

  /**
   * The cursor is the four lists' delta links. When the server no longer knows one (410 Gone) every list is
   * read again from the start and the result is marked `reset`, so the reader replaces its copy.
   */
  async changes(cursor: string | null): Promise<StoreChanges> {
    try {
      return await this.readChanges(cursor === null ? null : JSON.parse(cursor) as DeltaLinks);
    } catch (error) {
      if (cursor !== null && classifyGraphError(error).kind === 'resync') return this.readChanges(null);
      throw error;
    }
  }

  private readChanges(links: DeltaLinks | null): Promise<StoreChanges> {
    return readListChanges(this.lists, links, async (rosterChanged) => {
      if (rosterChanged || this.names.size === 0) await this.getRoster();
      return this.names;
    });
  }

  /** Bulk upload for the local → SharePoint migration ($batch; the unique key still decides every row). */
  async importCustomers(rows: ImportedCustomer[]): Promise<CustomerImport> {
    const result = await importCustomers(this.lists, rows, this.sleep);
    this.notify();
    return result;
  }

  async importActivities(activities: Activity[]): Promise<number> {
    const added = await importActivities(this.lists, activities, this.sleep);
    this.notify();
    return added;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private async storedRoster(): Promise<StoredRosterEntry[]> {
    const roster = (await this.lists.query('roster')).map(rosterFromItem);
    this.names = namesByAccount(roster.map((stored) => stored.entry));
    return roster;
  }

  private async acting(roster: readonly RosterEntry[], claimed: Actor): Promise<Acting> {
    if (!roster.some((entry) => entry.account)) return { ok: true, actor: claimed, entry: null };
    return actingAs(roster, await this.account.get(), claimed);
  }

  private done<T extends UpdateOutcome | EditOutcome>(outcome: T): T {
    if (outcome.ok) this.notify();
    return outcome;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function requireKey(record: CustomerRecord): void {
  // A caller bug, not a user error: the 查重键 is computed by the caller before any edit.
  if (!record.dedupeKey) throw new Error(`customer "${record.name}" has no dedupeKey`);
}
