import Dexie from 'dexie';
import type { CustomerRecord } from '../../core/register/customerRecord';
import { message } from '../../i18n/message';
import type {
  ActionLog, Activity, Actor, ChangesOptions, ClaimOutcome, ClaimSettingsBlob, ClaimStore, EditContext, EditOutcome, RosterEntry, StoreChanges,
  StoredCustomer, StoredSettings, TransferRequest, UpdateOutcome,
} from '../claimStore';
import { CLAIM_LINE_KINDS } from '../claimStore';
import {
  carriedLogRefusal, claimRefusal, collisionActivity, conflictReason, editActivity, managerRefusal, missingReason,
  overrideActivity, overriddenRecord, rosterChangeRefusal, takenReason, updateRefusal,
} from '../editRules';
import { rekeyActivity, rekeyRefusal, rekeyTakenReason, type CustomerRekeying } from '../keyMoves';
import { RegisterDatabase, SETTINGS_ROW, type ActivityRow, type CustomerRow, type IndexedDbSource, type SettingsRow } from './registerDatabase';

export const LOCAL_DATABASE_NAME = 'claim-register';

/** Log lines per page of `wholeLog`: a page is read and unpacked in a few milliseconds. */
const LOG_PAGE = 250;

/**
 * The embedded default: the register in the browser's IndexedDB, no server, no sign-in. Each edit — its row
 * and every log line it carries — is one IndexedDB read-write transaction, and IndexedDB runs those one at a
 * time per database (across tabs too), which is what makes `claim` atomic per 查重键 and an action's row and
 * log all-or-nothing.
 */
export class LocalClaimStore implements ClaimStore, CustomerRekeying {
  readonly kind = 'local';

  constructor(readonly db: RegisterDatabase) {}

  static open(name: string = LOCAL_DATABASE_NAME, source?: IndexedDbSource): LocalClaimStore {
    return new LocalClaimStore(new RegisterDatabase(name, source));
  }

  close(): void {
    this.db.close();
  }

  async getCustomer(dedupeKey: string): Promise<StoredCustomer | null> {
    const row = await this.db.customers.get(dedupeKey);
    return row ? storedCustomer(row) : null;
  }

  async listCustomers(): Promise<StoredCustomer[]> {
    return (await this.db.customers.toArray()).map(storedCustomer);
  }

  claim(record: CustomerRecord, actor: Actor, context: EditContext, log: ActionLog = []): Promise<ClaimOutcome> {
    requireKey(record);
    return this.db.inWriteTransaction(async (): Promise<ClaimOutcome> => {
      const roster = await this.rosterEntries();
      const refusal = claimRefusal(record, actor, roster);
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
      const invalid = carriedLogRefusal(log, record, actor, roster);
      if (invalid) return { ok: false, problem: 'invalid', reason: invalid };
      const existing = await this.db.customers.get(record.dedupeKey);
      if (existing) {
        const winner = storedCustomer(existing);
        if (existing.lastEditId === context.editId) return { ok: true, customer: winner };
        if (existing.record.rep === record.rep) {
          // Already yours: the row stays as it is, but what the action did (a visit) still belongs in the history.
          await this.addActivitiesOnce(log);
          return { ok: true, customer: winner };
        }
        const reason = takenReason(winner);
        await this.addActivityOnce(collisionActivity(record, winner, actor, context, reason));
        return { ok: false, problem: 'taken', winner, reason };
      }
      const seq = await this.db.nextSeq();
      const row: CustomerRow = {
        key: record.dedupeKey, id: record.dedupeKey, record, version: String(seq), lastEditId: context.editId, seq,
      };
      await this.db.customers.add(row);
      await this.addActivitiesOnce([editActivity('claim', record, actor, context), ...log]);
      return { ok: true, customer: storedCustomer(row) };
    });
  }

