import { assertEditable, assertUnprotected } from './sheetProtection';
import { rowHidden, writtenRows } from './sheetFilter';
import { FakeTableScopedCollection } from './tableScopedCollection';
import { columnCount, contains, formatAddress, intersects, isUnbounded, isWholeColumns, quoteSheet, rowCount, type Rect } from './a1';
import { interpretInput } from './cellInput';
import { FakeClientObject, FakeNullableObject, FakeOfficeError, byteSize } from './clientObject';
import type { FakeRequestContext } from './requestContext';
import type { CellFormat, ConditionalFormatModel, FakeValue, SheetModel } from './workbookModel';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** Office.js reports colours as upper-case #RRGGBB; the fake accepts nothing else, so no name slips through. */
function normalizeColor(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new FakeOfficeError('InvalidArgument', `colour "${color}" is not #RRGGBB`);
  return color.toUpperCase();
}

function checkShape(rect: Rect, matrix: unknown, what: string): unknown[][] {
  if (isUnbounded(rect)) {
    throw new FakeOfficeError('InvalidArgument', `cannot set ${what} on an unbounded range (whole rows or columns)`);
  }
  if (!Array.isArray(matrix) || matrix.length !== rowCount(rect) || matrix.some((row) => !Array.isArray(row) || row.length !== columnCount(rect))) {
    throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  }
  return matrix as unknown[][];
}

function uniform<T>(target: RangeTarget, read: (row: number, column: number) => T): T | null {
  const { rect } = target;
  const first = read(rect.top, rect.left);
  for (let row = rect.top; row <= Math.min(rect.bottom, rect.top + 5000); row++) {
    for (let column = rect.left; column <= Math.min(rect.right, rect.left + 200); column++) {
      if (read(row, column) !== first) return null;
    }
  }
  return first;
}

export class FakeClientResult<T> {
  private result: { value: T } | null = null;

  constructor(context: FakeRequestContext, compute: () => T) {
    context.enqueue(() => {
      this.result = { value: compute() };
      return byteSize(this.result.value);
    });
  }

  get value(): T {
    if (!this.result) throw new FakeOfficeError('PropertyNotLoaded', 'A ClientResult has no value before context.sync().');
    return this.result.value;
  }
}

export class FakeRange extends FakeNullableObject {
  constructor(context: FakeRequestContext, private readonly resolve: () => RangeTarget | null, nullable: boolean) {
    super(context, nullable);
  }

  target(): RangeTarget {
    const target = this.resolve();
    if (!target) throw new FakeOfficeError('ItemNotFound', 'the range does not exist');
    return target;
  }

  protected isMissing(): boolean {
    return this.resolve() === null;
  }

  getTables(fullyContained = false): FakeTableScopedCollection {
    return new FakeTableScopedCollection(this.context, () => this.target(), fullyContained);
  }

  get values(): FakeValue[][] {
    return this.read('values');
  }

  set values(matrix: FakeValue[][]) {
    this.write('values', matrix, () => {
      const { sheet, rect } = this.target();
      assertEditable(sheet, rect);
      const rows = checkShape(rect, matrix, 'values') as (FakeValue | null)[][];
      const landsOn = writtenRows(sheet, rect);
      let before: FakeValue = '';
      rows.forEach((line, r) => line.forEach((input, c) => {
        const row = landsOn[r];
        if (input === null || row === null) return;
        const column = rect.left + c;
        before = sheet.value(row, column);
        const { value, formula } = interpretInput(input, sheet.format(row, column, 'numberFormat'));
        const cell = sheet.ensureCell(row, column);
        cell.value = value;
        if (formula) cell.formula = formula;
        else delete cell.formula;
      }));
      const single = rect.top === rect.bottom && rect.left === rect.right;
      this.context.excel.emitChanged({
        sheet, rect, changeType: 'RangeEdited',
        ...(single && { details: { valueBefore: before, valueAfter: sheet.value(rect.top, rect.left) } }),
      });
    });
  }

