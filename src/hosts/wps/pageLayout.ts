import { excelHeaderFooter } from '../../core/summary/excelHeaderFooter';
import type { PrintScale } from '../../core/summary/printScale';
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
 * Paper, orientation, scale, print titles and area, margins, headers and footers, and a page break above each
 * of `rowBreaks` (0-based rows). As in Excel's PageSetup, FitToPagesWide/Tall only count once Zoom is false,
 * and then manual breaks are ignored; so with breaks `scale` (core's printScale) is a Zoom percentage.
 * FitToPagesTall false = as many pages down as needed.
 */
export function applyPageLayout(sheet: EtWorksheet, layout: PageLayout, scale: PrintScale, rowBreaks: number[] = []): void {
  const setup = sheet.PageSetup;
  setup.PaperSize = XL_PAPER_A4;
  setup.Orientation = layout.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  if (scale.kind === 'percent') {
    setup.Zoom = scale.percent;
  } else {
    setup.Zoom = false;
    setup.FitToPagesWide = scale.wide;
    setup.FitToPagesTall = scale.tall === 0 ? false : scale.tall;
  }
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
