import type { CellRange } from '../../core/summary/sheetSpec';
import type { EtRange, EtWorksheet, SheetEventListener, SheetEventName } from './etObjectModel';
import type { EtSession } from './etSession';
import { blockOf } from './rangePlace';
import { a1Area } from './a1Blocks';
import { blockFromValue2 } from './cellBlock';
import type { OwnWrites } from '../ownWrites';

type Handler = (sheet: string, block: CellRange) => unknown;

/**
 * WPS raises SheetChange and SheetSelectionChange for the whole application, so the host registers one
 * listener per event, the first time someone subscribes, and hands each event to the subscribers of that
 * sheet of the served workbook. The add-in's own writes (while the session is busy) are not passed on. The event's sheet and range
 * are read at once, while WPS holds them; the handlers run just after, so WPS's own call returns at once,
 * and their promises are kept so `settled()` can wait for them.
 */
export class SheetEventHub {
  private readonly subscribers = new Map<SheetEventName, Set<{ sheet: string; handler: Handler }>>();
  private readonly listeners = new Map<SheetEventName, SheetEventListener>();
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly session: EtSession, private readonly own: OwnWrites) {}

  subscribe(event: SheetEventName, sheet: string, handler: Handler): () => void {
    const subscribers = this.subscribers.get(event) ?? new Set();
    this.subscribers.set(event, subscribers);
    const subscriber = { sheet: sheet.toLowerCase(), handler };
    subscribers.add(subscriber);
    if (!this.listeners.has(event)) {
      const listener: SheetEventListener = (worksheet, target) => this.dispatch(event, worksheet as EtWorksheet, target as EtRange);
      this.listeners.set(event, listener);
      this.addListener(event, listener);
    }
    return () => {
      subscribers.delete(subscriber);
      const listener = this.listeners.get(event);
      if (subscribers.size === 0 && listener) {
        this.listeners.delete(event);
        this.removeListener(event, listener);
      }
    };
  }

  /** Resolves once every handler started so far has finished. */
  settled(): Promise<void> {
    return this.pending.then(() => undefined);
  }

  private addListener(event: SheetEventName, listener: SheetEventListener): void {
    const events = this.session.app.ApiEvent;
    if (event === 'SheetChange') events.AddApiEventListener('SheetChange', listener);
    else events.AddApiEventListener('SheetSelectionChange', listener);
  }

  private removeListener(event: SheetEventName, listener: SheetEventListener): void {
    const events = this.session.app.ApiEvent;
    if (event === 'SheetChange') events.RemoveApiEventListener('SheetChange', listener);
    else events.RemoveApiEventListener('SheetSelectionChange', listener);
  }

  /** A few calls per event: the sheet's name, then each area's place (a multi-selection delete has several). */
  private dispatch(event: SheetEventName, worksheet: EtWorksheet, target: EtRange): void {
    if (this.session.busy) return;
    // Events are the application's: a same-named sheet in another open workbook is not ours.
    if (!this.session.serves(worksheet)) return;
    const name = worksheet.Name;
    const wanted = [...(this.subscribers.get(event) ?? [])].filter((s) => s.sheet === name.toLowerCase());
    if (wanted.length === 0) return;
    const areas = target.Areas;
    const blocks: CellRange[] = [];
    for (let i = 1, count = areas.Count; i <= count; i += 1) blocks.push(blockOf(areas.Item(i)));
    // A late event for the add-in's own write (its cells still hold what was written) is not passed on.
    const users = blocks.filter((block) => !this.own.mayBeOwn(name, block)
      || !this.own.isOwn(name, block, blockFromValue2(worksheet.Range(a1Area(block)).Value2, block.bottom - block.top + 1, block.right - block.left + 1)));
    for (const { handler } of wanted) {
      for (const block of users) this.track(() => handler(name, block));
    }
  }

  /** A failing handler is logged and breaks nothing else. */
  private track(run: () => unknown): void {
    const done = Promise.resolve().then(run).catch((error: unknown) => console.error('Sheet event handler failed', error));
    this.pending = Promise.all([this.pending, done]);
  }
}
