/// <reference types="office-js" />
import type { ConditionalFormatRule } from '../spreadsheetHost';

/**
 * Excel keeps no tag on a conditional format, so the add-in's rules carry their id inside the formula as
 * N("ClaimRegister:<id>"), which is 0 and changes nothing. A user's own rules never contain it.
 */
const MARKER = 'ClaimRegister:';

function markedFormula(rule: ConditionalFormatRule): string {
  return `=AND(N("${MARKER}${rule.id}")=0,${rule.formula.replace(/^=/, '')})`;
}

/** Removes the add-in's conditional formats on a sheet and adds `rules` in their place (three round trips). */
export async function setConditionalFormats(context: Excel.RequestContext, sheetName: string, rules: ConditionalFormatRule[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const existing = sheet.getRange().conditionalFormats.load('items/id,items/type');
  await context.sync();
  const custom = existing.items
    .filter((cf) => cf.type === 'Custom')
    .map((cf) => ({ cf, rule: cf.custom.rule.load('formula') }));
  if (custom.length > 0) await context.sync();
  for (const { cf, rule } of custom) if (rule.formula.includes(`"${MARKER}`)) cf.delete();
  for (const rule of rules) {
    const { top, left, bottom, right } = rule.range;
    const cf = sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1).conditionalFormats.add('Custom');
    cf.custom.rule.formula = markedFormula(rule);
    if (rule.style.fill) cf.custom.format.fill.color = rule.style.fill;
    if (rule.style.fontColor) cf.custom.format.font.color = rule.style.fontColor;
    if (rule.style.bold) cf.custom.format.font.bold = true;
  }
}
