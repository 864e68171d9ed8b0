import type { CalendarDate } from '../dates/calendarDate';

/**
 * A sheet described as plain data, so Excel (Office.js), WPS (ET), the browser sandbox and the CLI (ExcelJS)
 * all write the same summary, daily list and print layout, and tests can inspect it without a host.
 * Addresses are 0-based row/column numbers; each host converts to its own (A1, 1-based, points…).
 */
export interface SheetSpec {
  /** The worksheet's name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  /** Row-major cells; every row has one cell per column, so a host can write the block in one call. */
  rows: SheetCell[][];
  /** Named styles the cells refer to. */
  styles: Record<string, CellStyle>;
  merges: CellRange[];
  /** Column widths in characters of the default font (the xlsx unit; Office.js wants points ≈ chars × 7 × 0.75). */
  columnWidths: number[];
  /** Explicit row heights in points; other rows keep the host's automatic height. */
  rowHeights: RowHeight[];
  /** Rows kept visible while scrolling (0 = none). */
  frozenRows: number;
  /** Rows that must start a new printed page (a manual page break above each). */
  rowBreaks: number[];
  pageLayout: PageLayout;
}

/**
 * A date is wrapped, not a bare 'YYYY-MM-DD' string, so a customer or model that happens to look like a date
 * is never turned into one by a host.
 */
export interface DateValue {
  date: CalendarDate;
}

export type CellValue = string | number | DateValue | null;

export interface SheetCell {
  value: CellValue;
  /** A key of SheetSpec.styles. */
  style?: string;
}

/** '#RRGGBB' */
export type HexColor = `#${string}`;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  fontColor?: HexColor;
  fill?: HexColor;
  /** A thin box around the cell (or around each cell of a merged range). */
  border?: 'thin' | 'medium';
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  /** An Excel number format code; date cells default to 'yyyy-mm-dd'. */
  numberFormat?: string;
  wrap?: boolean;
}

/** Inclusive on both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Inclusive on both ends. */
export interface RowSpan {
  first: number;
  last: number;
}

export interface RowHeight {
  row: number;
  points: number;
}

export interface PageLayout {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Scale so the columns fit this many pages across. */
  fitToPagesWide: number;
  /** 0 = as many pages down as the rows need (which keeps manual row breaks in force). */
  fitToPagesTall: number;
  /** Rows repeated at the top of every printed page (the column header). */
  printTitleRows: RowSpan | null;
  /** null = the used range. */
  printArea: CellRange | null;
  margins: PageMargins;
  header: HeaderFooterSections;
  footer: HeaderFooterSections;
}

/** Inches, as in the xlsx file (Office.js takes points = inches × 72). */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export interface HeaderFooterSections {
  left: HeaderFooterPart[];
  center: HeaderFooterPart[];
  right: HeaderFooterPart[];
}

/** Literal text, or a field the host fills in at print time (Excel/WPS: &P, &N, &A, &D). */
export type HeaderFooterPart = string | { field: PageField };

export type PageField = 'page' | 'pages' | 'sheetName' | 'printDate';
