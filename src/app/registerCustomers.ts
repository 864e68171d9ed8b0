import { customerKeyOf } from '../core/claims';
import type { CustomerRecord } from '../core/register/customerRecord';
import type { StoredCustomer } from '../store/claimStore';
import type { SheetRow } from './registerRows';
import type { TeamChanges } from './teamData';

/** One customer of the register (by claim key): what the store holds, what the model reads, where the sheet shows it. */
export interface CustomerEntry {
  readonly key: string;
  /** The store's copy; null while the store does not hold the customer. */
  stored: StoredCustomer | null;
  /**
   * The customer as the model reads it: the stored record, or for a customer only the sheet holds yet (an
   * adopted row not the current user's to take in) its row's. Null when the key is only shown on a row that
   * is no customer (a row without 业务员, a customer the store dropped).
   */
  record: CustomerRecord | null;
  /** The sheet row showing the customer, or null. */
  row: number | null;
  /** The record the model last placed on `row` (written or read there): a row is rewritten when the store differs. */
  shown: CustomerRecord | null;
}

/**
 * The register's customers, one entry per claim key — the store's customers, the ones only the sheet holds,
 * and the row each is shown on — plus which key each row shows. The pane's reads (recordOf, the stored
 * customer, every record, the next 序号) are one map read; the entries follow the store on each refresh.
 */
export class RegisterCustomers {
  private readonly entries = new Map<string, CustomerEntry>();
  private readonly keyAtRow = new Map<number, string>();
  /** Each stored customer's key by store id: a customer moved to another key in place leaves its old one. */
  private readonly keyById = new Map<string, string>();
  /**
   * Each stored customer's name with its 查重键 (a product line's claim is keyed by the customer's key too): the
   * live check reads a stored name's key here instead of parsing it again. It follows the store, so a key
   * moved after the pane opened (a migration queued offline, another computer's) is read as moved.
   */
  readonly storedNameKeys = new Map<string, string>();
  /** Each customer's claim keys (one per product line), by its 查重键: a customer's lines without a scan of all. */
  private readonly linesByCustomer = new Map<string, string[]>();

  entry(key: string): CustomerEntry | undefined {
    return this.entries.get(key);
  }

  /** A customer's current record, from the store or (not taken in yet) the sheet. */
  record(key: string): CustomerRecord | undefined {
    return this.entries.get(key)?.record ?? undefined;
  }

  stored(key: string): StoredCustomer | undefined {
    return this.entries.get(key)?.stored ?? undefined;
  }

  /** Every customer's record: the store's, then the sheet's rows it does not hold yet. */
  records(): CustomerRecord[] {
    const stored: CustomerRecord[] = [];
    const sheetOnly: CustomerRecord[] = [];
    for (const { stored: s, record } of this.entries.values()) {
      if (s) stored.push(s.record);
      else if (record) sheetOnly.push(record);
    }
    return [...stored, ...sheetOnly];
  }

  /** The entries of a customer's claims, one per product line (its 查重键 with or without a line's suffix). */
  linesOf(key: string): CustomerEntry[] {
    return (this.linesByCustomer.get(customerKeyOf(key)) ?? []).map((line) => this.entries.get(line)!);
  }

  *storedCustomers(): IterableIterator<StoredCustomer> {
    for (const { stored } of this.entries.values()) if (stored) yield stored;
  }

  /** The next free 序号: one above every stored customer's and every placed row's. */
  nextSeq(): number {
    let max = 0;
    for (const { stored, shown } of this.entries.values()) {
      max = Math.max(max, stored?.record.seq ?? 0, shown?.seq ?? 0);
    }
    return max + 1;
  }

  /** A customer only the sheet holds yet (an adopted row): known by its row's record, shown on that row. */
  takeFromSheet(placed: SheetRow): void {
    const entry = this.entryFor(placed.record.dedupeKey);
    if (!entry.stored) entry.record = placed.record;
    this.place(placed);
  }

  /** Records that `placed.row` shows the customer `placed.record` (by its claim key), as written there. */
  place(placed: SheetRow): void {
    const entry = this.entryFor(placed.record.dedupeKey);
    if (entry.row !== null && this.keyAtRow.get(entry.row) === entry.key) this.keyAtRow.delete(entry.row);
    entry.row = placed.row;
    entry.shown = placed.record;
    this.keyAtRow.set(placed.row, entry.key);
  }

  /** Where the customer with claim key `key` is shown, with the record last placed there. */
  placed(key: string): SheetRow | undefined {
    const entry = this.entries.get(key);
    return entry && entry.row !== null && entry.shown ? { row: entry.row, record: entry.shown } : undefined;
  }

  /** The claim key of the customer a row shows (it stays while the rep edits or renames the row). */
  keyShownAt(row: number): string | undefined {
    return this.keyAtRow.get(row);
  }

  /**
   * Follows what a refresh of the store brought (`customers`: the store mirror after it). A customer the store
   * now holds is no longer one only the sheet knows; one moved to its stored key (the key migration) stays
   * on its row under the new key; one the store dropped keeps its row but is no customer any more.
   */
  follow(changes: TeamChanges, customers: ReadonlyMap<string, StoredCustomer>): void {
    const touched = new Set<string>(changes.removedKeys);
    for (const { from, to } of changes.rekeyed) {
      this.moveRow(from, to);
      const entry = this.entries.get(from);
      if (entry && !entry.stored) entry.record = null;
      touched.add(from).add(to);
    }
    for (const { id, record } of changes.customers) {
      const before = this.keyById.get(id);
      if (before !== undefined) touched.add(before);
      touched.add(record.dedupeKey);
    }
    if (changes.reset) {
      for (const key of this.entries.keys()) touched.add(key);
      for (const key of customers.keys()) touched.add(key);
    }
    for (const key of touched) this.follows(key, customers.get(key) ?? null);
  }

  /** One entry takes the store's copy (or loses it); its row stays. */
  private follows(key: string, stored: StoredCustomer | null): void {
    const entry = stored ? this.entryFor(key) : this.entries.get(key);
    if (!entry) return;
    if (entry.stored && this.keyById.get(entry.stored.id) === key) this.keyById.delete(entry.stored.id);
    if (stored) {
      entry.record = stored.record;
      this.keyById.set(stored.id, key);
      this.storedNameKeys.set(stored.record.name, customerKeyOf(key));
    } else if (entry.stored) entry.record = null;
    entry.stored = stored;
  }

  /** The row showing `from` shows `to` now, unless a row already shows `to`. */
  private moveRow(from: string, to: string): void {
    const source = this.entries.get(from);
    if (!source || source.row === null || this.placed(to)) return;
    const target = this.entryFor(to);
    target.row = source.row;
    target.shown = source.shown;
    if (this.keyAtRow.get(source.row) === from) this.keyAtRow.set(source.row, to);
    source.row = null;
    source.shown = null;
  }

  private entryFor(key: string): CustomerEntry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { key, stored: null, record: null, row: null, shown: null };
      this.entries.set(key, entry);
      const customer = customerKeyOf(key);
      const lines = this.linesByCustomer.get(customer);
      if (lines) lines.push(key);
      else this.linesByCustomer.set(customer, [key]);
    }
    return entry;
  }
}
