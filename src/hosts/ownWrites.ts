import type { CellValue } from '../core/register/cellValue';
import type { CellRange } from '../core/summary/sheetSpec';

interface WrittenBlock {
  sheet: string;
  top: number;
  left: number;
  values: readonly (readonly CellValue[])[];
  at: number;
}

const width = (block: WrittenBlock) => Math.max(...block.values.map((row) => row.length));

/** How long a written block is remembered: far longer than any host takes to deliver its change event. */
const REMEMBER_MS = 60_000;

/** '' for blank, and numbers and text compared as the host reads them back ('12' written as text stays '12'). */
const same = (written: CellValue | undefined, read: CellValue | undefined) => String(written ?? '') === String(read ?? '');

/**
 * The blocks of values the add-in wrote, so a change event for them is recognised as its own whenever it
 * arrives. Switching events off around a write (Excel's enableEvents, WPS's EnableEvents) is not enough on
 * its own: neither host documents that events are raised before the switch goes back on. An event is the
 * add-in's own when its range lies inside a remembered block and the cells hold exactly what was written;
 * a user who typed over them changed a value, so their edit is still seen.
 */
export class OwnWrites {
  private blocks: WrittenBlock[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  remember(sheet: string, top: number, left: number, values: readonly (readonly CellValue[])[]): void {
    if (values.length === 0) return;
    this.prune();
    this.blocks.push({ sheet: sheet.toLowerCase(), top, left, values, at: this.now() });
  }

  /**
   * Whether an event for `range` could be the add-in's own — every cell of it was written by the add-in — so
   * its cells are worth reading. Stops at the first cell no block covers (a whole-row change, say).
   */
  mayBeOwn(sheet: string, range: CellRange): boolean {
    this.prune();
    const mine = this.blocks.filter((b) => b.sheet === sheet.toLowerCase());
    if (mine.length === 0) return false;
    for (let r = range.top; r <= range.bottom; r += 1) {
      for (let c = range.left; c <= range.right; c += 1) {
        if (!mine.some((b) => r >= b.top && r < b.top + b.values.length && c >= b.left && c < b.left + width(b))) return false;
      }
    }
    return true;
  }

  /**
   * Whether every cell of `range` holds what the add-in last wrote there (`current`: the range's values now).
   * Where writes overlap, the newest is what the cell should hold; a cell it never wrote is the user's.
   */
  isOwn(sheet: string, range: CellRange, current: readonly (readonly CellValue[])[]): boolean {
    const name = sheet.toLowerCase();
    const newestFirst = this.blocks.filter((b) => b.sheet === name).reverse();
    for (let r = range.top; r <= range.bottom; r += 1) {
      for (let c = range.left; c <= range.right; c += 1) {
        const block = newestFirst.find((b) => r >= b.top && r < b.top + b.values.length && c >= b.left && c < b.left + width(b));
        if (!block || !same(block.values[r - block.top][c - block.left], current[r - range.top]?.[c - range.left])) return false;
      }
    }
    return true;
  }

  private prune(): void {
    const cutoff = this.now() - REMEMBER_MS;
    this.blocks = this.blocks.filter((b) => b.at >= cutoff);
  }
}
