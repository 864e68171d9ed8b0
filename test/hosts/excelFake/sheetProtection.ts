import type { Rect } from './a1';
import { FakeClientObject, FakeOfficeError } from './clientObject';
import type { FakeRequestContext } from './requestContext';
import type { SheetModel } from './workbookModel';

/** A sheet's protection in the model: whether it is on, and the password it was set with ('' for none). */
export interface ProtectionModel {
  protected: boolean;
  password: string;
  /** What users may still do (WorksheetProtectionOptions), kept as given; not enforced beyond formatting. */
  options: Record<string, boolean>;
}

const protections = new WeakMap<SheetModel, ProtectionModel>();

export function protectionOf(sheet: SheetModel): ProtectionModel {
  let model = protections.get(sheet);
  if (!model) {
    model = { protected: false, password: '', options: {} };
    protections.set(sheet, model);
  }
  return model;
}

/** The cells checked for a lock: every cell of an ordinary block, the first rows of a whole-column one. */
const CHECKED_ROWS = 2_000;

/**
 * What Excel refuses on a protected sheet: changing a locked cell (values, formats, notes), adding table
 * rows or tables. Unlocked cells stay editable. Called by the fake's actions when they apply.
 */
export function assertEditable(sheet: SheetModel, rect: Rect, what = 'change a cell'): void {
  if (!protectionOf(sheet).protected) return;
  for (let row = rect.top; row <= Math.min(rect.bottom, rect.top + CHECKED_ROWS); row++) {
    for (let column = rect.left; column <= rect.right; column++) {
      if (sheet.format(row, column, 'locked')) {
        throw new FakeOfficeError('AccessDenied', `cannot ${what}: the cell or chart you're trying to change is on a protected sheet`);
      }
    }
  }
}

export function assertUnprotected(sheet: SheetModel, what: string): void {
  if (protectionOf(sheet).protected) throw new FakeOfficeError('AccessDenied', `cannot ${what} on a protected sheet`);
}

/** Worksheet.protection (ExcelApi 1.2): `protected` once loaded; protect/unprotect with an optional password. */
export class FakeWorksheetProtection extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly sheet: () => SheetModel) {
    super(context);
  }

  get protected(): boolean {
    return this.read('protected');
  }

  get options(): Record<string, boolean> {
    return this.read('options');
  }

  protected snapshot(name: string): unknown {
    if (name === 'protected') return protectionOf(this.sheet()).protected;
    if (name === 'options') return { ...protectionOf(this.sheet()).options };
    throw new FakeOfficeError('InvalidArgument', `the fake protection cannot load "${name}"`);
  }

  protect(options?: Record<string, boolean>, password?: string): void {
    this.context.enqueue(() => {
      const model = protectionOf(this.sheet());
      if (model.protected) throw new FakeOfficeError('InvalidOperation', 'the sheet is already protected');
      Object.assign(model, { protected: true, password: password ?? '', options: { ...options } });
    });
  }

  unprotect(password?: string): void {
    this.context.enqueue(() => {
      const model = protectionOf(this.sheet());
      if (model.protected && model.password !== (password ?? '')) throw new FakeOfficeError('InvalidArgument', 'The password you supplied is not correct.');
      model.protected = false;
    });
  }
}
