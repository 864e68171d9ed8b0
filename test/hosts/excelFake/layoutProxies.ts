import { formatAddress, isWholeRows, parseAddress, type Rect } from './a1';
import { FakeNullableObject, FakeOfficeError } from './clientObject';
import type { FakeRequestContext } from './requestContext';
import { FakeRange } from './rangeProxies';
import type { PageLayoutModel, SheetModel } from './workbookModel';
import type { FakeWorksheet } from './workbookProxies';

type HeaderFooterKey = keyof PageLayoutModel['headerFooter'];

function rectOf(target: string | FakeRange): Rect {
  return typeof target === 'string' ? parseAddress(target) : target.target().rect;
}

/** Page setup (ExcelApi 1.9): each property applies at sync. */
export class FakePageLayout {
  readonly headersFooters: { defaultForAllPages: Record<HeaderFooterKey, string> };

  constructor(private readonly context: FakeRequestContext, private readonly sheet: FakeWorksheet) {
    context.excel.requireApi('1.9', 'worksheet.pageLayout');
    const defaultForAllPages = {} as Record<HeaderFooterKey, string>;
    for (const key of ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const) {
      Object.defineProperty(defaultForAllPages, key, {
        set: (value: string) => this.apply((layout) => { layout.headerFooter[key] = value; }, value),
        get: () => { throw new FakeOfficeError('PropertyNotLoaded', 'write-only in the fake'); },
      });
    }
    this.headersFooters = { defaultForAllPages };
  }

  private apply(change: (layout: PageLayoutModel, sheet: SheetModel) => void, payload: unknown = undefined): void {
    this.context.enqueue(() => {
      const sheet = this.sheet.model();
      change(sheet.pageLayout, sheet);
    }, payload);
  }

  set orientation(value: 'Portrait' | 'Landscape') {
    this.apply((layout) => { layout.orientation = value; }, value);
  }

  set paperSize(value: string) {
    this.apply((layout) => { layout.paperSize = value; }, value);
  }

  set zoom(value: PageLayoutModel['zoom']) {
    this.apply((layout) => {
      if (value.scale !== undefined && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) {
        throw new FakeOfficeError('InvalidArgument', 'zoom takes a scale or fit-to-pages, not both');
      }
      if (value.scale !== undefined && (value.scale < 10 || value.scale > 400)) throw new FakeOfficeError('InvalidArgument', 'zoom.scale is 10–400');
      layout.zoom = { ...value };
    }, value);
  }

  set centerHorizontally(value: boolean) {
    this.apply((layout) => { layout.centerHorizontally = value; });
  }

  set topMargin(points: number) { this.apply((layout) => { layout.margins.top = points; }); }
  set bottomMargin(points: number) { this.apply((layout) => { layout.margins.bottom = points; }); }
  set leftMargin(points: number) { this.apply((layout) => { layout.margins.left = points; }); }
  set rightMargin(points: number) { this.apply((layout) => { layout.margins.right = points; }); }
  set headerMargin(points: number) { this.apply((layout) => { layout.margins.header = points; }); }
  set footerMargin(points: number) { this.apply((layout) => { layout.margins.footer = points; }); }

  setPrintArea(area: string | FakeRange): void {
    this.apply((layout) => { layout.printArea = formatAddress(rectOf(area)); }, typeof area === 'string' ? area : '');
  }

  setPrintTitleRows(rows: string | FakeRange): void {
    this.apply((layout) => {
      const rect = rectOf(rows);
      if (!isWholeRows(rect)) throw new FakeOfficeError('InvalidArgument', 'print title rows must be whole rows, such as 3:3');
      layout.printTitleRows = `${rect.top + 1}:${rect.bottom + 1}`;
    }, typeof rows === 'string' ? rows : '');
  }
}

export class FakeHorizontalPageBreaks {
  constructor(private readonly context: FakeRequestContext, private readonly sheet: FakeWorksheet) {
    context.excel.requireApi('1.9', 'worksheet.horizontalPageBreaks');
  }

  /** A break above the range's first row. */
  add(range: string | FakeRange): void {
    this.context.enqueue(() => {
      const sheet = this.sheet.model();
      const row = rectOf(range).top;
      if (!sheet.rowBreaks.includes(row)) sheet.rowBreaks = [...sheet.rowBreaks, row].sort((a, b) => a - b);
    }, typeof range === 'string' ? range : '');
  }

  removePageBreaks(): void {
    this.context.enqueue(() => { this.sheet.model().rowBreaks = []; });
  }
}

function cellKey(address: string | FakeRange): { key: string; row: number; column: number } {
  const rect = rectOf(address);
  if (rect.top !== rect.bottom || rect.left !== rect.right) throw new FakeOfficeError('InvalidCellAddress', 'a note belongs to one cell');
  return { key: `${rect.top},${rect.left}`, row: rect.top, column: rect.left };
}

/** Notes (ExcelApi 1.18): the classic yellow note on a cell, keyed by the cell. */
export class FakeNotes {
  private loadedItems: FakeNote[] | null = null;

  constructor(private readonly context: FakeRequestContext, private readonly sheet: FakeWorksheet) {}

  get items(): FakeNote[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.loadedItems;
  }

  add(address: string | FakeRange, content: string): FakeNote {
    this.context.enqueue(() => {
      const sheet = this.sheet.model();
      const { key } = cellKey(address);
      if (sheet.notes.has(key)) throw new FakeOfficeError('InvalidArgument', 'the cell already has a note');
      sheet.notes.set(key, String(content));
    }, content);
    return new FakeNote(this.context, this.sheet, () => cellKey(address).key, false);
  }

  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.context, this.sheet, () => cellKey(address).key, true);
  }

  load(option: string): this {
    const names = option.split(',').map((n) => n.trim().replace(/^items\//, ''));
    this.context.enqueue(() => {
      const sheet = this.sheet.model();
      this.loadedItems = [...sheet.notes.keys()].map((key) => {
        const note = new FakeNote(this.context, this.sheet, () => key, false);
        note.fill(names);
        return note;
      });
      return [...sheet.notes.values()].reduce((sum, text) => sum + Buffer.byteLength(text) + 20, 0);
    });
    return this;
  }
}

export class FakeNote extends FakeNullableObject {
  constructor(context: FakeRequestContext, private readonly sheet: FakeWorksheet, private readonly key: () => string, nullable: boolean) {
    super(context, nullable);
  }

  protected isMissing(): boolean {
    return !this.sheet.model().notes.has(this.key());
  }

  private existing(): { sheet: SheetModel; key: string } {
    const sheet = this.sheet.model();
    const key = this.key();
    if (!sheet.notes.has(key)) throw new FakeOfficeError('ItemNotFound', 'the note does not exist');
    return { sheet, key };
  }

  fill(names: string[]): void {
    for (const name of names) this.cache.set(name, this.snapshot(name));
  }

  get content(): string {
    return this.read('content');
  }

  set content(value: string) {
    this.write('content', value, () => {
      const { sheet, key } = this.existing();
      sheet.notes.set(key, value);
    });
  }

  protected snapshot(name: string): unknown {
    if (name !== 'content') throw new FakeOfficeError('InvalidArgument', `a note cannot load "${name}"`);
    const { sheet, key } = this.existing();
    return sheet.notes.get(key);
  }

  delete(): void {
    this.context.enqueue(() => {
      const { sheet, key } = this.existing();
      sheet.notes.delete(key);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, key } = this.existing();
      const [row, column] = key.split(',').map(Number);
      return { sheet, rect: { top: row, bottom: row, left: column, right: column } };
    }, false);
  }
}

