import Dexie, { type Table, type Transaction } from 'dexie';
import type { CustomerRecord } from '../../core/register/customerRecord';
import type { Activity, ClaimSettingsBlob, RosterEntry } from '../claimStore';

export interface CustomerRow {
  /** The 查重键. */
  key: string;
  id: string;
  record: CustomerRecord;
  version: string;
  lastEditId: string;
  seq: number;
}

export type ActivityRow = Activity & { seq: number };

interface RosterRow {
  name: string;
  id: string;
  entry: RosterEntry;
  seq: number;
}

export const SETTINGS_ROW = 'claim-policy';

export interface SettingsRow {
  name: typeof SETTINGS_ROW;
  settings: ClaimSettingsBlob;
  version: string;
  lastEditId: string;
  seq: number;
}

/** A deleted row, kept so `changes(cursor)` can tell a reader to drop it. */
interface TombstoneRow {
  n?: number;
  seq: number;
  table: 'customers' | 'roster';
  id: string;
}

interface MetaRow {
  name: string;
  value: number | string;
}

/** Where the IndexedDB implementation comes from: the browser's by default, fake-indexeddb in tests. */
export interface IndexedDbSource {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/**
 * The register in IndexedDB. Every write takes the next number of one change sequence (meta 'seq') and
 * stamps it on the rows it touched, so "what changed since N" is an indexed range query.
 */
export class RegisterDatabase extends Dexie {
  customers!: Table<CustomerRow, string>;
  activities!: Table<ActivityRow, string>;
  roster!: Table<RosterRow, string>;
  settings!: Table<SettingsRow, string>;
  tombstones!: Table<TombstoneRow, number>;
  meta!: Table<MetaRow, string>;

  constructor(name: string, source?: IndexedDbSource) {
    super(name, source ? { indexedDB: source.indexedDB, IDBKeyRange: source.IDBKeyRange } : undefined);
    this.version(1).stores({
      customers: '&key, &id, seq',
      activities: '&id, seq, dedupeKey',
      roster: '&name, &id, seq',
      settings: '&name, seq',
      tombstones: '++n, seq',
      meta: '&name',
    });
    // The kind index lets an opening read the few lines that are not contacts first (ChangesOptions.contactsLater).
    this.version(2).stores({ activities: '&id, seq, dedupeKey, kind' });
  }

  /** Must run inside a read-write transaction that includes `meta`. */
  nextSeq(): Promise<number> {
    return this.reserveSeq(1);
  }

  /** Takes `count` numbers at once (a bulk write); returns the first. Same transaction rule as nextSeq. */
  async reserveSeq(count: number): Promise<number> {
    const current = await this.currentSeq();
    await this.meta.put({ name: 'seq', value: current + count });
    return current + 1;
  }

  async currentSeq(): Promise<number> {
    const row = await this.meta.get('seq');
    return typeof row?.value === 'number' ? row.value : 0;
  }

  async getMetaText(name: string): Promise<string | null> {
    const row = await this.meta.get(name);
    return typeof row?.value === 'string' ? row.value : null;
  }

  async putMetaText(name: string, value: string): Promise<void> {
    await this.meta.put({ name, value });
  }

  /** Every table: for transactions that may touch anything. */
  allTables(): Table[] {
    return [this.customers, this.activities, this.roster, this.settings, this.tombstones, this.meta];
  }

  inWriteTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transaction('rw', this.allTables(), work);
  }
}
