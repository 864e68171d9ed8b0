import type { CellValue } from '../../core/register/cellValue';

/**
 * Excel on the web refuses a request or response over 5 MB (Resource limits for Office Add-ins). Writes are
 * cut into blocks that stay under this budget, so a normal register (10,000 rows: values ≈ 1.9 MB, their
 * formats ≈ 1.4 MB) goes in one round trip and only a very large one takes more.
 */
export const REQUEST_BUDGET_BYTES = 4.5 * 1024 * 1024;

/** Cells read per round trip; a response that still comes out too large is read again in halves. */
export const CELLS_PER_READ = 250_000;

/** Bytes a queued action costs besides its values (ids, action type, object path). */
export const ACTION_BYTES = 100;

function textBytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // JSON escapes quotes, backslashes and control characters; everything past ASCII is up to 3 bytes.
    bytes += code < 0x20 ? 6 : code === 0x22 || code === 0x5c ? 2 : code < 0x80 ? 1 : 3;
  }
  return bytes;
}

/** The size of one value inside a request's JSON, rounded up. */
export function valueBytes(value: CellValue | undefined): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === 'string') return textBytes(value) + 3;
  return String(value).length + 1;
}

export function rowBytes(row: readonly (CellValue | undefined)[]): number {
  let bytes = 3;
  for (const value of row) bytes += valueBytes(value);
  return bytes;
}

/**
 * Splits rows into consecutive blocks whose estimated request size, with `extraPerRow` for what else each
 * row sends (formats, placeholders), stays under the budget. Returns [start, end) pairs.
 */
export function blocksWithinBudget(rows: readonly (readonly (CellValue | undefined)[])[], extraPerRow: number, budget = REQUEST_BUDGET_BYTES): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let bytes = ACTION_BYTES * 4;
  rows.forEach((row, index) => {
    const size = rowBytes(row) + extraPerRow;
    if (index > start && bytes + size > budget) {
      blocks.push([start, index]);
      start = index;
      bytes = ACTION_BYTES * 4;
    }
    bytes += size;
  });
  if (rows.length > start) blocks.push([start, rows.length]);
  return blocks;
}

/**
 * Counts what a batch has queued and sends it (one more round trip) before the next action would pass the
 * budget — only batches of many small actions (row marks) need it; a normal one never reaches it.
 */
export class RequestBudget {
  private bytes = 0;

  constructor(private readonly context: { sync(): Promise<void> }, private readonly budget = REQUEST_BUDGET_BYTES) {}

  async spend(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) {
      await this.context.sync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}
