import type { SheetEventName } from '../../../src/hosts/wps/etObjectModel';
import type { WpsAddinRoot } from '../../../src/hosts/wps/wpsAddinRoot';
import { MAX_COLUMN, parseAddress, type Rect } from './a1Notation';
import { remote, type CrossProcessCalls } from './crossProcessCalls';
import { FakeApplication } from './fakeApplication';
import type { FakeWorkbook } from './fakeWorkbook';
import type { FakeWorksheet } from './fakeWorksheet';
import type { SheetModel } from './sheetModel';

export { shiftReferences } from './relativeReferences';
export { NAME_ERROR } from './cellCoercion';
export { NO_FILL_READS_AS } from './fakeFormats';
export type { SheetModel, ConditionModel, ValidationModel } from './sheetModel';
export type { Rect } from './a1Notation';

/**
 * A fake WPS 表格 for tests: the object model the add-in drives (every touch counted as a cross-process call),
 * the user at the keyboard, and read access to what the sheets hold.
 */
export interface FakeEt {
  /** The global `Application` as the add-in's pages see it. */
  application: WpsAddinRoot;
  calls: CrossProcessCalls;
  /** The workbook opened first ('客户登记册.xlsx'). */
  workbook: FakeWorkbook;
  /** Unwrapped, uncounted: for tests that set the stage or look behind the add-in's back. */
  app: FakeApplication;
  user: FakeUser;
  /** A sheet's contents by name (active workbook). */
  sheet(name: string): SheetModel;
  /** '#RRGGBB' of a cell's fill, or null. */
  fillAt(sheet: string, row: number, column: number): string | null;
}

export interface FakeUser {
  /** Types (or pastes) a block of values starting at an A1 cell, as the user would. */
  type(sheet: string, topLeft: string, rows: (string | number | boolean | null)[][]): void;
  /** Deletes the contents of a block (the Delete key). */
  clear(sheet: string, address: string): void;
  /** Deletes whole rows (right-click a row header → 删除): everything below moves up. */
  deleteRows(sheet: string, topRow: number, count: number): void;
  /** Clicks a cell or drags over a block (the sheet becomes active). */
  select(sheet: string, address: string): void;
  /** Switches to another workbook window. */
  switchTo(workbook: FakeWorkbook): void;
}

/** '#FF0000' from the BGR long ET stores (0x0000FF). */
export function hexOfBgr(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

export interface FakeEtOptions {
  workbookName?: string;
  /** false: ApiEvent listeners hear code's writes even with EnableEvents off (see FakeApplication). */
  eventsHonourEnableEvents?: boolean;
  /** true: code's writes raise SheetChange after the ET call returned (see FakeApplication.lateEvents). */
  lateEvents?: boolean;
}

export function createFakeEt({ workbookName = '客户登记册.xlsx', eventsHonourEnableEvents = true, lateEvents = false }: FakeEtOptions = {}): FakeEt {
  const app = new FakeApplication();
  app.eventsHonourEnableEvents = eventsHonourEnableEvents;
  app.lateEvents = lateEvents;
  const workbook = app.openWorkbook(workbookName);
  const sheetNamed = (name: string): FakeWorksheet => {
    if (!app.activeWorkbook) throw new Error('fake ET: no workbook is open');
    return app.activeWorkbook.sheet(name);
  };
  const userEdit = (sheet: FakeWorksheet, rect: Rect, event: SheetEventName) => {
    // EnableEvents = false silences the user's edits too: an add-in that forgets to restore it goes deaf.
    if (app.eventsOn()) app.fire(event, sheet, [rect]);
  };

  const user: FakeUser = {
    type(sheetName, topLeft, rows) {
      const sheet = sheetNamed(sheetName);
      const [{ top, left }] = parseAddress(topLeft);
      rows.forEach((values, r) => values.forEach((value, c) => sheet.model.write(top + r, left + c, value)));
      const rect = { top, left, bottom: top + rows.length - 1, right: left + Math.max(...rows.map((r) => r.length)) - 1 };
      // Typing in the row right below a table makes it grow (ET's table auto-expansion); code writes do not.
      for (const table of sheet.model.listObjects) {
        const alongside = rect.left <= table.rect.right && rect.right >= table.rect.left;
        if (alongside && rect.top === table.rect.bottom + 1) table.rect = { ...table.rect, bottom: rect.bottom };
      }
      userEdit(sheet, rect, 'SheetChange');
    },
    clear(sheetName, address) {
      const sheet = sheetNamed(sheetName);
      const [rect] = parseAddress(address);
      for (let row = rect.top; row <= rect.bottom; row += 1) {
        for (let column = rect.left; column <= rect.right; column += 1) sheet.model.write(row, column, null);
      }
      userEdit(sheet, rect, 'SheetChange');
    },
    deleteRows(sheetName, topRow, count) {
      const sheet = sheetNamed(sheetName);
      sheet.model.deleteRows(topRow, count);
      userEdit(sheet, { top: topRow, bottom: topRow + count - 1, left: 1, right: MAX_COLUMN }, 'SheetChange');
    },
    select(sheetName, address) {
      const sheet = sheetNamed(sheetName);
      sheet.Activate();
      const [rect] = parseAddress(address);
      sheet.model.activeCell = { row: rect.top, column: rect.left };
      userEdit(sheet, rect, 'SheetSelectionChange');
    },
    switchTo(other) {
      app.activate(other);
    },
  };

  return {
    application: remote<WpsAddinRoot>(app, app.calls),
    calls: app.calls,
    workbook,
    app,
    user,
    sheet: (name) => sheetNamed(name).model,
    fillAt(sheet, row, column) {
      const bgr = sheetNamed(sheet).model.format('InteriorColor', row, column);
      return typeof bgr === 'number' ? hexOfBgr(bgr) : null;
    },
  };
}