  set numberFormat(matrix: (string | null)[][]) {
    this.write('numberFormat', matrix, () => {
      const { sheet, rect } = this.target();
      assertUnprotected(sheet, 'format cells (the sheet does not allow formatting)');
      const landsOn = writtenRows(sheet, rect);
      (checkShape(rect, matrix, 'numberFormat') as (string | null)[][]).forEach((line, r) => line.forEach((format, c) => {
        const row = landsOn[r];
        if (format !== null && row !== null) sheet.ensureCell(row, rect.left + c).format.numberFormat = format === '' ? 'General' : format;
      }));
    });
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  get address(): string {
    return this.read('address');
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get columnIndex(): number {
    return this.read('columnIndex');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }

  protected snapshot(name: string): unknown {
    const { sheet, rect } = this.target();
    const matrix = <T>(read: (row: number, column: number) => T): T[][] | null => {
      if (isUnbounded(rect)) return null;
      return Array.from({ length: rowCount(rect) }, (_, r) =>
        Array.from({ length: columnCount(rect) }, (_, c) => read(rect.top + r, rect.left + c)));
    };
    switch (name) {
      case 'values': return matrix((row, column) => sheet.value(row, column));
      case 'numberFormat': return matrix((row, column) => sheet.format(row, column, 'numberFormat'));
      case 'address': return `${quoteSheet(sheet.name)}!${formatAddress(rect)}`;
      case 'rowIndex': return rect.top;
      case 'columnIndex': return rect.left;
      case 'rowCount': return rowCount(rect);
      case 'columnCount': return columnCount(rect);
      case 'rowHidden': return rowHidden(sheet, rect);
      default: throw new FakeOfficeError('InvalidArgument', `the fake range cannot load "${name}"`);
    }
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this);
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, this);
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.context, this);
  }

  getLastRow(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: { ...rect, top: rect.bottom } };
    }, false);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      const at = { top: rect.top + row, bottom: rect.top + row, left: rect.left + column, right: rect.left + column };
      return { sheet, rect: at };
    }, false);
  }

  /** Only `format.fill.color` is modelled, which is what the adapter asks for. */
  getCellProperties(options: { format?: { fill?: { color?: boolean } } }): FakeClientResult<{ format: { fill: { color: string } } }[][]> {
    if (!options.format?.fill?.color) throw new Error('Not modelled: getCellProperties beyond format.fill.color');
    return new FakeClientResult(this.context, () => {
      const { sheet, rect } = this.target();
      if (isUnbounded(rect)) throw new FakeOfficeError('InvalidArgument', 'getCellProperties on an unbounded range');
      return Array.from({ length: rowCount(rect) }, (_, r) => Array.from({ length: columnCount(rect) }, (_, c) => ({
        format: { fill: { color: sheet.format(rect.top + r, rect.left + c, 'fill') ?? '#FFFFFF' } },
      })));
    });
  }

  /** Clears values and formats (Excel's "Clear All"). */
  clear(): void {
    this.context.enqueue(() => {
      const { sheet, rect } = this.target();
      for (const [row, line] of sheet.cells) {
        if (row < rect.top || row > rect.bottom) continue;
        for (const column of [...line.keys()]) if (column >= rect.left && column <= rect.right) line.delete(column);
      }
      if (isWholeColumns(rect)) for (let c = rect.left; c <= rect.right; c++) sheet.columnFormats.delete(c);
    });
  }

  merge(across = false): void {
    if (across) throw new Error('Not modelled: merge across');
    this.context.enqueue(() => {
      const { sheet, rect } = this.target();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      sheet.merges.push(rect);
    });
  }
}

/** Applies one format property to the range's cells (or as the default of whole rows/columns). */
function formatSetter<K extends keyof CellFormat>(context: FakeRequestContext, range: FakeRange, key: K, value: CellFormat[K]): void {
  context.enqueue(() => {
    const { sheet, rect } = range.target();
    sheet.setFormat(rect, key, value);
  }, value);
}

export class FakeRangeFormat {
  readonly fill: FakeFill;
  readonly font: FakeFont;
  readonly protection: { locked: boolean };
  readonly borders: { getItem(edge: string): { style: string; weight: string } };

