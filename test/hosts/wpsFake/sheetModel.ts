import { afterRowsDeleted, boundingBox, contains, intersects, MAX_COLUMN, MAX_ROW, subtract, type Rect } from './a1Notation';
import { coerceWritten, type CellContent } from './cellCoercion';
import { FakePageSetup } from './fakePageSetup';

/** Cell formats the fake keeps, each set on whole blocks at a time as ET does. */
export type CellProperty =
  | 'NumberFormat' | 'InteriorColor' | 'FontColor' | 'Bold' | 'Italic' | 'FontSize' | 'HorizontalAlignment'
  | 'VerticalAlignment' | 'WrapText' | 'Locked' | 'BorderLineStyle' | 'BorderWeight';

const DEFAULTS: Record<CellProperty, unknown> = {
  NumberFormat: 'General', InteriorColor: null, FontColor: 0, Bold: false, Italic: false, FontSize: 11,
  HorizontalAlignment: 1, VerticalAlignment: -4107, WrapText: false, Locked: true, BorderLineStyle: -4142, BorderWeight: 2,
};

interface FormatLayer {
  areas: Rect[];
  property: CellProperty;
  value: unknown;
}

export interface ValidationModel {
  areas: Rect[];
  type: number;
  alertStyle: number;
  operator: number | undefined;
  formula1: string | undefined;
  formula2: string | undefined;
  errorTitle: string;
  errorMessage: string;
  showError: boolean;
  ignoreBlank: boolean;
  inCellDropdown: boolean;
}

export interface ConditionModel {
  appliesTo: Rect[];
  type: number;
  /** As typed into Add: its relative references count from `anchor`, the active cell at that moment. */
  formula1: string;
  anchor: { row: number; column: number };
  interiorColor: number | null;
  fontColor: number | null;
  bold: boolean | null;
  stopIfTrue: boolean;
}

export interface ListObjectModel {
  name: string;
  rect: Rect;
}


const key = (row: number, column: number) => `${row},${column}`;

/** What a format reads as over cells that disagree (ET answers null; the fake keeps "none" and "mixed" apart). */
export const MIXED = Symbol('mixed');

/** Everything one worksheet holds, unwrapped: what the fake's objects read and write, and tests inspect. */
export class SheetModel {
  /** -1 visible, 0 hidden, 2 very hidden (xlSheetVeryHidden: not even in the Unhide dialog). */
  visible = -1;
  readonly cells = new Map<string, CellContent>();
  private readonly layers: FormatLayer[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  readonly comments = new Map<string, string>();
  validations: ValidationModel[] = [];
  conditions: ConditionModel[] = [];
  readonly listObjects: ListObjectModel[] = [];
  readonly pageSetup = new FakePageSetup();
  /** Rows (1-based) that start a new printed page. */
  pageBreaks: number[] = [];
  activeCell = { row: 1, column: 1 };
  split = { row: 0, column: 0 };
  frozen = false;
  scrollRow = 1;

  constructor(public name: string) {}

  read(row: number, column: number): CellContent | undefined {
    return this.cells.get(key(row, column));
  }

  /** Writes as Value2 does: null/undefined/'' empties the cell, strings are coerced unless text-formatted. */
  write(row: number, column: number, value: unknown): void {
    if (value === null || value === undefined || value === '') {
      this.cells.delete(key(row, column));
      return;
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new Error(`ET: cannot store ${Object.prototype.toString.call(value)} in a cell`);
    }
    this.cells.set(key(row, column), coerceWritten(value, this.format('NumberFormat', row, column) as string));
  }

  /** Rows (1-based) a filter hides: see filteredRows.ts for what ET does with an array written across them. */
  readonly filteredRows = new Set<number>();

  /** Worksheet.Protect: on with a password ('' for none). Formatting, locked cells and tables are refused. */
  protection: { on: boolean; password: string } = { on: false, password: '' };

  setFormat(areas: Rect[], property: CellProperty, value: unknown): void {
    this.refuseIfProtected('format cells');
    this.layers.push({ areas, property, value });
  }

  refuseIfProtected(what: string): void {
    if (this.protection.on) throw new Error(`ET: cannot ${what} — the sheet is protected (审阅 → 撤销工作表保护)`);
  }

  /** Code that changes a locked cell of a protected sheet fails, as it does in WPS; unlocked cells stay editable. */
  refuseLockedCells(areas: Rect[]): void {
    if (!this.protection.on) return;
    for (const area of areas) {
      for (let row = area.top; row <= Math.min(area.bottom, area.top + 2_000); row += 1) {
        for (let column = area.left; column <= area.right; column += 1) {
          if (this.format('Locked', row, column) !== false) this.refuseIfProtected('change a locked cell');
        }
      }
    }
  }

  /** The format of one cell: the last block set over it wins. */
  format(property: CellProperty, row: number, column: number): unknown {
    for (let i = this.layers.length - 1; i >= 0; i -= 1) {
      const layer = this.layers[i];
      if (layer.property === property && layer.areas.some((a) => contains(a, row, column))) return layer.value;
    }
    return DEFAULTS[property];
  }

  /** One value when every cell of the blocks agrees, else MIXED. */
  commonFormat(property: CellProperty, areas: Rect[]): unknown {
    let common: unknown;
    let first = true;
    for (const area of areas) {
      if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 200_000) {
        throw new Error('fake ET: reading a format over a whole column is not modelled');
      }
      for (let row = area.top; row <= area.bottom; row += 1) {
        for (let column = area.left; column <= area.right; column += 1) {
          const value = this.format(property, row, column);
          if (first) { common = value; first = false; } else if (value !== common) return MIXED;
        }
      }
    }
    return common;
  }

