import type { CellRange } from '../../core/summary/sheetSpec';
import type { SheetChange } from '../spreadsheetHost';

/** What changed, for the grid that draws the workbook. */
export type WorkbookEvent =
  | { kind: 'cells'; sheet: string; range: CellRange }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'sheets' }
  | { kind: 'activate'; sheet: string }
  | { kind: 'settings' };

type Listener<T> = (event: T) => void;
type ChangeHandler = (change: SheetChange) => unknown;
type SheetListener<T> = { sheet: string; handler: T };

/**
 * The sandbox workbook's listeners: the grid's watchers, told of every change at once, and the add-in's
 * change and selection handlers, which run after the edit as Office's do. The handlers still running are
 * tracked, so a test or the grid can wait for the add-in's reaction.
 */
export class WorkbookEvents {
  private readonly watchers = new Set<Listener<WorkbookEvent>>();
  private readonly changeListeners = new Set<SheetListener<ChangeHandler>>();
  private readonly selectionListeners = new Set<SheetListener<Listener<CellRange>>>();
  private pending: Promise<unknown> = Promise.resolve();

  /** Calls `listener` after anything in the workbook changed; returns the function that stops it. */
  watch(listener: Listener<WorkbookEvent>): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  notify(event: WorkbookEvent): void {
    for (const watcher of this.watchers) watcher(event);
  }

  onSheetChanged(sheet: string, handler: ChangeHandler): () => Promise<void> {
    return subscribe(this.changeListeners, { sheet, handler });
  }

  onSelectionChanged(sheet: string, handler: Listener<CellRange>): () => Promise<void> {
    return subscribe(this.selectionListeners, { sheet, handler });
  }

  /** A user's edit of `sheet`, for the add-in's change handlers. */
  reportChange(change: SheetChange): void {
    this.deliverTo(this.changeListeners, change.sheet, change);
  }

  /** The user's new selection on `sheet`, for the add-in's selection handlers. */
  reportSelection(sheet: string, range: CellRange): void {
    this.deliverTo(this.selectionListeners, sheet, range);
  }

  /** Resolves once every handler started so far has finished. */
  settled(): Promise<void> {
    return this.pending.then(() => undefined);
  }

  private deliverTo<T>(listeners: Set<SheetListener<(event: T) => unknown>>, sheet: string, event: T): void {
    for (const listener of listeners) {
      if (listener.sheet === sheet) this.pending = Promise.all([this.pending, deliver(listener.handler, event)]);
    }
  }
}

function subscribe<T>(listeners: Set<T>, listener: T): () => Promise<void> {
  listeners.add(listener);
  return async () => { listeners.delete(listener); };
}

/** Events reach listeners after the edit is in place, as Office's do, and a failing listener breaks nothing. */
async function deliver<T>(handler: (event: T) => unknown, event: T): Promise<void> {
  await Promise.resolve();
  try {
    await handler(event);
  } catch (error) {
    console.error('Sandbox event handler failed', error);
  }
}
