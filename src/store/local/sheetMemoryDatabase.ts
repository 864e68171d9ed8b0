import Dexie, { type Table } from 'dexie';
import type { SheetMemory } from '../sheetMemory';
import type { IndexedDbSource } from './registerDatabase';

interface RememberedRow {
  key: string;
  fingerprint: string;
}

/** Rows read or written at a time: a 100,000-row register goes in pages, not one long structured clone. */
const PAGE = 5_000;

/** The sheet memory in IndexedDB, one database per workbook (its own, beside the workbook's local store). */
export class SheetMemoryDatabase extends Dexie implements SheetMemory {
  rows!: Table<RememberedRow, string>;

  constructor(name: string, source?: IndexedDbSource) {
    super(name, source ? { indexedDB: source.indexedDB, IDBKeyRange: source.IDBKeyRange } : undefined);
    this.version(1).stores({ rows: '&key' });
  }

  async recall(keys: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.rows.bulkGet([...keys]);
    return new Map(rows.flatMap((row) => (row ? [[row.key, row.fingerprint] as const] : [])));
  }

  async all(): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    let after: string | null = null;
    for (;;) {
      const page: RememberedRow[] = await (after === null ? this.rows.orderBy('key') : this.rows.where('key').above(after)).limit(PAGE).toArray();
      for (const row of page) found.set(row.key, row.fingerprint);
      if (page.length < PAGE) return found;
      after = page[page.length - 1].key;
    }
  }

  /** Written in pages too: a first open remembers every row, and one long write would hold the pane. */
  async remember(fingerprints: ReadonlyMap<string, string>): Promise<void> {
    const rows = [...fingerprints].map(([key, fingerprint]) => ({ key, fingerprint }));
    for (let start = 0; start < rows.length; start += PAGE) await this.rows.bulkPut(rows.slice(start, start + PAGE));
  }
}
