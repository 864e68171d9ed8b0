import type { EtValidation } from '../../../src/hosts/wps/etObjectModel';
import type { Rect } from './a1Notation';
import { EtObject } from './crossProcessCalls';
import type { SheetModel, ValidationModel } from './sheetModel';

/** xlValidateList */
const LIST = 3;

/**
 * Range.Validation. The traps: Add fails while any cell of the range still has a rule (Delete first), an
 * inline list (Formula1 '甲,乙,丙') may not exceed 255 characters, and the alert texts are set after Add.
 */
export class FakeValidation extends EtObject implements EtValidation {
  readonly kind = 'Validation';

  constructor(private readonly model: SheetModel, private readonly areas: Rect[]) {
    super();
  }

  Add(Type: number, AlertStyle = 1, Operator?: number, Formula1?: string, Formula2?: string): void {
    if (this.model.validationsIn(this.areas).length > 0) {
      throw new Error('ET: Validation.Add failed — the range already has validation (call Delete first)');
    }
    if (Type === LIST && (Formula1 === undefined || Formula1.length > 255)) {
      throw new Error('ET: a list validation source is limited to 255 characters');
    }
    this.model.validations.push({
      areas: this.areas, type: Type, alertStyle: AlertStyle, operator: Operator, formula1: Formula1, formula2: Formula2,
      errorTitle: '', errorMessage: '', showError: true, ignoreBlank: true, inCellDropdown: true,
    });
  }

  Delete(): void {
    this.model.removeValidation(this.areas);
  }

  private rule(): ValidationModel {
    const [rule] = this.model.validationsIn(this.areas);
    if (!rule) throw new Error('ET: the range has no validation');
    return rule;
  }

  get ErrorTitle(): string { return this.rule().errorTitle; }
  set ErrorTitle(text: string) { this.rule().errorTitle = text; }
  get ErrorMessage(): string { return this.rule().errorMessage; }
  set ErrorMessage(text: string) { this.rule().errorMessage = text; }
  get ShowError(): boolean { return this.rule().showError; }
  set ShowError(show: boolean) { this.rule().showError = show; }
  get IgnoreBlank(): boolean { return this.rule().ignoreBlank; }
  set IgnoreBlank(ignore: boolean) { this.rule().ignoreBlank = ignore; }
  get InCellDropdown(): boolean { return this.rule().inCellDropdown; }
  set InCellDropdown(show: boolean) { this.rule().inCellDropdown = show; }
}
