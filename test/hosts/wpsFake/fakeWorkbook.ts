import type { EtSheets, EtWorkbook } from '../../../src/hosts/wps/etObjectModel';
import { EtObject } from './crossProcessCalls';
import type { FakeApplication } from './fakeApplication';
import { FakeWorksheet } from './fakeWorksheet';
import type { ListObjectModel } from './sheetModel';

export class FakeWorkbook extends EtObject implements EtWorkbook {
  readonly kind = 'Workbook';
  readonly sheets: FakeWorksheet[] = [];
  activeSheet: FakeWorksheet;
  private added = 0;

  constructor(readonly application: FakeApplication, readonly Name: string) {
    super();
    this.activeSheet = this.addSheet();
  }

  get Sheets(): EtSheets {
    return new FakeSheets(this);
  }

  get ActiveSheet(): FakeWorksheet {
    return this.activeSheet;
  }

  /** Brings the workbook's window in front, raising WorkbookActivate and WindowActivate as WPS does. */
  Activate(): void {
    this.application.activate(this);
  }

  /** A new sheet named as WPS names them (Sheet1, Sheet2 …), placed after `after` or at the end. */
  addSheet(after?: FakeWorksheet): FakeWorksheet {
    let name: string;
    do {
      this.added += 1;
      name = `Sheet${this.added}`;
    } while (this.sheets.some((s) => s.Name.toLowerCase() === name.toLowerCase()));
    const sheet = new FakeWorksheet(this, name);
    const at = after ? this.sheets.indexOf(after) + 1 : this.sheets.length;
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: FakeWorksheet): void {
    const visible = this.sheets.filter((s) => s.model.visible === -1);
    if (visible.length === 1 && visible[0] === sheet) throw new Error('ET: a workbook must keep at least one visible sheet');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.model.visible === -1) ?? this.sheets[0];
  }

  /** Table names are unique in the whole workbook. */
  tables(): ListObjectModel[] {
    return this.sheets.flatMap((s) => s.model.listObjects);
  }

  sheet(name: string): FakeWorksheet {
    const sheet = this.sheets.find((s) => s.Name === name);
    if (!sheet) throw new Error(`fake ET: no sheet "${name}"`);
    return sheet;
  }
}

/** Workbook.Sheets: 1-based, hidden sheets included, lookup by name ignores case, a miss throws. */
class FakeSheets extends EtObject implements EtSheets {
  readonly kind = 'Sheets';

  constructor(private readonly workbook: FakeWorkbook) {
    super();
  }

  get Count(): number {
    return this.workbook.sheets.length;
  }

  Item(index: number | string): FakeWorksheet {
    const sheets = this.workbook.sheets;
    const sheet = typeof index === 'number'
      ? sheets[index - 1]
      : sheets.find((s) => s.Name.toLowerCase() === index.toLowerCase());
    if (!sheet) throw new Error(`ET: Sheets.Item(${JSON.stringify(index)}) — subscript out of range`);
    return sheet;
  }

  /** Like a user's new sheet, the added one becomes the active sheet. */
  Add(Before?: FakeWorksheet, After?: FakeWorksheet): FakeWorksheet {
    const sheets = this.workbook.sheets;
    const after = After ?? (Before ? sheets[sheets.indexOf(Before) - 1] : sheets[sheets.length - 1]);
    const sheet = Before && sheets.indexOf(Before) === 0 ? this.addFirst() : this.workbook.addSheet(after);
    this.workbook.activeSheet = sheet;
    return sheet;
  }

  private addFirst(): FakeWorksheet {
    const sheet = this.workbook.addSheet();
    const sheets = this.workbook.sheets;
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.unshift(sheet);
    return sheet;
  }
}
