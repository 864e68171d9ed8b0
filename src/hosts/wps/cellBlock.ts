import type { CellValue } from '../../core/register/cellValue';

function cell(value: unknown): CellValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return '';
}

/**
 * Value2 as a rows × columns block of plain values. ET hands back a scalar for one cell (undefined when it is
 * empty) and a 2-D array for a block; empty cells become '', as Office.js reports them.
 */
export function blockFromValue2(value: unknown, rows: number, columns: number): CellValue[][] {
  const grid = Array.isArray(value) ? value : [[value]];
  return Array.from({ length: rows }, (_, r) => {
    const line: unknown = grid[r];
    return Array.from({ length: columns }, (_, c) => cell(Array.isArray(line) ? line[c] : undefined));
  });
}

function isBlank(value: CellValue): boolean {
  return value === null || value === '';
}

/** The block without trailing rows and columns that are entirely blank (formatted but empty cells). */
export function trimBlank(block: CellValue[][]): CellValue[][] {
  let rows = block.length;
  while (rows > 0 && block[rows - 1].every(isBlank)) rows -= 1;
  let columns = 0;
  for (const line of block.slice(0, rows)) {
    for (let c = line.length - 1; c >= columns; c -= 1) {
      if (!isBlank(line[c])) {
        columns = c + 1;
        break;
      }
    }
  }
  return block.slice(0, rows).map((line) => line.slice(0, columns));
}