  updateCustomer(
    record: CustomerRecord, expectedVersion: string, actor: Actor, context: EditContext, log: ActionLog = [],
  ): Promise<UpdateOutcome> {
    requireKey(record);
    return this.db.inWriteTransaction(async (): Promise<UpdateOutcome> => {
      const current = await this.db.customers.get(record.dedupeKey);
      if (!current) return { ok: false, problem: 'missing', reason: missingReason(record.name) };
      if (current.lastEditId === context.editId) return { ok: true, customer: storedCustomer(current) };
      if (current.version !== expectedVersion) {
        return { ok: false, problem: 'conflict', current: storedCustomer(current), reason: conflictReason(record) };
      }
      const roster = await this.rosterEntries();
      const refusal = updateRefusal(current.record, record, actor, roster);
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
      const invalid = carriedLogRefusal(log, record, actor, roster);
      if (invalid) return { ok: false, problem: 'invalid', reason: invalid };
      const row = await this.rewrite(current, record, context);
      const takeOver = record.rep !== current.record.rep
        ? [editActivity('claim', record, actor, context, { previousRep: current.record.rep })] : [];
      await this.addActivitiesOnce([...takeOver, ...log]);
      return { ok: true, customer: storedCustomer(row) };
    });
  }

  transferCustomer(request: TransferRequest, actor: Actor, context: EditContext, log: ActionLog = []): Promise<UpdateOutcome> {
    return this.db.inWriteTransaction(async (): Promise<UpdateOutcome> => {
      const roster = await this.rosterEntries();
      const refusal = managerRefusal('transfer', actor, roster);
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
      if (!request.reason.trim()) return { ok: false, problem: 'invalid', reason: message('store.transfer.reasonRequired') };
      const current = await this.db.customers.get(request.dedupeKey);
      if (!current) return { ok: false, problem: 'missing', reason: missingReason(request.dedupeKey) };
      if (current.lastEditId === context.editId) return { ok: true, customer: storedCustomer(current) };
      if (current.version !== request.expectedVersion) {
        return { ok: false, problem: 'conflict', current: storedCustomer(current), reason: conflictReason(current.record) };
      }
      const next = overriddenRecord(current.record, request, roster);
      const invalid = carriedLogRefusal(log, next, actor, roster);
      if (invalid) return { ok: false, problem: 'invalid', reason: invalid };
      const row = await this.rewrite(current, next, context);
      await this.addActivitiesOnce([overrideActivity(request, next, current.record.rep, actor, context), ...log]);
      return { ok: true, customer: storedCustomer(row) };
    });
  }

  removeCustomer(dedupeKey: string, expectedVersion: string, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return this.db.inWriteTransaction(async (): Promise<EditOutcome> => {
      const refusal = managerRefusal('remove', actor, await this.rosterEntries());
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
      if (await this.db.activities.get(context.editId)) return { ok: true };
      const current = await this.db.customers.get(dedupeKey);
      if (!current) return { ok: false, problem: 'missing', reason: missingReason(dedupeKey) };
      if (current.version !== expectedVersion) return { ok: false, problem: 'conflict', reason: conflictReason(current.record) };
      const seq = await this.db.nextSeq();
      await this.db.customers.delete(dedupeKey);
      await this.db.tombstones.add({ seq, table: 'customers', id: current.id });
      await this.addActivityOnce(editActivity('remove', current.record, actor, context));
      return { ok: true };
    });
  }

  /** The row moves to its new key (a new id: readers drop the old one by its tombstone); one 'rekey' line. */
  rekeyCustomer(move: { from: string; to: string }, actor: Actor, context: EditContext): Promise<UpdateOutcome> {
    return this.db.inWriteTransaction(async (): Promise<UpdateOutcome> => {
      const moved = await this.db.customers.get(move.to);
      if (moved?.lastEditId === context.editId) return { ok: true, customer: storedCustomer(moved) };
      const current = await this.db.customers.get(move.from);
      if (!current) return { ok: false, problem: 'missing', reason: missingReason(move.from) };
      if (moved) {
        return { ok: false, problem: 'conflict', current: storedCustomer(moved), reason: rekeyTakenReason(storedCustomer(moved), current.record) };
      }
      const refusal = rekeyRefusal(current.record, actor, await this.rosterEntries());
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
      const seq = await this.db.nextSeq();
      const record = { ...current.record, dedupeKey: move.to };
      const row: CustomerRow = { key: move.to, id: move.to, record, version: String(seq), lastEditId: context.editId, seq };
      await this.db.customers.delete(move.from);
      await this.db.tombstones.add({ seq, table: 'customers', id: current.id });
      await this.db.customers.add(row);
      await this.addActivityOnce(rekeyActivity(record, move.from, actor, context));
      return { ok: true, customer: storedCustomer(row) };
    });
  }

