import type { ConditionalFormatRule } from '../spreadsheetHost';
import { a1Area } from './a1Blocks';
import { bgrOf } from './bgrColor';
import { XL_EXPRESSION } from './etConstants';
import type { EtWorksheet } from './etObjectModel';
import type { EtSession } from './etSession';

/**
 * ET keeps no id on a conditional format, so the add-in signs its own rules inside the formula:
 * AND(N("ClaimRegister:<id>")=0, <condition>). N() of text is 0, so the signature changes nothing, survives
 * the relative-reference rewriting ET applies, and never appears in a user's rule. It is the Excel adapter's
 * signature too, so a register set up in one host is kept tidy in the other.
 */
const SIGNATURE = 'ClaimRegister:';

export function signedFormula(rule: ConditionalFormatRule): string {
  return `=AND(N("${SIGNATURE}${rule.id.replace(/"/g, '""')}")=0,${rule.formula.replace(/^=/, '')})`;
}

export function isSigned(formula: string): boolean {
  return formula.includes(`"${SIGNATURE}`);
}

/** Deletes the add-in's signed rules on the sheet, last first so the 1-based indexes stay valid. */
function removeOwnRules(sheet: EtWorksheet): void {
  const conditions = sheet.Cells.FormatConditions;
  for (let i = conditions.Count; i >= 1; i -= 1) {
    const condition = conditions.Item(i);
    if (condition.Type === XL_EXPRESSION && isSigned(condition.Formula1)) condition.Delete();
  }
}

/**
 * Replaces the add-in's conditional formats on a sheet. ET reads the relative references of a new rule's
 * formula from the active cell (as Excel's FormatConditions.Add does), so the top-left cell of each range is
 * selected before its rule is added; the user's sheet and selection are put back afterwards.
 */
export function applyConditionalFormats(session: EtSession, sheet: EtWorksheet, rules: ConditionalFormatRule[]): void {
  removeOwnRules(sheet);
  if (rules.length === 0) return;
  const previous = session.activeSheet();
  session.activate(sheet);
  const selection = session.app.ActiveWindow.RangeSelection.Address();
  for (const rule of rules) {
    sheet.Range(a1Area({ ...rule.range, bottom: rule.range.top, right: rule.range.left })).Select();
    const condition = sheet.Range(a1Area(rule.range)).FormatConditions.Add(XL_EXPRESSION, undefined, signedFormula(rule));
    const { fill, fontColor, bold } = rule.style;
    if (fill) condition.Interior.Color = bgrOf(fill);
    if (fontColor) condition.Font.Color = bgrOf(fontColor);
    if (bold !== undefined) condition.Font.Bold = bold;
    condition.StopIfTrue = false;
  }
  sheet.Range(selection).Select();
  session.activate(previous);
}
