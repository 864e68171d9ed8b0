import { claimKeyOf, type ClaimPolicy } from '../core/claims';
import type { CellValue } from '../core/register/cellValue';
import type { CustomerRecord } from '../core/register/customerRecord';
import { rowToRecord } from '../core/register/registerRow';
import type { RegisterEntry } from '../core/register/rowFindings';
import type { NameIndex, NameMatch } from '../core/names';
import type { RegisterLayout } from './registerLayout';
import type { NameMatcher } from './nameMatcher';

/** A register row as the model placed it: where it is and the customer record written there. */
export interface SheetRow {
  row: number;
  record: CustomerRecord;
}

/**
 * The register's rows in memory — the one copy the live check and the pane's model share: each sheet row as
 * read (its record and the two computed cells it holds), the one name index over them, and which customer
 * (by claim key) each row shows, with the record the model last placed there. The live check keeps the rows
 * current from the sheet; the model says which customer a row is.
 */
export class RegisterRows {
  private readonly entries = new Map<number, RegisterEntry>();
  /** 查重键 and 保护到期 as the sheet holds them, so only cells that differ are written. */
  private readonly computedCells = new Map<number, [CellValue, CellValue]>();
  private readonly index: NameIndex;
  private readonly keyAtRow = new Map<number, string>();
  private readonly placedByKey = new Map<string, SheetRow>();

  constructor(readonly layout: RegisterLayout, private readonly matcher: NameMatcher) {
    this.index = matcher.createIndex();
  }

  /** Takes in a row's cells as the sheet now holds them. */
  put(row: number, cells: readonly CellValue[]): void {
    const { columns } = this.layout;
    const record = rowToRecord([...cells], { dedupeKey: (name) => this.matcher.dedupeKey(name), columns }).record;
    this.entries.set(row, { row, record });
    this.computedCells.set(row, [cells[columns.dedupeKey] ?? '', cells[columns.protectedUntil] ?? '']);
    if (record.name.trim() === '') this.index.remove(String(row));
    else this.index.add(String(row), record.name);
  }

  /** Forgets every row as read (the whole register is read again); which customer each row shows stays. */
  clear(): void {
    for (const row of this.entries.keys()) this.index.remove(String(row));
    this.entries.clear();
    this.computedCells.clear();
  }

  entry(row: number): RegisterEntry | undefined {
    return this.entries.get(row);
  }

  allRows(): IterableIterator<number> {
    return this.entries.keys();
  }

  allEntries(): IterableIterator<RegisterEntry> {
    return this.entries.values();
  }

  /** Rows holding a customer name, top to bottom. */
  named(): RegisterEntry[] {
    return [...this.entries.values()].filter((e) => e.record.name.trim() !== '').sort((a, b) => a.row - b.row);
  }

  /** The row below every row read so far (where a new customer would go). */
  nextRow(): number {
    let row = this.layout.firstDataRow;
    for (const taken of this.entries.keys()) row = Math.max(row, taken + 1);
    return row;
  }

  /** Rows whose names look like `name` (ids are sheet rows), from the one index. */
  query(name: string, limit: number): NameMatch[] {
    return this.index.query(name, limit);
  }

  /**
   * Customers whose names look like `name`, most serious first: the register's one name index (over its
   * rows), one match per 查重键 (per claim key with product lines) — the pane's lookup and the live check ask
   * the same index. Of several rows with one key, the match shown is against the customer's registered name
   * (`nameOf`), so its reason fits.
   */
  customersLike(name: string, limit: number, policy: ClaimPolicy, nameOf: (key: string) => string | undefined): NameMatch[] {
    const byKey = new Map<string, NameMatch>();
    for (const match of this.index.query(name, limit * 3)) {
      const record = this.entries.get(Number(match.id))?.record;
      // With product lines on, each line of a customer is its own claim (claimKeyOf), so each is listed.
      const key = record && claimKeyOf(record.dedupeKey, record.productLine, policy);
      if (!key) continue;
      const held = byKey.get(key);
      if (!held ? byKey.size < limit : held.name !== nameOf(key) && match.name === nameOf(key)) byKey.set(key, { ...match, id: key });
    }
    return [...byKey.values()];
  }

  computed(row: number): [CellValue, CellValue] | undefined {
    return this.computedCells.get(row);
  }

  setComputed(row: number, cells: [CellValue, CellValue]): void {
    this.computedCells.set(row, cells);
  }

  // ——— which customer each row shows (set by the model when it writes or takes in a row) ———

  /** Records that `placed.row` shows the customer `placed.record` (by its claim key), as written there. */
  place(placed: SheetRow): void {
    const key = placed.record.dedupeKey;
    const previous = this.placedByKey.get(key);
    if (previous && this.keyAtRow.get(previous.row) === key) this.keyAtRow.delete(previous.row);
    this.placedByKey.set(key, placed);
    this.keyAtRow.set(placed.row, key);
  }

  /** Where the customer with claim key `key` is shown, with the record last placed there. */
  placed(key: string): SheetRow | undefined {
    return this.placedByKey.get(key);
  }

  /** The claim key of the customer a row shows (it stays while the rep edits or renames the row). */
  keyShownAt(row: number): string | undefined {
    return this.keyAtRow.get(row);
  }

  placedRows(): IterableIterator<SheetRow> {
    return this.placedByKey.values();
  }
}