  appendActivity(activity: Activity): Promise<EditOutcome> {
    return this.db.inWriteTransaction(async (): Promise<EditOutcome> => {
      await this.addActivityOnce(activity);
      return { ok: true };
    });
  }

  async listActivities(dedupeKey?: string): Promise<Activity[]> {
    const rows = dedupeKey === undefined
      ? await this.db.activities.orderBy('seq').toArray()
      : await this.db.activities.where('dedupeKey').equals(dedupeKey).sortBy('seq');
    return rows.map(activityOf);
  }

  getRoster(): Promise<RosterEntry[]> {
    return this.rosterEntries();
  }

  putRosterEntry(entry: RosterEntry, actor: Actor, _context: EditContext): Promise<EditOutcome> {
    return this.db.inWriteTransaction(async (): Promise<EditOutcome> => {
      const before = await this.rosterEntries();
      const refusal = managerRefusal('roster', actor, before)
        ?? rosterChangeRefusal(before, [...before.filter((e) => e.name !== entry.name), entry]);
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
      const existing = await this.db.roster.get(entry.name);
      const seq = await this.db.nextSeq();
      await this.db.roster.put({ name: entry.name, id: existing?.id ?? entry.name, entry, seq });
      return { ok: true };
    });
  }

  removeRosterEntry(name: string, actor: Actor, _context: EditContext): Promise<EditOutcome> {
    return this.db.inWriteTransaction(async (): Promise<EditOutcome> => {
      const before = await this.rosterEntries();
      const refusal = managerRefusal('roster', actor, before)
        ?? rosterChangeRefusal(before, before.filter((e) => e.name !== name));
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
      const existing = await this.db.roster.get(name);
      if (!existing) return { ok: true };
      const seq = await this.db.nextSeq();
      await this.db.roster.delete(name);
      await this.db.tombstones.add({ seq, table: 'roster', id: existing.id });
      return { ok: true };
    });
  }

  async getSettings(): Promise<StoredSettings | null> {
    const row = await this.db.settings.get(SETTINGS_ROW);
    return row ? storedSettings(row) : null;
  }

  saveSettings(settings: ClaimSettingsBlob, expectedVersion: string | null, actor: Actor, context: EditContext): Promise<EditOutcome> {
    return this.db.inWriteTransaction(async (): Promise<EditOutcome> => {
      const refusal = managerRefusal('settings', actor, await this.rosterEntries());
      if (refusal) return { ok: false, problem: 'forbidden', reason: refusal };
      const current = await this.db.settings.get(SETTINGS_ROW);
      if (current?.lastEditId === context.editId) return { ok: true };
      if ((current?.version ?? null) !== expectedVersion) {
        return { ok: false, problem: 'conflict', reason: message('store.settings.conflict') };
      }
      const seq = await this.db.nextSeq();
      await this.db.settings.put({ name: SETTINGS_ROW, settings, version: String(seq), lastEditId: context.editId, seq });
      return { ok: true };
    });
  }

  changes(cursor: string | null, options: ChangesOptions = {}): Promise<StoreChanges> {
    if (cursor === null) return this.everything(options);
    const since = Number(cursor);
    const { db } = this;
    return db.transaction('r', db.allTables(), async (): Promise<StoreChanges> => {
      const tombstones = await db.tombstones.where('seq').above(since).toArray();
      const settings = await db.settings.where('seq').above(since).first();
      return {
        cursor: String(await db.currentSeq()),
        reset: cursor === null,
        customers: (await db.customers.where('seq').above(since).toArray()).map(storedCustomer),
        removedCustomerIds: tombstones.filter((t) => t.table === 'customers').map((t) => t.id),
        activities: (await db.activities.where('seq').above(since).sortBy('seq')).map(activityOf),
        roster: (await db.roster.where('seq').above(since).toArray()).map((row) => ({ id: row.id, entry: row.entry })),
        removedRosterIds: tombstones.filter((t) => t.table === 'roster').map((t) => t.id),
        settings: settings ? storedSettings(settings) : null,
      };
    });
  }

