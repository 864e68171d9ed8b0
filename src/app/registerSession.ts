import type { CalendarDate } from '../core/dates/calendarDate';
import type { CellValue } from '../core/register/cellValue';
import type { CustomerRecord } from '../core/register/customerRecord';
import { message, type Message } from '../i18n/message';
import type { SheetChange, SpreadsheetHost } from '../hosts/spreadsheetHost';
import { computedCells, writeComputedColumns, type HistoryOf } from './computedColumns';
import type { NameMatcher } from './nameMatcher';
import type { RegisterLayout } from './registerLayout';
import { RegisterRows } from './registerRows';
import { applyRegisterRules } from './registerRules';
import type { RegisterSettings } from './registerSettings';
import { rowCheckContext, rowsInOrder, type RowCheckContext, type RowsInOrder } from './rowCheckContext';
import { RowMarks } from './rowMarks';
import { changeScope } from './sheetChangeScope';
import { findRow, type FindingContext, type RegisterEntry, type RowFinding } from '../core/register/rowFindings';
import type { RegisterEdit, RowNames, SessionSnapshot } from './registerSessionTypes';

export type { HistoryOf } from './computedColumns';
export type { RegisterEdit, RowEdit, RowNames, SessionSnapshot } from './registerSessionTypes';

/**
 * The live check (SPEC §2, §4, §5): keeps the register's rows (RegisterRows, the one copy the pane's model
 * shares) current from the sheet's change events. A changed row gets its 查重键 and 保护到期 written (only those columns — the rep's text
 * is never touched), and it and every row whose name it resembles are checked again and re-marked. Work is
 * done one change at a time; the host switches events off while the add-in writes, so nothing echoes.
 */
export class RegisterSession {
  /** The register's rows: the one copy, shared with the pane's model (which says which customer each row shows). */
  readonly registerRows: RegisterRows;
  private readonly marks: RowMarks;
  private readonly listeners = new Set<(snapshot: SessionSnapshot) => void>();
  private readonly editListeners = new Set<(edit: RegisterEdit) => unknown>();
  private stopListening: (() => Promise<void>) | null = null;
  private queue: Promise<void> = Promise.resolve();
  private problem: Message | null = null;
  /** Aborted when the session stops: queued checks are dropped, a check under way ends at its next turn. */
  private readonly stopping = new AbortController();

  /** A claim's logged history (a manager's handover restarts the window the row's dates cannot show). */
  private historyOf: HistoryOf = () => [];

  private constructor(
    private readonly host: SpreadsheetHost,
    readonly layout: RegisterLayout,
    private settings: RegisterSettings,
    private today: CalendarDate,
    private readonly matcher: NameMatcher,
    rowNames: RowNames,
  ) {
    this.registerRows = new RegisterRows(layout, matcher, rowNames.storedKeys, rowNames.nameIndex);
    this.marks = new RowMarks(host, this.registerRows);
  }

  /**
   * Loads and indexes the register's rows, starts checking and marking them all (unless `checkLater`: the
   * caller keys some rows anew first, then calls checkEverything), and listens to the rep's edits.
   */
  static async start(
    host: SpreadsheetHost, layout: RegisterLayout, rows: CellValue[][],
    options: {
      settings: RegisterSettings; today: CalendarDate; matcher: NameMatcher; historyOf?: HistoryOf; rowNames?: RowNames; checkLater?: boolean;
    },
  ): Promise<RegisterSession> {
    const session = new RegisterSession(host, layout, options.settings, options.today, options.matcher, options.rowNames ?? {});
    if (options.historyOf) session.historyOf = options.historyOf;
    session.load(rows);
    // Lookups work once the rows are indexed; checking and marking every row follows in the queue (settled()).
    if (!options.checkLater) void session.checkEverything();
    session.stopListening = await host.onSheetChanged(layout.sheet, (change) => session.userChanged(change));
    return session;
  }

  /** Checks and marks every row, and writes the computed columns where the sheet differs (after the queue). */
  checkEverything(): Promise<void> {
    return this.enqueue(() => this.checkAll(true));
  }

