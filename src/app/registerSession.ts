import { claimKeyOf, protectedUntilOf, type ActivityEntry } from '../core/claims';

/** The logged history of a claim, by its key: 保护到期 in the sheet agrees with the lookup and 我的客户. */
export type HistoryOf = (claimKey: string) => readonly ActivityEntry[];
import type { CalendarDate } from '../core/dates/calendarDate';
import type { CellValue } from '../core/register/cellValue';
import type { CustomerRecord } from '../core/register/customerRecord';
import { excelSerialOf } from '../core/register/dateCell';
import { rowToRecord } from '../core/register/registerRow';
import { DATE_FORMAT, TEXT_FORMAT } from '../core/register/registerSchema';
import type { NameIndex, NameMatch } from '../core/names';
import { message, type Message } from '../i18n/message';
import { ROW_MARK_FILLS, type RowMark, type SheetChange, type SpreadsheetHost } from '../hosts/spreadsheetHost';
import { CloseClaimOrder } from '../core/claims/closeClaimOrder';
import type { NameMatcher } from './nameMatcher';
import { findingNote } from './findingText';
import type { RegisterLayout } from './registerLayout';
import { applyRegisterRules } from './registerRules';
import type { RegisterSettings } from './registerSettings';
import { findRow, precedes, type FindingContext, type RegisterEntry, type RowFinding } from '../core/register/rowFindings';

/** Look-alike rows reported per name: enough for the pane; more says nothing new. */
const LOOK_ALIKES = 20;

/** Excel's last row: a change reaching it is a whole column, read through the table instead. */
const SHEET_LAST_ROW = 1_048_575;

export interface SessionSnapshot {
  /** Rows with a mark (warning or blocked), top to bottom. */
  findings: RowFinding[];
  /** Rows holding a customer name. */
  customers: number;
  /** Set when the last check could not update the sheet (it is logged too); cleared by the next that can. */
  problem: Message | null;
}

/** A row the user typed or pasted, as the live check read and judged it. */
export interface RowEdit {
  row: number;
  record: CustomerRecord;
  finding: RowFinding;
}

/** What the user changed in the register: the rows it touched, and whether the 客户名称 column was among them. */
export interface RegisterEdit {
  rows: RowEdit[];
  namesTyped: boolean;
}

/** A row a store refused, with the refusal: it holds while the row keeps the name and rep it was refused for. */
interface Refusal {
  key: string;
  rep: string;
  reason: Message;
}

const FILL = { none: null, yellow: ROW_MARK_FILLS.warning, red: ROW_MARK_FILLS.blocked } as const;

/**
 * The live check (SPEC §2, §4, §5): the register's rows in memory with a name index, kept current from the
 * sheet's change events. A changed row gets its 查重键 and 保护到期 written (only those columns — the rep's text
 * is never touched), and it and every row whose name it resembles are checked again and re-marked. Work is
 * done one change at a time; the host switches events off while the add-in writes, so nothing echoes.
 */
export class RegisterSession {
  private readonly entries = new Map<number, RegisterEntry>();
  private readonly computed = new Map<number, [CellValue, CellValue]>();
  private readonly index: NameIndex;
  private findingsByRow = new Map<number, RowFinding>();
  private readonly listeners = new Set<(snapshot: SessionSnapshot) => void>();
  private readonly editListeners = new Set<(edit: RegisterEdit) => unknown>();
  private readonly refusals = new Map<number, Refusal>();
  private stopListening: (() => Promise<void>) | null = null;
  private queue: Promise<void> = Promise.resolve();
  private problem: Message | null = null;

  /** A claim's logged history (a manager's handover restarts the window the row's dates cannot show). */
  private historyOf: HistoryOf = () => [];

  private constructor(
    private readonly host: SpreadsheetHost,
    readonly layout: RegisterLayout,
    private settings: RegisterSettings,
    private today: CalendarDate,
    private readonly matcher: NameMatcher,
  ) {
    this.index = matcher.createIndex();
  }

  /** Loads and indexes the register's rows, starts checking and marking them all, and listens to the rep's edits. */
  static async start(
    host: SpreadsheetHost, layout: RegisterLayout, rows: CellValue[][],
    options: { settings: RegisterSettings; today: CalendarDate; matcher: NameMatcher; historyOf?: HistoryOf },
  ): Promise<RegisterSession> {
    const session = new RegisterSession(host, layout, options.settings, options.today, options.matcher);
    if (options.historyOf) session.historyOf = options.historyOf;
    session.load(rows);
    // Lookups work once the rows are indexed; checking and marking every row follows in the queue (settled()).
    void session.enqueue(() => session.checkAll(true));
    session.stopListening = await host.onSheetChanged(layout.sheet, (change) => session.userChanged(change));
    return session;
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
  }

