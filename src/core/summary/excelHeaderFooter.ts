import type { HeaderFooterPart, HeaderFooterSections, PageField } from './sheetSpec';

/** Excel's header/footer codes, which WPS 表格 and the xlsx file share. */
const FIELD_CODES: Record<PageField, string> = { page: '&P', pages: '&N', sheetName: '&A', printDate: '&D' };

/** A literal '&' must be doubled, or '&1' would read as a font-size code. */
function partCode(part: HeaderFooterPart): string {
  return typeof part === 'string' ? part.replace(/&/g, '&&') : FIELD_CODES[part.field];
}

/** '&L…&C…&R…' for Excel, WPS and ExcelJS; '' when all three sections are empty. */
export function excelHeaderFooter(sections: HeaderFooterSections): string {
  const code = (tag: string, parts: HeaderFooterPart[]) => (parts.length ? tag + parts.map(partCode).join('') : '');
  return code('&L', sections.left) + code('&C', sections.center) + code('&R', sections.right);
}
