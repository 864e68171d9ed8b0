import type { EtBorders, EtFont, EtInterior } from '../../../src/hosts/wps/etObjectModel';
import type { Rect } from './a1Notation';
import { EtObject } from './crossProcessCalls';
import { MIXED, type CellProperty, type SheetModel } from './sheetModel';

/** xlNone: the ColorIndex that removes a fill. */
export const XL_NONE = -4142;
/** What Interior.Color reads on a cell without a fill: white, not "nothing". */
export const NO_FILL_READS_AS = 0xffffff;

/** ET reads a format over cells that disagree as null. */
function common(model: SheetModel, property: CellProperty, areas: Rect[]): unknown {
  const value = model.commonFormat(property, areas);
  return value === MIXED ? null : value;
}

/**
 * A range's fill. Colours are BGR longs (0xBBGGRR): '#FF0000' is 255, not 0xFF0000. No fill reads as white
 * with ColorIndex xlNone; cells that differ read as null.
 */
export class FakeInterior extends EtObject implements EtInterior {
  readonly kind = 'Interior';

  constructor(private readonly model: SheetModel, private readonly areas: Rect[]) {
    super();
  }

  get Color(): number {
    const color = this.model.commonFormat('InteriorColor', this.areas);
    if (color === MIXED) return null as unknown as number;
    return color === null ? NO_FILL_READS_AS : (color as number);
  }

  set Color(bgr: number) {
    if (!Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) throw new Error(`ET: ${bgr} is not a BGR colour`);
    this.model.setFormat(this.areas, 'InteriorColor', bgr);
  }

  /** xlNone without a fill; the fake does not keep a palette, so any colour reads as index 1. */
  get ColorIndex(): number {
    const color = this.model.commonFormat('InteriorColor', this.areas);
    if (color === MIXED) return null as unknown as number;
    return color === null ? XL_NONE : 1;
  }

  set ColorIndex(index: number) {
    if (index !== XL_NONE) throw new Error('fake ET: only ColorIndex = xlNone (clear the fill) is modelled');
    this.model.setFormat(this.areas, 'InteriorColor', null);
  }
}

export class FakeFont extends EtObject implements EtFont {
  readonly kind = 'Font';

  constructor(private readonly model: SheetModel, private readonly areas: Rect[]) {
    super();
  }

  get Color(): number { return common(this.model, 'FontColor', this.areas) as number; }
  set Color(bgr: number) { this.model.setFormat(this.areas, 'FontColor', bgr); }
  get Bold(): boolean { return common(this.model, 'Bold', this.areas) as boolean; }
  set Bold(bold: boolean) { this.model.setFormat(this.areas, 'Bold', bold); }
  get Italic(): boolean { return common(this.model, 'Italic', this.areas) as boolean; }
  set Italic(italic: boolean) { this.model.setFormat(this.areas, 'Italic', italic); }
  get Size(): number { return common(this.model, 'FontSize', this.areas) as number; }
  set Size(points: number) { this.model.setFormat(this.areas, 'FontSize', points); }
}

/** All borders of a range at once (edges and inside lines), as `Range.Borders.LineStyle = …` sets them. */
export class FakeBorders extends EtObject implements EtBorders {
  readonly kind = 'Borders';

  constructor(private readonly model: SheetModel, private readonly areas: Rect[]) {
    super();
  }

  get LineStyle(): number { return common(this.model, 'BorderLineStyle', this.areas) as number; }
  set LineStyle(style: number) { this.model.setFormat(this.areas, 'BorderLineStyle', style); }
  get Weight(): number { return common(this.model, 'BorderWeight', this.areas) as number; }
  set Weight(weight: number) { this.model.setFormat(this.areas, 'BorderWeight', weight); }
}