  /**
   * Calls `listener` after each change the user made in the register has been checked and marked, with the
   * rows it touched: the task pane pushes new customers to its store from there. The change counts as handled
   * (`settled`, the host's event) once the listeners are done.
   */
  onEdited(listener: (edit: RegisterEdit) => unknown): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  /**
   * Rows the add-in itself wrote (the host raises no event for those): read again, given their computed
   * columns, and checked with the rows whose names they resemble.
   */
  rowsWritten(top: number, bottom: number): Promise<void> {
    return this.enqueue(async () => {
      await this.apply({ sheet: this.layout.sheet, range: { top, left: 0, bottom, right: this.layout.columnCount - 1 } });
    });
  }

  /**
   * Rows the add-in has just written, with the cells it wrote: taken as they are (no read-back) and checked
   * with the rows whose names they resemble. The cells carry the computed columns already.
   */
  rowsPut(rows: readonly { row: number; cells: CellValue[] }[]): Promise<void> {
    return this.enqueue(async () => {
      if (rows.length > 0) await this.checkRows(rows.map(({ row, cells }) => [row, cells] as const));
    });
  }

  /** Reads the whole register again (after the add-in rewrote much of it, or to be sure). */
  reload(): Promise<void> {
    return this.enqueue(() => this.readAgain());
  }

  /**
   * Marks a row as refused by the store (the claim lost a race, or the rep may not register for someone
   * else), or lifts the refusal with null. It stays on the row while the row keeps that name and rep.
   */
  setRefusal(row: number, reason: Message | null): Promise<void> {
    return this.enqueue(async () => {
      const entry = this.entries.get(row);
      if (reason && entry) this.refusals.set(row, { key: entry.record.dedupeKey, rep: entry.record.rep.trim(), reason });
      else if (!this.refusals.delete(row)) return;
      await this.recheck(new Set([row]), false);
    });
  }

