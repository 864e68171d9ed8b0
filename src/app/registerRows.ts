import { claimKeyOf, type ClaimPolicy } from '../core/claims';
import type { CellValue } from '../core/register/cellValue';
import type { CustomerRecord } from '../core/register/customerRecord';
import { rowToRecord } from '../core/register/registerRow';
import type { RegisterEntry } from '../core/register/rowFindings';
import type { NameMatch, SharedNameIndex } from '../core/names';
import type { RegisterLayout } from './registerLayout';
import type { NameMatcher } from './nameMatcher';

/** A register row as the model placed it: where it is and the customer record written there. */
export interface SheetRow {
  row: number;
  record: CustomerRecord;
}

/**
 * The register's rows in memory — the one copy the live check and the pane's model share: each sheet row as
 * read (its record and the two computed cells it holds) and the rows' names in the register's one name index.
 * The live check keeps the rows current from the sheet; which customer a row shows is the model's (registerCustomers).
 */
export class RegisterRows {
  private readonly entries = new Map<number, RegisterEntry>();
  /** 查重键 and 保护到期 as the sheet holds them, so only cells that differ are written. */
  private readonly computedCells = new Map<number, [CellValue, CellValue]>();
  /** The rows holding each name (trimmed): the index files names, shared with the customers' keys. */
  private readonly rowsByName = new Map<string, number[]>();
  private readonly index: SharedNameIndex;

  /**
   * `storedKeys`: the 查重键 the store holds for each customer name. A row showing a stored customer under its
   * stored name takes that key instead of parsing the name again — most of a large register's open.
   * `names`: the register's one name index, when the customers' keys have it already (RegisterKeys).
   */
  constructor(
    readonly layout: RegisterLayout, private readonly matcher: NameMatcher, private readonly storedKeys: ReadonlyMap<string, string> = new Map(),
    names?: SharedNameIndex,
  ) {
    this.index = names ?? matcher.createIndex();
  }

  /** Takes in a row's cells as the sheet now holds them. */
  put(row: number, cells: readonly CellValue[]): void {
    const { columns } = this.layout;
    const keyOf = (name: string) => this.storedKeys.get(name) ?? this.matcher.dedupeKey(name);
    const record = rowToRecord([...cells], { dedupeKey: keyOf, columns }).record;
    const before = this.entries.get(row)?.record.name.trim() ?? '';
    this.entries.set(row, { row, record });
    this.computedCells.set(row, [cells[columns.dedupeKey] ?? '', cells[columns.protectedUntil] ?? '']);
    const name = record.name.trim();
    if (name === before) return;
    if (before) this.unfile(row, before);
    if (name) this.file(row, name);
  }

  /** Forgets every row as read (the whole register is read again). */
  clear(): void {
    for (const [name, rows] of this.rowsByName) for (let i = 0; i < rows.length; i++) this.index.release(name);
    this.rowsByName.clear();
    this.entries.clear();
    this.computedCells.clear();
  }

  private file(row: number, name: string): void {
    const rows = this.rowsByName.get(name);
    if (rows) rows.push(row);
    else this.rowsByName.set(name, [row]);
    this.index.hold(name);
  }

  private unfile(row: number, name: string): void {
    const rows = this.rowsByName.get(name) ?? [];
    rows.splice(rows.indexOf(row), 1);
    if (rows.length === 0) this.rowsByName.delete(name);
    this.index.release(name);
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

  /** How many rows hold a customer name. */
  namedCount(): number {
    let count = 0;
    for (const entry of this.entries.values()) if (entry.record.name.trim() !== '') count++;
    return count;
  }

  /** The row below every row read so far (where a new customer would go). */
  nextRow(): number {
    let row = this.layout.firstDataRow;
    for (const taken of this.entries.keys()) row = Math.max(row, taken + 1);
    return row;
  }

  /** Rows whose names look like `name` (ids are sheet rows, top to bottom per name), from the one index. */
  query(name: string, limit: number): NameMatch[] {
    const found: NameMatch[] = [];
    for (const match of this.index.query(name, limit, (held) => this.rowsByName.has(held))) {
      const rows = this.rowsByName.get(match.id) ?? [];
      for (const row of rows.length > 1 ? [...rows].sort((a, b) => a - b) : rows) found.push({ ...match, id: String(row) });
      if (found.length >= limit) break;
    }
    return found.length > limit ? found.slice(0, limit) : found;
  }

  /**
   * Customers whose names look like `name`, most serious first: the register's one name index (over its
   * rows), one match per 查重键 (per claim key with product lines) — the pane's lookup and the live check ask
   * the same index. Of several rows with one key, the match shown is against the customer's registered name
   * (`nameOf`), so its reason fits.
   */
  customersLike(name: string, limit: number, policy: ClaimPolicy, nameOf: (key: string) => string | undefined): NameMatch[] {
    const byKey = new Map<string, NameMatch>();
    for (const match of this.query(name, limit * 3)) {
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
}
