/// <reference types="office-js" />
import type { ValidationRule } from '../spreadsheetHost';
import { LAST_ROW } from './a1Address';
import { columnLetters } from '../../core/summary/a1Address';

/** Lists too long (or with commas) to type into a rule live here, one column per register column, out of sight. */
export const LISTS_SHEET = 'ClaimRegisterLists';

/** Excel stores a typed-in list as a formula of at most 255 characters, comma-separated. */
const LIST_LITERAL_MAX = 255;

function fitsLiteral(items: readonly string[]): boolean {
  return items.join(',').length <= LIST_LITERAL_MAX && !items.some((item) => item.includes(','));
}

function ruleOf(rule: ValidationRule, listSource: string | null): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: listSource ?? rule.items.join(',') } };
    case 'date':
      // Any real date: the business limits (not before 1990, not in the future) are the live check's.
      return { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } };
    case 'textLength':
      return { textLength: { formula1: rule.max, operator: 'LessThanOrEqualTo' } };
  }
}

/**
 * Replaces the validation of each rule's column, from its first row to the bottom of the sheet, with a Stop
 * alert in the rule's words: Excel then refuses a typed value outside the list instead of warning.
 */
export async function setValidation(context: Excel.RequestContext, sheetName: string, rules: ValidationRule[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const long = rules.filter((r): r is Extract<ValidationRule, { kind: 'list' }> => r.kind === 'list' && !fitsLiteral(r.items));
  const sources = new Map<ValidationRule, string>();
  if (long.length > 0) {
    const found = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET);
    await context.sync();
    const lists = found.isNullObject ? context.workbook.worksheets.add(LISTS_SHEET) : found;
    lists.visibility = 'VeryHidden';
    for (const rule of long) {
      const letters = columnLetters(rule.column);
      lists.getRange(`${letters}:${letters}`).clear();
      if (rule.items.length === 0) continue;
      const block = lists.getRangeByIndexes(0, rule.column, rule.items.length, 1);
      block.numberFormat = rule.items.map(() => ['@']);
      block.values = rule.items.map((item) => [item]);
      sources.set(rule, `='${LISTS_SHEET}'!$${letters}$1:$${letters}$${rule.items.length}`);
    }
  }
  for (const rule of rules) {
    const validation = sheet.getRangeByIndexes(rule.firstRow, rule.column, LAST_ROW - rule.firstRow + 1, 1).dataValidation;
    validation.clear();
    validation.rule = ruleOf(rule, sources.get(rule) ?? null);
    validation.errorAlert = { showAlert: true, style: 'Stop', title: rule.errorTitle, message: rule.errorMessage };
  }
}
