import type { CellRange, RowHeight, SheetSpec } from './sheetSpec';

/** The font size ExcelJS, Excel and WPS give a cell whose style sets none. */
const DEFAULT_FONT_POINTS = 11;
/**
 * One line of text, in points per point of font size. CJK faces (Noto Sans CJK, DengXian, SimSun) are taller than
 * Calibri; 1.45 em is Noto Sans CJK's ascender plus descender, the tallest of them, so a fitted row never clips.
 */
const LINE_HEIGHT_EM = 1.45;
/** Space above and below the text inside the cell borders. */
const ROW_PADDING_POINTS = 4;
/**
 * Column widths count characters of the default font, but the cell's inner padding takes part of one: text exactly
 * as wide as the column (华南业务一部 in a 12-wide column) wraps in LibreOffice and Excel, so it needs its second line.
 */
const CELL_MARGIN_CHARS = 1;

/**
 * The width of text in column-width units at the default font: full-width characters (Han, kana, hangul,
 * full-width punctuation) take two, others one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
      || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
      || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** How many lines a text wraps to in a cell of `columnChars` width, counting its own line breaks. */
export function wrappedLines(text: string, columnChars: number, fontPoints = DEFAULT_FONT_POINTS): number {
  const usable = Math.max(1, columnChars - CELL_MARGIN_CHARS) * (DEFAULT_FONT_POINTS / fontPoints);
  return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/**
 * The height of one line of a row's largest font: a host's default row height follows its default Latin font
 * (Calibri: 12.8 pt in LibreOffice), shorter than a line of CJK text, so even one-line rows get a set height.
 */
function oneLineHeight(cells: SheetSpec['rows'][number], spec: SheetSpec): number {
  const fontPoints = Math.max(DEFAULT_FONT_POINTS, ...cells.map((cell) => (cell.style === undefined ? 0 : spec.styles[cell.style]?.fontSize ?? 0)));
  return linesHeight(1, fontPoints);
}

function linesHeight(lines: number, fontPoints: number): number {
  return Math.ceil(lines * fontPoints * LINE_HEIGHT_EM + ROW_PADDING_POINTS);
}

/**
 * The row heights to write: every row holding text gets at least one CJK line, and a row whose wrapping text
 * needs more lines gets the height of its tallest cell, so printed text never runs over the next row (hosts do
 * not grow a row that has a set height, and LibreOffice and the printers of WPS do not grow any row written by
 * a file). An explicit height of the spec stays when it is taller.
 */
export function fittedRowHeights(spec: SheetSpec): RowHeight[] {
  const explicit = new Map(spec.rowHeights.map(({ row, points }) => [row, points]));
  const mergeAt = new Map<string, CellRange>(spec.merges.map((m) => [`${m.top},${m.left}`, m]));
  const heights = new Map(explicit);
  spec.rows.forEach((cells, row) => {
    if (!explicit.has(row) && cells.some((cell) => cell.value !== null && cell.value !== '')) heights.set(row, oneLineHeight(cells, spec));
    cells.forEach((cell, column) => {
      const style = cell.style === undefined ? undefined : spec.styles[cell.style];
      if (!style?.wrap || typeof cell.value !== 'string' || cell.value === '') return;
      const merge = mergeAt.get(`${row},${column}`);
      if (merge && merge.bottom > merge.top) return;
      const right = merge?.right ?? column;
      const width = spec.columnWidths.slice(column, right + 1).reduce((sum, w) => sum + w, 0);
      const fontPoints = style.fontSize ?? DEFAULT_FONT_POINTS;
      const lines = wrappedLines(cell.value, width, fontPoints);
      if (lines < 2) return;
      const needed = linesHeight(lines, fontPoints);
      heights.set(row, Math.max(heights.get(row) ?? 0, needed));
    });
  });
  return [...heights].map(([row, points]) => ({ row, points })).sort((a, b) => a.row - b.row);
}
