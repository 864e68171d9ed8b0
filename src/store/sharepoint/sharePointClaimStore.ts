import type { CustomerRecord } from '../../core/register/customerRecord';
import { message, type Message } from '../../i18n/message';
import type {
  Activity, Actor, ClaimOutcome, ClaimSettingsBlob, ClaimStore, EditContext, EditOutcome, RosterEntry, StoreChanges,
  StoredCustomer, StoredRosterEntry, StoredSettings, TransferRequest, UpdateOutcome,
} from '../claimStore';
import {
  claimRefusal, collisionActivity, conflictReason, editActivity, managerRefusal, missingReason, rosterChangeRefusal,
  takenReason, transferredRecord, updateRefusal,
} from '../editRules';
import { importActivities, importCustomers, type CustomerImport, type ImportedCustomer } from './bulkImport';
import {
  activityFields, activityFromItem, customerFields, customerFromItem, rosterFields, rosterFromItem, sameVersion,
  SETTINGS_KEY, settingsFields, settingsFromItem, type GraphListItem,
} from './fieldMapping';
import { isSuccess, realSleep, sendBatch, type Sleep } from './graphBatch';
import { classifyGraphError, classifySubResponse, expectProblem, unavailable } from './graphErrors';
import type { ListKey } from './listSchema';
import type { SharePointLists } from './sharePointLists';

/** A claim retries this often when the row that beat it vanished before it could be read. */
const CLAIM_ATTEMPTS = 3;

type DeltaLinks = Record<ListKey, string>;

/**
 * The team store: four SharePoint lists through Microsoft Graph. The customers list's DedupeKey column is
 * unique, so SharePoint itself refuses the second claim of a 查重键 (409) and the loser reads the winner's row;
 * rows change only under If-Match (412 means someone else saved first: nothing is overwritten); `changes`
 * reads the lists' delta feeds and starts over from scratch when the server has forgotten a token (410).
 * Network failures are thrown as StoreUnavailableError for the sync engine's outbox to retry.
 */
export class SharePointClaimStore implements ClaimStore {
  readonly kind = 'sharepoint';
  private readonly listeners = new Set<() => void>();

  constructor(readonly lists: SharePointLists, private readonly sleep: Sleep = realSleep) {}

  async getCustomer(dedupeKey: string): Promise<StoredCustomer | null> {
    const item = await this.lists.findOne('customers', 'DedupeKey', dedupeKey);
    return item ? customerFromItem(item) : null;
  }

  async listCustomers(): Promise<StoredCustomer[]> {
    return (await this.lists.query('customers')).map(customerFromItem);
  }

