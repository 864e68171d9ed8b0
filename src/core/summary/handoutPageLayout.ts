import type { CellRange, HeaderFooterSections, PageLayout, PageMargins, RowSpan } from './sheetSpec';

/** Narrow enough to give the columns room, wide enough for office printers' unprintable edge. */
const HANDOUT_MARGINS: PageMargins = { top: 0.75, bottom: 0.7, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 };

/**
 * The one print set-up every sheet of the add-in uses: A4 landscape, all columns on one page wide, as many pages
 * down as needed (so manual row breaks still apply), the column header repeated on every page.
 */
export function handoutPageLayout(settings: {
  printTitleRows: RowSpan | null;
  printArea: CellRange | null;
  header: HeaderFooterSections;
  footer: HeaderFooterSections;
}): PageLayout {
  return {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    margins: HANDOUT_MARGINS,
    ...settings,
  };
}