  constructor(private readonly context: FakeRequestContext, private readonly range: FakeRange) {
    this.fill = new FakeFill(context, range);
    this.font = new FakeFont(context, range);
    this.protection = {
      set locked(value: boolean) { formatSetter(context, range, 'locked', value); },
      get locked(): boolean { throw new FakeOfficeError('PropertyNotLoaded', 'protection.locked is write-only in the fake'); },
    };
    this.borders = {
      getItem: (edge: string) => {
        const apply = (part: 'style' | 'weight', value: string) => context.enqueue(() => {
          const { sheet, rect } = range.target();
          for (let row = rect.top; row <= rect.bottom; row++) {
            for (let column = rect.left; column <= rect.right; column++) {
              const cell = sheet.ensureCell(row, column);
              const [style, weight] = (cell.format.borders?.[edge] ?? 'None/Thin').split('/');
              const next = part === 'style' ? `${value}/${weight}` : `${style}/${value}`;
              cell.format.borders = { ...cell.format.borders, [edge]: next };
            }
          }
        }, value);
        return {
          set style(value: string) { apply('style', value); },
          set weight(value: string) { apply('weight', value); },
          get style(): string { throw new FakeOfficeError('PropertyNotLoaded', 'border style is write-only in the fake'); },
          get weight(): string { throw new FakeOfficeError('PropertyNotLoaded', 'border weight is write-only in the fake'); },
        };
      },
    };
  }

  set horizontalAlignment(value: string) {
    formatSetter(this.context, this.range, 'horizontal', value);
  }

  set verticalAlignment(value: string) {
    formatSetter(this.context, this.range, 'vertical', value);
  }

  set wrapText(value: boolean) {
    formatSetter(this.context, this.range, 'wrap', value);
  }

  /** Points, per column of the range. */
  set columnWidth(points: number) {
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      for (let column = rect.left; column <= rect.right; column++) sheet.columnWidths.set(column, points);
    });
  }

  set rowHeight(points: number) {
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      if (isWholeColumns(rect)) throw new Error('Not modelled: row height of whole columns');
      for (let row = rect.top; row <= rect.bottom; row++) sheet.rowHeights.set(row, points);
    });
  }
}

export class FakeFill extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly range: FakeRange) {
    super(context);
  }

  get color(): string {
    return this.read('color');
  }

  set color(value: string) {
    this.write('color', value, () => {
      const { sheet, rect } = this.range.target();
      sheet.setFormat(rect, 'fill', normalizeColor(value));
    });
  }

  clear(): void {
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      sheet.setFormat(rect, 'fill', null);
    });
  }

  protected snapshot(name: string): unknown {
    if (name !== 'color') throw new FakeOfficeError('InvalidArgument', `fill cannot load "${name}"`);
    const target = this.range.target();
    return uniform(target, (row, column) => target.sheet.format(row, column, 'fill') ?? '#FFFFFF');
  }
}

export class FakeFont {
  constructor(private readonly context: FakeRequestContext, private readonly range: FakeRange) {}

  set bold(value: boolean) {
    formatSetter(this.context, this.range, 'bold', value);
  }

  set italic(value: boolean) {
    formatSetter(this.context, this.range, 'italic', value);
  }

  set size(value: number) {
    formatSetter(this.context, this.range, 'fontSize', value);
  }

  set color(value: string) {
    formatSetter(this.context, this.range, 'fontColor', normalizeColor(value));
  }
}

export class FakeDataValidation {
  constructor(private readonly context: FakeRequestContext, private readonly range: FakeRange) {}

  clear(): void {
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      sheet.clearValidation(rect);
    });
  }

  set rule(rule: Record<string, unknown>) {
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      const kinds = Object.keys(rule);
      if (kinds.length !== 1) throw new FakeOfficeError('InvalidArgument', 'a validation rule has exactly one kind');
      const list = rule.list as { source?: unknown } | undefined;
      // Excel keeps a list typed into the rule as a formula of at most 255 characters.
      if (list && typeof list.source === 'string' && list.source.length > 255) {
        throw new FakeOfficeError('InvalidArgument', 'a list validation source is longer than 255 characters');
      }
      sheet.addValidation({ rect, rule, errorAlert: null, ignoreBlanks: true });
    }, rule);
  }

  set errorAlert(alert: { message?: string; showAlert?: boolean; style?: string; title?: string }) {
    this.context.enqueue(() => {
      // Excel's own limits on an error alert.
      if ((alert.title ?? '').length > 32) throw new FakeOfficeError('InvalidArgument', 'an error alert title is at most 32 characters');
      if ((alert.message ?? '').length > 225) throw new FakeOfficeError('InvalidArgument', 'an error alert message is at most 225 characters');
      const { sheet, rect } = this.range.target();
      const covered = sheet.validations.filter((v) => contains(rect, v.rect));
      if (covered.length === 0) throw new FakeOfficeError('InvalidOperation', 'the range has no validation rule to alert on');
      for (const v of covered) v.errorAlert = { ...alert };
    }, alert);
  }

  set ignoreBlanks(value: boolean) {
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      for (const v of sheet.validations) if (contains(rect, v.rect)) v.ignoreBlanks = value;
    });
  }
}