  async stop(): Promise<void> {
    this.stopping.abort();
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
   * Rows the model keyed anew while the register opened (an adopted sheet's rows keyed beside each other), with
   * their cells as it knows them: taken in as they are — no read-back. Called before checkEverything, whose
   * check writes their 查重键 where the sheet holds another — once, as it will stay.
   */
  rekeyRows(rows: readonly { row: number; cells: CellValue[] }[]): void {
    for (const { row, cells } of rows) {
      const held = this.registerRows.computed(row);
      this.registerRows.put(row, cells);
      if (held) this.registerRows.setComputed(row, held);
    }
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

  /**
   * Marks a row as refused by the store (the claim lost a race, or the rep may not register for someone
   * else), or lifts the refusal with null. It stays on the row while the row keeps that name and rep.
   */
  setRefusal(row: number, reason: Message | null): Promise<void> {
    return this.enqueue(async () => {
      if (!this.marks.setRefusal(row, reason)) return;
      await this.recheck(new Set([row]), false);
    });
  }

  /** Calls `listener` after every check with the rows that carry a mark. */
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): SessionSnapshot {
    return { findings: this.marks.marked(), customers: this.registerRows.namedCount(), problem: this.problem };
  }

  finding(row: number): RowFinding | null {
    return this.marks.finding(row) ?? null;
  }

  /** The register's rows holding a customer name, top to bottom, as the live check read them. */
  rows(): RegisterEntry[] {
    return this.registerRows.named();
  }

  records(): CustomerRecord[] {
    return this.registerRows.named().map((e) => e.record);
  }

  /**
   * What registering `record` as a new row would run into, while the rep is still typing its name in the pane:
   * the same check as a row in the sheet, without writing anything.
   */
  lookup(record: CustomerRecord): RowFinding {
    const row = this.registerRows.nextRow();
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
    // A closed session (the pane closed) starts no more work: checks still queued are dropped.
    this.queue = this.queue.then(() => (this.stopping.signal.aborted ? undefined : work())).catch((error: unknown) => {
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

  private load(rows: CellValue[][]): void {
    this.registerRows.clear();
    this.marks.clearRefusals();
    rows.forEach((values, i) => this.registerRows.put(this.layout.firstDataRow + i, values));
  }

  private context(prepared: RowsInOrder | null = null): RowCheckContext {
    return rowCheckContext(this.registerRows, this.settings, this.today, this.matcher, this.historyOf, prepared);
  }

  /** Checks the rows a change touched; returns them, or null when the change was not to single rows. */
  private async apply(change: SheetChange): Promise<RegisterEdit | null> {
    const scope = changeScope(change, this.layout);
    if (scope === 'none') return null;
    if (scope === 'whole') {
      await this.readAgain();
      return null;
    }
    const { top, bottom } = scope;
    const { range } = change;
    const values = await this.host.readRange(this.layout.sheet, { top, left: 0, bottom, right: this.layout.columnCount - 1 });
    const changed = await this.checkRows(values.map((cells, i) => [top + i, cells] as const));
    const nameColumn = this.layout.columns.name;
    return {
      namesTyped: range.left <= nameColumn && range.right >= nameColumn,
      rows: changed.flatMap((row) => {
        const entry = this.registerRows.entry(row);
        const finding = this.marks.finding(row);
        return entry && finding ? [{ row, record: entry.record, finding }] : [];
      }),
    };
  }

  /** Takes in changed rows, checks them and the rows whose marks they may change, writes their computed columns. */
  private async checkRows(rows: readonly (readonly [number, CellValue[]])[]): Promise<number[]> {
    const changed = rows.map(([row]) => row);
    // Rows that matched the old names, then rows matching the new ones: their marks may change too.
    const related = new Set(changed.flatMap((row) => this.marks.finding(row)?.matches.map((m) => m.row) ?? []));
    for (const [row, cells] of rows) this.registerRows.put(row, cells);
    const context = this.context();
    for (const row of changed) {
      const name = this.registerRows.entry(row)?.record.name.trim() ?? '';
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
    const order = await rowsInOrder(this.registerRows, this.settings.policy, this.today, this.stopping.signal);
    if (!order) return;
    await this.recheck(new Set(this.registerRows.allRows()), unknownMarks, this.context(order), true);
    await this.writeComputed([...this.registerRows.allRows()], true);
  }

  /** Writes 查重键 and 保护到期 where the sheet does not already hold the right value. */
  private writeComputed(rows: number[], sliced = false): Promise<void> {
    const { policy } = this.settings;
    return writeComputedColumns(this.host, this.registerRows, rows,
      (entry) => computedCells(entry, this.marks.finding(entry.row), policy, this.historyOf), sliced, this.stopping.signal);
  }

  /** Checks rows again and re-marks them; a check whose marks reach the sheet clears the last problem. */
  private async recheck(rows: Set<number>, unknownMarks: boolean, context: FindingContext = this.context(), sliced = false): Promise<void> {
    await this.marks.check(rows, unknownMarks, context, sliced, this.stopping.signal);
    this.problem = null;
    this.notify();
  }
}
