import type { EtPageSetup } from '../../../src/hosts/wps/etObjectModel';
import { parseAddress } from './a1Notation';
import { EtObject } from './crossProcessCalls';

/** Print titles are whole rows: '$1:$1' (or '1:2'); anything else ET rejects. */
const TITLE_ROWS = /^\$?\d+:\$?\d+$/;

/**
 * Worksheet.PageSetup as plain properties; margins are in points. The trap kept here: FitToPagesWide/Tall
 * only take effect once Zoom is false — with a Zoom percentage in force ET prints at that scale instead.
 */
export class FakePageSetup extends EtObject implements EtPageSetup {
  readonly kind = 'PageSetup';
  PaperSize = 9;
  Orientation = 1;
  private zoom: number | boolean = 100;
  FitToPagesWide: number | boolean = 1;
  FitToPagesTall: number | boolean = 1;
  LeftHeader = '';
  CenterHeader = '';
  RightHeader = '';
  LeftFooter = '';
  CenterFooter = '';
  RightFooter = '';
  TopMargin = 54;
  BottomMargin = 54;
  LeftMargin = 50.4;
  RightMargin = 50.4;
  HeaderMargin = 21.6;
  FooterMargin = 21.6;
  private titleRows = '';
  private area = '';

  get Zoom(): number | boolean { return this.zoom; }

  /** PageSetup.Zoom: false, or a percentage from 10 to 400. */
  set Zoom(value: number | boolean) {
    if (value === true || (typeof value === 'number' && (value < 10 || value > 400))) throw new Error(`ET: Zoom must be false or 10–400, not ${String(value)}`);
    this.zoom = value;
  }

  get PrintTitleRows(): string { return this.titleRows; }

  set PrintTitleRows(rows: string) {
    if (rows !== '' && !TITLE_ROWS.test(rows)) throw new Error(`ET: PrintTitleRows must be whole rows like "$1:$1", not "${rows}"`);
    this.titleRows = rows;
  }

  get PrintArea(): string { return this.area; }

  set PrintArea(address: string) {
    if (address !== '') parseAddress(address);
    this.area = address;
  }

  /** As in Excel's PageSetup, whose FitToPagesWide docs say manual breaks are ignored under "Fit to". */
  get honoursManualBreaks(): boolean {
    return this.Zoom !== false;
  }

  /** Pages across the printout would really use: none when a Zoom percentage overrides the fit. */
  get fitsToPagesWide(): number | null {
    return this.Zoom === false && typeof this.FitToPagesWide === 'number' ? this.FitToPagesWide : null;
  }
}