  /**
   * The whole register at once (a pane opening): each table read in bulk, in one read transaction, the
   * requests issued together — no tombstones (a full state lists only what exists). With `contactsLater` the
   * log's few other lines come by the kind index, and `wholeLog` pages through the log up to this cursor.
   */
  private everything({ contactsLater = false }: ChangesOptions): Promise<StoreChanges> {
    const { db } = this;
    return db.transaction('r', db.allTables(), async (): Promise<StoreChanges> => {
      const [customers, activities, roster, settings, cursor] = await Promise.all([
        db.customers.toArray(), contactsLater ? this.claimLines() : db.activities.toArray(),
        db.roster.toArray(), db.settings.get(SETTINGS_ROW), db.currentSeq(),
      ]);
      return {
        ...(contactsLater ? { wholeLog: this.logUpTo(cursor) } : {}),
        cursor: String(cursor),
        reset: true,
        customers: customers.map(storedCustomer),
        removedCustomerIds: [],
        // Stored by id; the log is read in the order it was written.
        activities: activities.sort((a, b) => a.seq - b.seq).map(activityOf),
        roster: roster.map((row) => ({ id: row.id, entry: row.entry })),
        removedRosterIds: [],
        settings: settings ? storedSettings(settings) : null,
      };
    });
  }

  /**
   * The lines that are not contacts, by the kind index: one plain key range per kind (Dexie walks a cursor,
   * a request per line, for anyOf/noneOf).
   */
  private async claimLines(): Promise<ActivityRow[]> {
    const kinds = await Promise.all(CLAIM_LINE_KINDS.map((kind) => this.db.activities.where('kind').equals(kind).toArray()));
    return kinds.flat();
  }

  /**
   * The log up to seq `last` in the order it was written, LOG_PAGE lines per read: lines are only ever added,
   * so pages read in turn (each its own transaction) add up to the log as it was at `last`. (A team mirror's
   * full re-sync puts lines again under later seqs: those come with the next `changes(cursor)` instead.)
   */
  private async *logUpTo(last: number): AsyncGenerator<Activity[]> {
    for (let after = 0; ;) {
      const rows = await this.db.activities.where('seq').between(after, last, false, true).limit(LOG_PAGE).toArray();
      if (rows.length === 0) return;
      after = rows[rows.length - 1].seq;
      yield rows.map(activityOf);
    }
  }

  /**
   * Dexie announces every committed write (in this tab, and in other tabs through its BroadcastChannel) as a
   * set of mutated parts named idb://<database>/<table>/…; any part of this database is a change.
   */
  subscribe(listener: () => void): () => void {
    const prefix = `idb://${this.db.name}/`;
    const onMutated = (parts: Record<string, unknown>): void => {
      if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
    };
    Dexie.on('storagemutated', onMutated);
    return () => Dexie.on('storagemutated').unsubscribe(onMutated);
  }

  private async rosterEntries(): Promise<RosterEntry[]> {
    return (await this.db.roster.toArray()).map((row) => row.entry);
  }

  private async rewrite(current: CustomerRow, record: CustomerRecord, context: EditContext): Promise<CustomerRow> {
    const seq = await this.db.nextSeq();
    const row: CustomerRow = { ...current, record, version: String(seq), lastEditId: context.editId, seq };
    await this.db.customers.put(row);
    return row;
  }

  private async addActivityOnce(activity: Activity): Promise<void> {
    if (await this.db.activities.get(activity.id)) return;
    await this.db.activities.add({ ...activity, seq: await this.db.nextSeq() });
  }

  private async addActivitiesOnce(activities: ActionLog): Promise<void> {
    for (const activity of activities) await this.addActivityOnce(activity);
  }
}

function requireKey(record: CustomerRecord): void {
  // A caller bug, not a user error: the 查重键 is computed by the caller before any edit.
  if (!record.dedupeKey) throw new Error(`customer "${record.name}" has no dedupeKey`);
}

function storedCustomer(row: CustomerRow): StoredCustomer {
  return { id: row.id, record: row.record, version: row.version, lastEditId: row.lastEditId };
}

function storedSettings(row: SettingsRow): StoredSettings {
  return { settings: row.settings, version: row.version, lastEditId: row.lastEditId };
}

function activityOf(row: Activity & { seq?: number }): Activity {
  const { seq: _seq, ...activity } = row;
  return activity;
}
