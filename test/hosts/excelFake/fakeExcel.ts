import { formatAddress, parseAddress, type Rect } from './a1';
import { interpretInput } from './cellInput';
import { FakeOfficeError, FakeRequestContext } from './requestContext';
import { WorkbookModel, type ChangedEvent, type FakeValue, type SelectionEvent, type SheetModel } from './workbookModel';

export interface FakeRunOptions {
  delayForCellEdit?: boolean;
}

/** Office.context.document.settings: a property bag saved into the file by saveAsync. */
export class FakeDocumentSettings {
  private readonly values = new Map<string, string>();
  /** What the saved file holds (saveAsync copies the bag here). */
  readonly saved = new Map<string, string>();

  get(name: string): unknown {
    const text = this.values.get(name);
    return text === undefined ? null : JSON.parse(text);
  }

  set(name: string, value: unknown): void {
    this.values.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.values.delete(name);
  }

  /** As Office does, the whole bag is saved: keys another runtime saved since this one's last refresh are lost. */
  saveAsync(callback?: (result: { status: string; error?: Error }) => void): void {
    this.saved.clear();
    for (const [name, text] of this.values) this.saved.set(name, text);
    setImmediate(() => callback?.({ status: 'succeeded' }));
  }

  /** Reloads the bag from the document: what other runtimes (the ribbon's, a co-author's) saved becomes visible. */
  refreshAsync(callback?: (result: { status: string; error?: Error }) => void): void {
    this.refreshes += 1;
    setImmediate(() => {
      this.values.clear();
      for (const [name, text] of this.saved) this.values.set(name, text);
      callback?.({ status: 'succeeded' });
    });
  }

  refreshes = 0;

  /** Another runtime of the add-in (or a co-author) saves a setting into the document. */
  savedElsewhere(name: string, value: unknown): void {
    this.saved.set(name, JSON.stringify(value));
  }
}

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2 = 0] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

/** How long after its request a late change event arrives (FakeExcel's `lateEvents`). */
const LATE_EVENT_MS = 5;

/**
 * A recording stand-in for Excel: `run` hands out request contexts whose proxies behave like Office.js
 * (load before read, writes applied at sync, payload limits, null objects), counts `context.sync()` calls,
 * raises worksheet events after the changes that cause them (unless `runtime.enableEvents` is off) and
 * plays the user: typing, pasting, deleting rows, selecting, sitting in cell-edit mode.
 */
export class FakeExcel {
  readonly model = new WorkbookModel();
  readonly settings = new FakeDocumentSettings();
  syncCount = 0;
  /** Options of every Excel.run, in order. */
  readonly runs: (FakeRunOptions | null)[] = [];
  /** Bytes of the largest request sent. */
  largestRequest = 0;
  /** The add-in runtime's `context.runtime.enableEvents`. */
  eventsEnabled = true;
  /** Events that reached a handler (the add-in's own writes must not produce any). */
  readonly delivered: { type: string; address: string; changeType?: string }[] = [];

  private readonly apiVersion: string;
  private queued: (() => void)[] = [];
  private scheduled = 0;
  private activeRuns = 0;
  private readonly pending = new Set<Promise<unknown>>();
  private cellEdit: { done: Promise<void>; finish: () => void } | null = null;
  private ids = 0;

  /**
   * Office.js does not document when a change event is raised relative to `enableEvents`: with `lateEvents`
   * the fake raises it a few milliseconds after the request, and looks at enableEvents only then — the
   * timing under which an add-in that relies on switching events off alone hears its own writes.
   */
  readonly lateEvents: boolean;

  constructor(options: { apiVersion?: string; lateEvents?: boolean } = {}) {
    this.apiVersion = options.apiVersion ?? '1.18';
    this.lateEvents = options.lateEvents ?? false;
    this.model.addSheet('Sheet1');
  }

  /** Office.context.requirements.isSetSupported for this Excel. */
  isSetSupported(name: string, version = '1.1'): boolean {
    return name === 'ExcelApi' && versionAtLeast(this.apiVersion, version);
  }

  requireApi(version: string, feature: string): void {
    if (!versionAtLeast(this.apiVersion, version)) throw new FakeOfficeError('ApiNotFound', `${feature} needs ExcelApi ${version}`);
  }

  nextId(prefix: string): string {
    return `{${prefix}-${++this.ids}}`;
  }

  /** Excel.run(batch), Excel.run(options, batch) and Excel.run(existingContext, batch). */
  async run<T>(first: unknown, second?: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const batch = (typeof first === 'function' ? first : second) as (context: FakeRequestContext) => Promise<T>;
    const reused = first instanceof FakeRequestContext ? first : null;
    const options = typeof first === 'function' || reused ? null : (first as FakeRunOptions);
    this.runs.push(options);
    this.activeRuns++;
    try {
      if (this.cellEdit) {
        if (!options?.delayForCellEdit) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
        await this.cellEdit.done;
      }
      const context = reused ?? new FakeRequestContext(this);
      const result = await batch(context);
      // Actions queued after the last sync would depend on Excel.run's clean-up to be sent: the fake refuses.
      if (context.pendingActions > 0) throw new Error(`${context.pendingActions} actions were queued after the last context.sync()`);
      return result;
    } finally {
      this.activeRuns--;
    }
  }

  countSync(): void {
    this.syncCount++;
  }

  recordPayload(bytes: number): void {
    this.largestRequest = Math.max(this.largestRequest, bytes);
  }

