import { headerFooterParts } from './headerFooterParts';
import { handoutPageLayout } from './handoutPageLayout';
import type { PageLayout } from './sheetSpec';
import { zhText } from './zhText';

/**
 * The print set-up of the register sheet (客户登记) itself: its header row repeats on every page and the
 * print date comes from the printer's clock, since the sheet is printed long after the layout is set.
 */
export function registerPrintLayout(headerRow = 0): PageLayout {
  return handoutPageLayout({
    printTitleRows: { first: headerRow, last: headerRow },
    printArea: null,
    header: { left: [zhText('summary.appTitle')], center: [{ field: 'sheetName' }], right: [] },
    footer: {
      left: headerFooterParts(zhText('summary.printedOn')),
      center: headerFooterParts(zhText('summary.pageXofY')),
      right: [],
    },
  });
}
