import type { EtListObject, EtListObjects } from '../../../src/hosts/wps/etObjectModel';
import { intersects, parseAddress, rowCount } from './a1Notation';
import { EtObject } from './crossProcessCalls';
import { FakeRange } from './fakeRange';
import type { FakeWorksheet } from './fakeWorksheet';
import type { ListObjectModel } from './sheetModel';

const SOURCE_RANGE = 1;
const HAS_HEADERS = 1;

export class FakeListObject extends EtObject implements EtListObject {
  readonly kind = 'ListObject';

  constructor(private readonly sheet: FakeWorksheet, readonly table: ListObjectModel) {
    super();
  }

  get Name(): string { return this.table.name; }

  set Name(name: string) {
    if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) throw new Error(`ET: "${name}" is not a valid table name`);
    const taken = this.sheet.workbook.tables().some((t) => t !== this.table && t.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`ET: a table named "${name}" already exists`);
    this.table.name = name;
  }

  /** Header row and body together. */
  get Range(): FakeRange { return new FakeRange(this.sheet, [this.table.rect]); }

  /** The header must stay where it is; the new block may be longer or shorter, wider or narrower. */
  Resize(range: FakeRange): void {
    range.sheet.model.refuseIfProtected('resize a table');
    const [rect, ...more] = range.areas;
    if (range.sheet !== this.sheet || more.length > 0 || rect.top !== this.table.rect.top || rect.left !== this.table.rect.left) {
      throw new Error('ET: ListObject.Resize needs one block of this sheet with the same header row');
    }
    const others = this.sheet.model.listObjects.filter((t) => t !== this.table);
    if (others.some((t) => intersects(t.rect, rect))) throw new Error('ET: a table cannot overlap another table');
    this.table.rect = rect;
  }
}

/** Worksheet.ListObjects: the sheet's tables (超级表), 1-based or by name. */
export class FakeListObjects extends EtObject implements EtListObjects {
  readonly kind = 'ListObjects';

  constructor(private readonly sheet: FakeWorksheet) {
    super();
  }

  private get tables(): ListObjectModel[] {
    return this.sheet.model.listObjects;
  }

  get Count(): number { return this.tables.length; }

  Item(index: number | string): FakeListObject {
    const table = typeof index === 'number'
      ? this.tables[index - 1]
      : this.tables.find((t) => t.name.toLowerCase() === index.toLowerCase());
    if (!table) throw new Error(`ET: ListObjects.Item(${JSON.stringify(index)}) — no such table`);
    return new FakeListObject(this.sheet, table);
  }

  /** A table over a block whose first row is the header; a header-only block gets one empty body row. */
  Add(SourceType?: number, Source?: string, _LinkSource?: unknown, XlListObjectHasHeaders?: number): FakeListObject {
    if (SourceType !== SOURCE_RANGE || typeof Source !== 'string' || XlListObjectHasHeaders !== HAS_HEADERS) {
      throw new Error('fake ET: only ListObjects.Add(xlSrcRange, "<address>", , xlYes) is modelled');
    }
    this.sheet.model.refuseIfProtected('insert a table');
    const [block, ...more] = parseAddress(Source);
    if (more.length > 0) throw new Error('ET: a table needs one contiguous block');
    const rect = rowCount(block) === 1 ? { ...block, bottom: block.bottom + 1 } : block;
    if (this.tables.some((t) => intersects(t.rect, rect))) throw new Error('ET: a table cannot overlap another table');
    const table = { name: `表${this.sheet.workbook.tables().length + 1}`, rect };
    this.tables.push(table);
    return new FakeListObject(this.sheet, table);
  }
}
