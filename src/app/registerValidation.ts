import type { RosterMember } from '../core/claims/roster';
import { EXCEL_CELL_MAX_CHARS, GRADE_LIST, REGISTER_COLUMNS, STATUS_LIST } from '../core/register/registerSchema';
import type { ValidationRule } from '../hosts/spreadsheetHost';
import type { RegisterLayout } from './registerLayout';
import { sheetText } from './sheetText';

/**
 * The register's data validation (SPEC §3), each with a Stop alert in Chinese: 状态, 业务员 (from the roster)
 * and 客户等级 from lists (产品线 too, while product lines are on); dates as dates; text no longer than the column allows; and the computed columns
 * (保护到期, 查重键) refusing anything typed — the add-in writes them without validation.
 */
export function registerValidationRules(
  layout: RegisterLayout, roster: readonly RosterMember[], productLines: readonly string[] = [],
): ValidationRule[] {
  const rules: ValidationRule[] = [];
  const firstRow = layout.firstDataRow;
  for (const c of REGISTER_COLUMNS) {
    const column = layout.columns[c.field];
    if (column === undefined) continue;
    const header = c.header;
    if (c.computed) {
      rules.push({
        kind: 'textLength', column, firstRow, max: 0,
        errorTitle: sheetText('host.validation.computedTitle', { header }), errorMessage: sheetText('host.validation.computedMessage', { header }),
      });
    } else if (c.kind === 'status') {
      rules.push({
        kind: 'list', column, firstRow, items: [...STATUS_LIST],
        errorTitle: sheetText('host.validation.statusTitle'), errorMessage: sheetText('host.validation.statusMessage'),
      });
    } else if (c.kind === 'rep' && roster.length > 0) {
      rules.push({
        kind: 'list', column, firstRow, items: roster.map((m) => m.name),
        errorTitle: sheetText('host.validation.repTitle'), errorMessage: sheetText('host.validation.repMessage'),
      });
    } else if (c.kind === 'grade') {
      rules.push({
        kind: 'list', column, firstRow, items: [...GRADE_LIST],
        errorTitle: sheetText('host.validation.gradeTitle'), errorMessage: sheetText('host.validation.gradeMessage'),
      });
    } else if (c.field === 'productLine' && productLines.length > 0) {
      // Product lines on (seed 004): only the team's lines; an empty cell is the default line.
      rules.push({
        kind: 'list', column, firstRow, items: [...productLines],
        errorTitle: sheetText('rules.validation.lineTitle'), errorMessage: sheetText('rules.validation.lineMessage', { lines: productLines.join('、') }),
      });
    } else if (c.kind === 'date') {
      rules.push({
        kind: 'date', column, firstRow,
        errorTitle: sheetText('host.validation.dateTitle', { header }), errorMessage: sheetText('host.validation.dateMessage'),
      });
    } else if ((c.kind === 'text' || c.kind === 'rep') && c.maxLength !== null && c.maxLength < EXCEL_CELL_MAX_CHARS) {
      rules.push({
        kind: 'textLength', column, firstRow, max: c.maxLength,
        errorTitle: sheetText('host.validation.lengthTitle', { header }),
        errorMessage: sheetText('host.validation.lengthMessage', { header, max: c.maxLength }),
      });
    }
  }
  return rules;
}