  /** One $batch: create the row and, depending on it, its 'claim' log line. */
  async claim(record: CustomerRecord, actor: Actor, context: EditContext): Promise<ClaimOutcome> {
    requireKey(record);
    if (record.rep !== actor.name) {
      const refusal = claimRefusal(record, actor, await this.getRoster());
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    }
    const logLine = editActivity('claim', record, actor, context);
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt += 1) {
      const results = await sendBatch(this.lists.client, [[
        { id: 'customer', method: 'POST', url: this.lists.itemsPath('customers'), body: { fields: customerFields(record, context.editId) } },
        { id: 'activity', method: 'POST', url: this.lists.itemsPath('activities'), body: { fields: activityFields(logLine) }, dependsOn: ['customer'] },
      ]], this.sleep);
      const created = results.get('customer');
      const logged = results.get('activity');
      if (created && isSuccess(created.status)) {
        if (!logged || !(isSuccess(logged.status) || classifySubResponse(logged.status, logged.body).kind === 'duplicate')) {
          await this.appendActivity(logLine);
        }
        this.notify();
        return { ok: true, customer: customerFromItem(created.body as GraphListItem) };
      }
      const problem = created ? classifySubResponse(created.status, created.body) : null;
      if (problem?.kind === 'rejected') return { ok: false, problem: 'invalid', reason: rejectedReason(record, problem.detail) };
      if (problem?.kind !== 'duplicate') throw unavailable(created?.status ?? -1, created?.body);
      // The server refused a second copy of the key: read who holds it.
      const winner = await this.getCustomer(record.dedupeKey);
      if (!winner) continue;
      if (winner.lastEditId === context.editId || winner.record.rep === record.rep) {
        // Our own earlier attempt (its answer was lost) or a key we already own: nothing to change.
        if (winner.lastEditId === context.editId) await this.appendActivity(logLine);
        return { ok: true, customer: winner };
      }
      const reason = takenReason(winner);
      await this.appendActivity(collisionActivity(record, winner, actor, context, reason));
      return { ok: false, problem: 'taken', winner, reason };
    }
    throw unavailable(409, 'the winning row kept disappearing');
  }

  async updateCustomer(record: CustomerRecord, expectedVersion: string, actor: Actor, context: EditContext): Promise<UpdateOutcome> {
    requireKey(record);
    const current = await this.getCustomer(record.dedupeKey);
    if (!current) return { ok: false, problem: 'missing', reason: missingReason(record.name) };
    if (current.lastEditId === context.editId) return { ok: true, customer: current };
    if (!sameVersion(current.version, expectedVersion)) {
      return { ok: false, problem: 'conflict', current, reason: conflictReason(record) };
    }
    const ownEdit = current.record.rep === actor.name && record.rep === actor.name;
    const refusal = ownEdit ? null : updateRefusal(current.record, record, actor, await this.getRoster());
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const outcome = await this.rewrite(current, record, expectedVersion, context);
    if (outcome.ok && record.rep !== current.record.rep) {
      await this.appendActivity(editActivity('claim', record, actor, context, { previousRep: current.record.rep }));
    }
    return outcome;
  }

  async transferCustomer(request: TransferRequest, actor: Actor, context: EditContext): Promise<UpdateOutcome> {
    const roster = await this.getRoster();
    const refusal = managerRefusal('transfer', actor, roster);
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    if (!request.reason.trim()) return { ok: false, problem: 'invalid', reason: message('store.transfer.reasonRequired') };
    const current = await this.getCustomer(request.dedupeKey);
    if (!current) return { ok: false, problem: 'missing', reason: missingReason(request.dedupeKey) };
    if (current.lastEditId === context.editId) return { ok: true, customer: current };
    if (!sameVersion(current.version, request.expectedVersion)) {
      return { ok: false, problem: 'conflict', current, reason: conflictReason(current.record) };
    }
    const next = transferredRecord(current.record, request.toRep, roster);
    const outcome = await this.rewrite(current, next, request.expectedVersion, context);
    if (outcome.ok) {
      await this.appendActivity(editActivity('transfer', next, actor, context, {
        previousRep: current.record.rep, detail: request.reason.trim(),
      }));
    }
    return outcome;
  }

  async removeCustomer(dedupeKey: string, expectedVersion: string, actor: Actor, context: EditContext): Promise<EditOutcome> {
    const refusal = managerRefusal('remove', actor, await this.getRoster());
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const current = await this.getCustomer(dedupeKey);
    if (!current) {
      const alreadyDone = await this.lists.findOne('activities', 'ActivityId', context.editId);
      return alreadyDone ? { ok: true } : { ok: false, problem: 'missing', reason: missingReason(dedupeKey) };
    }
    if (!sameVersion(current.version, expectedVersion)) return { ok: false, problem: 'conflict', reason: conflictReason(current.record) };
    try {
      await this.lists.remove('customers', current.id, expectedVersion);
    } catch (error) {
      const problem = expectProblem(error, 'changed', 'notFound');
      return problem.kind === 'changed'
        ? { ok: false, problem: 'conflict', reason: conflictReason(current.record) }
        : { ok: false, problem: 'missing', reason: missingReason(current.record.name) };
    }
    await this.appendActivity(editActivity('remove', current.record, actor, context));
    return { ok: true };
  }

  /** Idempotent: the ActivityId column is unique, so a replayed append is refused as a duplicate. */
  async appendActivity(activity: Activity): Promise<EditOutcome> {
    try {
      await this.lists.create('activities', activityFields(activity));
    } catch (error) {
      expectProblem(error, 'duplicate');
    }
    this.notify();
    return { ok: true };
  }

  async listActivities(dedupeKey?: string): Promise<Activity[]> {
    const items = await this.lists.query('activities', dedupeKey === undefined ? undefined : { column: 'DedupeKey', value: dedupeKey });
    return items.sort((a, b) => Number(a.id) - Number(b.id)).map(activityFromItem);
  }

  async getRoster(): Promise<RosterEntry[]> {
    return (await this.storedRoster()).map((stored) => stored.entry);
  }

  async putRosterEntry(entry: RosterEntry, actor: Actor, context: EditContext): Promise<EditOutcome> {
    const stored = await this.storedRoster();
    const before = stored.map((s) => s.entry);
    const refusal = managerRefusal('roster', actor, before)
      ?? rosterChangeRefusal(before, [...before.filter((e) => e.name !== entry.name), entry]);
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const existing = stored.find((s) => s.entry.name === entry.name);
    try {
      if (existing) await this.lists.update('roster', existing.id, rosterFields(entry));
      else await this.lists.create('roster', rosterFields(entry));
    } catch (error) {
      expectProblem(error, 'duplicate');
      // Somebody added the same name a moment ago; the roster is last-writer-wins, so go again as an update.
      return this.putRosterEntry(entry, actor, context);
    }
    this.notify();
    return { ok: true };
  }

  async removeRosterEntry(name: string, actor: Actor, _context: EditContext): Promise<EditOutcome> {
    const stored = await this.storedRoster();
    const before = stored.map((s) => s.entry);
    const refusal = managerRefusal('roster', actor, before) ?? rosterChangeRefusal(before, before.filter((e) => e.name !== name));
    if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
    const existing = stored.find((s) => s.entry.name === name);
    if (existing) {
      try {
        await this.lists.remove('roster', existing.id);
      } catch (error) {
        expectProblem(error, 'notFound');
      }
      this.notify();
    }
    return { ok: true };
  }

  async getSettings(): Promise<StoredSettings | null> {
    const item = await this.lists.findOne('settings', 'SettingsKey', SETTINGS_KEY);
    return item ? settingsFromItem(item) : null;
  }

  async saveSettings(settings: ClaimSettingsBlob, expectedVersion: string | null, actor: Actor, context: EditContext): Promise<EditOutcome> {
    const refusal = managerRefusal('settings', actor, await this.getRoster());
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
      expectProblem(error, 'changed', 'duplicate');
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

  private async readChanges(links: DeltaLinks | null): Promise<StoreChanges> {
    const next = {} as DeltaLinks;
    const feeds = {} as Record<ListKey, GraphListItem[]>;
    for (const key of ['customers', 'activities', 'roster', 'settings'] as const) {
      const { items, deltaLink } = await this.lists.drain<GraphListItem>(links?.[key] ?? this.lists.deltaStart(key));
      // An item can appear more than once in a delta feed; the last occurrence is its state.
      feeds[key] = [...new Map(items.map((item) => [item.id, item])).values()];
      next[key] = deltaLink ?? links?.[key] ?? this.lists.deltaStart(key);
    }
    const live = (items: GraphListItem[]) => items.filter((item) => !item.deleted);
    const gone = (items: GraphListItem[]) => items.filter((item) => item.deleted).map((item) => item.id);
    const settings = live(feeds.settings).filter((item) => item.fields?.SettingsKey === SETTINGS_KEY).at(-1);
    return {
      cursor: JSON.stringify(next),
      reset: links === null,
      customers: live(feeds.customers).map(customerFromItem),
      removedCustomerIds: gone(feeds.customers),
      activities: live(feeds.activities).map(activityFromItem),
      roster: live(feeds.roster).map(rosterFromItem),
      removedRosterIds: gone(feeds.roster),
      settings: settings ? settingsFromItem(settings) : null,
    };
  }

  private async storedRoster(): Promise<StoredRosterEntry[]> {
    return (await this.lists.query('roster')).map(rosterFromItem);
  }

  /** PATCH under If-Match; a 412 is re-read: our own earlier write (answer lost) or a real conflict. */
  private async rewrite(current: StoredCustomer, record: CustomerRecord, expectedVersion: string, context: EditContext): Promise<UpdateOutcome> {
    try {
      const version = await this.lists.update('customers', current.id, customerFields(record, context.editId), expectedVersion);
      this.notify();
      return { ok: true, customer: { id: current.id, record, version, lastEditId: context.editId } };
    } catch (error) {
      const problem = expectProblem(error, 'changed', 'notFound', 'rejected');
      if (problem.kind === 'rejected') return { ok: false, problem: 'invalid', reason: rejectedReason(record, problem.detail) };
      if (problem.kind === 'notFound') return { ok: false, problem: 'missing', reason: missingReason(record.name) };
      const now = await this.getCustomer(record.dedupeKey);
      if (!now) return { ok: false, problem: 'missing', reason: missingReason(record.name) };
      if (now.lastEditId === context.editId) return { ok: true, customer: now };
      return { ok: false, problem: 'conflict', current: now, reason: conflictReason(record) };
    }
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function rejectedReason(record: CustomerRecord, detail: string): Message {
  return message('store.sharepoint.rejected', { name: record.name, detail });
}

function requireKey(record: CustomerRecord): void {
  // A caller bug, not a user error: the 查重键 is computed by the caller before any edit.
  if (!record.dedupeKey) throw new Error(`customer "${record.name}" has no dedupeKey`);
}
