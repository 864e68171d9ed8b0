import { assertUnprotected, FakeWorksheetProtection } from './sheetProtection';
import { parseAddress, type Rect } from './a1';
import { FakeClientObject, FakeNullableObject, FakeOfficeError } from './clientObject';
import type { FakeRequestContext } from './requestContext';
import { FakeRange, type RangeTarget } from './rangeProxies';
import { FakeHorizontalPageBreaks, FakeNotes, FakePageLayout } from './layoutProxies';
import { interpretInput } from './cellInput';
import type { CellModel, ChangedEvent, FakeValue, SelectionEvent, SheetModel, TableModel } from './workbookModel';

/** Resolves a proxy to its model once, at the first action that needs it (as Office.js binds object paths). */
export function once<T>(find: () => T | undefined | null): () => T | null {
  let found: T | null = null;
  return () => (found ??= find() ?? null);
}

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new FakeOfficeError('ItemNotFound', `${what} does not exist`);
  return value;
}

export class FakeRuntime extends FakeClientObject {
  get enableEvents(): boolean {
    return this.read('enableEvents');
  }

  set enableEvents(value: boolean) {
    this.write('enableEvents', value, () => { this.context.excel.eventsEnabled = value; });
  }

  protected snapshot(): unknown {
    return this.context.excel.eventsEnabled;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  private loadedItems: FakeWorksheet[] | null = null;

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, once(() => this.context.excel.model.sheet(name)), false, name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, once(() => this.context.excel.model.sheet(name)), true, name);
  }

  add(name: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue(() => { created = this.context.excel.model.addSheet(name); }, name);
    return new FakeWorksheet(this.context, () => created, false, name);
  }

  override load(option?: string | string[]): this {
    const names = (typeof option === 'string' ? option.split(',') : option ?? []).map((n) => n.trim().replace(/^items\//, ''));
    this.context.enqueue(() => {
      this.loadedItems = this.context.excel.model.sheets.map((sheet) => {
        const item = new FakeWorksheet(this.context, () => sheet, false, sheet.name);
        item.fill(names);
        return item;
      });
      return this.loadedItems.length * 40;
    });
    return this;
  }

  protected snapshot(): unknown {
    return undefined;
  }
}

export class FakeWorksheet extends FakeNullableObject {
  readonly tables: FakeTableCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakeHorizontalPageBreaks;
  readonly onChanged: FakeEvents<ChangedEvent>;
  readonly onSelectionChanged: FakeEvents<SelectionEvent>;
  readonly protection: FakeWorksheetProtection;

  constructor(context: FakeRequestContext, readonly resolve: () => SheetModel | null, nullable: boolean, private readonly label: string) {
    super(context, nullable);
    this.protection = new FakeWorksheetProtection(context, () => this.model());
    this.tables = new FakeTableCollection(context, this);
    this.freezePanes = new FakeFreezePanes(context, this);
    this.pageLayout = new FakePageLayout(context, this);
    this.horizontalPageBreaks = new FakeHorizontalPageBreaks(context, this);
    this.onChanged = new FakeEvents(context, () => this.model().changedHandlers);
    this.onSelectionChanged = new FakeEvents(context, () => this.model().selectionHandlers);
  }

  /** The sheet behind the proxy; a missing one fails the action, as getItem does at sync. */
  model(): SheetModel {
    return required(this.resolve(), `The worksheet "${this.label}"`);
  }

  protected isMissing(): boolean {
    return this.resolve() === null;
  }

  /** Fills loaded properties for items of a loaded collection. */
  fill(names: string[]): void {
    for (const name of names) this.cache.set(name, this.snapshot(name));
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.write('name', value, () => {
      const model = this.model();
      const clash = this.context.excel.model.sheet(value);
      if (clash && clash !== model) throw new FakeOfficeError('ItemAlreadyExists', `a sheet named "${value}" exists`);
      model.name = value;
    });
  }

  get visibility(): string {
    return this.read('visibility');
  }

  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.write('visibility', value, () => { this.model().visibility = value; });
  }

  get id(): string {
    return this.read('id');
  }

  protected snapshot(name: string): unknown {
    const model = this.model();
    if (name === 'name') return model.name;
    if (name === 'visibility') return model.visibility;
    if (name === 'id') return model.id;
    throw new FakeOfficeError('InvalidArgument', `the fake worksheet cannot load "${name}"`);
  }

  delete(): void {
    this.context.enqueue(() => this.context.excel.model.deleteSheet(this.model()));
  }

  activate(): void {
    this.context.enqueue(() => { this.context.excel.model.activeSheet = this.model(); });
  }

  get notes(): FakeNotes {
    this.context.excel.requireApi('1.18', 'worksheet.notes');
    return new FakeNotes(this.context, this);
  }

  getRange(address?: string): FakeRange {
    const rect: Rect | null = address === undefined ? null : parseAddress(address);
    return new FakeRange(this.context, () => ({ sheet: this.model(), rect: rect ?? parseAddress('1:1048576') }), false);
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1) throw new FakeOfficeError('InvalidArgument', 'a range needs at least one row and column');
    const rect = { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 };
    return new FakeRange(this.context, () => ({ sheet: this.model(), rect }), false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, once((): RangeTarget | null => {
      const sheet = this.model();
      const rect = sheet.usedRange(valuesOnly);
      return rect ? { sheet, rect } : null;
    }), true);
  }
}

export class FakeFreezePanes {
  constructor(private readonly context: FakeRequestContext, private readonly sheet: FakeWorksheet) {}

  freezeRows(count = 1): void {
    this.context.enqueue(() => { this.sheet.model().frozenRows = count; });
  }

  unfreeze(): void {
    this.context.enqueue(() => { this.sheet.model().frozenRows = 0; });
  }
}