export class FakeConditionalFormats {
  private loadedItems: FakeConditionalFormat[] | null = null;

  constructor(private readonly context: FakeRequestContext, private readonly range: FakeRange) {}

  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.loadedItems;
  }

  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatModel | null = null;
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      created = { id: this.context.excel.nextId('cf'), rect, type, formula: '', fill: null, fontColor: null, bold: null };
      sheet.conditionalFormats.push(created);
    }, type);
    return new FakeConditionalFormat(this.context, () => ({ sheet: this.range.target().sheet, model: created }));
  }

  load(option: string): this {
    const names = option.split(',').map((n) => n.trim().replace(/^items\//, ''));
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      this.loadedItems = sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect)).map((model) => {
        const item = new FakeConditionalFormat(this.context, () => ({ sheet, model }));
        item.fill(names);
        return item;
      });
      return this.loadedItems.length * 60;
    });
    return this;
  }
}

type CfTarget = () => { sheet: SheetModel; model: ConditionalFormatModel | null };

export class FakeConditionalFormat extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly resolve: CfTarget) {
    super(context);
  }

  model(): { sheet: SheetModel; model: ConditionalFormatModel } {
    const { sheet, model } = this.resolve();
    if (!model || !sheet.conditionalFormats.includes(model)) throw new FakeOfficeError('ItemNotFound', 'the conditional format is gone');
    return { sheet, model };
  }

  fill(names: string[]): void {
    for (const name of names) this.cache.set(name, this.snapshot(name));
  }

  get id(): string {
    return this.read('id');
  }

  get type(): string {
    return this.read('type');
  }

  protected snapshot(name: string): unknown {
    const { model } = this.model();
    if (name === 'id') return model.id;
    if (name === 'type') return model.type;
    throw new FakeOfficeError('InvalidArgument', `a conditional format cannot load "${name}"`);
  }

  delete(): void {
    this.context.enqueue(() => {
      const { sheet, model } = this.model();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== model);
    });
  }

  /** The custom rule; using it on a conditional format of another type fails at sync, as in Excel. */
  get custom(): FakeCustomConditionalFormat {
    const custom = () => {
      const target = this.model();
      if (target.model.type !== 'Custom') throw new FakeOfficeError('InvalidOperation', `a ${target.model.type} conditional format has no custom rule`);
      return target.model;
    };
    return new FakeCustomConditionalFormat(this.context, custom);
  }
}

class FakeCustomConditionalFormat {
  readonly rule: FakeConditionalRule;
  readonly format: { fill: { color: string }; font: { color: string; bold: boolean } };

  constructor(context: FakeRequestContext, model: () => ConditionalFormatModel) {
    this.rule = new FakeConditionalRule(context, model);
    const set = (apply: (cf: ConditionalFormatModel) => void, value: unknown) => context.enqueue(() => apply(model()), value);
    this.format = {
      fill: {
        set color(value: string) { set((cf) => { cf.fill = normalizeColor(value); }, value); },
        get color(): string { throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake'); },
      },
      font: {
        set color(value: string) { set((cf) => { cf.fontColor = normalizeColor(value); }, value); },
        get color(): string { throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake'); },
        set bold(value: boolean) { set((cf) => { cf.bold = value; }, value); },
        get bold(): boolean { throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake'); },
      },
    };
  }
}

class FakeConditionalRule extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly model: () => ConditionalFormatModel) {
    super(context);
  }

  get formula(): string {
    return this.read('formula');
  }

  set formula(value: string) {
    this.write('formula', value, () => {
      if (!value.startsWith('=')) throw new FakeOfficeError('InvalidArgument', 'a conditional format formula starts with "="');
      this.model().formula = value;
    });
  }

  protected snapshot(name: string): unknown {
    if (name !== 'formula') throw new FakeOfficeError('InvalidArgument', `a rule cannot load "${name}"`);
    return this.model().formula;
  }
}
