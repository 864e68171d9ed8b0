import { excelHeaderFooter } from '../../core/summary/excelHeaderFooter';
import type { HeaderFooterPart, PageLayout } from '../../core/summary/sheetSpec';
import { a1Area, absolute } from './a1Blocks';
import { XL_LANDSCAPE, XL_PAPER_A4, XL_PORTRAIT } from './etConstants';
import type { EtWorksheet } from './etObjectModel';

const POINTS_PER_INCH = 72;

/**
 * One section's code: ET sets LeftHeader, CenterHeader … separately, without the '&L' / '&C' / '&R' tag that
 * excelHeaderFooter puts in front of a section for the xlsx file.
 */
function sectionCode(parts: HeaderFooterPart[]): string {
  return excelHeaderFooter({ left: parts, center: [], right: [] }).slice('&L'.length);
}

/**
 * Paper, orientation, fit to pages, print titles and area, margins, headers and footers, and a page break
 * above each of `rowBreaks` (0-based rows). FitToPages only counts once Zoom is false; 0 pages tall means
 * "as many as needed", which ET spells false, so manual breaks stay in force.
 */
export function applyPageLayout(sheet: EtWorksheet, layout: PageLayout, rowBreaks: number[] = []): void {
  const setup = sheet.PageSetup;
  setup.PaperSize = XL_PAPER_A4;
  setup.Orientation = layout.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  setup.Zoom = false;
  setup.FitToPagesWide = layout.fitToPagesWide;
  setup.FitToPagesTall = layout.fitToPagesTall === 0 ? false : layout.fitToPagesTall;
  setup.PrintTitleRows = layout.printTitleRows ? `$${layout.printTitleRows.first + 1}:$${layout.printTitleRows.last + 1}` : '';
  setup.PrintArea = layout.printArea ? absolute(a1Area(layout.printArea)) : '';
  const { margins } = layout;
  setup.TopMargin = margins.top * POINTS_PER_INCH;
  setup.BottomMargin = margins.bottom * POINTS_PER_INCH;
  setup.LeftMargin = margins.left * POINTS_PER_INCH;
  setup.RightMargin = margins.right * POINTS_PER_INCH;
  setup.HeaderMargin = margins.header * POINTS_PER_INCH;
  setup.FooterMargin = margins.footer * POINTS_PER_INCH;
  setup.LeftHeader = sectionCode(layout.header.left);
  setup.CenterHeader = sectionCode(layout.header.center);
  setup.RightHeader = sectionCode(layout.header.right);
  setup.LeftFooter = sectionCode(layout.footer.left);
  setup.CenterFooter = sectionCode(layout.footer.center);
  setup.RightFooter = sectionCode(layout.footer.right);

  sheet.ResetAllPageBreaks();
  const breaks = sheet.HPageBreaks;
  for (const row of rowBreaks) if (row > 0) breaks.Add(sheet.Range(a1Area({ top: row, bottom: row, left: 0, right: 0 })));
}
