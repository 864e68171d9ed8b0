import { columnName, columnNumber } from './a1Notation';

// A cell reference outside string literals, not part of a name or a function call (LOG10( is not a cell).
const TOKEN = /"(?:[^"]|"")*"|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * Moves the relative parts of every A1 reference in a formula by (rows, columns), as ET does when a formula
 * typed for one cell is read from another: '=$L2="送样"' moved one row down is '=$L3="送样"'.
 */
export function shiftReferences(formula: string, rows: number, columns: number): string {
  return formula.replace(TOKEN, (whole, colAbs: string | undefined, letters: string | undefined, rowAbs: string, digits: string) => {
    if (letters === undefined) return whole;
    const column = colAbs ? letters.toUpperCase() : columnName(columnNumber(letters) + columns);
    const row = rowAbs ? Number(digits) : Number(digits) + rows;
    return `${colAbs}${column}${rowAbs}${row}`;
  });
}
