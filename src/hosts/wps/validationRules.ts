import { MAX_EXCEL_SERIAL } from '../../core/register/dateCell';
import { columnLetters } from '../../core/summary/a1Address';
import type { ValidationRule } from '../spreadsheetHost';
import { a1Area, LAST_ROW } from './a1Blocks';
import {
  XL_BETWEEN, XL_LESS_EQUAL, XL_VALID_ALERT_STOP, XL_VALIDATE_DATE, XL_VALIDATE_LIST, XL_VALIDATE_TEXT_LENGTH,
} from './etConstants';
import type { EtRange, EtWorksheet } from './etObjectModel';
import type { EtSession } from './etSession';
import { veryHiddenSheet } from './veryHiddenSheet';

/**
 * Lists too long to write into a rule (a big roster), or holding a comma, live on this very hidden sheet, one
 * column per register column from row 1 — the Excel adapter's sheet and layout, so a register file works in both.
 */
export const LISTS_SHEET = 'ClaimRegisterLists';

/** ET's limit for an inline list source ('甲,乙,丙'). */
const INLINE_LIST_LIMIT = 255;

function listSource(session: EtSession, column: number, items: string[]): string {
  const inline = items.join(',');
  if (inline.length <= INLINE_LIST_LIMIT && !items.some((item) => item.includes(','))) return inline;
  const lists = veryHiddenSheet(session, LISTS_SHEET);
  const letters = columnLetters(column);
  lists.Range(`${letters}:${letters}`).ClearContents();
  lists.Range(a1Area({ top: 0, bottom: items.length - 1, left: column, right: column })).Value2 = items.map((item) => [item]);
  return `='${LISTS_SHEET}'!$${letters}$1:$${letters}$${items.length}`;
}

function addRule(session: EtSession, target: EtRange, rule: ValidationRule): void {
  const validation = target.Validation;
  switch (rule.kind) {
    case 'list':
      // An empty list would refuse every value: the column is left without a rule until there are items.
      if (rule.items.length === 0) return;
      validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, listSource(session, rule.column, rule.items));
      validation.InCellDropdown = true;
      break;
    case 'date':
      validation.Add(XL_VALIDATE_DATE, XL_VALID_ALERT_STOP, XL_BETWEEN, '1', String(MAX_EXCEL_SERIAL));
      break;
    case 'textLength':
      validation.Add(XL_VALIDATE_TEXT_LENGTH, XL_VALID_ALERT_STOP, XL_LESS_EQUAL, String(rule.max));
      break;
  }
  validation.IgnoreBlank = true;
  validation.ShowError = true;
  validation.ErrorTitle = rule.errorTitle;
  validation.ErrorMessage = rule.errorMessage;
}

/**
 * Each rule replaces whatever validation its column had from `firstRow` down (Add fails while a rule is
 * still there, so Delete comes first): a handful of calls per column, none per row.
 */
export function applyValidation(session: EtSession, sheet: EtWorksheet, rules: ValidationRule[]): void {
  for (const rule of rules) {
    const target = sheet.Range(a1Area({ top: rule.firstRow, bottom: LAST_ROW - 1, left: rule.column, right: rule.column }));
    target.Validation.Delete();
    addRule(session, target, rule);
  }
}
