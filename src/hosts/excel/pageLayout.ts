/// <reference types="office-js" />
import { a1Range, a1Rows } from '../../core/summary/a1Address';
import { excelHeaderFooter } from '../../core/summary/excelHeaderFooter';
import type { PrintScale } from '../../core/summary/printScale';
import type { HeaderFooterPart, PageLayout } from '../../core/summary/sheetSpec';
import { cellAddress } from './a1Address';

const POINTS_PER_INCH = 72;

/** One section's codes (&P, &N …); excelHeaderFooter escapes '&' in text, and its '&L' prefix is cut off. */
function section(parts: HeaderFooterPart[]): string {
  return parts.length === 0 ? '' : excelHeaderFooter({ left: parts, center: [], right: [] }).slice(2);
}

/**
 * Queues the print set-up of a sheet (ExcelApi 1.9): A4, orientation, scale, margins, header and footer, print
 * area and title rows, and a manual break above each of `rowBreaks` (replacing old breaks). Excel ignores
 * manual breaks under "Fit to N pages", so `scale` (core's printScale) is a percentage whenever there are
 * breaks; `zoom` takes either a scale or fit-to-pages, never both (PageLayoutZoomOptions).
 */
export function queuePageLayout(sheet: Excel.Worksheet, layout: PageLayout, scale: PrintScale, rowBreaks: number[] = []): void {
  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = layout.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // verticalFitToPages 0 = as many pages down as needed (the xlsx fitToHeight 0); only used without breaks.
  page.zoom = scale.kind === 'percent'
    ? { scale: scale.percent }
    : { horizontalFitToPages: scale.wide, verticalFitToPages: scale.tall };
  page.topMargin = layout.margins.top * POINTS_PER_INCH;
  page.bottomMargin = layout.margins.bottom * POINTS_PER_INCH;
  page.leftMargin = layout.margins.left * POINTS_PER_INCH;
  page.rightMargin = layout.margins.right * POINTS_PER_INCH;
  page.headerMargin = layout.margins.header * POINTS_PER_INCH;
  page.footerMargin = layout.margins.footer * POINTS_PER_INCH;
  page.centerHorizontally = true;
  const headerFooter = page.headersFooters.defaultForAllPages;
  headerFooter.leftHeader = section(layout.header.left);
  headerFooter.centerHeader = section(layout.header.center);
  headerFooter.rightHeader = section(layout.header.right);
  headerFooter.leftFooter = section(layout.footer.left);
  headerFooter.centerFooter = section(layout.footer.center);
  headerFooter.rightFooter = section(layout.footer.right);
  if (layout.printArea) page.setPrintArea(a1Range(layout.printArea));
  if (layout.printTitleRows) page.setPrintTitleRows(a1Rows(layout.printTitleRows));
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of rowBreaks) if (row > 0) sheet.horizontalPageBreaks.add(cellAddress(row, 0));
}
