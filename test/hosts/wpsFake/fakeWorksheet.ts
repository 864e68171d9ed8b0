import type { EtHPageBreaks, EtWorksheet } from '../../../src/hosts/wps/etObjectModel';
import { MAX_COLUMN, MAX_ROW, parseAddress } from './a1Notation';
import { EtObject } from './crossProcessCalls';
import { FakeListObjects } from './fakeListObjects';
import { FakeRange } from './fakeRange';
import type { FakePageSetup } from './fakePageSetup';
import type { FakeWorkbook } from './fakeWorkbook';
import { SheetModel } from './sheetModel';

const FORBIDDEN_IN_NAME = /[:\\/?*[\]]/;
const VISIBLE = -1;

export class FakeWorksheet extends EtObject implements EtWorksheet {
  readonly kind = 'Worksheet';
  readonly model: SheetModel;

  constructor(readonly workbook: FakeWorkbook, name: string) {
    super();
    this.model = new SheetModel(name);
  }

  get Name(): string { return this.model.name; }

  set Name(name: string) {
    if (name.length === 0 || name.length > 31 || FORBIDDEN_IN_NAME.test(name)) {
      throw new Error(`ET: "${name}" is not a valid sheet name (1–31 characters, none of : \\ / ? * [ ])`);
    }
    if (this.workbook.sheets.some((s) => s !== this && s.Name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`ET: a sheet named "${name}" already exists`);
    }
    this.model.name = name;
  }

  get Parent(): FakeWorkbook { return this.workbook; }

  get ProtectContents(): boolean { return this.model.protection.on; }
  get ProtectDrawingObjects(): boolean { return this.model.protection.on; }
  get ProtectScenarios(): boolean { return this.model.protection.on; }

  /** Protecting a protected sheet changes nothing in ET; the password is the one given (none by default). */
  Protect(Password?: unknown): void {
    if (this.model.protection.on) return;
    this.model.protection = { on: true, password: typeof Password === 'string' ? Password : '' };
  }

  Unprotect(Password?: unknown): void {
    const { on, password } = this.model.protection;
    if (on && password !== (typeof Password === 'string' ? Password : '')) throw new Error('ET: 密码不正确。请确认没有按下 CAPS LOCK 键，并使用正确的大小写。');
    this.model.protection = { on: false, password: '' };
  }

  get Visible(): number { return this.model.visible; }

  set Visible(visibility: number) {
    if (visibility !== VISIBLE && this.workbook.sheets.every((s) => s === this || s.model.visible !== VISIBLE)) {
      throw new Error('ET: a workbook must keep at least one visible sheet');
    }
    this.model.visible = visibility;
    if (visibility !== VISIBLE && this.workbook.activeSheet === this) {
      this.workbook.activeSheet = this.workbook.sheets.find((s) => s.model.visible === VISIBLE) ?? this;
    }
  }

  Activate(): void {
    if (this.model.visible !== VISIBLE) throw new Error('ET: Activate method of Worksheet class failed — the sheet is hidden');
    // As in Excel, a sheet is activated only in the active workbook's window.
    if (this.workbook.application.activeWorkbook !== this.workbook) {
      throw new Error('ET: Activate method of Worksheet class failed — its workbook is not the active one');
    }
    this.workbook.activeSheet = this;
  }

  /** Without DisplayAlerts = false, WPS asks the user to confirm and the call waits on that dialog. */
  Delete(): void {
    if (this.workbook.application.DisplayAlerts) {
      throw new Error('fake ET: Delete() would block on a confirmation dialog — set Application.DisplayAlerts = false first');
    }
    this.workbook.removeSheet(this);
  }

  Range(address: string): FakeRange {
    return new FakeRange(this, parseAddress(address));
  }

  get Cells(): FakeRange {
    return new FakeRange(this, [{ top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN }]);
  }

  /** Where ET thinks the data is; A1 alone when the sheet is empty. */
  get UsedRange(): FakeRange {
    return new FakeRange(this, [this.model.usedRect() ?? { top: 1, left: 1, bottom: 1, right: 1 }]);
  }

  get PageSetup(): FakePageSetup { return this.model.pageSetup; }
  get HPageBreaks(): EtHPageBreaks { return new FakeHPageBreaks(this); }
  get ListObjects(): FakeListObjects { return new FakeListObjects(this); }

  ResetAllPageBreaks(): void {
    this.model.pageBreaks = [];
  }

  PrintOut(): void {
    this.workbook.application.printed.push(this.Name);
  }
}

class FakeHPageBreaks extends EtObject implements EtHPageBreaks {
  readonly kind = 'HPageBreaks';

  constructor(private readonly sheet: FakeWorksheet) {
    super();
  }

  get Count(): number {
    return this.sheet.model.pageBreaks.length;
  }

  /** A manual break above the given cell's row. */
  Add(Before: FakeRange): unknown {
    if (!(Before instanceof FakeRange) || Before.sheet !== this.sheet) throw new Error('ET: HPageBreaks.Add needs a Range of this sheet');
    if (Before.Row < 2) throw new Error('ET: no page break can go above row 1');
    if (!this.sheet.model.pageBreaks.includes(Before.Row)) this.sheet.model.pageBreaks.push(Before.Row);
    return undefined;
  }
}