  /** Called by the model when cells change; only delivered while events are on. */
  emitChanged(event: ChangedEvent): void {
    if (!this.eventsEnabled && !this.lateEvents) return;
    const handlers = [...event.sheet.changedHandlers];
    this.queued.push(() => handlers.forEach((h) => h(event)));
  }

  private emitSelection(event: SelectionEvent): void {
    if (!this.eventsEnabled) return;
    const handlers = [...event.sheet.selectionHandlers];
    this.queued.push(() => handlers.forEach((h) => h(event)));
  }

  /** Events fire after the change that caused them is complete, never in the middle of a batch. */
  flushEvents(): void {
    for (const deliver of this.queued.splice(0)) {
      this.scheduled++;
      const arrive = () => {
        this.scheduled--;
        if (this.lateEvents && !this.eventsEnabled) return;
        deliver();
      };
      if (this.lateEvents) setTimeout(arrive, LATE_EVENT_MS);
      else setImmediate(arrive);
    }
  }

  /** Calls an add-in's handler with Office.js-shaped event arguments and keeps track of its promise. */
  dispatch(handler: (args: unknown) => Promise<unknown> | void, event: ChangedEvent | SelectionEvent): void {
    const address = formatAddress(event.rect);
    const args = 'changeType' in event
      ? {
        type: 'WorksheetChanged', address, changeType: event.changeType, source: 'Local', worksheetId: event.sheet.id,
        ...(event.details && this.isSetSupported('ExcelApi', '1.9') && {
          details: { ...event.details, valueTypeBefore: typeof event.details.valueBefore, valueTypeAfter: typeof event.details.valueAfter },
        }),
      }
      : { type: 'WorksheetSelectionChanged', address, worksheetId: event.sheet.id };
    this.delivered.push({ type: args.type, address, ...('changeType' in args && { changeType: args.changeType }) });
    const result = handler(args);
    if (result instanceof Promise) {
      const tracked = result.catch(() => undefined).finally(() => this.pending.delete(tracked));
      this.pending.add(tracked);
    }
  }

  /** Waits until every event has been delivered and every handler and batch has finished. */
  async settle(): Promise<void> {
    for (let rounds = 0; rounds < 10_000; rounds++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.pending.size > 0) await Promise.all([...this.pending]);
      else if (this.scheduled === 0 && this.activeRuns === 0 && this.queued.length === 0) return;
    }
    throw new Error('FakeExcel.settle: events keep coming');
  }

  // ——— the user ———

  sheet(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`no sheet "${name}"`);
    return sheet;
  }

  /**
   * Types (one cell) or pastes (a block) at (row, column), as a user would: text is read the way Excel reads
   * typing, a table grows when the block starts right below it, and one change event follows.
   */
  async userEdit(sheetName: string, row: number, column: number, values: (FakeValue | null)[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const rect: Rect = { top: row, left: column, bottom: row + values.length - 1, right: column + values[0].length - 1 };
    // AutoExpansion: a block typed or pasted in a table's last row or right below it, reaching further down, grows the table.
    const grows = this.model.tables.find((t) => t.sheet === sheet && row > t.rect.top && row <= t.rect.bottom + 1
      && rect.bottom > t.rect.bottom && column >= t.rect.left && column <= t.rect.right);
    if (grows) this.model.growTable(grows, rect.bottom - grows.rect.bottom);
    const before = sheet.value(row, column);
    values.forEach((line, r) => line.forEach((input, c) => {
      if (input === null) return;
      const cell = sheet.ensureCell(row + r, column + c);
      const { value, formula } = interpretInput(input, sheet.format(row + r, column + c, 'numberFormat'));
      cell.value = value;
      if (formula) cell.formula = formula;
      else delete cell.formula;
    }));
    const single = rect.top === rect.bottom && rect.left === rect.right;
    this.emitChanged({
      sheet, rect, changeType: 'RangeEdited', ...(single && { details: { valueBefore: before, valueAfter: sheet.value(row, column) } }),
    });
    this.flushEvents();
    await this.settle();
  }

  /** Deletes whole sheet rows (tables shrink, everything below moves up). */
  async userDeleteRows(sheetName: string, row: number, count: number): Promise<void> {
    const sheet = this.sheet(sheetName);
    sheet.shiftRows(row, -count);
    for (const table of this.model.tables.filter((t) => t.sheet === sheet)) {
      if (table.rect.top > row) table.rect = { ...table.rect, top: table.rect.top - count, bottom: table.rect.bottom - count };
      else if (table.rect.bottom >= row) table.rect = { ...table.rect, bottom: Math.max(table.rect.top + 1, table.rect.bottom - count) };
    }
    this.emitChanged({ sheet, rect: parseAddress(`${row + 1}:${row + count}`), changeType: 'RowDeleted' });
    this.flushEvents();
    await this.settle();
  }

  async userSelect(sheetName: string, address: string): Promise<void> {
    this.emitSelection({ sheet: this.sheet(sheetName), rect: parseAddress(address) });
    this.flushEvents();
    await this.settle();
  }

  /** The user starts typing into a cell and stays there until exitCellEdit(). */
  enterCellEdit(): void {
    let finish = () => undefined as void;
    const done = new Promise<void>((resolve) => { finish = resolve; });
    this.cellEdit = { done, finish };
  }

  exitCellEdit(): void {
    this.cellEdit?.finish();
    this.cellEdit = null;
  }
}
