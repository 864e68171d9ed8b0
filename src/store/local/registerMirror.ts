import type { StoreChanges } from '../claimStore';
import type { RegisterDatabase } from './registerDatabase';
import { SETTINGS_ROW } from './registerDatabase';

const REMOTE_CURSOR = 'remoteCursor';

/**
 * Keeps a local copy of the team's SharePoint lists in a RegisterDatabase, so the task pane reads (and
 * looks names up) without a round trip and keeps working offline. Only the sync engine writes here, always
 * in the server's own words; the user's pending edits live in the outbox, never in the copy.
 */
export class RegisterMirror {
  constructor(readonly db: RegisterDatabase) {}

  remoteCursor(): Promise<string | null> {
    return this.db.getMetaText(REMOTE_CURSOR);
  }

  /** One transaction: the rows, the removals and the cursor they came with are stored together or not at all. */
  apply(changes: StoreChanges): Promise<void> {
    const { db } = this;
    return db.inWriteTransaction(async () => {
      const removedCustomers = new Set(changes.removedCustomerIds);
      const removedRoster = new Set(changes.removedRosterIds);
      if (changes.reset) {
        // A full state: whatever the copy has that the server no longer lists is gone.
        const keptCustomers = new Set(changes.customers.map((c) => c.id));
        for (const row of await db.customers.toArray()) if (!keptCustomers.has(row.id)) removedCustomers.add(row.id);
        const keptRoster = new Set(changes.roster.map((r) => r.id));
        for (const row of await db.roster.toArray()) if (!keptRoster.has(row.id)) removedRoster.add(row.id);
      }
      const rows = changes.customers.length + changes.roster.length + changes.activities.length + removedCustomers.size + removedRoster.size + 1;
      let seq = await db.reserveSeq(rows);

      for (const id of removedCustomers) {
        const row = await db.customers.where('id').equals(id).first();
        if (!row) continue;
        await db.customers.delete(row.key);
        await db.tombstones.add({ seq: seq++, table: 'customers', id });
      }
      for (const customer of changes.customers) {
        // A row re-created under the same 查重键 replaces the old one (the key is the primary key).
        await db.customers.where('id').equals(customer.id).delete();
        await db.customers.put({ key: customer.record.dedupeKey, ...customer, seq: seq++ });
      }
      for (const id of removedRoster) {
        const row = await db.roster.where('id').equals(id).first();
        if (!row) continue;
        await db.roster.delete(row.name);
        await db.tombstones.add({ seq: seq++, table: 'roster', id });
      }
      for (const stored of changes.roster) {
        await db.roster.where('id').equals(stored.id).delete();
        await db.roster.put({ name: stored.entry.name, id: stored.id, entry: stored.entry, seq: seq++ });
      }
      await db.activities.bulkPut(changes.activities.map((activity) => ({ ...activity, seq: seq++ })));
      if (changes.settings) await db.settings.put({ name: SETTINGS_ROW, ...changes.settings, seq: seq++ });
      await db.putMetaText(REMOTE_CURSOR, changes.cursor);
    });
  }
}