  /**
   * ET's used range: from the first to the last cell that holds a value, a note or a format set on a bounded
   * block — so it need not start at A1, and formatted but empty rows make it longer.
   */
  usedRect(): Rect | null {
    const rects: Rect[] = [];
    for (const k of [...this.cells.keys(), ...this.comments.keys()]) {
      const [row, column] = k.split(',').map(Number);
      rects.push({ top: row, bottom: row, left: column, right: column });
    }
    for (const layer of this.layers) {
      for (const a of layer.areas) if (a.bottom < MAX_ROW && a.right < MAX_COLUMN) rects.push(a);
    }
    return boundingBox(rects);
  }

  validationsIn(areas: Rect[]): ValidationModel[] {
    return this.validations.filter((v) => v.areas.some((a) => areas.some((b) => intersects(a, b))));
  }

  removeValidation(areas: Rect[]): void {
    this.validations = this.validations
      .map((v) => ({ ...v, areas: areas.reduce((kept, hole) => kept.flatMap((a) => subtract(a, hole)), v.areas) }))
      .filter((v) => v.areas.length > 0);
  }

  conditionsIn(areas: Rect[]): ConditionModel[] {
    return this.conditions.filter((c) => c.appliesTo.some((a) => areas.some((b) => intersects(a, b))));
  }

  hasComment(row: number, column: number): boolean {
    return this.comments.has(key(row, column));
  }

  setComment(row: number, column: number, text: string | null): void {
    if (text === null) this.comments.delete(key(row, column));
    else this.comments.set(key(row, column), text);
  }

  clearComments(areas: Rect[]): void {
    for (const k of [...this.comments.keys()]) {
      const [row, column] = k.split(',').map(Number);
      if (areas.some((a) => contains(a, row, column))) this.comments.delete(k);
    }
  }

  /** Deleting whole rows: everything below moves up, blocks across them shrink. */
  deleteRows(top: number, count: number): void {
    const moveKeys = <T>(map: Map<string, T>) => {
      const entries = [...map];
      map.clear();
      for (const [k, value] of entries) {
        const [row, column] = k.split(',').map(Number);
        if (row >= top && row < top + count) continue;
        map.set(key(row >= top + count ? row - count : row, column), value);
      }
    };
    moveKeys(this.cells);
    moveKeys(this.comments);
    const moveAreas = (areas: Rect[]) => areas.flatMap((a) => afterRowsDeleted(a, top, count) ?? []);
    for (const layer of this.layers) layer.areas = moveAreas(layer.areas);
    this.validations = this.validations.map((v) => ({ ...v, areas: moveAreas(v.areas) })).filter((v) => v.areas.length > 0);
    this.conditions = this.conditions.map((c) => ({ ...c, appliesTo: moveAreas(c.appliesTo) })).filter((c) => c.appliesTo.length > 0);
    this.merges = moveAreas(this.merges);
    for (const table of this.listObjects) table.rect = afterRowsDeleted(table.rect, top, count) ?? table.rect;
    this.pageBreaks = this.pageBreaks.filter((r) => r < top || r >= top + count).map((r) => (r >= top + count ? r - count : r));
  }

  commentAt(row: number, column: number): string | undefined {
    return this.comments.get(key(row, column));
  }
}