/** Handler registration (onChanged …): takes effect at sync, removed through `remove()` and a sync. */
export class FakeEvents<E extends ChangedEvent | SelectionEvent> {
  constructor(private readonly context: FakeRequestContext, private readonly list: () => ((event: E) => void)[]) {}

  add(handler: (args: unknown) => Promise<unknown> | void): FakeEventHandlerResult {
    const excel = this.context.excel;
    const listener = (event: E) => excel.dispatch(handler, event);
    this.context.enqueue(() => { this.list().push(listener); });
    return new FakeEventHandlerResult(this.context, () => {
      const list = this.list();
      const at = list.indexOf(listener);
      if (at >= 0) list.splice(at, 1);
    });
  }
}

export class FakeEventHandlerResult {
  constructor(readonly context: FakeRequestContext, private readonly unregister: () => void) {}

  remove(): void {
    this.context.enqueue(this.unregister);
  }
}

export class FakeTableCollection {
  constructor(private readonly context: FakeRequestContext, private readonly sheet: FakeWorksheet | null) {}

  getItem(name: string): FakeTable {
    return new FakeTable(this.context, once(() => this.context.excel.model.table(name)), false, name);
  }

  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, once(() => this.context.excel.model.table(name)), true, name);
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this.context.enqueue(() => {
      const target = typeof address === 'string' ? this.addressTarget(address) : address.target();
      assertUnprotected(target.sheet, 'add a table');
      created = this.context.excel.model.addTable(target.sheet, target.rect, hasHeaders);
    }, typeof address === 'string' ? address : '');
    return new FakeTable(this.context, () => created, false, String(address));
  }

  private addressTarget(address: string): RangeTarget {
    const sheetName = /^(.*)!/.exec(address)?.[1]?.replace(/^'(.*)'$/, '$1');
    const sheet = this.sheet ? this.sheet.model() : sheetName ? this.context.excel.model.sheet(sheetName) : null;
    return { sheet: required(sheet ?? null, `The sheet of "${address}"`), rect: parseAddress(address) };
  }
}

export class FakeTable extends FakeNullableObject {
  readonly rows: FakeTableRows;

  constructor(context: FakeRequestContext, readonly resolve: () => TableModel | null, nullable: boolean, private readonly label: string) {
    super(context, nullable);
    this.rows = new FakeTableRows(context, this);
  }

  model(): TableModel {
    return required(this.resolve(), `The table "${this.label}"`);
  }

  protected isMissing(): boolean {
    return this.resolve() === null;
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.write('name', value, () => {
      if (!/^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(value)) throw new FakeOfficeError('InvalidArgument', `bad table name "${value}"`);
      const clash = this.context.excel.model.table(value);
      if (clash && clash !== this.model()) throw new FakeOfficeError('ItemAlreadyExists', `a table named "${value}" exists`);
      this.model().name = value;
    });
  }

  set style(value: string) {
    this.write('style', value, () => { this.model().style = value; });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.model().sheet, false, `sheet of ${this.label}`);
  }

  /** Fills `name` as a loaded collection's items come filled (getTables().load('items/name')). */
  primeName(): void {
    this.cache.set('name', this.model().name);
  }

  /** Turns the table back into plain cells (ExcelApi 1.2): values and formats stay, the table goes. */
  convertToRange(): FakeRange {
    const range = this.getRange();
    this.context.enqueue(() => {
      const model = this.model();
      this.context.excel.model.tables = this.context.excel.model.tables.filter((t) => t !== model);
    });
    return range;
  }

  protected snapshot(name: string): unknown {
    if (name === 'name') return this.model().name;
    throw new FakeOfficeError('InvalidArgument', `the fake table cannot load "${name}"`);
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.model().sheet, rect: this.model().rect }), false);
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.model();
      return { sheet, rect: { ...rect, bottom: rect.top } };
    }, false);
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.model();
      return { sheet, rect: { ...rect, top: rect.top + 1 } };
    }, false);
  }
}

export class FakeTableRows {
  constructor(private readonly context: FakeRequestContext, private readonly table: FakeTable) {}

  /** Inserts rows at the end of the table (cells below the table move down) and writes their values. */
  add(index: number | null | undefined, values: FakeValue[][]): void {
    if (index !== null && index !== undefined) throw new Error('Not modelled: rows.add at an index');
    this.context.enqueue(() => {
      const table = this.table.model();
      const { sheet, rect } = table;
      assertUnprotected(sheet, 'insert table rows');
      const width = rect.right - rect.left + 1;
      if (values.some((row) => row.length !== width)) {
        throw new FakeOfficeError('InvalidArgument', 'The number of columns in the input array does not match the table.');
      }
      const count = values.length;
      // Cells below the table in its columns move down, as Excel inserts table rows.
      const moved: [number, number, CellModel][] = [];
      for (const [row, line] of sheet.cells) {
        if (row <= rect.bottom) continue;
        for (const [column, cell] of line) if (column >= rect.left && column <= rect.right) moved.push([row, column, cell]);
      }
      for (const [row, column] of moved) sheet.cells.get(row)?.delete(column);
      for (const [row, column, cell] of moved) sheet.putCell(row + count, column, cell);
      const first = rect.bottom + 1;
      this.context.excel.model.growTable(table, count);
      values.forEach((row, r) => row.forEach((value, c) => {
        const cell = sheet.ensureCell(first + r, rect.left + c);
        const { value: stored, formula } = interpretInput(value, sheet.format(first + r, rect.left + c, 'numberFormat'));
        cell.value = stored;
        if (formula) cell.formula = formula;
        else delete cell.formula;
      }));
      this.context.excel.emitChanged({ sheet, rect: { ...rect, top: first, bottom: first + count - 1 }, changeType: 'RowInserted' });
    }, values);
  }
}

