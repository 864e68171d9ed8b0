import type { PageLayout } from './sheetSpec';

/**
 * How a sheet is scaled on paper. Excel (and ET, which copies it) ignores manual page breaks while "Fit to N
 * pages" is in force, so a sheet with a page break per rep prints at a percentage instead, computed so its
 * columns still fit one page wide; a sheet without manual breaks keeps the host's own fit.
 */
export type PrintScale =
  | { kind: 'fitToPages'; wide: number; tall: number }
  | { kind: 'percent'; percent: number };

/** Paper width in points (1/72 inch): A4 is 210 × 297 mm. */
const A4_POINTS = { portrait: (210 / 25.4) * 72, landscape: (297 / 25.4) * 72 };

/**
 * Room kept spare across the page: the Calibri rule below is Excel's, but a workbook whose default font is
 * 等线 (DengXian, Chinese Excel) or a printer's substitute font draws columns a little wider, and at an exact
 * fit the last column then spills onto pages of its own (LibreOffice did at 96 %).
 */
const SPARE_WIDTH = 0.96;

/** The zoom range Excel and ET accept for PageSetup.Zoom / pageLayout.zoom.scale. */
const MIN_PERCENT = 10;
const MAX_PERCENT = 100;

/**
 * A column's width in points from Excel's unit, characters of the default font: 7 px a character at Calibri
 * 11 plus 5 px padding, ¾ point a pixel.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * The largest whole percentage (≤ 100, ≥ 10) at which all columns fit between the side margins of one page.
 * Rounded down, so rounding never pushes the last column onto a second page.
 */
export function oneWideScalePercent(columnWidths: number[], layout: PageLayout): number {
  const printable = A4_POINTS[layout.orientation] - (layout.margins.left + layout.margins.right) * 72;
  const columns = columnWidths.reduce((sum, width) => sum + columnWidthPoints(width), 0);
  if (columns <= 0) return MAX_PERCENT;
  return Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, Math.floor(((printable * SPARE_WIDTH) / columns) * 100)));
}

/** Fit to pages when nothing needs a manual break, else the percentage that keeps the breaks in force. */
export function printScale(layout: PageLayout, rowBreaks: number[], columnWidths: number[]): PrintScale {
  if (!rowBreaks.some((row) => row > 0)) return { kind: 'fitToPages', wide: layout.fitToPagesWide, tall: layout.fitToPagesTall };
  // Only the printed columns count: the print area's, or all of them.
  const printed = layout.printArea ? columnWidths.slice(layout.printArea.left, layout.printArea.right + 1) : columnWidths;
  return { kind: 'percent', percent: oneWideScalePercent(printed, layout) };
}
