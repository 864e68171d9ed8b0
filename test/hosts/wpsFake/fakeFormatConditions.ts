import type { EtFont, EtFormatCondition, EtFormatConditions, EtInterior } from '../../../src/hosts/wps/etObjectModel';
import type { Rect } from './a1Notation';
import { EtObject } from './crossProcessCalls';
import { XL_NONE } from './fakeFormats';
import { shiftReferences } from './relativeReferences';
import type { ConditionModel, SheetModel } from './sheetModel';

/** The fill and font a rule applies when its formula is true; colours are BGR longs like a cell's. */
class ConditionInterior extends EtObject implements EtInterior {
  readonly kind = 'Interior';
  constructor(private readonly condition: ConditionModel) { super(); }
  get Color(): number { return this.condition.interiorColor ?? 0xffffff; }
  set Color(bgr: number) { this.condition.interiorColor = bgr; }
  get ColorIndex(): number { return this.condition.interiorColor === null ? XL_NONE : 0; }
  set ColorIndex(_index: number) { this.condition.interiorColor = null; }
}

class ConditionFont extends EtObject implements EtFont {
  readonly kind = 'Font';
  constructor(private readonly condition: ConditionModel) { super(); }
  get Color(): number { return this.condition.fontColor ?? 0; }
  set Color(bgr: number) { this.condition.fontColor = bgr; }
  get Bold(): boolean { return this.condition.bold ?? false; }
  set Bold(bold: boolean) { this.condition.bold = bold; }
  get Italic(): boolean { return false; }
  set Italic(_italic: boolean) { throw new Error('fake ET: italic conditional formats are not modelled'); }
  get Size(): number { return 11; }
  set Size(_points: number) { throw new Error('ET: a conditional format cannot change the font size'); }
}

/**
 * One conditional format. Its formula's relative references are read back relative to the sheet's active
 * cell, as they were typed relative to the active cell at Add time (Excel's rule, which ET follows).
 */
export class FakeFormatCondition extends EtObject implements EtFormatCondition {
  readonly kind = 'FormatCondition';

  constructor(private readonly model: SheetModel, readonly condition: ConditionModel) {
    super();
  }

  get Type(): number { return this.condition.type; }
  get Formula1(): string {
    const { anchor, formula1 } = this.condition;
    return shiftReferences(formula1, this.model.activeCell.row - anchor.row, this.model.activeCell.column - anchor.column);
  }

  get StopIfTrue(): boolean { return this.condition.stopIfTrue; }
  set StopIfTrue(stop: boolean) { this.condition.stopIfTrue = stop; }
  get Interior(): EtInterior { return new ConditionInterior(this.condition); }
  get Font(): EtFont { return new ConditionFont(this.condition); }

  Delete(): void {
    this.model.conditions = this.model.conditions.filter((c) => c !== this.condition);
  }
}

/** Range.FormatConditions: the rules touching the range, 1-based. */
export class FakeFormatConditions extends EtObject implements EtFormatConditions {
  readonly kind = 'FormatConditions';

  constructor(private readonly model: SheetModel, private readonly areas: Rect[]) {
    super();
  }

  get Count(): number {
    return this.model.conditionsIn(this.areas).length;
  }

  Item(index: number): FakeFormatCondition {
    const condition = this.model.conditionsIn(this.areas)[index - 1];
    if (!condition) throw new Error(`ET: FormatConditions.Item(${index}) — the index is 1-based and out of range`);
    return new FakeFormatCondition(this.model, condition);
  }

  Add(Type: number, _Operator?: unknown, Formula1?: string): FakeFormatCondition {
    if (Type !== 2 || typeof Formula1 !== 'string' || !Formula1.startsWith('=')) {
      throw new Error('fake ET: only xlExpression rules with an "=" formula are modelled');
    }
    const condition: ConditionModel = {
      appliesTo: this.areas, type: Type, formula1: Formula1, anchor: { ...this.model.activeCell },
      interiorColor: null, fontColor: null, bold: null, stopIfTrue: false,
    };
    this.model.conditions.push(condition);
    return new FakeFormatCondition(this.model, condition);
  }
}
