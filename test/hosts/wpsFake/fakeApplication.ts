import type {
  EtApiEvent, EtApplication, EtWindow, SheetEventListener, SheetEventName, WorkbookEventListener, WorkbookEventName,
} from '../../../src/hosts/wps/etObjectModel';
/// <reference types="et-jsapi-declare" />
import type { Rect } from './a1Notation';
import { CrossProcessCalls, EtObject, remote } from './crossProcessCalls';
import { FakePluginStorage, FakeTaskPane } from './fakeAddinRoot';
import { FakeRange } from './fakeRange';
import { FakeWorkbook } from './fakeWorkbook';
import type { FakeWorksheet } from './fakeWorksheet';
import type { SheetModel } from './sheetModel';

/**
 * The global `Application` of a WPS 表格 add-in. Events belong to the application, not to a sheet: one
 * SheetChange listener hears edits on every sheet of every open workbook, and code that writes cells
 * triggers it too unless EnableEvents is false.
 */
export class FakeApplication extends EtObject
  implements EtApplication, Pick<WPS.AddonRoot, 'CreateTaskPane' | 'GetTaskPane' | 'PluginStorage'> {
  readonly kind = 'Application';
  readonly calls = new CrossProcessCalls();
  readonly workbooks: FakeWorkbook[] = [];
  activeWorkbook: FakeWorkbook | null = null;
  EnableEvents = true;
  DisplayAlerts = true;
  ScreenUpdating = true;
  /**
   * Whether ApiEvent listeners are silenced by EnableEvents = false, as VBA's events are. Not documented for
   * WPS's JS events, so tests run both ways.
   */
  eventsHonourEnableEvents = true;
  /** Sheets sent to the printer, in order. */
  readonly printed: string[] = [];
  private readonly events = new FakeApiEvent();
  readonly taskPanes: FakeTaskPane[] = [];
  readonly PluginStorage = new FakePluginStorage();

  get ActiveWorkbook(): FakeWorkbook | null { return this.activeWorkbook; }

  get ActiveSheet(): FakeWorksheet {
    if (!this.activeWorkbook) throw new Error('ET: no workbook is open');
    return this.activeWorkbook.activeSheet;
  }

  get ActiveWindow(): EtWindow { return new FakeWindow(this); }
  get ApiEvent(): EtApiEvent { return this.events; }

  /** A new pane, hidden until Visible is set; ids count from 1. */
  CreateTaskPane(url: string): FakeTaskPane {
    const pane = new FakeTaskPane(this.taskPanes.length + 1, url);
    this.taskPanes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): FakeTaskPane {
    const pane = this.taskPanes.find((p) => p.ID === id && !p.deleted);
    return pane ?? (null as unknown as FakeTaskPane);
  }

  /** A new workbook in its own window, in front (ET keeps open workbooks' names unique). */
  openWorkbook(name: string): FakeWorkbook {
    if (this.workbooks.some((w) => w.Name.toLowerCase() === name.toLowerCase())) throw new Error(`ET: a workbook named "${name}" is already open`);
    const workbook = new FakeWorkbook(this, name);
    this.workbooks.push(workbook);
    this.activate(workbook);
    return workbook;
  }

  /** Another workbook's window comes in front: WorkbookActivate, then WindowActivate (events on or not). */
  activate(workbook: FakeWorkbook): void {
    if (this.activeWorkbook === workbook) return;
    this.activeWorkbook = workbook;
    if (!this.eventsOn()) return;
    this.events.dispatchWorkbook('WorkbookActivate', remote(workbook, this.calls));
    this.events.dispatchWorkbook('WindowActivate', remote(workbook, this.calls));
  }

  activeSheetModel(): SheetModel | undefined {
    return this.activeWorkbook?.activeSheet.model;
  }

  /**
   * Whether SheetChange for code's writes arrives a moment after the ET call returned (and EnableEvents is
   * looked at only then) instead of inside the call. WPS does not document which; tests run both ways.
   */
  lateEvents = false;

  /** Cells written by code: reported like an edit while events are on. */
  codeChanged(sheet: FakeWorksheet, areas: Rect[]): void {
    if (!this.lateEvents) {
      if (this.eventsOn()) this.fire('SheetChange', sheet, areas);
      return;
    }
    this.lateDeliveries += 1;
    setTimeout(() => {
      this.lateDeliveries -= 1;
      if (this.eventsOn()) this.fire('SheetChange', sheet, areas);
    }, 5);
  }

  /** Late SheetChange events not delivered yet. */
  lateDeliveries = 0;

  eventsOn(): boolean {
    return this.EnableEvents || !this.eventsHonourEnableEvents;
  }

  fire(event: SheetEventName, sheet: FakeWorksheet, areas: Rect[]): void {
    this.events.dispatch(event, remote(sheet, this.calls), remote(new FakeRange(sheet, areas), this.calls));
  }

  listenerCount(event: SheetEventName | WorkbookEventName): number {
    return this.events.count(event);
  }
}

type AnyEventName = SheetEventName | WorkbookEventName;
type AnyListener = (first: object, second?: object) => void;

class FakeApiEvent extends EtObject implements EtApiEvent {
  readonly kind = 'ApiEvent';
  private readonly listeners = new Map<AnyEventName, AnyListener[]>();

  AddApiEventListener(event: AnyEventName, listener: SheetEventListener | WorkbookEventListener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as AnyListener]);
  }

  RemoveApiEventListener(event: AnyEventName, listener: SheetEventListener | WorkbookEventListener): void {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
  }

  dispatch(event: SheetEventName, sheet: object, target: object): void {
    for (const listener of this.listeners.get(event) ?? []) listener(sheet, target);
  }

  /** WindowActivate passes the workbook and its window; listeners here take the workbook. */
  dispatchWorkbook(event: WorkbookEventName, workbook: object): void {
    for (const listener of this.listeners.get(event) ?? []) listener(workbook);
  }

  count(event: AnyEventName): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** The active workbook's window; panes and selection belong to whichever sheet is active in it. */
class FakeWindow extends EtObject implements EtWindow {
  readonly kind = 'Window';

  constructor(private readonly application: FakeApplication) {
    super();
  }

  private get sheet(): FakeWorksheet {
    return this.application.ActiveSheet;
  }

  get FreezePanes(): boolean { return this.sheet.model.frozen; }
  set FreezePanes(freeze: boolean) { this.sheet.model.frozen = freeze; }
  get SplitRow(): number { return this.sheet.model.split.row; }
  set SplitRow(row: number) { this.sheet.model.split.row = row; }
  get SplitColumn(): number { return this.sheet.model.split.column; }
  set SplitColumn(column: number) { this.sheet.model.split.column = column; }
  get ScrollRow(): number { return this.sheet.model.scrollRow; }
  set ScrollRow(row: number) { this.sheet.model.scrollRow = row; }

  get RangeSelection(): FakeRange {
    const { row, column } = this.sheet.model.activeCell;
    return new FakeRange(this.sheet, [{ top: row, left: column, bottom: row, right: column }]);
  }
}