  /** Calls `listener` after every check with the rows that carry a mark. */
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): SessionSnapshot {
    const findings = [...this.findingsByRow.values()].filter((f) => f.level !== 'clear').sort((a, b) => a.row - b.row);
    return { findings, customers: [...this.entries.values()].filter((e) => e.record.name.trim() !== '').length, problem: this.problem };
  }

  /**
   * Customers whose names look like `name`, most serious first: the register's one name index (over its
   * rows), one match per 查重键 (per claim key with product lines) — the pane's lookup and the live check ask
   * the same index. Of several rows with one key, the match shown is against the customer's registered name
   * (`nameOf`), so its reason fits.
   */
  customersLike(name: string, limit: number, nameOf: (key: string) => string | undefined = () => undefined): NameMatch[] {
    const byKey = new Map<string, NameMatch>();
    for (const match of this.index.query(name, limit * 3)) {
      const record = this.entries.get(Number(match.id))?.record;
      // With product lines on, each line of a customer is its own claim (claimKeyOf), so each is listed.
      const key = record && claimKeyOf(record.dedupeKey, record.productLine, this.settings.policy);
      if (!key) continue;
      const held = byKey.get(key);
      if (!held ? byKey.size < limit : held.name !== nameOf(key) && match.name === nameOf(key)) byKey.set(key, { ...match, id: key });
    }
    return [...byKey.values()];
  }

  finding(row: number): RowFinding | null {
    return this.findingsByRow.get(row) ?? null;
  }

  /** The register's rows holding a customer name, top to bottom, as the live check read them. */
  rows(): RegisterEntry[] {
    return [...this.entries.values()].filter((e) => e.record.name.trim() !== '').sort((a, b) => a.row - b.row);
  }

  records(): CustomerRecord[] {
    return [...this.entries.values()].filter((e) => e.record.name.trim() !== '').sort((a, b) => a.row - b.row).map((e) => e.record);
  }

  /**
   * What registering `record` as a new row would run into, while the rep is still typing its name in the pane:
   * the same check as a row in the sheet, without writing anything.
   */
  lookup(record: CustomerRecord): RowFinding {
    let row = this.layout.firstDataRow;
    for (const taken of this.entries.keys()) row = Math.max(row, taken + 1);
    return findRow({ row, record: { ...record, dedupeKey: this.matcher.dedupeKey(record.name) } }, this.context());
  }

  /**
   * A new day, or a manager's new policy or roster: every row is checked again, and with new settings the
   * validation lists and highlights are put in place again too.
   */
  update(changes: { today?: CalendarDate; settings?: RegisterSettings }): Promise<void> {
    return this.enqueue(async () => {
      this.today = changes.today ?? this.today;
      if (changes.settings) {
        this.settings = changes.settings;
        await applyRegisterRules(this.host, this.layout, this.settings);
      }
      await this.checkAll(false);
    });
  }

  /** Resolves when every change received so far has been handled. */
  settled(): Promise<void> {
    return this.queue;
  }

  private async userChanged(change: SheetChange): Promise<void> {
    const edits: RegisterEdit[] = [];
    await this.enqueue(async () => {
      const edit = await this.apply(change);
      if (edit) edits.push(edit);
    });
    for (const edit of edits) for (const listener of [...this.editListeners]) await listener(edit);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      console.error('客户登记册: live check failed', error);
      this.problem = message('host.command.failed', { detail: error instanceof Error ? error.message : String(error) });
      this.notify();
    });
    return this.queue;
  }

  private notify(): void {
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }

  private record(row: CellValue[]): CustomerRecord {
    return rowToRecord(row, { dedupeKey: (name) => this.matcher.dedupeKey(name), columns: this.layout.columns }).record;
  }

  private put(row: number, values: CellValue[]): void {
    const id = String(row);
    const record = this.record(values);
    this.entries.set(row, { row, record });
    this.computed.set(row, [values[this.layout.columns.dedupeKey] ?? '', values[this.layout.columns.protectedUntil] ?? '']);
    if (record.name.trim() === '') this.index.remove(id);
    else this.index.add(id, record.name);
  }

  private load(rows: CellValue[][]): void {
    for (const row of this.entries.keys()) this.index.remove(String(row));
    this.entries.clear();
    this.refusals.clear();
    this.computed.clear();
    rows.forEach((values, i) => this.put(this.layout.firstDataRow + i, values));
  }

  /** The rules and the rest of the register for one round of checks; a name is looked up once per round. */
  private context(): FindingContext & { query(name: string): NameMatch[] } {
    const { policy, roster } = this.settings;
    const order = new CloseClaimOrder(this.entries.values(), policy, this.today);
    const queries = new Map<string, NameMatch[]>();
    let firstByKey: Map<string, RegisterEntry> | null = null;
    const query = (name: string) => {
      let found = queries.get(name);
      if (!found) queries.set(name, (found = this.index.query(name, LOOK_ALIKES)));
      return found;
    };
    return {
      policy, roster, today: this.today, query,
      lookAlikes: (entry) => query(entry.record.name)
        .filter((m) => m.id !== String(entry.row))
        .flatMap((m) => {
          const other = this.entries.get(Number(m.id));
          return other ? [{ entry: other, verdict: m.verdict, reason: m.reason }] : [];
        }),
      keyOf: (name) => this.matcher.dedupeKey(name),
      rowKeyed: (key) => {
        if (!firstByKey) {
          // Built once per round of checks, and only when a branch asks for its parent.
          firstByKey = new Map();
          for (const entry of this.entries.values()) {
            const held = firstByKey.get(entry.record.dedupeKey);
            if (entry.record.dedupeKey && (!held || precedes(entry, held))) firstByKey.set(entry.record.dedupeKey, entry);
          }
        }
        return key ? firstByKey.get(key) : undefined;
      },
      closeClaimsBefore: (entry) => order.before(entry),
    };
  }

  /** Checks the rows a change touched; returns them, or null when the change was not to single rows. */
  private async apply(change: SheetChange): Promise<RegisterEdit | null> {
    const { range } = change;
    const { firstDataRow, columnCount } = this.layout;
    if (range.bottom < firstDataRow || range.left >= columnCount) return null;
    const wholeRows = range.left === 0 && range.right >= 16_383;
    if ((change.shifted ?? wholeRows) || range.bottom >= SHEET_LAST_ROW) {
      await this.readAgain();
      return null;
    }
    const top = Math.max(range.top, firstDataRow);
    const values = await this.host.readRange(this.layout.sheet, { top, left: 0, bottom: range.bottom, right: columnCount - 1 });
    const changed = await this.checkRows(values.map((cells, i) => [top + i, cells] as const));
    const nameColumn = this.layout.columns.name;
    return {
      namesTyped: range.left <= nameColumn && range.right >= nameColumn,
      rows: changed.flatMap((row) => {
        const entry = this.entries.get(row);
        const finding = this.findingsByRow.get(row);
        return entry && finding ? [{ row, record: entry.record, finding }] : [];
      }),
    };
  }

  /** Takes in changed rows, checks them and the rows whose marks they may change, writes their computed columns. */
  private async checkRows(rows: readonly (readonly [number, CellValue[]])[]): Promise<number[]> {
    const changed = rows.map(([row]) => row);
    // Rows that matched the old names, then rows matching the new ones: their marks may change too.
    const related = new Set(changed.flatMap((row) => this.findingsByRow.get(row)?.matches.map((m) => m.row) ?? []));
    for (const [row, cells] of rows) this.put(row, cells);
    const context = this.context();
    for (const row of changed) {
      const name = this.entries.get(row)?.record.name.trim() ?? '';
      if (name !== '') for (const match of context.query(name)) related.add(Number(match.id));
    }
    await this.recheck(new Set([...changed, ...related]), false, context);
    await this.writeComputed(changed);
    return changed;
  }

  private async readAgain(): Promise<void> {
    const table = await this.host.readTable(this.layout.tableName);
    if (!table) return;
    this.load(table.rows);
    await this.checkAll(true);
  }

  private async checkAll(unknownMarks: boolean): Promise<void> {
    await this.recheck(new Set(this.entries.keys()), unknownMarks);
    await this.writeComputed([...this.entries.keys()]);
  }

  /** Writes 查重键 and 保护到期 where the sheet does not already hold the right value. */
  private async writeComputed(rows: number[]): Promise<void> {
    const { policy } = this.settings;
    const due = rows.filter((row) => {
      const entry = this.entries.get(row);
      if (!entry) return false;
      const [key, until] = this.expected(entry, policy);
      const [sheetKey, sheetUntil] = this.computed.get(row) ?? ['', ''];
      return key !== sheetKey || until !== sheetUntil;
    }).sort((a, b) => a - b);
    if (due.length === 0) return;
    const first = due[0];
    const span = Array.from({ length: due[due.length - 1] - first + 1 }, (_, i) => first + i);
    const expected = span.map((row) => {
      const entry = this.entries.get(row);
      return entry ? this.expected(entry, policy) : this.computed.get(row) ?? (['', ''] as [CellValue, CellValue]);
    });
    const { sheet, columns } = this.layout;
    await this.host.writeRange(sheet, first, columns.dedupeKey, expected.map(([key]) => [key]), [TEXT_FORMAT]);
    await this.host.writeRange(sheet, first, columns.protectedUntil, expected.map(([, until]) => [until]), [DATE_FORMAT]);
    span.forEach((row, i) => this.computed.set(row, expected[i]));
  }

  /** A store's refusal turns the row's finding into a block, its reason first. */
  private refused(entry: RegisterEntry, finding: RowFinding): RowFinding {
    const refusal = this.refusals.get(entry.row);
    if (!refusal) return finding;
    if (refusal.key !== entry.record.dedupeKey || refusal.rep !== entry.record.rep.trim()) {
      this.refusals.delete(entry.row);
      return finding;
    }
    return { ...finding, level: 'blocked', mark: 'red', decision: [refusal.reason, ...finding.decision.filter((m) => m.key !== refusal.reason.key)] };
  }

  /** A 撞单 row (a colleague holds the customer) protects nothing: its 保护到期 stays empty. */
  private expected({ row, record }: RegisterEntry, policy: RegisterSettings['policy']): [CellValue, CellValue] {
    if (record.name.trim() === '') return ['', ''];
    const history = this.historyOf(claimKeyOf(record.dedupeKey, record.productLine, policy));
    const until = this.findingsByRow.get(row)?.heldBy ? null : protectedUntilOf(record, policy, history);
    return [record.dedupeKey, until ? excelSerialOf(until) : ''];
  }

  /**
   * Checks rows again and sends the marks that changed (all of them when the sheet's marks are not known yet).
   * The findings are kept only once the marks are on the sheet, so a failed write is retried by the next check.
   */
  private async recheck(rows: Set<number>, unknownMarks: boolean, context: FindingContext = this.context()): Promise<void> {
    const marks: RowMark[] = [];
    const checked = new Map<number, RowFinding>();
    for (const row of [...rows].sort((a, b) => a - b)) {
      const entry = this.entries.get(row);
      if (!entry) continue;
      const finding = this.refused(entry, findRow(entry, context));
      const previous = this.findingsByRow.get(row);
      const note = findingNote(finding);
      if (unknownMarks || !previous || previous.mark !== finding.mark || findingNote(previous) !== note) {
        marks.push({ row, fill: FILL[finding.mark], note, noteColumn: this.layout.columns.name });
      }
      checked.set(row, finding);
    }
    await this.host.markRows(this.layout.sheet, marks, { left: 0, right: this.layout.columnCount - 1 });
    if (unknownMarks) this.findingsByRow = new Map();
    for (const [row, finding] of checked) this.findingsByRow.set(row, finding);
    this.problem = null;
    this.notify();
  }
}
